/**
 * The part of a year a question asks about or a sentence tells of: a quarter (q1–q4) or a half (h1, h2), in the
 * nine languages of the answer sets ("third quarter", "3분기", "第3四半期", "三季度", "quý III", "третий квартал",
 * "kuartal III", "ไตรมาส 3"; "first half", "상반기", "上半期", "上半年", "nửa đầu năm", "первое полугодие",
 * "semester I", "ครึ่งปีแรก"). A results report tells several periods' figures side by side; a sentence that names
 * only other periods than the asked one tells their figures, not the asked one's.
 */

const ordinal: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  pertama: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  перв: 1,
  втор: 2,
  трет: 3,
  четверт: 4,
  четвёрт: 4,
};

const numberOf = (word: string): number | undefined => {
  const plain = word.toLowerCase().normalize('NFKC');
  if (/^[1-4]$/u.test(plain)) return Number(plain);
  return ordinal[plain];
};

/** Patterns whose first group is the quarter's number or ordinal. */
const quarterPatterns: RegExp[] = [
  /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b/giu,
  /\bQ([1-4])\b/gu,
  /(?<![\d.])([1-4])Q\b/gu,
  // "1·4분기" (the first of four quarters) before "1분기".
  /([1-4])\s?[·ㆍ/]\s?4\s?분기/gu,
  /(?<![\d·ㆍ/])([1-4])\s?분기/gu,
  /第?([1-4１-４])\s?四半期/gu,
  /第?([一二三四1-4])\s?季度/gu,
  /\bquý\s+(I{1,3}|IV|[1-4])\b/giu,
  /(перв|втор|трет|четв[её]рт)\S*\s+квартал/giu,
  /(?<![\d])([1-4]|I{1,3}|IV)(?:-?(?:й|м|го|ом))?\s+квартал/gu,
  /\b(?:kuartal|triwulan)\s*(?:ke-?\s*)?(I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)\b/giu,
  /ไตรมาส(?:ที่)?\s*([1-4])/gu,
];

/** Patterns of a half: [pattern, which half]. */
const halfPatterns: [RegExp, 1 | 2][] = [
  [
    new RegExp(
      String.raw`\bfirst[-\s]half\b|\bH1\b|상반기|上半期|上期|上半年|nửa đầu|6 tháng đầu|перв\S*\s+полугоди|` +
        String.raw`\bsemester\s*(?:I|1|pertama)\b|ครึ่งปีแรก`,
      'iu',
    ),
    1,
  ],
  [
    new RegExp(
      String.raw`\bsecond[-\s]half\b|\bH2\b|하반기|下半期|下期|下半年|nửa cuối|nửa sau|6 tháng cuối|втор\S*\s+полугоди|` +
        String.raw`\bsemester\s*(?:II|2|kedua)\b|ครึ่งปีหลัง`,
      'iu',
    ),
    2,
  ],
];

/** The quarters ("q1"…"q4") and halves ("h1", "h2") a text names. */
export function periodsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of quarterPatterns) {
    for (const match of text.matchAll(pattern)) {
      const number = numberOf(match[1] as string);
      if (number !== undefined) found.add(`q${number}`);
    }
  }
  for (const [pattern, half] of halfPatterns) if (pattern.test(text)) found.add(`h${half}`);
  return found;
}

/**
 * Whether a sentence may tell the asked period's figure: the question names no period, the sentence names none
 * (the period may be told around it), or the sentence names the asked one among others.
 */
export function periodAgrees(asked: ReadonlySet<string>, told: ReadonlySet<string>): boolean {
  if (asked.size === 0 || told.size === 0) return true;
  for (const period of asked) if (told.has(period)) return true;
  return false;
}

/** Phrases that name a year only to compare with it ("up 12% compared with 2023", "so với năm 2023", "2023년 대비"). */
const comparedYear = (year: string) =>
  new RegExp(
    [
      String.raw`\b(?:compared (?:with|to)|versus|vs\.?|than(?: in)?|up from|down from) ` +
        String.raw`(?:the same period (?:of|in) )?${year}`,
      String.raw`so với (?:cùng kỳ )?(?:năm )?${year}`,
      String.raw`${year}년?\s?(?:대비|보다|에 비해)`,
      String.raw`${year}年?(?:比|に比べ|と比べ|より)`,
      String.raw`(?:比|较|相比|同比)${year}年?|${year}年?(?:同期)?相比`,
      String.raw`(?:по сравнению с|против|чем в|относительно) (?:\S+ )?${year}`,
      String.raw`dibanding(?:kan)?(?: dengan)? (?:tahun )?${year}`,
      String.raw`เทียบกับ(?:ปี)?\s*${year}`,
    ].join('|'),
    'giu',
  );

/**
 * Whether a sentence names a year only to compare with it: "revenue of 207.2 billion won in 2024, up 12.1% on 2023"
 * tells 2024's figure, not 2023's.
 */
export function yearOnlyCompared(sentence: string, year: string): boolean {
  if (!/^\d{4}$/u.test(year) || !sentence.includes(year)) return false;
  return !sentence.replace(comparedYear(year), ' ').includes(year);
}
