/** Schema migration version 4 — question log and answer ratings (owned by the question-log work). Empty until that work lands. */
import type { Migration } from '../migrations.js';

export const questionLogMigrations: readonly Migration[] = [];
