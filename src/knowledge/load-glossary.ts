/**
 * Loading the one lexicon (./glossary.ts): each YAML file's entries validated (a bad entry is reported
 * with its file and field and skipped), the files joined, and the forms' match keys cached beside the
 * data folder so that a start-up with unchanged files does not compute them again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically, writeFileAtomicallySync } from '../retrieval/atomic-files.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { canonicalEntry, type Concept, conceptSchema, glossaryLanguages } from './glossary-schema.js';
import type { MorphologyParts, MorphologyPartsCache } from './glossary-morphology.js';
import { createGlossary, glossaryFormKeys, type Glossary } from './glossary.js';
import { describeZodIssue, type KnowledgeProblem } from './problems.js';

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
 * Joins the files: ids unique across them (the first file wins), `broader`, `neighbours`, `overlaps` and `senses`
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
    for (const field of ['broader', 'neighbours', 'overlaps', 'senses'] as const) {
      const unknown = concept[field].filter((id) => !owners.has(id));
      if (unknown.length === 0) continue;
      problems.push({ file, field: `${concept.id}.${field}`, message: `unknown concept ${unknown.join(', ')}` });
      fixed[field] = concept[field].filter((id) => owners.has(id));
    }
    if (concept.usualSense !== undefined && !fixed.senses.includes(concept.usualSense)) {
      problems.push({ file, field: `${concept.id}.usualSense`, message: `must be one of its senses` });
      delete fixed.usualSense;
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

/**
 * Bumped when a cached lexicon would not fit the schema or its form keys are made another way (5: zh, mn and tl form
 * lists; 6: Korean forms keyed as written, see `writtenKeys`; 7: `overlaps`; 8: the lexicon's hash kept with it).
 */
const glossaryCacheVersion = 8;

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

function parseLexiconText(file: string, text: string, parseYaml: (text: string) => unknown): ParsedFile {
  try {
    return validateEntries(file, parseYaml(text));
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'not valid YAML') : String(error);
    return { file, concepts: [], problems: [{ file, field: '(file)', message: `not valid YAML: ${message}` }] };
  }
}

/**
 * The modules that work out the morphology index's parts (stems, Uzbek twins): the parts kept beside the data folder
 * are keyed by their text too, so a change of the word-form rules is never answered from an old cache. (A test checks
 * that every module they import is listed.)
 */
export const morphologyCodeModules = [
  'knowledge/glossary-morphology',
  'knowledge/word-forms',
  'knowledge/word-endings',
  'knowledge/indonesian-affixes',
  'knowledge/compound-words',
  'knowledge/uzbek-cyrillic',
  'retrieval/text-normalize',
  'retrieval/fast-word-segments',
  'retrieval/kept-keys',
] as const;

/** The modules' text, hashed (the sources under tsx and vitest, the compiled files in dist/). */
function morphologyCodeHash(): string {
  const here = fileURLToPath(import.meta.url);
  const sourceRoot = path.dirname(path.dirname(here));
  const extension = path.extname(here);
  const hash = createHash('sha256');
  for (const module of morphologyCodeModules)
    hash.update(`\u0000${module}\u0000`).update(readFileSync(path.join(sourceRoot, `${module}${extension}`)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The morphology index's parts in `cacheDir`, keyed by the lexicon files' content hash and the word-form code; an
 * unreadable or missing file is worked out again and written atomically (synchronously: the parts are worked out
 * synchronously on first use anyway, and nothing may still be writing when a caller removes the folder).
 */
function morphologyCache(cacheDir: string, contentHash: string, shipped?: ShippedLexicon): MorphologyPartsCache {
  let file: string | undefined;
  const nameFor = (dir: string, hash: string) =>
    path.join(dir, `morphology-${glossaryCacheVersion}-${hash}-${morphologyCodeHash()}.json`);
  const fileName = () => {
    file ??= nameFor(cacheDir, contentHash);
    return file;
  };
  const readParts = (from: string) => {
    try {
      const parts = JSON.parse(readFileSync(from, 'utf8')) as MorphologyParts;
      return Array.isArray(parts.twins) && Array.isArray(parts.stems) && Array.isArray(parts.known) ? parts : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    // The data folder's parts, else the shipped lexicon's (built with the package).
    read: () =>
      readParts(fileName()) ?? (shipped === undefined ? undefined : readParts(nameFor(shipped.dir, shipped.hash))),
    write(parts) {
      // A read-only data folder (or a module file that cannot be read) only costs speed.
      try {
        writeFileAtomicallySync(fileName(), JSON.stringify(parts));
      } catch {
        // As above.
      }
    },
  };
}

export interface LoadGlossaryOptions {
  cacheDir?: string;
  /** The taxonomy file read with the glossary; `taxonomy.yaml` beside it by default (optional), `null` for none. */
  taxonomyFile?: string | null;
  /**
   * Where saved forms of a lexicon with these files' names and content are looked for when `cacheDir` has none
   * (default `shippedLexiconDir()`, filled by `npm run build`); `null`: nowhere.
   */
  shippedDir?: string | null;
  /** Key the saved forms in `cacheDir` by the files' names and content, not their paths (`saveShippedLexicon`). */
  keyByNames?: boolean;
}

/** A folder of saved forms keyed by the lexicon files' names and content (the same files anywhere on disk). */
interface ShippedLexicon {
  dir: string;
  hash: string;
}

/**
 * Where `npm run build` keeps the saved forms of the shipped lexicon (dist/lexicon-cache/<code hash>): a first start in
 * a new data folder reads them instead of parsing the YAML. Named by the word-form code's hash, so only the code that
 * wrote them reads them (the sources under tsx never do).
 */
export function shippedLexiconDir(): string {
  const sourceRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  return path.join(path.dirname(sourceRoot), 'lexicon-cache', morphologyCodeHash());
}

/** Saves the lexicon's forms into `shippedLexiconDir()` (run by `npm run build`); false when there is no such file. */
export async function saveShippedLexicon(file: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  const loaded = await loadGlossary(file, { cacheDir: shippedLexiconDir(), shippedDir: null, keyByNames: true });
  loaded.glossary.prepareMorphology();
  return true;
}

interface SavedGlossary {
  concepts: Concept[];
  problems: KnowledgeProblem[];
  formKeys: string[][];
  hash?: unknown;
}

async function readSavedGlossary(file: string): Promise<SavedGlossary | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as SavedGlossary;
  } catch {
    return undefined;
  }
}

function contentHashOf(sources: readonly { file: string }[], texts: readonly { text?: string }[], byName: boolean) {
  const hash = createHash('sha256').update(String(glossaryCacheVersion));
  sources.forEach((source, position) =>
    hash.update(`\u0000${byName ? path.basename(source.file) : source.file}\u0000${texts[position]?.text ?? ''}`),
  );
  return hash.digest('hex').slice(0, 16);
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
  const contentHash = contentHashOf(sources, texts, options.keyByNames === true);
  const cacheFile = options.cacheDir
    ? path.join(options.cacheDir, `glossary-${glossaryCacheVersion}-${contentHash}.json`)
    : undefined;
  const shippedDir = options.shippedDir === undefined ? shippedLexiconDir() : options.shippedDir;
  const shipped =
    shippedDir !== null && readProblems.length === 0
      ? { dir: shippedDir, hash: contentHashOf(sources, texts, true) }
      : undefined;
  if (cacheFile) {
    // The data folder's saved form, else the shipped one (only of a lexicon without problems: they name paths).
    const saved =
      (await readSavedGlossary(cacheFile)) ??
      (shipped === undefined
        ? undefined
        : await readSavedGlossary(path.join(shipped.dir, `glossary-${glossaryCacheVersion}-${shipped.hash}.json`)).then(
            (kept) => (Array.isArray(kept?.problems) && kept.problems.length === 0 ? kept : undefined),
          ));
    try {
      if (saved !== undefined)
        return {
          glossary: createGlossary(saved.concepts, {
            formKeys: saved.formKeys,
            hash: typeof saved.hash === 'string' ? saved.hash : undefined,
            morphology: morphologyCache(options.cacheDir as string, contentHash, shipped),
          }),
          problems: [...readProblems, ...saved.problems],
        };
    } catch {
      // Unreadable: parse the files.
    }
  }
  // The YAML parser loads only here: a start with the lexicon unchanged reads the cache above.
  const { parse: parseYaml } = await import('yaml');
  const parsed = sources.flatMap((source, position) => {
    const text = texts[position]?.text;
    return text === undefined ? [] : [parseLexiconText(source.file, text, parseYaml)];
  });
  const { concepts, problems } = joinFiles(parsed);
  const formKeys = glossaryFormKeys(concepts);
  const morphology =
    options.cacheDir !== undefined && readProblems.length === 0
      ? morphologyCache(options.cacheDir, contentHash)
      : undefined;
  const glossary = createGlossary(concepts, { formKeys, morphology });
  if (cacheFile && readProblems.length === 0) {
    try {
      await writeFileAtomically(cacheFile, JSON.stringify({ concepts, problems, formKeys, hash: glossary.hash }));
    } catch {
      // A read-only data folder only costs speed.
    }
  }
  return { glossary, problems: [...readProblems, ...problems] };
}
