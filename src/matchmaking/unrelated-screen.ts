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
import type { NormalizedStatement } from './normalize-statement.js';
import type { Reading, StatementReadings } from './statement-readings.js';

const unknown = 0;
const answersNone = 1;
const answersOne = 2;

export class UnrelatedScreen {
  /** Per need reading, per concept number: `unknown`, `answersNone` or `answersOne` of its subjects. */
  private readonly answers: (Uint8Array | undefined)[] = [];

  /**
   * Per list of offers (a profile's), the concepts they name together (their readings' `offered`): concept numbers and
   * a statement's segments never change, so these hold whatever readings start afresh.
   */
  private readonly offeredByList = new WeakMap<readonly NormalizedStatement[], Int32Array>();

  constructor(private readonly relations: NumberedRelations) {}

  /**
   * Whether every need certainly meets none of the offers: the concepts they name together answer none of them. Each
   * need's reading is asked for just before it is read (asking may start the readings afresh and clear this screen).
   */
  meetsNone(
    needs: readonly NormalizedStatement[],
    offers: readonly NormalizedStatement[],
    readings: StatementReadings,
  ): boolean {
    if (needs.length === 0 || offers.length === 0) return false;
    let offered = this.offeredByList.get(offers);
    if (offered === undefined) {
      const concepts = new Set<number>();
      for (const offer of offers) for (const concept of readings.of(offer, false).offered) concepts.add(concept);
      offered = Int32Array.from(concepts);
      this.offeredByList.set(offers, offered);
    }
    // As the scorer reads a need: its words only when the lexicon found nothing in it.
    for (const need of needs)
      if (!this.unrelatedTo(readings.of(need, need.concepts.length === 0), offered)) return false;
    return true;
  }

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
    const { relations } = this;
    // Most pairs asked here meet nothing, shown by masks without working out (and keeping) their strength.
    for (let position = 0; position < subjects.length; position += 1) {
      const subject = subjects[position] as number;
      if (relations.mayAnswer(subject, concept) && relations.strength(subject, concept) > 0) return true;
    }
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
