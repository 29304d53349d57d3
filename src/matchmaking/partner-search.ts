/**
 * Partner search in conversation: a member's question ("who can dub Korean dramas into
 * Japanese?", "Việt Nam có trung tâm nào đào tạo dựng phim không?", "ищу студию для
 * цветокоррекции") is read as a need — the same lexicon as profiles, a place and a kind of
 * organization when the question names them — and answered with the profiles whose offers meet
 * it. When the asker is linked to a profile, each result carries the pair's two-sided reasons.
 */
import { badInput } from '../errors.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { MatchcutStore } from '../store/store-interface.js';
import { kindsCanMeet } from './kind-compatibility.js';
import { cityKey, countryKey, languageCode } from './languages-and-regions.js';
import { conceptLabels } from './explain-match.js';
import type { MatchingEngine } from './matching.js';
import type { IndexedProfile } from './profile-index.js';
import { readPartnerNeed } from './partner-search-reading.js';
import { classifyQuestion, kindsAskedFor, partnerPartOf } from './question-intent.js';
import { offerTeaches, wantsToLearn } from './statement-delivery.js';
import type {
  ConceptLabels,
  MatchReason,
  PartnerSearchOptions,
  PartnerSearchResult,
  PartnerSuggestion,
} from './types.js';

export { classifyQuestion } from './question-intent.js';

/**
 * Whether a partner search has something to tell the member: organizations that meet the question, or
 * "no organization offers X yet" when the lexicon placed what was asked (X) and nobody offers it. A search
 * that placed nothing says nothing; the article answer stands alone.
 */
export function partnerSearchHasReply(result: PartnerSearchResult): boolean {
  return result.partners.length > 0 || result.needs.length > 0;
}

interface PlaceFilter {
  label: string;
  /** The places' labels by language, joined as `label` is. */
  labels: ConceptLabels;
  countries: Set<string>;
  cities: Set<string>;
}

/**
 * Places named in the question ("in Vietnam", "Ташкент"); demonyms that name a language ("Korean dramas") are not
 * places.
 */
function placesIn(question: string, glossary: Glossary): PlaceFilter | undefined {
  const countries = new Set<string>();
  const cities = new Set<string>();
  const labels: string[] = [];
  const byLanguage: ConceptLabels[] = [];
  for (const hit of glossary.findConcepts(question)) {
    const concept = glossary.concepts.get(hit.conceptId);
    if (concept?.category !== 'place') continue;
    const asLanguage = languageCode(hit.surface);
    if (asLanguage.length === 2 && asLanguage !== hit.surface.toLowerCase()) continue;
    if (namesLanguage(question, hit.surface)) continue;
    const label = concept.en[0] ?? hit.surface;
    const country = countryKey(label);
    if (country.length === 2) countries.add(country);
    else cities.add(cityKey(label));
    labels.push(label);
    byLanguage.push(conceptLabels(glossary, hit.conceptId));
  }
  if (labels.length === 0) return undefined;
  const languages = new Set(byLanguage.flatMap((entry) => Object.keys(entry)));
  const joined: ConceptLabels = {};
  for (const language of languages) {
    joined[language] = byLanguage.map((entry, index) => entry[language] ?? labels[index]).join(', ');
  }
  return { label: labels.join(', '), labels: joined, countries, cities };
}

/**
 * Whether a place's name stands in a language's name ("bahasa Inggris", "ภาษาไทย", "tiếng Hàn", "o'zbek tili",
 * "한국어", "英語"): the language to work in, not a place.
 */
function namesLanguage(question: string, surface: string): boolean {
  const name = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:bahasa|tiếng|ภาษา|language|языке?)\\s*${name}|${name}\\s*(?:語|어(?![\\p{L}])|tili|language)`,
    'iu',
  ).test(question);
}

/** Words that point back to a place named before: "there", "там", "거기", "そこ", "ở đó", "那里". */
const pointsBackToPlace = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    "there|там|туда|ở đó|tại đó|ở đấy|u yerda|o'sha yerda|di sana|di situ|сонда|сол жерде|" +
    // Local to the place named: "현지 코디네이터", "a local fixer", "местный подрядчик".
    'local|locally|местн\\p{L}*|на месте|địa phương|mahalliy|lokal|setempat|жергілікті' +
    ')(?![\\p{L}\\p{N}])|거기|그곳|현지|そこ|あちら|現地|ที่นั่น|ท้องถิ่น|那里|那裡|那边|那邊|当地|當地',
  'u',
);

const inPlace = (entry: IndexedProfile, place: PlaceFilter) =>
  (entry.country !== undefined && place.countries.has(entry.country)) ||
  (entry.city !== undefined && place.cities.has(entry.city));

export function createPartnerSearch(deps: { engine: MatchingEngine; glossary: Glossary; store: MatchcutStore }) {
  const { engine, glossary, store } = deps;

  /** Reasons when the asker has no profile: what the question asks ↔ what this organization offers. */
  const oneSidedReasons = (question: string, entry: IndexedProfile, offerText: string, concept: string | undefined) => {
    const label = concept === undefined ? '' : ` (${glossary.label(concept, 'en')})`;
    const reason: MatchReason = {
      side: 'a',
      kind: 'need_offer',
      text: `you asked “${question.trim()}”${label} ↔ ${entry.profile.name} offers ${offerText}`,
      concept,
      need: question.trim(),
      offer: offerText,
      message: {
        code: 'asked_for',
        question: question.trim(),
        offering: entry.profile.name,
        offer: offerText,
        ...(concept === undefined ? {} : { conceptLabels: conceptLabels(glossary, concept) }),
      },
    };
    return [reason];
  };

  const findPartners = async (question: string, options: PartnerSearchOptions = {}): Promise<PartnerSearchResult> => {
    const text = question.trim();
    if (text === '') {
      throw badInput('Say what kind of partner you are looking for, e.g. "who can dub Korean dramas into Japanese?".', {
        details: { reason: 'EMPTY_PARTNER_QUESTION' },
      });
    }
    if ([...text].length > 2_000) {
      throw badInput('The question is too long: keep it to 2,000 characters.', {
        details: { reason: 'QUESTION_TOO_LONG', length: [...text].length, maximum: 2_000 },
      });
    }
    await engine.ensureFresh();
    const intent = classifyQuestion(text, glossary);
    // In a question that is both, the work, the kind of organization and the place are sought in its partner part
    // ("How many VFX artists does the Busan studio have? And who teaches colour grading?" looks for colour grading
    // anywhere); the place of the fact part when the partner part points back to it ("When did KOCCA open its
    // Hanoi office, and who can train colorists there?").
    const asked = intent.partner && intent.fact ? partnerPartOf(text) : text;
    const { need, mode } = readPartnerNeed(asked, engine.normalizer);
    const subjects = [...new Set(need.segments.flatMap((segment) => segment.subjects))];
    const place = placesIn(pointsBackToPlace.test(asked.toLowerCase()) ? text : asked, glossary);
    const kinds = options.kinds ?? kindsAskedFor(asked);
    const limit = options.limit ?? 5;
    const askerId = options.asker === undefined ? undefined : await store.profileIdOfMember(options.asker);
    const asker = askerId === undefined ? undefined : engine.index().get(askerId);
    const found: PartnerSuggestion[] = [];
    const learning = engine.scorer.isSpecific(need) && wantsToLearn(need, asker?.teachesWork ?? false);
    if (subjects.length > 0 || need.concepts.length === 0) {
      for (const entry of engine.index().possibleProviders(need)) {
        if (entry.profile.origin === 'proposed' || entry === asker) continue;
        if (kinds.length > 0 && !kinds.includes(entry.profile.kind)) continue;
        if (place !== undefined && !inPlace(entry, place)) continue;
        if (asker !== undefined && !kindsCanMeet(asker.profile.kind, entry.profile.kind)) continue;
        let best = { score: 0, offer: '', concept: undefined as string | undefined, specific: false };
        for (const offer of entry.offers) {
          // As the matcher reads a need to learn: met by a course in the work, never by someone doing it for clients.
          if (learning && !offerTeaches(offer, entry.teachesWork)) continue;
          const scored = engine.scorer.score(need, offer);
          if (scored.specific && scored.score > best.score) best = { ...scored, offer: offer.text };
        }
        if (best.score < engine.settings.meetThreshold) continue;
        const suggestion: PartnerSuggestion = {
          profile: { id: entry.profile.id, name: entry.profile.name, kind: entry.profile.kind },
          score: Math.round(best.score * 10_000) / 10_000,
          reasons: oneSidedReasons(text, entry, best.offer, best.concept),
          citations: [],
        };
        if (asker !== undefined) {
          // The pair as the asker's own list scores and explains it (one score per pair in every view).
          const match = engine.explain(engine.readPair(asker, entry));
          suggestion.reasons = [...suggestion.reasons, ...match.reasons.filter((reason) => reason.side !== 'a')];
          suggestion.citations = match.citations;
          suggestion.match = match;
        }
        found.push(suggestion);
      }
    }
    found.sort((left, right) => right.score - left.score || left.profile.name.localeCompare(right.profile.name));
    return {
      intent,
      needs: subjects.map((conceptId) => ({
        conceptId,
        label: glossary.label(conceptId, 'en'),
        labels: conceptLabels(glossary, conceptId),
      })),
      place: place?.label,
      placeLabels: place?.labels,
      kinds,
      partners: found.slice(0, limit),
      // A closing question naming no work ("who could help?", "ai giúp được không?") is the asking, not a phrase to
      // place.
      unplaced: need.unplaced.filter((item) => !/[?？]\s*$/u.test(item)),
      mode,
    };
  };

  return { findPartners };
}
