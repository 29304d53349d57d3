/**
 * What a question asks, in the six languages: the asked type (count, amount, date, place,
 * person, organization, definition, other), what a count counts, and the question's terms
 * with their role — entities (names, acronyms, organizations, aliases the articles state)
 * weigh more than topic words. Each term carries every key it may be found under: its word,
 * its lexicon concept, its alias group, the loose key of the name it belongs to.
 */
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { looseKeysOf } from '../retrieval/name-keys.js';
import { readingKeys } from '../retrieval/reading-keys.js';
import {
  isStopWord,
  matchKey,
  vietnameseKey,
  vietnameseLetter,
  vietnameseMarked,
  type WordToken,
  wordTokens,
} from '../retrieval/text-normalize.js';
import type { AskedType } from './answer-units.js';
import { predicatesIn } from './predicates.js';
import { askedFigures, askedShape } from './asked-unit.js';
import { classifyQuestion } from './question-types.js';
import { askedOffice, countedOf } from './asked-object.js';
import type { AskedScope } from './asked-scope.js';
import { innerNameKeys, runNameKeys, splitNameKeys, withInnerCapitals } from './name-spans.js';
import { capitalsOnly, entityCategories, kindWord } from './alias-words.js';
import { aliasHits, isQuestionWord, questionText } from './question-words.js';

export interface QuestionTerm {
  /** Any of these keys in a sentence matches the term. */
  keys: string[];
  /** The word key, also matched as the start of a longer word (compounds, stems). */
  word?: string | undefined;
  role: 'entity' | 'place' | 'topic';
  /** Weight before rarity. */
  weight: number;
  /** Broader concepts: a text naming only those matches in part. */
  broader: string[];
  /** What a count question counts: satisfied by the count unit itself. */
  counted?: boolean;
  /** A role ("CEO", "대표", "директор"): who is asked about must hold it. */
  relation?: boolean;
  /** A role's words as the question writes them ("chairman" of the broader concept it is filed under). */
  surface?: string;
  /**
   * The words of a name the articles state as an alias ("Edinburgh College of Art"): a text naming only part of
   * it matches by its rarest word, never by a common one ("art", "of").
   */
  nameWords?: string[];
  /** Where a plain word stands in the question (0 = first word). */
  position?: number;
}

export interface QuestionAnalysis {
  type: AskedType;
  /**
   * The quarters and halves of a year the question names (asked-period.ts): a sentence telling only others does not
   * answer.
   */
  periods?: ReadonlySet<string>;
  /** A date question that asks for a year ("what year", "몇 년", "何年"). */
  year?: boolean;
  /** A date question that asks for a day ("what date", "며칠", "ngày nào"): a year or "this year" does not answer. */
  day?: boolean;
  /** An organization question that asks for a school ("which university", "어느 학교", "대학은 어디"). */
  school?: boolean;
  /**
   * A person question that asks with whom something was done ("with whom", "с кем", "누구와", "誰と", "với ai"): a
   * partner, as often an organization as a person.
   */
  partner?: boolean;
  /** For a date or a year: whether the founding is asked ("when was X founded", "창업 연도", "何年にできた"). */
  founding?: boolean;
  /** For an amount: the kinds of money asked about (investment, revenue, pay, cost, prize, rebate). */
  moneyKinds?: Set<string>;
  /** For an amount: whether a total is asked ("the total budget", "전체 예산", "tổng kinh phí"). */
  total?: boolean;
  /** For a count: the counted word's keys and whether it counts people. */
  counted?:
    | {
        keys: Set<string>;
        people: boolean;
        percent: boolean;
        workforce: boolean;
        /** The count classes of what is counted (count-classes.ts), matched in an article in another language. */
        classes?: Set<string>;
        /** Whether it asks for a rank ("thứ mấy"). */
        rank?: boolean;
        /** A counter that says what is counted ("몇 편", "何校"): the same counter after a number answers. */
        counter?: string;
        /** Set when read in a sentence of another language (asked-unit): then its kind of people is known by class. */
        across?: boolean;
      }
    | undefined;
  terms: QuestionTerm[];
  /** Lower-cased words of the question's entities (an answer must name something else). */
  entityWords: Set<string>;
  /**
   * Lower-cased words of the names the question writes itself (capitalised, acronyms): an organization or school
   * whose name holds one ("Ringling College" for "Ringling") is the asked entity, not its answer.
   */
  nameWords?: Set<string>;
  /** Numbers the question names itself (a sentence repeating them does not answer with them). */
  numbers?: Set<string>;
  /** The kinds of event the question tells of (predicates.ts): hired, invested, opened, signed, founded … */
  predicates?: string[];
  /** The asker's language, when known (a sentence in another language cannot share its plain words). */
  language?: string | undefined;
  /** The question as asked (its round or edition labels, see predicates.ts). */
  questionText?: string;
  /** The ordinal and the relative year the question names ("the second feature", "지난해"): asked-scope.ts. */
  scope?: AskedScope;
}

const questionStarters = new RegExp(
  '^(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|can|could|will|has|have|' +
    'tell|name|list|' +
    // Indonesian and Malay question words.
    'apa|apakah|siapa|siapakah|berapa|berapakah|kapan|dimana|di|mana|manakah|bagaimana|mengapa|kenapa|ada|sebutkan)$',
  'i',
);

/**
 * A loose key of a name (its sound, any script) names it only when long enough: "Toon" loosely is "don", which
 * many words of other languages share.
 */
function distinctiveLooseKey(key: string): boolean {
  return !/^[%#]/u.test(key) || [...key].length > 4;
}

/**
 * Whether a capitalised first word is a name. Any sentence starts with a capital: in English a first word that
 * is not a question word is a name ("Framestore opened when?"); a Latin word in a question in another script is
 * one; in Vietnamese and Russian, where questions often open with a plain noun ("Dự án …", "Какая школа …"),
 * only when the next word is capitalised too (a name of several words).
 */
function startsWithName(question: string, word: string, next: string | undefined): boolean {
  if (questionStarters.test(word)) return false;
  if (next !== undefined && /^\p{Lu}/u.test(next)) return true;
  if (
    /\p{Script=Latin}/u.test(word) &&
    /[\p{Script=Hangul}\p{Script=Han}\p{Script=Kana}\p{Script=Cyrillic}]/u.test(question)
  )
    return true;
  return !vietnameseLetter.test(question) && !/^\p{Script=Cyrillic}/u.test(word);
}

/**
 * Lower-cased words written as names in the question: capitalised (not the first word), acronyms, words
 * with digits.
 */
function casedEntityWords(question: string): Set<string> {
  const words = new Set<string>();
  const matches = [
    ...question.matchAll(
      /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}'’&.-]*/gu,
    ),
  ];
  for (const [index, match] of matches.entries()) {
    const word = match[0].replace(/[’'.]s?$/u, '');
    // An ordinal ("5th", "21st") counts editions; it names nothing.
    const ordinal = /^\d+(?:st|nd|rd|th)$/iu.test(word);
    const acronymLike = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(word) || (/\d/.test(word) && /\p{L}/u.test(word) && !ordinal);
    const capitalised = /^\p{Lu}/u.test(word) && (index > 0 || startsWithName(question, word, matches[1]?.[0]));
    if ((acronymLike || capitalised || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word)) && !/^\p{Script=Hangul}/u.test(word)) {
      for (const part of word.toLowerCase().split(/[-]/)) words.add(part);
      words.add(word.toLowerCase());
    }
  }
  return words;
}

export function analyseQuestion(
  rawQuestion: string,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
): QuestionAnalysis {
  const type = classifyQuestion(rawQuestion);
  const question = questionText(rawQuestion, glossary);
  const tokens = wordTokens(question);
  const keys = tokens.map(matchKey);
  const cased = casedEntityWords(rawQuestion);
  const terms: QuestionTerm[] = [];
  const covered = new Set<number>();
  const entityWords = new Set<string>();
  const nameWords = new Set<string>();
  const cover = (start: number, end: number) => {
    for (let position = start; position < end; position += 1) covered.add(position);
  };
  for (const hit of aliasHits(aliases, tokens, keys, rawQuestion)) {
    const nameWords = keys.slice(hit.start, hit.end).filter((key) => !isStopWord(key));
    // An article may state a kind word's acronym ("업무협약(MOU)"): what the lexicon knows as a kind is a topic.
    const kind = kindWord(tokens.slice(hit.start, hit.end), glossary);
    // A plain word of the lexicon an article happened to state beside a name ("…부문장(사장)", "…(東京)") is that
    // word, asked as the lexicon knows it, not the name; an acronym written in capitals stays the alias ("OTT").
    if (kind && !capitalsOnly(rawQuestion, tokens.slice(hit.start, hit.end))) continue;
    cover(hit.start, hit.end);
    terms.push({ keys: [hit.key], role: kind ? 'topic' : 'entity', weight: kind ? 1.2 : 3, broader: [], nameWords });
    if (!kind) for (const key of keys.slice(hit.start, hit.end)) entityWords.add(key);
  }
  for (const hit of glossary?.findConcepts(question, { morphology: true }) ?? []) {
    if ([...Array(hit.end - hit.start).keys()].some((offset) => covered.has(hit.start + offset))) continue;
    const concept = glossary?.concepts.get(hit.conceptId);
    const category = concept?.category ?? 'concept';
    // A named organization ("KOCCA") is an entity; a kind of organization ("studio") is a topic word.
    const named = /^\p{Lu}/u.test(concept?.en[0] ?? '');
    const role = entityCategories.has(category) && named ? 'entity' : category === 'place' ? 'place' : 'topic';
    const broader = role !== 'topic' ? [] : broaderKeys(hit.conceptId, glossary);
    // A named organization the lexicon knows is also met by its name's sound where an article spells it in a script
    // the lexicon does not list (Disney ~ ดิสนีย์): its loose keys as written, not other spellings found by likeness.
    const sounds = role === 'entity' ? looseKeysOf(hit.surface).filter(distinctiveLooseKey) : [];
    terms.push({
      keys: [`@${hit.conceptId}`, ...sounds],
      role,
      weight: role === 'entity' ? 3 : 1.2,
      broader,
      relation: category === 'role',
      ...(category === 'role' ? { surface: hit.surface } : {}),
    });
    if (role !== 'topic') for (const word of hit.surface.split(' ')) entityWords.add(word);
    cover(hit.start, hit.end);
  }
  // Runs of name words share the loose key of the whole name ("Ha Jung-su" ~ 하정수).
  const casedAt = (at: number) => {
    const token = tokens[at];
    return token !== undefined && (cased.has(token.word) || cased.has(keys[at] as string));
  };
  const wholeNameKeys = splitNameKeys(tokens, aliases);
  const written = withInnerCapitals(tokens, rawQuestion);
  let position = 0;
  while (position < tokens.length) {
    if (covered.has(position)) {
      position += 1;
      continue;
    }
    const token = tokens[position] as (typeof tokens)[number];
    const key = keys[position] as string;
    const isEntity = cased.has(token.word) || cased.has(key);
    if (!isEntity) {
      const term = plainTerm(token, key, position, () => looseKeysOf(token.word, aliases), wholeNameKeys);
      if (term !== undefined) terms.push(term);
      position += 1;
      continue;
    }
    let end = position;
    while (
      end < tokens.length &&
      !covered.has(end) &&
      (cased.has((tokens[end] as (typeof tokens)[number]).word) || cased.has(keys[end] as string))
    )
      end += 1;
    const runKeys = runNameKeys(written, casedAt, position, end, aliases);
    // A spelling of the whole name that is one of its kind words ("Animation" of "X Animation") names any such body.
    withoutParts(runKeys, partKeys(tokens, casedAt, position, end, glossary));
    const weight = Math.max(1.5, 3 / (end - position));
    const inner = end - position > 1 ? innerNameKeys(written, position, end) : undefined;
    for (let index = position; index < end; index += 1) {
      const word = keys[index] as string;
      entityWords.add((tokens[index] as (typeof tokens)[number]).word);
      if (isStopWord(word)) continue;
      nameWords.add(word);
      const own = [...runKeys, `%${looseNameKey(word)}`, ...(inner?.get(index) ?? [])];
      const loose = [...new Set(own)].filter(distinctiveLooseKey);
      terms.push({ keys: [word, ...loose], word, role: 'entity', weight, broader: [] });
    }
    position = end;
  }
  // "Who is Telangana's IT secretary", "who is the HR manager at X": the office asked must stand with the name.
  const office = type === 'person' ? askedOffice(rawQuestion) : undefined;
  for (const term of terms) if (office !== undefined && term.word === office) term.relation = true;
  const counted = type === 'count' ? countedOf(rawQuestion, glossary) : undefined;
  for (const term of terms) if (counted && term.keys.some((key) => counted.keys.has(key))) term.counted = true;
  const shape = askedShape(type, rawQuestion);
  return {
    type,
    ...shape,
    counted,
    terms,
    entityWords,
    nameWords,
    ...askedFigures(rawQuestion),
    questionText: rawQuestion,
    predicates: askedEvents(rawQuestion, nameWords, shape.founding),
  };
}

/**
 * The broader concepts a text naming only those matches in part: a concept's ancestors short of a department. A role
 * asked is so also met by the broader role it is a kind of ("CEO" by "chairman": both head the company).
 */
function broaderKeys(conceptId: string, glossary: Glossary | undefined): string[] {
  return (glossary?.withAncestors(conceptId) ?? [])
    .filter((id) => id !== conceptId && glossary?.concepts.get(id)?.category !== 'department')
    .map((id) => `@${id}`);
}

/** Drops from keys (in place) those of the parts. */
function withoutParts(keys: string[], parts: ReadonlySet<string>): void {
  for (let index = keys.length - 1; index >= 0; index -= 1) if (parts.has(keys[index] as string)) keys.splice(index, 1);
}

/**
 * The loose keys of the words of the capitalised run around [start, end) (see runNameKeys) that are a kind of thing in
 * the lexicon ("Animation", "Studios"), not a place or a body's own name.
 */
function partKeys(
  tokens: readonly WordToken[],
  cased: (at: number) => boolean,
  start: number,
  end: number,
  glossary: Glossary | undefined,
) {
  let from = start;
  let to = end;
  while (from > 0 && cased(from - 1)) from -= 1;
  while (to < tokens.length && cased(to)) to += 1;
  const keys = new Set<string>();
  if (to - from < 2) return keys;
  for (const token of tokens.slice(from, to)) {
    const kinds = (glossary?.findConcepts(token.whole ?? token.word) ?? []).filter((hit) => {
      const category = glossary?.concepts.get(hit.conceptId)?.category ?? '';
      return category !== 'place' && !entityCategories.has(category);
    });
    if (kinds.length > 0) keys.add(`%${looseNameKey(token.word)}`);
  }
  return keys;
}

/**
 * The kinds of event the question tells of, not counting the words of the names it writes ("Entertainment Job Creation
 * Program" does not ask about hiring).
 */
function askedEvents(question: string, nameWords: ReadonlySet<string>, founding: boolean): string[] {
  const withoutNames = question.replace(/[\p{L}\p{N}'’-]+/gu, (word) =>
    nameWords.has(word.toLowerCase()) ? ' ' : word,
  );
  const events = predicatesIn(withoutNames);
  return founding && !events.includes('found') ? ['found', ...events] : events;
}

/**
 * A plain word of the question as a topic term, or undefined for a stop or question word. A Vietnamese word with its
 * marks is matched by its spelling ("đà" is neither "đa" nor the Uzbek stop word "da"); a word of another script also
 * by its loose name keys and those of the Katakana run it belongs to, a kanji or Korean word by its reading.
 */
function plainTerm(
  token: WordToken,
  key: string,
  position: number,
  looseKeys: () => string[],
  wholeNameKeys: Map<number, string[]>,
): QuestionTerm | undefined {
  const marked = vietnameseMarked(token);
  if (isStopWord(token.word) || (!marked && isStopWord(key)) || isQuestionWord(token.word, key)) return undefined;
  if (/^\d{1,2}$/.test(key)) return undefined;
  const termKey = marked ? vietnameseKey(token.word) : key;
  const loose = token.script === 'latin' ? [] : [...looseKeys(), ...(wholeNameKeys.get(position) ?? [])];
  // A kanji or Korean word also by its Sino-Korean reading (公募 ~ 공모, see retrieval/reading-keys.ts).
  if (token.script === 'han' || token.script === 'hangul') loose.push(...readingKeys(token.word, false));
  return {
    keys: [termKey, ...loose],
    word: termKey,
    position,
    role: 'topic',
    weight: topicWeight(token.word, token.script, key),
    broader: [],
  };
}

const koreanPredicateEnding =
  /(은|는|한|된|인|할|던|든|있는|하는|했다|했나요|습니까|나요|까요|까|니까|어요|아요|죠|요|었|았|였|다|어|아|야|지|해|냐|니|래)$/;
const koreanQuestionEnding = /(나요|니까|까요|는가|던가)$/;

function topicWeight(word: string, script: string, key: string): number {
  const length = [...word].length;
  if (
    script === 'hangul' &&
    (length === 1 || (koreanPredicateEnding.test(word) && length <= 3) || koreanQuestionEnding.test(word))
  )
    return 0.3;
  if ((script === 'kana' || script === 'han') && (length === 1 || (length === 2 && /\p{Script=Hiragana}/u.test(word))))
    return 0.3;
  if (script === 'latin' && key.length <= 2) return 0.5;
  return 1;
}
