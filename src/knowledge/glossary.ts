/**
 * The one lexicon: knowledge/taxonomy.yaml (content-industry work — departments, roles, skills,
 * with look-alike neighbours) and knowledge/glossary.yaml (institutions, places, general
 * concepts), each concept with its forms in English, Korean, Vietnamese, Japanese, Russian,
 * Uzbek and, where known, Indonesian, Thai and Kazakh. Retrieval uses it to bridge languages;
 * matchmaking maps offers and needs onto it. Text is segmented with Intl.Segmenter (Thai and
 * other unspaced scripts included) by `wordTokens`, one sentence-sized piece at a time.
 */
import { createHash } from 'node:crypto';
import {
  inflectionVariants,
  knownKey,
  vietnameseMarked,
  type WordToken,
  wordTokens,
} from '../retrieval/text-normalize.js';
import {
  capitalWordsOf,
  fitsMarks,
  fitsStems,
  formByStems,
  glossaryFormKeys,
  inCapitalsAt,
  indexForms,
  type KeyedToken,
  keyedTokens,
  keysAt,
} from './glossary-forms.js';
import {
  buildMorphologyIndex,
  type FormEntry,
  type MorphologyIndex,
  type MorphologyPartsCache,
  thaiFormAt,
} from './glossary-morphology.js';
import {
  type Concept,
  type ConceptInput,
  completeConcept,
  glossaryLanguages,
  lexiconLanguageOf,
} from './glossary-schema.js';
import {
  compoundPieces,
  factsOf,
  formsBefore,
  startsNothing,
  type WordFacts,
  type WordMemo,
} from './glossary-word-memo.js';

export { glossaryFormKeys } from './glossary-forms.js';
export {
  type Concept,
  type ConceptInput,
  conceptSchema,
  glossaryLanguages,
  type GlossaryLanguage,
} from './glossary-schema.js';

export interface ConceptHit {
  conceptId: string;
  /** The words as they stand in the text. */
  surface: string;
  /** Token positions [start, end). */
  start: number;
  end: number;
}

export interface FindConceptsOptions {
  /**
   * Also find forms through inflections (Russian, Kazakh and Uzbek endings, Indonesian affixes) and inside
   * compounds written as one word (Korean, Japanese, Thai): what matchmaking uses for offers and needs.
   */
  morphology?: boolean;
  /** The text's `wordTokens` and their match keys, when the caller has them (the text is not segmented again). */
  words?: TextWords | undefined;
  /** Only the form that starts at the text's first word, if there is one (the rest of the text is not searched). */
  leading?: boolean;
  /**
   * The text is looked up once (an index build's sentences, which hardly recur): its hits are not kept among the
   * recent short texts' (keeping them cost a key string, a map entry and frozen hits per sentence).
   */
  once?: boolean;
}

/** A text's word tokens and, position by position, their match keys. */
export interface TextWords {
  tokens: readonly WordToken[];
  keys: readonly string[];
}

export interface Glossary {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Short content hash: changes whenever the lexicon does (part of the embedder id). */
  readonly hash: string;
  /** Concepts mentioned in a text, longest form first, no overlaps. */
  findConcepts(text: string, options?: FindConceptsOptions): ConceptHit[];
  /** The concept itself and every broader concept above it. */
  withAncestors(conceptId: string): string[];
  /** All surface forms of a concept in every language. */
  formsOf(conceptId: string): string[];
  /** The preferred label in a language (falls back to English). */
  label(conceptId: string, language?: string): string;
  /** Look-alike concepts that are not the same work (both directions). */
  neighboursOf(conceptId: string): ReadonlySet<string>;
  /**
   * Builds the morphology index now if no look-up has (a process that will ask calls it while it waits on reads, so
   * that its first look-up with `morphology` does not pay for it).
   */
  prepareMorphology(): void;
}

const noNeighbours: ReadonlySet<string> = new Set();

const twoCapitals = /\p{Lu}{2}/u;

/** The one-word form an inflected word's variant is (a word in capitals meets only a form in capitals). */
function inflectedForm(
  formsByFirstKey: Map<string, FormEntry[]>,
  variants: readonly string[],
  inCapitals: boolean,
): FormEntry | undefined {
  for (const variant of variants) {
    const form = formsByFirstKey
      .get(variant)
      ?.find(
        (candidate) =>
          candidate.keys.length === 1 &&
          candidate.asWritten === undefined &&
          (candidate.capitals === true || !inCapitals),
      );
    if (form !== undefined) return form;
  }
  return undefined;
}

/** The forms whose first key is `key`, kept with the word's facts when it has them (looked up once per word). */
function formsOf(
  formsByFirstKey: Map<string, FormEntry[]>,
  key: string,
  word: WordFacts | undefined,
): FormEntry[] | undefined {
  if (word === undefined) return formsByFirstKey.get(key);
  word.forms ??= formsByFirstKey.get(key) ?? null;
  return word.forms ?? undefined;
}

/** The word's forms by each of `stems` (morphology's byStem), kept with its facts when they are its own stems. */
function stemFormsOf(
  morphology: MorphologyIndex,
  word: WordFacts | undefined,
  stems: readonly string[] | undefined,
): (FormEntry[] | undefined)[] | undefined {
  if (word === undefined || stems !== word.stems) return undefined;
  word.stemForms ??= word.stems.map((stem) => morphology.byStem.get(stem));
  return word.stemForms;
}

function findIn(
  formsByFirstKey: Map<string, FormEntry[]>,
  known: (word: string) => boolean,
  text: string,
  morphology: MorphologyIndex | undefined,
  words: TextWords | undefined,
  memo: WordMemo,
  leading = false,
): ConceptHit[] {
  const tokens = words?.tokens ?? wordTokens(text);
  const keyed = keyedTokens(tokens, words?.keys, known, morphology !== undefined);
  // A word written in capitals (an acronym) is read as it stands, or through an ending into a form in capitals only.
  const capitalWords = twoCapitals.test(text) ? capitalWordsOf(text) : undefined;
  const writtenAt = (position: number) => (offset: number) => {
    const token = keyed[position + offset];
    return token === undefined ? undefined : (tokens[token.source] as WordToken).word;
  };
  const facts = morphology === undefined ? [] : keyed.map((token) => factsOf(memo, token));
  const textStems =
    morphology === undefined
      ? []
      : keyed.map((token, position) =>
          inCapitalsAt(capitalWords, tokens, keyed, position) || vietnameseMarked(tokens[token.source] as WordToken)
            ? [token.key]
            : (facts[position] as WordFacts).stems,
        );
  const hits: ConceptHit[] = [];
  let position = 0;
  while (position < keyed.length) {
    // Past the first written word (or the pieces it was split into) nothing starts at it.
    if (leading && (keyed[position] as KeyedToken).source > 0) break;
    if (morphology !== undefined) {
      const word = facts[position] as WordFacts;
      word.startsNothing ??= startsNothing(
        memo,
        formsByFirstKey,
        morphology,
        keyed[position] as KeyedToken,
        word.stems,
      );
      if (word.startsNothing) {
        position += 1;
        continue;
      }
    }
    const firstKey = (keyed[position] as KeyedToken).key;
    const wordFacts = facts[position];
    const candidates = formsOf(formsByFirstKey, firstKey, wordFacts);
    let matched: FormEntry | undefined;
    // How many of the text's words the form covers (its own word count, except for a Thai form read by letters).
    let span = 0;
    if (candidates) {
      matched = formsBefore(memo, candidates, keyed[position + 1]?.key).find(
        (candidate) =>
          keysAt(keyed, position, candidate.keys) &&
          (candidate.asWritten === undefined || candidate.asWritten.test(text)) &&
          fitsMarks(candidate, writtenAt(position)) &&
          fitsStems(candidate, writtenAt(position)),
      );
    }
    if (morphology !== undefined) {
      // A longer form found through its words' stems ("съёмочной площадке", "penataan cahaya") wins over a
      // shorter one written as it stands.
      const kept = stemFormsOf(morphology, wordFacts, textStems[position]);
      const found = formByStems(morphology, textStems, position, writtenAt(position), kept);
      if (found !== undefined && (matched === undefined || found.keys.length > matched.keys.length)) matched = found;
      const thai = thaiFormAt(keyed, position, morphology.thaiForms);
      if (thai !== undefined && (matched === undefined || thai.words > matched.keys.length)) {
        matched = thai.entry;
        span = thai.words;
      }
    }
    if (!matched) {
      // An inflected word ("Samarqandda", "офисе") may still name a one-word concept.
      const token = keyed[position] as KeyedToken;
      if (!vietnameseMarked(tokens[token.source] as WordToken))
        matched = inflectedForm(
          formsByFirstKey,
          inflectionVariants(firstKey, token.script),
          inCapitalsAt(capitalWords, tokens, keyed, position),
        );
    }
    if (!matched) {
      const token = keyed[position] as KeyedToken;
      // A compound of known words written as one word (컴포지팅팀, 字幕翻訳者): its pieces are tried in its place.
      const pieces =
        morphology === undefined || token.split ? undefined : compoundPieces(memo, formsByFirstKey, morphology, token);
      token.split = true;
      if (pieces !== undefined) {
        const replacing = pieces.map((key) => ({ key, script: token.script, source: token.source, split: true }));
        keyed.splice(position, 1, ...replacing);
        const pieceFacts = replacing.map((piece) => factsOf(memo, piece));
        facts.splice(position, 1, ...pieceFacts);
        textStems.splice(position, 1, ...pieceFacts.map((piece) => piece.stems));
        continue;
      }
      position += 1;
      continue;
    }
    const end = position + (span > 0 ? span : matched.keys.length);
    const start = (keyed[position] as KeyedToken).source;
    const last = (keyed[end - 1] as KeyedToken).source;
    // One word (most hits) without the arrays of a slice.
    const first = tokens[start] as WordToken;
    const surface =
      start === last
        ? knownKey(first, first.word, known)
        : tokens
            .slice(start, last + 1)
            .map((token) => knownKey(token, token.word, known))
            .join(' ');
    hits.push({ conceptId: matched.conceptId, surface, start, end: last + 1 });
    if (leading) break;
    position = end;
  }
  return hits;
}

/** How many short texts' concept hits a glossary keeps (the most recent), and what counts as short. */
const recentHitsLimit = 2_048;
const cachedHitsTextLength = 240;

/** What `loadGlossary` keeps beside the data folder so that a start with unchanged files does not work it out. */
export interface GlossaryPrecomputed {
  /** `glossaryFormKeys(concepts)`. */
  formKeys?: string[][] | undefined;
  /** The glossary's `hash` (a hash of every concept as JSON). */
  hash?: string | undefined;
  /** The parts of the morphology index (read and written on its first use). */
  morphology?: MorphologyPartsCache | undefined;
}

export function createGlossary(inputs: readonly ConceptInput[], precomputed: GlossaryPrecomputed = {}): Glossary {
  const concepts = inputs.map(completeConcept);
  const byId = new Map<string, Concept>();
  for (const concept of concepts) byId.set(concept.id, concept);
  const formsByFirstKey = indexForms(concepts, precomputed.formKeys ?? glossaryFormKeys(concepts));
  // The Korean words the forms write with a particle-like last syllable, as written (see `knownKey`).
  const formWords = new Set<string>();
  for (const list of formsByFirstKey.values())
    for (const entry of list) for (const key of entry.keys) if (/\p{Script=Hangul}/u.test(key)) formWords.add(key);
  const knownForm = (word: string) => formWords.has(word);
  // Built on first use (or when a process that will ask prepares it): look-ups with `morphology` need it.
  let morphology: MorphologyIndex | undefined;
  const buildMorphology = () => {
    morphology ??= buildMorphologyIndex(formsByFirstKey, concepts, precomputed.morphology);
  };
  const recentHits = new Map<string, ConceptHit[]>();
  const memo: WordMemo = { stems: new Map(), pieces: new Map(), bySecondKey: new Map() };
  const neighbours = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const other of concept.neighbours) {
      if (!byId.has(other) || other === concept.id) continue;
      neighbours.set(concept.id, (neighbours.get(concept.id) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(concept.id));
    }
  }
  const hash = precomputed.hash ?? createHash('sha256').update(JSON.stringify(concepts)).digest('hex').slice(0, 12);
  const ancestorCache = new Map<string, string[]>();

  const withAncestors = (conceptId: string): string[] => {
    const cached = ancestorCache.get(conceptId);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [conceptId];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const parent of byId.get(current)?.broader ?? []) queue.push(parent);
    }
    const result = [...seen];
    ancestorCache.set(conceptId, result);
    return result;
  };

  return {
    concepts: byId,
    hash,
    findConcepts: (text, options) => {
      const withMorphology = options?.morphology === true;
      if (withMorphology) buildMorphology();
      if (options?.leading === true)
        return findIn(
          formsByFirstKey,
          knownForm,
          text,
          withMorphology ? morphology : undefined,
          options.words,
          memo,
          true,
        );
      // Matchmaking looks up one statement several times (its items, places, embedding): short texts' hits are kept.
      const cacheKey =
        options?.once !== true && text.length <= cachedHitsTextLength
          ? `${withMorphology ? 'm' : 'p'}${text}`
          : undefined;
      const cached = cacheKey === undefined ? undefined : recentHits.get(cacheKey);
      if (cached !== undefined) return cached;
      const hits = findIn(
        formsByFirstKey,
        knownForm,
        text,
        withMorphology ? morphology : undefined,
        options?.words,
        memo,
      );
      if (cacheKey === undefined) return hits;
      const shared = Object.freeze(hits.map((hit) => Object.freeze(hit))) as ConceptHit[];
      if (recentHits.size >= recentHitsLimit) recentHits.delete(recentHits.keys().next().value as string);
      recentHits.set(cacheKey, shared);
      return shared;
    },
    withAncestors,
    formsOf(conceptId) {
      const concept = byId.get(conceptId);
      return concept === undefined ? [] : glossaryLanguages.flatMap((language) => concept[language]);
    },
    label(conceptId, language = 'en') {
      const concept = byId.get(conceptId);
      if (!concept) return conceptId;
      const code = lexiconLanguageOf(language);
      return (code === undefined ? undefined : concept[code][0]) ?? concept.en[0] ?? conceptId;
    },
    neighboursOf: (conceptId) => neighbours.get(conceptId) ?? noNeighbours,
    prepareMorphology: buildMorphology,
  };
}
