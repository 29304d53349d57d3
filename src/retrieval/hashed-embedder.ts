/**
 * The offline embedder: deterministic, no download. Features are Unicode-aware words,
 * character n-grams (Latin/Cyrillic trigrams inside word boundaries, Hangul and Japanese
 * bigrams), word bigrams and glossary concepts (so "후반 작업", "hậu kỳ" and
 * "post-production" share a feature). Each feature is hashed (signed) into a fixed
 * dimension with sub-linear weights and the vector is L2-normalised.
 * It implements LangChain's `Embeddings`, so any LangChain vector store can use it.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Glossary } from '../knowledge/glossary.js';
import { type AnalysedText, conceptsWith } from './text-analysis.js';
import { isStopWord, matchKey, vietnameseKey, vietnameseMarked, type WordToken, wordTokens } from './text-normalize.js';

export interface HashedEmbedderOptions {
  dimensions?: number;
  glossary?: Glossary;
}

const featureWeights = {
  word: 1,
  wordBigram: 0.6,
  characterGram: 0.25,
  concept: 6,
  broaderConcept: 1.5,
} as const;

/** 32-bit FNV-1a; deterministic across runs and machines. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The FNV-1a state after `g3:`: a trigram's hash goes on from it over its three UTF-16 units. */
const trigramHashStart = (() => {
  let hash = 0x811c9dc5;
  for (const unit of [0x67, 0x33, 0x3a]) hash = Math.imul(hash ^ unit, 0x01000193);
  return hash;
})();

/**
 * A trigram feature (`g3:` and three UTF-16 units) as one number, units × 2^32, 2^16, 1: exact below 2^53, so one
 * number per trigram string and back. The embedder counts trigrams under it and builds no string for them.
 */
const trigramNumber = (first: number, second: number, third: number) => first * 4_294_967_296 + second * 65_536 + third;

/** fnv1a(`g3:` and the three units). */
function trigramUnitsHash(first: number, second: number, third: number): number {
  let hash = trigramHashStart;
  hash = Math.imul(hash ^ first, 0x01000193);
  hash = Math.imul(hash ^ second, 0x01000193);
  hash = Math.imul(hash ^ third, 0x01000193);
  return hash >>> 0;
}

/** fnv1a(`g3:${trigram}`) of a trigram number. */
function trigramHash(trigram: number): number {
  return trigramUnitsHash(Math.floor(trigram / 4_294_967_296), Math.floor(trigram / 65_536) % 65_536, trigram % 65_536);
}

/** FNV-1a's state `hash` carried on over `text` (not yet made unsigned). */
function fnvOn(hash: number, text: string): number {
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/** The FNV-1a states after `w:` and after `b:`: a word's and a word pair's features hashed on from them. */
const wordHashStart = fnvOn(0x811c9dc5, 'w:');
const pairHashStart = fnvOn(0x811c9dc5, 'b:');

/**
 * Where the features of a text go: a word's (`w:` + its key) and a pair's (`b:` + the two keys and a space) as their
 * keys, any other as its string or (a trigram) its number, with its hash when the caller has it (fnv1a or
 * trigramHash). The counting table takes a word's and a pair's keys and hashes them on from `w:` and `b:`, where a
 * string was made and hashed per occurrence.
 */
interface FeatureSink {
  word(key: string, weight: number): void;
  pair(left: string, right: string, weight: number): void;
  add(feature: string | number, weight: number, hash?: number): void;
}

/** What FeatureCounts holds per entry: a feature's string, a trigram's number, a word's key, a pair's keys. */
const entryKinds = { string: 0, trigram: 1, word: 2, pair: 3 } as const;

/**
 * A text's weighted features counted under the hash that places each in the vector (fnv1a of its string, or of a
 * trigram's number), in the order they first occur: an open-addressing table reused text after text, where a Map
 * per text grew and rehashed as it filled and hashed every occurrence again. Features whose hashes are equal are told
 * apart by their keys, so the counts are those of a Map of the features themselves.
 */
class FeatureCounts implements FeatureSink {
  /** Per slot, 1 + the entry it holds (0: free); the slots are a power of two, at most half full. */
  private slots = new Int32Array(2_048);
  hashes = new Uint32Array(1_024);
  counts = new Float64Array(1_024);
  private numbers = new Float64Array(1_024);
  /** Per entry, its kind (entryKinds) and what tells it apart: its string or word's key (`firsts`), a pair's keys. */
  private kinds = new Uint8Array(1_024);
  private firsts: (string | undefined)[] = [];
  private seconds: (string | undefined)[] = [];
  size = 0;

  clear(): void {
    if (this.size > 0) this.slots.fill(0);
    this.size = 0;
  }

  /**
   * `w:` + key, counted as that string would be: no other entry's kind has a string that starts with `w:` (the
   * strings added are the bigrams of other scripts, `g2:`, and the concepts', `c:`).
   */
  word(key: string, weight: number): void {
    this.count(entryKinds.word, key, undefined, 0, fnvOn(wordHashStart, key) >>> 0, weight);
  }

  /**
   * `b:` + left + space + right, counted as that string would be: a pair whose keys hold no space is its keys (two
   * such pairs have equal strings only if their keys are equal), any other its string, which has two spaces or more.
   */
  pair(left: string, right: string, weight: number): void {
    if (left.includes(' ') || right.includes(' ')) {
      this.add(`b:${left} ${right}`, weight);
      return;
    }
    const hash = fnvOn(Math.imul(fnvOn(pairHashStart, left) ^ 0x20, 0x01000193), right) >>> 0;
    this.count(entryKinds.pair, left, right, 0, hash, weight);
  }

  add(feature: string | number, weight: number, known?: number): void {
    if (typeof feature === 'number')
      this.count(entryKinds.trigram, undefined, undefined, feature, known ?? trigramHash(feature), weight);
    else this.count(entryKinds.string, feature, undefined, 0, known ?? fnv1a(feature), weight);
  }

  private count(
    kind: number,
    first: string | undefined,
    second: string | undefined,
    number: number,
    hash: number,
    weight: number,
  ): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) break;
      const entry = held - 1;
      if (
        this.hashes[entry] === hash &&
        this.kinds[entry] === kind &&
        this.firsts[entry] === first &&
        this.seconds[entry] === second &&
        this.numbers[entry] === number
      ) {
        this.counts[entry] = (this.counts[entry] as number) + weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.size;
    if (entry >= this.hashes.length) this.grow();
    this.hashes[entry] = hash;
    this.counts[entry] = weight;
    this.numbers[entry] = number;
    this.kinds[entry] = kind;
    this.firsts[entry] = first;
    this.seconds[entry] = second;
    this.size = entry + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.slots[slot] = entry + 1;
  }

  private grow(): void {
    const length = this.hashes.length * 2;
    const hashes = new Uint32Array(length);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const counts = new Float64Array(length);
    counts.set(this.counts);
    this.counts = counts;
    const numbers = new Float64Array(length);
    numbers.set(this.numbers);
    this.numbers = numbers;
    const kinds = new Uint8Array(length);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }

  /** Twice the slots, every entry placed again (the one just added too). */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.size; entry += 1) {
      let slot = (this.hashes[entry] as number) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** `<` and `>` around a key: its trigrams run from the word's start to its end. */
const [openMark, closeMark] = [0x3c, 0x3e];

function addCharacterGrams(token: WordToken, key: string, sink: FeatureSink, numericTrigrams: boolean): void {
  if (token.script === 'hangul' || token.script === 'kana' || token.script === 'han') {
    const characters = [...token.word];
    if (characters.length === 1) return;
    for (let index = 0; index + 1 < characters.length; index += 1) {
      sink.add(`g2:${characters[index]}${characters[index + 1]}`, featureWeights.characterGram);
    }
    return;
  }
  if (token.script !== 'latin' && token.script !== 'cyrillic') return;
  // The trigrams of `<key>` (at least five units long).
  if (key.length < 3) return;
  if (!numericTrigrams) {
    const padded = `<${key}>`;
    for (let index = 0; index + 3 <= padded.length; index += 1)
      sink.add(`g3:${padded.slice(index, index + 3)}`, featureWeights.characterGram);
    return;
  }
  // No closure here: under tsx each one made costs a __name call, per word.
  let first = openMark;
  let second = key.charCodeAt(0);
  for (let index = 1; index <= key.length; index += 1) {
    const third = index < key.length ? key.charCodeAt(index) : closeMark;
    sink.add(trigramNumber(first, second, third), featureWeights.characterGram, trigramUnitsHash(first, second, third));
    first = second;
    second = third;
  }
}

/** The features as strings, to a callback (HashedEmbedder.features). */
class StringFeatures implements FeatureSink {
  constructor(private readonly each: (feature: string, weight: number) => void) {}

  word(key: string, weight: number): void {
    this.each(`w:${key}`, weight);
  }

  pair(left: string, right: string, weight: number): void {
    this.each(`b:${left} ${right}`, weight);
  }

  add(feature: string | number, weight: number): void {
    this.each(String(feature), weight);
  }
}

/** A feature's string and hash. */
interface HashedFeature {
  feature: string;
  hash: number;
}

const hashed = (feature: string): HashedFeature => ({ feature, hash: fnv1a(feature) });

/** Concepts' features (`c:` + the id), kept by id: the lexicon's concepts, a bounded set. */
const conceptsKept = new Map<string, HashedFeature>();

function conceptFeature(conceptId: string): HashedFeature {
  let concept = conceptsKept.get(conceptId);
  if (concept === undefined) {
    concept = hashed(`c:${conceptId}`);
    conceptsKept.set(conceptId, concept);
  }
  return concept;
}

export class HashedEmbedder extends Embeddings {
  readonly dimensions: number;
  readonly id: string;
  private readonly glossary: Glossary | undefined;
  private readonly counted = new FeatureCounts();

  constructor(options: HashedEmbedderOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 384;
    this.glossary = options.glossary;
    this.id = `matchcut-hashed-v2/d${this.dimensions}/glossary-${options.glossary?.hash ?? 'none'}`;
  }

  /** Weighted features before hashing (exposed for tests and explanations); `analysed`: the text's words, if known. */
  features(text: string, analysed?: AnalysedText): Map<string, number> {
    const counts = new Map<string, number>();
    this.collect(
      text,
      analysed,
      false,
      new StringFeatures((feature, weight) => counts.set(feature, (counts.get(feature) ?? 0) + weight)),
    );
    return counts;
  }

  /**
   * The weighted features, each given to `sink` as it occurs (their first occurrences are the order the vector sums
   * them in); with `numericTrigrams`, each trigram as its number (see trigramNumber), else as its string.
   */
  private collect(text: string, analysed: AnalysedText | undefined, numericTrigrams: boolean, sink: FeatureSink): void {
    const tokens = analysed?.tokens ?? wordTokens(text);
    let previous: string | undefined;
    for (let position = 0; position < tokens.length; position += 1) {
      const token = tokens[position] as WordToken;
      const key = analysed?.keys[position] ?? matchKey(token);
      // A Vietnamese word with its marks is never dropped for its plain letters ("đà" is not the Uzbek stop word "da")
      // and also has its spelling as a feature, so "đà" and "đa" differ; its folded features stay, so a text typed
      // without marks still comes near.
      const marked = vietnameseMarked(token);
      if (isStopWord(token.word) || (!marked && isStopWord(key))) {
        previous = undefined;
        continue;
      }
      sink.word(key, featureWeights.word);
      if (marked) sink.word(vietnameseKey(token.word), featureWeights.word);
      addCharacterGrams(token, key, sink, numericTrigrams);
      if (previous !== undefined) sink.pair(previous, key, featureWeights.wordBigram);
      previous = key;
    }
    if (this.glossary) {
      for (const hit of analysed ? conceptsWith(this.glossary, analysed) : this.glossary.findConcepts(text)) {
        for (const conceptId of this.glossary.withAncestors(hit.conceptId)) {
          const concept = conceptFeature(conceptId);
          const weight = conceptId === hit.conceptId ? featureWeights.concept : featureWeights.broaderConcept;
          sink.add(concept.feature, weight, concept.hash);
        }
      }
    }
  }

  /** The vector of a text; `analysed`: its words and concepts when the caller has them (see text-analysis.ts). */
  embedText(text: string, analysed?: AnalysedText): number[] {
    const vector = new Float64Array(this.dimensions);
    this.embedInto(text, analysed, vector, 0);
    const result = new Array<number>(this.dimensions);
    for (let index = 0; index < this.dimensions; index += 1) result[index] = vector[index] as number;
    return result;
  }

  /**
   * embedText's vector written into `target` from `offset` (an index build's batch of vectors: no array per text).
   * The `dimensions` values from `offset` must be zero.
   */
  embedInto(text: string, analysed: AnalysedText | undefined, target: Float64Array, offset: number): void {
    const counted = this.counted;
    counted.clear();
    this.collect(text, analysed, true, counted);
    for (let entry = 0; entry < counted.size; entry += 1) {
      const hash = counted.hashes[entry] as number;
      const count = counted.counts[entry] as number;
      const index = offset + (hash % this.dimensions);
      const sign = (hash & 0x80000000) === 0 ? 1 : -1;
      // Sub-linear: repeated features count less than proportionally.
      target[index] = (target[index] as number) + sign * Math.sqrt(count);
    }
    const end = offset + this.dimensions;
    let norm = 0;
    for (let index = offset; index < end; index += 1) {
      const value = target[index] as number;
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    for (let index = offset; index < end; index += 1) target[index] = norm === 0 ? 0 : (target[index] as number) / norm;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }
}
