/**
 * Reads organization profiles from a YAML or JSON file (a list, or `{ profiles: [...] }`) and
 * validates every entry on its own: a bad entry is reported with the file, its index and the
 * field ("partners.yaml → [2].languages: expected array") and the others still load.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeZodIssue, formatFieldPath, type KnowledgeProblem } from '../knowledge/problems.js';
import { parseYamlSaved } from '../knowledge/saved-yaml.js';
import { profileInputSchema, sourceSupportProblems, type ValidProfileInput } from './profile-schema.js';

export interface ParsedProfileEntry {
  index: number;
  profile: ValidProfileInput;
}

export interface LoadedProfiles {
  /** The valid profiles, in file order. */
  profiles: ValidProfileInput[];
  /** Valid entries with their position in the file. */
  entries: ParsedProfileEntry[];
  problems: KnowledgeProblem[];
  /** Entries in the file, good and bad. */
  total: number;
}

const nameKeyOf = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Validates one entry; problems carry the field path under `[index]`. */
export function validateProfileEntry(
  raw: unknown,
  index: number,
  file: string,
): { profile?: ValidProfileInput; problems: KnowledgeProblem[] } {
  const parsed = profileInputSchema.safeParse(raw);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ file, ...describeZodIssue(issue, [index]) })) };
  }
  const supportProblems = sourceSupportProblems(parsed.data).map((problem) => ({
    file,
    field: formatFieldPath([index, ...problem.path]),
    message: problem.message,
  }));
  if (supportProblems.length > 0) return { problems: supportProblems };
  return { profile: parsed.data, problems: [] };
}

/** Validates a list of raw entries (from a file or a chat upload). */
export function parseProfileEntries(raw: unknown, file: string): LoadedProfiles {
  let list: unknown = raw;
  if (list !== null && typeof list === 'object' && !Array.isArray(list) && 'profiles' in list) {
    list = (list as { profiles: unknown }).profiles;
  }
  if (!Array.isArray(list)) {
    return {
      profiles: [],
      entries: [],
      total: 0,
      problems: [
        { file, field: '(root)', message: 'expected a list of profiles (or an object with a "profiles" list)' },
      ],
    };
  }
  const entries: ParsedProfileEntry[] = [];
  const problems: KnowledgeProblem[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  list.forEach((entry, index) => {
    const result = validateProfileEntry(entry, index, file);
    problems.push(...result.problems);
    if (!result.profile) return;
    const key = nameKeyOf(result.profile.name);
    const earlier = names.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        field: `[${index}].name`,
        message: `"${result.profile.name}" is already used by entry [${earlier}]; merge the two entries`,
      });
      return;
    }
    if (result.profile.id !== undefined) {
      const earlierId = ids.get(result.profile.id);
      if (earlierId !== undefined) {
        problems.push({
          file,
          field: `[${index}].id`,
          message: `"${result.profile.id}" is already used by entry [${earlierId}]`,
        });
        return;
      }
      ids.set(result.profile.id, index);
    }
    names.set(key, index);
    entries.push({ index, profile: result.profile });
  });
  return { profiles: entries.map((entry) => entry.profile), entries, problems, total: list.length };
}

/** Where a YAML file's parsed value is kept (knowledge/saved-yaml.ts): the knowledge profiles, read at each start. */
export interface SavedParse {
  cacheDir: string;
  name: string;
}

/** Reads a profiles file (.yaml, .yml or .json) without validating the entries; a file-level problem otherwise. */
export async function readProfilesFile(
  file: string,
  saved?: SavedParse,
): Promise<{ raw: unknown; problem?: undefined } | { raw?: undefined; problem: KnowledgeProblem }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'file not found: check the path'
        : `cannot read the file (${error instanceof Error ? error.message : String(error)})`;
    return { problem: { file, field: '(file)', message } };
  }
  const extension = path.extname(file).toLowerCase();
  try {
    return { raw: (extension === '.json' ? JSON.parse(text) : await parseYamlSaved(text, saved)) ?? [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problem: { file, field: '(file)', message: `not valid ${extension === '.json' ? 'JSON' : 'YAML'}: ${detail}` },
    };
  }
}

/** Reads and validates a profiles file (.yaml, .yml or .json). */
export async function loadProfilesFile(file: string, saved?: SavedParse): Promise<LoadedProfiles> {
  const read = await readProfilesFile(file, saved);
  if (read.problem) return { profiles: [], entries: [], total: 0, problems: [read.problem] };
  return parseProfileEntries(read.raw, file);
}
