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

/** fnv1a(`g3:${trigram}`) of a trigram number. */
function trigramHash(trigram: number): number {
  let hash = trigramHashStart;
  hash = Math.imul(hash ^ Math.floor(trigram / 4_294_967_296), 0x01000193);
  hash = Math.imul(hash ^ (Math.floor(trigram / 65_536) % 65_536), 0x01000193);
  hash = Math.imul(hash ^ (trigram % 65_536), 0x01000193);
  return hash >>> 0;
}

type AddFeature = (feature: string | number, weight: number) => void;

/** `<` and `>` around a key: its trigrams run from the word's start to its end. */
const [openMark, closeMark] = [0x3c, 0x3e];

function addCharacterGrams(token: WordToken, key: string, add: AddFeature, numericTrigrams: boolean): void {
  if (token.script === 'hangul' || token.script === 'kana' || token.script === 'han') {
    const characters = [...token.word];
    if (characters.length === 1) return;
    for (let index = 0; index + 1 < characters.length; index += 1) {
      add(`g2:${characters[index]}${characters[index + 1]}`, featureWeights.characterGram);
    }
    return;
  }
  if (token.script !== 'latin' && token.script !== 'cyrillic') return;
  // The trigrams of `<key>` (at least five units long).
  if (key.length < 3) return;
  if (!numericTrigrams) {
    const padded = `<${key}>`;
    for (let index = 0; index + 3 <= padded.length; index += 1)
      add(`g3:${padded.slice(index, index + 3)}`, featureWeights.characterGram);
    return;
  }
  // No closure here: under tsx each one made costs a __name call, per word.
  let first = openMark;
  let second = key.charCodeAt(0);
  for (let index = 1; index <= key.length; index += 1) {
    const third = index < key.length ? key.charCodeAt(index) : closeMark;
    add(trigramNumber(first, second, third), featureWeights.characterGram);
    first = second;
    second = third;
  }
}

export class HashedEmbedder extends Embeddings {
  readonly dimensions: number;
  readonly id: string;
  private readonly glossary: Glossary | undefined;

  constructor(options: HashedEmbedderOptions = {}) {
    super({});
    this.dimensions = options.dimensions ?? 384;
    this.glossary = options.glossary;
    this.id = `matchcut-hashed-v2/d${this.dimensions}/glossary-${options.glossary?.hash ?? 'none'}`;
  }

  /** Weighted features before hashing (exposed for tests and explanations); `analysed`: the text's words, if known. */
  features(text: string, analysed?: AnalysedText): Map<string, number> {
    return this.collect(text, analysed, false) as Map<string, number>;
  }

  /**
   * The weighted features in the order they first occur (the order the vector sums them in); with `numericTrigrams`,
   * each trigram as its number (see trigramNumber), else every feature as its string.
   */
  private collect(text: string, analysed: AnalysedText | undefined, numericTrigrams: boolean) {
    const counts = new Map<string | number, number>();
    const add: AddFeature = (feature, weight) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
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
      add(`w:${key}`, featureWeights.word);
      if (marked) add(`w:${vietnameseKey(token.word)}`, featureWeights.word);
      addCharacterGrams(token, key, add, numericTrigrams);
      if (previous !== undefined) add(`b:${previous} ${key}`, featureWeights.wordBigram);
      previous = key;
    }
    if (this.glossary) {
      for (const hit of analysed ? conceptsWith(this.glossary, analysed) : this.glossary.findConcepts(text)) {
        for (const conceptId of this.glossary.withAncestors(hit.conceptId)) {
          add(`c:${conceptId}`, conceptId === hit.conceptId ? featureWeights.concept : featureWeights.broaderConcept);
        }
      }
    }
    return counts;
  }

  /** The vector of a text; `analysed`: its words and concepts when the caller has them (see text-analysis.ts). */
  embedText(text: string, analysed?: AnalysedText): number[] {
    const vector = new Float64Array(this.dimensions);
    for (const [feature, count] of this.collect(text, analysed, true)) {
      const hash = typeof feature === 'number' ? trigramHash(feature) : fnv1a(feature);
      const index = hash % this.dimensions;
      const sign = (hash & 0x80000000) === 0 ? 1 : -1;
      // Sub-linear: repeated features count less than proportionally.
      vector[index] = (vector[index] ?? 0) + sign * Math.sqrt(count);
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm);
    const result = new Array<number>(this.dimensions);
    for (let index = 0; index < this.dimensions; index += 1) {
      result[index] = norm === 0 ? 0 : (vector[index] as number) / norm;
    }
    return result;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }
}
