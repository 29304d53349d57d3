/**
 * The terminal's matchmaking commands: profiles import|list|show|remove|accept|link, match,
 * digest, feedback and report. They translate arguments into `Matchcut` calls and print the
 * neutral results as text or JSON. Exit codes: 0 done, 2 bad input (one line saying what to do).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  type Digest,
  type FeedbackVerdict,
  formatProblem,
  isMatchcutError,
  type Match,
  type Matchcut,
  type OrganizerReport,
  type Profile,
  readProfilesFile,
  type Suggestion,
} from '../../src/index.js';

export interface MatchmakingCommandIo {
  core: Matchcut;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const usages: Record<string, string> = {
  profiles: 'matchcut profiles import <file.json|.yaml> [--strict] | list [--proposed] [--json] | show <name> [--json] | remove <name> | accept <name> | link <member> <name>',
  match: 'matchcut match [--for "<name>"] [--limit N] [--json]',
  digest: 'matchcut digest [--json] [--limit N] [--repeat] [--channel <where>]',
  feedback: 'matchcut feedback <suggestion-id> interested|not-a-fit|know [--party a|b] [--reason "…"] [--as <member>]',
  report: 'matchcut report [--json]',
};

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

class UsageError extends Error {}

function parseLimit(value: string | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 200) {
    throw new UsageError(`--limit must be a whole number from 1 to 200 (got "${value}")`);
  }
  return Number(value);
}

function parse<const T extends OptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] ?? 'bad arguments' : String(error));
  }
}

const percent = (value: number) => value.toFixed(2);

/** Plain-text rendering of one match (also used for digest suggestions). */
export function renderMatchText(match: Match | Suggestion, position: number): string[] {
  const lines: string[] = [];
  const id = 'id' in match ? `  [${match.id}]` : '';
  lines.push(
    `${position}. ${match.a.name} (${match.a.kind}) ↔ ${match.b.name} (${match.b.kind}) — score ${percent(match.score)} (for ${match.a.name} ${percent(match.scoreForA)}, for ${match.b.name} ${percent(match.scoreForB)})${id}`,
  );
  for (const reason of match.reasons) {
    const who = reason.side === 'a' ? `for ${match.a.name}` : reason.side === 'b' ? `for ${match.b.name}` : 'both';
    const marks = (reason.citationNumbers ?? []).map((n) => `[${n}]`).join('');
    lines.push(`   ${who}: ${reason.text}${marks === '' ? '' : ` ${marks}`}`);
  }
  for (const citation of match.citations) {
    lines.push(`   [${citation.n}] ${citation.title} — “${citation.quote}”`);
  }
  return lines;
}

export function matchToJson(match: Match | Suggestion) {
  return {
    ...('id' in match ? { id: match.id } : {}),
    a: { id: match.a.id, name: match.a.name, kind: match.a.kind },
    b: { id: match.b.id, name: match.b.name, kind: match.b.kind },
    score: match.score,
    scoreForA: match.scoreForA,
    scoreForB: match.scoreForB,
    reasons: match.reasons,
    citations: match.citations,
  };
}

function renderProfile(profile: Profile): string[] {
  const place = [profile.city, profile.country].filter((part) => part !== undefined).join(', ');
  const lines = [`${profile.name} (${profile.kind}${place === '' ? '' : `, ${place}`}) — id ${profile.id}, from ${profile.origin}`];
  if (profile.aliases.length > 0) lines.push(`  also known as: ${profile.aliases.join('; ')}`);
  if (profile.languages.length > 0) lines.push(`  languages: ${profile.languages.join(', ')}`);
  if (profile.description !== '') lines.push(`  ${profile.description}`);
  for (const offer of profile.offers) lines.push(`  offers: ${offer}`);
  for (const need of profile.needs) lines.push(`  needs: ${need}`);
  if (profile.affiliations.length > 0) lines.push(`  part of: ${profile.affiliations.join('; ')}`);
  if (profile.contact !== undefined) lines.push(`  contact: ${profile.contact}`);
  for (const source of profile.sources) lines.push(`  source ${source.articleId}: “${source.quote}”`);
  return lines;
}

function renderDigest(digest: Digest): string[] {
  const lines = [`Digest ${digest.id} (${digest.createdAt}${digest.channel ? `, ${digest.channel}` : ''}): ${digest.suggestions.length} suggestion(s)`];
  digest.suggestions.forEach((suggestion, index) => {
    lines.push(...renderMatchText(suggestion, index + 1));
  });
  if (digest.suggestions.length === 0) {
    lines.push('No new suggestions: every good pair was suggested recently, declined or already introduced (use --repeat to allow repeats).');
  }
  if (digest.unmetNeeds.length > 0) {
    lines.push('Needs nobody here can meet:');
    for (const unmet of digest.unmetNeeds) lines.push(`  - ${unmet.profile.name}: ${unmet.need}`);
  }
  lines.push('Answer with: matchcut feedback <id> interested|not-a-fit|know --party a|b');
  return lines;
}

function renderReport(report: OrganizerReport): string[] {
  const lines = [
    `digests: ${report.digests}`,
    `suggested: ${report.suggested}`,
    `interested: ${report.interested}`,
    `introduced: ${report.introduced}`,
    `declined: ${report.declined}`,
    `already known: ${report.alreadyKnown}`,
    `unmet needs: ${report.unmetNeeds.length}`,
  ];
  for (const unmet of report.unmetNeeds) lines.push(`  - ${unmet.profile.name}: ${unmet.need}`);
  return lines;
}

const verdictWords: Record<string, FeedbackVerdict> = {
  interested: 'interested',
  'not-a-fit': 'not_a_fit',
  not_a_fit: 'not_a_fit',
  know: 'know',
  'already-know': 'know',
};

async function runProfiles(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'import': {
      const { values, positionals } = parse(rest, { strict: { type: 'boolean', default: false } });
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) throw new UsageError('give one file to import: matchcut profiles import <file.json|.yaml> [--strict]');
      const read = await readProfilesFile(file);
      if (read.problem) {
        io.stderr(`matchcut: ${formatProblem(read.problem)}`);
        return 2;
      }
      const raw = read.raw as unknown;
      const list = Array.isArray(raw) ? raw : (raw as { profiles?: unknown } | null)?.profiles;
      if (!Array.isArray(list)) {
        io.stderr(`matchcut: ${file} → (root): expected a list of profiles (or an object with a "profiles" list); see knowledge/profiles.yaml for an example`);
        return 2;
      }
      const result = await io.core.profiles.importMany(list, { strict: values.strict === true, file });
      for (const problem of result.problems) io.stderr(formatProblem(problem));
      const bad = new Set(result.problems.map((problem) => /^\[(\d+)\]/.exec(problem.field)?.[1] ?? problem.field)).size;
      if (result.imported.length === 0 && result.problems.length > 0) {
        io.stderr(
          values.strict === true
            ? `matchcut: nothing imported (--strict): fix the ${bad} bad entr${bad === 1 ? 'y' : 'ies'} above, or run without --strict to import the valid ones.`
            : `matchcut: nothing imported: fix the ${bad} bad entr${bad === 1 ? 'y' : 'ies'} above and run the import again.`,
        );
        return 2;
      }
      io.stdout(`Imported ${result.imported.length} of ${result.total} profile(s)${bad > 0 ? `; ${bad} entr${bad === 1 ? 'y has' : 'ies have'} problems (see above)` : ''}.`);
      for (const party of result.imported) io.stdout(`  ${party.name} (${party.kind}) — id ${party.id}`);
      return 0;
    }
    case 'list': {
      const { values, positionals } = parse(rest, { proposed: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
      if (positionals.length > 0) throw new UsageError('`profiles list` takes no names; use `profiles show <name>`');
      const all = await io.core.profiles.list();
      const shown = all.filter((profile) => (values.proposed === true ? profile.origin === 'proposed' : true));
      if (values.json === true) {
        io.stdout(JSON.stringify(shown));
        return 0;
      }
      if (shown.length === 0) io.stdout(values.proposed === true ? 'No proposed profiles.' : 'No profiles yet: add some with `matchcut profiles import <file>`.');
      for (const profile of shown) {
        const place = [profile.city, profile.country].filter((part) => part !== undefined).join(', ');
        io.stdout(`${profile.name} (${profile.kind}${place === '' ? '' : `, ${place}`}) — ${profile.offers.length} offer(s), ${profile.needs.length} need(s), from ${profile.origin}`);
      }
      return 0;
    }
    case 'show': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } });
      const name = positionals.join(' ');
      if (name === '') throw new UsageError('give the organization: matchcut profiles show "<name>"');
      const profile = await io.core.profiles.get(name);
      if (values.json === true) io.stdout(JSON.stringify(profile));
      else for (const line of renderProfile(profile)) io.stdout(line);
      return 0;
    }
    case 'remove': {
      const { positionals } = parse(rest, {});
      const name = positionals.join(' ');
      if (name === '') throw new UsageError('give the organization: matchcut profiles remove "<name>"');
      const profile = await io.core.profiles.get(name);
      await io.core.profiles.remove(profile.id);
      io.stdout(`Removed ${profile.name}.`);
      return 0;
    }
    case 'accept': {
      const { positionals } = parse(rest, {});
      const name = positionals.join(' ');
      if (name === '') throw new UsageError('give the proposed organization: matchcut profiles accept "<name>"');
      const profile = await io.core.profiles.accept(name);
      io.stdout(`Accepted ${profile.name}: it is matched from now on.`);
      return 0;
    }
    case 'link': {
      const { positionals } = parse(rest, {});
      const [member, ...nameWords] = positionals;
      if (member === undefined || nameWords.length === 0) throw new UsageError('give the member and the organization: matchcut profiles link slack:U123 "<name>"');
      await io.core.profiles.linkMember(member, nameWords.join(' '));
      io.stdout(`Linked ${member} to ${(await io.core.profiles.get(nameWords.join(' '))).name}.`);
      return 0;
    }
    default:
      throw new UsageError(subcommand === undefined ? 'say what to do with profiles' : `unknown profiles command "${subcommand}"`);
  }
}

async function runMatch(args: string[], io: MatchmakingCommandIo): Promise<number> {
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
    io.stdout(name !== undefined ? `No matches for ${name} yet: add profiles that offer what it needs (matchcut profiles import <file>).` : 'No matches yet: import profiles first.');
    return 0;
  }
  matches.forEach((match, index) => {
    for (const line of renderMatchText(match, index + 1)) io.stdout(line);
  });
  return 0;
}

async function runDigest(args: string[], io: MatchmakingCommandIo): Promise<number> {
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
    io.stdout(JSON.stringify({ ...digest, suggestions: digest.suggestions.map((suggestion) => ({ ...matchToJson(suggestion), digestId: suggestion.digestId })) }));
  } else {
    for (const line of renderDigest(digest)) io.stdout(line);
  }
  return 0;
}

async function runFeedback(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, {
    party: { type: 'string' },
    reason: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [suggestionId, verdictWord, ...extra] = positionals;
  if (suggestionId === undefined || verdictWord === undefined || extra.length > 0) {
    throw new UsageError('give the suggestion id and the answer: matchcut feedback <suggestion-id> interested|not-a-fit|know --party a|b');
  }
  const verdict = verdictWords[verdictWord.toLowerCase()];
  if (verdict === undefined) throw new UsageError(`the answer must be interested, not-a-fit or know (got "${verdictWord}")`);
  if (values.party !== undefined && values.party !== 'a' && values.party !== 'b') {
    throw new UsageError(`--party must be a or b (got "${values.party}")`);
  }
  if (values.party === undefined && values.as === undefined) {
    throw new UsageError('say which side answers: add --party a or --party b (the first or second organization of the suggestion)');
  }
  const result = await io.core.feedback({
    suggestionId,
    verdict,
    party: values.party as 'a' | 'b' | undefined,
    actor: values.as ?? 'cli',
    reason: values.reason,
  });
  if (values.json === true) {
    io.stdout(JSON.stringify({ suggestion: result.suggestion.id, party: result.party, verdict: result.verdict, introduce: result.introduce, state: result.state, members: result.members }));
    return 0;
  }
  const own = result.party === 'a' ? result.suggestion.a : result.suggestion.b;
  const other = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const said = { interested: 'is interested in', not_a_fit: 'says it is not a fit with', know: 'already knows' }[result.verdict];
  io.stdout(`Recorded: ${own.name} ${said} ${other.name}.`);
  if (result.verdict === 'not_a_fit') io.stdout('They will not be suggested to each other again.');
  if (result.introduce) io.stdout(`Both sides are interested: introduce ${result.suggestion.a.name} and ${result.suggestion.b.name}.`);
  return 0;
}

async function runReport(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
  if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
  const report = await io.core.report();
  if (values.json === true) io.stdout(JSON.stringify(report));
  else for (const line of renderReport(report)) io.stdout(line);
  return 0;
}

/** Runs one matchmaking command; returns the exit code. Errors other than bad input propagate. */
export async function runMatchmakingCommand(command: string, args: string[], io: MatchmakingCommandIo): Promise<number> {
  try {
    switch (command) {
      case 'profiles':
      case 'profile':
        return await runProfiles(args, io);
      case 'match':
        return await runMatch(args, io);
      case 'digest':
        return await runDigest(args, io);
      case 'feedback':
        return await runFeedback(args, io);
      case 'report':
        return await runReport(args, io);
      default:
        io.stderr(`matchcut: unknown matchmaking command "${command}". Commands: profiles, match, digest, feedback, report.`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`matchcut: ${error.message}. Usage: ${usages[command === 'profile' ? 'profiles' : command] ?? usages.profiles}`);
      return 2;
    }
    if (isMatchcutError(error) && (error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
      io.stderr(`matchcut: ${error.userMessage}`);
      return 2;
    }
    throw error;
  }
}
