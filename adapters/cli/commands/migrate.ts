/**
 * `matchcut migrate [--json]`: brings the configured store's schema up to date — the SQLite file in
 * MATCHCUT_DATA_DIR, or the PostgreSQL database of MATCHCUT_DATABASE_URL (under its advisory lock, so
 * running it while replicas start is safe) — and prints the schema version. The core is not opened.
 */
import { migrateStore } from '../../../src/index.js';
import type { TerminalCommand } from '../command-context.js';
import { parse, UsageError } from '../parse-arguments.js';

export const migrateCommand: TerminalCommand = {
  help: {
    name: 'migrate',
    summary: 'bring the store (SQLite, or PostgreSQL with MATCHCUT_DATABASE_URL) up to date; print its schema version',
    usage: ['migrate [--json]'],
    flags: [{ flag: '--json', text: 'print { "backend", "location", "community", "schemaVersion" }' }],
  },
  async run(args, context) {
    const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
    if (positionals.length > 0) throw new UsageError(`migrate takes no arguments (got "${positionals[0]}")`);
    const report = await migrateStore(context.config, { logger: context.logger });
    if (values.json === true) context.stdout.write(`${JSON.stringify(report)}\n`);
    else context.stdout.write(`schema version ${report.schemaVersion} (${report.backend}: ${report.location})\n`);
    return 0;
  },
};
