/**
 * `matchcut report [--since 30d] [--json]`: the organizer report — matchmaking figures, and the
 * questions asked over the period (asked, answered, not covered, votes, by language and platform)
 * with the coverage gaps: unanswered or not-helpful questions grouped by meaning, most frequent first.
 */
import { type CoreReport, stripControlCharacters } from '../../../src/index.js';
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, UsageError } from '../parse-arguments.js';
import { renderReport } from '../render-matchmaking.js';
import { parseSince } from './questions.js';

export const reportHelp: CommandHelp = {
  name: 'report',
  summary: 'the organizer report: digests, suggestions, interest, introductions, unmet needs, questions and gaps',
  usage: ['report [--since 30d] [--json]'],
  flags: [
    { flag: '--since', text: 'count questions asked since then: 30d, 24h, 2w or a date (default 30d)' },
    { flag: '--json', text: 'print JSON (questions and gaps included)' },
  ],
};

const counts = (entries: Record<string, number>) =>
  Object.entries(entries)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ') || 'none';

/** The report's question figures and coverage gaps as text lines. */
export function renderQuestionReport(report: CoreReport): string[] {
  if (report.questions === undefined) return [];
  const { questions } = report;
  const lines = [
    `questions since ${(report.questionsSince ?? '').slice(0, 10)}: ${questions.asked} asked, ${questions.answered} ` +
      `answered, ${questions.notCovered} not covered; votes: ${questions.helpful} helpful, ` +
      `${questions.notHelpful} not helpful`,
    `  by language: ${counts(questions.byLanguage)}`,
    `  by platform: ${counts(questions.byPlatform)}`,
  ];
  const gaps = report.gaps ?? [];
  lines.push(`coverage gaps (unanswered or not helpful, by meaning): ${gaps.length}`);
  for (const gap of gaps) {
    lines.push(`  - ${gap.count}× “${stripControlCharacters(gap.example)}” (${gap.languages.join(', ')})`);
  }
  return lines;
}

export async function runReport(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean', default: false },
    since: { type: 'string', default: '30d' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const report = await io.core.report({ since: parseSince(values.since) });
  if (values.json === true) io.stdout(JSON.stringify(report));
  else for (const line of [...renderReport(report), ...renderQuestionReport(report)]) io.stdout(line);
  return 0;
}
