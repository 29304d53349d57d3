/**
 * Extractive answers: classify what is asked, weigh the question's words by role and
 * rarity, score the sentences of the best passages (candidate-scoring), quote the best
 * grounded one (sentence-choice) with numbered citations (citation-numbering) — or say
 * honestly that the sources do not cover the question, listing the closest sources.
 */
import { type AliasIndex, emptyAliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { nameKeys } from '../retrieval/name-keys.js';
import { matchKey, wordTokens } from '../retrieval/text-normalize.js';
import {
  defaultScoringSettings,
  type ScoringSettings,
  scoreCandidates,
  type WeightedTerm,
} from './candidate-scoring.js';
import { weighTerms } from './term-weights.js';
import { coverageOf } from './term-coverage.js';
import { termMatch } from './term-match.js';
import { periodsIn } from './asked-period.js';
import { closestSources, numberCitations, withClosestSources } from './citation-numbering.js';
import { notCoveredMessage, notSureMessage, otherLanguageNote } from './messages.js';
import { type AnalysedPassage, createPassageAnalyser } from './passage-analysis.js';
import { preferAskedEvent } from './predicates.js';
import { withoutUnheldSkeletons } from './name-spans.js';
import { withHanNames } from './han-names.js';
import { analyseQuestion } from './question-analysis.js';
import { chooseSentences, groundedMargin } from './sentence-choice.js';
import { loadSurenessModel, type SurenessModel, surenessFeatures } from './sureness.js';
import surenessModelData from './sureness-model.json' with { type: 'json' };
import type { Answer } from './types.js';

export interface ExtractiveOptions {
  /** Minimum share of the question's weighted terms the answer sentence and its neighbours must cover. */
  groundingThreshold?: number;
  /** How many closest sources a "not covered" answer lists. */
  closestSources?: number;
  /** How many of the retrieved passages are read for sentences. */
  passagesRead?: number;
  /** When a grounded sentence counts as sure: a model other than the shipped one (see sureness.ts). */
  sureness?: SurenessModel;
}

export interface ExtractiveDeps {
  glossary: Glossary | undefined;
  /** 0..1 rarity of a key in the knowledge base (1 = absent): rare words weigh more. */
  rarity?: ((key: string) => number) | undefined;
  /** Aliases the articles state (learnt with the index); read per ask, since the index may be rebuilt. */
  aliases?: (() => AliasIndex) | undefined;
  /**
   * A passage's sentences and keys as the index stored them (built with this lexicon and the index's aliases, those
   * `aliases` gives); undefined: analysed here.
   */
  storedPassage?: ((document: number) => AnalysedPassage | undefined) | undefined;
}

export function createExtractiveAnswerer(deps: ExtractiveDeps, options: ExtractiveOptions = {}) {
  const settings: ScoringSettings = {
    ...defaultScoringSettings,
    ...(options.groundingThreshold === undefined ? {} : { coverageThreshold: options.groundingThreshold }),
  };
  const sureness = options.sureness ?? loadSurenessModel(surenessModelData);
  const closestCount = options.closestSources ?? 3;
  const passagesRead = options.passagesRead ?? 8;
  const analyser = createPassageAnalyser(deps.glossary);

  return function answer(
    question: string,
    passages: RetrievedPassage[],
    /** textLanguage: the language the query is written in when not the asker's (a translation of the question). */
    context: { language: string; query: string; textLanguage?: string },
  ): Answer {
    const aliases = deps.aliases?.() ?? emptyAliasIndex;
    const notCovered = (): Answer => ({
      text: notCoveredMessage(context.language),
      grounded: false,
      citations: closestSources(passages, closestCount),
      path: 'extractive',
      language: context.language,
      query: context.query,
    });
    // The question as asked decides the type; the standalone query (a rewritten follow-up) holds the terms.
    const asked = {
      ...analyseQuestion(context.query, deps.glossary, aliases),
      ...typeOf(question, context.query, deps, aliases),
      // A sentence crosses a language when it is in another language than the words it is matched against.
      language: context.textLanguage ?? context.language,
      periods: new Set([...periodsIn(question), ...periodsIn(context.query)]),
    };
    if (passages.length === 0 || asked.terms.length === 0) return notCovered();
    const rarity = deps.rarity ?? (() => 1);
    // A Han stretch the knowledge base holds as a name is the question's entity (han-names.ts).
    const analysis = withHanNames(asked, rarity);
    const terms = weighTerms(withoutUnheldSkeletons(analysis, rarity), rarity);
    const read = passages.slice(0, passagesRead);
    // Each passage read once per ask (both scoring passes and every passage of its article read it).
    const analysed = new Map<RetrievedPassage, AnalysedPassage>();
    const analyse = (passage: RetrievedPassage) => {
      let found = analysed.get(passage);
      if (found === undefined) {
        found = deps.storedPassage?.(passage.document) ?? analyser(passage.chunk, aliases);
        analysed.set(passage, found);
      }
      return found;
    };
    let candidates = scoreCandidates(read, analysis, terms, analyse, deps.glossary, settings);
    // No sentence names the question's entity where it tells the asked unit: the article's title may be its subject
    // (article-subject.ts; only a typed question naming an entity has one).
    const bySubject =
      analysis.type !== 'other' &&
      analysis.type !== 'definition' &&
      !candidates.some((candidate) => candidate.grounded) &&
      candidates.some((candidate) => titleNamesEntity(terms, candidate.analysed.titleKeys));
    // Only the sentences the subject is read into are scored again (the others keep the first pass's candidates).
    if (bySubject)
      candidates = scoreCandidates(
        read,
        analysis,
        terms,
        analyse,
        deps.glossary,
        { ...settings, articleSubject: true },
        candidates,
      );
    preferAskedEvent(candidates, analysis, deps.glossary);
    const chosen = chooseSentences(candidates, terms);
    const best = chosen.find((item) => item.candidate.grounded) ?? chosen[0];
    if (!best) return notCovered();
    const { text, citations } = numberCitations(
      chosen.map((item) => ({ passage: item.candidate.passage, sentence: item.sentence, score: item.candidate.score })),
    );
    const note = otherLanguageNote(context.language, best.candidate.passage.chunk.article.language);
    const quoted = note === undefined ? text : `${text} ${note}`;
    // Weak evidence: the closest passage is shown, but not as an answer.
    const margin = groundedMargin(candidates, questionEvidence(context.query, analysis, terms));
    const features = surenessFeatures({
      best: best.candidate,
      candidates,
      margin,
      passages: read,
      terms,
      type: analysis.type,
    });
    // Two different answers that score alike: the evidence cannot choose between them, whatever the model says.
    const report = { features, probability: sureness.probability(features), tied: margin < settings.sureMargin };
    if (report.tied || report.probability < (bySubject ? subjectThreshold : sureness.threshold)) {
      return {
        text: `${notSureMessage(context.language)} ${quoted}`,
        grounded: false,
        citations: withClosestSources(citations, passages, closestCount),
        path: 'extractive',
        language: context.language,
        query: context.query,
        sureness: report,
      };
    }
    return {
      text: quoted,
      grounded: true,
      citations,
      path: 'extractive',
      language: context.language,
      query: context.query,
      sureness: report,
    };
  };
}

/**
 * The sureness an answer read by the article's subject needs (the model was fitted on answers that name their entity
 * where they are shown). Tune half without AO, AP, AQ (session 29): at 0.9 same-language 381 -> 386/582,
 * cross-language 438 -> 440/1300, grounded-but-wrong 294/1113 -> 294/1120, refused 479/593 unchanged; at 0.8 it gave 7
 * more right answers than at 0.9 for 6 more wrong ones and 4 unanswerable questions answered (0.7 alike; at 0.5 the
 * seed set lost one).
 */
const subjectThreshold = 0.9;

/** Whether a title names the question's entity (most of its weight): only then may the article's subject answer. */
function titleNamesEntity(terms: WeightedTerm[], titleKeys: Set<string>): boolean {
  return (
    coverageOf(terms, (term) => termMatch(term, titleKeys), 'smooth', 'entity') >=
    defaultScoringSettings.entityThreshold
  );
}

/** The asked type of the question as asked when it differs from the rewritten query's. */
function typeOf(question: string, query: string, deps: ExtractiveDeps, aliases: AliasIndex) {
  if (question === query) return {};
  const asked = analyseQuestion(question, deps.glossary, aliases);
  return asked.type === 'other' ? {} : { type: asked.type, counted: asked.counted };
}

/** What the question brings itself: its numbers, its words, every key its terms are found under, its name keys. */
function questionEvidence(query: string, analysis: { numbers?: Set<string> }, terms: { term: { keys: string[] } }[]) {
  const keys = new Set([
    ...terms.flatMap((item) => item.term.keys),
    ...nameKeys(query),
    ...wordTokens(query).map(matchKey),
  ]);
  return { numbers: analysis.numbers ?? new Set<string>(), keys };
}
