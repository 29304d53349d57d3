/**
 * `matchcut digest`: choose a matchmaking digest, print it, then record it as delivered (a digest
 * whose printing fails is released, nothing marked). `--dry-run` prints the same and records
 * nothing; `digest show [id]` prints a stored digest (the latest without an id) and how far its
 * posting got.
 */
import { type Digest, type DigestPlan, isMatchcutError } from '../../../src/index.js';
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, parseLimit, UsageError } from '../parse-arguments.js';
import { matchToJson, renderDigest } from '../render-matchmaking.js';

export const digestHelp: CommandHelp = {
  name: 'digest',
  summary: 'choose a matchmaking digest (pairs not suggested recently), print it and record it; or show one',
  usage: [
    'digest [--json] [--limit N] [--repeat] [--channel <where>] [--dry-run]',
    'digest show [<digest-id>] [--json]',
  ],
  flags: [
    { flag: '--json', text: 'print JSON' },
    { flag: '--limit N', text: 'suggestions in the digest, 1 to 200 (default MATCHCUT_DIGEST_SIZE)' },
    { flag: '--repeat', text: 'allow pairs suggested recently' },
    { flag: '--channel <where>', text: 'where it is posted, stored with the digest (e.g. slack:C0PARTNERS)' },
    { flag: '--dry-run', text: 'print the digest it would make, recording nothing' },
    { flag: 'show [<digest-id>]', text: 'print a stored digest and its posting, the latest without an id' },
  ],
};

/** The JSON of `digest --json` (and `--dry-run --json`). */
function digestToJson(digest: Digest) {
  return {
    ...digest,
    suggestions: digest.suggestions.map((suggestion) => ({
      ...matchToJson(suggestion),
      digestId: suggestion.digestId,
    })),
  };
}

function postingLine(plan: DigestPlan): string {
  const posted = plan.parts.filter((part) => part.postedAt !== undefined).length;
  if (plan.state === 'posted') return `Posting: posted (${posted} of ${plan.parts.length} part(s)).`;
  const until = plan.reservedUntil === undefined ? '' : `; its pairs are held for a retry until ${plan.reservedUntil}`;
  const how = plan.state === 'released' ? 'stopped (a post failed)' : 'in progress';
  return `Posting: ${how}, ${posted} of ${plan.parts.length} part(s) posted${until}.`;
}

async function showDigest(args: string[], json: boolean, io: MatchmakingCommandIo): Promise<number> {
  if (args.length > 1) throw new UsageError(`unexpected "${args[1]}"`);
  const [digestId] = args;
  let plan: DigestPlan;
  try {
    plan = await io.core.showDigest(digestId);
  } catch (error) {
    if (!isMatchcutError(error) || error.code !== 'NOT_FOUND') throw error;
    io.stderr(
      digestId === undefined
        ? 'matchcut: no digest has been made yet. Make one with `matchcut digest` (or preview it with --dry-run).'
        : `matchcut: no digest "${digestId}". Run \`matchcut digest show\` for the latest.`,
    );
    return 2;
  }
  if (json) {
    const { state, parts, reservedUntil } = plan;
    io.stdout(JSON.stringify({ ...digestToJson(plan.digest), posting: { state, parts, reservedUntil } }));
    return 0;
  }
  for (const line of renderDigest(plan.digest)) io.stdout(line);
  io.stdout(postingLine(plan));
  return 0;
}

function print(digest: Digest, json: boolean, io: MatchmakingCommandIo): void {
  if (json) io.stdout(JSON.stringify(digestToJson(digest)));
  else for (const line of renderDigest(digest)) io.stdout(line);
}

export async function runDigest(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    repeat: { type: 'boolean', default: false },
    channel: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  });
  const json = values.json === true;
  if (positionals[0] === 'show') {
    if (values.limit !== undefined || values.repeat === true || values.channel !== undefined || values['dry-run']) {
      throw new UsageError('digest show takes only a digest id and --json');
    }
    return showDigest(positionals.slice(1), json, io);
  }
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const options = {
    limit: parseLimit(values.limit, undefined),
    allowRepeats: values.repeat === true,
    channel: values.channel,
  };
  if (values['dry-run'] === true) {
    print(await io.core.previewDigest(options), json, io);
    io.stderr('(dry run: nothing recorded)');
    return 0;
  }
  const plan = await io.core.planDigest(options);
  try {
    print(plan.digest, json, io);
  } catch (error) {
    await io.core.releaseDigest(plan.digest.id);
    throw error;
  }
  for (const part of plan.parts) {
    if (part.postedAt === undefined) await io.core.recordDigestPart(plan.digest.id, part.index, 'cli');
  }
  return 0;
}
