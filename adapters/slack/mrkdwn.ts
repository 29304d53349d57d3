/**
 * Text in and out of Slack's mrkdwn. Out: everything that came from users or sources is
 * escaped (`&`, `<`, `>` → entities), so `<!channel>`, `<@U…>` or `<http://evil|text>` in an
 * article is shown as text instead of pinging or disguising a link; long text is split
 * or shortened without cutting an entity, a link or a `[n]` citation marker. In: Slack's
 * markup in a member's message is turned back into plain text for the core.
 */

/** Escapes the three characters Slack treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapedLengthOf(character: string): number {
  if (character === '&') return 5;
  if (character === '<' || character === '>') return 4;
  return character.length;
}

/** Length of `text` once escaped, without building the string. */
export function escapedLength(text: string): number {
  let length = 0;
  for (const character of text) length += escapedLengthOf(character);
  return length;
}

/**
 * A link Slack renders as `label`, or just the escaped label when the URL is not http(s).
 * The URL is normalised so it cannot close the link early (`|`, `>`) or smuggle markup.
 */
export function linkMrkdwn(url: string | undefined, label: string): string {
  const escapedLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  const safeUrl = safeHttpUrl(url);
  // A very long URL would crowd out the text around it: show the label alone.
  return safeUrl === undefined || safeUrl.length > 1_000 ? escapedLabel : `<${safeUrl}|${escapedLabel}>`;
}

export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

/** Shortens plain text so that its escaped form fits `maximum`, adding an ellipsis; never splits a surrogate pair. */
export function truncatePlain(text: string, maximum: number): string {
  if (escapedLength(text) <= maximum) return text;
  const room = maximum - 1;
  let length = 0;
  let result = '';
  for (const character of text) {
    const size = escapedLengthOf(character);
    if (length + size > room) break;
    length += size;
    result += character;
  }
  const lastSpace = result.search(/\s\S*$/);
  if (lastSpace > result.length * 0.7) result = result.slice(0, lastSpace);
  return `${result.trimEnd()}…`;
}

/** Escaped and shortened: the usual way to echo a user's or a source's text. */
export function escapeAndTruncate(text: string, maximum: number): string {
  return escapeMrkdwn(truncatePlain(text, maximum));
}

/** Citation markers like [3] or [1, 2] that a split must not cut. */
const markerPattern = /\[\d+(?:\s*[,–-]\s*\d+)*\]/g;

/**
 * Splits plain text into pieces whose escaped form fits `maximum`. Prefers paragraph
 * breaks, then line breaks, then sentence ends, then spaces; never cuts inside a
 * citation marker or a surrogate pair.
 */
export function splitPlainText(text: string, maximum: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    if (escapedLength(rest) <= maximum) {
      pieces.push(rest);
      break;
    }
    const cut = findCut(rest, maximum);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return pieces.filter((piece) => piece !== '');
}

function findCut(text: string, maximum: number): number {
  // The longest prefix that fits once escaped.
  let fits = 0;
  let length = 0;
  for (const character of text) {
    const size = escapedLengthOf(character);
    if (length + size > maximum) break;
    length += size;
    fits += character.length;
  }
  const forbidden: Array<[number, number]> = [];
  for (const match of text.matchAll(markerPattern)) forbidden.push([match.index, match.index + match[0].length]);
  const allowed = (position: number) => forbidden.every(([start, end]) => position <= start || position >= end);
  const window = text.slice(0, fits);
  const floor = Math.floor(fits / 3);
  const candidates = [/\n\s*\n/g, /\n/g, /[.!?。！？](?:\s*\[\d+(?:\s*[,–-]\s*\d+)*\])?\s/g, /\s/g];
  for (const pattern of candidates) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const position = match.index + match[0].length;
      if (position > floor && position <= fits && allowed(position)) best = position;
    }
    if (best > 0) return best;
  }
  // No good boundary: cut hard, but outside markers and surrogate pairs.
  let position = fits;
  while (position > 1 && !allowed(position)) position -= 1;
  const code = text.charCodeAt(position - 1);
  if (code >= 0xd800 && code <= 0xdbff) position -= 1;
  return Math.max(position, 1);
}

/** Shortens already-escaped mrkdwn without leaving a broken entity or an unclosed `<…>`. */
export function truncateMrkdwn(mrkdwn: string, maximum: number): string {
  if (mrkdwn.length <= maximum) return mrkdwn;
  let cut = maximum - 1;
  const open = mrkdwn.lastIndexOf('<', cut);
  const close = mrkdwn.lastIndexOf('>', cut);
  if (open > close) cut = open;
  const ampersand = mrkdwn.lastIndexOf('&', cut);
  if (ampersand >= 0 && ampersand > cut - 6 && !mrkdwn.slice(ampersand, cut).includes(';')) cut = ampersand;
  const code = mrkdwn.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${mrkdwn.slice(0, cut).trimEnd()}…`;
}

/** Prefixes every line with `> ` (a mrkdwn quote). */
export function quoteMrkdwn(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Slack entities back to characters (for text that comes from Slack). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A member's message as plain text for the core: the bot's own mention removed, other
 * mentions, channels and links turned into readable text, entities decoded.
 */
export function plainTextFromSlack(text: string, botUserId?: string): string {
  const withoutBot =
    botUserId === undefined ? text : text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  return unescapeMrkdwn(
    withoutBot.replace(/<([^<>]+)>/g, (_whole, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return label !== undefined ? `@${label}` : target;
      if (target.startsWith('#')) return label !== undefined ? `#${label}` : target;
      if (target.startsWith('!')) {
        const special = target.slice(1).split('^')[0] ?? '';
        if (special.startsWith('subteam')) return label ?? '@group';
        return label ?? `@${special}`;
      }
      if (label !== undefined && label !== target && !target.endsWith(label)) return `${label} (${target})`;
      return label ?? target.replace(/^mailto:/, '');
    }),
  )
    .replace(/[ \t]+/g, ' ')
    .trim();
}
