/**
 * Working languages written freely in profiles ("English", "한국어", "tiếng Việt", "ko") reduced to ISO 639-1
 * codes, and the spelling key that places are compared by too.
 */
import { foldDiacritics } from '../retrieval/text-normalize.js';

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
  {
    code: 'kk',
    name: 'Kazakh',
    spellings: ['kk', 'kaz', 'kazakh', '카자흐어', 'カザフ語', 'казахский', 'қазақ', 'қазақша', 'қазақ тілі', 'qozoq'],
  },
  {
    code: 'mn',
    name: 'Mongolian',
    spellings: [
      'mn',
      'mon',
      'mongolian',
      '몽골어',
      'tieng mong co',
      'モンゴル語',
      '蒙古语',
      'монгольский',
      'монгол',
      'монгол хэл',
      "mo'g'ul",
      "mo'g'ul tili",
    ],
  },
  {
    code: 'tr',
    name: 'Turkish',
    spellings: ['tr', 'tur', 'turkish', '터키어', 'トルコ語', 'турецкий', 'türkçe', 'turk', 'turk tili'],
  },
];

/** A spelling folded for comparison: NFC, lower case, no diacritics, one kind of apostrophe, no punctuation. */
export function spellingKey(text: string): string {
  return foldDiacritics(text.normalize('NFC').toLowerCase())
    .replace(/[’‘`ʻʼ]/g, "'")
    .replace(/[.(),]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const languageBySpelling = new Map<string, LanguageEntry>();
for (const entry of languages)
  for (const spelling of entry.spellings) languageBySpelling.set(spellingKey(spelling), entry);

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
