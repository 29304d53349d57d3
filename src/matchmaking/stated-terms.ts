/**
 * Terms a profile states in its description about the language it works in and the place it works: a sentence that
 * limits or requires ("only", "must", "exclusively", "のみ", "только", "faqat", "тек", "chỉ", "hanya", "เท่านั้น",
 * "зөвхөн", "只", "반드시") and names a language or a place. A studio writing "our directors give notes in English, so
 * the outside team must work in English" asks for English; a dubbing house writing "we dub only into Russian" works
 * in Russian alone, whatever its languages field lists; "we work only in St Petersburg" limits where it works.
 * A clause after a contrast ("but", "но", "が、", "nhưng") is read apart: "the office speaks Kazakh, but we dub only
 * into Russian" states Russian.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { placesNamedIn } from './languages-and-regions.js';
import { mentionsLocalWork } from './local-places.js';
import { statementLanguages } from './statement-languages.js';

/** A place as comparable keys (see `countryKey` and `cityKey`): a city, or a whole country when `city` is unset. */
export interface StatedPlace {
  country: string;
  city: string | undefined;
}

export interface StatedTerms {
  /** Languages (ISO 639-1) a limiting or requiring sentence names: the only ones the profile works in or accepts. */
  languages: Set<string>;
  /** Places a limiting or requiring sentence names: where the profile works only, or where it needs the work done. */
  places: StatedPlace[];
}

/** Words that limit or require, per script: spaced scripts whole-word, the others as written. */
const limitWord = new RegExp(
  [
    // English, Indonesian, Uzbek (Latin), Vietnamese.
    '(?<![\\p{L}\\p{M}])(?:only|exclusively|solely|must|hanya|harus|wajib|faqat|shart|majburiy|bắt buộc|phải',
    // Vietnamese "chỉ" (only), not in "địa chỉ" (address) nor "chỉ đạo", "chỉ huy", "chỉ số" (direct, command, index).
    '(?<!địa )chỉ(?! (?:đạo|huy|số|tiêu|dẫn|định))',
    // Russian, Kazakh, Mongolian.
    'только|исключительно|обязательно|должн\\p{L}*|тек|міндетті|зөвхөн|ёстой|заавал)(?![\\p{L}\\p{M}])',
    // Korean: "…만" after a word ("팀만 찾습니다", "서울에서만"), 반드시, 꼭, 오직, 한정.
    '(?<=\\p{Script=Hangul})만(?=\\s|$|[.,。])|반드시|(?<![\\p{Script=Hangul}])꼭(?![\\p{Script=Hangul}])|오직|한정',
    // Japanese, Chinese (not 有限 of a company name), Thai.
    'のみ|だけ|に限り|に限ります|限定|必須|必ず|必要があります|(?<!有)限于|仅限|仅|只(?!要)|必须|务必|เท่านั้น|ต้อง(?!การ)',
  ].join('|'),
  'iu',
);

/**
 * Words saying in which language a side works or talks ("we work in", "notes in", "làm việc bằng", "работаем на",
 * "でやりとり", "로 소통", "用中文沟通", "berbahasa", "хэлээр ажилла", "ish tili", "жұмыс тілі"): the languages such a
 * sentence names are the ones that side works in, as a limiting sentence's are (places it names are not limits).
 */
const workingWord = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:work(?:s|ing)? in|communicat\\p{L}* in|notes in|làm việc bằng|giao tiếp bằng|berbahasa',
    'bekerja dalam bahasa|работа\\p{L}* на|общени\\p{L}* на|ish tili|tilida ishla\\p{L}*|жұмыс тілі)(?![\\p{L}\\p{M}])',
    'やりとり|やり取り|で対応|로 소통|로 작업|沟通|交流|สื่อสาร|хэлээр ажилла|хэлээр ярь',
  ].join('|'),
  'iu',
);

/**
 * Words asking for a partner ("we are looking for", "would like", "찾습니다", "ищем", "хотим работать", "cần",
 * "mencari", "xohlaymiz", "іздейміз", "хайж байна", "อยากได้", "寻找", "探しています"): with a word for local work, the
 * sentence asks for the work done where the side is ("국내 업체를 찾습니다", "we would like a local crew", "Mahalliy
 * jamoa bilan ishlashni xohlaymiz"), as a requiring one does. A local word elsewhere ("for local TV", "国内放送用") says
 * where the work is shown, and asks for nothing.
 */
const seekingWord = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:looking for|look for|seek\\p{L}*|would like|want to work|prefer|hire|ищем|ищу|ищет',
    'хотим|хотели бы|нужн\\p{L}*|cần|tìm|muốn|mencari|cari|ingin|xohlaymiz|xohlayman|izlaymiz|kerak|іздейміз',
    'керек|қажет|хайж|хэрэгтэй)(?![\\p{L}\\p{M}])',
    '찾습니다|찾고|찾아요|구합니다|싶습니다|원합니다|อยากได้|ต้องการ|寻找|需要|希望|探して|求めて|募集',
  ].join('|'),
  'iu',
);

/** "Not only" in each language: no limit ("dubbing, not only subtitles", "bukan hanya teks", "không chỉ"). */
const notOnly = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:not only|not just|bukan hanya|tidak hanya|bukan sekadar|không chỉ|не только|nafaqat',
    'ғана емес)(?![\\p{L}\\p{M}])|만 (?:따로 )?\\p{L}*(?:게|것이) 아니라|不仅|不只|だけでなく|ไม่ใช่แค่',
  ].join('|'),
  'giu',
);

/** A language named as such ("монгол хэлээр", "қазақ тілінде", "на русском языке"): a language, not a place. */
const languagePhrase = /\p{L}+\s+(?:хэл|тіл|язык|tili|ngôn ngữ)\p{L}*|\p{L}+\s+language/giu;

/** Words that open a contrasting clause: what follows is read apart from what precedes. */
const contrast = new RegExp(
  [
    '(?:,|，|、)?\\s*(?<![\\p{L}\\p{M}])(?:but|however|но|однако|бірақ|харин|lekin|ammo|tapi|namun',
    'nhưng)(?![\\p{L}\\p{M}])',
    '(?:,|，|、)?\\s*(?:しかし|が、|但是|但|แต่|하지만|지만)',
  ].join('|'),
  'iu',
);

/**
 * The parts of a description read one at a time: sentences, what follows a colon (an elaboration: "dubbed only into
 * Kazakh: translated from the English original"), and the clauses a contrast separates.
 */
function statementParts(description: string): string[] {
  return description
    .normalize('NFC')
    .split(/(?<=[.!?。！？])\s+|[;；:：\n]|(?<=[。！？])/u)
    .flatMap((sentence) => sentence.split(contrast))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const noTerms = (): StatedTerms => ({ languages: new Set(), places: [] });

/** The parts of a description that limit or require (for tests and reports). */
export function statedParts(description: string): string[] {
  return statementParts(description).filter((part) => limitWord.test(part.replace(notOnly, ' ')));
}

/**
 * The languages and places a description limits itself to or requires (see the module comment); a word for local work
 * ("国内", "local", "tại chỗ") in a limiting or working-language sentence that names no place is `ownCountry`. (Any
 * local word in a description, "国内放送用" included, read so cost three tune studios their first partner.)
 */
export function statedTerms(
  description: string | undefined,
  glossary: Glossary,
  ownCountry?: string | undefined,
): StatedTerms {
  const terms = noTerms();
  if (description === undefined || description.trim() === '') return terms;
  const seen = new Set<string>();
  const addPlace = (place: StatedPlace) => {
    const key = `${place.country}/${place.city ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.places.push(place);
  };
  for (const part of statementParts(description)) {
    const limiting = limitWord.test(part.replace(notOnly, ' '));
    const working = workingWord.test(part);
    if (limiting || working) for (const code of statementLanguages(part).named) terms.languages.add(code);
    const local = (limiting || working || seekingWord.test(part)) && mentionsLocalWork(part);
    if (!limiting && !local) continue;
    let named = 0;
    for (const { place } of placesNamedIn(part.replace(languagePhrase, ' '), glossary)) {
      if (place.country === undefined) continue;
      named += 1;
      addPlace({ country: place.country, city: place.city });
    }
    // "国内で、日本語でやりとりできる会社に限ります": a limit to local work that names no place is at home.
    if (local && named === 0 && ownCountry !== undefined) addPlace({ country: ownCountry, city: undefined });
  }
  return terms;
}

/** What a pair counts for when one side's stated language or place rules the other out (see `statedFit`). */
export const statedMisfitShare = 0.6;

/**
 * What a pair counts for when the two sides share no working language at all (listed or their countries'), neither
 * stating one: they can still work through an interpreter, so a little. (0.8 and 0.85 gained one more studio's first
 * partner on the tune half but let local look-alikes into two top-3s.)
 */
const unsharedShare = 0.9;

/** One side of a pair as `statedFit` reads it (an indexed profile). */
export interface StatedSide {
  country: string | undefined;
  city: string | undefined;
  /** Languages it lists or its country speaks. */
  workingLanguages: ReadonlySet<string>;
  stated: StatedTerms;
}

/** The languages a side works in: the ones it states, else the ones it lists or its country speaks. */
const languagesOf = (side: StatedSide): ReadonlySet<string> =>
  side.stated.languages.size > 0 ? side.stated.languages : side.workingLanguages;

const sharesAny = (left: ReadonlySet<string>, right: ReadonlySet<string>): boolean => {
  for (const code of left) if (right.has(code)) return true;
  return false;
};

/** Where a side needs its work done: the places it states, else where it is. */
export function workPlaces(side: StatedSide): StatedPlace[] {
  if (side.stated.places.length > 0) return side.stated.places;
  return side.country === undefined ? [] : [{ country: side.country, city: side.city }];
}

/** Whether a provider limited to `limits` can work in one of `places` (a city limit asks for that city). */
const withinLimits = (limits: readonly StatedPlace[], places: readonly StatedPlace[]): boolean =>
  places.some((place) =>
    limits.some((limit) => (limit.city === undefined ? limit.country === place.country : limit.city === place.city)),
  );

/**
 * How far a pair fits the terms each side states in prose, 0..1: a side that requires or limits itself to languages
 * none of which the other works in (by its own statement, else its list and country), and a studio that needs the
 * work in a country the partner is not in, or a partner that works only in places where the studio's work is not,
 * each count `statedMisfitShare`; sides that state nothing and share no working language count `unsharedShare`.
 */
export function statedFit(asker: StatedSide, provider: StatedSide): number {
  let fit = 1;
  const askerStates = asker.stated.languages.size > 0;
  const providerStates = provider.stated.languages.size > 0;
  const askerLanguages = languagesOf(asker);
  const providerLanguages = languagesOf(provider);
  if (askerLanguages.size > 0 && providerLanguages.size > 0 && !sharesAny(askerLanguages, providerLanguages))
    fit *= askerStates || providerStates ? statedMisfitShare : unsharedShare;
  const askerPlaces = asker.stated.places;
  const placeMisses =
    (askerPlaces.length > 0 &&
      provider.country !== undefined &&
      !askerPlaces.some((place) => place.country === provider.country)) ||
    (provider.stated.places.length > 0 &&
      workPlaces(asker).length > 0 &&
      !withinLimits(provider.stated.places, workPlaces(asker)));
  if (placeMisses) fit *= statedMisfitShare;
  return fit;
}
