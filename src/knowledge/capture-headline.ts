/**
 * Where a capture's headline stands, once clean-capture.ts has classified the lines and found the body: the nearest
 * headline-like line above the body, or the headline over a deck. Also `sentenceEnd`, which the cleaner shares.
 */
import type { KindedLine } from './headline-evidence.js';

type Line = KindedLine;

/** A line that ends like a sentence (a full stop, a question or exclamation mark, a Korean sentence ending). */
export const sentenceEnd = /[.!?。！？…]["”’»)\]」』）]*$|[다요까죠]\.?$/u;

function cjkLetters(text: string): number {
  return (
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0
  );
}

/**
 * The headline: the nearest headline-like line above the body. When two headline-like
 * lines stand together (only blank lines between), the longer is the headline: a section
 * label above is shorter, and a deck below a headline is kept as text.
 */
export function findHeadline(lines: Line[], bodyStart: number): number | undefined {
  const nearest = nearestHeadline(lines, bodyStart);
  return nearest === undefined ? undefined : (headlineAboveDeck(lines, nearest) ?? nearest);
}

/** A breadcrumb or menu trail ("NEWS / LOCAL BUSINESS", "사회 > 전국"): the section, not the headline. */
const breadcrumb = /\s[>/»›|]\s/u;

/**
 * Whether a line is too short to be a headline over a deck: a section name ("POST & VFX", "В России и мире", "Tiêu
 * điểm văn hóa") stands above a headline the same way. Letters of Hangul, Han and Kana say more and count twice.
 */
function sectionSized(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) + cjkLetters(text) < 20;
}

/**
 * A row of menu entries ("뉴스 방송 영화 웹툰 게임 오피니언"): four or more words, none longer than four letters, and no
 * punctuation (a Korean headline of short words has its comma or its "…").
 */
function menuRow(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== '');
  return words.length >= 4 && !/\p{P}/u.test(text) && words.every((word) => (word.match(/\p{L}/gu)?.length ?? 0) <= 4);
}

/**
 * A deck (the line that sums the story up under its headline) is headline-like too, and often longer than the headline,
 * with the time or the byline between them or not: the headline is the topmost headline-like line of that stack, when
 * only blank, time and byline lines stand between them and it is no breadcrumb.
 */
function headlineAboveDeck(lines: Line[], nearest: number): number | undefined {
  let topmost: number | undefined;
  for (let index = nearest - 1; index >= 0 && index >= nearest - 6; index -= 1) {
    const line = lines[index] as Line;
    if (line.kind === 'headline' && !breadcrumb.test(line.text) && !sectionSized(line.text) && !menuRow(line.text))
      topmost = index;
    else if (line.kind !== 'blank' && line.kind !== 'timestamp' && line.kind !== 'byline') break;
  }
  return topmost;
}

/**
 * The nearest headline-like line above the body. When two headline-like lines stand together (only blank lines
 * between), the longer is the headline (a section label above is shorter).
 */
function nearestHeadline(lines: Line[], bodyStart: number): number | undefined {
  let found: number | undefined;
  let onlyBlankSince = true;
  for (let index = bodyStart - 1; index >= 0 && index >= bodyStart - 14; index -= 1) {
    const line = lines[index] as Line;
    if (line.kind === 'headline') {
      if (found === undefined) {
        found = index;
        onlyBlankSince = true;
        continue;
      }
      if (onlyBlankSince && line.text.length > (lines[found] as Line).text.length) return index;
      return found;
    }
    if (line.kind !== 'blank') onlyBlankSince = false;
    if (found !== undefined && line.kind !== 'blank' && line.kind !== 'timestamp' && line.kind !== 'byline')
      return found;
  }
  if (found !== undefined) return found;
  // A short title ("Studio news") right above the text, with nothing headline-like anywhere near.
  for (let index = bodyStart - 1; index >= 0 && index >= bodyStart - 4; index -= 1) {
    const line = lines[index] as Line;
    if (line.kind === 'other' && !sentenceEnd.test(line.text) && (/\s/u.test(line.text) || cjkLetters(line.text) >= 4))
      return index;
    if (line.kind !== 'blank' && line.kind !== 'timestamp' && line.kind !== 'byline') break;
  }
  return undefined;
}
