/** `matchcut profiles import|list|show|remove|accept|link`: organization profiles. */
import { formatProblem, readProfilesFile } from '../../../src/index.js';
import type { CommandHelp } from '../command-spec.js';
import type { MatchmakingCommandIo } from '../matchmaking-commands.js';
import { parse, UsageError } from '../parse-arguments.js';
import { unknownKeyWarnings } from '../profile-keys.js';
import { renderProfile, renderUnplaced } from '../render-matchmaking.js';

export const profilesHelp: CommandHelp = {
  name: 'profiles',
  summary: 'organization profiles: import a file, list, show, remove, accept a proposal, link a member',
  usage: [
    'profiles import <file.json|.yaml> [--strict]',
    'profiles list [--proposed] [--json]',
    'profiles show "<name>" [--json]',
    'profiles remove "<name>"',
    'profiles accept "<name>"',
    'profiles link <member> "<name>"',
  ],
  flags: [
    { flag: '--strict', text: 'import: import nothing when any entry has a problem' },
    { flag: '--proposed', text: 'list: only profiles a model proposed, waiting for `profiles accept`' },
    { flag: '--json', text: 'list, show: print JSON' },
  ],
  notes: [
    'A member is a platform user such as slack:U012AB3CD or discord:123456789012345678; linked members',
    'answer digest feedback for their organization.',
  ],
};

export async function runProfiles(args: string[], io: MatchmakingCommandIo): Promise<number> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'import': {
      const { values, positionals } = parse(rest, { strict: { type: 'boolean', default: false } });
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0)
        throw new UsageError('give one file to import: matchcut profiles import <file.json|.yaml> [--strict]');
      const read = await readProfilesFile(file);
      if (read.problem) {
        io.stderr(`matchcut: ${formatProblem(read.problem)}`);
        return 2;
      }
      const raw = read.raw as unknown;
      const list = Array.isArray(raw) ? raw : (raw as { profiles?: unknown } | null)?.profiles;
      if (!Array.isArray(list)) {
        io.stderr(
          `matchcut: ${file} → (root): expected a list of profiles (or an object with a "profiles" list); see ` +
            `knowledge/profiles.yaml for an example`,
        );
        return 2;
      }
      for (const warning of unknownKeyWarnings(list, file)) io.stderr(`matchcut: warning: ${warning}`);
      const result = await io.core.profiles.importMany(list, { strict: values.strict === true, file });
      for (const problem of result.problems) io.stderr(formatProblem(problem));
      const bad = new Set(result.problems.map((problem) => /^\[(\d+)\]/.exec(problem.field)?.[1] ?? problem.field))
        .size;
      if (result.imported.length === 0 && result.problems.length > 0) {
        io.stderr(
          values.strict === true
            ? `matchcut: nothing imported (--strict): fix the ${bad} bad entr${bad === 1 ? 'y' : 'ies'} above, or ` +
                `run without --strict to import the valid ones.`
            : `matchcut: nothing imported: fix the ${bad} bad entr${bad === 1 ? 'y' : 'ies'} above and run the ` +
                `import again.`,
        );
        return 2;
      }
      io.stdout(
        `Imported ${result.imported.length} of ${result.total} ` +
          `profile(s)${bad > 0 ? `; ${bad} entr${bad === 1 ? 'y has' : 'ies have'} problems (see above)` : ''}.`,
      );
      for (const party of result.imported) io.stdout(`  ${party.name} (${party.kind}) — id ${party.id}`);
      for (const note of result.notes) io.stdout(`note: ${note}`);
      for (const line of renderUnplaced(result.unplaced)) io.stdout(line);
      return 0;
    }
    case 'list': {
      const { values, positionals } = parse(rest, {
        proposed: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      });
      if (positionals.length > 0) throw new UsageError('`profiles list` takes no names; use `profiles show <name>`');
      const all = await io.core.profiles.list();
      const shown = all.filter((profile) => (values.proposed === true ? profile.origin === 'proposed' : true));
      if (values.json === true) {
        io.stdout(JSON.stringify(shown));
        return 0;
      }
      if (shown.length === 0)
        io.stdout(
          values.proposed === true
            ? 'No proposed profiles.'
            : 'No profiles yet: add some with `matchcut profiles import <file>`.',
        );
      for (const profile of shown) {
        const place = [profile.city, profile.country].filter((part) => part !== undefined).join(', ');
        io.stdout(
          `${profile.name} (${profile.kind}${place === '' ? '' : `, ${place}`}) — ${profile.offers.length} ` +
            `offer(s), ${profile.needs.length} need(s), from ${profile.origin}`,
        );
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
      if (member === undefined || nameWords.length === 0)
        throw new UsageError('give the member and the organization: matchcut profiles link slack:U123 "<name>"');
      await io.core.profiles.linkMember(member, nameWords.join(' '));
      io.stdout(`Linked ${member} to ${(await io.core.profiles.get(nameWords.join(' '))).name}.`);
      return 0;
    }
    default:
      throw new UsageError(
        subcommand === undefined ? 'say what to do with profiles' : `unknown profiles command "${subcommand}"`,
      );
  }
}
