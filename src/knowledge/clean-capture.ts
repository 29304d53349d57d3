/**
 * Cleans web captures pasted as text: joins hard-wrapped lines, finds the article by its
 * structure and drops the page furniture around and inside it, in any language.
 *
 * - The article body is the largest run of prose lines (long lines that end like
 *   sentences); what precedes the headline (brand, menus, breadcrumbs) and what follows
 *   the last paragraph (related headlines, tags, polls, comments, footers) is dropped.
 * - The headline is the headline-like line nearest above the body (a deck below it is kept).
 * - Inside, lines are dropped by form: menu and tool rows, timestamps and bylines (read
 *   for the date and author first), prompts, cookie and copyright notices, headline lists
 *   after a section label, runs of very short lines, repeated lines (duplicated captions).
 */
import { findHeadline, sentenceEnd } from './capture-headline.js';
import {
  copyrightNotice,
  findByline,
  findDate,
  findOutlet,
  findPublishedDate,
  isPersonName,
  publishedLabel,
  updatedLabel,
  withoutTimestamp,
} from './capture-metadata.js';
import { stripControlCharacters } from './control-characters.js';
import { isFurnitureLine, isMenuRow, isToolRow, sectionLabel } from './furniture-lexicon.js';
import { isMasthead, markdownHeading } from './headline-evidence.js';
import { readMarkdownLines } from './markdown-capture.js';
import { withoutCreditTail } from './photo-captions.js';
import { looksLikeRow, unwrapLines } from './unwrap-lines.js';

export { findPublishedDate } from './capture-metadata.js';

export interface CleanedCapture {
  text: string;
  /** The headline found in the capture (undefined when none stands above the text). */
  title?: string | undefined;
  /** The publication date found in the capture's timestamps, YYYY-MM-DD. */
  published?: string | undefined;
  /** The author named by a byline. */
  author?: string | undefined;
  /** The outlet named by a copyright line. */
  outlet?: string | undefined;
  removedLines: number;
}

export interface CleanOptions {
  /** The language, when known: decides day/month order in dates such as 04/05/2025. */
  language?: string | undefined;
  /** A title known from elsewhere (front matter, HTML): no headline is searched, lines equal to it are dropped. */
  title?: string | undefined;
  /** The capture is Markdown (a .md file): a line underlined with === is its heading. */
  markdown?: boolean | undefined;
}

type LineKind = 'blank' | 'furniture' | 'timestamp' | 'byline' | 'label' | 'listed' | 'prose' | 'headline' | 'other';

interface Line {
  text: string;
  kind: LineKind;
}

const markdownTableRow = /^\|.+\|$/u;
const listItem = /^(?:[-*•·▪►▶◆■□○●–—→›»]\s*|・|\d{1,2}[.)]\s|\(\d{1,2}\)\s)/u;

/** Words, counting three Han, Kana or Thai characters (scripts written without spaces) as one. */
function wordCount(text: string): number {
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return text.split(/\s+/u).filter((word) => word !== '').length + Math.floor(unspaced / 3);
}

function isProse(text: string): boolean {
  if (listItem.test(text) && !/[.!?。]$/u.test(text)) return false;
  const words = wordCount(text);
  return (sentenceEnd.test(text) && words >= 7) || words >= 30;
}

function isHeadlineLike(text: string): boolean {
  if (listItem.test(text) || /[.。:：]$/u.test(text) || text.length > 220) return false;
  const hanAndKana = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return text.split(/\s+/u).length >= 3 || hanAndKana >= 8;
}

function isTimestamp(text: string): boolean {
  if (!/\d/u.test(text) || findDate(text) === undefined) return false;
  const rest = withoutTimestamp(text)
    .replace(/\p{P}+/gu, ' ')
    .trim();
  return rest.split(/\s+/u).filter((word) => word !== '').length <= 3 && rest.length <= 30;
}

/** Classifies one line of a capture by its form (exported for inspection tools and tests). */
export function classifyLine(raw: string): Line {
  const text = raw.replace(/\s+/gu, ' ').trim();
  if (text === '') return { text, kind: 'blank' };
  // A Markdown table row is text, whatever its separators.
  if (markdownTableRow.test(text)) return { text, kind: 'other' };
  if (sectionLabel.test(text)) return { text, kind: 'label' };
  const stamped = /\d/u.test(text) && findDate(text) !== undefined;
  const bylineAndTimestamp = stamped && findByline(withoutTimestamp(text)) !== undefined && wordCount(text) <= 20;
  if (
    isTimestamp(text) ||
    bylineAndTimestamp ||
    ((publishedLabel.test(text) || updatedLabel.test(text)) && isToolRow(text))
  ) {
    return { text, kind: 'timestamp' };
  }
  const byline = wordCount(text) <= 10 ? findByline(text) : undefined;
  // "By Daniel Reyes, Staff Reporter." ends like a sentence: a full stop after a byline naming a person is no sentence.
  if (byline !== undefined && (!sentenceEnd.test(text) || (/\p{L}\.$/u.test(text) && isPersonName(byline))))
    return { text, kind: 'byline' };
  const menu = isMenuRow(raw.trim());
  if (isFurnitureLine(text) || looksLikeRow(raw.trim()) || menu) {
    // A row that still reads as a sentence is text that happened to contain wide spaces.
    if (!(isProse(text) && !menu && !isFurnitureLine(text))) return { text, kind: 'furniture' };
  }
  if (isProse(text)) return { text, kind: 'prose' };
  if (isHeadlineLike(text)) return { text, kind: 'headline' };
  return { text, kind: 'other' };
}

/** The first non-blank line after `index`. */
function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let next = index + 1; next < lines.length; next += 1) if (lines[next]?.kind !== 'blank') return lines[next];
  return undefined;
}

/** Marks the headline lists (and polls) that follow a section label. */
function markListsAfterLabels(lines: Line[]): void {
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]?.kind !== 'label') continue;
    for (let next = index + 1; next < lines.length; next += 1) {
      const line = lines[next] as Line;
      if (line.kind === 'blank') {
        const following = nextNonBlank(lines, next);
        if (!following || following.kind === 'prose' || !listItem.test(following.text)) break;
        continue;
      }
      if (line.kind === 'prose' && !listItem.test(line.text) && !/\?$/u.test(line.text)) break;
      if (line.kind === 'label') break;
      line.kind = 'listed';
    }
  }
}

/** Runs of four or more very short lines without sentence ends above the text are menus. */
function markShortRuns(lines: Line[]): void {
  // Only above the text: a list of names or items among the paragraphs is the article's own.
  const firstProse = lines.findIndex((line) => line.kind === 'prose');
  const limit = firstProse < 0 ? 0 : firstProse;
  const short = (line: Line) =>
    (line.kind === 'headline' || line.kind === 'other') &&
    wordCount(line.text) <= 3 &&
    !sentenceEnd.test(line.text) &&
    !/\d/u.test(line.text);
  for (let start = 0; start < limit;) {
    let end = start;
    while (end < limit && short(lines[end] as Line)) end += 1;
    if (end - start >= 4) for (let index = start; index < end; index += 1) (lines[index] as Line).kind = 'furniture';
    start = Math.max(end, start + 1);
  }
}

/**
 * A headline written as a sentence ("Bao giờ phim Việt được chiếu ở rạp Hàn Quốc?") reads as prose;
 * it is a headline when a timestamp, byline or tool row follows it, before any text.
 */
function markSentenceHeadlines(lines: Line[]): void {
  const firstProse = lines.find((line) => line.kind === 'prose');
  // Korean prose ends its sentences "다." with a full stop; a first line ending "다" without one is a headline.
  if (firstProse && /[가-힣]다$/u.test(firstProse.text) && wordCount(firstProse.text) <= 25)
    firstProse.kind = 'headline';
  for (const [index, line] of lines.entries()) {
    if (line.kind !== 'prose' || /[.。]$/u.test(line.text) || wordCount(line.text) > 25) continue;
    let next = nextNonBlank(lines, index);
    // A deck may stand between the headline and its timestamp ("지역 대학 3곳과 협약…연재 기회도 제공").
    if (next && (next.kind === 'headline' || next.kind === 'other')) next = nextNonBlank(lines, lines.indexOf(next));
    if (next && ['timestamp', 'byline', 'furniture'].includes(next.kind)) line.kind = 'headline';
  }
}

/**
 * Thai writes no full stop: a paragraph ends where its line ends, so a short Thai paragraph reads as a headline and an
 * article of short paragraphs was cut down to its longest run of long ones. A headline-like line below prose, mostly
 * in Thai letters, ending with a Thai letter or a figure, of seven words or more and no tool row ("|"), is prose too;
 * the headline above the first paragraph keeps its kind.
 */
function markThaiParagraphs(lines: Line[]): void {
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (
      line.kind === 'headline' &&
      previous?.kind === 'prose' &&
      !line.text.includes('|') &&
      /[\p{Script=Thai}\d]$/u.test(line.text) &&
      (line.text.match(/\p{Script=Thai}/gu)?.length ?? 0) * 2 >= (line.text.match(/\p{L}/gu)?.length ?? 0) &&
      wordCount(line.text) >= 7
    )
      line.kind = 'prose';
    previous = line;
  }
}

/**
 * How much a line parts the prose around it: section labels, the headlines listed after
 * them and headline-like lines part it; a bullet list or a few short lines (names, items)
 * inside the article do not.
 */
function gapWeight(line: Line): number {
  if (line.kind === 'label' || line.kind === 'listed') return 1;
  if (['blank', 'furniture', 'timestamp', 'byline'].includes(line.kind) || listItem.test(line.text)) return 0;
  if (markdownTableRow.test(line.text)) return 0;
  return line.kind === 'headline' ? 1 : 0.5;
}

/** The largest run of prose, allowing a few other lines (subheadings, captions, bullet lists) between paragraphs. */
function findBody(lines: Line[]): { first: number; last: number } | undefined {
  let best: { first: number; last: number; size: number } | undefined;
  let current: { first: number; last: number; size: number } | undefined;
  let gap = 0;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'prose') {
      if (current && gap <= 3) {
        current.last = index;
        current.size += line.text.length;
      } else {
        current = { first: index, last: index, size: line.text.length };
      }
      gap = 0;
      if (!best || current.size > best.size) best = { ...current };
    } else {
      gap += gapWeight(line);
    }
  }
  return best;
}

function readMetadata(lines: Line[], headerEnd: number, language: string | undefined) {
  let published: string | undefined;
  let labelledPublished: string | undefined;
  let author: string | undefined;
  const outlets: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') continue;
    const inHeader = index <= headerEnd;
    if (inHeader || line.kind === 'timestamp') {
      const date = findPublishedDate(line.text, language);
      if (date && publishedLabel.test(line.text)) labelledPublished ??= date;
      if (date && (line.kind === 'timestamp' || inHeader)) published ??= date;
    }
    if (line.kind === 'byline' || inHeader) author ??= findByline(line.text);
    // "김도윤 기자 | 입력 2025.03.03 10:15", "Thứ Ba, 4/11/2025 09:15 | Phóng viên Thu Hà": a byline beside the time.
    if (line.kind === 'timestamp') author ??= findByline(withoutTimestamp(line.text));
    const named = copyrightNotice.test(line.text) || /[©ⓒ]|\(c\)/iu.test(line.text) ? findOutlet(line.text) : undefined;
    if (named) outlets.push(named);
  }
  // Several copyright lines: the shortest names the outlet, the longer ones its company.
  const outlet = outlets.sort((left, right) => left.length - right.length)[0];
  return { published: labelledPublished ?? published, author, outlet };
}

/** Lead-ins that name the outlet and reporter before the first sentence: "[이데일리 이윤정 기자] ", "(서울=연합뉴스) 홍길동 기자 = ". */
function stripLeadIn(text: string): { text: string; author?: string } {
  const bracketed = /^\[(?:[^\]]{0,20}\s)?([가-힣]{2,4})\s?(?:기자|특파원)\]\s*/u.exec(text);
  if (bracketed) return { text: text.slice(bracketed[0].length), author: bracketed[1] as string };
  const wire = /^[([][^)\]=]{1,20}=[^)\]]{1,20}[)\]]\s*(?:([가-힣]{2,4})\s?(?:기자|특파원)\s*)?=\s*/u.exec(text);
  if (wire) return { text: text.slice(wire[0].length), ...(wire[1] ? { author: wire[1] } : {}) };
  return { text };
}

export function cleanCapture(raw: string, options: CleanOptions = {}): CleanedCapture {
  const rawLines = unwrapLines(
    readMarkdownLines(
      stripControlCharacters(raw)
        .replace(/[\u00A0\u2007\u202F]/gu, ' ')
        .replace(/[\u200B-\u200D\uFEFF]/gu, '')
        .split('\n'),
      options.markdown === true,
    ),
  );
  const lines = rawLines.map(classifyLine);
  markListsAfterLabels(lines);
  markShortRuns(lines);
  markSentenceHeadlines(lines);
  markThaiParagraphs(lines);
  const body = findBody(lines);
  const found =
    options.title === undefined && body ? (markdownHeading(lines, body) ?? findHeadline(lines, body.first)) : undefined;
  const headline = found !== undefined && body && !isMasthead(lines, found, body) ? found : undefined;
  const start = headline !== undefined ? headline + 1 : (body?.first ?? 0);
  // Lines above the headline are the page header; with a known title, keep from the first non-furniture line.
  const first =
    options.title !== undefined
      ? lines.findIndex((line) => line.kind === 'prose' || line.kind === 'headline' || line.kind === 'other')
      : start;
  const end = body?.last ?? lines.length - 1;
  const metadata = readMetadata(lines, (body?.first ?? 1) - 1, options.language);
  const title = headline !== undefined ? lines[headline]?.text.replace(/^#{1,6}\s+/u, '') : undefined;
  const seen = new Set<string>(
    [title, options.title].filter((text): text is string => text !== undefined).map((text) => text.toLowerCase()),
  );
  const kept: string[] = [];
  let author = metadata.author;
  let removed = 0;
  let firstParagraph = true;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') {
      if (index >= first && index <= end) kept.push('');
      continue;
    }
    // Between the headline and the body, short lines are the outlet's name or a section repeated.
    const headerScrap = body !== undefined && index < body.first && line.kind === 'other' && wordCount(line.text) <= 3;
    const keep =
      index >= Math.max(0, first) && index <= end && ['prose', 'headline', 'other'].includes(line.kind) && !headerScrap;
    const key = line.text.toLowerCase();
    if (!keep || seen.has(key)) {
      removed += 1;
      continue;
    }
    seen.add(key);
    // A photo credit glued to a long paragraph ("… in Seoul. Photo: Blue Crane") is not the article's.
    let text = withoutCreditTail(line.text);
    if (firstParagraph) {
      const leadIn = stripLeadIn(text);
      text = leadIn.text;
      author ??= leadIn.author;
      firstParagraph = false;
    }
    kept.push(text);
  }
  const text = kept
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { text, title, published: metadata.published, author, outlet: metadata.outlet, removedLines: removed };
}
