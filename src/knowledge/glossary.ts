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
  matchKey,
  normalizeText,
  type Script,
  vietnameseLetter,
  vietnameseSpelling,
  type WordToken,
  wordTokens,
  writtenKeys,
} from '../retrieval/text-normalize.js';
import { splitCompound } from './compound-words.js';
import { buildMorphologyIndex, type FormEntry, type MorphologyIndex, thaiFormAt } from './glossary-morphology.js';
import {
  type Concept,
  type ConceptInput,
  completeConcept,
  glossaryLanguages,
  lexiconLanguageOf,
} from './glossary-schema.js';
import { wordStems } from './word-forms.js';

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

const isJapanese = (token: { script: Script } | undefined) => token?.script === 'han' || token?.script === 'kana';

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
}

/** A text's word tokens and, position by position, their match keys. */
export interface TextWords {
  tokens: readonly WordToken[];
  keys: readonly string[];
}

const twoLetterAbbreviation = /^[A-Z]{2}$/;

/** A form or word written in capitals, digits and marks only (KOCCA, VFX, 3D, KOCCA's). */
const writtenInCapitals = (form: string) => /\p{Lu}/u.test(form) && !/\p{Ll}(?<!['’]s)/u.test(form);

/**
 * Whether the text's words from a position may be the form: keys are folded, so where the form and the text both
 * carry Vietnamese marks they must be the same marks (the tone mark's place aside); a plain-Latin side meets any.
 */
function fitsMarks(entry: FormEntry, written: (offset: number) => string | undefined): boolean {
  if (entry.marked === undefined) return true;
  const words = entry.keys.map((_key, offset) => written(offset) ?? '');
  if (!words.some((word) => vietnameseLetter.test(word))) return true;
  // The forms' words are segmented when a marked text first meets them (thousands of forms, few ever asked).
  entry.markedWords ??= entry.marked.map((form) => wordTokens(form).map((token) => token.word));
  return entry.markedWords.some(
    (form) =>
      form.length === words.length &&
      form.every((formWord, offset) => {
        const word = words[offset] as string;
        return (
          !vietnameseLetter.test(word) ||
          !vietnameseLetter.test(formWord) ||
          vietnameseSpelling(word) === vietnameseSpelling(formWord)
        );
      }),
  );
}

/** The words a text writes in capitals (acronyms), as their tokens read (lower case, NFC). */
const capitalWord = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*(?:['’]s)?(?![\p{L}\p{N}])/gu;
function capitalWordsOf(text: string): ReadonlySet<string> {
  return new Set(Array.from(text.matchAll(capitalWord), (match) => normalizeText(match[0])));
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
}

const noNeighbours: ReadonlySet<string> = new Set();

/**
 * Every surface form as match keys, in the order `createGlossary` reads them (cacheable). A Korean form keeps its
 * last syllable even where it is also a particle (하노이, 우크라이나, 국제회의): a text's word is read as written where
 * it is one of the forms' words, and particle-stripped otherwise (see `knownKey`).
 */
export function glossaryFormKeys(concepts: readonly Concept[]): string[][] {
  const keys: string[][] = [];
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) keys.push(writtenKeys(form));
    }
  }
  return keys;
}

function indexForms(concepts: readonly Concept[], formKeys: string[][]): Map<string, FormEntry[]> {
  const formsByFirstKey = new Map<string, FormEntry[]>();
  let formIndex = 0;
  for (const concept of concepts) {
    for (const language of glossaryLanguages) {
      for (const form of concept[language]) {
        const keys = formKeys[formIndex] ?? [];
        formIndex += 1;
        if (keys.length === 0) continue;
        const first = keys[0] as string;
        const list = formsByFirstKey.get(first) ?? [];
        const joined = keys.join(' ');
        const asWritten = twoLetterAbbreviation.test(form.trim())
          ? new RegExp(`(?<![\\p{L}\\p{N}])${form.trim()}(?![\\p{L}\\p{N}])`, 'u')
          : undefined;
        const capitals = writtenInCapitals(form);
        const marked = vietnameseLetter.test(form) ? [form] : undefined;
        const same = list.find((entry) => entry.conceptId === concept.id && entry.keys.join(' ') === joined);
        if (same === undefined)
          list.push({
            keys,
            conceptId: concept.id,
            asWritten,
            ...(capitals ? { capitals } : {}),
            ...(marked ? { marked } : {}),
          });
        else {
          // The same words written out ("di" as a form of its own) need no capitals.
          if (asWritten === undefined) same.asWritten = undefined;
          if (capitals) same.capitals = true;
          if (marked) same.marked = [...(same.marked ?? []), ...marked];
        }
        formsByFirstKey.set(first, list);
      }
    }
  }
  for (const list of formsByFirstKey.values()) list.sort((left, right) => right.keys.length - left.keys.length);
  return formsByFirstKey;
}

interface KeyedToken {
  key: string;
  script: Script;
  /** The written word's position in `wordTokens(text)` (compound pieces share it). */
  source: number;
  /** A piece of a compound, or a word that cannot be split. */
  split: boolean;
}

/**
 * What `findIn` works out per word, kept per script and key (the same words come back in statement after
 * statement): a word with its stems, and a compound's pieces (null when it is no compound of known words).
 */
interface WordMemo {
  stems: Map<string, string[]>;
  pieces: Map<string, string[] | null>;
}

/** Words a glossary keeps worked out (each map is emptied when it reaches this). */
const wordMemoLimit = 50_000;

function remembered<Value>(memo: Map<string, Value>, key: string, work: () => Value): Value {
  let value = memo.get(key);
  if (value === undefined) {
    value = work();
    if (memo.size >= wordMemoLimit) memo.clear();
    memo.set(key, value);
  }
  return value;
}

function findIn(
  formsByFirstKey: Map<string, FormEntry[]>,
  formWords: ReadonlySet<string>,
  text: string,
  morphology: MorphologyIndex | undefined,
  words: TextWords | undefined,
  memo: WordMemo,
  leading = false,
): ConceptHit[] {
  const tokens = words?.tokens ?? wordTokens(text);
  const known = (word: string) => formWords.has(word);
  const keyed: KeyedToken[] = tokens.map((token, source) => ({
    key: knownKey(token, words?.keys[source] ?? matchKey(token), known),
    script: token.script,
    source,
    split: morphology === undefined,
  }));
  if (morphology !== undefined) {
    // The Japanese object particle between a work's noun and its verbal noun (映像を編集します = 映像編集): no
    // form holds it, so it is passed over and the words on either side are read as one form's.
    for (let position = keyed.length - 2; position > 0; position -= 1) {
      const token = keyed[position] as KeyedToken;
      if (token.key === 'を' && isJapanese(keyed[position - 1]) && isJapanese(keyed[position + 1]))
        keyed.splice(position, 1);
    }
  }
  // A word written in capitals (an acronym) is read as it stands, or through an ending into a form in capitals only.
  const capitalWords = /\p{Lu}{2}/u.test(text) ? capitalWordsOf(text) : undefined;
  const writtenAt = (position: number) => (offset: number) => {
    const token = keyed[position + offset];
    return token === undefined ? undefined : (tokens[token.source] as WordToken).word;
  };
  const inCapitals = (position: number) =>
    capitalWords !== undefined && capitalWords.has((tokens[(keyed[position] as KeyedToken).source] as WordToken).word);
  const stemsOf = (token: KeyedToken) =>
    remembered(memo.stems, `${token.script}\u0000${token.key}`, () => [
      token.key,
      ...wordStems(token.key, token.script),
    ]);
  const textStems =
    morphology === undefined
      ? []
      : keyed.map((token, position) => (inCapitals(position) ? [token.key] : stemsOf(token)));
  const hits: ConceptHit[] = [];
  let position = 0;
  while (position < keyed.length) {
    // Past the first written word (or the pieces it was split into) nothing starts at it.
    if (leading && (keyed[position] as KeyedToken).source > 0) break;
    const keyAt = (offset: number) => keyed[position + offset]?.key;
    const candidates = formsByFirstKey.get(keyAt(0) as string);
    let matched: FormEntry | undefined;
    // How many of the text's words the form covers (its own word count, except for a Thai form read by letters).
    let span = 0;
    if (candidates) {
      matched = candidates.find(
        (candidate) =>
          candidate.keys.every((key, offset) => keyAt(offset) === key) &&
          (candidate.asWritten === undefined || candidate.asWritten.test(text)) &&
          fitsMarks(candidate, writtenAt(position)),
      );
    }
    if (morphology !== undefined) {
      // A longer form found through its words' stems ("съёмочной площадке", "penataan cahaya") wins over a
      // shorter one written as it stands.
      for (const stem of textStems[position] ?? []) {
        const found = morphology.byStem.get(stem)?.find((candidate) => {
          const stems = morphology.formStems.get(candidate) ?? [];
          return (
            stems.every((formWord, offset) => {
              const written = textStems[position + offset];
              return written !== undefined && formWord.some((form) => written.includes(form));
            }) && fitsMarks(candidate, writtenAt(position))
          );
        });
        if (found !== undefined && (matched === undefined || found.keys.length > matched.keys.length)) matched = found;
      }
      const thai = thaiFormAt(keyed, position, morphology.thaiForms);
      if (thai !== undefined && (matched === undefined || thai.words > matched.keys.length)) {
        matched = thai.entry;
        span = thai.words;
      }
    }
    if (!matched) {
      // An inflected word ("Samarqandda", "офисе") may still name a one-word concept.
      for (const variant of inflectionVariants(keyAt(0) as string, (keyed[position] as KeyedToken).script)) {
        matched = formsByFirstKey
          .get(variant)
          ?.find(
            (candidate) =>
              candidate.keys.length === 1 &&
              candidate.asWritten === undefined &&
              (candidate.capitals === true || !inCapitals(position)),
          );
        if (matched) break;
      }
    }
    if (!matched) {
      const token = keyed[position] as KeyedToken;
      // A compound of known words written as one word (컴포지팅팀, 字幕翻訳者): its pieces are tried in its place.
      const pieces =
        morphology === undefined || token.split
          ? undefined
          : (remembered(
              memo.pieces,
              `${token.script}\u0000${token.key}`,
              () =>
                splitCompound(
                  token.key,
                  token.script,
                  (piece) => morphology.knownWords.has(piece),
                  (pieces) =>
                    formsByFirstKey
                      .get(pieces[0] as string)
                      ?.some((form) => form.keys.join(' ') === pieces.join(' ')) ?? false,
                ) ?? null,
            ) ?? undefined);
      token.split = true;
      if (pieces !== undefined) {
        const replacing = pieces.map((key) => ({ key, script: token.script, source: token.source, split: true }));
        keyed.splice(position, 1, ...replacing);
        textStems.splice(position, 1, ...replacing.map(stemsOf));
        continue;
      }
      position += 1;
      continue;
    }
    const end = position + (span > 0 ? span : matched.keys.length);
    const start = (keyed[position] as KeyedToken).source;
    const last = (keyed[end - 1] as KeyedToken).source;
    const surface = tokens
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

export function createGlossary(inputs: readonly ConceptInput[], precomputedFormKeys?: string[][]): Glossary {
  const concepts = inputs.map(completeConcept);
  const byId = new Map<string, Concept>();
  for (const concept of concepts) byId.set(concept.id, concept);
  const formsByFirstKey = indexForms(concepts, precomputedFormKeys ?? glossaryFormKeys(concepts));
  // The Korean words the forms write with a particle-like last syllable, as written (see `knownKey`).
  const formWords = new Set<string>();
  for (const list of formsByFirstKey.values())
    for (const entry of list) for (const key of entry.keys) if (/\p{Script=Hangul}/u.test(key)) formWords.add(key);
  // Built on first use: only matchmaking asks for inflections and compounds.
  let morphology: MorphologyIndex | undefined;
  const recentHits = new Map<string, ConceptHit[]>();
  const memo: WordMemo = { stems: new Map(), pieces: new Map() };
  const neighbours = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const other of concept.neighbours) {
      if (!byId.has(other) || other === concept.id) continue;
      neighbours.set(concept.id, (neighbours.get(concept.id) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(concept.id));
    }
  }
  const hash = createHash('sha256').update(JSON.stringify(concepts)).digest('hex').slice(0, 12);
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
      if (withMorphology) morphology ??= buildMorphologyIndex(formsByFirstKey, concepts);
      if (options?.leading === true)
        return findIn(
          formsByFirstKey,
          formWords,
          text,
          withMorphology ? morphology : undefined,
          options.words,
          memo,
          true,
        );
      // Matchmaking looks up one statement several times (its items, places, embedding): short texts' hits are kept.
      const cacheKey = text.length <= cachedHitsTextLength ? `${withMorphology ? 'm' : 'p'}${text}` : undefined;
      const cached = cacheKey === undefined ? undefined : recentHits.get(cacheKey);
      if (cached !== undefined) return cached;
      const hits = findIn(
        formsByFirstKey,
        formWords,
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
  };
}
