/**
 * The article's subject: an article whose title names the question's entity tells that entity's facts in sentences
 * that do not name it ("Ia lulusan …", "Режиссёр картины — …", "CEO and co-founder Ben Davis said …", "phim hiện đứng
 * thứ ba …"). Such a sentence is read as the subject's only when no sentence of the passages names the entity where
 * the asked unit is (see extractive-answer), and not when it names another name the title writes: in "Netflix, Kocca
 * and Kofic sign an MOU", a sentence naming Netflix tells Netflix's fact, not Kocca's.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { matchKey, wordTokensOnce } from '../retrieval/text-normalize.js';
import type { WeightedTerm } from './candidate-scoring.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { coverageOf, type TermMatcher } from './term-coverage.js';
import { hasOrganization } from './name-units.js';
import { questionNameMatcher, titleNames } from './question-names.js';

/** The names a title writes besides the question's own: the article's other parties. */
export interface TitleSiblings {
  /** Names as titleNames reads them (lower-case words that are no lexicon concept). */
  names: string[];
  /** Organizations of the lexicon the title names ("Netflix", "Kofic"), by concept id. */
  organizations: Set<string>;
}

/**
 * The title's names and lexicon organizations that are not the question's own (see questionNameMatcher); questionKeys:
 * the keys of every term of the question.
 */
export function titleSiblings(
  title: string,
  isQuestionName: (word: string) => boolean,
  questionKeys: ReadonlySet<string>,
  glossary: Glossary | undefined,
): TitleSiblings {
  const organizations = new Set(
    (glossary?.findConcepts(title) ?? [])
      .filter((hit) => glossary?.concepts.get(hit.conceptId)?.category === 'organization')
      .map((hit) => hit.conceptId)
      .filter((id) => !questionKeys.has(`@${id}`)),
  );
  // A title word the question writes itself, as its name or any other word, is not another party.
  const asked = (name: string) =>
    isQuestionName(name) || wordTokensOnce(name).some((token) => questionKeys.has(matchKey(token)));
  return { names: [...titleNames(title, glossary)].filter((name) => !asked(name)), organizations };
}

/**
 * Whether a sentence names one of the title's other parties: a Latin name as a whole word, a name in another script
 * anywhere in the sentence (Hangul, Han and Kana names carry particles or stand unspaced), a lexicon organization in
 * any of its forms.
 */
export function namesTitleSibling(sentence: string, siblings: TitleSiblings, glossary: Glossary | undefined): boolean {
  const { names, organizations } = siblings;
  if (names.length === 0 && organizations.size === 0) return false;
  const lower = sentence.toLowerCase();
  const words = new Set(wordTokensOnce(sentence).map((token) => token.word));
  if (names.some((name) => (/^[\p{Script=Latin}\d]/u.test(name) ? words.has(name) : lower.includes(name)))) return true;
  return (
    organizations.size > 0 && (glossary?.findConcepts(sentence) ?? []).some((hit) => organizations.has(hit.conceptId))
  );
}

/** The other parties of each title for one question (titleSiblings), read once per title. */
function siblingsOf(analysis: QuestionAnalysis, glossary: Glossary | undefined): (title: string) => TitleSiblings {
  const isQuestionName = questionNameMatcher(analysis.terms, glossary);
  const questionKeys = new Set(analysis.terms.flatMap((term) => term.keys));
  const byTitle = new Map<string, TitleSiblings>();
  return (title) => {
    let found = byTitle.get(title);
    if (found === undefined) {
      found = titleSiblings(title, isQuestionName, questionKeys, glossary);
      byTitle.set(title, found);
    }
    return found;
  };
}

/**
 * For one question, per passage: whether a sentence tells of the article's subject — off (or the title naming less
 * than `entityShare` of the question's entity weight): undefined (no sentence does); else when it names none of the
 * title's other parties.
 */
export function subjectReader(
  terms: WeightedTerm[],
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
  on: boolean,
  entityShare: number,
): (title: string, inTitle: TermMatcher) => ((sentence: string) => boolean) | undefined {
  if (!on) return () => undefined;
  const siblings = siblingsOf(analysis, glossary);
  const figureAsked = !['person', 'organization', 'place', 'title'].includes(analysis.type);
  return (title, inTitle) => {
    if (coverageOf(terms, inTitle, 'smooth', 'entity') < entityShare) return undefined;
    const others = siblings(title);
    return (sentence) =>
      !namesTitleSibling(sentence, others, glossary) &&
      // A figure or a date told with another organization ("At Eastfield College, 237 people completed a course") is
      // most likely that one's; a name asked (a person, a body, a place, a work) is often told beside another body.
      !(figureAsked && hasOrganization(sentence, analysis.entityWords, titleNames(title, glossary)));
  };
}
