/**
 * Turns a scored pair into the neutral Match: the score with its boosts (shared working
 * language, same city or country, both described by the same article), reasons written for
 * each side ("IT Works Korea needs VFX artists ↔ Samarkand graphic production center offers
 * training in VFX") and the quoted source passages behind them as citations.
 */
import type { Citation } from '../answer/types.js';
import type { Glossary } from '../knowledge/glossary.js';
import { glossaryLanguages } from '../knowledge/glossary-schema.js';
import { foldDiacritics, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { countryName, languageName } from './languages-and-regions.js';
import { type StatedPlace, workPlaces } from './stated-terms.js';
import type { StatementNormalizer } from './normalize-statement.js';
import type { IndexedProfile } from './profile-index.js';
import type { MetNeed, ReciprocalScore } from './reciprocal-score.js';
import { sparseDot } from './sparse-vector.js';
import type { ConceptLabels, Match, MatchReason } from './types.js';
import { restsOnWords } from './word-evidence.js';

/** What matchmaking needs to know about an article to cite it (the lead's knowledge loader provides it). */
export interface ArticleReference {
  title: string;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

export type ArticleLookup = (articleId: string) => ArticleReference | undefined;

export interface MatchBoosts {
  /** Added to the multiplier when both sides share a working language. */
  language: number;
  sameCity: number;
  /** When in the same country but not the same city. */
  sameCountry: number;
  /** When both profiles are backed by the same article. */
  evidence: number;
}

export const defaultMatchBoosts: MatchBoosts = { language: 0.05, sameCity: 0.06, sameCountry: 0.03, evidence: 0.06 };

export interface ExplainDeps {
  glossary: Glossary;
  normalizer: StatementNormalizer;
  lookupArticle: ArticleLookup;
  boosts: MatchBoosts;
  /** Need/offer reasons per side. */
  reasonsPerSide?: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The place part of the boost: the partner in the city where a's work is (the places a's description requires, else
 * a's own: a Tashkent studio shooting in Samarkand wants a Samarkand workshop), else in its country.
 */
function placeBoost(places: readonly StatedPlace[], b: IndexedProfile, boosts: MatchBoosts): number {
  if (places.some((place) => place.city !== undefined && place.city === b.city && place.country === b.country))
    return boosts.sameCity;
  return places.some((place) => place.country === b.country) ? boosts.sameCountry : 0;
}

/** The boost multiplier of a pair (1 + shared language + same city or country + same article). */
export function boostMultiplier(a: IndexedProfile, b: IndexedProfile, boosts: MatchBoosts): number {
  let multiplier = 1;
  for (const code of a.languages) {
    if (b.languages.has(code)) {
      multiplier += boosts.language;
      break;
    }
  }
  multiplier += placeBoost(workPlaces(a), b, boosts);
  for (const articleId of a.articleIds) {
    if (b.articleIds.has(articleId)) {
      multiplier += boosts.evidence;
      break;
    }
  }
  return multiplier;
}

/** The final score of a pair: harmonic mean of both directions times the boosts, at most 1. */
export function boostedScore(
  a: IndexedProfile,
  b: IndexedProfile,
  scored: ReciprocalScore,
  boosts: MatchBoosts,
): number {
  return round(Math.min(1, scored.harmonic * boostMultiplier(a, b, boosts)));
}

/** Words of three letters or more, as matched (stemmed, folded). */
const contentKeys = (text: string) =>
  wordTokens(text)
    .map(matchKey)
    .filter((key) => [...key].length >= 3 && !/^\d/.test(key));

const fold = (text: string) => foldDiacritics(text.normalize('NFC').toLowerCase());

/**
 * The words a need met on words alone (no trade the taxonomy read) shares with the offer, as the need writes them;
 * none for a need the taxonomy met.
 */
export function sharedWords(met: MetNeed): string[] {
  if (restsOnWords(met)) return met.sharedWords;
  if (met.concept !== undefined || !met.specific) return [];
  const offerKeys = new Set(contentKeys(met.offer.text));
  const tokens = wordTokens(met.need.text).filter((token) => offerKeys.has(matchKey(token)));
  return [...new Set(tokens.map((token) => token.word))];
}

/** A taxonomy entry's preferred label in each language the taxonomy has one in (English always). */
export function conceptLabels(glossary: Glossary, conceptId: string): ConceptLabels {
  const concept = glossary.concepts.get(conceptId);
  const labels: ConceptLabels = { en: glossary.label(conceptId, 'en') };
  for (const language of glossaryLanguages) {
    const label = concept?.[language][0];
    if (label !== undefined && language !== 'en') labels[language] = label;
  }
  return labels;
}

/** "both work in …" (languages both list and show) and "both are in …" (same city, else same country). */
function placeReasons(a: IndexedProfile, b: IndexedProfile): MatchReason[] {
  const reasons: MatchReason[] = [];
  const sharedLanguages = [...a.languages].filter((code) => b.languages.has(code));
  if (sharedLanguages.length > 0) {
    const names = sharedLanguages.map(languageName);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    reasons.push({
      side: 'both',
      kind: 'language',
      text: `both work in ${list}`,
      message: { code: 'shared_languages', languages: sharedLanguages },
    });
  }
  if (a.city !== undefined && a.city === b.city && a.country === b.country) {
    const city = a.profile.city ?? a.city;
    reasons.push({ side: 'both', kind: 'region', text: `both are in ${city}`, message: { code: 'same_city', city } });
  } else if (a.country !== undefined && a.country === b.country) {
    const name = countryName(a.country, a.profile.country ?? a.country);
    reasons.push({
      side: 'both',
      kind: 'region',
      text: `both are in ${name}`,
      message: { code: 'same_country', country: a.country, name },
    });
  }
  return reasons;
}

/** "both appear in “…”" for the first two articles both profiles are backed by, citing each side's passage. */
function sharedArticleReasons(
  a: IndexedProfile,
  b: IndexedProfile,
  lookupArticle: ArticleLookup,
  cite: (owner: IndexedProfile, sourceIndex: number) => number | undefined,
): MatchReason[] {
  const sharedArticles = [...a.articleIds].filter((id) => b.articleIds.has(id));
  return sharedArticles.slice(0, 2).map((articleId): MatchReason => {
    const numbers = [a, b]
      .map((owner) => {
        const index = owner.profile.sources.findIndex((source) => source.articleId === articleId);
        return index === -1 ? undefined : cite(owner, index);
      })
      .filter((value): value is number => value !== undefined);
    const title = lookupArticle(articleId)?.title ?? articleId;
    return {
      side: 'both',
      kind: 'evidence',
      text: `both appear in “${title}”`,
      citationNumbers: [...new Set(numbers)],
      message: { code: 'same_article', articleId, title },
    };
  });
}

export function buildMatch(a: IndexedProfile, b: IndexedProfile, scored: ReciprocalScore, deps: ExplainDeps): Match {
  const reasonsPerSide = deps.reasonsPerSide ?? 3;
  const citations: Citation[] = [];
  const citationKeys = new Map<string, number>();

  /** Cites the source passage behind one statement of a profile, if the profile has one. */
  const cite = (owner: IndexedProfile, statement: string, score: number): number | undefined => {
    const sources = owner.profile.sources;
    let sourceIndex = sources.findIndex((source) => source.supports?.includes(statement) === true);
    if (sourceIndex === -1 && sources.length > 0) {
      const statementVector = deps.normalizer.normalize(statement).vector;
      let best = 0.3;
      sources.forEach((source, index) => {
        const similarity = sparseDot(statementVector, deps.normalizer.normalize(source.quote).vector);
        if (similarity > best) {
          best = similarity;
          sourceIndex = index;
        }
      });
    }
    const source = sources[sourceIndex];
    if (source === undefined) return undefined;
    return addCitation(owner, sourceIndex, score);
  };

  const addCitation = (owner: IndexedProfile, sourceIndex: number, score: number): number | undefined => {
    const source = owner.profile.sources[sourceIndex];
    if (source === undefined) return undefined;
    const key = `${source.articleId}\u0000${source.quote}`;
    const existing = citationKeys.get(key);
    if (existing !== undefined) return existing;
    const article = deps.lookupArticle(source.articleId);
    const n = citations.length + 1;
    citations.push({
      n,
      articleId: source.articleId,
      title: article?.title ?? source.articleId,
      outlet: article?.outlet,
      published: article?.published,
      url: article?.url,
      quote: source.quote,
      chunkId: `profile:${owner.profile.id}#source-${sourceIndex}`,
      score: round(score),
    });
    citationKeys.set(key, n);
    return n;
  };

  /**
   * The concept's English label after a need written in other words than the offer
   * ("thiết kế nhân vật 2D (2D character design)"); for a need met on words alone, the words both sides share.
   */
  const conceptNote = (met: MetNeed): string => {
    const words = sharedWords(met);
    if (words.length > 0) return ` (shared words: ${words.join(', ')})`;
    if (met.concept === undefined) return '';
    const label = deps.glossary.label(met.concept, 'en');
    if (fold(met.need.text).includes(fold(label))) return '';
    const offerKeys = new Set(contentKeys(met.offer.text));
    return contentKeys(met.need.text).some((key) => offerKeys.has(key)) ? '' : ` (${label})`;
  };
  /** The same note's entry in every language the taxonomy labels it in, for the adapters. */
  const noteLabels = (met: MetNeed): { conceptLabels?: ConceptLabels } =>
    met.concept === undefined || conceptNote(met) === ''
      ? {}
      : { conceptLabels: conceptLabels(deps.glossary, met.concept) };

  /** The shared words of a need met on words alone, for the adapters. */
  const wordsNote = (met: MetNeed): { sharedWords?: string[] } => {
    const words = sharedWords(met);
    return words.length === 0 ? {} : { sharedWords: words };
  };

  const reasons: MatchReason[] = [];
  const needReasons = (side: 'a' | 'b', needing: IndexedProfile, offering: IndexedProfile, met: MetNeed[]) => {
    for (const entry of met.slice(0, reasonsPerSide)) {
      const numbers = [
        cite(needing, entry.need.text, entry.score),
        cite(offering, entry.offer.text, entry.score),
      ].filter((value): value is number => value !== undefined);
      reasons.push({
        side,
        kind: 'need_offer',
        text:
          `${needing.profile.name} needs ${entry.need.text}${conceptNote(entry)} ↔ ` +
          `${offering.profile.name} offers ${entry.offer.text}`,
        concept: entry.concept,
        need: entry.need.text,
        offer: entry.offer.text,
        citationNumbers: [...new Set(numbers)],
        message: {
          code: 'need_offer',
          needing: needing.profile.name,
          need: entry.need.text,
          offering: offering.profile.name,
          offer: entry.offer.text,
          ...noteLabels(entry),
          ...wordsNote(entry),
        },
      });
    }
  };
  needReasons('a', a, b, scored.forA.met);
  needReasons('b', b, a, scored.forB.met);

  reasons.push(...placeReasons(a, b));
  reasons.push(
    ...sharedArticleReasons(a, b, deps.lookupArticle, (owner, index) => addCitation(owner, index, scored.harmonic)),
  );

  return {
    a: { id: a.profile.id, name: a.profile.name, kind: a.profile.kind },
    b: { id: b.profile.id, name: b.profile.name, kind: b.profile.kind },
    score: boostedScore(a, b, scored, deps.boosts),
    scoreForA: round(scored.scoreForA),
    scoreForB: round(scored.scoreForB),
    reasons,
    citations,
  };
}
