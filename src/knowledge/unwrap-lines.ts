/**
 * Joins hard-wrapped lines back into paragraphs. Text wrapped at a fixed width has many
 * lines just under that width; a line was broken inside its paragraph when the next
 * line's first word would not have fitted on it. A line that ends mid-sentence and is
 * followed by a lowercase continuation is joined whatever the width. Menus and tool rows
 * (runs of spaces, "|" separators), list items and photo captions are never joined.
 *
 * Widths are counted in characters, or in display columns (Han, Kana, Hangul and
 * fullwidth forms take two) when the file was wrapped by columns. A file wrapped at a
 * fixed width whatever the words (most wrapped lines exactly full) was cut mid-word: its
 * lines join without a space unless the cut fell on one. Otherwise Korean, Latin and
 * Cyrillic lines join with a space; Japanese and Chinese (Han, Kana, fullwidth
 * punctuation) never take one, nor does a number cut inside ("1,2" / "00 won").
 */

import { endsWithCredit, startsCaption } from './photo-captions.js';

/** Han, Kana and the CJK and fullwidth punctuation: text written without spaces between words. */
const unspaced = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60ー・`;
const cjkEnd = new RegExp(`[${unspaced}]$`, 'u');
const cjkStart = new RegExp(`^[${unspaced}]`, 'u');
/** Characters that take two columns on a terminal or in a fixed-width capture. */
const wide =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;
const listItem = /^(?:[-*•·▪►▶◆■□○●–—]\s|・|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s)/u;
const sentenceEnd = /[.!?。！？…:;"”’»)\]]$/u;

type Measure = (line: string) => number;

function lengthOf(line: string): number {
  return [...line].length;
}

function columnsOf(line: string): number {
  let columns = 0;
  for (const character of line) columns += wide.test(character) ? 2 : 1;
  return columns;
}

/** Rows of menu items or tools: several runs of two or more spaces, or separators between short items. */
export function looksLikeRow(line: string): boolean {
  return /\S {2,}\S.* {2,}\S/u.test(line) || /\s[|｜]\s.*\s[|｜]\s/u.test(line) || /\t/u.test(line);
}

/** Lines that may be wrapped prose: no rows or list items, four words or more (or text without spaces). */
function proseLines(lines: string[]): string[] {
  return lines.filter(
    (line) => !looksLikeRow(line) && !listItem.test(line) && (line.split(/\s+/u).length >= 4 || cjkEnd.test(line)),
  );
}

/** The width most prose lines end just under with this measure, and the share of lines in that band. */
function widthBy(lines: string[], measure: Measure): { width: number; share: number } | undefined {
  const lengths = proseLines(lines)
    .map(measure)
    .filter((length) => length >= 20);
  if (lengths.length < 3) return undefined;
  let bestWidth = 0;
  let bestCount = 0;
  for (const width of new Set(lengths)) {
    const count = lengths.filter((length) => length <= width && length >= width * 0.8).length;
    const longer = lengths.filter((length) => length > width).length;
    // Most prose lines sit in the band; only a few furniture lines may run longer.
    if (longer > lengths.length * 0.2) continue;
    if (count > bestCount || (count === bestCount && width < bestWidth)) [bestWidth, bestCount] = [width, count];
  }
  if (bestCount < 4 || bestCount < lengths.length * 0.5) return undefined;
  return { width: bestWidth, share: bestCount / lengths.length };
}

/**
 * The width the text was wrapped at: the line length most lines of prose end just under,
 * or undefined when the text is not hard-wrapped.
 */
export function wrapWidth(lines: string[], measure: Measure = lengthOf): number | undefined {
  return widthBy(lines, measure)?.width;
}

interface Layout {
  width: number | undefined;
  measure: Measure;
  /** Cut at a fixed width whatever the words: a wrapped line is exactly full. */
  fixed: boolean;
}

/** Whether a line was filled to the width (a wide character that did not fit leaves one column free). */
function isFull(raw: string, next: string, layout: Layout): boolean {
  if (layout.width === undefined) return false;
  const length = layout.measure(raw);
  return length === layout.width || (layout.measure === columnsOf && length === layout.width - 1 && wide.test(next));
}

/**
 * How a file was wrapped, from its line lengths: by characters or by display columns (whichever puts more
 * lines in one band), and whether at a fixed width (most lines followed by more of their paragraph exactly
 * full) or at word breaks.
 */
function layoutOf(rawLines: string[]): Layout {
  const lines = rawLines.map((line) => line.trim()).filter((line) => line !== '');
  const byCharacters = widthBy(lines, lengthOf);
  const byColumns = widthBy(lines, columnsOf);
  const columns = byColumns !== undefined && (byCharacters === undefined || byColumns.share > byCharacters.share + 0.1);
  const layout: Layout = {
    width: columns ? byColumns.width : byCharacters?.width,
    measure: columns ? columnsOf : lengthOf,
    fixed: false,
  };
  let wrapped = 0;
  let full = 0;
  for (const [index, raw] of rawLines.entries()) {
    const next = rawLines[index + 1]?.trim() ?? '';
    if (raw.trim() === '' || next === '' || proseLines([raw.trim()]).length === 0 || layout.measure(raw) < 20) continue;
    wrapped += 1;
    if (isFull(raw, next, layout)) full += 1;
  }
  layout.fixed = wrapped >= 4 && full >= wrapped * 0.8;
  return layout;
}

/** Whether a line is written mostly without spaces between words (Japanese, Chinese). */
function isUnspacedLine(line: string): boolean {
  const letters = line.replace(/\s/gu, '').length;
  return (line.match(new RegExp(`[${unspaced}]`, 'gu'))?.length ?? 0) >= letters * 0.5;
}

function firstWordLength(line: string, measure: Measure): number {
  if (cjkStart.test(line)) return measure(line.slice(0, 1));
  return measure(/^\S+/u.exec(line)?.[0] ?? '');
}

/**
 * A Korean line ending in a finite verb without a full stop ("…신인 작가 20명 키운다") closes a headline: wrapped
 * prose breaks inside a sentence, and a sentence of prose ends "다." with its full stop.
 */
const koreanHeadlineEnd = /[가-힣](?:다|함|음)$/u;

/** Lines that start or end something of their own, whatever the width: headings, timestamps, rows, captions. */
function standsAlone(previous: string, next: string): boolean {
  if (koreanHeadlineEnd.test(previous) && /^\p{Script=Hangul}/u.test(next)) return true;
  // Nothing is wrapped after a timestamp line ("입력 2025.05.20 10:15 | 수정 …16:40").
  if (/\b\d{1,2}:\d{2}(?::\d{2})?\)?$/u.test(previous) && /\d{4}/u.test(previous)) return true;
  if (listItem.test(next) || looksLikeRow(previous) || looksLikeRow(next)) return true;
  // A photo caption or credit stands on its own line: it starts a line, or ends one.
  if (startsCaption(next) || endsWithCredit(previous)) return true;
  if (/^#{1,6}\s/u.test(next) || /^#{1,6}\s/u.test(previous)) return true;
  // A timestamp line (a date first, or a clock time) starts something new: a headline is not wrapped into it.
  return /^\d{4}\s?[年년./-]\s?\d{1,2}|\b\d{1,2}:\d{2}\b/u.test(next) && !/\b\d{1,2}:\d{2}\b/u.test(previous);
}

function shouldJoin(rawPrevious: string, next: string, layout: Layout): boolean {
  const previous = rawPrevious.trim();
  if (previous === '' || next === '' || standsAlone(previous, next)) return false;
  const { width, measure } = layout;
  // Cut at a fixed width: a full line goes on.
  const unspacedEnd = cjkEnd.test(previous) || isUnspacedLine(previous);
  if (layout.fixed) return isFull(rawPrevious, next, layout) || (unspacedEnd && runDidNotFit(previous, next, layout));
  if (width !== undefined) {
    const length = measure(previous);
    const separator = cjkEnd.test(previous) && cjkStart.test(next) ? 0 : 1;
    // A line filled to the width was wrapped; so was one whose next word would not have fitted.
    // Text without spaces (Japanese, Chinese) wraps at any character: only a full line was wrapped.
    if (unspacedEnd) return length >= width - 2 || runDidNotFit(previous, next, layout);
    const words = previous.split(/\s+/u).length;
    if (length >= width * 0.85 && words >= 4 && !sentenceEnd.test(previous)) return true;
    const fitsNextWord = length + separator + firstWordLength(next, measure) <= width;
    if (!fitsNextWord && (length >= width * 0.6 || (length >= width * 0.4 && !sentenceEnd.test(previous)))) return true;
  }
  // Mid-sentence break before a lowercase or numeric continuation ("… whose work has\nwon Academy Awards").
  return !sentenceEnd.test(previous) && lengthOf(previous) >= 30 && /^[\p{Ll}\d]/u.test(next);
}

/**
 * Unspaced text wraps at any character but not inside a run of Latin letters or digits ("2014年", "1,103作品"): a line
 * left short because the next line's run would not have fitted was wrapped too, unless it ends a sentence.
 */
function runDidNotFit(previous: string, next: string, layout: Layout): boolean {
  const run = /^[\p{Script=Latin}\d][\p{Script=Latin}\d,.%]*/u.exec(next)?.[0];
  if (run === undefined || layout.width === undefined || sentenceEnd.test(previous)) return false;
  const length = layout.measure(previous);
  return length >= layout.width * 0.6 && length + layout.measure(run) > layout.width;
}

/** A number cut inside a group of thousands: "1,2" then "00 won" is 1,200. */
function cutsNumber(previous: string, next: string): boolean {
  const group = /\d[,.](\d{1,2})$/u.exec(previous)?.[1];
  const digits = /^\d+/u.exec(next)?.[0];
  return group !== undefined && digits !== undefined && group.length + digits.length === 3;
}

/** What stands between two joined lines: a space, or nothing inside a word, a number or unspaced text. */
function joint(rawPrevious: string, rawNext: string, layout: Layout): string {
  const previous = rawPrevious.trimEnd();
  const next = rawNext.trim();
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return '';
  // The cut fell on a space: keep one.
  if (/\s$/u.test(rawPrevious) || /^\s/u.test(rawNext)) return ' ';
  // Japanese and Chinese put no space between words, nor beside a Latin word ("3DCGと\nVFXを", "VFX\nを").
  if (cjkEnd.test(previous) && (cjkStart.test(next) || /^[\p{Script=Latin}\d]/u.test(next))) return '';
  if (/[\p{Script=Latin}\d]$/u.test(previous) && cjkStart.test(next)) return '';
  if (cutsNumber(previous, next)) return '';
  // Cut at a fixed width whatever the words: the cut fell inside a word ("열\n고", "develop\nment").
  return layout.fixed ? '' : ' ';
}

/** Joins hard-wrapped lines; blank lines and unwrapped lines are kept as they are. */
export function unwrapLines(lines: string[]): string[] {
  const raw = lines.map((line) => line.replace(/\r$/u, ''));
  const layout = layoutOf(raw);
  const joined: string[] = [];
  // The width test looks at the last original line, not at the paragraph joined so far.
  let lastLine = '';
  for (const line of raw) {
    const previous = joined.at(-1);
    if (previous !== undefined && shouldJoin(lastLine, line.trim(), layout)) {
      joined[joined.length - 1] = `${previous}${joint(lastLine, line, layout)}${line.trim()}`;
    } else {
      joined.push(line.replace(/\s+$/u, ''));
    }
    lastLine = line;
  }
  return joined;
}
