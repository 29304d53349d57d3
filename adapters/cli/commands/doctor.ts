/**
 * `matchcut doctor` (also `config`): the active configuration, the knowledge's state (with
 * MATCHCUT_DATABASE_URL, the published index generation and the job queue) and a check of the model endpoint.
 */
import { describeConfig, openMatchcut, publishedGeneration } from '../../../src/index.js';
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
    // A one-shot open (no ask workers, no question log thread, no profile index at start): `doctor` asks and
    // matches nothing, and the bots' start-up work cost it ~0.8 s CPU.
    const core = await openMatchcut(context.config, {
      logger: context.logger,
      askWorkers: 0,
      questionLogThread: false,
      profileIndexAtStart: false,
    });
    try {
      const status = core.status();
      const knowledge = `${status.articles} articles, ${status.chunks} passages, ${status.problems.length} problems`;
      stdout.write(`${'knowledge'.padEnd(15)} ${knowledge}\n`);
      for (const problem of status.problems) stdout.write(`  ${problem}\n`);
      // PostgreSQL mode: the generation every replica answers from, and where the digest/ingest jobs queue.
      const published = await publishedGeneration(context.config, context);
      if (published !== undefined) {
        const size = published && `${((published.bytes ?? 0) / 1_048_576).toFixed(1)} MB`;
        const answering = status.generation ?? 'none';
        const line = published
          ? `${published.name}, published ${published.createdAt}, ${size} (answering from ${answering})`
          : 'none yet: run `matchcut ingest` to publish one';
        stdout.write(`${'published'.padEnd(15)} ${line}\n`);
      }
      if (core.jobs !== undefined) {
        const where =
          core.jobs.backend === 'redis' ? 'BullMQ on Redis (MATCHCUT_REDIS_URL)' : 'the PostgreSQL jobs table';
        stdout.write(`${'jobs'.padEnd(15)} digests and pages added from chat queue in ${where}\n`);
      }
      const check = await core.checkModel();
      stdout.write(`${'model'.padEnd(15)} ${check.detail}\n`);
      return check.ok ? 0 : 1;
    } finally {
      await core.close();
    }
  },
};
