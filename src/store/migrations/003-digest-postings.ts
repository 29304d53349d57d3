/** Schema migration version 3 — digest postings per message part (owned by the digest-safety work). Empty until that work lands. */
import type { Migration } from '../migrations.js';

export const digestPostingMigrations: readonly Migration[] = [];
