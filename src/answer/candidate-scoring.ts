/**
 * Candidate sentences and their evidence. A sentence is grounded only when, on its own
 * (±1 neighbour in the same passage for the entity and topic words):
 *   - it holds a unit of the asked type (a count of what is asked, an amount, a date, a
 *     place, a person, an organization),
 *   - the question's entities are there (their words, alias, concept or another spelling
 *     or script of their name) — another entity's fact is not an answer,
 *   - and the question's words, weighed by role and rarity, are covered enough.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { periodAgrees, periodsIn, yearOnlyCompared } from './asked-period.js';
import type { AnalysedPassage } from './passage-analysis.js';
import type { QuestionAnalysis, QuestionTerm } from './question-analysis.js';
import { refersBack } from './referring-back.js';
import { alonenessOf, questionFacts, referentReader } from './question-facts.js';
import { passageUnits } from './sole-unit.js';
import { partsHeld } from './title-part.js';
import {
  coverageOf,
  crossingCoverageGate,
  eventTerms,
  scriptMatchers,
  type TermMatcher,
  told,
  yearWindow,
} from './term-coverage.js';

export interface Candidate {
  passage: RetrievedPassage;
  passageRank: number;
  index: number;
  analysed: AnalysedPassage;
  score: number;
  grounded: boolean;
  /** Keys of the sentence itself. */
  keys: Set<string>;
  /** Why it is grounded or not (for evaluation and debugging). */
  evidence: {
    unit: boolean;
    strongest: boolean;
    entities: number;
    topic: number;
    coverage: number;
    own: number;
    /** Share of the question's topic words the knowledge base holds that the sentence (or the one before) holds. */
    knownTopic: number;
    /** Whether the sentence is in another language than the question. */
    crossing: boolean;
    /** Share of the question's entity weight named in the sentence itself. */
    entityOwn: number;
    /**
     * Share of what the question says happened (its topic words the article's title does not bring) told in the
     * sentence itself: which of the article's units of the asked type is the asked event's (see preferToldEvent).
     */
    event: number;
    /** Whether the sentence would be grounded if the question's entity were named where it is shown. */
    unnamed: boolean;
  };
}

export interface ScoringSettings {
  /** Share of the weighted question terms the sentence and its neighbours must cover. */
  coverageThreshold: number;
  /** Share of the entity weight that must be present. */
  entityThreshold: number;
  /** Share of the topic words (what is said about the entity) that must be present. */
  topicThreshold: number;
  /** The same for a typed question, whose unit already says much of what is asked. */
  typedTopicThreshold: number;
  /**
   * Whether a typed question's lexicon concepts ("budget", "founded") must stand with the unit, as a person
   * question's role does. Off: on the tune half it refused more unanswerable questions (31/38 against 28/38)
   * but lost more right answers (same-language 28/55 against 32/55) and the seed set dropped.
   */
  conceptRelations: boolean;
  /** Whether a place the question names besides its entity must be named where the answer is (see placeHeld). */
  placesNarrow: boolean;
  /**
   * A grounded answer is given as sure only when it stands this far above the next grounded sentence that gives
   * another answer (see groundedMargin; past that the learnt model in ./sureness.ts decides): a tie between two
   * different answers is "not sure". On the tune half 0.01 took grounded-but-wrong from 21/98 to
   * 17/93 for one right answer (and one of the seed set); 0.05 cost 3 and the seed set 8.
   */
  sureMargin: number;
  /**
   * Whether a typed question's entity that the article's title names counts as the subject of every sentence of the
   * article, even one naming someone else (asked only when no sentence is grounded otherwise: see extractive-answer).
   */
  articleSubject: boolean;
}

export const defaultScoringSettings: ScoringSettings = {
  coverageThreshold: 0.5,
  entityThreshold: 0.6,
  topicThreshold: 0.4,
  typedTopicThreshold: 0,
  conceptRelations: false,
  sureMargin: 0.01,
  placesNarrow: true,
  articleSubject: false,
};

export interface WeightedTerm {
  term: QuestionTerm;
  /** Sharp weight (rarity counts fully): ranks sentences. */
  sharp: number;
  /** Smoothed weight (common words still count): decides grounding. */
  smooth: number;
  /** Whether the knowledge base holds the term at all (a word of the asker's language may be in no article). */
  known: boolean;
}

/** A plain word for the office ("secretary") cannot be found in another language; a lexicon role can. */
function relationStands(term: QuestionTerm, withBefore: TermMatcher, crossing: boolean): boolean {
  return (crossing && !term.keys.some((key) => key.startsWith('@'))) || withBefore(term) >= 0.5;
}

/** The key sets of every retrieved passage of a passage's article (sentences and titles), gathered once per article. */
function articleKeysOf(
  passages: RetrievedPassage[],
  analyse: (passage: RetrievedPassage) => AnalysedPassage,
): (passage: RetrievedPassage) => Set<string>[] {
  const keysByArticle = new Map<string, Set<string>[]>();
  return (passage) => {
    let keys = keysByArticle.get(passage.chunk.articleId);
    if (!keys) {
      const own = passages.filter((other) => other.chunk.articleId === passage.chunk.articleId);
      keys = own.flatMap((other) => {
        const analysed = analyse(other);
        return [analysed.titleKeys, ...analysed.sentenceKeys];
      });
      keysByArticle.set(passage.chunk.articleId, keys);
    }
    return keys;
  };
}

const known = (terms: WeightedTerm[]) => terms.filter((item) => item.known);

/** Whether the question's strongest name — or without one, its rarest word — is found where the answer is shown. */
function strongestShown(
  strongestEntity: WeightedTerm | undefined,
  rarestTerm: WeightedTerm | undefined,
  entities: number,
  inWindowOrTitle: TermMatcher,
): boolean {
  return strongestEntity === undefined
    ? rarestTerm === undefined || inWindowOrTitle(rarestTerm.term) >= 0.8
    : entities > 0;
}

/** Whether every year the question names is told with the sentence (see yearWindow) and not only compared with. */
function yearsShown(
  years: WeightedTerm[],
  analysed: AnalysedPassage,
  index: number,
  sentence: string,
  inAny: (...keys: (Set<string> | undefined)[]) => TermMatcher,
): boolean {
  return years.every(
    (item) =>
      inAny(...yearWindow(analysed, index))(item.term) >= 0.8 &&
      // "… in 2024, up 12.1% compared with 2023" tells 2024's figure, not 2023's.
      !yearOnlyCompared(sentence, item.term.word as string),
  );
}

/**
 * Whether a sentence may tell of the asked period and part: a quarter or half the question names (a sentence naming
 * only other periods tells their figures: asked-period) and a numbered part ("Khan Kluay 2": a sentence not naming
 * the work tells of the part the sentence before names: title-part).
 */
function periodAndPartShown(analysis: QuestionAnalysis, sentences: readonly string[], index: number): boolean {
  const sentence = sentences[index] as string;
  const asked = analysis.periods ?? new Set<string>();
  const told = asked.size > 0 ? periodsIn(sentence) : new Set<string>();
  return periodAgrees(asked, told) && partsHeld(analysis.scope?.parts ?? [], sentence, sentences[index - 1]);
}

/** A sentence's rank among candidates: what it says of the question, the entity it shows, its unit, its passage. */
function sentenceScore(own: number, shownEntity: number, windowCoverage: number, typedUnit: boolean, rank: number) {
  return 0.45 * own + 0.3 * shownEntity + 0.1 * windowCoverage + (typedUnit ? 0.2 : 0) + 0.05 / (1 + rank);
}

/** The candidates of each passage, by the passage's rank. */
function byPassage(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const grouped = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const own = grouped.get(candidate.passageRank);
    if (own) own.push(candidate);
    else grouped.set(candidate.passageRank, [candidate]);
  }
  return grouped;
}

type PassageSetting = {
  /** Where a sentence referring back finds what it refers to (referentReader). */
  referentFrom: (index: number) => number | undefined;
  inArticle: TermMatcher | undefined;
  gate: ReturnType<typeof crossingCoverageGate>;
} & ReturnType<typeof passageUnits>;

/** What scoring one sentence reads: the question's facts, and its passage's keys and shared setting. */
interface SentenceContext {
  terms: WeightedTerm[];
  analysis: QuestionAnalysis;
  settings: ScoringSettings;
  facts: ReturnType<typeof questionFacts>;
  standsAlone: (sentence: string, title: string) => boolean;
  passage: RetrievedPassage;
  passageRank: number;
  analysed: AnalysedPassage;
  inAny: ReturnType<ReturnType<typeof scriptMatchers>>;
  crossing: boolean;
  shared: PassageSetting;
}

/** One sentence as a scored candidate; `back`: it refers back to, or is read as telling of, the article's subject. */
function scoreSentence(context: SentenceContext, index: number, back: boolean): Candidate {
  const { terms, analysis, settings, facts, standsAlone, passage, passageRank, analysed, inAny, crossing } = context;
  const { typed, strongestEntity, relations, places, named, rarestTerm, unknownConcept, years } = facts;
  const { inArticle, gate, units, needed } = context.shared;
  const { sentences, sentenceKeys, titleKeys } = analysed;
  const sentence = sentences[index] as string;
  const keys = sentenceKeys[index] as Set<string>;
  const [before, after] = [sentenceKeys[index - 1], sentenceKeys[index + 1]];
  const inSentence = inAny(keys);
  const inWindow = inAny(before, keys, after);
  const withBefore = inAny(before, keys);
  const inWindowOrTitle = inAny(before, keys, after, titleKeys);
  const unit = units[index] as boolean;
  // "Who is the CEO of …": a name next to another role is not the answer. The role stands with the name where the
  // answer is shown (the sentence, or the one before it): not a name here and "chairman" in the next sentence.
  // The sentence before lends its role only when it names no one of the asked kind itself: "Режиссёр картины —
  // Константин Феоктистов" gives the role to that name, not to the next sentence's (the first film's director).
  const roleWindow = index > 0 && units[index - 1] === true ? inSentence : withBefore;
  const relationHeld = relations.every((item) => relationStands(item.term, roleWindow, crossing));
  const alone = standsAlone(sentence, passage.chunk.title);
  // Above it: from the passage's start with the title, or from another body named after the entity (referentReader).
  const from = back ? context.shared.referentFrom(index) : undefined;
  const above = (end: number) =>
    from === undefined ? [...sentenceKeys.slice(0, end), titleKeys] : sentenceKeys.slice(from, end);
  // A typed question's sentence naming nothing else ("Первый сезон включает 26 серий") tells of what the passage
  // named above it, however far (tune: same-language 215 -> 220/319, grounded-but-wrong 84/396 -> 86/403).
  const earlier = inAny(...above(index + 2));
  // A sentence that names something else tells the entity's fact only when the entity is named where it is shown: the
  // sentence or the one before — or, when a name is asked, the one before that if the sentence between names nothing
  // besides the question's own names: news keeps its subject until it names another ("Northwind hired Mira Holt. Since
  // then she has directed three films. She graduated from Ridgeway University." tells Mira Holt's school). A figure
  // told with another organization is that one's ("At Eastfield College, 237 people completed a course").
  const carried =
    !alone &&
    !back &&
    index >= 2 &&
    standsAlone(sentences[index - 1] as string, passage.chunk.title) &&
    facts.subjectCarried(sentence, passage.chunk.title)
      ? inAny(sentenceKeys[index - 2], before, keys)
      : withBefore;
  const shown = alone ? (typed ? earlier : inWindowOrTitle) : back ? earlier : carried;
  const entities = coverageOf(terms, shown, 'smooth', 'entity');
  // Without a name in the question, its rarest word stands in for one ("스튜디오인요").
  const strongestFound = strongestShown(strongestEntity, rarestTerm, entities, inWindowOrTitle);
  // A place the question names besides its entity ("a Korean university", "the studio it opened in Seoul")
  // narrows what is asked: the article (its passages read here, its title) must name it.
  const placeHeld = !inArticle || places.some((item) => inArticle(item.term) >= 0.5);
  // A typed question's entity is named where its answer is shown (the sentence, or the one before it that is
  // quoted with it), not only by the title or the next sentence: a figure in an article about the entity may be
  // another one's. Measured: tune grounded-but-wrong 9/90 → 8/85 for 3 right answers, check 30/85 → 28/82 for 1.
  // One referring back ("the company's CEO", "同社", "회사 측") shows what the title or an earlier sentence names.
  const entityShown =
    !typed ||
    !named ||
    coverageOf(terms, carried, 'smooth', 'entity') > 0 ||
    ((back || alone) && coverageOf(terms, inAny(...above(index)), 'smooth', 'entity') > 0);
  const yearShown = yearsShown(years, analysed, index, sentence, inAny); // yearWindow
  const periodShown = periodAndPartShown(analysis, sentences, index);
  // What a count counts is checked by the unit itself ("42 people" answers "how many employees").
  const topicTerms = unit ? terms.filter((item) => !item.term.counted) : terms;
  const topic = coverageOf(topicTerms, inWindow, 'smooth', 'not-entity');
  const evidence = coverageOf(topicTerms, back || (alone && typed) ? earlier : inWindowOrTitle, 'smooth');
  // The sentence itself must say something of what is asked, not only its neighbours.
  const own = coverageOf(topicTerms, inSentence, 'sharp', 'not-entity');
  // A typed question is guarded by its unit; an open one needs its topic words in the sentence.
  const held =
    unit &&
    yearShown &&
    periodShown &&
    relationHeld &&
    placeHeld &&
    (typed ? topic >= settings.typedTopicThreshold && !unknownConcept : topic >= settings.topicThreshold);
  // Grounded if the entity were named where shown (a name asked: unless the sentence names something else).
  const heldApartFromEntity =
    held &&
    (alone || (analysis.type !== 'person' && analysis.type !== 'organization')) &&
    coverageOf(topicTerms, inWindowOrTitle, 'smooth', 'not-entity') >= settings.coverageThreshold;
  const grounded =
    held &&
    entityShown &&
    strongestFound &&
    // Across scripts some names cannot be matched (代々木 ~ Yoyogi): one named in the sentence itself may do.
    (entities >= settings.entityThreshold ||
      (crossing && entities >= 0.3 && coverageOf(terms, inSentence, 'smooth', 'entity') > 0)) &&
    (typed || own >= 0.25) &&
    gate(topicTerms, back || (alone && typed) ? earlier : inWindowOrTitle, evidence) >= needed(unit);
  // The entity counts where it is named in what is shown (the sentence, a little less the one before it); one
  // referring back ("the studio signed …", "同社は…") shows what an earlier sentence or the title names.
  const shownEntity = Math.max(
    coverageOf(terms, inSentence, 'sharp', 'entity'),
    0.8 * coverageOf(terms, back ? inAny(...above(index)) : withBefore, 'sharp', 'entity'),
  );
  const score = sentenceScore(own, shownEntity, coverageOf(terms, inWindow, 'sharp'), unit && typed, passageRank);
  const reasons = {
    unit,
    strongest: strongestFound,
    entities,
    topic,
    coverage: evidence,
    own,
    knownTopic: coverageOf(known(topicTerms), withBefore, 'smooth', 'not-entity'),
    crossing,
    entityOwn: coverageOf(terms, inSentence, 'smooth', 'entity'),
    event: coverageOf(eventTerms(topicTerms, inAny(titleKeys)), told(inSentence), 'sharp', 'not-entity'),
    unnamed: heldApartFromEntity,
  };
  return { passage, passageRank, index, analysed, score, grounded, keys, evidence: reasons };
}

/**
 * Every sentence of the top passages as a scored candidate, grounded or not. `unread`: the candidates of the same
 * passages scored with the same settings but without the article's subject (a second pass, see extractive-answer):
 * the subject changes only sentences it is read into (of a passage whose title names the entity), so every other
 * candidate is taken from those instead of being scored again.
 */
export function scoreCandidates(
  passages: RetrievedPassage[],
  analysis: QuestionAnalysis,
  terms: WeightedTerm[],
  analyse: (passage: RetrievedPassage) => AnalysedPassage,
  glossary: Glossary | undefined,
  settings: ScoringSettings = defaultScoringSettings,
  unread?: readonly Candidate[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const facts = questionFacts(terms, analysis, glossary, settings);
  const { typed, placed } = facts;
  const articleKeys = articleKeysOf(passages, analyse);
  const standsAlone = alonenessOf(analysis, glossary, typed);
  const question = { terms, analysis, settings, facts, standsAlone };
  const referent = referentReader(analysis, glossary, terms);
  const matcherFor = scriptMatchers(terms); // see ownScriptSpelling
  const unreadByPassage = unread === undefined ? undefined : byPassage(unread);
  for (const [passageRank, passage] of passages.entries()) {
    const inAny = matcherFor(passage.chunk.article.language);
    const analysed = analyse(passage);
    const { sentences, titleKeys } = analysed;
    const toldOfSubject = facts.subjectIn(passage.chunk.title, inAny(titleKeys)); // article-subject.ts
    const kept = unreadByPassage?.get(passageRank);
    if (kept && toldOfSubject === undefined) {
      candidates.push(...kept);
      continue;
    }
    const crossing = analysis.language !== undefined && passage.chunk.article.language !== analysis.language;
    // What the passage's sentences share, worked out when the first one is scored (not when every one is kept).
    let shared: ReturnType<typeof passageSetting> | undefined;
    const passageSetting = () => ({
      referentFrom: referent(analysed, inAny, passage.chunk.title),
      inArticle: placed ? inAny(...articleKeys(passage)) : undefined,
      gate: crossingCoverageGate(typed && crossing, passage, passages, () => inAny(...articleKeys(passage))),
      // The asked units do not depend on the subject: a second pass takes them from the first one's candidates.
      ...passageUnits(
        sentences,
        analysis,
        glossary,
        crossing,
        settings.coverageThreshold,
        kept?.length === sentences.length ? kept.map((candidate) => candidate.evidence.unit) : undefined,
      ),
    });
    for (const [index, sentence] of sentences.entries()) {
      // The entity may be named by the article's title (what the whole article is about) or a neighbour — unless
      // the sentence names something else (another company, a quoted title): then it may be that one's fact, and
      // the entity must be named in what is shown, the sentence or the one before it (quoted with it).
      const referring = typed && refersBack(sentence);
      const back = referring || (typed && toldOfSubject !== undefined && toldOfSubject(sentence));
      const keptCandidate = kept?.[index];
      if (keptCandidate && back === referring) {
        candidates.push(keptCandidate);
        continue;
      }
      shared ??= passageSetting();
      candidates.push(
        scoreSentence({ ...question, passage, passageRank, analysed, inAny, crossing, shared }, index, back),
      );
    }
  }
  return candidates;
}
