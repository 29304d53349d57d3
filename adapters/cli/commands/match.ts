/** `matchcut match`: match suggestions for one organization, or the best pairs overall. */
import type { Match } from '../../../src/index.js';
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, parseLimit } from '../parse-arguments.js';
import { matchToJson, renderMatchText } from '../render-matchmaking.js';

export const matchHelp: CommandHelp = {
  name: 'match',
  summary: 'match suggestions with reasons for both sides; the best pairs overall without --for',
  usage: ['match [--for "<name>"] [--limit N] [--json]'],
  flags: [
    { flag: '--for "<name>"', text: 'the organization (name, alias or id); also accepted as the first word' },
    { flag: '--limit N', text: 'how many suggestions, 1 to 200 (default 10)' },
    { flag: '--json', text: 'print JSON: a, b, score, scoreForA, scoreForB, reasons, citations' },
  ],
};

export async function runMatch(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    for: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const limit = parseLimit(values.limit, 10) as number;
  const name = values.for ?? (positionals.length > 0 ? positionals.join(' ') : undefined);
  let matches: Match[];
  if (name !== undefined) {
    matches = await io.core.match(name, { limit });
  } else {
    // Best pairs overall: every organization's matches, each pair once.
    const seen = new Set<string>();
    matches = [];
    for (const profile of await io.core.profiles.list()) {
      if (profile.origin === 'proposed') continue;
      for (const match of await io.core.match(profile.id, { limit })) {
        const key = [match.a.id, match.b.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push(match);
      }
    }
    matches.sort((left, right) => right.score - left.score);
    matches = matches.slice(0, limit);
  }
  if (values.json === true) {
    io.stdout(JSON.stringify(matches.map(matchToJson)));
    return 0;
  }
  if (matches.length === 0) {
    io.stdout(
      name !== undefined
        ? `No matches for ${name} yet: add profiles that offer what it needs (matchcut profiles import <file>).`
        : 'No matches yet: import profiles first.',
    );
    return 0;
  }
  matches.forEach((match, index) => {
    for (const line of renderMatchText(match, index + 1)) io.stdout(line);
  });
  return 0;
}
