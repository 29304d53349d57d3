/**
 * Which one the question asks about, in the six languages and Chinese: an ordinal ("the second feature", "두 번째 계약",
 * "thứ hai", "второй", "第二部", "2作目") and a year said relative to the article ("last year", "지난해", "去年",
 * "năm ngoái", "в прошлом году"). A sentence that names only another one ("the first feature", "this year's sales") tells
 * of something else, however well it holds the asked unit.
 */

/** The asked scope of a question: the ordinal and the relative year it names, when it names them. */
export interface AskedScope {
  ordinal?: number;
  relativeYear?: number;
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

function namedIn(text: string, table: readonly [number, RegExp][]): Set<number> {
  return new Set(table.filter(([, pattern]) => pattern.test(text)).map(([value]) => value));
}

/** The ordinal and the relative year a question names (the first of each it names). */
export function askedScope(question: string): AskedScope {
  const ordinals = namedIn(question, ordinalNumbers);
  const years = namedIn(question, relativeYears);
  return {
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
  if (scope?.relativeYear !== undefined) {
    const said = namedIn(sentence, relativeYears);
    if (said.size > 0 && !said.has(scope.relativeYear)) return false;
  }
  return true;
}
