/**
 * What identifies an index generation on disk and the housekeeping of the generation folders
 * under `<dataDir>/index/`: the format version, the manifest, the content hash the manifest
 * records, the `CURRENT` pointer, and the removal of generations no live process reads.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Article } from '../knowledge/article-schema.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { Logger } from '../logging/logger.js';
import { generationsInUse, processIsAlive } from './generation-readers.js';

// 2: alias groups learnt from the articles (aliases.json) and loose name keys in the lexical index.
// 3: the articles' names and subjects in aliases.json; name keys fold x to ks and drop a possessive.
// 4: each chunk's line in chunks.jsonl holds the answerer's sentences and keys (`passage`), built with the lexicon
//    named by passageGlossary.
// 5: a Vietnamese word with its marks is a lexical term of its spelling (ʋ…) and of its folded key marked °; Korean
//    words the lexicon or the articles' names write with a particle-like last syllable keep it; aliases per sentence.
// 6: the answerer's sentence keys hold a marked Vietnamese word's spelling (ʋ…) beside its folded key.
// 7: lexicon concepts are found through inflections and inside compounds (the lexicon's morphology) in passages'
//    lexical terms and sentence keys, as in questions ("в Екатеринбурге" is Yekaterinburg).
// 8: the articles' subjects in alias-subjects.bin, a table searched where it lies (aliases.json keeps their
//    titles' lengths and first words), not parsed whole at every open.
// 9: the exact search's vectors in vectors.blocks, in the block scan's layout (block-file.ts), instead of hnswlib's
//    brute-force file (vectors.exact), which every open transposed.
// 10: Sino-Korean reading keys (^…, reading-keys.ts): of kanji runs in the lexical index, of kanji runs and Korean
//    words in the answerer's sentence keys.
// 11: name keys of acronyms written in Hangul or Katakana letter names (아이엘엠 = ilm, 엠83 = m83); aliases learnt from
//    acronyms spelled by every word's initial (Hoạt hình Việt Nam (HHVN)) and from Chinese names run into the words
//    before them.
// 12: Han text read across its forms and its sound: pinyin keys of every stretch of two to four Han characters
//    (%ᴾ…), Han letters two by two in their traditional forms (ᶠ…), a simplified form read in Korean as its
//    traditional one; aliases learnt from a name's Han letters or reading in brackets ("자오쯔(饺子·45)").
// 13: name keys of a Katakana name written in words apart (ビッグ・マシーン・レーベル・グループ) also for runs of one
//    to three of its words, as a Latin name's are; a Chinese name in Russian's Palladius spelling (Цзяоцзы) also by the
//    loose key of its pinyin; a foreign name Chinese writes with a middle dot (托马斯·图尔) by the skeletons of its pinyin.
// 14: name keys of a run of four capitalised words by its loanword skeleton (Red Dog Culture House ~ 레드독컬처하우스);
//    a Cyrillic soft sign before a vowel read as i in name keys (Миньоны ~ Minions, Вьетнам ~ Vietnam).
// 15: a company's legal form alone ("(주)", "(株)", "株式会社", "ООО", "LLC") is no learnt alias: it joined every company
//    written with it into one alias group.
// 16: vectors.blocks holds the 8-bit codes and scales the exact search's first pass reads (made at build, not at every
//    open), and the float32 values document by document (the re-score reads a document's values side by side).
// 17: a Japanese reading of two to four kanji standing as a run of their own (東宝、…) is learnt from three letters
//    (Toho), not only from five: an index built before holds fewer learnt readings.
// 18: loanword skeletons read a Katakana ジ before a vowel as d (スタジオメイフラワー ~ Studio Mayflower): an index
//    built before holds the old skeletons of such names.
// 19: name keys read an English "chr"/"chl" as k (Christopher ~ 크리스토퍼) and a w after ng before a vowel as no
//    consonant ("Jung-woo" ~ 정우), and a capitalised stop word before a hyphened given name is a surname ("Kim
//    Ki-duk"): an index built before holds the old keys.
// 20: a Japanese run of three or four kanji is also learnt by its readings as a person's name, given name first or
//    family name first (宮崎駿 ~ Hayao Miyazaki), and more kanji are read (是枝, 細田, 々): an index built before holds
//    fewer learnt readings.
export const indexFormatVersion = 20;

const manifestSchema = z.object({
  formatVersion: z.literal(indexFormatVersion),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  contentHash: z.string(),
  chunkCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  builtAt: z.string(),
  hnsw: z.object({ m: z.number(), efConstruction: z.number() }),
  /** Which dense structure the generation holds: vectors.blocks (exact search) or vectors.hnsw (graph). */
  denseSearch: z.enum(['exact', 'graph']).default('graph'),
  /** Cheap fingerprint of the knowledge files (paths, sizes, times): start-up reuses the index without reading them. */
  sourceFingerprint: z.string().optional(),
  /** Problems found in the knowledge files when the index was built, reported again on a fast start. */
  problems: z.array(z.object({ file: z.string(), field: z.string(), message: z.string() })).default([]),
  /** The hash of the lexicon the stored passages' keys were found with ('none': without one). */
  passageGlossary: z.string(),
});
export type IndexManifest = z.infer<typeof manifestSchema>;

export const chunkerSettings = { chunkSize: 900, chunkOverlap: 150 };

/** The order of `localeCompare` (the default collator), made once instead of per comparison. */
const byId = new Intl.Collator().compare;

/** Hash of everything the index is built from: articles, chunking, glossary. */
export function knowledgeContentHash(articles: Article[], glossary: Glossary | undefined): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ indexFormatVersion, chunkerSettings, glossary: glossary?.hash ?? 'none' }));
  for (const article of [...articles].sort((left, right) => byId(left.id, right.id))) {
    const { file: _file, ...content } = article;
    hash.update(JSON.stringify(content));
  }
  return hash.digest('hex').slice(0, 24);
}

export async function readManifest(folder: string): Promise<IndexManifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The format a generation was written in, when its manifest names one other than this build's (it is rebuilt). */
export async function olderFormat(folder: string): Promise<number | undefined> {
  try {
    const written = (
      JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as { formatVersion?: unknown }
    ).formatVersion;
    return typeof written === 'number' && written !== indexFormatVersion ? written : undefined;
  } catch {
    return undefined;
  }
}

export async function currentGeneration(indexRoot: string): Promise<string | undefined> {
  try {
    const name = (await readFile(path.join(indexRoot, 'CURRENT'), 'utf8')).trim();
    return /^gen-[a-z0-9-]+$/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Removes old generations no live process reads, unfinished builds of dead builders and stray temp files. */
export async function removeStaleGenerations(indexRoot: string, keep: string, logger: Logger): Promise<void> {
  // List first, then read the reader markers: a builder marks its generation before renaming it into place,
  // so any generation in this listing had its marker written before the markers are read (read them first and
  // a generation marked and renamed in between would look unused and be removed under its builder).
  const entries = await readdir(indexRoot);
  const inUse = generationsInUse(indexRoot);
  for (const entry of entries) {
    if (entry === keep || entry === 'CURRENT' || inUse.has(entry)) continue;
    if (!entry.startsWith('gen-') && !entry.startsWith('building-') && !entry.startsWith('CURRENT.')) continue;
    const full = path.join(indexRoot, entry);
    try {
      // Leave very recent build folders alone: another process may be writing them.
      if (entry.startsWith('building-') && Date.now() - (await stat(full)).mtimeMs < 10 * 60_000) continue;
      // A pointer being written by a live process (CURRENT.<pid>.<random>.tmp) is its to finish.
      const writer = /^CURRENT\.(\d+)\./.exec(entry)?.[1];
      if (writer !== undefined && processIsAlive(Number(writer))) continue;
      await rm(full, { recursive: true, force: true });
    } catch (error) {
      logger.warn({ err: error, entry }, 'could not remove an old index generation');
    }
  }
}
