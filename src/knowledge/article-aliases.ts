/**
 * Aliases that articles state themselves, learnt when the index is built: "Korea Creative
 * Content Agency (KOCCA)", "KOCCA (Korea Creative Content Agency)", "한국콘텐츠진흥원(콘진원)",
 * "(이하 '콘진원')", "（以下、…）", "(далее — …)", "(gọi tắt là …)", "(viết tắt: …)", "also known
 * as …", a name followed by its romanization in parentheses, a name followed by the Han letters or the reading
 * it is written with ("자오쯔(饺子·45)", "金在龍(キム・ジェヨン)", "Rui Chen (陈睿)"). Forms that name one thing are
 * joined into groups (union of pairs); a group is matched in questions and passages as one
 * key, `&<canonical form>`, so either name finds the other. A Han form is also matched in its other character forms
 * (饺子 ~ 餃子) and by its Mandarin pinyin ("Jiaozi", "Yang Yu" for 楊宇: han-reading.ts).
 */
import { createSpellingMatcher } from '../retrieval/name-keys.js';
import { createReadingMatcher } from '../retrieval/japanese-reading-keys.js';
import { knownKey, matchKey, type WordToken, wordTokens, writtenKeys } from '../retrieval/text-normalize.js';
import { candidateAt } from './glossary-forms.js';
import { alignLong, companyFormOnly, generic, nameAtEnd, notAnAlias, spelledOutPairs } from './alias-forms.js';
import { foldedHanText, hanNameForms } from './han-reading.js';

export interface AliasGroup {
  /** The forms as written, longest first. */
  forms: string[];
}

/** What an article is about: the names of its title and lead sentence, found wherever its title is. */
export interface ArticleSubject {
  title: string;
  /** The title's word keys joined by spaces (stored, so that opening an index segments no title). */
  titleKeys?: string | undefined;
  /** Loose name keys and alias group keys of the names in the title and the lead sentence. */
  keys: string[];
}

/** What is learnt from the articles: their alias groups and the loose keys of the names they write. */
export interface LearntAliases {
  groups: AliasGroup[];
  /** Loose name keys (`%…`, see name-keys.ts) of every name the articles write, in any script. */
  names: string[];
  /** Per article title, the names it is about (a sentence deep in the article need not repeat them). */
  subjects?: ArticleSubject[];
  /** The subjects as a table read from an index generation (instead of `subjects`: see alias-subjects.ts). */
  subjectTable?: SubjectTable | undefined;
}

/** The articles' subjects by title keys, as a text that starts with a title looks them up. */
export interface SubjectTable {
  /** The titles' lengths in words, each once, in the order of the first article with a title of that length. */
  readonly lengths: readonly number[];
  /** The titles' first word keys. */
  readonly starts: ReadonlySet<string>;
  /** The keys of each article whose title keys are these, in article order. */
  find(titleKeys: string): string[][];
  /**
   * The titles' first two words and more, joined as `find` takes them (every title's own keys among them), where the
   * table has them: a text whose first words are none of them starts with no longer title.
   */
  readonly prefixes?: ReadonlySet<string> | undefined;
}

/** The subjects an alias index looks up: those with title keys and keys, title keys worked out where missing. */
export function subjectEntries(subjects: readonly ArticleSubject[]): { titleKeys: string; keys: string[] }[] {
  const entries: { titleKeys: string; keys: string[] }[] = [];
  for (const subject of subjects) {
    const titleKeys = subject.titleKeys ?? subjectTitleKeys(subject.title);
    if (titleKeys !== '' && subject.keys.length > 0) entries.push({ titleKeys, keys: subject.keys });
  }
  return entries;
}

/** The lengths and first words of the entries' titles (see SubjectTable). */
export function subjectTitleSummary(entries: readonly { titleKeys: string }[]): {
  lengths: number[];
  starts: string[];
} {
  const lengths = new Set<number>();
  const starts = new Set<string>();
  for (const { titleKeys } of entries) {
    const words = titleKeys.split(' ');
    lengths.add(words.length);
    starts.add(words[0] as string);
  }
  return { lengths: [...lengths], starts: [...starts] };
}

function memorySubjectTable(subjects: readonly ArticleSubject[]): SubjectTable {
  const entries = subjectEntries(subjects);
  const byTitle = new Map<string, string[][]>();
  for (const { titleKeys, keys } of entries) {
    const list = byTitle.get(titleKeys) ?? [];
    list.push(keys);
    byTitle.set(titleKeys, list);
  }
  const { lengths, starts } = subjectTitleSummary(entries);
  const prefixes = new Set<string>();
  for (const titleKeys of byTitle.keys())
    for (let space = titleKeys.indexOf(' '); space >= 0; space = titleKeys.indexOf(' ', space + 1)) {
      const next = titleKeys.indexOf(' ', space + 1);
      prefixes.add(next < 0 ? titleKeys : titleKeys.slice(0, next));
    }
  return { lengths, starts: new Set(starts), find: (titleKeys) => byTitle.get(titleKeys) ?? [], prefixes };
}

export interface AliasHit {
  key: string;
  start: number;
  end: number;
}

export interface AliasIndex {
  readonly groups: readonly AliasGroup[];
  /** Alias groups named in a text (token positions as in wordTokens), longest form first, no overlaps. */
  find(text: string): AliasHit[];
  /**
   * Same, over tokens already keyed with matchKey; with the tokens, a Korean word is read as written where a name
   * is written so (카이나와 → 카이나, not 카이).
   */
  findInKeys(keys: readonly string[], tokens?: readonly WordToken[]): AliasHit[];
  /**
   * The articles' own spellings of names a question writes another way (loose keys in, loose keys
   * out): "Studio Inyo" → the key of 스튜디오인요. Empty for a name the articles write as asked.
   */
  spellingsOf(keys: readonly string[]): string[];
}

const latinWord = String.raw`[\p{Lu}\d][\p{L}\d&.'’-]*`;
const connector = String.raw`(?:of|for|and|the|&|de|du|des|la|le|da|di|und|für|y|on|in)`;
// A run of capitalised words (with small connectors inside): "Korea Creative Content Agency".
const latinName = String.raw`${latinWord}(?:\s+(?:${connector}\s+)*${latinWord}){0,7}`;
const acronym = String.raw`[\p{Lu}\d][\p{Lu}\d&.-]{1,9}`;
const otherWord = String.raw`[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]+`;
const quoted = (inner: string) => String.raw`["'“‘«「『]?(${inner})["'”’»」』]?`;
const cyrillicName = String.raw`\p{Lu}[\p{Script=Cyrillic}-]*(?:\s+[\p{Script=Cyrillic}-]+){0,6}`;
const anyName = String.raw`(?:${latinName}|${otherWord}|${cyrillicName})`;
// "(hereafter X)" in the six languages.
const hereafter =
  String.raw`(?:이하|以下、?|以下|далее\s*[—–-]?|gọi tắt là|viết tắt(?: là|:)?|` +
  String.raw`hereafter|hereinafter|below|keyingi o'rinlarda)`;

// Words every "(hereafter X)" holds (one per alternative above): a text without any skips that costly pattern.
const hereafterWord = /이하|以下|далее|gọi tắt là|viết tắt|hereafter|hereinafter|below|keyingi o'rinlarda/iu;
const bracket = /[(（]/u;

/** `needs`: a cheap test every text the pattern can match passes (texts that fail it are not searched). */
const patterns: { regex: RegExp; long: number; short: number; needs: RegExp }[] = [
  // Long Name (ACRONYM) / 長い名前（略称）
  {
    regex: new RegExp(String.raw`(${latinName})\s*[(（]\s*${quoted(`${acronym}|${latinWord}`)}\s*[)）]`, 'gu'),
    long: 1,
    short: 2,
    needs: bracket,
  },
  // ACRONYM (Long Name)
  {
    regex: new RegExp(String.raw`\b(${acronym})\s*[(（]\s*(${latinName})\s*[)）]`, 'gu'),
    long: 2,
    short: 1,
    needs: bracket,
  },
  // 한국콘텐츠진흥원(콘진원), 씨엔씨레볼루션(CNC Revolution), 이재식(Lee Jae-sik), 자오쯔(饺子·45) (an age after the name)
  {
    regex: new RegExp(
      String.raw`(${otherWord})\s*[(（]\s*${quoted(`${otherWord}|${latinName}`)}\s*(?:[·・,，]\s*\d{1,3}\s*)?[)）]`,
      'gu',
    ),
    long: 1,
    short: 2,
    needs: bracket,
  },
  // Rui Chen (陈睿), Tanaka Taro (田中太郎): a Latin name and the Han letters it is written with
  {
    regex: new RegExp(String.raw`(${latinWord}(?:\s+${latinWord})?)\s*[(（]\s*(\p{Script=Han}{2,4})\s*[)）]`, 'gu'),
    long: 1,
    short: 2,
    needs: bracket,
  },
  // Cyrillic name (Latin name or acronym)
  {
    regex: new RegExp(String.raw`(${cyrillicName})\s*[(（]\s*${quoted(latinName)}\s*[)）]`, 'gu'),
    long: 1,
    short: 2,
    needs: bracket,
  },
  // X (hereafter Y) in every language
  {
    regex: new RegExp(String.raw`(${anyName})\s*[(（]\s*${hereafter}\s*${quoted(anyName)}\s*[)）]`, 'giu'),
    long: 1,
    short: 2,
    needs: hereafterWord,
  },
  // X, also known as Y / X, known as Y
  {
    regex: new RegExp(String.raw`(${latinName}),?\s+(?:also\s+)?known\s+as\s+(?:the\s+)?${quoted(latinName)}`, 'gu'),
    long: 1,
    short: 2,
    needs: /known/u,
  },
];

function tidy(form: string): string {
  return form
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,.;:]+$/u, '')
    .trim();
}

export function formKeys(form: string): string[] {
  return wordTokens(form).map(matchKey);
}

/** Keeps the last words of a long run of another script (the name just before the brackets). */
function trimLong(form: string): string {
  if (/\p{Script=Latin}|\p{Script=Cyrillic}/u.test(form)) return form;
  const words = form.split(/\s+/);
  return words.slice(-1).join(' ');
}

// 일본포스트프로덕션협회(Japan Post Production Association, JPPA): several names in one pair of brackets.
const listedNames = new RegExp(String.raw`(${otherWord}|${latinName})\s*[(（]([^()（）]{3,120})[)）]`, 'gu');

function listedPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of text.matchAll(listedNames)) {
    const parts = (match[2] as string).split(/\s*[,;、]\s*/u);
    if (parts.length < 2) continue;
    // A figure with its unit ("12편", "155억800만위안") is no name, though it starts like an acronym.
    const names = parts.filter(
      (part) =>
        new RegExp(String.raw`^(?:${acronym}|${latinName})$`, 'u').test(part) &&
        !(/^\d/u.test(part) && !/\p{Script=Latin}/u.test(part)),
    );
    if (names.length !== parts.length) continue;
    const owner = trimLong(match[1] as string);
    for (const name of names) pairs.push([owner, name]);
  }
  return pairs;
}

/** Alias pairs stated in one text. */
export function extractAliasPairs(text: string): [string, string][] {
  const bracketed = bracket.test(text);
  const pairs: [string, string][] = bracketed ? [...listedPairs(text), ...spelledOutPairs(text)] : [];
  for (const { regex, long, short, needs } of patterns) {
    if (needs === bracket ? !bracketed : !needs.test(text)) continue;
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const shortWritten = tidy(match[short] ?? '');
      const longWritten = tidy(trimLong(match[long] ?? ''));
      if (notAnAlias(longWritten, shortWritten, text.slice(match.index + match[0].length))) continue;
      const shortForm = nameAtEnd(shortWritten);
      const longForm = alignLong(nameAtEnd(longWritten), shortForm);
      if (longForm === '' || shortForm === '' || longForm === shortForm) continue;
      if (/^\d+$/.test(shortForm) || /^\d+$/.test(longForm)) continue;
      const longKeys = formKeys(longForm);
      const shortKeys = formKeys(shortForm);
      if (longKeys.length === 0 || shortKeys.length === 0 || longKeys.every((key) => generic.has(key))) continue;
      // A parenthesis holding a role and a name ("대표 이재식") or a sentence is no alias.
      if (shortKeys.length > 8 || longKeys.length > 10) continue;
      pairs.push([longForm, shortForm]);
    }
  }
  // "손오공(주)", "カラー(株)": a company's legal form is no alias of the name it is written with.
  return pairs.filter((pair) => !pair.some(companyFormOnly));
}

const hanLetter = /\p{Script=Han}/u;

/** Groups of forms naming one thing, from the pairs of every article (union-find). */
export function groupAliases(pairs: Iterable<[string, string]>): AliasGroup[] {
  const parent = new Map<string, string>();
  const surface = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const add = (form: string) => {
    const key = writtenKeys(form).join(' ');
    if (!parent.has(key)) parent.set(key, key);
    if (!surface.has(key) || (surface.get(key) as string).length < form.length) surface.set(key, form);
    return key;
  };
  for (const [left, right] of pairs) {
    const leftRoot = find(add(left));
    const rightRoot = find(add(right));
    if (leftRoot !== rightRoot) parent.set(rightRoot, leftRoot);
  }
  const groups = new Map<string, string[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    const list = groups.get(root) ?? [];
    list.push(surface.get(key) as string);
    groups.set(root, list);
  }
  return [...groups.values()]
    .map((forms) => ({ forms: forms.sort((left, right) => right.length - left.length || left.localeCompare(right)) }))
    .sort((left, right) => (left.forms[0] as string).localeCompare(right.forms[0] as string));
}

/** The word keys of an article title, joined by spaces, as subjects are looked up. */
export function subjectTitleKeys(title: string): string {
  return formKeys(title).join(' ');
}

/**
 * A matcher over alias groups: each group is one key, `&` + its first form's words; and over the
 * articles' names, for their other spellings.
 */
export function createAliasIndex(learnt: readonly AliasGroup[] | LearntAliases): AliasIndex {
  const groups = 'groups' in learnt ? learnt.groups : learnt;
  const spellings = createSpellingMatcher('names' in learnt ? learnt.names : []);
  const readings = createReadingMatcher('names' in learnt ? learnt.names : []);
  const subjects =
    'subjectTable' in learnt && learnt.subjectTable !== undefined
      ? learnt.subjectTable
      : memorySubjectTable(('subjects' in learnt ? learnt.subjects : undefined) ?? []);
  const titleLengths = subjects.lengths;
  const longestTitle = Math.max(0, ...titleLengths);
  // The titles' first words: a text that starts with none of them (most sentences) starts with no title.
  const titleStarts = subjects.starts;
  const titlePrefixes = subjects.prefixes;
  /** A text that starts with an article's title (a chunk, a title) names that article's subjects too. */
  const subjectHits = (keys: readonly string[]): AliasHit[] => {
    const hits: AliasHit[] = [];
    if (!titleStarts.has(keys[0] as string)) return hits;
    // The text's first words joined, one to as many as the longest title has (keys hold no space), while some title
    // starts with them.
    const starts: string[] = [keys[0] as string];
    for (let length = 2; length <= Math.min(longestTitle, keys.length); length += 1) {
      const joined = `${starts[length - 2] as string} ${keys[length - 1] as string}`;
      if (titlePrefixes !== undefined && !titlePrefixes.has(joined)) break;
      starts.push(joined);
    }
    for (const length of titleLengths) {
      if (length > starts.length) continue;
      for (const entry of subjects.find(starts[length - 1] as string))
        for (const key of entry) hits.push({ key, start: 0, end: 0 });
    }
    return hits;
  };
  const byFirstKey = new Map<string, { keys: string[]; group: string }[]>();
  // The Korean words of the names as written: a name learnt from an article is never cut at a particle.
  const nameWords = new Set<string>();
  const known = (word: string) => nameWords.has(word);
  for (const group of groups) {
    const groupKey = `&${formKeys(group.forms[0] as string).join('_')}`;
    for (const form of group.forms.flatMap(hanNameForms)) {
      const keys = writtenKeys(form);
      for (const key of keys) if (/\p{Script=Hangul}/u.test(key)) nameWords.add(key);
      if (keys.length === 0) continue;
      const list = byFirstKey.get(keys[0] as string) ?? [];
      list.push({ keys, group: groupKey });
      byFirstKey.set(keys[0] as string, list);
    }
  }
  for (const list of byFirstKey.values()) list.sort((left, right) => right.keys.length - left.keys.length);
  const findInKeys = (matchKeys: readonly string[], tokens?: readonly WordToken[]): AliasHit[] => {
    const hits: AliasHit[] = titleStarts.size === 0 ? [] : subjectHits(matchKeys);
    const keys = tokens === undefined || nameWords.size === 0 ? matchKeys : namesAsWritten(matchKeys, tokens);
    // Han words also in their traditional forms, as a Han form is keyed (餃子 of a Japanese text ~ 饺子).
    const folded = keys.some((key) => hanLetter.test(key)) ? keys.map(foldedHanText) : undefined;
    let position = 0;
    while (position < keys.length) {
      const matched =
        candidateAt(byFirstKey.get(keys[position] as string), keys, position) ??
        (folded === undefined ? undefined : candidateAt(byFirstKey.get(folded[position] as string), folded, position));
      if (matched) {
        hits.push({ key: matched.group, start: position, end: position + matched.keys.length });
        position += matched.keys.length;
      } else {
        position += 1;
      }
    }
    return hits;
  };
  /** The keys with each Korean word as written where a name writes it so (knownKey); the same array when none is. */
  const namesAsWritten = (matchKeys: readonly string[], tokens: readonly WordToken[]): readonly string[] => {
    let keys: string[] | undefined;
    for (let position = 0; position < matchKeys.length; position += 1) {
      const token = tokens[position];
      const key = matchKeys[position] as string;
      const written = token === undefined ? key : knownKey(token, key, known);
      if (written === key) continue;
      keys ??= matchKeys.slice();
      keys[position] = written;
    }
    return keys ?? matchKeys;
  };
  return {
    groups,
    findInKeys,
    // Another spelling of a name, or the kanji a Japanese article writes it in (japanese-reading-keys.ts).
    spellingsOf: (keys) => [...spellings.spellingsOf(keys), ...readings.pinyinKeysOf(keys)],
    find: (text) => {
      if (byFirstKey.size === 0 && titleStarts.size === 0) return [];
      const tokens = wordTokens(text);
      return findInKeys(tokens.map(matchKey), tokens);
    },
  };
}

export const emptyAliasIndex: AliasIndex = createAliasIndex([]);
