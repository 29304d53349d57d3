/**
 * Markdown and plain-text page captures read line by line before cleaning: links become
 * their text, images and their captions go, navigation lines made only of links go,
 * separator lines (====, ----, ****) part paragraphs instead of standing as text, and a
 * Setext heading (a line underlined with ===) becomes an ATX heading ("# …").
 */

/** An inline image: ![alt](src) — its alt text describes a picture, it is no article text. */
const image = /!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"]*")?\)/gu;
/** An inline link [text](url "title") or a reference link [text][ref]. */
const link = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|\[([^\]\n]+)\]\[[^\]\n]*\]/gu;
/** An autolink <https://…>. */
const autolink = /<(?:https?|mailto):[^>\s]+>/giu;
/** Separators between navigation items and list bullets: what a navigation line holds besides its links. */
const navigationRest = /^[\s|｜>›»/·•\-*+–—:,;()[\]\d.#]*$/u;
/** A line of one or two repeated punctuation or box characters: a rule, no text. */
const separatorLine = /^\s*([=\-*_~#+.·•─━═–—■□◆◇●○▪▫★☆※])(?:\1|[\s=\-*_~#+.·•─━═–—■□◆◇●○▪▫★☆※]){2,}\s*$/u;
/** A line wholly in emphasis: "*Directors at the editing suite. Photo by …*". */
const emphasised = /^\s*(?:\*[^*\n]+\*|_[^_\n]+_)\s*$/u;

/** Whether a line is a rule made of one repeated character (or two alternating ones). */
export function isSeparatorLine(line: string): boolean {
  const trimmed = line.trim();
  return separatorLine.test(trimmed) && new Set(trimmed.replace(/\s/gu, '')).size <= 2;
}

interface ReadLine {
  text: string;
  /** The line held an image (and nothing else). */
  image: boolean;
}

function readLine(raw: string): ReadLine {
  const withoutImages = raw.replace(image, ' ');
  const hadImage = withoutImages !== raw;
  const heading = /^\s*#{1,6}\s/u.test(raw);
  let links = 0;
  const rest = withoutImages.replace(link, () => {
    links += 1;
    return ' ';
  });
  // A line of links between separators is navigation (a menu, breadcrumbs, a list of sections).
  if (!heading && links >= 1 && navigationRest.test(rest.replace(autolink, ' '))) {
    // A linked logo or picture ([![alt](src)](/)) counts as an image.
    return { text: '', image: hadImage && rest.trim() === '' };
  }
  const text = withoutImages
    .replace(link, (_match, inline: string | undefined, reference: string | undefined) => inline ?? reference ?? '')
    .replace(autolink, '');
  const emptied = hadImage && text.trim() === '';
  return { text: emptied ? '' : text, image: emptied };
}

/**
 * Reads a capture's lines as Markdown: links to their text; images, navigation lines and
 * rules emptied (they part paragraphs); the emphasised line right under an image (its
 * caption) emptied; a line underlined with === or --- (Setext) becomes "# line" / "## line"
 * in Markdown, while in plain text the underline only parts it from what follows.
 */
export function readMarkdownLines(lines: string[], markdown: boolean): string[] {
  const read = lines.map(readLine);
  const result: string[] = [];
  let afterImage = false;
  for (const [index, line] of read.entries()) {
    const raw = lines[index] ?? '';
    if (isSeparatorLine(raw)) {
      const previous = result.at(-1);
      const underlined =
        markdown &&
        previous !== undefined &&
        previous.trim() !== '' &&
        /^\s*[=-]+\s*$/u.test(raw) &&
        !/^#/u.test(previous);
      if (underlined) result[result.length - 1] = `${raw.trim().startsWith('=') ? '#' : '##'} ${previous.trim()}`;
      result.push('');
      afterImage = false;
      continue;
    }
    if (line.image) {
      result.push('');
      afterImage = true;
      continue;
    }
    if (afterImage && line.text.trim() === '') {
      result.push('');
      continue;
    }
    result.push(afterImage && emphasised.test(line.text) ? '' : line.text);
    afterImage = false;
  }
  return result;
}

export interface CaptureHeader {
  /** The capture without its header block. */
  body: string;
  /** The page's title as the header gives it, the site's name cut off its end ("Headline | Site"). */
  title?: string | undefined;
  url?: string | undefined;
  /** The publication date the header gives, YYYY-MM-DD. */
  published?: string | undefined;
}

const headerField = /^(title|url source|url|source|published time|published|date)\s*:\s*(.+)$/iu;

/**
 * The header block some capture tools write above the page's Markdown ("Title: …", "URL Source: …",
 * "Published Time: …", then "Markdown Content:"); without that closing line nothing is taken as a header.
 */
export function readCaptureHeader(raw: string): CaptureHeader {
  const lines = raw.split('\n');
  const end = lines.slice(0, 12).findIndex((line) => /^markdown content\s*:\s*$/iu.test(line.trim()));
  if (end < 0) return { body: raw };
  const fields = new Map<string, string>();
  for (const line of lines.slice(0, end)) {
    const match = headerField.exec(line.trim());
    if (match) fields.set((match[1] as string).toLowerCase(), (match[2] as string).trim());
    else if (line.trim() !== '') return { body: raw };
  }
  const title = fields.get('title');
  const parts = title?.split(/\s+[-|–—:]{1,2}\s+/u) ?? [];
  const cut = parts.length > 1 && (parts.at(-1)?.length ?? 0) <= 40 ? parts.slice(0, -1).join(' - ') : title;
  const address = fields.get('url source') ?? fields.get('url') ?? fields.get('source');
  const date = /^(\d{4})-(\d{2})-(\d{2})/u.exec(fields.get('published time') ?? fields.get('published') ?? '');
  return {
    body: lines.slice(end + 1).join('\n'),
    title: cut,
    url: address !== undefined && /^https?:\/\/\S+$/iu.test(address) ? address : undefined,
    published: date ? `${date[1]}-${date[2]}-${date[3]}` : undefined,
  };
}
