/**
 * `matchcut doctor` (also `config`): the active configuration, the knowledge's state and a check of
 * the model endpoint.
 */
import { describeConfig, openMatchcut } from '../../../src/index.js';
import type { TerminalCommand } from '../command-context.js';
import { parse } from '../parse-arguments.js';

export const doctorCommand: TerminalCommand = {
  help: {
    name: 'doctor',
    aliases: ['config'],
    summary: 'what is active (answers, embeddings, data folder), knowledge problems and a check of the model endpoint',
    usage: ['doctor', 'config'],
    flags: [],
  },
  async run(args, context) {
    parse(args, {});
    const { stdout } = context;
    for (const [key, value] of Object.entries(describeConfig(context.config)))
      stdout.write(`${key.padEnd(15)} ${value}\n`);
    const core = await openMatchcut(context.config, { logger: context.logger });
    try {
      const status = core.status();
      const knowledge = `${status.articles} articles, ${status.chunks} passages, ${status.problems.length} problems`;
      stdout.write(`${'knowledge'.padEnd(15)} ${knowledge}\n`);
      for (const problem of status.problems) stdout.write(`  ${problem}\n`);
      const check = await core.checkModel();
      stdout.write(`${'model'.padEnd(15)} ${check.detail}\n`);
      return check.ok ? 0 : 1;
    } finally {
      await core.close();
    }
  },
};
