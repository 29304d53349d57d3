/**
 * The statement scorer's first question about a pair: whether the offer certainly meets none of the need, by concepts
 * alone. A need naming specific work (and some concept) is met only through a needed subject that an offered subject
 * or domain answers (`subjectScore` in ./statement-scorer.ts; work handed out meets no such need), so when no concept
 * the offer names answers any subject the need names, the score is nothing. Most pairs a digest asks about are such
 * (different work on the two sides); this reads a byte per offered concept where scoring reads the segments, the
 * delivery and the look-alikes. Kept by reading number: per need reading, whether each concept answers it (what an
 * offer names is its reading's `offered`).
 */
import type { NumberedRelations } from './concept-relations.js';
import type { Reading } from './statement-readings.js';

const unknown = 0;
const answersNone = 1;
const answersOne = 2;

export class UnrelatedScreen {
  /** Per need reading, per concept number: `unknown`, `answersNone` or `answersOne` of its subjects. */
  private readonly answers: (Uint8Array | undefined)[] = [];

  constructor(private readonly relations: NumberedRelations) {}

  /** Whether the offer certainly meets none of the need (false: it may; score it). */
  unrelated(needReading: Reading, offerReading: Reading): boolean {
    return this.unrelatedTo(needReading, offerReading.offered);
  }

  /**
   * Whether no offer naming only these concepts (subjects and domains, as `Reading.offered`) meets the need: of several
   * offers, their concepts together answer the need only when one of theirs does.
   */
  unrelatedTo(needReading: Reading, offered: Int32Array): boolean {
    if (!needReading.screenable) return false;
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

  /** Forgets everything (reading numbers start afresh). */
  clear(): void {
    this.answers.length = 0;
  }

  private answersAny(subjects: Int32Array, concept: number): boolean {
    for (let position = 0; position < subjects.length; position += 1)
      if (this.relations.strength(subjects[position] as number, concept) > 0) return true;
    return false;
  }

  private grow(reading: number, concept: number): Uint8Array {
    const row = this.answers[reading];
    const grown = new Uint8Array(Math.max(concept + 1, this.relations.ids.size, 2 * (row?.length ?? 0), 64));
    if (row !== undefined) grown.set(row);
    this.answers[reading] = grown;
    return grown;
  }
}
