/**
 * `matchcut questions [--since 7d] [--limit N] [--json]`: the question log, newest first — when, the
 * question, its language, platform, answer path, whether it was grounded, and its rating. `--json`
 * prints one array of `{ at, question, language, platform, path, grounded, rating }`.
 */
import { type LoggedQuestion, stripControlCharacters } from '../../../src/index.js';
import { badUsage, type TerminalCommand } from '../command-context.js';
import { parse, UsageError } from '../parse-arguments.js';

const unitMs: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `--since`: a period back from now ("7d", "24h", "2w") or a date ("2026-11-01"); undefined when not given. */
export function parseSince(value: string | undefined, now: Date = new Date()): Date | undefined {
  if (value === undefined) return undefined;
  const period = /^(\d{1,5})([hdw])$/.exec(value.trim());
  if (period) return new Date(now.getTime() - Number(period[1]) * (unitMs[period[2] as string] as number));
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value.trim())) {
    const date = new Date(value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError(`--since must be a period such as 7d, 24h or 2w, or a date such as 2026-11-01 (got "${value}")`);
}

export function questionToJson(question: LoggedQuestion) {
  return {
    at: question.at,
    question: question.question,
    language: question.language,
    platform: question.platform,
    path: question.path,
    grounded: question.grounded,
    rating: question.rating ?? null,
  };
}

function renderQuestion(question: LoggedQuestion): string {
  const at = question.at.slice(0, 16).replace('T', ' ');
  const covered = question.grounded ? 'answered' : 'not covered';
  const rating = question.rating === undefined ? '-' : question.rating.replace('_', ' ');
  const columns = [at, question.language.padEnd(3), question.platform.padEnd(7), question.path.padEnd(10)];
  columns.push(covered.padEnd(11), rating.padEnd(11), stripControlCharacters(question.question));
  return columns.join('  ');
}

const parseQuestions = (args: string[]) =>
  parse(args, {
    since: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
  });

export const questionsCommand: TerminalCommand = {
  help: {
    name: 'questions',
    summary: 'the question log: what members asked, how it was answered, and its rating',
    usage: ['questions [--since 7d] [--limit N] [--json]'],
    flags: [
      { flag: '--since', text: 'only questions asked since then: 7d, 24h, 2w or a date (default: all kept)' },
      { flag: '--limit', text: 'at most N questions, newest first' },
      { flag: '--json', text: 'print one array of { at, question, language, platform, path, grounded, rating }' },
    ],
    notes: [
      'Questions are kept MATCHCUT_QUESTION_RETENTION_DAYS days (default 90); MATCHCUT_QUESTION_LOG=off stops logging.',
    ],
  },
  async run(args, context) {
    let since: Date | undefined;
    let limit: number | undefined;
    let json: boolean;
    try {
      const { values, positionals } = parseQuestions(args);
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      since = parseSince(values.since);
      if (values.limit !== undefined && !/^[1-9]\d{0,5}$/.test(values.limit))
        throw new UsageError(`--limit must be a whole number from 1 (got "${values.limit}")`);
      limit = values.limit === undefined ? undefined : Number(values.limit);
      json = values.json === true;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return badUsage(context, `${error.message}. Usage: matchcut questions [--since 7d] [--limit N] [--json]`);
    }
    const core = await context.openCore();
    const questions = (await core.questions?.({ since, limit })) ?? [];
    if (json) {
      context.stdout.write(`${JSON.stringify(questions.map(questionToJson))}\n`);
      return 0;
    }
    if (questions.length === 0) {
      context.stdout.write(
        `No questions logged${since === undefined ? '' : ` since ${since.toISOString().slice(0, 10)}`}.\n`,
      );
      return 0;
    }
    for (const question of questions) context.stdout.write(`${renderQuestion(question)}\n`);
    return 0;
  },
};
