/**
 * A sentence whose subject is another name the article's title gives: in a story about two companies (a buyer and
 * the studio it bought, an investor and the startup), "9 Story Media … employs about 850 people", "스튜디오드래곤은
 * 25일 공시에서 …" or "ソニーグループは … 出資する" tells that company's fact, not the fact of the other one the question
 * asks about, even when the question's company is named in the sentence before or in the title.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { questionNameMatcher } from './question-names.js';

/**
 * The name a sentence opens with, as its subject: before a Korean or Japanese topic or subject particle, or before
 * an English verb.
 */
const subjectPatterns: RegExp[] = [
  // Korean: "스튜디오드래곤은 …", "KT스튜디오지니가 …" — one word (no space) before the particle.
  /^[「『"“'‘]?([\p{L}\d&·.+-]{2,24}?)[」』"”'’]?(?:은|는|이|가|에서는)\s/u,
  // Japanese: "ソニーグループは…", "東宝が…" — a run of Kanji, Katakana or Latin before は or が.
  /^[「『"“]?([\p{Script=Han}\p{Script=Katakana}ー\p{Script=Latin}\d&・.]{2,24})[」』"”]?(?:は|が)/u,
  // English: "9 Story Media has …", "Kakao Entertainment said …" — capitalised words (or a number), a lower-case one.
  /^((?:(?:\p{Lu}|\d)[\p{L}\d&.'’-]*\s){0,3}\p{Lu}[\p{L}\d&.'’-]*)\s(?=\p{Ll})/u,
];

/** Capitalised words that open an English sentence without naming anything. */
const openingWords = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'in',
  'on',
]);

/**
 * The name a sentence opens with as its subject, when it opens with one. Outside English a Latin subject of one word
 * must look like a name (capitals or digits inside: "DNEG", "VNGGames"): Vietnamese or Indonesian sentences open with a
 * capitalised word of any kind ("Liên hoan phim …", "Chủ đề …").
 */
export function sentenceSubject(sentence: string, language = 'en'): string | undefined {
  const text = sentence.trimStart();
  for (const [index, pattern] of subjectPatterns.entries()) {
    const subject = pattern.exec(text)?.[1];
    if (subject === undefined) continue;
    const first = subject.split(/\s/u)[0]?.toLowerCase() ?? '';
    if (openingWords.has(first)) return undefined;
    const latin = index === subjectPatterns.length - 1;
    if (latin && language !== 'en' && !/\s/u.test(subject) && !/^.[^\s]*[\p{Lu}\d]/u.test(subject)) return undefined;
    return subject;
  }
  return undefined;
}

/**
 * Whether a sentence's subject is a name the article's title gives that is none of the question's names: then the
 * sentence tells that name's fact. `questionName` says whether a word names one of the question's names (any script).
 */
export function subjectIsTitleSibling(
  sentence: string,
  title: string,
  question: { name: (word: string) => boolean; keys: ReadonlySet<string>; concept: (word: string) => boolean },
  language = 'en',
): boolean {
  const subject = sentenceSubject(sentence, language);
  if (subject === undefined || [...subject].length < 2) return false;
  // A Latin subject is a name the title writes as the sentence does, word for word ("9 Story Media"); another
  // script's is a stretch of the title that is no lexicon word ("開設") and no numbered part ("6기").
  const named = /\p{Script=Latin}/u.test(subject)
    ? subject.split(/\s+/u).every((word) => /^\d/u.test(word) || titleWords(title).has(word))
    : title.toLowerCase().includes(subject.toLowerCase()) && !/\d/u.test(subject) && !question.concept(subject);
  if (!named || question.name(subject)) return false;
  // A subject the question itself says is what is asked about.
  return !wordTokens(subject).some((token) => question.keys.has(token.word) || question.keys.has(matchKey(token)));
}

/** The words of a title as written (case kept). */
function titleWords(title: string): ReadonlySet<string> {
  return new Set(title.split(/[^\p{L}\p{M}\d&.'’-]+/u).filter((word) => word !== ''));
}

/**
 * Per ask: whether a sentence of a passage opens with a subject that is another company its title names, for a typed
 * question naming its entity (`applies`) whose entity the sentence itself does not name (`named`, asked only then).
 */
export function titleSiblingReader(
  analysis: Pick<QuestionAnalysis, 'terms' | 'entityWords'>,
  terms: readonly { term: { keys: string[] } }[],
  glossary: Glossary | undefined,
  applies: boolean,
): (sentence: string, passage: RetrievedPassage, named: () => boolean) => boolean {
  if (!applies) return () => false;
  const question = {
    name: questionNameMatcher(analysis.terms, glossary),
    keys: new Set([...terms.flatMap((item) => item.term.keys), ...analysis.entityWords]),
    concept: (word: string) => (glossary?.findConcepts(word) ?? []).length > 0,
  };
  return (sentence, passage, named) =>
    subjectIsTitleSibling(sentence, passage.chunk.title, question, passage.chunk.article.language) && !named();
}
