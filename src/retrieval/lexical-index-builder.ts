/**
 * Builds the BM25 index (lexical-index.ts) one document at a time, from its terms or from the numbers an analysing
 * thread gave them (a build's batches, chunk-line.ts).
 */
import { LexicalIndex, lexicalFileLayout } from './lexical-index.js';
import { arrayPostings } from './posting-file.js';

/** A typed array of `length` (or more), holding what the old one held. */
function resized<T extends Uint32Array | Int32Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}

/** A typed array twice as long (at least `length`), holding what the old one held. */
function grown<T extends Uint32Array | Int32Array>(array: T, length: number): T {
  return length <= array.length ? array : resized(array, Math.max(length, array.length * 2));
}

/**
 * Builds the index one document at a time (the terms of a document need not be kept once added). The postings are
 * logged in document order — term, document, count — in typed arrays and sorted by term once at the end: no array per
 * term for the garbage collector to copy and promote while a large build runs. Given how many documents will come
 * (`expectedDocuments`), the log grows to what the documents so far say the rest will need, not by doubling (each
 * doubling copied the log and touched fresh memory: 5 s of a 100k build's main thread under load, --cpu-prof).
 */
export class LexicalIndexBuilder {
  constructor(private readonly expectedDocuments = 0) {}

  private readonly termIds = new Map<string, number>();
  /** Per analysing thread's numbering (TermNumbers, chunk-line.ts): its terms by number, their ids here (-1: none). */
  private readonly numberings = new Map<string, { terms: string[]; ids: Int32Array }>();
  /** Per term: the last document it was added for, and where that document's entry is in the log. */
  private lastDocument = new Int32Array(1_024).fill(-1);
  private lastEntry = new Uint32Array(1_024);
  private logTerms = new Uint32Array(16_384);
  private logDocuments = new Uint32Array(16_384);
  private logCounts = new Uint32Array(16_384);
  private logged = 0;
  private readonly lengths: number[] = [];

  add(terms: readonly string[]): void {
    const document = this.lengths.length;
    this.lengths.push(terms.length);
    for (const term of terms) this.addTerm(this.idOf(term), document);
  }

  /**
   * Documents whose terms an analysing thread numbered (a build's BatchWork, chunk-line.ts), taken in document order:
   * the same index as `add` with the terms themselves, with a string look-up per term a thread met, not per term.
   */
  addNumbered(work: {
    numbering: string;
    newTerms: readonly string[];
    terms: Uint32Array;
    termEnds: Uint32Array;
  }): void {
    let numbering = this.numberings.get(work.numbering);
    if (numbering === undefined) {
      numbering = { terms: [], ids: new Int32Array(1_024).fill(-1) };
      this.numberings.set(work.numbering, numbering);
    }
    for (const term of work.newTerms) numbering.terms.push(term);
    if (numbering.terms.length > numbering.ids.length) {
      const before = numbering.ids.length;
      numbering.ids = grown(numbering.ids, numbering.terms.length);
      numbering.ids.fill(-1, before);
    }
    const { terms, ids } = numbering;
    let start = 0;
    for (const end of work.termEnds) {
      const document = this.lengths.length;
      this.lengths.push(end - start);
      for (let at = start; at < end; at += 1) {
        const number = work.terms[at] as number;
        let id = ids[number] as number;
        if (id < 0) {
          id = this.idOf(terms[number] as string);
          ids[number] = id;
        }
        this.addTerm(id, document);
      }
      start = end;
    }
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.termIds.size;
    this.termIds.set(term, id);
    if (id >= this.lastDocument.length) {
      const before = this.lastDocument.length;
      this.lastDocument = grown(this.lastDocument, id + 1);
      this.lastDocument.fill(-1, before);
      this.lastEntry = grown(this.lastEntry, id + 1);
    }
    return id;
  }

  private addTerm(id: number, document: number): void {
    if (this.lastDocument[id] === document) {
      const entry = this.lastEntry[id] as number;
      this.logCounts[entry] = (this.logCounts[entry] as number) + 1;
      return;
    }
    const entry = this.logged;
    if (entry >= this.logTerms.length) {
      const foreseen = this.foreseenEntries(entry, document);
      const length = foreseen > entry ? Math.max(foreseen, Math.ceil(entry * 1.25)) : entry * 2;
      this.logTerms = resized(this.logTerms, length);
      this.logDocuments = resized(this.logDocuments, length);
      this.logCounts = resized(this.logCounts, length);
    }
    this.logTerms[entry] = id;
    this.logDocuments[entry] = document;
    this.logCounts[entry] = 1;
    this.logged = entry + 1;
    this.lastDocument[id] = document;
    this.lastEntry[id] = entry;
  }

  /**
   * The log's length the expected documents will need, foreseen from the `entries` of the documents before `document`
   * (with a twentieth to spare); 0 when nothing foretells it (the log then doubles).
   */
  private foreseenEntries(entries: number, document: number): number {
    const expected = this.expectedDocuments;
    // Too few documents to go by, or more than expected came: no foresight.
    if (document < 64 || document >= expected) return 0;
    return Math.ceil((entries / document) * expected * 1.05);
  }

  /** The index, its arrays laid out as lexical.bin holds them (serialize hands the bytes over without a copy). */
  finish(): LexicalIndex {
    const termCount = this.termIds.size;
    const total = this.logged;
    const file = lexicalFileLayout(termCount, total, this.lengths.length);
    const { postingStart, postingDocuments, postingFrequencies, documentLengths } = file;
    postingStart.fill(0);
    // Postings per term, then where each term's postings start; the log is in document order, so each term's
    // postings come out by document.
    for (let entry = 0; entry < total; entry += 1) {
      const id = this.logTerms[entry] as number;
      postingStart[id + 1] = (postingStart[id + 1] as number) + 1;
    }
    for (let id = 0; id < termCount; id += 1)
      postingStart[id + 1] = (postingStart[id + 1] as number) + (postingStart[id] as number);
    const next = postingStart.slice(0, termCount);
    for (let entry = 0; entry < total; entry += 1) {
      const id = this.logTerms[entry] as number;
      const at = next[id] as number;
      next[id] = at + 1;
      postingDocuments[at] = this.logDocuments[entry] as number;
      postingFrequencies[at] = Math.min(65_535, this.logCounts[entry] as number);
    }
    documentLengths.set(this.lengths);
    return new LexicalIndex({
      vocabulary: [...this.termIds.keys()],
      postingStart,
      postings: arrayPostings(postingDocuments, postingFrequencies),
      documentLengths,
      bytes: file.bytes,
    });
  }
}

/** The index of documents given by their terms. */
export function buildLexicalIndex(documents: readonly (readonly string[])[]): LexicalIndex {
  const builder = new LexicalIndexBuilder();
  for (const terms of documents) builder.add(terms);
  return builder.finish();
}
