/**
 * Units of an answer found in a sentence, in the six languages: a count with what it counts,
 * an amount with its currency, a date in any format, a place, a person's name, an
 * organization's name. An answer sentence must hold a unit of the asked type.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';

export type AskedType =
  'count' | 'amount' | 'date' | 'duration' | 'place' | 'person' | 'organization' | 'title' | 'definition' | 'other';

const monthWord =
  String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|` +
  String.raw`jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const russianMonth = String.raw`(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*`;
const uzbekMonth = String.raw`(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr)`;
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
  new RegExp(
    String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
      String.raw`last year|this year|next year|last month|yesterday)\b`,
    'iu',
  ),
  /작년|지난해|올해|내년|지난달|이달|[월화수목금토일]요일|năm ngoái|năm nay|昨年|今年|来年|先月|в прошлом году|в этом году|o'tgan yili|shu yili/iu,
  /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:1[89]|20)\d{2}\b/iu,
];

const dayPatterns = [
  new RegExp(String.raw`\b${monthWord}\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWord}`, 'iu'),
  /\b(?:on|since|from|until|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/iu,
  /\d{1,2}\s*일(?=[에은부까,\s]|$)/u,
  /\d{1,2}\s*日/u,
  /(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}-\d{1,2}(?:-\d{4})?\b/iu,
  new RegExp(String.raw`\d{1,2}\s+${russianMonth}`, 'iu'),
  new RegExp(String.raw`\d{1,2}[-\s]${uzbekMonth}`, 'iu'),
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
const scale =
  String.raw`(?:\s*(?:million|billion|trillion|thousand|bn|mn|m|k|억|조|만|천|万|億|兆|tỷ|tỉ|triệu|nghìn|ngàn|` +
  String.raw`тыс\.?|млн\.?|млрд\.?|миллион[а-я]*|миллиард[а-я]*|mln|mlrd|million|milliard))?`;
const currencyAfter =
  String.raw`\s*(?:won|dollars?|usd|us\$|yen|jpy|euros?|eur|yuan|rmb|rubles?|roubles?|vnd|krw|đồng|dong|` +
  String.raw`som|so'm|soʻm|sum|tenge|원|달러|엔|위안|유로|円|ドル|ウォン|元|ユーロ|` +
  String.raw`руб[а-я.]*|долл[а-я.]*|евро|сум[а-я]*|тенге)`;
const amountPatterns = [
  new RegExp(String.raw`${numberCore}${scale}${currencyAfter}`, 'iu'),
  new RegExp(String.raw`(?:\$|us\$|usd|€|£|¥|₩|krw|vnd)\s*${numberCore}`, 'iu'),
  /\d\s*(?:억|조|만)\s*원|\d\s*(?:億|万|兆)\s*円/u,
];

const durationPattern = new RegExp(
  String.raw`(?:\d[\d.,]*|${numberWordsSource()})\s*(?:-|\s)?(?:hours?|days?|weeks?|months?|years?|decades?|` +
    String.raw`시간|일간|일|주|주일|개월|달|년간|년|giờ|ngày|tuần|tháng|năm|時間|日間|週間|か月|ヶ月|カ月|年間|年|` +
    String.raw`час|дн|день|дня|недел|месяц|год|лет|soat|kun|hafta|oy|yil)`,
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

/** Whether a sentence holds a duration (a number with a unit of time, or a span between two days). */
export function hasDuration(sentence: string): boolean {
  return durationPattern.test(sentence) || spanPattern.test(sentence);
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
const currencyBefore = /(?:\$|us\$|usd|€|£|¥|₩|krw|vnd)\s*$/iu;

/** Whether the number at start..end is an amount of money (a currency right before or after it). */
function isAmountAt(sentence: string, start: number, end: number): boolean {
  return currencyBefore.test(sentence.slice(Math.max(0, start - 4), start)) || amountAfter.test(sentence.slice(end));
}

/** Numbers in a sentence (digits, also with scale words; number words), that are not years. */
export function countMentions(sentence: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of sentence.matchAll(/\d[\d,.]*(?:\s*(?:만|천|억|万|千|百))?/gu)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    const after = sentence.slice(end, end + 3);
    const before = sentence.slice(Math.max(0, start - 1), start);
    if (/^(?:1[89]|20)\d{2}$/.test(text) && !/^\s*(?:명|人|名|người|человек|people)/u.test(after)) continue;
    if (
      /^\s*(?:%|퍼센트|percent|phần trăm|процент|월|月|日|일(?![가-힣])|年|년)/u.test(after) ||
      /[/-]$/.test(before) ||
      /^[/-]\d/.test(after) ||
      // A model or format ("3D", "4K"), not a count.
      /^[A-Za-z]/.test(after) ||
      // Money is an amount, not a count ("20,000 euros", "$74,000", "570억원").
      isAmountAt(sentence, start, end)
    ) {
      continue;
    }
    mentions.push({ start, end, text });
  }
  // Every number word, not only the first ("limited to fifteen institutions: five partners …").
  for (const word of sentence.matchAll(new RegExp(numberWords.source, 'giu'))) {
    if (sentence.charAt(word.index + word[0].length) !== '-')
      mentions.push({ start: word.index, end: word.index + word[0].length, text: word[0], word: true });
  }
  return mentions;
}

/** Words that count people in general (a people counter answers them). */
export const genericPeople = new Set(
  'people person persons member 명 인 사람 인원 người 人 名 человек kishi nafar'.split(' '),
);

/**
 * Words that count a workforce: the count must stand with employment ("employs 42 people", "직원 3명",
 * "450 сотрудников").
 */
const workforceWords = new Set(
  'employee employ staff worker workforce hire 직원 사원 인력 nhân viên 社員 従業員 職員 сотрудник работник xodim'.split(
    ' ',
  ),
);
export const employment = new RegExp(
  'employ|staff|workforce|hire|hiring|직원|사원|인력|일하|근무|채용|nhân viên|nhân sự|làm việc|tuyển|' +
    '社員|従業員|職員|働|雇用|сотрудник|работник|работа|штат|xodim|ishla',
  'iu',
);

const peopleCounter = /^\s*(?:명|인(?![가-힣])|人|名|người|человек|чел\.|kishi|nafar|people|persons?)/iu;

/**
 * Whether a sentence holds a count of what is asked: a number with, close by, the counted
 * word (or its concept), or — for people — a people counter or a kind of people.
 */
const percentage = /\d[\d.,]*\s*(?:%|퍼센트|프로|percent|per cent|phần trăm|процент[а-я]*|foiz|パーセント)/iu;

export function hasCount(
  sentence: string,
  counted: { keys: ReadonlySet<string>; people: boolean; percent?: boolean; workforce?: boolean } | undefined,
  glossary: Glossary | undefined,
): boolean {
  if (counted?.percent) return percentage.test(sentence);
  const mentions = countMentions(sentence);
  if (mentions.length === 0) return false;
  if (!counted || (counted.keys.size === 0 && !counted.people)) return true;
  // "How many people / 명": a people counter is enough; "how many employees" needs employment by the number;
  // "how many residents (인구)" needs the word itself.
  const workforce = counted.workforce === true || [...counted.keys].some((key) => workforceWords.has(key));
  const onlyPeople =
    counted.people &&
    [...counted.keys].every((key) => genericPeople.has(key) || workforceWords.has(key) || key.startsWith('@'));
  for (const mention of mentions) {
    const after = sentence.slice(mention.end, mention.end + 60);
    const around = `${sentence.slice(Math.max(0, mention.start - 30), mention.start)} ${after}`;
    if (workforce && !employment.test(around)) continue;
    if (onlyPeople && peopleCounter.test(after)) return true;
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
      for (const hit of glossary.findConcepts(near)) if (counted.keys.has(`@${hit.conceptId}`)) return true;
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

const latinName =
  /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?(?:\s\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?){1,2})(?=$|[^\p{L}])/gu;
const personPatterns = [
  /[가-힣]{2,4}\s?(?:대표이사|대표|회장|사장|이사장|이사|원장|감독|작가|기자|씨|교수|장관|대사|본부장|부장|팀장|센터장|위원장|총장|학장|실장|국장|의원|총괄|PD|CEO)/u,
  /(?:대표|회장|사장|감독|작가|교수|원장|대사|장관)\s?[가-힣]{2,4}/u,
  /[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}\s?(?:氏|さん|社長|監督|代表|会長|教授|理事長|大使|局長|部長)/u,
  /\p{Script=Cyrillic}*\p{Lu}[а-яё]+\s\p{Lu}[а-яё]+/u,
  /(?:ông|bà|anh|chị|đạo diễn|giám đốc)\s+\p{Lu}/u,
];

// Capitalised runs that name organizations, places, events or works rather than people.
const notPersonWord = new RegExp(
  String.raw`^(?:studios?|program(?:me)?s?|entertainment|academy|university|college|school|institute|market|` +
    'festival|awards?|prize|city|county|state|council|agency|association|company|group|media|pictures|films?|' +
    'network|centre|center|department|ministry|office|project|fund|foundation|international|national|global|' +
    'creative|production|productions|animation|digital|arts|park|house|works|lab|labs|la|inc|ltd|corp|co|the|of|and)$',
  'i',
);

/** Whether a sentence names a person (not counting the words of the question's own entities, nor places' names). */
export function hasPerson(sentence: string, entityWords: ReadonlySet<string>, glossary?: Glossary): boolean {
  for (const match of sentence.matchAll(latinName)) {
    const words = (match[1] as string).toLowerCase().split(/[ -]/);
    if (words.some((word) => notPersonWord.test(word))) continue;
    // A run that is a place in the lexicon, also with the words around it ("South Korea", "TP Hồ Chí Minh", "Ho Chi Minh
    // City"), is no person; one that only holds a place (Sydney Pollack, Paris Hilton) is.
    const start = match.index + match[0].indexOf(match[1] as string);
    const before = sentence.slice(0, start).split(/\s+/u).slice(-3).join(' ');
    const after = sentence
      .slice(start + (match[1] as string).length)
      .split(/\s+/u, 2)
      .join(' ');
    const last = words[words.length - 1] as string;
    if (
      glossary
        ?.findConcepts(`${before} ${match[1] as string}${after}`)
        .some(
          (hit) =>
            glossary.concepts.get(hit.conceptId)?.category === 'place' && hit.surface.toLowerCase().includes(last),
        )
    )
      continue;
    if (words.some((word) => !entityWords.has(word))) return true;
  }
  return personPatterns.some((pattern) => pattern.test(sentence));
}

const organizationPatterns = [
  /\b\p{Lu}{2,}[\p{Lu}\d&-]*\b/u,
  new RegExp(
    String.raw`\b\p{Lu}[\p{L}&'-]+(?:\s+\p{Lu}[\p{L}&'-]+)*\s+(?:Studios?|Inc\.?|Ltd\.?|Corp\.?|Co\.|Company|Agency|` +
      'Council|Academy|University|Institute|Association|Foundation|Group|Entertainment|Animation|Pictures|' +
      String.raw`Films?|Media|Network|Bank|Center|Centre|School|College|Festival|Lab|Labs|Works|Productions?|` +
      String.raw`Partners|Capital|Ventures|Holdings|Broadcasting|Television|TV|Games|Interactive|Digital|Post)\b`,
    'u',
  ),
  // A one-syllable suffix needs a name of two syllables before it: 진흥원 and 고용노동부 are bodies, 정원 (quota),
  // 직원 (staff), 인원 (headcount) and 지원 (support) are not.
  new RegExp(
    String.raw`(?:[가-힣A-Za-z]{2,}(?:사|원|회|청|부|처)|[가-힣A-Za-z]+(?:센터|재단|협회|학교|대학교|대학|공사|그룹|` +
      String.raw`스튜디오|엔터테인먼트|아카데미|은행|증권|캐피탈|벤처스|파트너스))(?=[은는이가을를의와과에도\s,.]|$)`,
    'u',
  ),
  /株式会社|[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:社|協会|機構|財団|大学|学院|スタジオ)/u,
  // Without the i flag: with it \p{Lu} matches any letter ("bộ phim nối" is not an organization).
  new RegExp(
    String.raw`(?:[Cc]ông ty|[Tt]ập đoàn|[Hh]iệp hội|[Tt]rường|[Đđ]ại học|[Cc]ục|[Bb]ộ|[Vv]iện|[Hh]ọc viện|` +
      String.raw`[Hh]ãng|[Ss]tudio|[Qq]uỹ)\s+\p{Lu}`,
    'u',
  ),
  new RegExp(
    String.raw`«[^»]+»|(?<!\p{L})(?:[Кк]омпани|[Сс]туди|[Аа]гентств|[Аа]ссоциаци|[Уу]ниверситет|[Аа]кадеми|` +
      String.raw`[Фф]онд|[Бб]анк)[а-я]*\s+«?\p{Lu}`,
    'u',
  ),
  // A Russian body's name starts with its capitalised head noun inside a sentence ("с Агентством технологического
  // развития", "и Ассоциацией анимационного кино").
  new RegExp(
    String.raw`(?<=[\p{L}\d,;:»]\s+)(?:Агентств|Ассоциаци|Министерств|Фонд|Союз|Университет|Институт|Академи|Центр|` +
      String.raw`Департамент|Комитет|Управлени|Правительств|Администраци|Компани|Киностуди|Студи|Колледж|Училищ)[а-я]*`,
    'u',
  ),
];

/**
 * Every name a pattern finds, not only the first (it may be the question's own: "Ringling works with Semkhor
 * Productions").
 */
const organizationNamePatterns = organizationPatterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/**
 * Whether a name a pattern found is the question's own entity under a longer name: "Ringling College of Art and
 * Design" or "Aardman Academy" when the question names Ringling or Aardman. `ownNames`: the question's name words.
 */
function ownName(name: string, ownNames: ReadonlySet<string> | undefined): boolean {
  if (ownNames === undefined || ownNames.size === 0) return false;
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .some((word) => ownNames.has(word.replace(/[«»"“”'’]/gu, '')));
}

/**
 * Whether a sentence names an organization (besides the question's own entities). With `ownNames`, a name that holds
 * one of the question's name words is the asked entity itself, not another organization (the answer).
 */
export function hasOrganization(
  sentence: string,
  entityWords: ReadonlySet<string>,
  ownNames?: ReadonlySet<string>,
): boolean {
  for (const pattern of organizationNamePatterns) {
    for (const match of sentence.matchAll(pattern)) {
      // A pattern may stop at a name's first letter ("студия «В"): the name is read to the end of its word.
      const rest = /^[\p{L}\d]*/u.exec(sentence.slice(match.index + match[0].length))?.[0] ?? '';
      if (ownName(match[0] + rest, ownNames)) continue;
      if (
        match[0]
          .toLowerCase()
          .split(/[\s-]+/)
          .some((word) => !entityWords.has(word))
      )
        return true;
    }
  }
  return false;
}

const schoolPatterns = [
  new RegExp(
    String.raw`\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*\s+(?:University|College|School|Academy|Institute)\b|` +
      String.raw`\b(?:University|College|School|Academy|Institute) of\s+(?:the\s+)?\p{Lu}`,
    'u',
  ),
  /[가-힣A-Za-z]{2,}(?:대학교|대학|대|학교|아카데미|학원)(?=[은는이가을를의와과에도,.·\s]|$)/u,
  /(?:[Tt]rường|[Đđ]ại học|[Hh]ọc viện|[Cc]ao đẳng)\s+\p{Lu}/u,
  /[\p{Script=Han}\p{Script=Katakana}ー]+(?:大学|学院|学校|アカデミー)/u,
  /(?<!\p{L})(?:университет|колледж|академи|институт|училищ|вуз)[а-я]*/iu,
  /(?<!\p{L})(?:universitet|kollej|akademiya|institut|maktab)[a-z']*/iu,
];

const schoolNamePatterns = schoolPatterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** Whether a sentence names a school (a university, college, academy or school by its name) besides the asked one. */
export function hasSchool(sentence: string, ownNames?: ReadonlySet<string>): boolean {
  return schoolNamePatterns.some((pattern) =>
    [...sentence.matchAll(pattern)].some((match) => !ownName(match[0], ownNames)),
  );
}

// Each pattern captures the place's name (group 1): a place the question names itself is not where.
const placePatterns = [
  // "work out of Millennium Studios": where a company is based.
  /\b(?:in|at|from|to|out of)\s+(?:the\s+)?(\p{Lu}\p{L}+)/gu,
  /([가-힣]+)(?:시|도|구|군|동|읍|면|국|주)(?:에서|에|의|로)/gu,
  /([\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:県|市|区|町|都|州|国)/gu,
  /(?:tại|ở|đến)\s+(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*)/gu,
  // "в Ульяновске", "на площадке ульяновского Технокампуса": a name after a preposition and up to two words.
  /(?:^|\s)(?:в|во|на|из)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}\p{L}*)/gu,
  /(\p{Lu}\p{Ll}+)(?:da|dagi|ga)\b/gu,
];

/** Whether a place name is one the question names itself (as written, or inflected: "Ульяновске" ~ "ульяновск"). */
function namedByQuestion(name: string, entityWords: ReadonlySet<string>): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.every(
    (word) =>
      entityWords.has(word) ||
      [...entityWords].some((own) => own.length >= 4 && word.startsWith(own) && word.length - own.length <= 3),
  );
}

/**
 * Whether a sentence names a place besides the ones the question names ("Before it moved to Shreveport, where was it
 * based?" is not answered by "it is relocating to Shreveport"): a place in the lexicon, or a place-like pattern.
 */
export function hasPlace(sentence: string, glossary: Glossary | undefined, entityWords: ReadonlySet<string>): boolean {
  if (glossary) {
    for (const hit of glossary.findConcepts(sentence)) {
      if (glossary.concepts.get(hit.conceptId)?.category === 'place' && !entityWords.has(hit.surface)) return true;
    }
  }
  return placePatterns.some((pattern) =>
    [...sentence.matchAll(pattern)].some((match) => !namedByQuestion(match[1] as string, entityWords)),
  );
}
