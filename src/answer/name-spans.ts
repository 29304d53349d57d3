/**
 * Loose keys of a whole name whose words the question analysis splits: a capitalised run the lexicon covers in part
 * ("Studio Inyo": "Studio" is the lexicon's studio, yet 스튜디오인요 is one name) and a Katakana name the word
 * segmenter cuts (スタジオ|イン|ヨ), a loanword name in Hangul written in two words (애니멀 로직 = Animal Logic), and a
 * Han name the segmenter cuts into characters (陈|睿, 田|暁|鵬), read by its pinyin. The whole name is what an article
 * in another script writes.
 */
import { hanStretchKeys, pinyinTwin, twinned, twinnedHanStretch } from '../retrieval/han-reading-keys.js';
import { loanwordSkeleton } from '../knowledge/loanword-skeleton.js';
import { looseNameKey } from '../knowledge/romanize.js';
import {
  koreanNameRunKey,
  koreanNameWordKeys,
  spelledAcronymKeys,
  theNameKeys,
} from '../retrieval/korean-name-keys.js';
import { looseKeysOf, nameKeys, type SpellingMatcher } from '../retrieval/name-keys.js';
import type { WordToken } from '../retrieval/text-normalize.js';
import type { QuestionTerm } from './question-analysis.js';

const katakana = /^[\p{Script=Katakana}ー]+$/u;
const hangul = /^\p{Script=Hangul}{2,}$/u;

/**
 * The loose keys of the capitalised run [start, end) taken as one name and, when the run has neighbours a lexicon
 * concept covers too, of the run around it taken whole ("Studio Inyo", see the module comment).
 */
export function runNameKeys(
  tokens: readonly WordToken[],
  cased: (position: number) => boolean,
  start: number,
  end: number,
  spellings: SpellingMatcher,
): string[] {
  const joined = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((token) => token.word)
      .join('');
  const own = [...looseKeysOf(joined(start, end), spellings), ...koreanRunKeys(tokens, start, end)];
  // The run heard word by word, as an article's index hears its name's words ("George Lucas": soft g, 조지 루카스).
  const heard = end - start > 1 ? loanwordSkeleton(wordsOf(tokens, start, end).join(' ')) : undefined;
  if (heard !== undefined) own.push(`#${heard}`);
  let from = start;
  let to = end;
  while (from > 0 && cased(from - 1)) from -= 1;
  while (to < tokens.length && cased(to)) to += 1;
  return from === start && to === end ? own : [...own, ...looseKeysOf(joined(from, to), spellings)];
}

const wordsOf = (tokens: readonly WordToken[], start: number, end: number) =>
  tokens.slice(start, end).map((token) => token.word);

/**
 * For each word of a capitalised run [start, end) of two words or more, the loose keys of the word alone and of the
 * shorter runs of two or three words inside the name, each with its pinyin twin where it has one (see name-keys.ts):
 * a Chinese company asked with a kind word translated ("Zuoshou Shanglan Culture") or in an inflected phrase
 * ("Kuaikan's Series C") meets the Han text that writes the name alone (左手上篮文化, 快看) by the pinyin of its own
 * words, which the key of the whole run, joined with the translated word, does not give. None under six letters.
 */
export function innerNameKeys(tokens: readonly WordToken[], start: number, end: number): Map<number, string[]> {
  const byPosition = new Map<number, string[]>();
  const word = (position: number) => (tokens[position] as WordToken).word;
  for (let from = start; from < end; from += 1)
    for (let to = from + 1; to <= Math.min(end, from + 3); to += 1) {
      if (to - from === end - start) continue;
      const loose = `%${looseNameKey(Array.from({ length: to - from }, (_, offset) => word(from + offset)).join(''))}`;
      if (loose.length < 7) continue;
      const keys = twinned(loose) ? [loose, pinyinTwin(loose)] : [loose];
      for (let position = from; position < to; position += 1)
        byPosition.set(position, [...(byPosition.get(position) ?? []), ...keys]);
    }
  return byPosition;
}

/**
 * A capitalised run of two or three words read as a Korean person's name in Hangul ("Jinsoo Lee" ~ 이진수,
 * korean-name-keys.ts): the key of that reading.
 */
function koreanRunKeys(tokens: readonly WordToken[], start: number, end: number): string[] {
  const words = tokens.slice(start, end).map((token) => token.word);
  const key = koreanNameRunKey(words);
  // "The Grim" as Korean and Japanese write it into the name (더그림, ザ・グリム; korean-name-keys.ts).
  const written = tokens[start - 1]?.word === 'the' ? theNameKeys(words.join(' ')) : [];
  return key === undefined ? written : [key, ...written];
}

/**
 * The question's tokens with each word it writes with a capital inside ("CyberAgent") as written, not lower-cased: a
 * name's loanword skeleton reads such a word word by word (사이버에이전트), as an article's index does.
 */
export function withInnerCapitals(tokens: readonly WordToken[], question: string): WordToken[] {
  const written = new Map<string, string>();
  for (const [word] of question.matchAll(/[\p{L}\p{N}'’]+/gu))
    if (/\p{Ll}\p{Lu}/u.test(word)) written.set(word.toLowerCase(), word);
  return tokens.map((token) => {
    const word = written.get(token.word);
    return word === undefined ? token : { ...token, word };
  });
}

/** For each token of a run of two or more Katakana tokens, the loose keys of the whole run. */
export function katakanaRunKeys(tokens: readonly WordToken[], spellings: SpellingMatcher): Map<number, string[]> {
  const byPosition = new Map<number, string[]>();
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end < tokens.length && katakana.test((tokens[end] as WordToken).word)) end += 1;
    if (end - start >= 2) {
      // The name's keys as an article's would be (with and without a kind of company: デクスター|スタジオ).
      const own = nameKeys(
        tokens
          .slice(start, end)
          .map((token) => token.word)
          .join(''),
      );
      const keys = [...own, ...spellings.spellingsOf(own)];
      for (let position = start; position < end; position += 1) byPosition.set(position, keys);
    }
    start = Math.max(end, start + 1);
  }
  return byPosition;
}

/**
 * For each of two neighbouring Hangul words, the keys of the two taken as one name (애니멀|로직 = Animal Logic), which
 * an article writes as one run; none that either word has alone.
 */
export function hangulPairKeys(tokens: readonly WordToken[]): Map<number, string[]> {
  const byPosition = new Map<number, string[]>();
  for (let position = 0; position + 1 < tokens.length; position += 1) {
    const [first, second] = [tokens[position] as WordToken, tokens[position + 1] as WordToken];
    if (!hangul.test(first.word) || !hangul.test(second.word) || first.whole !== undefined) continue;
    const alone = new Set([...nameKeys(first.word), ...nameKeys(second.word)]);
    // Consonant skeletons of five letters or more only: the loose key of any two words, or a short skeleton, would meet
    // other names by chance (measured: tune set b 20/25 → 19/25 with four-letter ones).
    const keys = nameKeys(`${first.word} ${second.word}`).filter(
      (key) => key.startsWith('#') && key.length > 5 && !alone.has(key),
    );
    for (const at of [position, position + 1]) byPosition.set(at, [...(byPosition.get(at) ?? []), ...keys]);
  }
  return byPosition;
}

/**
 * For each token of a run of Han tokens, the pinyin keys of the stretches of two to four characters that hold one of
 * its characters (see name-keys.ts): 陈|睿 is "Rui Chen", 哔|哩|哔|哩 Bilibili, each token for the whole name.
 */
export function hanRunKeys(tokens: readonly WordToken[]): Map<number, string[]> {
  const byPosition = new Map<number, string[]>();
  // A Japanese question's kanji are Japanese words, not Mandarin sounds.
  if (tokens.some((token) => token.script === 'kana')) return byPosition;
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end < tokens.length && (tokens[end] as WordToken).script === 'han') end += 1;
    // Each character's token, then each stretch's keys to the tokens it touches.
    const owners = tokens.slice(start, end).flatMap((token, index) => [...token.word].map(() => start + index));
    const run = tokens
      .slice(start, end)
      .map((token) => token.word)
      .join('');
    for (const { key, from, to } of hanStretchKeys(run)) {
      // Three letters or more also meet another form of them in a passage's Han text (see name-keys.ts).
      const keys = twinnedHanStretch(run, from, to) ? [key, pinyinTwin(key)] : [key];
      for (const position of new Set(owners.slice(from, to)))
        byPosition.set(position, [...(byPosition.get(position) ?? []), ...keys]);
    }
    start = Math.max(end, start + 1);
  }
  return byPosition;
}

/**
 * For each Hangul token that is a Korean person's name, its keys as other scripts spell it (이진수 ~ "Jinsoo Lee"), and
 * for each Hangul or Katakana token that starts with an acronym's letter names, the keys of the acronym and the rest
 * (엘지유플러스 ~ LG유플러스; korean-name-keys.ts).
 */
export function koreanSpellingKeys(tokens: readonly WordToken[]): Map<number, string[]> {
  const byPosition = new Map<number, string[]>();
  tokens.forEach((token, position) => {
    const person = hangul.test(token.word) ? koreanNameWordKeys(token.word) : [];
    const keys = [...person, ...(token.script === 'latin' ? [] : spelledAcronymKeys(token.word))];
    if (keys.length > 0) byPosition.set(position, keys);
  });
  return byPosition;
}

/**
 * For each token, the keys of the whole name a Katakana run, two Hangul words or a Han run make, and a Korean
 * person's name's other spellings (see above).
 */
export function splitNameKeys(tokens: readonly WordToken[], spellings: SpellingMatcher): Map<number, string[]> {
  const byPosition = katakanaRunKeys(tokens, spellings);
  for (const more of [hangulPairKeys(tokens), hanRunKeys(tokens), koreanSpellingKeys(tokens)])
    for (const [position, keys] of more) byPosition.set(position, [...(byPosition.get(position) ?? []), ...keys]);
  return byPosition;
}

const nameSkeleton = /^#[a-z]+$/u;

/**
 * A name's consonant skeleton (`#…`, see name-keys.ts) that no article holds matches nothing: left out, it does not
 * make the word it was worked out from look rare (two common Korean words read as one name, 같이|발표).
 */
export function withoutUnheldSkeletons<T extends { terms: readonly QuestionTerm[] }>(
  analysis: T,
  rarity: (key: string) => number,
): T {
  const terms = analysis.terms.map((term) => {
    const keys = term.keys.filter((key, index) => index === 0 || !nameSkeleton.test(key) || rarity(key) < 1);
    return keys.length === term.keys.length ? term : { ...term, keys };
  });
  return { ...analysis, terms };
}
