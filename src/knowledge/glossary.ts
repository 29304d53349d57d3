/**
 * The multilingual domain glossary (knowledge/glossary.yaml): content-industry concepts
 * and names with their forms in English, Korean, Vietnamese, Japanese, Russian and Uzbek.
 * It bridges languages in retrieval (query and document concepts) and normalises
 * profile offers/needs to concept ids in matchmaking.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import { inflectionVariants, matchKey, type WordToken, wordTokens } from '../retrieval/text-normalize.js';
import { type KnowledgeProblem, describeZodIssue } from './problems.js';

export const glossaryLanguages = ['en', 'ko', 'vi', 'ja', 'ru', 'uz'] as const;
export type GlossaryLanguage = (typeof glossaryLanguages)[number];

const forms = z.array(z.string().trim().min(1)).default([]);

export const conceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (letters, digits, dashes)'),
  category: z.enum(['skill', 'role', 'service', 'organization', 'program', 'place', 'person', 'concept']),
  broader: z.array(z.string()).default([]),
  en: z.array(z.string().trim().min(1)).min(1, 'needs at least one English form'),
  ko: forms,
  vi: forms,
  ja: forms,
  ru: forms,
  uz: forms,
});

export type Concept = z.infer<typeof conceptSchema>;

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
}

export interface Glossary {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Short content hash: changes whenever the glossary does (part of the embedder id). */
  readonly hash: string;
  /** Concepts mentioned in a text, longest form first, no overlaps. */
  findConcepts(text: string): ConceptHit[];
  /** The concept itself and every broader concept above it. */
  withAncestors(conceptId: string): string[];
  /** All surface forms of a concept in every language. */
  formsOf(conceptId: string): string[];
  /** The preferred label in a language (falls back to English). */
  label(conceptId: string, language?: string): string;
}

/** Every surface form as match keys, in the order `createGlossary` reads them (cacheable). */
export function glossaryFormKeys(concepts: Concept[]): string[][] {
  const keys: string[][] = [];
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) keys.push(wordTokens(form).map(matchKey));
    }
  }
  return keys;
}

export function createGlossary(concepts: Concept[], precomputedFormKeys?: string[][]): Glossary {
  const byId = new Map<string, Concept>();
  for (const concept of concepts) byId.set(concept.id, concept);
  const formKeys = precomputedFormKeys ?? glossaryFormKeys(concepts);
  const formsByFirstKey = new Map<string, FormEntry[]>();
  let formIndex = 0;
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const _form of concept[language]) {
        const keys = formKeys[formIndex] ?? [];
        formIndex += 1;
        if (keys.length === 0) continue;
        const first = keys[0] as string;
        const list = formsByFirstKey.get(first) ?? [];
        if (!list.some((entry) => entry.conceptId === concept.id && entry.keys.join(' ') === keys.join(' '))) {
          list.push({ keys, conceptId: concept.id });
        }
        formsByFirstKey.set(first, list);
      }
    }
  }
  for (const list of formsByFirstKey.values()) list.sort((left, right) => right.keys.length - left.keys.length);

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
    findConcepts(text: string): ConceptHit[] {
      const tokens = wordTokens(text);
      const keys = tokens.map(matchKey);
      const hits: ConceptHit[] = [];
      let position = 0;
      while (position < keys.length) {
        const candidates = formsByFirstKey.get(keys[position] as string);
        let matched: FormEntry | undefined;
        if (candidates) {
          for (const candidate of candidates) {
            if (candidate.keys.every((key, offset) => keys[position + offset] === key)) {
              matched = candidate;
              break;
            }
          }
        }
        if (!matched) {
          // An inflected word ("Samarqandda", "офисе") may still name a one-word concept.
          for (const variant of inflectionVariants(keys[position] as string, (tokens[position] as WordToken).script)) {
            matched = formsByFirstKey.get(variant)?.find((candidate) => candidate.keys.length === 1);
            if (matched) break;
          }
        }
        if (matched) {
          const end = position + matched.keys.length;
          hits.push({
            conceptId: matched.conceptId,
            surface: tokens
              .slice(position, end)
              .map((token) => token.word)
              .join(' '),
            start: position,
            end,
          });
          position = end;
        } else {
          position += 1;
        }
      }
      return hits;
    },
    withAncestors,
    formsOf(conceptId: string): string[] {
      const concept = byId.get(conceptId);
      if (!concept) return [];
      return glossaryLanguages.flatMap((language) => concept[language]);
    },
    label(conceptId: string, language = 'en'): string {
      const concept = byId.get(conceptId);
      if (!concept) return conceptId;
      const forms = (glossaryLanguages as readonly string[]).includes(language)
        ? concept[language as GlossaryLanguage]
        : concept.en;
      return forms[0] ?? concept.en[0] ?? conceptId;
    },
  };
}

export interface LoadedGlossary {
  glossary: Glossary;
  problems: KnowledgeProblem[];
}

/** Validates parsed glossary data; a bad entry is reported (file + field) and skipped, the rest load. */
function validateConcepts(file: string, raw: unknown): { concepts: Concept[]; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  if (!Array.isArray(raw)) {
    problems.push({ file, field: '(root)', message: 'expected a list of concepts' });
    return { concepts: [], problems };
  }
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const parsed = conceptSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, ...describeZodIssue(issue, [index]) });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ file, field: `[${index}].id`, message: `duplicate concept id "${parsed.data.id}"` });
      return;
    }
    seen.add(parsed.data.id);
    concepts.push(parsed.data);
  });
  for (const [index, concept] of concepts.entries()) {
    const unknown = concept.broader.filter((parent) => !seen.has(parent));
    if (unknown.length > 0) {
      problems.push({ file, field: `${concept.id}.broader`, message: `unknown concept ${unknown.join(', ')}` });
      concepts[index] = { ...concept, broader: concept.broader.filter((parent) => seen.has(parent)) };
    }
  }
  return { concepts, problems };
}

const glossaryCacheVersion = 1;

/**
 * Loads and validates the glossary file. Parsing YAML and segmenting thousands of forms
 * takes most of a second, so with a `cacheDir` the validated result is kept as JSON keyed
 * by the file's content hash and reused while the file is unchanged.
 */
export async function loadGlossary(file: string, options: { cacheDir?: string } = {}): Promise<LoadedGlossary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { glossary: createGlossary([]), problems: [{ file, field: '(file)', message: error instanceof Error ? error.message : String(error) }] };
  }
  const contentHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const cacheFile = options.cacheDir ? path.join(options.cacheDir, `glossary-${glossaryCacheVersion}-${contentHash}.json`) : undefined;
  if (cacheFile) {
    try {
      const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as { concepts: Concept[]; problems: KnowledgeProblem[]; formKeys: string[][] };
      return { glossary: createGlossary(cached.concepts, cached.formKeys), problems: cached.problems.map((problem) => ({ ...problem, file })) };
    } catch {
      // No cache yet, or unreadable: parse the file.
    }
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { glossary: createGlossary([]), problems: [{ file, field: '(file)', message: error instanceof Error ? error.message.split('\n')[0] ?? 'not valid YAML' : String(error) }] };
  }
  const { concepts, problems } = validateConcepts(file, raw);
  const formKeys = glossaryFormKeys(concepts);
  if (cacheFile) {
    try {
      await writeFileAtomically(cacheFile, JSON.stringify({ concepts, problems, formKeys }));
    } catch {
      // A read-only data folder only costs speed.
    }
  }
  return { glossary: createGlossary(concepts, formKeys), problems };
}
