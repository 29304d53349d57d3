/**
 * Language-independent keys for numbers and dates, so that one figure written in two languages meets on one key in
 * the lexical index: "30.000" and "30,000" (`#n30000`), "3,5 tỷ" and "3.5 billion" (`#v3500000000`), "60억 원" and
 * "6 billion won" (`#v6000000000`), "10월 8일", "10月8日", "October 8", "8 октября" and "ngày 8/10" (`#d10-8`).
 */

import { englishMonthNames, russianMonthStems } from '../knowledge/month-names.js';

const monthNames: Record<string, number> = {};
for (const [index, name] of englishMonthNames.entries()) {
  monthNames[name] = index + 1;
  monthNames[name.slice(0, 3)] = index + 1;
}

function russianMonth(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = russianMonthStems.findIndex((stem) =>
    stem === 'ма' ? /^ма[яй]$/u.test(lower) : lower.startsWith(stem),
  );
  return index === -1 ? undefined : index + 1;
}

/** A written number as a plain decimal: thousands separators dropped, a decimal comma or point kept as a point. */
export function plainNumber(written: string): string | undefined {
  if (/^\d{1,3}(?:[.,\s]\d{3})+$/u.test(written)) return written.replace(/[.,\s]/gu, '');
  if (/^\d+[.,]\d{1,2}$/u.test(written)) return written.replace(',', '.');
  return /^\d+$/u.test(written) ? written : undefined;
}

const scales: [RegExp, number][] = [
  [/^(?:trillion|조|兆|трлн|триллион)/iu, 1e12],
  [/^(?:billion|bn|tỷ|tỉ|млрд|миллиард)/iu, 1e9],
  [/^(?:억|億)/u, 1e8],
  [/^(?:million|mn|triệu|млн|миллион)/iu, 1e6],
  [/^(?:만|万)/u, 1e4],
  [/^(?:thousand|nghìn|ngàn|тыс|千|천)/iu, 1e3],
];

const wholeDate = new RegExp(
  [
    // 10월 8일, 10月8日
    String.raw`(?<km>\d{1,2})\s*[월月]\s*(?<kd>\d{1,2})\s*[일日]`,
    // October 8, Oct. 8
    String.raw`\b(?<em>[A-Za-z]{3,9})\.?\s+(?<ed>\d{1,2})(?!\d|[.,]\d)`,
    // 8 October, 8 октября
    String.raw`(?<!\d)(?<wd>\d{1,2})\s+(?<wm>[A-Za-z]{3,9}|\p{Script=Cyrillic}{3,9})`,
    // ngày 8/10, 8/10/2023, 8.10.2020 (day first, as Vietnamese and Russian write it)
    String.raw`(?:ngày\s+)(?<vd>\d{1,2})[/.](?<vm>\d{1,2})|(?<!\d)(?<yd>\d{1,2})[/.](?<ym>\d{1,2})[/.](?:19|20)\d{2}`,
  ].join('|'),
  'giu',
);

function dateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(wholeDate)) {
    const groups = match.groups ?? {};
    let month: number | undefined;
    let day: number | undefined;
    if (groups.km !== undefined) [month, day] = [Number(groups.km), Number(groups.kd)];
    else if (groups.em !== undefined) [month, day] = [monthNames[groups.em.toLowerCase()], Number(groups.ed)];
    else if (groups.wd !== undefined)
      [month, day] = [
        monthNames[(groups.wm as string).toLowerCase()] ?? russianMonth(groups.wm as string),
        Number(groups.wd),
      ];
    else if (groups.vd !== undefined) [month, day] = [Number(groups.vm), Number(groups.vd)];
    else if (groups.yd !== undefined) [month, day] = [Number(groups.ym), Number(groups.yd)];
    if (month !== undefined && day !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31)
      keys.push(`#d${month}-${day}`);
  }
  return keys;
}

function numberKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/\d[\d.,]*\d|\d/gu)) {
    const plain = plainNumber(match[0]);
    if (plain === undefined) continue;
    // Only figures written with a separator or a scale need a key of their own: plain digits are terms already.
    if (plain !== match[0]) keys.push(`#n${plain}`);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12).trimStart();
    const scale = scales.find(([pattern]) => pattern.test(after))?.[1];
    if (scale !== undefined) keys.push(`#v${Math.round(Number(plain) * scale)}`);
  }
  return keys;
}

/** The number and date keys of a text (see the module comment), without duplicates. */
export function unitKeys(text: string): string[] {
  if (!/\d/u.test(text)) return [];
  return [...new Set([...numberKeys(text), ...dateKeys(text)])];
}
