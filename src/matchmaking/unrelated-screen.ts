/**
 * The statement scorer's first question about a pair: whether the offer certainly meets none of the need, by concepts
 * alone. A need naming specific work (and some concept) is met only through a needed subject that an offered subject
 * or domain answers (`subjectScore` in ./statement-scorer.ts; work handed out meets no such need), so when no concept
 * the offer names answers any subject the need names, the score is nothing. Most pairs a digest asks about are such
 * (different work on the two sides); this reads a byte per offered concept where scoring reads the segments, the
 * delivery and the look-alikes, and it asks before the offer's reading is made: an offer only ever screened out is
 * never read. Kept per need reading (by number), whether each concept answers it; per offer (by serial), every subject
 * and domain its segments name.
 */
import type { NumberedRelations } from './concept-relations.js';
import type { NormalizedStatement } from './normalize-statement.js';
import type { Reading } from './statement-readings.js';
import { SerialNumbers } from './statement-score-cache.js';

const unknown = 0;
const answersNone = 1;
const answersOne = 2;

/** Offers whose concepts are kept at most; then they start afresh. */
const offeredLimit = 200_000;

export class UnrelatedScreen {
  /** Per need reading, per concept number: `unknown`, `answersNone` or `answersOne` of its subjects. */
  private readonly answers: (Uint8Array | undefined)[] = [];
  /** Per offer, the subjects and domains of all its segments (numbered); the place of an offer's by its serial. */
  private readonly offered: Int32Array[] = [];
  private readonly places = new SerialNumbers();

  constructor(private readonly relations: NumberedRelations) {}

  /** Whether the offer certainly meets none of the need (false: it may; score it). */
  unrelated(needReading: Reading, offer: NormalizedStatement): boolean {
    if (!needReading.specific || needReading.statement.concepts.length === 0) return false;
    const place = this.places.get(offer.serial);
    const offered = place === undefined ? this.offeredBy(offer) : (this.offered[place] as Int32Array);
    let row = this.answers[needReading.number];
    for (let position = 0; position < offered.length; position += 1) {
      const concept = offered[position] as number;
      if (row === undefined || concept >= row.length) row = this.grow(needReading.number, concept);
      let answer = row[concept] as number;
      if (answer === unknown) {
        answer = this.answersAny(needReading.subjects, concept) ? answersOne : answersNone;
        row[concept] = answer;
      }
      if (answer === answersOne) return false;
    }
    return true;
  }

  /** Forgets what was kept by reading number (reading numbers start afresh); concept numbers stay. */
  clear(): void {
    this.answers.length = 0;
  }

  private answersAny(subjects: Int32Array, concept: number): boolean {
    for (let position = 0; position < subjects.length; position += 1)
      if (this.relations.strength(subjects[position] as number, concept) > 0) return true;
    return false;
  }

  /** The subjects and domains of every segment of an offer, as its reading numbers them (`subjectsAndDomains`). */
  private offeredBy(offer: NormalizedStatement): Int32Array {
    if (this.offered.length >= offeredLimit) {
      this.offered.length = 0;
      this.places.clear();
    }
    const { ids } = this.relations;
    const concepts: number[] = [];
    for (const segment of offer.segments) {
      for (const concept of segment.subjects) concepts.push(ids.of(concept));
      for (const concept of segment.domains) concepts.push(ids.of(concept));
    }
    const offered = Int32Array.from(concepts);
    this.places.set(offer.serial, this.offered.length);
    this.offered.push(offered);
    return offered;
  }

  private grow(reading: number, concept: number): Uint8Array {
    const row = this.answers[reading];
    const grown = new Uint8Array(Math.max(concept + 1, this.relations.ids.size, 2 * (row?.length ?? 0), 64));
    if (row !== undefined) grown.set(row);
    this.answers[reading] = grown;
    return grown;
  }
}
