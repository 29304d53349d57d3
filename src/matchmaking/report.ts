/**
 * The organizer report's lists: needs no one here can meet (by a specific offer, or for a generic
 * need by the same way of delivering), and the phrases of offers and needs the lexicon cannot
 * place — listed so that organizers can reword them or the taxonomy can grow, instead of being
 * matched by loose similarity.
 */
import type { MatchingEngine } from './matching.js';
import type { NormalizedStatement } from './normalize-statement.js';
import type { IndexedProfile } from './profile-index.js';
import type { UnmetNeed, UnplacedPhrase } from './types.js';

/** Profiles that take part in matching, by name. */
function matchedEntries(engine: MatchingEngine): IndexedProfile[] {
  return engine
    .index()
    .allByName()
    .filter((entry) => entry.profile.origin !== 'proposed');
}

/** Providers of one need checked before giving up on it. */
const providersChecked = 500;

export function findUnmetNeeds(engine: MatchingEngine, limit: number): UnmetNeed[] {
  const unmet: UnmetNeed[] = [];
  const { scorer, settings, normalizer } = engine;
  const index = engine.index();
  // Another profile, not proposed, of a kind that can meet, not affiliated: on the index's packed codes.
  const usable = (entry: IndexedProfile, provider: IndexedProfile) => index.meetable(entry, provider);
  /**
   * Per need statement (profiles share them), the first provider found meeting it and its place among the possible
   * providers. Another profile with that need, for which that provider is usable, has it met too: its own search
   * would reach that place (fewer than `providersChecked` come before it) unless an earlier provider meets it first.
   */
  const firstMet = new Map<NormalizedStatement, { provider: IndexedProfile; place: number }>();
  for (const entry of matchedEntries(engine)) {
    for (const need of entry.needs) {
      const known = firstMet.get(need);
      if (known !== undefined && known.place < providersChecked && usable(entry, known.provider)) continue;
      let met = false;
      let checked = 0;
      let place = 0;
      // The possible providers in order, until one meets the need or enough were checked.
      index.visitProviders(need, (provider) => {
        place += 1;
        if (!usable(entry, provider)) return false;
        const { offers } = provider;
        for (let position = 0; position < offers.length; position += 1) {
          if (scorer.score(need, offers[position] as NormalizedStatement).score < settings.meetThreshold) continue;
          met = true;
          if (known === undefined) firstMet.set(need, { provider, place: place - 1 });
          return true;
        }
        checked += 1;
        return checked >= providersChecked;
      });
      if (met) continue;
      const concept = need.concepts.find((id) => !normalizer.isMode(id)) ?? need.concepts[0];
      unmet.push({
        profile: { id: entry.profile.id, name: entry.profile.name, kind: entry.profile.kind },
        need: need.text,
        concept,
      });
      if (unmet.length >= limit) return unmet;
    }
  }
  return unmet;
}

/** The offer and need phrases of these profiles that the lexicon cannot place. */
export function unplacedPhrasesOf(
  entries: readonly IndexedProfile[],
  limit = Number.POSITIVE_INFINITY,
): UnplacedPhrase[] {
  const phrases: UnplacedPhrase[] = [];
  for (const entry of entries) {
    const profile = { id: entry.profile.id, name: entry.profile.name, kind: entry.profile.kind };
    for (const [side, statements] of [
      ['offer', entry.offers],
      ['need', entry.needs],
    ] as const) {
      for (const statement of statements) {
        for (const phrase of statement.unplaced) {
          phrases.push({ profile, side, statement: statement.text, phrase });
          if (phrases.length >= limit) return phrases;
        }
      }
    }
  }
  return phrases;
}

export function findUnplacedPhrases(engine: MatchingEngine, limit?: number): UnplacedPhrase[] {
  return unplacedPhrasesOf(matchedEntries(engine), limit);
}
