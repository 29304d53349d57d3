/** `matchcut feedback`: one side's answer to a suggestion. */
import { type FeedbackResult, type FeedbackVerdict, isMatchcutError } from '../../../src/index.js';
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, UsageError } from '../parse-arguments.js';

export const feedbackHelp: CommandHelp = {
  name: 'feedback',
  summary: "record one side's answer to a suggestion; both interested → introduce them",
  usage: ['feedback <suggestion-id> interested|not-a-fit|know [--party a|b] [--reason "…"] [--as <member>] [--json]'],
  flags: [
    { flag: '--party a|b', text: 'which side answers: the first (a) or second (b) organization of the suggestion' },
    { flag: '--as <member>', text: 'answer as a linked member (e.g. slack:U012AB3CD); their organization is the side' },
    { flag: '--reason "…"', text: 'why (kept with the feedback)' },
    { flag: '--json', text: 'print JSON' },
  ],
};

const verdictWords: Record<string, FeedbackVerdict> = {
  interested: 'interested',
  'not-a-fit': 'not_a_fit',
  not_a_fit: 'not_a_fit',
  know: 'know',
  'already-know': 'know',
};

export async function runFeedback(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    party: { type: 'string' },
    reason: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [suggestionId, verdictWord, ...extra] = positionals;
  if (suggestionId === undefined || verdictWord === undefined || extra.length > 0) {
    throw new UsageError(
      'give the suggestion id and the answer: matchcut feedback <suggestion-id> interested|not-a-fit|know --party a|b',
    );
  }
  const verdict = verdictWords[verdictWord.toLowerCase()];
  if (verdict === undefined)
    throw new UsageError(`the answer must be interested, not-a-fit or know (got "${verdictWord}")`);
  if (values.party !== undefined && values.party !== 'a' && values.party !== 'b') {
    throw new UsageError(`--party must be a or b (got "${values.party}")`);
  }
  if (values.party === undefined && values.as === undefined) {
    throw new UsageError(
      'say which side answers: add --party a or --party b (the first or second organization of the suggestion)',
    );
  }
  let result: FeedbackResult;
  try {
    result = await io.core.feedback({
      suggestionId,
      verdict,
      party: values.party as 'a' | 'b' | undefined,
      actor: values.as ?? 'cli',
      reason: values.reason,
    });
  } catch (error) {
    if (!isMatchcutError(error) || error.code !== 'NOT_FOUND') throw error;
    // Showing a digest never makes a new one (`matchcut digest` would).
    io.stderr(
      `matchcut: no suggestion "${suggestionId}". Use an id shown in a digest; ` +
        'see the latest with `matchcut digest show` (or one by id with `matchcut digest show <digest-id>`).',
    );
    return 2;
  }
  if (values.json === true) {
    io.stdout(
      JSON.stringify({
        suggestion: result.suggestion.id,
        party: result.party,
        verdict: result.verdict,
        introduce: result.introduce,
        state: result.state,
        members: result.members,
      }),
    );
    return 0;
  }
  const own = result.party === 'a' ? result.suggestion.a : result.suggestion.b;
  const other = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const said = { interested: 'is interested in', not_a_fit: 'says it is not a fit with', know: 'already knows' }[
    result.verdict
  ];
  io.stdout(`Recorded: ${own.name} ${said} ${other.name}.`);
  if (result.verdict === 'not_a_fit') io.stdout('They will not be suggested to each other again.');
  if (result.introduce)
    io.stdout(`Both sides are interested: introduce ${result.suggestion.a.name} and ${result.suggestion.b.name}.`);
  return 0;
}
