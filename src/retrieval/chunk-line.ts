/**
 * One batch of a build's chunks, analysed once for every index (chunk-lines.ts, passage-worker.ts): each chunk's line
 * in the chunk store (chunks.jsonl, with the answerer's sentences and keys), its BM25 terms and, with the offline
 * embedder, its vector. The chunk is segmented a sentence at a time (its title, then each sentence): the sentences'
 * words and lexicon concepts make their keys, and joined they are the chunk's words for the embedder and BM25 terms
 * (a concept is not found across a sentence's end or from the title into the text).
 * Nothing here reads import.meta: the worker loads through tsx's require hook from the sources.
 */
import { splitSentences } from '../answer/sentences.js';
import { storePassage, textKeys } from '../answer/passage-analysis.js';
import type { AliasIndex, LearntAliases } from '../knowledge/article-aliases.js';
import type { Chunk } from '../knowledge/chunk-articles.js';
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import type { HashedEmbedder } from './hashed-embedder.js';
import { lexicalTerms } from './lexical-terms.js';
import { nameKeysOfParts } from './name-keys.js';
import { type AnalysedText, analyseText } from './text-analysis.js';
import type { WordToken } from './text-normalize.js';

/** Text the chunk is indexed under: its title gives every chunk the article's subject. */
export function indexedText(chunk: Chunk): string {
  return `${chunk.title}\n${chunk.text}`;
}

/** What a batch of chunks gives the build, chunk by chunk. */
export interface BatchWork {
  lines: string[];
  /** Each chunk's BM25 terms, joined by termSeparator (one string per chunk crosses threads faster than a list). */
  terms: string[];
  /** The chunks' vectors one after another (the offline embedder's), or undefined: the build embeds the texts. */
  vectors?: Float64Array | undefined;
}

/** Between a chunk's terms in BatchWork.terms (no term holds a control character). */
export const termSeparator = '\u0000';

export function splitTerms(joined: string): string[] {
  return joined === '' ? [] : joined.split(termSeparator);
}

/** What analysing a build's chunks needs; titles keep each article title's analysis (its passages share it). */
export interface BatchContext {
  glossary: Glossary | undefined;
  aliases: AliasIndex;
  embedder: HashedEmbedder | undefined;
  titles: Map<string, { analysed: AnalysedText; keys: Set<string> }>;
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Analysed texts as one (`text`: the parts joined by line breaks or spaces), their words and concepts in order. */
function joined(text: string, parts: readonly AnalysedText[], glossary: Glossary | undefined): AnalysedText {
  const tokens: WordToken[] = [];
  const keys: string[] = [];
  const concepts: ConceptHit[] = [];
  for (const part of parts) {
    const offset = tokens.length;
    for (const hit of part.concepts) concepts.push({ ...hit, start: hit.start + offset, end: hit.end + offset });
    for (const token of part.tokens) tokens.push(token);
    for (const key of part.keys) keys.push(key);
  }
  return { text, tokens, keys, glossary, concepts };
}

/**
 * One chunk: its sentences (and any words between them, which no sentence holds) analysed once each, with where each
 * part ends in the text. Undefined when a sentence is not found in the text as it stands (then the chunk is analysed
 * as a whole).
 */
function sentenceParts(text: string, glossary: Glossary | undefined) {
  const sentences = splitSentences(text);
  const parts: AnalysedText[] = [];
  const ends: number[] = [];
  const analysed: AnalysedText[] = [];
  let from = 0;
  const between = (end: number) => {
    const gap = text.slice(from, end);
    if (!wordCharacter.test(gap)) return;
    parts.push(analyseText(gap, glossary));
    ends.push(end);
  };
  for (const sentence of sentences) {
    const start = text.indexOf(sentence, from);
    if (start < 0) return undefined;
    between(start);
    const part = analyseText(sentence, glossary);
    parts.push(part);
    analysed.push(part);
    from = start + sentence.length;
    ends.push(from);
  }
  between(text.length);
  return { sentences, analysed, parts, ends };
}

/**
 * The name keys of the title and the chunk's parts, read once for both (name-keys.ts): each part's and the whole
 * text's are kept with its analysis (`whole` gets its own), so the sentence keys and the BM25 terms take them.
 */
function withNames(
  text: string,
  title: AnalysedText,
  split: { parts: AnalysedText[]; ends: number[] },
  whole: AnalysedText,
): void {
  const offset = title.text.length + 1;
  const names = nameKeysOfParts(
    text,
    [title.text, ...split.parts.map((part) => part.text)],
    [title.text.length, ...split.ends.map((end) => end + offset)],
  );
  if (names === undefined) return;
  whole.names = names.whole;
  for (const [index, part] of split.parts.entries()) part.names = names.parts[index + 1];
}

function analyseChunk(chunk: Chunk, context: BatchContext): { line: string; terms: string[]; vector?: number[] } {
  const { glossary, aliases, embedder, titles } = context;
  let title = titles.get(chunk.title);
  if (title === undefined) {
    const analysed = analyseText(chunk.title, glossary);
    title = { analysed, keys: textKeys(chunk.title, glossary, aliases, analysed) };
    titles.set(chunk.title, title);
  }
  const text = indexedText(chunk);
  const split = sentenceParts(chunk.text, glossary);
  const whole = split ? joined(text, [title.analysed, ...split.parts], glossary) : analyseText(text, glossary);
  if (split) withNames(text, title.analysed, split, whole);
  const passage =
    split &&
    storePassage(chunk.text, {
      sentences: split.sentences,
      sentenceKeys: split.analysed.map((part) => textKeys(part.text, glossary, aliases, part)),
      titleKeys: title.keys,
    });
  return {
    line: JSON.stringify(passage ? { ...chunk, passage } : chunk),
    terms: lexicalTerms(text, glossary, aliases, whole),
    ...(embedder ? { vector: embedder.embedText(text, whole) } : {}),
  };
}

/** A batch's lines, terms and (with an embedder) vectors. */
export function analyseBatch(chunks: readonly Chunk[], context: BatchContext): BatchWork {
  const lines: string[] = [];
  const terms: string[] = [];
  let vectors: Float64Array | undefined;
  for (const [index, chunk] of chunks.entries()) {
    const analysed = analyseChunk(chunk, context);
    lines.push(analysed.line);
    terms.push(analysed.terms.join(termSeparator));
    if (analysed.vector === undefined) continue;
    vectors ??= new Float64Array(chunks.length * analysed.vector.length);
    vectors.set(analysed.vector, index * analysed.vector.length);
  }
  return { lines, terms, vectors };
}

/** Where a worker loads the same lexicon the build has (the file and the compiled-lexicon cache). */
export interface GlossarySource {
  file: string;
  cacheDir?: string | undefined;
}

export interface PassageWorkerData {
  glossary: GlossarySource;
  glossaryHash: string;
  /** The build's offline embedder (its id must come out the same in the worker), if it has one. */
  embedder?: { id: string; dimensions: number } | undefined;
}

/** What the worker is asked: the names of the articles (learnt-aliases.ts), the aliases, then batches of chunks. */
export type ToPassageWorker =
  | { type: 'names'; articles: { title: string; text: string }[] }
  | { type: 'aliases'; learnt: Omit<LearntAliases, 'names'> }
  | { type: 'batch'; id: number; chunks: Chunk[] };
export type FromPassageWorker =
  | { type: 'ready' }
  | { type: 'names'; names: string[] }
  | ({ type: 'lines'; id: number } & BatchWork)
  | { type: 'failed'; message: string; id?: number | undefined };
