/**
 * The lexicon's morphology parts kept beside the data folder (load-glossary.ts): written on first use, read on the
 * next start, keyed by the lexicon files and the word-form code, and never trusted when unreadable.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGlossary, morphologyCodeModules, shippedLexiconDir } from '../../src/knowledge/load-glossary.js';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const lexicon = [
  '- id: compositing',
  '  category: skill',
  '  en: [compositing, digital compositing]',
  '  ru: [композитинг, цифровой композитинг]',
  '  uz: [kompozitsiya, raqamli kompozitsiya]',
  '  ko: [합성, 디지털 합성]',
  '- id: colour-grading',
  '  category: skill',
  '  en: [colour grading]',
  '  ru: [цветокоррекция]',
  '  uz: [rang tuzatish]',
  '  ko: [색보정]',
  '',
].join('\n');

/** Inflected, Cyrillic-Uzbek and compound mentions, found only through the morphology index. */
const texts = [
  'Мы занимаемся цифровым композитингом и цветокоррекцией.',
  'Биз раками композициясини ўргатамиз.',
  'Raqamli kompozitsiyani o‘rgatamiz.',
  '디지털합성팀과 색보정팀',
];

const hitsOf = (glossary: Awaited<ReturnType<typeof loadGlossary>>['glossary']) =>
  texts.map((text) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId));

/** Waits for the morphology file, written without waiting for it. */
async function morphologyFiles(cacheDir: string): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const names = (await readdir(cacheDir).catch(() => [] as string[])).filter(
      (name) => name.startsWith('morphology-') && name.endsWith('.json'),
    );
    if (names.length > 0) return names.sort();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [];
}

describe('the lexicon cache', () => {
  it('keeps the morphology parts after first use, reads them and the hash on the next load, and finds the same concepts', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const file = path.join(temporary.folder, 'glossary.yaml');
    const cacheDir = path.join(temporary.folder, 'cache');
    await writeFile(file, lexicon);
    const plain = (await loadGlossary(file, { taxonomyFile: null })).glossary;
    const uncached = hitsOf(plain);
    expect(uncached).toEqual([
      ['compositing', 'colour-grading'],
      ['compositing'],
      ['compositing'],
      ['compositing', 'colour-grading'],
    ]);

    const first = hitsOf((await loadGlossary(file, { taxonomyFile: null, cacheDir })).glossary);
    const [written] = await morphologyFiles(cacheDir);
    expect(written).toBeDefined();
    const reloaded = (await loadGlossary(file, { taxonomyFile: null, cacheDir })).glossary;
    // The lexicon's hash (part of the embedder id, so of the index fingerprint) is kept too, and the same.
    expect(reloaded.hash).toBe(plain.hash);
    const second = hitsOf(reloaded);
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);

    // An unreadable file is worked out again, not trusted.
    await writeFile(path.join(cacheDir, written as string), '{"twins": [');
    expect(hitsOf((await loadGlossary(file, { taxonomyFile: null, cacheDir })).glossary)).toEqual(uncached);
  });

  it('takes a changed lexicon file as a new cache, so a new form is found through its endings', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const file = path.join(temporary.folder, 'glossary.yaml');
    const cacheDir = path.join(temporary.folder, 'cache');
    await writeFile(file, lexicon);
    const text = 'Студия озвучивания и дубляжа';
    const before = (await loadGlossary(file, { taxonomyFile: null, cacheDir })).glossary;
    expect(before.findConcepts(text, { morphology: true })).toEqual([]);
    const [old] = await morphologyFiles(cacheDir);

    await writeFile(file, `${lexicon}- id: dubbing\n  category: skill\n  en: [dubbing]\n  ru: [дубляж]\n`);
    const after = (await loadGlossary(file, { taxonomyFile: null, cacheDir })).glossary;
    expect(after.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId)).toEqual(['dubbing']);
    const names = await morphologyFiles(cacheDir);
    for (let attempt = 0; attempt < 100 && names.length < 2; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      names.splice(0, names.length, ...(await morphologyFiles(cacheDir)));
    }
    expect(names).toHaveLength(2);
    expect(names).toContain(old);
  });

  it('reads the saved forms built with the package for the same files elsewhere, and parses a damaged one', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const shipped = path.join(temporary.folder, 'shipped');
    const built = path.join(temporary.folder, 'built', 'glossary.yaml');
    const elsewhere = path.join(temporary.folder, 'elsewhere', 'glossary.yaml');
    for (const file of [built, elsewhere]) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, lexicon);
    }
    // What `npm run build` does (saveShippedLexicon): saved forms keyed by the files' names and content.
    const options = { taxonomyFile: null, shippedDir: null };
    const saving = (await loadGlossary(built, { ...options, cacheDir: shipped, keyByNames: true })).glossary;
    const expected = hitsOf(saving);
    const names = await morphologyFiles(shipped);
    expect(names).toHaveLength(1);
    const [glossaryFile] = (await readdir(shipped)).filter((name) => name.startsWith('glossary-'));
    const savedPath = path.join(shipped, glossaryFile as string);

    // The same files in another folder, with an empty data folder: the shipped forms are read (a concept changed in
    // them is what loads), nothing is parsed, and the data folder gets no copy.
    const saved = JSON.parse(await readFile(savedPath, 'utf8')) as { concepts: { id: string }[] };
    const original = JSON.stringify(saved);
    (saved.concepts[1] as { id: string }).id = 'colour-grading-from-the-saved-form';
    await writeFile(savedPath, JSON.stringify(saved));
    const cacheDir = path.join(temporary.folder, 'data-cache');
    const read = (await loadGlossary(elsewhere, { taxonomyFile: null, shippedDir: shipped, cacheDir })).glossary;
    expect(read.concepts.has('colour-grading-from-the-saved-form')).toBe(true);
    await writeFile(savedPath, original);
    expect(
      hitsOf((await loadGlossary(elsewhere, { taxonomyFile: null, shippedDir: shipped, cacheDir })).glossary),
    ).toEqual(expected);
    // The morphology parts came from the shipped folder too: none was worked out and written in the data folder.
    expect(
      (await readdir(cacheDir).catch(() => [] as string[])).filter((name) => name.startsWith('morphology-')),
    ).toEqual([]);

    // A damaged shipped form is not trusted: the files are parsed (and kept in the data folder).
    await writeFile(savedPath, '{"concepts": [');
    const other = path.join(temporary.folder, 'other-cache');
    expect(
      hitsOf((await loadGlossary(elsewhere, { taxonomyFile: null, shippedDir: shipped, cacheDir: other })).glossary),
    ).toEqual(expected);
    expect((await readdir(other)).some((name) => name.startsWith('glossary-'))).toBe(true);
    // The package's own folder is named by the word-form code's hash (only the code that wrote it reads it).
    expect(path.basename(shippedLexiconDir())).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('keys the parts by every module that works them out', async () => {
    // Each listed module's relative imports (type-only ones aside) must be listed too.
    const listed = new Set<string>(morphologyCodeModules);
    for (const module of morphologyCodeModules) {
      const source = await readFile(path.join(repositoryRoot, 'src', `${module}.ts`), 'utf8');
      for (const match of source.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)\.js';/gmu)) {
        const imported = path.posix.join(path.posix.dirname(module), match[1] as string);
        expect(listed, `${module} imports ${imported}`).toContain(imported);
      }
    }
  });
});
