/**
 * What the answerer needs of a passage, computed once per passage and kept by chunk id:
 * its sentences (split by the shared splitter) and, per sentence, every key a question term
 * may be found under — words, lexicon concepts with their broader concepts, alias groups
 * the articles state, loose keys of names in every script.
 */
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { nameKeys } from '../retrieval/name-keys.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { splitSentences } from './sentences.js';

export interface AnalysedPassage {
  sentences: string[];
  sentenceKeys: Set<string>[];
  /** Keys of the article's title: it names what the whole article is about. */
  titleKeys: Set<string>;
}

/** The keys of a text: words by match key, concepts as @id (with broader ones), alias groups, name keys. */
export function textKeys(text: string, glossary: Glossary | undefined, aliases: AliasIndex): Set<string> {
  const keys = new Set<string>();
  const words = wordTokens(text).map(matchKey);
  for (const key of words) keys.add(key);
  if (glossary) {
    for (const hit of glossary.findConcepts(text))
      for (const id of glossary.withAncestors(hit.conceptId)) keys.add(`@${id}`);
  }
  for (const hit of aliases.findInKeys(words)) keys.add(hit.key);
  for (const key of nameKeys(text)) keys.add(key);
  return keys;
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
    const sentences = splitSentences(chunk.text);
    const result = {
      sentences,
      sentenceKeys: sentences.map((sentence) => textKeys(sentence, glossary, aliases)),
      titleKeys: textKeys(chunk.title, glossary, aliases),
    };
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(chunk.id, result);
    return result;
  };
}
