/** `matchcut digest`: choose, record and print a matchmaking digest. */
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, parseLimit, UsageError } from '../parse-arguments.js';
import { matchToJson, renderDigest } from '../render-matchmaking.js';

export const digestHelp: CommandHelp = {
  name: 'digest',
  summary: 'choose a matchmaking digest (pairs not suggested recently), record it and print it',
  usage: ['digest [--json] [--limit N] [--repeat] [--channel <where>]'],
  flags: [
    { flag: '--json', text: 'print JSON' },
    { flag: '--limit N', text: 'suggestions in the digest, 1 to 200 (default MATCHCUT_DIGEST_SIZE)' },
    { flag: '--repeat', text: 'allow pairs suggested recently' },
    { flag: '--channel <where>', text: 'where it is posted, stored with the digest (e.g. slack:C0PARTNERS)' },
  ],
};

export async function runDigest(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    repeat: { type: 'boolean', default: false },
    channel: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const digest = await io.core.digest({
    limit: parseLimit(values.limit, undefined),
    allowRepeats: values.repeat === true,
    channel: values.channel,
  });
  if (values.json === true) {
    io.stdout(
      JSON.stringify({
        ...digest,
        suggestions: digest.suggestions.map((suggestion) => ({
          ...matchToJson(suggestion),
          digestId: suggestion.digestId,
        })),
      }),
    );
  } else {
    for (const line of renderDigest(digest)) io.stdout(line);
  }
  return 0;
}
