/**
 * The lexicon's morphology parts kept beside the data folder (load-glossary.ts): written on first use, read on the
 * next start, keyed by the lexicon files and the word-form code, and never trusted when unreadable.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGlossary, morphologyCodeModules } from '../../src/knowledge/load-glossary.js';
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
