/**
 * What the statement scorer reads of a statement, numbered: statements that read alike to scoring (the same concepts,
 * delivery and languages — the same work written in another language, say) share one reading, and scores are kept per
 * pair of readings. Each reading also holds its segments' concepts as numbers (`ConceptIds`), so that scoring a pair
 * asks the concept relations by number, and whether the statement names specific work.
 */
import type { ConceptIds } from './concept-ids.js';
import type { NormalizedStatement, StatementSegment } from './normalize-statement.js';
import { SerialNumbers } from './statement-score-cache.js';

/** A segment's concepts by number, beside the segment itself (whose names a score reports). */
export interface NumberedSegment {
  segment: StatementSegment;
  subjects: Int32Array;
  modes: Int32Array;
  domains: Int32Array;
  itemSubjects: Int32Array;
  heading: Int32Array;
  /** Its subjects, then its domains. */
  subjectsAndDomains: Int32Array;
}

/** A statement as scoring reads it: the first statement of its reading, its segments numbered. */
export interface Reading {
  number: number;
  statement: NormalizedStatement;
  segments: NumberedSegment[];
  /** Every subject of every segment, in order. */
  subjects: Int32Array;
  /** Every segment's subjects and domains, segment by segment: what it offers, as ./unrelated-screen.ts reads it. */
  offered: Int32Array;
  /** Whether, as a need, it names specific work (see `isSpecific` in ./statement-scorer.ts). */
  specific: boolean;
  /**
   * Whether, as a need, it names specific work and some concept: the needs ./unrelated-screen.ts may answer without
   * scoring (kept here, beside the number, so the screen reads no statement).
   */
  screenable: boolean;
}

function numberSegment(ids: ConceptIds, segment: StatementSegment): NumberedSegment {
  return {
    segment,
    subjects: ids.ofAll(segment.subjects),
    modes: ids.ofAll(segment.modes),
    domains: ids.ofAll(segment.domains),
    itemSubjects: ids.ofAll(segment.itemSubjects),
    heading: ids.ofAll(segment.heading),
    subjectsAndDomains: ids.ofAll([...segment.subjects, ...segment.domains]),
  };
}

/**
 * Concept ids joined by commas: ids are kebab-case (letters, digits, dashes; see ../knowledge/glossary-schema.ts),
 * so a key's parts never run together. Joined as they are, not looked up by number: a key is made once per statement,
 * tens of thousands of times in a large digest, and most keys name a reading already made.
 */
function listed(conceptIds: readonly string[]): string {
  return conceptIds.join(',');
}

/** Yes/no values as digits (anything else as JSON in brackets). */
function flags(values: readonly unknown[]): string {
  let key = '';
  for (const value of values) key += value === true ? '1' : value === false ? '0' : `(${JSON.stringify(value)})`;
  return key;
}

/**
 * The key of a statement's reading: everything scoring reads of it (its words only for a need without concepts).
 * Concepts by id and flags as digits, words and named languages as JSON (a reading is keyed once per statement, a
 * few tens of thousands of times in a large digest, where JSON of it all took most of the reading).
 */
function readingKey(statement: NormalizedStatement, withWords: boolean): string {
  let key = `${withWords ? 'w' : 'c'}${listed(statement.concepts)}`;
  if (withWords) key += JSON.stringify(statement.terms);
  for (const segment of statement.segments) {
    key += `|${listed(segment.subjects)};${listed(segment.modes)};${listed(segment.domains)};`;
    key += `${listed(segment.itemSubjects)};${listed(segment.heading)}`;
    if (withWords) key += JSON.stringify(segment.terms);
  }
  key += `|${flags(Object.values(statement.delivery))}${flags([statement.opening, statement.localization])}`;
  const { languages } = statement;
  if (languages.named.length > 0 || languages.targets.length > 0) key += JSON.stringify(languages);
  return key;
}

/**
 * Readings per statement serial, at most `limit` of them: when there are more, all of them start afresh (numbers are
 * never reused for another reading) and `onClear` drops what was kept by number.
 */
export class StatementReadings {
  private readonly byKey = new Map<string, Reading>();
  private readonly byNumber: Reading[] = [];
  private readonly bySerial = { words: new SerialNumbers(), concepts: new SerialNumbers() };

  constructor(
    private readonly ids: ConceptIds,
    private readonly specific: (statement: NormalizedStatement) => boolean,
    private readonly limit: number,
    private readonly onClear: () => void,
  ) {}

  /** The statement's reading; `withWords` for scoring against a need the lexicon found nothing in. */
  of(statement: NormalizedStatement, withWords: boolean): Reading {
    const serials = withWords ? this.bySerial.words : this.bySerial.concepts;
    const known = serials.get(statement.serial);
    if (known !== undefined) return this.byNumber[known] as Reading;
    const key = readingKey(statement, withWords);
    let reading = this.byKey.get(key);
    if (reading === undefined) {
      if (this.byKey.size >= this.limit) this.clear();
      const segments = statement.segments.map((segment) => numberSegment(this.ids, segment));
      const specific = this.specific(statement);
      reading = {
        number: this.byNumber.length,
        statement,
        segments,
        subjects: this.ids.ofAll(statement.segments.flatMap((segment) => segment.subjects)),
        offered: Int32Array.from(segments.flatMap((segment) => [...segment.subjectsAndDomains])),
        specific,
        screenable: specific && statement.concepts.length > 0,
      };
      this.byKey.set(key, reading);
      this.byNumber.push(reading);
    }
    serials.set(statement.serial, reading.number);
    return reading;
  }

  private clear(): void {
    this.byKey.clear();
    this.byNumber.length = 0;
    this.bySerial.words.clear();
    this.bySerial.concepts.clear();
    this.onClear();
  }
}
