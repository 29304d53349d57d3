/**
 * Loose keys of the names in a text, in every script, so that one name written two ways
 * meets on one key: runs of capitalised Latin or Cyrillic words (each run of one to three
 * words, joined: "Ha Jung-soo" → one key), Hangul words without their particle (하정수),
 * Katakana words (ハ・ジョンス). Keys start with `%`.
 *
 * Han text is read by its Mandarin pinyin (knowledge/han-reading.ts), one way: a passage's every stretch of two to
 * four Han characters gives a pinyin key `%ᴾ…` (王长田 → %ᴾ + the loose key of "wangchangtian"), which a question's
 * names in any script meet through their twins (queryNameKeys: "Wang Changtian", 왕창톈); a question's Han words give
 * `%` keys that meet the names a passage writes in another script (陈睿 ~ "Rui Chen", 哔哩哔哩 ~ Bilibili), and its
 * stretches of three characters or more twins that meet another form of them (金在龙 ~ 金在龍, 咒术回战 ~ 呪術廻戦):
 * two Han characters sound like too many others (世纪 and 实际 are both shiji). A Japanese question's kanji are read
 * so by no key: they are Japanese words.
 */
import { boundedMemo } from './bounded-memo.js';
import { dottedHanNameKeys, hanReadingKeys, hanStretchKeys, pinyinTwin } from './han-reading-keys.js';
import { twinned, twinnedHanStretch } from './han-reading-keys.js';
import { koreanNameKeys } from './korean-name-keys.js';
import { japaneseReadingKeys } from './japanese-reading-keys.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { hangulPinyin } from '../knowledge/hangul-pinyin.js';
import { palladiusPinyin } from '../knowledge/palladius.js';
import { consonantSkeleton, looseNameKey, spelledLetters } from '../knowledge/romanize.js';
import { hangulKinds, katakanaKinds, visitNameWindows, withoutKinds } from './name-kinds.js';
import type { SpellingMatcher } from './spelling-matcher.js';
import { isStopWord, stripKoreanParticle } from './text-normalize.js';

export { createSpellingMatcher, type SpellingMatcher } from './spelling-matcher.js';

// Words by script: Japanese and Korean text runs scripts together without spaces ("キネマシトラスは2019年").
const wordPattern = new RegExp(
  [
    String.raw`[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}'’-]*`,
    String.raw`\p{Script=Hangul}+`,
    String.raw`[\p{Script=Katakana}ー]+`,
    '[・･]',
    String.raw`\p{N}+`,
    String.raw`\p{Script=Han}+`,
    String.raw`\p{Script=Hiragana}+`,
    // Thai letters with their vowels and marks (not Thai digits).
    String.raw`[\u0E01-\u0E4E]+`,
  ].join('|'),
  'gu',
);
const capitalised = /^[\p{Lu}][\p{L}'’-]*$/u;
const digitsOnly = /^\p{N}+$/u;
// "Inyo's" is Inyo.
const possessive = /['’]s?$/u;
const hangulWord = /^\p{Script=Hangul}+$/u;
const hanWord = /^\p{Script=Han}{2,}$/u;
const katakanaWord = /^[\p{Script=Katakana}ー]+$/u;
/** A Thai word as spaces set it apart, short enough to be (a part of) a name: a longer one is a clause. */
const thaiWord = /^[\u0E01-\u0E4E]{2,20}$/u;

/** The keys of names seen recently (names recur across passages): shared arrays, not to be changed. */
const recentKeysLimit = 50_000;

const keysOf = boundedMemo(recentKeysLimit, (text: string): readonly string[] => {
  const key = looseNameKey(text);
  const skeleton = key.length < 3 ? undefined : consonantSkeleton(key);
  const keys = key.length < 3 ? [] : skeleton === undefined ? [`%${key}`] : [`%${key}`, `#${skeleton}`];
  // The name as another script hears it (애니멀 로직 ~ Animal Logic): its loanword skeleton, when it differs.
  const heard = key.length < 3 ? undefined : loanwordSkeleton(text);
  if (heard !== undefined && heard !== skeleton) keys.push(`#${heard}`);
  const letters = acronymLetters(text);
  if (letters !== undefined) keys.push(letters);
  return key.length < 3 ? keys : [...keys, ...palladiusKeys(text)];
});

/** A Chinese name Russian writes in Palladius (Цзяоцзы): the loose key of its pinyin too (knowledge/palladius.ts). */
function palladiusKeys(text: string): string[] {
  const pinyin = palladiusPinyin(text);
  const key = pinyin === undefined ? '' : looseNameKey(pinyin);
  return key.length < 3 || key === looseNameKey(text) ? [] : [`%${key}`];
}

/**
 * The Latin letters a Hangul or Katakana word spells out by their names (아이엘엠 → "ilm", keyed as "ILM" is), for
 * two letters or more.
 */
function acronymLetters(text: string): string | undefined {
  const letters = spelledLetters(stripKoreanParticle(text));
  return letters !== undefined && letters.length >= 2 ? letters : undefined;
}

/** keysOf's loose key (`%…`) alone, without working out the skeletons (names seen recently are kept). */
const looseKeyOf = boundedMemo(recentKeysLimit, (text: string): readonly string[] => {
  const key = looseNameKey(text);
  return key.length < 3 ? [] : [`%${key}`, ...palladiusKeys(text)];
});

/**
 * The loose key and, for longer names, the consonant skeleton (`#…`) of one name; with a matcher,
 * also the knowledge base's other spellings of it.
 */
export function looseKeysOf(text: string, spellings?: SpellingMatcher): string[] {
  const keys = keysOf(text);
  const all = spellings === undefined ? [...keys] : [...keys, ...spellings.spellingsOf(keys)];
  const loose = all.filter(twinned);
  // A question's name meets a passage's Han text by its pinyin twin (see the module comment).
  return [...all, ...loose.map(pinyinTwin)];
}

/** What a Hangul word gives the names: its stem without a particle, and the keys it makes alone. */
interface HangulWord {
  word: string;
  stem: string;
  /** The stem's length in characters. */
  length: number;
  /** A longer word's loanword skeleton (사이버에이전트 = CyberAgent). */
  heard: string | undefined;
  /**
   * The names before the kinds of company written into the word (덱스터스튜디오 = Dexter Studios; 헤드랜드캐피털파트너스 =
   * Headland Capital Partners, read as 헤드랜드캐피털 and 헤드랜드): a word too long to be keyed whole still is by them.
   */
  names: string[];
}

function hangulWordOf(word: string): HangulWord {
  const stem = stripKoreanParticle(word);
  const length = [...stem].length;
  return {
    word,
    stem,
    length,
    heard: length > 6 && length <= 9 ? loanwordSkeleton(stem) : undefined,
    names: withoutKinds(stem, hangulKinds),
  };
}

/**
 * The last run of capitalised words a scan of one text read and the keys its windows gave, in the order added: the
 * scans of a text's parts and of the whole text (nameKeysOfParts) read the same runs one after the other, and a run's
 * keys depend on its words alone.
 */
interface RunKeys {
  words: readonly string[] | undefined;
  keys: string[];
}

/** Whether two runs hold the same words (the scans share the words' strings). */
function sameWords(left: readonly string[] | undefined, right: readonly string[]): boolean {
  if (left === undefined || left.length !== right.length) return false;
  for (let index = 0; index < right.length; index += 1) if (left[index] !== right[index]) return false;
  return true;
}

/**
 * One scan of words for names (see nameKeys): the runs of capitalised words, of Katakana and of Hangul words it is
 * in, and the keys found so far in the order found. The words come from scanWords.
 */
class NameScan {
  private run: string[] = [];
  private katakana = '';
  /** The Katakana words of the name being read, as written apart (ビッグ・マシーン・レーベル). */
  private katakanaParts: string[] = [];
  private previousHangul = '';
  /** The Thai words of the run being read: Thai writes a name's words apart with a space (เมเจอร์ ซีนีเพล็กซ์). */
  private thai: string[] = [];

  constructor(
    readonly keys = new Set<string>(),
    /** Only the loose keys of the names (looseKeyOf), not their skeletons. */
    private readonly looseOnly = false,
    /** A question's names: with the twins that meet a passage's Han text (see the module comment). */
    private readonly query = false,
    /** A question written in Japanese (with kana): its Han words are not read in Mandarin. */
    private readonly japanese = false,
    /** The last run's keys, shared with the other scans of the same text (not a question's: see RunKeys). */
    private readonly runKeys?: RunKeys,
  ) {}

  /** Where the keys added go too while a run's are recorded for runKeys. */
  private recording: string[] | undefined;

  /** add, bound once: the name windows of every run are visited with it (no closure or generator per run). */
  private readonly addWindow = (value: string): void => this.add(value);

  private add(value: string): void {
    for (const key of this.looseOnly ? looseKeyOf(value) : keysOf(value)) {
      this.keys.add(key);
      this.recording?.push(key);
      if (this.query && twinned(key)) this.keys.add(pinyinTwin(key));
    }
  }

  private flushRun(): void {
    const run = this.run;
    if (run.length === 0) return;
    const shared = this.query ? undefined : this.runKeys;
    if (shared === undefined) visitNameWindows(run, this.addWindow);
    else if (sameWords(shared.words, run)) for (const key of shared.keys) this.keys.add(key);
    else {
      shared.words = run;
      shared.keys = [];
      this.recording = shared.keys;
      visitNameWindows(run, this.addWindow);
      this.recording = undefined;
    }
    this.run = [];
  }

  private flushThai(): void {
    if (this.thai.length === 0) return;
    visitNameWindows(this.thai, this.addWindow);
    this.thai = [];
  }

  /** A Thai word: a name's words are read in runs of one to three, as capitalised Latin words are. */
  thaiWord(word: string): void {
    this.flushKatakana();
    this.flushRun();
    this.previousHangul = '';
    this.thai.push(word);
  }

  private flushKatakana(): void {
    const katakana = this.katakana;
    if (katakana === '') return;
    if (katakana.length >= 2) this.add(katakana);
    for (const name of withoutKinds(katakana, katakanaKinds)) this.add(name);
    // A name written in words apart (ビッグ・マシーン・レーベル・グループ) also by runs of its words, as a Latin name
    // is: another script may write it shorter or joined otherwise (빅머신 레이블 그룹, Big Machine Label Group).
    if (this.katakanaParts.length > 1) visitNameWindows(this.katakanaParts, this.addWindow);
    this.katakana = '';
    this.katakanaParts = [];
  }

  /** A word that is no part of a name (a small Latin word, a number, a word of another script). */
  other(): void {
    this.flushKatakana();
    this.flushRun();
    this.flushThai();
    this.previousHangul = '';
  }

  katakanaWord(word: string): void {
    this.flushThai();
    this.katakana += word;
    this.katakanaParts.push(word);
  }

  /**
   * A run of Han characters: the pinyin keys of its stretches (`%ᴾ…` in a passage; see the module comment). Not among
   * a knowledge base's names (looseOnly): those are looked up by likeness, and every stretch of Chinese text would be
   * like some name by chance.
   */
  han(run: string): void {
    this.other();
    if (this.looseOnly) return;
    if (!this.query) {
      for (const key of hanReadingKeys(run)) this.keys.add(pinyinTwin(key));
      return;
    }
    // A Japanese name in kanji (集英社, a Chinese question's 角川) meets its romanization by its Japanese reading.
    for (const key of japaneseReadingKeys(run, this.japanese)) this.keys.add(key);
    // A Japanese question's kanji are Japanese words, not Mandarin sounds.
    if (this.japanese) return;
    for (const { key, from, to } of hanStretchKeys(run)) {
      this.keys.add(key);
      if (twinnedHanStretch(run, from, to)) this.keys.add(pinyinTwin(key));
    }
  }

  /**
   * What stands between the last word and the next: only a space or a middle dot joins Katakana words into one name;
   * a comma or a quote mark ends the first ("オズ』、ルーカスフィルム" is two names, "スタジオ、ポリゴン" too).
   */
  gap(between: string): void {
    if (this.katakana !== '' && !katakanaJoin.test(between)) this.flushKatakana();
    // Only a space joins Thai words into one name; punctuation or a line ends it.
    if (this.thai.length > 0 && between !== ' ') this.flushThai();
  }

  /** Whether what stands before the next word matters (`gap`): only while a Katakana name is being read. */
  get readsGap(): boolean {
    return this.katakana !== '';
  }

  /** A capitalised word ("Inyo's" as Inyo): the possessive ends the run. */
  capitalised(name: string, possessive: boolean): void {
    this.flushKatakana();
    this.flushThai();
    this.run.push(name);
    if (possessive) this.flushRun();
  }

  hangul(hangul: HangulWord): void {
    this.flushKatakana();
    this.flushRun();
    this.flushThai();
    const { word, stem, length, heard, names } = hangul;
    if (length >= 2 && length <= 6) this.add(stem);
    // A Chinese name Korean writes by its Mandarin sound (마화텅 = Ma Huateng): the pinyin it spells, a question's only.
    if (this.query && length >= 2 && length <= 6) for (const reading of hangulPinyin(stem)) this.add(reading);
    // A longer word is a name only as a loanword (사이버에이전트 = CyberAgent): its skeleton alone.
    if (heard !== undefined) this.keys.add(`#${heard}`);
    // A company written as one word with its kind (덱스터스튜디오 = Dexter Studios): the name alone too.
    for (const name of names) this.add(name);
    // The last syllable may be the name's own, not a particle (뽀로로, 서울로).
    if (stem !== word && [...word].length - length === 1 && length <= 5) this.add(word);
    // A name in Hangul may be written in two words (키네마 시트러스).
    if (this.previousHangul !== '' && length <= 6) this.add(`${this.previousHangul}${stem}`);
    this.previousHangul = word === stem ? stem : '';
  }

  /**
   * Digits written right after a Hangul word that spells out letters (엠83 = M83): the key of the whole name as its
   * Latin spelling is keyed ("m83").
   */
  digitsAfter(hangul: HangulWord, digits: string): void {
    const letters = spelledLetters(hangul.word);
    if (letters !== undefined) this.keys.add(`${letters}${digits}`);
  }

  /** The text's end: the runs it ends in are names. */
  end(): void {
    this.flushRun();
    this.flushKatakana();
    this.flushThai();
  }

  finish(): string[] {
    this.end();
    return [...this.keys];
  }
}

/** What may stand between two Katakana words of one name. */
const katakanaJoin = /^[\s・･]*$/u;

/**
 * A text's words as the name scan reads them, each handed to `scan` and to `also` (a second scan), if given, with
 * what stands between them; `before` is what stood before the text for `also` (the text between two parts). Gives
 * back what follows the text's last word.
 */
function scanWords(text: string, scan: NameScan, also?: NameScan, before = ''): string {
  const normalized = text.normalize('NFC');
  let lastEnd = 0;
  let lastHangul: HangulWord | undefined;
  // exec rather than matchAll: no iterator results per word (nothing in the loop scans words again).
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(normalized); match !== null; match = wordPattern.exec(normalized)) {
    const word = match[0];
    if (lastHangul !== undefined && lastEnd === match.index && digitsOnly.test(word)) {
      scan.digitsAfter(lastHangul, word);
      also?.digitsAfter(lastHangul, word);
    }
    lastHangul = undefined;
    // What stands between the last word and this one, cut out only where it matters.
    if (also?.readsGap === true) {
      const between = normalized.slice(lastEnd, match.index);
      also.gap(lastEnd === 0 ? `${before}${between}` : between);
    }
    if (scan.readsGap) scan.gap(normalized.slice(lastEnd, match.index));
    lastEnd = match.index + word.length;
    if (word === '・' || word === '･') continue;
    // Most words start with a small Latin letter or a digit: neither a name nor Katakana nor Hangul.
    const first = word.charCodeAt(0);
    const reading = (first >= 97 && first <= 122) || (first >= 48 && first <= 57) ? otherWord : readingOf(word);
    if (reading === otherWord) {
      scan.other();
      also?.other();
    } else if (reading === katakanaReading) {
      scan.katakanaWord(word);
      also?.katakanaWord(word);
    } else if (reading === hanReading) {
      scan.han(word);
      also?.han(word);
    } else if (reading === thaiReading) {
      scan.thaiWord(word);
      also?.thaiWord(word);
    } else if ('possessive' in reading) {
      scan.capitalised(reading.name, reading.possessive);
      also?.capitalised(reading.name, reading.possessive);
    } else {
      scan.hangul(reading);
      also?.hangul(reading);
      lastHangul = reading;
    }
  }
  return normalized.slice(lastEnd);
}

/** How the name scan reads a word: no part of a name, Katakana, a capitalised word (without its "'s"), Hangul. */
type WordReading =
  | typeof otherWord
  | typeof katakanaReading
  | typeof hanReading
  | typeof thaiReading
  | { name: string; possessive: boolean }
  | HangulWord;
const otherWord = Symbol('other');
const katakanaReading = Symbol('katakana');
const hanReading = Symbol('han');
const thaiReading = Symbol('thai');

/** The readings of words seen recently (words recur across passages; the Hangul ones cost a skeleton each). */
const readingOf = boundedMemo(recentKeysLimit, (word: string): WordReading => {
  if (katakanaWord.test(word)) return katakanaReading;
  if (hanWord.test(word)) return hanReading;
  if (thaiWord.test(word)) return thaiReading;
  if (capitalised.test(word) && !hangulWord.test(word) && !isStopWord(word.toLowerCase()))
    return { name: word.replace(possessive, ''), possessive: possessive.test(word) };
  if (hangulWord.test(word)) return hangulWordOf(word);
  return otherWord;
});

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const withDottedNames = (keys: string[], text: string) => [...new Set([...keys, ...dottedHanNameKeys(text)])];

/**
 * A question's name keys: nameKeys' with the pinyin twin (`ᴾ…`) of each loose key, its Han words' pinyin keys as `%`
 * keys (see the module comment), and its Korean people's names written the other way (korean-name-keys.ts). */
export function queryNameKeys(text: string): string[] {
  const scan = new NameScan(new Set(), false, true, kana.test(text));
  scanWords(text, scan);
  return withDottedNames([...scan.finish(), ...koreanNameKeys(text)], text);
}

/** The loose name keys of a text (see the module comment), without duplicates. */
export function nameKeys(text: string): string[] {
  const scan = new NameScan();
  scanWords(text, scan);
  return withDottedNames(scan.finish(), text);
}

/**
 * The loose keys (`%…`) of the names in the texts, all in one set: each text's are nameKeys' that start with `%`,
 * found without working out the skeletons (a knowledge base's names, learnt-aliases.ts).
 */
export function looseNameKeys(texts: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    const scan = new NameScan(keys, true);
    scanWords(text, scan);
    scan.end();
  }
  for (const key of keys) if (!key.startsWith('%')) keys.delete(key);
  return keys;
}

/** Characters a word may go on with (a word could run from one part into the next). */
const wordEnd = /[\p{L}\p{N}'’-]$/u;
const wordStart = /^[\p{L}\p{N}'’-]/u;
/** Characters that may join the character before them when the text is normalised. */
const joining = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/**
 * The name keys of a text and of parts of it at once, each as nameKeys gives them, the text's words read once: the
 * parts are in order, `ends[i]` where part i ends in the text, and between two parts the text holds no letter or
 * digit. Undefined when a word or a normalised character could run from one part into the next (then each is scanned
 * alone).
 */
export function nameKeysOfParts(
  text: string,
  parts: readonly string[],
  ends: readonly number[],
): { whole: string[]; parts: string[][] } | undefined {
  for (let index = 0; index + 1 < parts.length; index += 1) {
    const after = text.slice(ends[index] as number, (ends[index] as number) + 1);
    const next = parts[index + 1] as string;
    if ((wordEnd.test(parts[index] as string) && wordStart.test(after)) || joining.test(after) || joining.test(next))
      return undefined;
  }
  const starts: number[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const start = index === 0 ? 0 : text.indexOf(parts[index] as string, ends[index - 1] as number);
    if (start < 0) return undefined;
    starts.push(start);
  }
  const runKeys: RunKeys = { words: undefined, keys: [] };
  const whole = new NameScan(new Set(), false, false, false, runKeys);
  let trailing = '';
  const keys = parts.map((part, index) => {
    const scan = new NameScan(new Set(), false, false, false, runKeys);
    const between = index === 0 ? '' : text.slice(ends[index - 1] as number, starts[index] as number);
    const lead = `${trailing}${between}`;
    const rest = scanWords(part, scan, whole, lead);
    // A part without a word leaves what stood before it standing before the next.
    trailing = rest.length < part.normalize('NFC').length ? rest : `${lead}${rest}`;
    return withDottedNames(scan.finish(), part);
  });
  return { whole: withDottedNames(whole.finish(), text), parts: keys };
}
