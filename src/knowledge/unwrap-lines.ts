/**
 * Joins hard-wrapped lines back into paragraphs. Text wrapped at a fixed width has many
 * lines just under that width; a line was broken inside its paragraph when the next
 * line's first word would not have fitted on it. A line that ends mid-sentence and is
 * followed by a lowercase continuation is joined whatever the width. Korean is joined
 * with a space, Japanese and Chinese without one. Menus and tool rows (runs of spaces,
 * "|" separators) and list items are never joined.
 */

const cjkEnd = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，「」『』（）ー]$/u;
const cjkStart = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，「」『』（）ー]/u;
const listItem = /^(?:[-*•·▪►▶◆■□○●–—]\s|・|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s)/u;
const sentenceEnd = /[.!?。！？…:;"”’»)\]]$/u;

function lengthOf(line: string): number {
  return [...line].length;
}

/** Rows of menu items or tools: several runs of two or more spaces, or separators between short items. */
export function looksLikeRow(line: string): boolean {
  return /\S {2,}\S.* {2,}\S/u.test(line) || /\s[|｜]\s.*\s[|｜]\s/u.test(line) || /\t/u.test(line);
}

/**
 * The width the text was wrapped at: the line length most lines of prose end just under,
 * or undefined when the text is not hard-wrapped.
 */
export function wrapWidth(lines: string[]): number | undefined {
  const lengths = lines
    .filter(
      (line) => !looksLikeRow(line) && !listItem.test(line) && (line.split(/\s+/u).length >= 4 || cjkEnd.test(line)),
    )
    .map(lengthOf)
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
  return bestWidth;
}

function firstWordLength(line: string): number {
  if (cjkStart.test(line)) return 1;
  return lengthOf(/^\S+/u.exec(line)?.[0] ?? '');
}

/**
 * A Korean line ending in a finite verb without a full stop ("…신인 작가 20명 키운다") closes a headline: wrapped
 * prose breaks inside a sentence, and a sentence of prose ends "다." with its full stop.
 */
const koreanHeadlineEnd = /[가-힣](?:다|함|음)$/u;

function shouldJoin(previous: string, next: string, width: number | undefined): boolean {
  if (previous === '' || next === '') return false;
  if (koreanHeadlineEnd.test(previous) && /^\p{Script=Hangul}/u.test(next)) return false;
  // Nothing is wrapped after a timestamp line ("입력 2025.05.20 10:15 | 수정 …16:40").
  if (/\b\d{1,2}:\d{2}(?::\d{2})?\)?$/u.test(previous) && /\d{4}/u.test(previous)) return false;
  if (listItem.test(next) || looksLikeRow(previous) || looksLikeRow(next)) return false;
  if (/^#{1,6}\s/u.test(next) || /^#{1,6}\s/u.test(previous)) return false;
  // A timestamp line (a date first, or a clock time) starts something new: a headline is not wrapped into it.
  if (/^\d{4}\s?[年년./-]\s?\d{1,2}|\b\d{1,2}:\d{2}\b/u.test(next) && !/\b\d{1,2}:\d{2}\b/u.test(previous))
    return false;
  if (width !== undefined) {
    const length = lengthOf(previous);
    const separator = cjkEnd.test(previous) && cjkStart.test(next) ? 0 : 1;
    // A line filled to the width was wrapped; so was one whose next word would not have fitted.
    // Text without spaces (Japanese, Chinese) wraps at any character: only a full line was wrapped.
    if (cjkEnd.test(previous)) return length >= width - 2 && !listItem.test(next);
    const words = previous.split(/\s+/u).length;
    if (length >= width * 0.85 && words >= 4 && !sentenceEnd.test(previous)) return true;
    const fitsNextWord = length + separator + firstWordLength(next) <= width;
    if (!fitsNextWord && (length >= width * 0.6 || (length >= width * 0.4 && !sentenceEnd.test(previous)))) return true;
  }
  // Mid-sentence break before a lowercase or numeric continuation ("… whose work has\nwon Academy Awards").
  return !sentenceEnd.test(previous) && lengthOf(previous) >= 30 && /^[\p{Ll}\d]/u.test(next);
}

function joinPair(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return `${previous}${next}`;
  // Japanese and Chinese put no space between words, nor before a Latin word ("3DCGと\nVFXを" is "3DCGとVFXを").
  if (cjkEnd.test(previous) && (cjkStart.test(next) || /^[\p{Script=Latin}\d]/u.test(next)))
    return `${previous}${next}`;
  return `${previous} ${next}`;
}

/** Joins hard-wrapped lines; blank lines and unwrapped lines are kept as they are. */
export function unwrapLines(lines: string[]): string[] {
  const trimmed = lines.map((line) => line.replace(/\s+$/u, ''));
  const width = wrapWidth(trimmed.map((line) => line.trim()).filter((line) => line !== ''));
  const joined: string[] = [];
  // The width test looks at the last original line, not at the paragraph joined so far.
  let lastLine = '';
  for (const line of trimmed) {
    const previous = joined.at(-1);
    if (previous !== undefined && shouldJoin(lastLine.trim(), line.trim(), width)) {
      joined[joined.length - 1] = joinPair(previous, line.trim());
    } else {
      joined.push(line);
    }
    lastLine = line;
  }
  return joined;
}
