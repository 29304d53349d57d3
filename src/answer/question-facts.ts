/**
 * What a whole question brings to the scoring of candidate sentences, worked out once per ask: its asked type,
 * entities, places, the relations that must stand with the unit, its rarest word, and whether a sentence names
 * nothing besides the question's own names.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { subjectReader, type TitleSiblings, titleSiblings } from './article-subject.js';
import { withoutPersonNames } from './asked-unit.js';
import type { ScoringSettings, WeightedTerm } from './candidate-scoring.js';
import type { QuestionAnalysis, QuestionTerm } from './question-analysis.js';
import { hasOrganization, organizationSpans } from './name-units.js';
import { refersBack } from './referring-back.js';
import { withoutToldSource } from './told-source.js';
import type { AnalysedPassage } from './passage-analysis.js';
import { coverageOf, type TermMatcher } from './term-coverage.js';
import { questionNameMatcher, somethingElseNamer, titleNames } from './question-names.js';

function isRole(key: string, glossary: Glossary | undefined): boolean {
  return key.startsWith('@') && glossary?.concepts.get(key.slice(1))?.category === 'role';
}

function relationConcept(term: QuestionTerm): boolean {
  return term.keys.length === 1 && (term.keys[0] as string).startsWith('@') && term.broader.length === 0;
}

/**
 * What a typed question asks about its entity, as a lexicon concept ("CEO", "budget", "founded"): it must
 * stand with the unit. For a person question its role; for the others their concepts.
 */
function relationTerms(
  terms: WeightedTerm[],
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
  settings: ScoringSettings,
  typed: boolean,
): WeightedTerm[] {
  return terms.filter(
    (item) =>
      // A role asked about in a person question; elsewhere a role describes ("OCON, the Pororo co-producer").
      (item.term.relation === true && (analysis.type === 'person' || !typed)) ||
      // "Who's the boss of …", "Ai phụ trách …": a word for leading that the lexicon files under a role.
      (analysis.type === 'person' && item.term.broader.some((key) => isRole(key, glossary))) ||
      (settings.conceptRelations &&
        typed &&
        analysis.type !== 'person' &&
        !item.term.counted &&
        relationConcept(item.term)),
  );
}

/** What the whole question brings, once per ask: its asked type, entities, places, relations and rarest word. */
export function questionFacts(
  terms: WeightedTerm[],
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
  settings: ScoringSettings,
) {
  const typed = analysis.type !== 'other' && analysis.type !== 'definition';
  const strongestEntity = terms
    .filter((item) => item.term.role === 'entity')
    .sort((left, right) => right.sharp - left.sharp)[0];
  const places = terms.filter((item) => item.term.role === 'place');
  const named = terms.some((item) => item.term.role === 'entity');
  const nameAsked = !typed || ['person', 'organization', 'place', 'title'].includes(analysis.type);
  return {
    typed,
    // Whether a sentence naming something else may tell of the entity named two sentences above it (see
    // candidate-scoring): a name asked (a person, a body, a place, a work) is often told beside another body; a figure
    // or a date told with another organization is that one's.
    subjectCarried: (sentence: string, title: string) =>
      nameAsked || !hasOrganization(sentence, analysis.entityWords, titleNames(title, glossary)),
    strongestEntity,
    relations: relationTerms(terms, analysis, glossary, settings, typed),
    places,
    named,
    // Whether a sentence tells of the article's subject (the entity the title names), when asked (article-subject.ts).
    subjectIn: subjectReader(
      terms,
      analysis,
      glossary,
      settings.articleSubject && typed && named,
      settings.entityThreshold,
    ),
    // Only when the question also names an entity: in "where is the studio in Seoul" the place is the topic.
    placed: settings.placesNarrow && places.length > 0 && named,
    rarestTerm: terms
      .filter((item) => !item.term.counted && item.known)
      .sort((left, right) => right.sharp - left.sharp)[0],
    // A year the question names ("2018년에는 … 얼마였어", "revenue in 2019") dates what is asked: a typed question's is
    // told with its answer (the sentence, the one before, the title), not a figure of another year of the article.
    years: terms.filter((item) => item.term.word !== undefined && /^(?:19|20)\d{2}$/u.test(item.term.word)),
    // A typed question about a lexicon concept no passage holds ("production budget") asks for a figure the
    // sources do not give: another figure of the same entity is not its answer.
    unknownConcept: terms.some(
      (item) => item.term.role === 'topic' && !item.known && item.term.keys.some((key) => key.startsWith('@')),
    ),
  };
}

/**
 * Whether a sentence names nothing besides the question's own names (see namesSomethingElse) — for a typed question
 * other than "which organization", nothing but people besides them: a speaker, a member of staff or the person asked
 * for ("said studio director Marina Nebozhatko") is no other subject whose fact the sentence may tell.
 */
export function alonenessOf(analysis: QuestionAnalysis, glossary: Glossary | undefined, typed: boolean) {
  const namesElse = somethingElseNamer(analysis, glossary);
  const peopleAside = typed && analysis.type !== 'organization';
  // Scoring asks of a sentence again as the one before the next (see candidate-scoring): each is read once per
  // question (per title: the title's names count as the question's own).
  const read = new Map<string, Map<string, boolean>>();
  return (sentence: string, title: string) => {
    let ofTitle = read.get(title);
    if (ofTitle === undefined) {
      ofTitle = new Map();
      read.set(title, ofTitle);
    }
    let alone = ofTitle.get(sentence);
    if (alone === undefined) {
      // The source the fact is quoted from ("According to Comscore, …", told-source.ts) is not something else.
      const told = withoutToldSource(sentence);
      alone =
        !namesElse(told, title) ||
        (peopleAside && !namesElse(withoutPersonNames(told, analysis.entityWords, glossary), title));
      ofTitle.set(sentence, alone);
    }
    return alone;
  };
}

/**
 * Where a typed question's sentence that refers back ("the studio", "회사는", "同社は", "hãng", "компания") finds what it
 * tells of: the passage above it and the title — unless a sentence after the last one naming the question's entity
 * opens with another body as its subject (an organization, a capitalised name, another party of the title; people
 * aside): news has moved on to that one, and "The studio employs 35 people" after "Ashgrove Studio was set up in 2009"
 * is Ashgrove's. A body named inside a sentence ("a show made with Disney Channel India") does not move it, nor does a
 * sentence that itself refers back. Gives the index of that sentence (only it and what follows are read), or undefined.
 */
export function referentReader(analysis: QuestionAnalysis, glossary: Glossary | undefined, terms: WeightedTerm[]) {
  const questionName = questionNameMatcher(analysis.terms, glossary);
  const questionKeys = new Set(analysis.terms.flatMap((term) => term.keys));
  const siblings = new Map<string, TitleSiblings>();
  const read = new Map<string, boolean>();
  const opensElse = (sentence: string, title: string) => {
    const key = `${title}\n${sentence}`;
    let found = read.get(key);
    if (found === undefined) {
      let others = siblings.get(title);
      if (others === undefined) {
        others = titleSiblings(title, questionName, questionKeys, glossary);
        siblings.set(title, others);
      }
      found = opensWithAnotherBody(sentence, analysis.entityWords, questionName, others, glossary);
      if (read.size > 4_000) read.clear();
      read.set(key, found);
    }
    return found;
  };
  // Per passage: only a word referring back to a body ("the studio", "회사는") is moved by another body named after the
  // entity — not a sentence read as the article's subject's (article-subject.ts), nor a work referred to ("картина").
  return (passage: AnalysedPassage, inAny: (...keys: (Set<string> | undefined)[]) => TermMatcher, title: string) => {
    // Whether each sentence names the entity, read once per passage.
    const named: (boolean | undefined)[] = [];
    return (index: number): number | undefined => {
      const { sentences, sentenceKeys } = passage;
      if (!refersBack(sentences[index] as string)) return undefined;
      for (let at = index - 1; at >= 0; at -= 1) {
        named[at] ??= coverageOf(terms, inAny(sentenceKeys[at]), 'smooth', 'entity') > 0;
        if (named[at]) return undefined;
        const sentence = sentences[at] as string;
        if (!refersBack(sentence) && opensElse(sentence, title)) return at;
      }
      return undefined;
    };
  };
}

// Two capitalised words or more opening a sentence in a Latin script, not followed by a comma (an appositive person:
// "Asif Khan, the company's producer"): a name as its subject ("Merpati Studio adalah …", "Hải Âu Studio là …").
const openingRun = /^(\p{Lu}[\p{L}\d'’-]*)(?:\s+(\p{Lu}[\p{L}\d'’-]*))+(?!\s*,)/u;
const opening = /^[\s«"“'‘「『《]*/u;
// A capitalised word opening a sentence that names nothing: "A BFA degree …", "The Copper Fox …", "Di Jakarta …".
const openingWord = new RegExp(
  String.raw`^(?:a|an|the|in|on|at|for|this|that|these|but|and|its|it|as|by|with|after|since|when|while|` +
    String.raw`di|pada|dalam|untuk|theo|trong|tại|năm|ngày)$`,
  'iu',
);

function opensWithAnotherBody(
  sentence: string,
  entityWords: ReadonlySet<string>,
  questionName: (word: string) => boolean,
  siblings: TitleSiblings,
  glossary: Glossary | undefined,
): boolean {
  const told = withoutPersonNames(sentence, entityWords, glossary);
  const start = (opening.exec(told)?.[0] ?? '').length;
  if (organizationSpans(told, entityWords).some((span) => span.start <= start)) return true;
  const head = told.slice(start);
  const words = (openingRun.exec(head)?.[0] ?? '').split(/\s+/u).filter((word) => !openingWord.test(word));
  if (words.length >= 2 && !words.some((word) => questionName(word) || entityWords.has(word.toLowerCase())))
    return true;
  const lower = head.toLowerCase();
  return siblings.names.some((name) => name.length >= 2 && lower.startsWith(name));
}
