/**
 * One batch of a build's chunks, analysed once for every index (chunk-lines.ts, passage-worker.ts): each chunk's line
 * in the chunk store (chunks.jsonl, with the answerer's sentences and keys), its BM25 terms and, with the offline
 * embedder, its vector. The chunk is segmented a sentence at a time (its title, then each sentence): the sentences'
 * words and lexicon concepts make their keys, and joined they are the chunk's words for the embedder and BM25 terms
 * (a concept is not found across a sentence's end or from the title into the text).
 * Nothing here reads import.meta: the worker loads through tsx's require hook from the sources.
 */
import { splitSentences } from '../answer/sentences.js';
import { addTextKeys, type KeySink, type StoredPassage, textKeys } from '../answer/passage-analysis.js';
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

/**
 * What a batch of chunks gives the build, chunk by chunk, in arrays that cross threads without copying or a string
 * per chunk for the main thread to take apart: the lines already UTF-8, the terms as the analysing thread's numbers.
 */
export interface BatchWork {
  /** The chunks' lines of chunks.jsonl, UTF-8, each ending in a line break, one after another. */
  lines: Uint8Array;
  /** Where each chunk's line ends in `lines`. */
  lineEnds: Uint32Array;
  /** The chunks' BM25 terms, chunk after chunk, each as its number in the analysing thread's TermNumbers. */
  terms: Uint32Array;
  /** Where each chunk's terms end in `terms`. */
  termEnds: Uint32Array;
  /** The thread whose numbers `terms` holds, and the terms it numbered first in this batch, in number order. */
  numbering: string;
  newTerms: string[];
  /** The chunks' vectors one after another (the offline embedder's), or undefined: the build embeds the texts. */
  vectors?: Float64Array | undefined;
}

/**
 * One analysing thread's numbers for the terms it has met, in the order it met them (its batches are analysed in
 * chunk order, so the build reads each thread's new terms before the first chunk that uses them).
 */
export interface TermNumbers {
  /** Which thread: the build keeps one translation to the index's term ids per numbering. */
  numbering: string;
  numbers: Map<string, number>;
}

export function createTermNumbers(numbering: string): TermNumbers {
  return { numbering, numbers: new Map() };
}

/** What analysing a build's chunks needs; titles keep each article title's analysis (its passages share it). */
export interface BatchContext {
  glossary: Glossary | undefined;
  aliases: AliasIndex;
  embedder: HashedEmbedder | undefined;
  titles: Map<string, { analysed: AnalysedText; keys: Set<string> }>;
  terms: TermNumbers;
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
  const starts: number[] = [];
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
    starts.push(start);
    const part = analyseText(sentence, glossary);
    parts.push(part);
    analysed.push(part);
    from = start + sentence.length;
    ends.push(from);
  }
  between(text.length);
  return { sentences, analysed, starts, parts, ends };
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

/**
 * A passage's keys as the chunk store holds them (StoredPassage), taken as each sentence's keys are found: each key
 * numbered where first met, each sentence's and then the title's listed once each in the order found — what
 * storePassage makes of the sentences' and the title's key sets, without a set per sentence.
 */
class StoredKeys implements KeySink {
  readonly keys: string[] = [];
  private readonly positions = new Map<string, number>();
  /** Per key (by position), the last list it went into. */
  private readonly lastList: number[] = [];
  private list = 0;
  private current: number[] = [];

  add(key: string): void {
    let position = this.positions.get(key);
    if (position === undefined) {
      position = this.keys.length;
      this.positions.set(key, position);
      this.keys.push(key);
      this.lastList.push(0);
    }
    if (this.lastList[position] === this.list) return;
    this.lastList[position] = this.list;
    this.current.push(position);
  }

  /** The next list (a sentence's, then the title's), filled by the keys added until the next call. */
  next(): number[] {
    this.list += 1;
    this.current = [];
    return this.current;
  }
}

/** A chunk's stored passage: its sentences where they are in its text, with their keys and the title's. */
function storedPassage(
  split: { analysed: AnalysedText[]; starts: number[] },
  titleKeys: ReadonlySet<string>,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
): StoredPassage {
  const stored = new StoredKeys();
  const sentences: [number, number, number[]][] = [];
  for (const [index, part] of split.analysed.entries()) {
    const start = split.starts[index] as number;
    const positions = stored.next();
    addTextKeys(stored, part.text, glossary, aliases, part);
    sentences.push([start, start + part.text.length, positions]);
  }
  const title = stored.next();
  for (const key of titleKeys) stored.add(key);
  return { keys: stored.keys, sentences, title };
}

/** A chunk's line and terms; with an embedder, its vector written into `vectors` at `offset`. */
function analyseChunk(
  chunk: Chunk,
  context: BatchContext,
  vectors: Float64Array | undefined,
  offset: number,
): { line: string; terms: string[] } {
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
  const passage = split && storedPassage(split, title.keys, glossary, aliases);
  const line = JSON.stringify(passage ? { ...chunk, passage } : chunk);
  const terms = lexicalTerms(text, glossary, aliases, whole);
  if (embedder && vectors) embedder.embedInto(text, whole, vectors, offset);
  return { line, terms };
}

/**
 * Lines as UTF-8, each with its line break, written as they come (a line's string is not kept to the batch's end),
 * and where each ends.
 */
class LineBytes {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;
  readonly ends: Uint32Array;
  private count = 0;

  constructor(lines: number) {
    this.ends = new Uint32Array(lines);
  }

  add(line: string): void {
    // A UTF-16 unit is at most three bytes of UTF-8.
    const most = this.length + line.length * 3 + 1;
    if (most > this.bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, most));
      this.bytes.copy(larger, 0, 0, this.length);
      this.bytes = larger;
    }
    this.length += this.bytes.write(line, this.length, 'utf8');
    this.bytes[this.length] = 0x0a;
    this.length += 1;
    this.ends[this.count] = this.length;
    this.count += 1;
  }

  /** The lines' bytes in an array of their own (it crosses threads whole). */
  done(): Uint8Array {
    const lines = new Uint8Array(this.length);
    lines.set(this.bytes.subarray(0, this.length));
    return lines;
  }
}

/** A batch's lines, terms and (with an embedder) vectors. */
export function analyseBatch(chunks: readonly Chunk[], context: BatchContext): BatchWork {
  const lines = new LineBytes(chunks.length);
  const { numbering, numbers } = context.terms;
  const newTerms: string[] = [];
  let terms = new Uint32Array(1_024);
  let termCount = 0;
  const termEnds = new Uint32Array(chunks.length);
  const dimensions = context.embedder?.dimensions ?? 0;
  const vectors = context.embedder ? new Float64Array(chunks.length * dimensions) : undefined;
  for (const [index, chunk] of chunks.entries()) {
    const analysed = analyseChunk(chunk, context, vectors, index * dimensions);
    lines.add(analysed.line);
    if (termCount + analysed.terms.length > terms.length) {
      const larger = new Uint32Array(Math.max(terms.length * 2, termCount + analysed.terms.length));
      larger.set(terms);
      terms = larger;
    }
    for (const term of analysed.terms) {
      let number = numbers.get(term);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(term, number);
        newTerms.push(term);
      }
      terms[termCount] = number;
      termCount += 1;
    }
    termEnds[index] = termCount;
  }
  return {
    lines: lines.done(),
    lineEnds: lines.ends,
    terms: terms.slice(0, termCount),
    termEnds,
    numbering,
    newTerms,
    vectors: vectors && chunks.length > 0 ? vectors : undefined,
  };
}

/** The build's side of a batch's chunk lines, as strings (tests, probes). */
export function batchLines(work: BatchWork): string[] {
  const text = Buffer.from(work.lines.buffer, work.lines.byteOffset, work.lines.byteLength);
  let start = 0;
  return [...work.lineEnds].map((end) => {
    const line = text.toString('utf8', start, end - 1);
    start = end;
    return line;
  });
}

/**
 * A batch's terms as strings, chunk by chunk, read with the terms its thread numbered before (`known`, per numbering,
 * which it extends): what the build's BM25 index reads (tests, probes).
 */
export function batchTerms(work: BatchWork, known: Map<string, string[]>): string[][] {
  const names = known.get(work.numbering) ?? [];
  known.set(work.numbering, names);
  names.push(...work.newTerms);
  let start = 0;
  return [...work.termEnds].map((end) => {
    const terms = [...work.terms.subarray(start, end)].map((number) => names[number] as string);
    start = end;
    return terms;
  });
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

/** Who analyses a batch sent to the worker (its `claim`, shared by both threads): nobody yet, the worker, the build. */
export const batchClaims = { open: 0, worker: 1, build: 2 } as const;

/**
 * What the worker is asked: the names of the articles (learnt-aliases.ts, with a share of their alias pairs), the
 * aliases, then batches of chunks. A batch
 * is the worker's only if it claims it first (Atomics.compareExchange on `claim`): the build's thread may take back
 * one the worker holds and has not started.
 */
export type ToPassageWorker =
  /** `pairsFrom`: the worker also learns the alias pairs of the articles from there on (aliasPairsOf), first. */
  | { type: 'names'; articles: { title: string; text: string }[]; pairsFrom?: number | undefined }
  | { type: 'aliases'; learnt: Omit<LearntAliases, 'names'> }
  | { type: 'batch'; id: number; chunks: Chunk[]; claim: Int32Array };
export type FromPassageWorker =
  | { type: 'ready' }
  | { type: 'names'; names: string[] }
  | { type: 'pairs'; pairs: [string, string][] }
  | ({ type: 'lines'; id: number } & BatchWork)
  | { type: 'failed'; message: string; id?: number | undefined };
