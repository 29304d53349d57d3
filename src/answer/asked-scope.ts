/**
 * Which one the question asks about, in the six languages and Chinese: an ordinal ("the second feature",
 * "두 번째 계약", "thứ hai", "второй", "第二部", "2作目") and a year said relative to the article ("last year", "지난해",
 * "去年", "năm ngoái", "в прошлом году"). A sentence that names only another one ("the first feature", "this year's
 * sales") tells of something else, however well it holds the asked unit.
 */

import { type AskedPart, askedParts, partAgrees } from './title-part.js';

/** The asked scope of a question: the ordinal and the relative year it names, when it names them. */
export interface AskedScope {
  ordinal?: number;
  relativeYear?: number;
  /** A numbered edition or cohort ("4기", "第3回", "the 14th edition", "khóa 2"): its number and its counter. */
  numbered?: { number: string; counter: string };
  /** A numbered part of a work ("Lật mặt 6", «Чебурашка 2»): title-part.ts. */
  parts?: AskedPart[];
}

/**
 * Editions and cohorts numbered in digits, with the counter that says of what: "4기", "제14회", "3차", "第3回", "第2届",
 * "3期生", "14th edition", "khóa 2", "lần thứ 7", "14-й фестиваль". Each gives the number and the counter.
 */
const numberedPatterns: { pattern: RegExp; number: number; counter: number }[] = [
  { pattern: /제\s?(\d{1,3})\s?(회|기|차)/gu, number: 1, counter: 2 },
  { pattern: /(?<![\d제])(\d{1,3})\s?(기|차|번째|회째)(?![가-힣])/gu, number: 1, counter: 2 },
  { pattern: /(?<![\d제])(\d{1,3})\s?(기)(?=[의는은가이생])/gu, number: 1, counter: 2 },
  { pattern: /第\s?(\d{1,3})\s?(回|期|届|季|弾|部|作)/gu, number: 1, counter: 2 },
  { pattern: /(?<!第)(\d{1,3})(回目|期生|番目|作目)/gu, number: 1, counter: 2 },
  { pattern: /\b(\d{1,3})(?:st|nd|rd|th)\s+(\p{L}+)/giu, number: 1, counter: 2 },
  { pattern: /(?<!\p{L})(khóa|mùa|đợt|lần|kỳ)\s+(?:thứ\s+)?(\d{1,3})(?!\d)/giu, number: 2, counter: 1 },
  { pattern: /(?<!\d)(\d{1,3})-?(?:й|го|м)\s+(\p{L}{4})/giu, number: 1, counter: 2 },
  // A season in any language ("시즌1", "Season 2", "シーズン3", "сезон 2"; "mùa 3" above, "第3季" above).
  { pattern: /(시즌|シーズン|season|сезон)\s?(\d{1,2})(?!\d)/giu, number: 2, counter: 1 },
];

/** Counters that name the same thing in every language: a season. */
const sameCounter: Record<string, string> = {
  mùa: 'season',
  시즌: 'season',
  シーズン: 'season',
  сезон: 'season',
  季: 'season',
};

function numberedIn(text: string): { number: string; counter: string }[] {
  const found: { number: string; counter: string }[] = [];
  for (const { pattern, number, counter } of numberedPatterns) {
    for (const match of text.matchAll(pattern)) {
      const word = (match[counter] as string).toLowerCase();
      found.push({ number: match[number] as string, counter: sameCounter[word] ?? word });
    }
  }
  return found;
}

const ordinalNumbers: [number, RegExp][] = [
  [
    1,
    new RegExp(
      [
        String.raw`(?:\b(?:the|its|their|his|her)|['’]s?)\s+(?:very\s+)?(?:first|1st)\b`,
        '첫\\s?번째|첫\\s?(?=[가-힣])|第一|一(?:作|回|番)目|1(?:作|回|番)目',
        String.raw`thứ nhất|đầu tiên`,
        String.raw`(?<!\p{L})перв(?:ый|ая|ое|ого|ой|ую|ом|ые|ых)(?!\p{L})`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    2,
    new RegExp(
      [
        String.raw`\b(?:second|2nd)\b(?!\s+(?:half|quarter|round of applause))`,
        '두\\s?번째|2\\s?번째|第二|第2|二(?:作|回|番)目|2(?:作|回|番)目',
        // "thứ hai" is Monday when capitalised after a day ("thứ Hai, 6/9"): only the lower-case ordinal.
        String.raw`thứ hai(?!\s*,?\s*\d)`,
        String.raw`(?<!\p{L})втор(?:ой|ая|ое|ого|ую|ом|ые|ых)(?!\p{L})`,
      ].join('|'),
      'u',
    ),
  ],
  [
    3,
    new RegExp(
      [
        String.raw`\b(?:third|3rd)\b`,
        '세\\s?번째|3\\s?번째|第三|第3|三(?:作|回|番)目|3(?:作|回|番)目',
        String.raw`thứ ba(?!\s*,?\s*\d)`,
        String.raw`(?<!\p{L})треть(?:ий|я|е|его|ю|ем|и|их)(?!\p{L})`,
      ].join('|'),
      'u',
    ),
  ],
];

const relativeYears: [number, RegExp][] = [
  [
    -1,
    new RegExp(
      // Only against the article's date: "a year earlier", "годом ранее" count from another event.
      String.raw`\blast year\b|지난해|작년|去年|昨年|năm ngoái|в прошлом году|o'tgan yili`,
      'iu',
    ),
  ],
  [0, /\bthis year\b|올해|금년|今年|năm nay|в этом году|в текущем году|shu yili/iu],
  [1, /\bnext year\b|내년|明年|来年|năm sau|năm tới|в следующем году|kelasi yili/iu],
];

const relativeYearWords = relativeYears.map(([, pattern]) => new RegExp(`^(?:${pattern.source})$`, 'iu'));

/**
 * Whether a word is itself a year told from the article's date ("작년", "去年", "올해", "来年"): a word any article may
 * write, never a name.
 */
export function isRelativeYearWord(word: string): boolean {
  return relativeYearWords.some((pattern) => pattern.test(word));
}

function namedIn(text: string, table: readonly [number, RegExp][]): Set<number> {
  return new Set(table.filter(([, pattern]) => pattern.test(text)).map(([value]) => value));
}

/** The ordinal and the relative year a question names (the first of each it names). */
export function askedScope(question: string): AskedScope {
  const ordinals = namedIn(question, ordinalNumbers);
  const years = namedIn(question, relativeYears);
  const numbered = numberedIn(question);
  const parts = askedParts(question);
  return {
    ...(numbered.length === 1 ? { numbered: numbered[0] } : {}),
    ...(parts.length > 0 ? { parts } : {}),
    ...(ordinals.size === 1 ? { ordinal: [...ordinals][0] } : {}),
    ...(years.size === 1 ? { relativeYear: [...years][0] } : {}),
  };
}

/**
 * Whether a sentence may be about the asked one: it names the asked ordinal or relative year, or none of that kind —
 * not only another one ("the first feature" for the second, "this year" for last year).
 */
export function scopeAgrees(sentence: string, scope: AskedScope | undefined): boolean {
  if (scope?.ordinal !== undefined) {
    const said = namedIn(sentence, ordinalNumbers);
    if (said.size > 0 && !said.has(scope.ordinal)) return false;
  }
  const numbered = scope?.numbered;
  if (numbered !== undefined) {
    // Other editions of the same counter, not the asked one ("1기 … 2기 … 3기" for "4기").
    const same = numberedIn(sentence).filter((item) => item.counter === numbered.counter);
    if (same.length > 0 && !same.some((item) => item.number === numbered.number)) return false;
  }
  if (scope?.relativeYear !== undefined) {
    const said = namedIn(sentence, relativeYears);
    if (said.size > 0 && !said.has(scope.relativeYear)) return false;
  }
  // Another part of a numbered work ("Lật mặt 7" for "Lật mặt 6", «Чебурашка» for «Чебурашка 2»).
  return (scope?.parts ?? []).every((part) => partAgrees(sentence, part));
}
