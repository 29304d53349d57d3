/**
 * What the answerer needs of a passage, computed when the index is built (stored beside each chunk) or, for a
 * passage without it, once per passage and kept by chunk id:
 * its sentences (split by the shared splitter) and, per sentence, every key a question term
 * may be found under — words, lexicon concepts with their broader concepts, alias groups
 * the articles state, loose keys of names in every script.
 */
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { nameKeys } from '../retrieval/name-keys.js';
import { conceptKey } from '../retrieval/kept-keys.js';
import { readingKeys } from '../retrieval/reading-keys.js';
import { type AnalysedText, conceptsWith } from '../retrieval/text-analysis.js';
import { matchKey, vietnameseKey, vietnameseMarked, wordTokens } from '../retrieval/text-normalize.js';
import { splitSentences } from './sentences.js';

export interface AnalysedPassage {
  sentences: string[];
  sentenceKeys: Set<string>[];
  /** Keys of the article's title: it names what the whole article is about. */
  titleKeys: Set<string>;
}

/** Where a text's keys go: a set, or an index build's collector of a passage's keys (retrieval/chunk-line.ts). */
export interface KeySink {
  add(key: string): unknown;
}

/**
 * The keys of a text: words by match key, concepts as @id (with broader ones), alias groups, name keys. `analysed`:
 * the text's words and concepts when the caller has them (an index build, text-analysis.ts).
 */
export function textKeys(
  text: string,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
  analysed?: AnalysedText,
): Set<string> {
  const keys = new Set<string>();
  addTextKeys(keys, text, glossary, aliases, analysed);
  return keys;
}

/** `textKeys` added to `keys` in the same order (a set holds them once each, in that order). */
export function addTextKeys(
  keys: KeySink,
  text: string,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
  analysed?: AnalysedText,
): void {
  const tokens = analysed?.tokens ?? wordTokens(text);
  const words = analysed?.keys ?? tokens.map(matchKey);
  for (const key of words) keys.add(key);
  // A Vietnamese word with its marks is also found by its spelling: a question's marked word meets only that.
  for (const token of tokens) if (vietnameseMarked(token)) keys.add(vietnameseKey(token.word));
  if (glossary) {
    // The words just segmented: the lexicon look-up does not segment the text again.
    const hits = analysed
      ? conceptsWith(glossary, analysed)
      : glossary.findConcepts(text, { morphology: true, words: { tokens, keys: words } });
    for (const hit of hits) for (const id of glossary.withAncestors(hit.conceptId)) keys.add(conceptKey(id));
  }
  for (const hit of aliases.findInKeys(words, tokens)) keys.add(hit.key);
  for (const key of analysed?.names ?? nameKeys(text)) keys.add(key);
  for (const key of readingKeys(text)) keys.add(key);
}

/** A passage's sentences and their keys, computed as the answerer does (see createPassageAnalyser). */
export function analysePassage(
  chunk: { text: string; title: string },
  glossary: Glossary | undefined,
  aliases: AliasIndex,
  /** Keys of titles already analysed (an article's passages share its title). */
  titles?: Map<string, Set<string>>,
): AnalysedPassage {
  const sentences = splitSentences(chunk.text);
  let titleKeys = titles?.get(chunk.title);
  if (titleKeys === undefined) {
    titleKeys = textKeys(chunk.title, glossary, aliases);
    titles?.set(chunk.title, titleKeys);
  }
  return { sentences, sentenceKeys: sentences.map((sentence) => textKeys(sentence, glossary, aliases)), titleKeys };
}

/**
 * An analysed passage as the index stores it beside its chunk: the keys once each (`keys`), then per sentence its
 * start and end in the chunk's text and its keys by position in `keys` (in the order the set holds them).
 */
export interface StoredPassage {
  keys: string[];
  sentences: [number, number, number[]][];
  title: number[];
}

/** Undefined when a sentence is not found in the text as it stands (the answerer then analyses the passage). */
export function storePassage(text: string, analysed: AnalysedPassage): StoredPassage | undefined {
  const positions = new Map<string, number>();
  const keys: string[] = [];
  const positionsOf = (set: Set<string>) =>
    [...set].map((key) => {
      let position = positions.get(key);
      if (position === undefined) {
        position = keys.length;
        positions.set(key, position);
        keys.push(key);
      }
      return position;
    });
  let from = 0;
  const sentences: [number, number, number[]][] = [];
  for (const [index, sentence] of analysed.sentences.entries()) {
    const start = text.indexOf(sentence, from);
    if (start < 0) return undefined;
    from = start + sentence.length;
    sentences.push([start, from, positionsOf(analysed.sentenceKeys[index] as Set<string>)]);
  }
  return { keys, sentences, title: positionsOf(analysed.titleKeys) };
}

export function readStoredPassage(text: string, stored: StoredPassage): AnalysedPassage {
  const setOf = (positions: number[]) => new Set(positions.map((position) => stored.keys[position] as string));
  return {
    sentences: stored.sentences.map(([start, end]) => text.slice(start, end)),
    sentenceKeys: stored.sentences.map(([, , positions]) => setOf(positions)),
    titleKeys: setOf(stored.title),
  };
}

const cacheLimit = 5_000;

/** A cache of analysed passages by chunk id (cleared when it grows past a few thousand). */
export function createPassageAnalyser(glossary: Glossary | undefined) {
  const cache = new Map<string, AnalysedPassage>();
  let cachedAliases: AliasIndex | undefined;
  return function analyse(chunk: { id: string; text: string; title: string }, aliases: AliasIndex): AnalysedPassage {
    // A new index generation brings new alias groups: start afresh.
    if (aliases !== cachedAliases) {
      cache.clear();
      cachedAliases = aliases;
    }
    const cached = cache.get(chunk.id);
    if (cached) return cached;
    const result = analysePassage(chunk, glossary, aliases);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(chunk.id, result);
    return result;
  };
}
