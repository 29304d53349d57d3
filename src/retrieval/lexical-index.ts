/**
 * BM25 over typed-array postings: compact in memory, fast to query, saved to one binary file
 * plus a vocabulary, and opened from it without reading the postings (posting-file.ts).
 */
import type { WeightedTerm } from './lexical-terms.js';
import { arrayPostings, openPostingFile, type PostingSource, type TermPostings } from './posting-file.js';
import { blockMaxSearch, type WindowIndex, windowIndexMinimum, windowShiftFor } from './block-max-bm25.js';
import { bm25B as b, bm25K1 as k1, listFacts, type ScoredTerm, type ScoringView } from './bm25-scoring.js';
import { mapTermLookup, type TermLookup } from './vocabulary-table.js';

export interface LexicalHit {
  document: number;
  score: number;
}

export interface LexicalIndexData {
  /** The terms (a term's id is its position), or their ids as a generation's vocabulary file is looked up in place. */
  vocabulary: string[] | TermLookup;
  /** postingStart[t]..postingStart[t+1]: the range of term t's postings. */
  postingStart: Uint32Array;
  /** The postings, in memory or read from the generation's file when a query needs them. */
  postings: PostingSource;
  documentLengths: Uint32Array;
  /** lexical.bin's bytes, when the arrays above are views into them in its layout (an index just built). */
  bytes?: Buffer | undefined;
}

/** lexical.bin's bytes (uninitialised but for the header) and its arrays as views into them, in the file's order. */
export interface LexicalFileLayout {
  bytes: Buffer;
  postingStart: Uint32Array;
  postingDocuments: Uint32Array;
  documentLengths: Uint32Array;
  postingFrequencies: Uint16Array;
}

/**
 * lexical.bin's layout for `terms` terms, `postings` postings and `documents` documents: a header (three counts), where
 * each term's postings start, the postings' documents, the documents' lengths, then the postings' frequencies.
 */
export function lexicalFileLayout(terms: number, postings: number, documents: number): LexicalFileLayout {
  const words = 3 + terms + 1 + postings + documents;
  // A fresh buffer of its own (not the pool's: its views need 4-byte alignment), every byte written by the caller.
  const bytes = Buffer.allocUnsafeSlow(words * 4 + postings * 2);
  const { buffer, byteOffset } = bytes;
  let offset = byteOffset + 12;
  const take32 = (length: number) => {
    const array = new Uint32Array(buffer, offset, length);
    offset += length * 4;
    return array;
  };
  new Uint32Array(buffer, byteOffset, 3).set([terms + 1, postings, documents]);
  const postingStart = take32(terms + 1);
  const postingDocuments = take32(postings);
  const documentLengths = take32(documents);
  const postingFrequencies = new Uint16Array(buffer, offset, postings);
  return { bytes, postingStart, postingDocuments, documentLengths, postingFrequencies };
}

export class LexicalIndex {
  private readonly termIds: TermLookup;
  private readonly averageLength: number;
  private readonly scores: Float32Array;
  private accumulator: Float64Array | undefined;
  private termFactors: Float32Array | undefined;
  private lengthNorms: Float64Array | undefined;
  /** Per long posting list, its window index (see block-max-bm25.ts), made on the list's first query (listOf). */
  private readonly windowIndexes = new Map<number, WindowIndex>();
  /** Per term, the first queried term with the very same postings (-1: not yet asked), and the lists by checksum. */
  private sameLists: Int32Array | undefined;
  private readonly listsByChecksum = new Map<string, number>();

  constructor(readonly data: LexicalIndexData) {
    this.termIds = Array.isArray(data.vocabulary) ? mapTermLookup(data.vocabulary) : (data.vocabulary as TermLookup);
    let total = 0;
    for (const length of data.documentLengths) total += length;
    this.averageLength = data.documentLengths.length === 0 ? 1 : total / data.documentLengths.length;
    this.scores = new Float32Array(data.documentLengths.length);
  }

  get size(): number {
    return this.data.documentLengths.length;
  }

  /**
   * Top `limit` documents by BM25 for weighted query terms, ties by document number: the same
   * ranking and scores as `searchExhaustive`, without scoring every posting (see block-max-bm25.ts).
   */
  search(query: WeightedTerm[], limit: number): LexicalHit[] {
    if (this.size === 0 || limit <= 0) return [];
    const view = this.scoringView();
    return blockMaxSearch(view, this.queryTerms(query, view), limit);
  }

  /** Scores every posting of every query term (the reference the pruned search must equal). */
  searchExhaustive(query: WeightedTerm[], limit: number): LexicalHit[] {
    const documentCount = this.size;
    if (documentCount === 0) return [];
    const { postingStart, documentLengths } = this.data;
    const scores = this.scores;
    const touched: number[] = [];
    for (const { term, weight } of query) {
      const id = this.termIds.idOf(term);
      if (id === undefined) continue;
      const start = postingStart[id] as number;
      const end = postingStart[id + 1] as number;
      const frequency = end - start;
      const idf = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
      const postings = this.data.postings.read(start, end);
      for (let at = postings.start; at < postings.end; at += 1) {
        const document = postings.documents[at] as number;
        const tf = postings.frequencies[at] as number;
        const norm = tf + k1 * (1 - b + (b * (documentLengths[document] as number)) / this.averageLength);
        if (scores[document] === 0) touched.push(document);
        scores[document] = (scores[document] as number) + weight * idf * ((tf * (k1 + 1)) / norm);
      }
    }
    const hits: LexicalHit[] = touched.map((document) => ({ document, score: scores[document] as number }));
    for (const document of touched) scores[document] = 0;
    hits.sort((left, right) => right.score - left.score || left.document - right.document);
    return hits.slice(0, limit);
  }

  private scoringView(): ScoringView {
    if (this.lengthNorms === undefined) {
      const norms = new Float64Array(this.size);
      for (const [document, length] of this.data.documentLengths.entries())
        norms[document] = k1 * (1 - b + (b * length) / this.averageLength);
      this.lengthNorms = norms;
    }
    return {
      documentLengths: this.data.documentLengths,
      averageLength: this.averageLength,
      lengthNorms: this.lengthNorms,
      accumulator: (this.accumulator ??= new Float64Array(this.size)),
      windowShift: windowShiftFor(this.size),
    };
  }

  /** The query's known terms with their idf and a per-term upper bound of one posting's contribution. */
  private queryTerms(query: WeightedTerm[], view: ScoringView): ScoredTerm[] {
    const documentCount = this.size;
    const terms: ScoredTerm[] = [];
    for (const [position, { term, weight }] of query.entries()) {
      const id = this.termIds.idOf(term);
      if (id === undefined) continue;
      const start = this.data.postingStart[id] as number;
      const end = this.data.postingStart[id + 1] as number;
      const frequency = end - start;
      const idf = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
      const postings = this.data.postings.read(start, end);
      const list = this.listOf(id, postings, view);
      terms.push({
        position,
        weight,
        idf,
        ...postings,
        upperBound: weight * idf * ((this.termFactors as Float32Array)[list] as number),
        windows: frequency < windowIndexMinimum ? undefined : this.windowIndexes.get(list),
        list,
      });
    }
    return terms;
  }

  /**
   * The first term (by first query) whose postings are the very same as this term's — documents and frequencies,
   * compared in full once a checksum matches — or the term itself; kept per term. A list's largest tf·(k1+1)/norm (the
   * BM25 term factor before idf and weight) and a long list's window index are kept with it: the term's first query
   * works out all three in one pass over its postings (listFacts), and an index opens without a pass over them.
   */
  private listOf(id: number, postings: TermPostings, view: ScoringView): number {
    const same = (this.sameLists ??= new Int32Array(this.termIds.size).fill(-1));
    const known = same[id] as number;
    if (known >= 0) return known;
    const { documents, frequencies, start, end } = postings;
    const shift = end - start < windowIndexMinimum ? undefined : view.windowShift;
    const facts = listFacts(documents, frequencies, start, end, view.lengthNorms, shift);
    const key = `${end - start}:${facts.checksum}`;
    const other = this.listsByChecksum.get(key);
    let list = id;
    if (other === undefined) this.listsByChecksum.set(key, id);
    else if (this.samePostings(postings, other)) list = other;
    if (list === id) {
      // Rounded up past float32 so the bound never falls below a real contribution.
      (this.termFactors ??= new Float32Array(this.termIds.size))[id] = facts.largestFactor * (1 + 1e-6);
      if (facts.windows !== undefined) this.windowIndexes.set(id, facts.windows);
    }
    same[id] = list;
    return list;
  }

  private samePostings(postings: TermPostings, id: number): boolean {
    const other = this.data.postings.read(
      this.data.postingStart[id] as number,
      this.data.postingStart[id + 1] as number,
    );
    const count = postings.end - postings.start;
    if (other.end - other.start !== count) return false;
    for (let offset = 0; offset < count; offset += 1) {
      if (postings.documents[postings.start + offset] !== other.documents[other.start + offset]) return false;
      if (postings.frequencies[postings.start + offset] !== other.frequencies[other.start + offset]) return false;
    }
    return true;
  }

  /** Inverse document frequency scaled to 0..1 (1 = a term no passage contains). */
  rarity(term: string): number {
    const documentCount = this.size;
    const maximum = Math.log(1 + (documentCount + 0.5) / 0.5);
    const id = this.termIds.idOf(term);
    if (id === undefined || maximum === 0) return 1;
    const frequency = (this.data.postingStart[id + 1] as number) - (this.data.postingStart[id] as number);
    return Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5)) / maximum;
  }

  /** The largest score a document could get for this query: used to turn BM25 into a 0..1 relevance. */
  maximumScore(query: WeightedTerm[]): number {
    const documentCount = this.size;
    let maximum = 0;
    for (const { term, weight } of query) {
      const id = this.termIds.idOf(term);
      if (id === undefined) continue;
      const frequency = (this.data.postingStart[id + 1] as number) - (this.data.postingStart[id] as number);
      maximum += weight * Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5)) * (k1 + 1);
    }
    return maximum;
  }

  /** The in-memory index as lexical.bin's bytes (see posting-file.ts) and its vocabulary. */
  serialize(): { vocabulary: string[]; binary: Buffer } {
    const { postingStart, documentLengths, vocabulary, bytes } = this.data;
    if (!Array.isArray(vocabulary)) throw new Error('lexical index: an index opened from a generation is not written');
    // Built in the file's layout (LexicalIndexBuilder.finish): the bytes as they are.
    if (bytes !== undefined) return { vocabulary, binary: bytes };
    const postingCount = postingStart[postingStart.length - 1] ?? 0;
    const { documents, frequencies } = this.data.postings.read(0, postingCount);
    const file = lexicalFileLayout(postingStart.length - 1, postingCount, documentLengths.length);
    file.postingStart.set(postingStart);
    file.postingDocuments.set(documents.subarray(0, postingCount));
    file.documentLengths.set(documentLengths);
    file.postingFrequencies.set(frequencies.subarray(0, postingCount));
    return { vocabulary, binary: file.bytes };
  }

  /** An index over lexical.bin's bytes held in memory. */
  static deserialize(vocabulary: string[], binary: Buffer): LexicalIndex {
    // Typed-array views need 4-byte alignment: a file read whole usually is (its own buffer), else it is copied.
    const aligned = binary.byteOffset % 4 === 0;
    const copy = aligned ? binary : new Uint8Array(binary);
    const base = aligned ? binary.byteOffset : 0;
    const header = new Uint32Array(copy.buffer, base, 3);
    const [startLength, postingLength, documentCount] = [header[0] as number, header[1] as number, header[2] as number];
    let offset = base + 12;
    const take32 = (length: number) => {
      const array = new Uint32Array(copy.buffer, offset, length);
      offset += length * 4;
      return array;
    };
    const postingStart = take32(startLength);
    const postingDocuments = take32(postingLength);
    const documentLengths = take32(documentCount);
    const postingFrequencies = new Uint16Array(copy.buffer, offset, postingLength);
    if (vocabulary.length + 1 !== startLength) throw new Error('lexical index: vocabulary and postings do not match');
    const postings = arrayPostings(postingDocuments, postingFrequencies);
    return new LexicalIndex({ vocabulary, postingStart, postings, documentLengths });
  }

  /** An index over a generation's lexical.bin, its postings read as queries need them (see posting-file.ts). */
  static open(vocabulary: string[] | TermLookup, file: string): LexicalIndex {
    const { postingStart, documentLengths, postings } = openPostingFile(file);
    const terms = Array.isArray(vocabulary) ? vocabulary.length : (vocabulary as TermLookup).size;
    if (terms + 1 !== postingStart.length) {
      postings.close();
      throw new Error('lexical index: vocabulary and postings do not match');
    }
    return new LexicalIndex({ vocabulary, postingStart, postings, documentLengths });
  }

  /** Closes the postings file of an opened index. */
  close(): void {
    this.data.postings.close();
  }
}
