/**
 * Splits message text into parts within Discord's limits without ever cutting a citation:
 * a `[n]` marker (or `[1, 2]`) is never split, never separated from the sentence it ends,
 * and parts break at paragraphs, then lines, then sentences, then spaces.
 */

/** `[3]`, `[1][2]` are two markers; `[1, 2]` and `[1–3]` are one. */
const citationMarker = /\[\d+(?:\s*[,–-]\s*\d+)*\]/g;

/** Sentence ends, including CJK full stops that need no following space. */
const sentenceEnd = /[.!?。！？…]["'”’)\]]*$/;

interface Span {
  start: number;
  end: number;
}

export function splitText(text: string, limit: number): string[] {
  if (limit < 20) throw new RangeError('splitText: the limit must be at least 20 characters');
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = chooseCut(rest, limit);
    const head = rest.slice(0, cut).trimEnd();
    if (head !== '') parts.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** The best index to cut `text` at (the part is `text.slice(0, index)`), never above `limit`. */
function chooseCut(text: string, limit: number): number {
  const markers = markerSpans(text);
  const allowed = (index: number): boolean => {
    if (index <= 0 || index > limit) return false;
    if (markers.some((span) => index > span.start && index < span.end)) return false;
    // Keep a marker with the words before it: "… in Hanoi. [2]" must not start the next part.
    let next = index;
    while (next < text.length && /\s/.test(text[next] ?? '')) next += 1;
    if (markers.some((span) => span.start === next)) return false;
    // Never split a surrogate pair or an escape (`\*`).
    const code = text.charCodeAt(index - 1);
    if (code >= 0xd800 && code <= 0xdbff) return false;
    if (text[index - 1] === '\\') return false;
    return true;
  };
  const rank = (index: number): number => {
    // The last few hundred characters are enough to recognise a boundary.
    const before = text.slice(Math.max(0, index - 200), index);
    if (before.endsWith('\n\n')) return 4;
    if (before.endsWith('\n')) return 3;
    if (/\s$/.test(before) && sentenceEnd.test(withoutTrailingMarkers(before.trimEnd()))) return 2;
    if (/[。！？]$/.test(before)) return 2;
    if (/\s$/.test(before)) return 1;
    return 0;
  };
  let best = { index: 0, rank: -1 };
  let fallback = 0;
  const windowStart = Math.floor(limit / 2);
  for (let index = limit; index > 0; index -= 1) {
    if (!allowed(index)) continue;
    if (fallback === 0) fallback = index;
    const score = rank(index);
    if (score === 0) continue;
    // Inside the window prefer the strongest boundary; outside it, take the first boundary found.
    if (index >= windowStart) {
      if (score > best.rank) best = { index, rank: score };
    } else if (best.rank < 0) {
      best = { index, rank: score };
      break;
    } else {
      break;
    }
  }
  if (best.rank > 0) return best.index;
  return fallback > 0 ? fallback : limit;
}

function markerSpans(text: string): Span[] {
  return [...text.matchAll(citationMarker)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function withoutTrailingMarkers(text: string): string {
  return text.replace(/(?:\s*\[\d+(?:\s*[,–-]\s*\d+)*\])+$/, '');
}
