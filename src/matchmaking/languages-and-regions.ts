/**
 * Working languages and places written freely in profiles ("English", "한국어", "tiếng Việt",
 * "ko"; "South Korea", "Hàn Quốc", "Republic of Korea") reduced to comparable keys, so that
 * "both work in English" and "both are in Vietnam" can be said whatever the spelling.
 */
import { foldDiacritics, vietnameseLetter } from '../retrieval/text-normalize.js';

interface LanguageEntry {
  code: string;
  name: string;
  spellings: string[];
}

const languages: LanguageEntry[] = [
  {
    code: 'en',
    name: 'English',
    spellings: ['en', 'eng', 'english', '영어', 'tieng anh', 'anh', '英語', 'английский', 'ingliz', 'ingliz tili'],
  },
  {
    code: 'ko',
    name: 'Korean',
    spellings: [
      'ko',
      'kor',
      'korean',
      '한국어',
      '한국말',
      '조선어',
      'tieng han',
      'han',
      'han quoc',
      '韓国語',
      'корейский',
      'koreys',
      'koreys tili',
    ],
  },
  {
    code: 'vi',
    name: 'Vietnamese',
    spellings: [
      'vi',
      'vie',
      'vietnamese',
      '베트남어',
      'tieng viet',
      'viet',
      'ベトナム語',
      'вьетнамский',
      'vetnam',
      'vyetnam tili',
    ],
  },
  {
    code: 'ja',
    name: 'Japanese',
    spellings: ['ja', 'jpn', 'japanese', '일본어', 'tieng nhat', 'nhat', '日本語', 'японский', 'yapon', 'yapon tili'],
  },
  {
    code: 'ru',
    name: 'Russian',
    spellings: ['ru', 'rus', 'russian', '러시아어', 'tieng nga', 'nga', 'ロシア語', 'русский', 'rus tili'],
  },
  {
    code: 'uz',
    name: 'Uzbek',
    spellings: [
      'uz',
      'uzb',
      'uzbek',
      '우즈베크어',
      '우즈벡어',
      'tieng uzbek',
      'ウズベク語',
      'узбекский',
      "o'zbek",
      'ozbek',
      "o'zbek tili",
      'ўзбек',
    ],
  },
  {
    code: 'zh',
    name: 'Chinese',
    spellings: [
      'zh',
      'chi',
      'zho',
      'chinese',
      'mandarin',
      '중국어',
      'tieng trung',
      '中国語',
      '中文',
      'китайский',
      'xitoy',
    ],
  },
  {
    code: 'fr',
    name: 'French',
    spellings: ['fr', 'fra', 'french', '프랑스어', 'tieng phap', 'フランス語', 'французский'],
  },
  {
    code: 'es',
    name: 'Spanish',
    spellings: ['es', 'spa', 'spanish', '스페인어', 'tieng tay ban nha', 'スペイン語', 'испанский'],
  },
  { code: 'th', name: 'Thai', spellings: ['th', 'tha', 'thai', '태국어', 'tieng thai', 'タイ語', 'тайский'] },
  {
    code: 'id',
    name: 'Indonesian',
    spellings: ['id', 'ind', 'indonesian', 'bahasa indonesia', '인도네시아어', 'インドネシア語'],
  },
  { code: 'kk', name: 'Kazakh', spellings: ['kk', 'kaz', 'kazakh', '카자흐어', 'казахский', 'qozoq'] },
];

interface RegionEntry {
  key: string;
  name: string;
  spellings: string[];
}

const countries: RegionEntry[] = [
  {
    key: 'kr',
    name: 'South Korea',
    spellings: [
      'kr',
      'kor',
      'korea',
      'south korea',
      'republic of korea',
      'rok',
      '한국',
      '대한민국',
      '남한',
      'han quoc',
      '韓国',
      'корея',
      'южная корея',
      'республика корея',
      'koreya',
      'janubiy koreya',
    ],
  },
  {
    key: 'uz',
    name: 'Uzbekistan',
    spellings: [
      'uz',
      'uzb',
      'uzbekistan',
      "o'zbekiston",
      'ozbekiston',
      '우즈베키스탄',
      'uzbekistan',
      'ウズベキスタン',
      'узбекистан',
      'ўзбекистон',
    ],
  },
  {
    key: 'vn',
    name: 'Vietnam',
    spellings: [
      'vn',
      'vnm',
      'vietnam',
      'viet nam',
      'socialist republic of vietnam',
      '베트남',
      'ベトナム',
      'вьетнам',
      'vyetnam',
    ],
  },
  { key: 'jp', name: 'Japan', spellings: ['jp', 'jpn', 'japan', '일본', 'nhat ban', '日本', 'япония', 'yaponiya'] },
  {
    key: 'ru',
    name: 'Russia',
    spellings: ['ru', 'rus', 'russia', 'russian federation', '러시아', 'nga', 'ロシア', 'россия', 'rossiya'],
  },
  {
    key: 'kz',
    name: 'Kazakhstan',
    spellings: ['kz', 'kaz', 'kazakhstan', '카자흐스탄', 'カザフスタン', 'казахстан', "qozog'iston"],
  },
  { key: 'cn', name: 'China', spellings: ['cn', 'chn', 'china', '중국', 'trung quoc', '中国', 'китай', 'xitoy'] },
  {
    key: 'us',
    name: 'United States',
    spellings: [
      'us',
      'usa',
      'united states',
      'united states of america',
      'america',
      '미국',
      'my',
      'hoa ky',
      'アメリカ',
      'сша',
      'aqsh',
    ],
  },
  { key: 'th', name: 'Thailand', spellings: ['th', 'tha', 'thailand', '태국', 'thai lan', 'タイ', 'таиланд'] },
  { key: 'id', name: 'Indonesia', spellings: ['id', 'idn', 'indonesia', '인도네시아', 'インドネシア', 'индонезия'] },
  { key: 'ph', name: 'Philippines', spellings: ['ph', 'phl', 'philippines', '필리핀', 'フィリピン', 'филиппины'] },
];

const cityAliases: Record<string, string> = {
  서울: 'seoul',
  seul: 'seoul',
  ソウル: 'seoul',
  сеул: 'seoul',
  부산: 'busan',
  pusan: 'busan',
  釜山: 'busan',
  пусан: 'busan',
  'ha noi': 'hanoi',
  하노이: 'hanoi',
  ハノイ: 'hanoi',
  ханой: 'hanoi',
  'da nang': 'danang',
  다낭: 'danang',
  ダナン: 'danang',
  дананг: 'danang',
  'ho chi minh': 'ho chi minh city',
  'ho chi minh city': 'ho chi minh city',
  'tp hcm': 'ho chi minh city',
  saigon: 'ho chi minh city',
  호치민: 'ho chi minh city',
  samarqand: 'samarkand',
  사마르칸트: 'samarkand',
  サマルカンド: 'samarkand',
  самарканд: 'samarkand',
  toshkent: 'tashkent',
  타슈켄트: 'tashkent',
  タシケント: 'tashkent',
  ташкент: 'tashkent',
  東京: 'tokyo',
  도쿄: 'tokyo',
  токио: 'tokyo',
};

function spellingKey(text: string): string {
  return foldDiacritics(text.normalize('NFC').toLowerCase())
    .replace(/[’‘`ʻʼ]/g, "'")
    .replace(/[.(),]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const languageBySpelling = new Map<string, LanguageEntry>();
for (const entry of languages)
  for (const spelling of entry.spellings) languageBySpelling.set(spellingKey(spelling), entry);
const countryBySpelling = new Map<string, RegionEntry>();
for (const entry of countries)
  for (const spelling of entry.spellings) countryBySpelling.set(spellingKey(spelling), entry);

/** ISO 639-1 code for a language written any common way; the folded text itself when unknown. */
export function languageCode(text: string): string {
  const key = spellingKey(text);
  const bare = key.replace(/^tieng /, '').replace(/ (language|tili|язык)$/, '');
  return languageBySpelling.get(key)?.code ?? languageBySpelling.get(bare)?.code ?? key;
}

/** English name of a language code ("ko" → "Korean"), or the text as given. */
export function languageName(code: string): string {
  return languages.find((entry) => entry.code === code)?.name ?? code;
}

/** A comparable key for a country ("Hàn Quốc", "South Korea", "KR" → "kr"). */
export function countryKey(text: string): string {
  const key = spellingKey(text);
  return countryBySpelling.get(key)?.key ?? key;
}

export function countryName(key: string, fallback: string): string {
  return countries.find((entry) => entry.key === key)?.name ?? fallback;
}

/** A comparable key for a city ("Hà Nội", "Hanoi", "하노이" → "hanoi"). */
export function cityKey(text: string): string {
  const key = spellingKey(text);
  // Own keys only: a city named "constructor" must not find Object.prototype's members.
  const alias = (name: string) => (Object.hasOwn(cityAliases, name) ? cityAliases[name] : undefined);
  return alias(key) ?? alias(text.trim()) ?? key.replace(/\s+/g, ' ');
}

/** Languages spoken in a country (by its key), for "both work in X" evidence. */
const countryLanguages: Record<string, string[]> = {
  kr: ['ko'],
  uz: ['uz', 'ru'],
  vn: ['vi'],
  jp: ['ja'],
  ru: ['ru'],
  kz: ['kk', 'ru'],
  cn: ['zh'],
  us: ['en'],
  th: ['th'],
  id: ['id'],
  ph: ['en'],
};

/** The language a piece of profile text is written in, by script and a few marker letters and words. */
function textLanguage(text: string): string | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return /[әғқңөұүһі]/iu.test(text) ? 'kk' : /[ўқғҳ]/iu.test(text) ? 'uz' : 'ru';
  if (vietnameseLetter.test(text)) return 'vi';
  const words = foldDiacritics(text.toLowerCase()).split(/[^a-z'ʻʼ]+/u);
  const count = (list: readonly string[]) => words.filter((word) => list.includes(word)).length;
  const uzbek = count(['va', 'uchun', 'bilan', 'kurslari', 'mutaxassis', 'loyihalar', "bo'yicha", 'amaliyot', 'ish']);
  const indonesian = count(['dan', 'untuk', 'yang', 'dengan', 'pelatihan', 'kursus', 'jasa', 'lulusan', 'magang']);
  const english = count(['and', 'for', 'the', 'with', 'of', 'training', 'courses', 'our', 'in']);
  const best = Math.max(uzbek, indonesian, english);
  if (best === 0) return /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(text) ? 'en' : undefined;
  return best === english ? 'en' : best === uzbek ? 'uz' : 'id';
}

/**
 * The working languages a profile both lists and shows: a listed language counts when the
 * profile's own text (offers, needs, description) is written in it or its country speaks it —
 * "both work in English" is never claimed from a list alone.
 */
export function evidencedLanguages(profile: {
  languages: readonly string[];
  country?: string | undefined;
  offers: readonly string[];
  needs: readonly string[];
  description?: string | undefined;
}): Set<string> {
  const shown = new Set<string>(
    countryLanguages[profile.country === undefined ? '' : countryKey(profile.country)] ?? [],
  );
  for (const text of [...profile.offers, ...profile.needs, profile.description ?? '']) {
    const language = text.trim() === '' ? undefined : textLanguage(text);
    if (language !== undefined) shown.add(language);
  }
  return new Set(profile.languages.map(languageCode).filter((code) => shown.has(code)));
}

/**
 * The languages an organization can work in, for a dubbing or subtitling pair: the ones it lists and the ones its
 * country speaks.
 */
export function workingLanguages(profile: { languages: readonly string[]; country?: string | undefined }): Set<string> {
  const country = profile.country === undefined ? [] : (countryLanguages[countryKey(profile.country)] ?? []);
  return new Set([...profile.languages.map(languageCode), ...country]);
}
