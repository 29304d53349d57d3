/**
 * Evidence that a headline-like line above a capture's text is its headline: a headline names what its
 * article tells (it shares content words with the text's start), a site's name or tagline only the field.
 */

/** A capture line as the cleaner classified it. */
export interface KindedLine {
  text: string;
  kind: string;
}

/** The first and last line of the capture's text. */
export interface BodyRange {
  first: number;
  last: number;
}

/** A line's content words: numbers, five-letter stems of longer words, Hangul stems, Han and Katakana pairs. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/^\p{Script=Hangul}{2,}/u.test(word)) words.add(word.slice(0, 2));
    else if (/[\p{Script=Han}\p{Script=Katakana}]/u.test(word)) {
      const letters = [...word.replace(/[^\p{Script=Han}\p{Script=Katakana}ー]/gu, ' ')];
      for (let index = 0; index + 1 < letters.length; index += 1) {
        const pair = `${letters[index]}${letters[index + 1]}`;
        if (!/\s/u.test(pair)) words.add(pair);
      }
    } else if (/\p{N}/u.test(word) || [...word].length >= 4) words.add([...word].slice(0, 5).join(''));
  }
  return words;
}

/**
 * A headline-like line of the page's masthead (the site's name or tagline above its menus and log-in row),
 * not the article's headline: a furniture row stands between it and the text, and it shares under a third of
 * its content words with the start of the text — a headline names what its article tells, a tagline only the
 * field.
 */
export function isMasthead(lines: readonly KindedLine[], headline: number, body: BodyRange): boolean {
  const furnitureBetween = lines
    .slice(headline + 1, body.first)
    .some((line) => line.kind === 'furniture' || line.kind === 'label');
  return furnitureBetween && !namesText(lines, headline, body);
}

/**
 * A Markdown capture marks its headline with a heading above the text: the highest-level one (# before ##)
 * that names the text (a site's name can be a heading too), nearest the text; else the highest-level one.
 */
export function markdownHeading(lines: readonly KindedLine[], body: BodyRange): number | undefined {
  const headings: { index: number; level: number; names: boolean }[] = [];
  for (let index = body.first - 1; index >= 0 && index >= body.first - 30; index -= 1) {
    const level = /^(#{1,2})\s+\S/u.exec((lines[index] as KindedLine).text)?.[1]?.length;
    if (level !== undefined) headings.push({ index, level, names: namesText(lines, index, body) });
  }
  const best = (list: typeof headings) => list.sort((left, right) => left.level - right.level)[0]?.index;
  return best(headings.filter((heading) => heading.names)) ?? best(headings);
}

/** Whether a line shares a third or more of its content words with the start of the text. */
function namesText(lines: readonly KindedLine[], headline: number, body: BodyRange): boolean {
  const start = lines
    .slice(body.first, body.last + 1)
    .map((line) => line.text)
    .join(' ')
    .slice(0, 1500);
  const text = contentWords(start);
  const words = [...contentWords((lines[headline] as KindedLine).text)];
  return words.filter((word) => text.has(word)).length >= words.length / 3;
}
