/**
 * One scan of a text's words for names (name-keys.ts reads the words and hands them over): the runs of capitalised,
 * Katakana, Hangul and Thai words it is in and the keys they give, and the keys of one name (`keysOf`).
 */
import { boundedMemo } from './bounded-memo.js';
import { hanReadingKeys, hanStretchKeys, pinyinTwin, twinned, twinnedHanStretch } from './han-reading-keys.js';
import { japaneseReadingKeys } from './japanese-reading-keys.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { hangulPinyin } from '../knowledge/hangul-pinyin.js';
import { palladiusPinyin } from '../knowledge/palladius.js';
import { consonantSkeleton, looseNameKey, spelledLetters } from '../knowledge/romanize.js';
import { katakanaKinds, pluralForms, visitLongNameWindows, visitNameWindows, withoutKinds } from './name-kinds.js';
import { stripKoreanParticle } from './text-normalize.js';

/** The keys of names seen recently (names recur across passages): shared arrays, not to be changed. */
export const recentKeysLimit = 50_000;

export const keysOf = boundedMemo(recentKeysLimit, (text: string): readonly string[] => {
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

/** The loanword skeleton key (`#…`) of a window of words (names recur across passages: kept for recent ones). */
const heardSkeleton = boundedMemo(recentKeysLimit, (text: string): string | undefined => {
  const heard = loanwordSkeleton(text);
  return heard === undefined ? undefined : `#${heard}`;
});

/** keysOf's loose key (`%…`) alone, without working out the skeletons (names seen recently are kept). */
const looseKeyOf = boundedMemo(recentKeysLimit, (text: string): readonly string[] => {
  const key = looseNameKey(text);
  return key.length < 3 ? [] : [`%${key}`, ...palladiusKeys(text)];
});

/** What a Hangul word gives the names: its stem without a particle, and the keys it makes alone. */
export interface HangulWord {
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

/**
 * The last run of capitalised words a scan of one text read and the keys its windows gave, in the order added: the
 * scans of a text's parts and of the whole text (nameKeysOfParts) read the same runs one after the other, and a run's
 * keys depend on its words alone.
 */
export interface RunKeys {
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
export class NameScan {
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
    /** A question's names: with the twins that meet a passage's Han text (see name-keys.ts). */
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

  /** A four-word window of a longer run: its loanword skeleton alone (see visitLongNameWindows), not a loose key. */
  private readonly addLongWindow = (value: string): void => {
    if (this.looseOnly) return;
    const heard = heardSkeleton(value);
    if (heard === undefined) return;
    this.keys.add(heard);
    this.recording?.push(heard);
  };

  /** The windows of a run of capitalised words: of one to three words, and of four by their sound. */
  private visitRun(run: readonly string[]): void {
    visitNameWindows(run, this.addWindow);
    if (run.length >= 4) visitLongNameWindows(run, this.addLongWindow);
  }

  private add(value: string): void {
    for (const key of this.looseOnly ? looseKeyOf(value) : keysOf(value)) {
      this.keys.add(key);
      this.recording?.push(key);
      if (this.query && twinned(key)) this.keys.add(pinyinTwin(key));
    }
    // A question's plural name meets the other script's plural by its stem (Minions ~ Миньоны): loose keys alone.
    if (this.query) for (const form of pluralForms(value)) for (const key of looseKeyOf(form)) this.keys.add(key);
  }

  private flushRun(): void {
    const run = this.run;
    if (run.length === 0) return;
    const shared = this.query ? undefined : this.runKeys;
    if (shared === undefined) this.visitRun(run);
    else if (sameWords(shared.words, run)) for (const key of shared.keys) this.keys.add(key);
    else {
      shared.words = run;
      shared.keys = [];
      this.recording = shared.keys;
      this.visitRun(run);
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
   * A run of Han characters: the pinyin keys of its stretches (`%ᴾ…` in a passage; see name-keys.ts). Not among
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
