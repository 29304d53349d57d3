/**
 * Units of an answer found in a sentence, in the six languages: a count with what it counts,
 * an amount with its currency, a date in any format (names — persons, organizations, schools,
 * places — are in name-units.ts). An answer sentence must hold a unit of the asked type.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { classesRightAfter, hasClassCount } from './count-classes.js';
import {
  employmentTold,
  genericPeople,
  peopleBefore,
  peopleClass,
  peopleCounter,
  workforceWords,
} from './people-counts.js';
import { chineseLengthUnit, shareFigure, thaiShortDay, wordLength, yearPart } from './unit-forms.js';

export type AskedType =
  'count' | 'amount' | 'date' | 'duration' | 'place' | 'person' | 'organization' | 'title' | 'definition' | 'other';

const monthWord =
  String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|` +
  String.raw`jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const russianMonth = String.raw`(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*`;
const uzbekMonth = String.raw`(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr)`;
const indonesianMonth =
  String.raw`(?:januari|februari|maret|april|mei|juni|juli|` + String.raw`agustus|september|oktober|november|desember)`;
const thaiMonthsFirstHalf = 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน';
const thaiMonthsSecondHalf = 'กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม';
const thaiMonth = `(?:${thaiMonthsFirstHalf}|${thaiMonthsSecondHalf})`;
/** A day of a month in Indonesian ("18 Mei") or Thai ("18 พฤษภาคม"). */
const indonesianOrThaiDay = new RegExp(String.raw`\d{1,2}\s+${indonesianMonth}\b|\d{1,2}\s*${thaiMonth}`, 'iu');
const datePatterns = [
  /\b(?:1[89]|20)\d{2}\b/u,
  new RegExp(String.raw`\b${monthWord}\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWord}`, 'iu'),
  /\b(?:on|since|from|until|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/iu,
  // A month on its own after a preposition ("launched in May"), capitalised: "may" is also a verb.
  new RegExp(
    String.raw`\b(?:in|since|from|until|by|early|late|mid-)\s+(?:January|February|March|April|May|June|July|` +
      String.raw`August|September|October|November|December)\b`,
    'u',
  ),
  /\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?|\d{1,2}\s*일(?=[에은부까,\s]|$)|\d{4}\s*년/u,
  /\d{1,4}\s*[年月日]/u,
  /(?:ngày|tháng|năm|sáng|chiều|tối|trưa)\s+\d{1,4}|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}-\d{1,2}-\d{4}\b/iu,
  new RegExp(String.raw`\d{1,2}\s+${russianMonth}|${russianMonth}\s+\d{4}|\d{4}\s*г(?:ода?|\.)`, 'iu'),
  new RegExp(String.raw`\d{1,2}[-\s]${uzbekMonth}|${uzbekMonth}\s+oyi`, 'iu'),
  indonesianOrThaiDay,
  // A Thai year is often of the Buddhist era ("ปี 2544", "พ.ศ. 2549": 2001, 2006), after a month or a word for year.
  new RegExp(
    String.raw`\b${indonesianMonth}\s+\d{4}|${thaiMonth}\s*(?:พ\.ศ\.\s*)?\d{4}|` + String.raw`(?:พ\.ศ\.|ปี)\s*25\d{2}`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
      String.raw`last year|this year|next year|last month|yesterday)\b`,
    'iu',
  ),
  /작년|지난해|올해|내년|지난달|이달|[월화수목금토일]요일|năm ngoái|năm nay|昨年|今年|来年|先月|в прошлом году|в этом году|o'tgan yili|shu yili/iu,
  /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:1[89]|20)\d{2}\b/iu,
  yearPart,
  thaiShortDay,
];

const dayPatterns = [
  new RegExp(String.raw`\b${monthWord}\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWord}`, 'iu'),
  /\b(?:on|since|from|until|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/iu,
  /\d{1,2}\s*일(?=[에은부까,\s]|$)/u,
  /\d{1,2}\s*日/u,
  /(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}-\d{1,2}(?:-\d{4})?\b/iu,
  new RegExp(String.raw`\d{1,2}\s+${russianMonth}`, 'iu'),
  new RegExp(String.raw`\d{1,2}[-\s]${uzbekMonth}`, 'iu'),
  indonesianOrThaiDay,
  thaiShortDay,
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b|[월화수목금토일]요일/iu,
];

/** Whether a sentence names a day (a day of a month, a weekday), not only a month or a year. */
export function hasDay(sentence: string): boolean {
  return dayPatterns.some((pattern) => pattern.test(sentence));
}

/** Whether a sentence holds a date (year, day and month, weekday, relative year) in any of the six languages. */
export function hasDate(sentence: string): boolean {
  return datePatterns.some((pattern) => pattern.test(sentence));
}

const numberCore = String.raw`(?:\d[\d,.\s]*\d|\d)`;
/**
 * The scale words of an amount. Korean, Japanese and Chinese write one amount with several, each with its own digits
 * or multiplying the next ("840억3천만원", "3천만 원", "1조2천억원", "4百万円", "十亿元"): a run of them is one scale.
 */
const scaleWord =
  String.raw`(?:million|billion|trillion|thousand|bn|mn|m|k|억|조|만|천|백|万|億|亿|兆|千|百|十|tỷ|tỉ|triệu|nghìn|ngàn|` +
  String.raw`тыс\.?|млн\.?|млрд\.?|миллион[а-я]*|миллиард[а-я]*|mln|mlrd|million|milliard|ribu|juta|miliar|triliun|` +
  String.raw`ล้าน|พัน|หมื่น|แสน)`;
// Thai writes a run of scale words too ("3.2 พันล้านบาท": 3.2 thousand million).
const cjkScale = '(?:[억조만천백万億亿兆千百十]|ล้าน|พัน|หมื่น|แสน)';
const scale = String.raw`(?:\s*${scaleWord}(?:\s*\d*\s*${cjkScale})*)?`;
const currencyAfter =
  String.raw`\s*(?:won|dollars?|dolar|usd|us\$|yen|jpy|euros?|eur|yuan|rmb|rubles?|roubles?|vnđ|vnd|krw|đồng|dong|` +
  String.raw`đô(?:[\s-]?la)?|thb|idr|rub|cny|hkd|sgd|twd|gbp|₽|₫|港元|港币|港幣|新台币|台币|美金|英镑|欧元|日元|韩元|卢布|` +
  String.raw`som|so'm|soʻm|sum|tenge|원|달러|엔|위안|유로|円|ドル|ウォン|元|ユーロ|` +
  String.raw`руб[а-я.]*|долл[а-я.]*|евро|сум[а-я]*|тенге|rupiah|บาท|ดอลลาร์(?:สหรัฐ)?|เหรียญ(?:สหรัฐ)?|เยน|หยวน|วอน)`;
const amountPatterns = [
  new RegExp(String.raw`${numberCore}${scale}${currencyAfter}`, 'iu'),
  new RegExp(String.raw`(?:\$|us\$|usd|€|£|¥|₩|krw|vnd|(?<!\p{L})rp\.?)\s*${numberCore}`, 'iu'),
  // Digits with separators between the scales and after the last one: "2만1600원", "5億1,959万7,100円".
  new RegExp(
    String.raw`\d\s*${cjkScale}(?:\s*[\d,]*\s*${cjkScale})*(?:\s*\d[\d,]*)?\s*(?:원|円|元|美元|人民币|ドル|달러)`,
    'u',
  ),
];

const durationPattern = new RegExp(
  String.raw`(?:\d[\d.,]*|${numberWordsSource()})\s*(?:-|\s)?(?:hours?|days?|weeks?|months?|years?|decades?|` +
    String.raw`minutes?|mins?\b|seconds?|secs?\b|years? old|year-old|` +
    // An age is a length of life ("4 tuổi", "34세", "7歳", "12岁").
    String.raw`tuổi|살|세(?![계대기])|歳|才|岁|giây|초(?![가-힣])|秒|секунд|` +
    String.raw`시간|일간|일|주|주일|개월|달|년간|년|분|giờ|ngày|tuần|tháng|năm|phút|時間|日間|週間|か月|ヶ月|カ月|年間|年|分|` +
    String.raw`час|дн|день|дня|недел|месяц|год|лет|минут|soat|kun|hafta|oy|yil|daqiqa|` +
    String.raw`hari|minggu|pekan|bulan|tahun|jam|menit|วัน|สัปดาห์|เดือน|ปี|ชั่วโมง|นาที|${chineseLengthUnit})|` +
    // "A year and a half", "half a day": a length said in words.
    String.raw`\b(?:a|an|one)\s+(?:hour|day|week|month|year)\s+and\s+a\s+half\b|\bhalf\s+an?\s+(?:hour|day|year)\b`,
  'iu',
);

function numberWordsSource(): string {
  return (
    'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a few|several|' +
    'hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|두|세|네|다섯|여섯|' +
    'два|две|три|четыре|пять|шесть|семь|восемь|девять|десять'
  );
}

// A span between two days says how long too ("from 14 to 16 June", "14–16/10", "từ 14 đến 16", "14일부터 16일까지").
const spanPattern = new RegExp(
  [
    String.raw`\bfrom\s+(?:\p{L}+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|through)\s+(?:\p{L}+\s+)?\d{1,2}\b`,
    String.raw`\b\d{1,2}\s*[–-]\s*\d{1,2}\s*(?:/\d{1,2}|\p{L}{3,})`,
    String.raw`từ\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2})?\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}`,
    String.raw`\d{1,2}\s*일\s*부터\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일\s*까지`,
    String.raw`\d{1,2}日から(?:\d{1,2}月)?\d{1,2}日まで`,
    String.raw`(?<!\p{L})с\s+\d{1,2}\s+(?:\p{L}+\s+)?(?:по|до)\s+\d{1,2}`,
  ].join('|'),
  'iu',
);

/**
 * Dates that read like a number with a unit of time: a year ("2024년", "2024年", "in 2024 years" never), a Korean day of
 * the month ("18일까지", "6월 18일", "지난 6일 밝혔다") — a deadline or a date, not how long.
 */
const datesLikeLengths = new RegExp(
  [
    String.raw`(?<!\d)(?:1[89]|20)\d{2}\s*(?:년|年)(?!\s*(?:간|間|동안))`,
    String.raw`\d{1,2}\s*일(?!\s*(?:간|동안|일정|과정|짜리))`,
  ].join('|'),
  'gu',
);

/** Whether a sentence holds a duration (a number with a unit of time, or a span between two days). */
export function hasDuration(sentence: string): boolean {
  if (spanPattern.test(sentence) || wordLength.test(sentence)) return true;
  return durationPattern.test(sentence.replace(datesLikeLengths, ' '));
}

/** Whether a sentence holds an amount of money (a number with its currency). */
export function hasAmount(sentence: string): boolean {
  return amountPatterns.some((pattern) => pattern.test(sentence));
}

const numberWords = new RegExp(
  [
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|` +
      String.raw`twenty|thirty|forty|fifty|hundred|hundreds|dozens?|thousands?)\b`,
    String.raw`(?<!\p{L})(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)(?!\p{L})`,
    // A Korean number word stands alone ("두 회사"), not at the end of another word ("모두 ").
    String.raw`(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s`,
    // \b is an ASCII boundary: Cyrillic words need their own.
    String.raw`(?<!\p{L})(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сто)(?!\p{L})`,
    String.raw`\b(?:ikki|uch|to'rt|besh|olti|yetti|sakkiz|to'qqiz|o'n|yuz)\b`,
    // Chinese numerals before a classifier ("七届", "两部"), not after 第 (an ordinal: "第七届").
    '(?<!第)[一二两三四五六七八九十百千]{1,4}(?=[个家部名位所项件条集次届场本款])',
  ].join('|'),
  'iu',
);

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** Written in words ("five", "năm"): ambiguous, so only what follows it counts. */
  word?: boolean;
}

const amountAfter = new RegExp(`^${scale}${currencyAfter}`, 'iu');
const currencyBefore = /(?:\$|us\$|usd|€|£|¥|₩|krw|vnd|(?<!\p{L})rp\.?)\s*$/iu;

/** Whether the number at start..end is an amount of money (a currency right before or after it). */
function isAmountAt(sentence: string, start: number, end: number): boolean {
  return currencyBefore.test(sentence.slice(Math.max(0, start - 4), start)) || amountAfter.test(sentence.slice(end));
}

/** Whether the number at start..end is an ordinal: its ending (ru, en, ko, ja) or the word before it (vi, ko, ja). */
function ordinalAround(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 4);
  const before = sentence.slice(Math.max(0, start - 4), start);
  return (
    /^-?(?:го|й|я|е|ое|ый|ая|ой|м|ом)(?!\p{L})/u.test(after) ||
    /^\s*(?:회째|번째|째|回目|番目)/u.test(after) ||
    /(?:thứ\s|제\s?|第)$/u.test(before)
  );
}

/**
 * A range said as one count ("200-220 people", "350–400 employees", "20~30人"): both ends are left out above as parts
 * of a date or a code, so the range is one mention when a word or a counter follows it — not a month, a year, a
 * percentage or money ("14-16 June", "2020-2021 season" and "10–20%" are no counts).
 */
const numberRange = /(?<![\d/.,-])(\d[\d,.]*)\s?[-–~〜～]\s?(\d[\d,.]*)(?![\d/-])/gu;
const rangeCounted = /^\s*\p{L}/u;
const rangeNot = new RegExp(String.raw`^\s*(?:${monthWord}(?!\p{L})|[월月日年년%]|일(?![가-힣]))`, 'iu');

function rangeMentions(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of sentence.matchAll(numberRange)) {
    const [text, low, high] = match as unknown as [string, string, string];
    const end = match.index + text.length;
    const after = sentence.slice(end, end + 12);
    if (/^(?:1[89]|20)\d{2}$/u.test(low) && /^(?:1[89]|20)?\d{2}$/u.test(high)) continue;
    if (!rangeCounted.test(after) || rangeNot.test(after) || isAmountAt(sentence, match.index, end)) continue;
    mentions.push({ start: match.index, end, text });
  }
  return mentions;
}

/** Numbers in a sentence (digits, also with scale words; number words), that are not years. */
export function countMentions(sentence: string, ordinals = false): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of sentence.matchAll(/\d[\d,.]*(?:\s*(?:만|천|억|万|千|百|ล้าน|แสน|หมื่น|พัน))?/gu)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    const after = sentence.slice(end, end + 3);
    const before = sentence.slice(Math.max(0, start - 1), start);
    if (/^(?:1[89]|20)\d{2}$/.test(text) && !/^\s*(?:명|人|名|người|человек|people)/u.test(after)) continue;
    if (
      // A share ("95 persen karyawan", "40 процентов"), a month, a day or a year: read past the three characters above.
      /^\s*(?:%|퍼센트|percent|phần trăm|процент|persen|월|月|日|일(?![가-힣])|年|년)/u.test(
        sentence.slice(end, end + 12),
      ) ||
      /[/-]$/.test(before) ||
      /^[/-]\d/.test(after) ||
      // A model or format ("3D", "4K"), not a count.
      /^[A-Za-z]/.test(after) ||
      // An ordinal ("14-го фестиваля", "lần thứ 14", "제14회", "第14回", "3회째"): which one, not how many.
      (!ordinals && ordinalAround(sentence, start, end)) ||
      // Money is an amount, not a count ("20,000 euros", "$74,000", "570억원").
      isAmountAt(sentence, start, end)
    ) {
      continue;
    }
    mentions.push({ start, end, text });
  }
  mentions.push(...rangeMentions(sentence));
  // Every number word, not only the first ("limited to fifteen institutions: five partners …").
  for (const word of sentence.matchAll(new RegExp(numberWords.source, 'giu'))) {
    if (sentence.charAt(word.index + word[0].length) !== '-')
      mentions.push({ start: word.index, end: word.index + word[0].length, text: word[0], word: true });
  }
  return mentions;
}

/**
 * Whether a sentence holds a count of what is asked: a number with, close by, the counted
 * word (or its concept), or — for people — a people counter or a kind of people.
 */
/**
 * A unit of time right after a number ("80 năm", "35 years", "6개월", "3か月", "семь минут"): a length or an age, no
 * count of what a question counts unless it counts time itself ("몇 분", "how many minutes").
 */
const timeUnit = new RegExp(
  String.raw`^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|năm|tháng|tuần|ngày|giờ|phút|` +
    String.raw`년|개월|달|주|시간|분|年|か月|ヶ月|カ月|週|時間|分|天|个月|小时|分钟|` +
    String.raw`лет|год|месяц|недел|дн[еяи]|день|час|минут)(?![\p{L}])`,
  'iu',
);
const timeUnitStart = new RegExp(timeUnit.source.replace('(?![\\p{L}])', ''), 'iu');

/** Whether what a question counts is time itself (its keys start with a unit of time). */
function countsTime(keys: ReadonlySet<string>): boolean {
  return [...keys].some((key) => timeUnitStart.test(key));
}

export function hasCount(
  sentence: string,
  counted:
    | {
        keys: ReadonlySet<string>;
        people: boolean;
        percent?: boolean;
        workforce?: boolean;
        rank?: boolean;
        counter?: string;
        classes?: ReadonlySet<string>;
        /** Read in a sentence of another language than the question's. */
        across?: boolean;
      }
    | undefined,
  glossary: Glossary | undefined,
): boolean {
  if (counted?.percent) {
    // A share of a named rate ("취업률") is that rate's.
    const rates = [...counted.keys].filter((key) => /[률율]$/u.test(key));
    return shareFigure.test(sentence) && rates.every((rate) => sentence.includes(rate));
  }
  const mentions = countMentions(sentence, counted?.rank === true);
  if (mentions.length === 0) return false;
  // Nothing named but a counter of one kind of thing ("몇 곳", "多少家"): that counter must follow the number.
  if (!counted || (counted.keys.size === 0 && !counted.people && counted.counter === undefined)) return true;
  // "How many people / 명": a people counter is enough; "how many employees" needs employment by the number;
  // "how many residents (인구)" needs the word itself.
  const workforce = counted.workforce === true || [...counted.keys].some((key) => workforceWords.has(key));
  const onlyPeople =
    counted.people &&
    [...counted.keys].every((key) => genericPeople.has(key) || workforceWords.has(key) || key.startsWith('@'));
  const timeAsked = countsTime(counted.keys);
  for (const mention of mentions) {
    const after = sentence.slice(mention.end, mention.end + 60);
    if (!timeAsked && timeUnit.test(after.trimStart())) continue;
    // A number right before a count noun of another class counts that ("5 series" for "how many episodes").
    const countedClasses = counted.classes && counted.classes.size > 0 ? classesRightAfter(after) : undefined;
    if (countedClasses && countedClasses.size > 0 && ![...countedClasses].some((kind) => counted.classes?.has(kind)))
      continue;
    const around = `${sentence.slice(Math.max(0, mention.start - 30), mention.start)} ${after}`;
    if (workforce && !employmentTold.test(around)) continue;
    if (
      onlyPeople &&
      (peopleCounter.test(after) ||
        peopleBefore.test(sentence.slice(0, mention.start)) ||
        // Across languages, a kind of people close after the number ("25 peserta", "1.000 nhân sự", "120 VFX
        // specialists"): the question's own count noun cannot be read there.
        (counted.across === true && hasClassCount(sentence, peopleClass, [mention])))
    )
      return true;
    // A counter the question names stands right after the number ("몇 편" and "222편을 상영", "何校" and "12校").
    if (counted.counter !== undefined && sentence.slice(mention.end).trimStart().startsWith(counted.counter))
      return true;
    // What is counted stands next to the number: up to five words after it, two before it ("학생 237명").
    const before =
      mention.word === true ? '' : sentence.slice(0, mention.start).trim().split(/\s+/).slice(-2).join(' ');
    const near = `${before} ${after.trim().split(/\s+/).slice(0, 5).join(' ')}`;
    const keys = wordTokens(near).map(matchKey);
    if (
      keys.some(
        (key) =>
          counted.keys.has(key) || [...counted.keys].some((wanted) => wanted.length >= 2 && key.startsWith(wanted)),
      )
    ) {
      return true;
    }
    if (glossary) {
      // A narrower kind of thing counts as what is asked ("two feature films" for films, "12 universities" for
      // schools); not of people, whose kinds share broad ancestors ("1,100 production crew members" are no experts).
      for (const hit of counted.people ? [] : glossary.findConcepts(near))
        if (glossary.withAncestors(hit.conceptId).some((id) => counted.keys.has(`@${id}`))) return true;
      // A kind of people right after the number ("54 domestic and international experts").
      const following = after.trim().split(/\s+/).slice(0, 4).join(' ');
      for (const hit of counted.people ? glossary.findConcepts(following) : []) {
        const category = glossary.concepts.get(hit.conceptId)?.category;
        if (category === 'role' || hit.conceptId === 'headcount') return true;
      }
    }
  }
  return false;
}
