/**
 * The one lexicon: knowledge/taxonomy.yaml (content-industry work — departments, roles, skills,
 * with look-alike neighbours) and knowledge/glossary.yaml (institutions, places, general
 * concepts), each concept with its forms in English, Korean, Vietnamese, Japanese, Russian,
 * Uzbek and, where known, Indonesian, Thai and Kazakh. Retrieval uses it to bridge languages;
 * matchmaking maps offers and needs onto it. Text is segmented with Intl.Segmenter (Thai and
 * other unspaced scripts included) by `wordTokens`, one sentence-sized piece at a time.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import { inflectionVariants, matchKey, type WordToken, wordTokens } from '../retrieval/text-normalize.js';
import {
  canonicalEntry,
  type Concept,
  type ConceptInput,
  completeConcept,
  conceptSchema,
  glossaryLanguages,
  lexiconLanguageOf,
} from './glossary-schema.js';
import { describeZodIssue, type KnowledgeProblem } from './problems.js';

export {
  type Concept,
  type ConceptInput,
  conceptSchema,
  glossaryLanguages,
  type GlossaryLanguage,
} from './glossary-schema.js';

export interface ConceptHit {
  conceptId: string;
  /** The words as they stand in the text. */
  surface: string;
  /** Token positions [start, end). */
  start: number;
  end: number;
}

interface FormEntry {
  keys: string[];
  conceptId: string;
  /**
   * A two-letter abbreviation ("DI", "AD", "DP") matches only as written, in capitals: in lower case
   * it is a word of some language (Indonesian "di", Latin "ad").
   */
  asWritten?: RegExp | undefined;
}

const twoLetterAbbreviation = /^[A-Z]{2}$/;

export interface Glossary {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Short content hash: changes whenever the lexicon does (part of the embedder id). */
  readonly hash: string;
  /** Concepts mentioned in a text, longest form first, no overlaps. */
  findConcepts(text: string): ConceptHit[];
  /** The concept itself and every broader concept above it. */
  withAncestors(conceptId: string): string[];
  /** All surface forms of a concept in every language. */
  formsOf(conceptId: string): string[];
  /** The preferred label in a language (falls back to English). */
  label(conceptId: string, language?: string): string;
  /** Look-alike concepts that are not the same work (both directions). */
  neighboursOf(conceptId: string): ReadonlySet<string>;
}

const noNeighbours: ReadonlySet<string> = new Set();

/** Every surface form as match keys, in the order `createGlossary` reads them (cacheable). */
export function glossaryFormKeys(concepts: readonly Concept[]): string[][] {
  const keys: string[][] = [];
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) keys.push(wordTokens(form).map(matchKey));
    }
  }
  return keys;
}

function indexForms(concepts: readonly Concept[], formKeys: string[][]): Map<string, FormEntry[]> {
  const formsByFirstKey = new Map<string, FormEntry[]>();
  let formIndex = 0;
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) {
        const keys = formKeys[formIndex] ?? [];
        formIndex += 1;
        if (keys.length === 0) continue;
        const first = keys[0] as string;
        const list = formsByFirstKey.get(first) ?? [];
        const joined = keys.join(' ');
        const asWritten = twoLetterAbbreviation.test(form.trim())
          ? new RegExp(`(?<![\\p{L}\\p{N}])${form.trim()}(?![\\p{L}\\p{N}])`, 'u')
          : undefined;
        const same = list.find((entry) => entry.conceptId === concept.id && entry.keys.join(' ') === joined);
        if (same === undefined) list.push({ keys, conceptId: concept.id, asWritten });
        // The same words written out ("di" as a form of its own) need no capitals.
        else if (asWritten === undefined) same.asWritten = undefined;
        formsByFirstKey.set(first, list);
      }
    }
  }
  for (const list of formsByFirstKey.values()) list.sort((left, right) => right.keys.length - left.keys.length);
  return formsByFirstKey;
}

function findIn(formsByFirstKey: Map<string, FormEntry[]>, text: string): ConceptHit[] {
  const tokens = wordTokens(text);
  const keys = tokens.map(matchKey);
  const hits: ConceptHit[] = [];
  let position = 0;
  while (position < keys.length) {
    const candidates = formsByFirstKey.get(keys[position] as string);
    let matched: FormEntry | undefined;
    if (candidates) {
      matched = candidates.find(
        (candidate) =>
          candidate.keys.every((key, offset) => keys[position + offset] === key) &&
          (candidate.asWritten === undefined || candidate.asWritten.test(text)),
      );
    }
    if (!matched) {
      // An inflected word ("Samarqandda", "офисе") may still name a one-word concept.
      for (const variant of inflectionVariants(keys[position] as string, (tokens[position] as WordToken).script)) {
        matched = formsByFirstKey
          .get(variant)
          ?.find((candidate) => candidate.keys.length === 1 && candidate.asWritten === undefined);
        if (matched) break;
      }
    }
    if (!matched) {
      position += 1;
      continue;
    }
    const end = position + matched.keys.length;
    const surface = tokens
      .slice(position, end)
      .map((token) => token.word)
      .join(' ');
    hits.push({ conceptId: matched.conceptId, surface, start: position, end });
    position = end;
  }
  return hits;
}

export function createGlossary(inputs: readonly ConceptInput[], precomputedFormKeys?: string[][]): Glossary {
  const concepts = inputs.map(completeConcept);
  const byId = new Map<string, Concept>();
  for (const concept of concepts) byId.set(concept.id, concept);
  const formsByFirstKey = indexForms(concepts, precomputedFormKeys ?? glossaryFormKeys(concepts));
  const neighbours = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const other of concept.neighbours) {
      if (!byId.has(other) || other === concept.id) continue;
      neighbours.set(concept.id, (neighbours.get(concept.id) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(concept.id));
    }
  }
  const hash = createHash('sha256').update(JSON.stringify(concepts)).digest('hex').slice(0, 12);
  const ancestorCache = new Map<string, string[]>();

  const withAncestors = (conceptId: string): string[] => {
    const cached = ancestorCache.get(conceptId);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [conceptId];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const parent of byId.get(current)?.broader ?? []) queue.push(parent);
    }
    const result = [...seen];
    ancestorCache.set(conceptId, result);
    return result;
  };

  return {
    concepts: byId,
    hash,
    findConcepts: (text) => findIn(formsByFirstKey, text),
    withAncestors,
    formsOf(conceptId) {
      const concept = byId.get(conceptId);
      return concept === undefined ? [] : glossaryLanguages.flatMap((language) => concept[language]);
    },
    label(conceptId, language = 'en') {
      const concept = byId.get(conceptId);
      if (!concept) return conceptId;
      const code = lexiconLanguageOf(language);
      return (code === undefined ? undefined : concept[code][0]) ?? concept.en[0] ?? conceptId;
    },
    neighboursOf: (conceptId) => neighbours.get(conceptId) ?? noNeighbours,
  };
}

export interface LoadedGlossary {
  glossary: Glossary;
  problems: KnowledgeProblem[];
}

interface ParsedFile {
  file: string;
  concepts: Concept[];
  problems: KnowledgeProblem[];
}

/** Validates one file's entries; a bad entry is reported (file + field) and skipped, the rest load. */
function validateEntries(file: string, raw: unknown): ParsedFile {
  const problems: KnowledgeProblem[] = [];
  if (raw === null || raw === undefined) return { file, concepts: [], problems };
  if (!Array.isArray(raw)) {
    return { file, concepts: [], problems: [{ file, field: '(root)', message: 'expected a list of concepts' }] };
  }
  const concepts: Concept[] = [];
  const unknownKeys = new Map<string, number>();
  raw.forEach((original, index) => {
    const { entry, unknownKeys: unknown } = canonicalEntry(original);
    for (const key of unknown) if (!unknownKeys.has(key)) unknownKeys.set(key, index);
    const parsed = conceptSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, ...describeZodIssue(issue, [index]) });
      return;
    }
    concepts.push(parsed.data);
  });
  for (const [key, index] of unknownKeys) {
    problems.push({
      file,
      field: `[${index}].${key}`,
      message: `unknown field (ignored); forms go under ${glossaryLanguages.join(', ')} (ind = Indonesian)`,
    });
  }
  return { file, concepts, problems };
}

/**
 * Joins the files: ids unique across them (the first file wins), `broader`, `neighbours` and `senses`
 * naming known concepts, and each form (as matched) belonging to one concept only.
 */
function joinFiles(files: readonly ParsedFile[]): { concepts: Concept[]; problems: KnowledgeProblem[] } {
  const problems = files.flatMap((parsed) => parsed.problems);
  const owners = new Map<string, string>();
  const kept: { file: string; concept: Concept }[] = [];
  for (const { file, concepts } of files) {
    for (const concept of concepts) {
      const earlier = owners.get(concept.id);
      if (earlier !== undefined) {
        const where = earlier === file ? 'earlier in this file' : `in ${path.basename(earlier)}`;
        problems.push({ file, field: `${concept.id}.id`, message: `duplicate concept id (already defined ${where})` });
        continue;
      }
      owners.set(concept.id, file);
      kept.push({ file, concept });
    }
  }
  const formOwner = new Map<string, string>();
  const concepts = kept.map(({ file, concept }) => {
    const fixed: Concept = { ...concept };
    for (const field of ['broader', 'neighbours', 'senses'] as const) {
      const unknown = concept[field].filter((id) => !owners.has(id));
      if (unknown.length === 0) continue;
      problems.push({ file, field: `${concept.id}.${field}`, message: `unknown concept ${unknown.join(', ')}` });
      fixed[field] = concept[field].filter((id) => owners.has(id));
    }
    for (const language of glossaryLanguages) {
      fixed[language] = concept[language].filter((form, position) => {
        const key = wordTokens(form).map(matchKey).join(' ');
        if (key === '') return false;
        const owner = formOwner.get(key);
        if (owner === undefined) formOwner.set(key, concept.id);
        if (owner === undefined || owner === concept.id) return true;
        problems.push({
          file,
          field: `${concept.id}.${language}[${position}]`,
          message: `"${form}" already names the concept ${owner}; a form belongs to one concept (dropped here)`,
        });
        return false;
      });
    }
    return fixed;
  });
  return { concepts, problems };
}

const glossaryCacheVersion = 3;

async function readLexiconFile(
  file: string,
  optional: boolean,
): Promise<{ text?: string; problem?: KnowledgeProblem }> {
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: { file, field: '(file)', message: error instanceof Error ? error.message : String(error) } };
  }
}

function parseLexiconText(file: string, text: string): ParsedFile {
  try {
    return validateEntries(file, parseYaml(text));
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'not valid YAML') : String(error);
    return { file, concepts: [], problems: [{ file, field: '(file)', message: `not valid YAML: ${message}` }] };
  }
}

export interface LoadGlossaryOptions {
  cacheDir?: string;
  /** The taxonomy file read with the glossary; `taxonomy.yaml` beside it by default (optional), `null` for none. */
  taxonomyFile?: string | null;
}

/**
 * Loads and validates the lexicon: the taxonomy (if present) and the glossary. Parsing YAML
 * and segmenting thousands of forms takes most of a second, so with a `cacheDir` the validated
 * result is kept as JSON keyed by the files' content and reused while they are unchanged.
 */
export async function loadGlossary(file: string, options: LoadGlossaryOptions = {}): Promise<LoadedGlossary> {
  const taxonomyFile =
    options.taxonomyFile === undefined ? path.join(path.dirname(file), 'taxonomy.yaml') : options.taxonomyFile;
  const sources = [
    ...(taxonomyFile === null ? [] : [{ file: taxonomyFile, optional: options.taxonomyFile === undefined }]),
    { file, optional: false },
  ];
  const texts = await Promise.all(sources.map((source) => readLexiconFile(source.file, source.optional)));
  const readProblems = texts.flatMap((read) => (read.problem ? [read.problem] : []));
  const hash = createHash('sha256').update(String(glossaryCacheVersion));
  sources.forEach((source, position) => hash.update(`\u0000${source.file}\u0000${texts[position]?.text ?? ''}`));
  const contentHash = hash.digest('hex').slice(0, 16);
  const cacheFile = options.cacheDir
    ? path.join(options.cacheDir, `glossary-${glossaryCacheVersion}-${contentHash}.json`)
    : undefined;
  if (cacheFile) {
    try {
      const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as {
        concepts: Concept[];
        problems: KnowledgeProblem[];
        formKeys: string[][];
      };
      return {
        glossary: createGlossary(cached.concepts, cached.formKeys),
        problems: [...readProblems, ...cached.problems],
      };
    } catch {
      // No cache yet, or unreadable: parse the files.
    }
  }
  const parsed = sources.flatMap((source, position) => {
    const text = texts[position]?.text;
    return text === undefined ? [] : [parseLexiconText(source.file, text)];
  });
  const { concepts, problems } = joinFiles(parsed);
  const formKeys = glossaryFormKeys(concepts);
  if (cacheFile && readProblems.length === 0) {
    try {
      await writeFileAtomically(cacheFile, JSON.stringify({ concepts, problems, formKeys }));
    } catch {
      // A read-only data folder only costs speed.
    }
  }
  return { glossary: createGlossary(concepts, formKeys), problems: [...readProblems, ...problems] };
}
