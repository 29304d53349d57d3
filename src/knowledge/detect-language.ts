/**
 * Language detection for articles and for short questions, returning the ISO 639-1 codes
 * the product uses (en, ko, vi, ja, ru, uz, zh, th, id, kk, …; "und" when unknown).
 *
 * Scripts decide first, counted per word so that a name in another script does not flip
 * a question: Hangul → ko; Kana → ja; Han without Kana → zh; Thai → th; Cyrillic → ru,
 * uk, kk, be or uz by the letters only those alphabets have, then a trigram model
 * (franc-min) restricted to the Cyrillic candidates. Latin text takes shortcuts for
 * Vietnamese letters and Uzbek oʻ/gʻ, then franc-min restricted to the Latin-script
 * languages the product meets, helped by each language's commonest function words
 * (short questions carry too few trigrams on their own).
 */
import { francAll } from 'franc-min';

const isoFromFranc: Record<string, string> = {
  eng: 'en',
  vie: 'vi',
  uzn: 'uz',
  ind: 'id',
  zlm: 'ms',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  tur: 'tr',
  nld: 'nl',
  pol: 'pl',
  tgl: 'tl',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  kaz: 'kk',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
};

const latinCandidates = [
  'eng',
  'vie',
  'uzn',
  'ind',
  'zlm',
  'fra',
  'spa',
  'deu',
  'por',
  'ita',
  'tur',
  'nld',
  'pol',
  'tgl',
];

/** The commonest function and question words of each Latin-script candidate (general language knowledge). */
const functionWords: Record<string, string> = {
  eng:
    'the a an and of to in is are was were who what which when where how many much does did do for with at on by ' +
    'its their has have will',
  uzn:
    'va bilan uchun qanday nima qayerda qachon necha nechta kim qaysi bu u haqida bo‘yicha qancha ham emas ' +
    'edi bor yoʻq',
  ind: 'yang dan di ke dari ini itu dengan untuk apa siapa berapa bagaimana kapan mana adalah tidak akan pada oleh',
  zlm: 'yang dan di ke dari ini itu dengan untuk apa siapa berapa bagaimana bila mana ialah tidak akan pada oleh',
  fra: 'le la les des du de et est sont qui que quel quelle combien où quand comment un une pour avec dans sur',
  spa: 'el la los las de del y es son qué quién cuál cuántos cuántas dónde cuándo cómo un una para con en por',
  deu: 'der die das den dem und ist sind wer was wie wo wann welche viele ein eine mit für von bei im',
  por: 'o a os as de do da e é são quem qual quantos quantas onde quando como um uma para com em não',
  ita: 'il lo la gli le di del della e è chi che quale quanti quante dove quando come un una per con',
  vie: 'và của là có không những được cho với bao nhiêu ai gì đâu nào',
};
const functionWordSets = new Map(
  Object.entries(functionWords).map(([code, words]) => [code, new Set(words.split(' '))]),
);

/** Letters only Vietnamese uses among Latin-script languages (horn, breve, stroke, dot below, hook above). */
const vietnameseLetter = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
/**
 * Uzbek Latin oʻ and gʻ, written with a turned comma, an apostrophe or a backtick. An apostrophe before an English
 * ending ("Hong Kong's", "studio's", "didn't", "they'll") is not one: only the turned comma counts there.
 */
const uzbekLetter = /[og]ʻ(?=\p{L})|[og][‘’'`](?=\p{L})(?!(?:s|t|d|ll|re|ve|m)(?![\p{L}\p{M}]))/iu;
const wordPattern = /[\p{L}\p{M}\p{N}ʻ‘’'`]+/gu;

type Script =
  | 'hangul'
  | 'kana'
  | 'han'
  | 'thai'
  | 'cyrillic'
  | 'latin'
  | 'arabic'
  | 'devanagari'
  | 'greek'
  | 'hebrew'
  | 'georgian'
  | 'armenian';

const scriptTests: [Script, RegExp][] = [
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['thai', /\p{Script=Thai}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

function scriptOf(character: string): Script | undefined {
  for (const [script, test] of scriptTests) if (test.test(character)) return script;
  return undefined;
}

/**
 * Weighs each script by words: a word counts for the script of its last letter (Korean and
 * Japanese particles attach to Latin names: "Netflix와", "Netflixと"); text without spaces
 * (Han, Kana, Thai) counts one word per two characters.
 */
function scriptWeights(words: string[]): Map<Script, number> {
  const weights = new Map<Script, number>();
  const add = (script: Script, weight: number) => weights.set(script, (weights.get(script) ?? 0) + weight);
  for (const [index, word] of words.entries()) {
    const letters = [...word].filter((character) => /\p{L}/u.test(character));
    const last = letters.at(-1);
    if (last === undefined) continue;
    const script = scriptOf(last);
    if (script === undefined) continue;
    if (script === 'han' || script === 'kana' || script === 'thai') {
      let kana = 0;
      let han = 0;
      for (const letter of letters) {
        const own = scriptOf(letter);
        if (own === 'kana') kana += 1;
        else if (own === 'han') han += 1;
        else if (own === 'thai') add('thai', 0.5);
      }
      if (kana > 0) add('kana', Math.max(1, (kana + han) / 2));
      else if (han > 0) add('han', Math.max(1, han / 2));
    } else {
      // Capitalised Latin words after the first are mostly names ("Toonz Media Group"): they say little of the
      // language.
      add(script, script === 'latin' && index > 0 && looksLikeName(word) ? 0.3 : 1);
    }
  }
  return weights;
}

/** A capitalised word, an acronym or a word with digits or inner capitals ("Netflix", "KOCCA", "FelixFilm", "3D"). */
function looksLikeName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /\d/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

function detectCyrillic(text: string): string {
  const lower = text.toLowerCase();
  if (/[әңөұүһ]/u.test(lower)) return 'kk';
  if (/[ўқғҳ]/u.test(lower)) return /[қғҳ]/u.test(lower) || !/і/u.test(lower) ? 'uz' : 'be';
  if (/[їєґ]/u.test(lower)) return 'uk';
  if (/і/u.test(lower)) return /[ыэ]/u.test(lower) ? 'ru' : 'uk';
  if (/[ђћљњџј]/u.test(lower)) return 'sr';
  const letters = lower.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  // Russian and Bulgarian share their letters: only a text long enough for trigrams can tell them apart.
  if (letters < 60 || /[ыэ]/u.test(lower)) return 'ru';
  const [best] = francAll(text, { only: ['rus', 'bul'], minLength: 10 });
  return best?.[0] === 'bul' ? 'bg' : 'ru';
}

function detectLatin(words: string[]): string {
  const latinWords = words.filter((word) => /\p{Script=Latin}/u.test(word));
  if (latinWords.length === 0) return 'und';
  const vietnamese = latinWords.filter((word) => vietnameseLetter.test(word)).length;
  if (vietnamese >= 2 && vietnamese / latinWords.length >= 0.2) return 'vi';
  if (vietnamese === 1 && latinWords.length <= 3) return 'vi';
  const uzbek = latinWords.filter((word) => uzbekLetter.test(word)).length;
  if (uzbek >= 2 || (uzbek === 1 && latinWords.length <= 12)) {
    const uzbekFunctionWords = latinWords.filter((word) => functionWordSets.get('uzn')?.has(word.toLowerCase())).length;
    const englishFunctionWords = latinWords.filter((word) =>
      functionWordSets.get('eng')?.has(word.toLowerCase()),
    ).length;
    // Two or three "O'Brien"s in a long English text are names; Uzbek writes o' and g' in a good share of its words.
    const uzbekShare = uzbek >= 2 && uzbek / latinWords.length >= 0.03;
    if (uzbekShare || uzbekFunctionWords >= englishFunctionWords) return 'uz';
  }
  const common = latinWords.filter((word, index) => index === 0 || !looksLikeName(word));
  // Trigrams of short texts are noisy: the model reads the Latin words with and without the names, and the two agree.
  const samples = common.length >= 3 && common.length < latinWords.length ? [latinWords, common] : [latinWords];
  const scores = new Map<string, number>();
  for (const sample of samples) {
    for (const [code, score] of francAll(sample.join(' '), { only: latinCandidates, minLength: 3 })) {
      scores.set(code, (scores.get(code) ?? 0) + score / samples.length);
    }
  }
  // Short texts: function words count as much as the trigram model's whole range.
  const weight = latinWords.length <= 12 ? 1 : 0.3;
  for (const [code, set] of functionWordSets) {
    const hits = latinWords.filter((word) => set.has(word.toLowerCase())).length;
    scores.set(code, (scores.get(code) ?? 0) + (weight * hits) / Math.max(1, Math.sqrt(latinWords.length)));
  }
  let bestCode = 'eng';
  let bestScore = -1;
  for (const [code, score] of scores) {
    if (score > bestScore) [bestCode, bestScore] = [code, score];
  }
  // Malay and Indonesian are nearly one language: prefer the far more widely written Indonesian on a near tie.
  if (bestCode === 'zlm' && (scores.get('ind') ?? 0) >= bestScore * 0.95) bestCode = 'ind';
  return isoFromFranc[bestCode] ?? 'en';
}

/** Detects the language of a text (an article or a three-word question); "und" when it has no letters. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4_000).replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/gu, ' ');
  const words = sample.match(wordPattern) ?? [];
  const weights = scriptWeights(words);
  if (weights.size === 0) return 'und';
  const weight = (script: Script) => weights.get(script) ?? 0;
  const total = [...weights.values()].reduce((sum, value) => sum + value, 0);
  // Hangul or Kana on ≥ 30% of the words decides: Korean and Japanese text often carries Latin names.
  if (weight('hangul') > 0 && weight('hangul') >= total * 0.3) return 'ko';
  if (weight('kana') > 0 && weight('kana') + weight('han') >= total * 0.3) return 'ja';
  let dominant: Script = 'latin';
  for (const [script, value] of weights) if (value > weight(dominant)) dominant = script;
  switch (dominant) {
    case 'han':
      return 'zh';
    case 'thai':
      return 'th';
    case 'cyrillic':
      return detectCyrillic(sample);
    case 'greek':
      return 'el';
    case 'hebrew':
      return 'he';
    case 'georgian':
      return 'ka';
    case 'armenian':
      return 'hy';
    case 'arabic': {
      const [best] = francAll(sample, { only: ['arb', 'pes', 'urd'], minLength: 3 });
      return isoFromFranc[best?.[0] ?? 'arb'] ?? 'ar';
    }
    case 'devanagari': {
      const [best] = francAll(sample, { only: ['hin', 'mar', 'npi'], minLength: 3 });
      return isoFromFranc[best?.[0] ?? 'hin'] ?? 'hi';
    }
    case 'hangul':
      return 'ko';
    case 'kana':
      return 'ja';
    default:
      return detectLatin(words);
  }
}
