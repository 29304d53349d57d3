/**
 * The citation check run on every generated answer. Markers that point to no provided
 * source are removed; the sources that are cited are renumbered 1..k in order of first
 * mention, and the markers in the text are rewritten to match, so `[n]` in the text and
 * `citation.n` always agree. Accepted marker forms: [1], [1, 2], [1-3], [1][2], [source 1],
 * and the full-width ［1］ and 【1】 that Japanese and Chinese models write; every kept
 * marker comes out as [n].
 */
import type { Citation } from '../answer/types.js';

export interface CitationCheckResult {
  /** The text with kept markers renumbered and invalid ones removed. */
  text: string;
  /** The cited sources, renumbered 1..k in order of first mention. */
  citations: Citation[];
  /** How many valid markers the text has. */
  validMarkerCount: number;
  /** Source numbers the model cited that do not exist (each once). */
  invalidNumbers: number[];
}

const sourceWord = String.raw`(?:sources?|src|출처|nguồn|出典|источник)\s*`;
const number = String.raw`\d{1,3}`;
const separator = String.raw`\s*(?:[,，、;]|[-–—~])\s*`;
const markerPattern = new RegExp(
  String.raw`(\s*)[\[［【]\s*(?:${sourceWord})?(${number}(?:${separator}(?:${sourceWord})?${number})*)\s*[\]］】]`,
  'giu',
);
const maximumRangeWidth = 10;

function numbersIn(group: string): number[] {
  const numbers: number[] = [];
  const pieces = group.split(/\s*[,，、;]\s*/u);
  for (const piece of pieces) {
    const range = /^\D*(\d{1,3})\s*[-–—~]\s*\D*(\d{1,3})$/u.exec(piece.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to >= from && to - from <= maximumRangeWidth) {
        for (let value = from; value <= to; value += 1) numbers.push(value);
        continue;
      }
      numbers.push(from, to);
      continue;
    }
    const single = /(\d{1,3})/.exec(piece);
    if (single) numbers.push(Number(single[1]));
  }
  return numbers;
}

export function checkCitations(text: string, sources: readonly Citation[]): CitationCheckResult {
  const renumbered = new Map<number, number>();
  const invalid = new Set<number>();
  let validMarkerCount = 0;

  const rewritten = text.replace(markerPattern, (_whole, leading: string, group: string) => {
    const kept: number[] = [];
    for (const cited of numbersIn(group)) {
      if (!Number.isInteger(cited) || cited < 1 || cited > sources.length) {
        invalid.add(cited);
        continue;
      }
      let next = renumbered.get(cited);
      if (next === undefined) {
        next = renumbered.size + 1;
        renumbered.set(cited, next);
      }
      if (!kept.includes(next)) kept.push(next);
    }
    if (kept.length === 0) return '';
    validMarkerCount += 1;
    return `${leading}${kept.map((value) => `[${value}]`).join('')}`;
  });

  const citations: Citation[] = [];
  for (const [original, next] of renumbered) {
    const source = sources[original - 1];
    if (source) citations.push({ ...source, n: next });
  }
  citations.sort((left, right) => left.n - right.n);

  const tidy = rewritten
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([.,;:!?。、，．])/gu, '$1')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  return { text: tidy, citations, validMarkerCount, invalidNumbers: [...invalid].sort((left, right) => left - right) };
}
