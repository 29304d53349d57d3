/**
 * The per-sentence check run on a generated answer after its citation markers were checked.
 * A sentence that states a figure, a date or a name must carry a valid citation, and every
 * number it states must appear in one of the sources it cites. Sentences with a claim and no
 * citation are dropped; a number that none of the cited sources holds makes the whole answer
 * unsafe (the generator then shows the extractive answer), so an invented figure is never shown
 * as grounded.
 */
import { splitSentences } from '../answer/sentences.js';
import type { Citation } from '../answer/types.js';

export interface ClaimCheckResult {
  /** The answer with unsupported sentences dropped (markers untouched). */
  text: string;
  /** Sentences dropped because they state something and cite nothing. */
  droppedSentences: string[];
  /** Numbers stated next to citations that hold none of them. */
  unsupportedNumbers: string[];
}

const markerPattern = /\[(\d{1,3})\]/g;
/** Digits with thousands separators or decimals: "1,200", "3.5", "2025", "42". */
const numberPattern = /\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?/g;
/** A capitalised Latin word that is not the sentence's first word: part of a name. */
const nameWordPattern = /(?<=\S\s+["'“‘(]?)\p{Lu}[\p{L}\p{M}'’-]+/u;
/** Month numbers written with a month word ("10월", "10月", "tháng 10") and ISO dates' month/day. */
const monthOrDayPattern = /\b\d{4}-\d{2}-\d{2}\b|\b(?:1[0-2]|0?[1-9])\s*(?=월|月)|(?<=tháng\s*)(?:1[0-2]|0?[1-9])\b/giu;

function citedNumbers(sentence: string): number[] {
  return [...sentence.matchAll(markerPattern)].map((match) => Number(match[1]));
}

/** The digits of a number without separators ("1,200" → "1200", "3.5" → "3.5"). */
function canonicalNumber(raw: string): string {
  const grouped = /^\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?$/.test(raw) || /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw);
  if (!grouped) return raw.replace(',', '.');
  return raw.replace(/[.,\u00a0 ](?=\d{3}\b)/g, '').replace(',', '.');
}

function numbersIn(text: string): string[] {
  const plain = text
    .replace(markerPattern, ' ')
    .replace(monthOrDayPattern, (whole) => (whole.length === 10 ? whole.slice(0, 4) : ' '));
  return [...plain.matchAll(numberPattern)].map((match) => canonicalNumber(match[0]));
}

function statesSomething(sentence: string): boolean {
  const withoutMarkers = sentence.replace(markerPattern, ' ');
  return numbersIn(withoutMarkers).length > 0 || nameWordPattern.test(withoutMarkers);
}

/**
 * Checks each sentence of `text` (already renumbered by the citation check) against `citations`,
 * where `citations[k].n` is the marker number used in the text.
 */
export function checkClaims(text: string, citations: readonly Citation[]): ClaimCheckResult {
  const quoteNumbers = new Map<number, Set<string>>();
  for (const citation of citations) quoteNumbers.set(citation.n, new Set(numbersIn(citation.quote)));
  const keptLines: string[] = [];
  const droppedSentences: string[] = [];
  const unsupported = new Set<string>();
  for (const line of text.split('\n')) {
    const keptInLine: string[] = [];
    for (const sentence of splitSentences(line)) {
      const cited = citedNumbers(sentence).filter((n) => quoteNumbers.has(n));
      if (cited.length === 0) {
        if (statesSomething(sentence)) droppedSentences.push(sentence);
        else keptInLine.push(sentence);
        continue;
      }
      for (const value of numbersIn(sentence)) {
        if (!cited.some((n) => quoteNumbers.get(n)?.has(value))) unsupported.add(value);
      }
      keptInLine.push(sentence);
    }
    if (keptInLine.length > 0 || line.trim() === '') keptLines.push(keptInLine.join(' '));
  }
  const joined = keptLines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: joined, droppedSentences, unsupportedNumbers: [...unsupported] };
}
