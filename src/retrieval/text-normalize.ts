/**
 * Unicode-aware tokenisation shared by the embedder, the lexical index and the glossary.
 * Text is NFC-normalised and lower-cased; Intl.Segmenter splits words per sentence-sized
 * piece (it is quadratic on long inputs in Node 20's V8, so never a whole document).
 */

import { fastWordSegments } from './fast-word-segments.js';
import { keptKey } from './kept-keys.js';
import { koreanVerbStem } from '../knowledge/compound-words.js';
import { endingFits } from '../knowledge/word-endings.js';

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const maximumSegmentInput = 1_000;

export type Script = 'hangul' | 'kana' | 'han' | 'latin' | 'cyrillic' | 'other';

const hangulPattern = /\p{Script=Hangul}/u;
const kanaPattern = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const hanPattern = /\p{Script=Han}/u;
const cyrillicPattern = /\p{Script=Cyrillic}/u;
const latinPattern = /\p{Script=Latin}/u;

export function scriptOf(word: string): Script {
  if (hangulPattern.test(word)) return 'hangul';
  if (kanaPattern.test(word)) return 'kana';
  if (hanPattern.test(word)) return 'han';
  if (cyrillicPattern.test(word)) return 'cyrillic';
  if (latinPattern.test(word)) return 'latin';
  return 'other';
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`ʻʼ]/g, "'");
}

/** Removes Latin diacritics (Vietnamese "hậu kỳ" → "hau ky", "đ" → "d"). */
export function foldDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Splits text into pieces short enough for Intl.Segmenter, on line and sentence boundaries. */
function* segmentablePieces(text: string): Generator<string> {
  for (const line of text.split(/\n+/)) {
    if (line.length <= maximumSegmentInput) {
      if (line.trim() !== '') yield line;
      continue;
    }
    let rest = line;
    while (rest.length > maximumSegmentInput) {
      const window = rest.slice(0, maximumSegmentInput);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('。'), window.lastIndexOf(' '));
      const end = cut > maximumSegmentInput / 2 ? cut + 1 : maximumSegmentInput;
      yield rest.slice(0, end);
      rest = rest.slice(end);
    }
    if (rest.trim() !== '') yield rest;
  }
}

// Korean particles (josa) and copula endings stripped from the end of Hangul words.
const longKoreanParticles = [
  '에서부터',
  '으로부터',
  '에서의',
  '으로서',
  '으로써',
  '에게서',
  '이라는',
  '이라고',
  '하고는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '하고',
  '와의',
  '과의',
  '에는',
  '에도',
  '로서',
  '로써',
  '이며',
  '이다',
  '라는',
  '라고',
  '한테',
  '께서',
  '마다',
  '입니다',
  '인가',
  '인가요',
  '인지',
  '은요',
  '는요',
  '이요',
];
const shortKoreanParticles = ['은', '는', '이', '가', '을', '를', '와', '과', '의', '에', '로', '도', '만', '나', '랑'];

/** The particles by their last character, each list in the order above (the first that fits is stripped). */
function byLastCharacter(particles: readonly string[]): Map<number, string[]> {
  const lists = new Map<number, string[]>();
  for (const particle of particles) {
    const last = particle.charCodeAt(particle.length - 1);
    lists.set(last, [...(lists.get(last) ?? []), particle]);
  }
  return lists;
}
const longParticlesByLast = byLastCharacter(longKoreanParticles);
const shortParticlesByLast = byLastCharacter(shortKoreanParticles);

export function stripKoreanParticle(word: string): string {
  // Only the particles that end as the word does can be its ending.
  const last = word.charCodeAt(word.length - 1);
  for (const particle of longParticlesByLast.get(last) ?? []) {
    if (word.length > particle.length && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  for (const particle of shortParticlesByLast.get(last) ?? []) {
    if (word.length >= particle.length + 2 && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  return word;
}

const irregularEnglish: Record<string, string> = {
  led: 'lead',
  leads: 'lead',
  taught: 'teach',
  held: 'hold',
  built: 'build',
  began: 'begin',
  begun: 'begin',
  made: 'make',
  paid: 'pay',
  sold: 'sell',
  won: 'win',
  met: 'meet',
  brought: 'bring',
  chose: 'choose',
  chosen: 'choose',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  went: 'go',
  grew: 'grow',
  grown: 'grow',
  spent: 'spend',
  sent: 'send',
  ran: 'run',
  wrote: 'write',
  written: 'write',
  people: 'people',
  employees: 'employee',
  trainees: 'trainee',
  studies: 'study',
  countries: 'country',
  cities: 'city',
  companies: 'company',
};

/** A light English suffix stemmer for plain Latin words (trains/training/trained → train; led → lead). */
/** A letter only Vietnamese writes (its tone and vowel marks): a Latin text holding one is Vietnamese. */
export const vietnameseLetter = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as combining characters. */
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Words' spellings, kept: a build spells each Vietnamese word of every passage three times, and words repeat. */
const spellings = new Map<string, string>();
const spellingsLimit = 50_000;

/**
 * A Vietnamese word as its marks spell it, wherever the tone mark sits: "hoá" and "hóa", "thuỷ" and "thủy" are one
 * spelling (the old and the new placement), "đa" and "đà" are not.
 */
export function vietnameseSpelling(word: string): string {
  const known = spellings.get(word);
  if (known !== undefined) return known;
  const decomposed = word.normalize('NFD');
  const tones = (decomposed.match(toneMarks) ?? []).sort().join('');
  const spelling = `${decomposed.replace(toneMarks, '').normalize('NFC')}${tones}`;
  if (spellings.size >= spellingsLimit) spellings.clear();
  spellings.set(word, spelling);
  return spelling;
}

/** Whether a word is Latin with a letter only Vietnamese writes (ă, đ, ơ, ạ, ế, …): its marks are part of it. */
export function vietnameseMarked(token: WordToken): boolean {
  return token.script === 'latin' && vietnameseLetter.test(token.word);
}

const makeVietnameseKey = (word: string) => `ʋ${vietnameseSpelling(word)}`;

/** The key of a marked Vietnamese word's spelling (ʋ…): "đà" is not "đa", "hoá" is "hóa". Kept per word. */
export const vietnameseKey = (word: string): string => keptKey('ʋ', word, makeVietnameseKey);

export function stemLatin(word: string): string {
  // Own keys only: a word such as "constructor" must not find Object.prototype's members.
  const irregular = Object.hasOwn(irregularEnglish, word) ? irregularEnglish[word] : undefined;
  if (irregular !== undefined) return irregular;
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ics)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface WordToken {
  /** Normalised surface (lower-case, NFC; Korean particle stripped). */
  word: string;
  script: Script;
  /**
   * The Korean word as written, when a particle was stripped from it: a name may end in a syllable that is also a
   * particle (하노이, 우크라이나), so a lexicon or an article's names prefer it where they know it (`knownKey`).
   */
  whole?: string;
}

/**
 * The key a lexicon or an article's names read a token by: the Korean word as written where they know that form
 * (하노이, not 하노), else the particle-stripped word — the longer known form wins.
 */
export function knownKey(token: WordToken, key: string, known: (word: string) => boolean): string {
  return token.whole !== undefined && known(token.whole) ? token.whole : key;
}

/** A lexicon form's or an article name's keys: its words as written (a name's last syllable is never a particle). */
export function writtenKeys(form: string): string[] {
  return wordTokens(form).map((token) => token.whole ?? matchKey(token));
}

/**
 * The tokens of recently seen short texts: matchmaking reads one statement (and its parts) several times — the
 * lexicon, places, the embedder, term keys — and the segmenter is the costly step. Long texts (passages) are
 * read once and not kept.
 */
const recentTokens = new Map<string, readonly WordToken[]>();
const recentTokensLimit = 2_048;
const cachedTextLength = 240;

/** Word tokens of a text (punctuation dropped), in order. The array is shared: do not change it. */
export function wordTokens(text: string): readonly WordToken[] {
  if (text.length > cachedTextLength) return segmentWords(text);
  const cached = recentTokens.get(text);
  if (cached !== undefined) return cached;
  const tokens = Object.freeze(segmentWords(text));
  if (recentTokens.size >= recentTokensLimit) recentTokens.delete(recentTokens.keys().next().value as string);
  recentTokens.set(text, tokens);
  return tokens;
}

/** `wordTokens` of a text read once (a build's sentences, which hardly recur): not kept among the recent texts'. */
export function wordTokensOnce(text: string): readonly WordToken[] {
  return segmentWords(text);
}

function segmentWords(text: string, fast = true): WordToken[] {
  const tokens: WordToken[] = [];
  const add = (segment: string, script: Script) => {
    const word = script === 'hangul' ? stripKoreanParticle(segment) : segment;
    tokens.push(word === segment ? { word, script } : { word, script, whole: segment });
  };
  for (const piece of segmentablePieces(normalizeText(text))) {
    const scanned = fast ? fastWordSegments(piece) : undefined;
    if (scanned !== undefined) {
      for (const { segment, script } of scanned) add(segment, script);
      continue;
    }
    for (const segment of wordSegmenter.segment(piece)) {
      if (segment.isWordLike) add(segment.segment, scriptOf(segment.segment));
    }
  }
  return tokens;
}

/** Word tokens as Intl.Segmenter alone gives them (no fast scan, no cache): what `wordTokens` must equal. */
export function segmenterWordTokens(text: string): WordToken[] {
  return segmentWords(text, false);
}

/** The key a word is matched on: diacritic-folded Latin, stemmed English-like words; other scripts as they are. */
// Case and possessive endings tried when a word matches no glossary form as it stands
// (Uzbek "Samarqandda" → "samarqand", Russian "офисе" → "офис"), longest first.
const latinEndings = [
  'larning',
  'lardan',
  'larga',
  'larni',
  'lari',
  'dagi',
  'ning',
  'dan',
  'lar',
  'da',
  'ga',
  'ni',
  'ta',
  'ka',
  'qa',
  "'s",
];
const cyrillicEndings = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ом',
  'ем',
  'ой',
  'ую',
  'ы',
  'и',
  'а',
  'я',
  'у',
  'ю',
  'е',
];

/** Shorter forms of a word without an inflectional ending, for glossary look-ups. */
export function inflectionVariants(key: string, script: Script): string[] {
  // A Korean verb on a noun (투자했다, 설립된, 제작하기로): the noun.
  if (script === 'hangul') {
    const stem = koreanVerbStem(key);
    return stem === undefined ? [] : [stem];
  }
  const endings = script === 'latin' ? latinEndings : script === 'cyrillic' ? cyrillicEndings : [];
  const variants: string[] = [];
  for (const ending of endings) {
    if (key.length - ending.length >= 4 && key.endsWith(ending) && endingFits(key.slice(0, -ending.length), ending))
      variants.push(key.slice(0, -ending.length));
  }
  return variants;
}

/** Latin words' keys, kept: folding and stemming cost more than a look-up, and words repeat. */
const latinKeys = new Map<string, string>();
const latinKeysLimit = 100_000;

export function matchKey(token: WordToken): string {
  if (token.script !== 'latin') return token.word;
  const known = latinKeys.get(token.word);
  if (known !== undefined) return known;
  // "Inyo's" is keyed as Inyo.
  const key = stemLatin(foldDiacritics(token.word.replace(/['’]s$/u, '')));
  if (latinKeys.size >= latinKeysLimit) latinKeys.clear();
  latinKeys.set(token.word, key);
  return key;
}

const stopWordList = `
a an the and or but if of to in on at by for with from into onto over under as is are was were be been being am do
does did done have has had having
this that these those it its it's they them their there here what which who whom whose when where why how many much
i me my we our you your he she his her him us not no yes can could will would shall should may might must about also
than then so such
any all some each other more most very just only own same too s t don now up out off again further once both few
tell know please want need find show give get does anyone someone company companies organization organizations
organisation
và của là các những được cho với trong có này đã sẽ một không để về từ theo tại khi như thì mà nào ai gì bao nhiêu đó
hay hoặc cũng rất chừng khoảng tầm
đang vào ra lại nên nhiều người năm sau trước cùng
및 등 그 이 저 것 수 있다 있는 없는 하는 한 된 되는 대한 위한 통해 누구 무엇 어디 언제 어떻게 몇 왜 어느 어떤 곳 기관 회사 기업 단체 사람 무슨 얼마나 했나요 했습니까 인가요 있나요
и в во на с со по что как это для из к ко от о об у за же ли не но а или да кто где когда какой какие какая сколько
который компания компании организация
va bilan uchun bu ham da dan ga ning qanday nima kim qayerda qachon qancha qaysi kompaniya tashkilot
は が を に の で と も へ から まで です ます した する いる ある こと もの どの どこ だれ 誰 何 いつ どう ですか 会社 企業 た て
`;

// A Korean particle standing alone ("IT Works Korea에는" segments as "Korea" + "에는") is a stop word too.
export const stopWords: ReadonlySet<string> = new Set([
  ...stopWordList.split(/\s+/).filter((word) => word !== ''),
  ...longKoreanParticles,
  ...shortKoreanParticles,
]);

export function isStopWord(key: string): boolean {
  return stopWords.has(key);
}
