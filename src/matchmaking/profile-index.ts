/**
 * The in-memory matching index over all profiles: each profile's normalised offers and needs,
 * and inverted indexes concept → profiles offering / needing it (exact, and under every broader
 * concept) and word → profiles, so that candidates for a profile are found by looking up what it
 * needs and offers instead of comparing it with every other profile. Candidates are then
 * pre-ranked by an embedding similarity of the profiles' needs and offers before full scoring.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { nameKey } from '../store/store-types.js';
import { evidencedLanguages, profilePlace, workingLanguages } from './languages-and-regions.js';
import { localNeeds } from './local-places.js';
import { type StatedTerms, statedTerms } from './stated-terms.js';
import type { NormalizedStatement, StatementNormalizer } from './normalize-statement.js';
import { createPlainReader, type PlainReader } from './plain-reading.js';
import { markRestatingNeeds } from './restating-needs.js';
import type { Profile } from './profile-schema.js';
import { CandidateScan } from './candidate-scan.js';
import { offFieldShare, profileFieldReader } from './field-evidence.js';
import { PackedProfiles } from './packed-profiles.js';
import { ProfilePostings } from './profile-postings.js';
import { perkOffers } from './perk-offers.js';
import { hostsInterns } from './reciprocal-score.js';
import { centroid, type SparseVector } from './sparse-vector.js';
import { internshipOnly, teachesWork } from './statement-delivery.js';

export interface IndexedProfile {
  ordinal: number;
  profile: Profile;
  needs: NormalizedStatement[];
  offers: NormalizedStatement[];
  /** Working languages the profile both lists and shows (in its own text or its country). */
  languages: Set<string>;
  /** Languages it lists or its country speaks: what a dubbing or subtitling need into a language asks of it. */
  workingLanguages: Set<string>;
  country: string | undefined;
  city: string | undefined;
  /** The languages and places its description limits itself to or requires (see ./stated-terms.ts). */
  stated: StatedTerms;
  articleIds: Set<string>;
  /** Keys (name, aliases, id) this organization is known by. */
  keys: Set<string>;
  /** Keys of the bodies it belongs to. */
  affiliations: Set<string>;
  /**
   * 0..1: the squared share of its placed offers that are content-production work. An event-lighting rental
   * whose offers are mostly outside the field offers its "lighting crew" for events, not for a shoot.
   */
  offerFocus: number;
  /**
   * Whether it teaches the work it names (a training center with courses): its plain offers are then what it teaches,
   * and its needs that speak of teaching (instructors, internships) are no wish to learn (see ./statement-delivery.ts).
   */
  teachesWork: boolean;
  /** Whether it hosts interns as a workplace (see `hostsInterns` in ./reciprocal-score.ts), read once here. */
  hostsInterns: boolean;
  /** Per offer, whether it speaks only of internships (see `internshipOnly` in ./statement-delivery.ts), read once. */
  internshipOffers: boolean[];
  /** Per offer, whether it is a perk of a commissioning side (see ./perk-offers.ts), read once here. */
  perkOffers: boolean[];
  /** Normalised sums of the statement vectors (sparse: a few dozen entries, read in cache-friendly merges). */
  needCentroid: SparseVector;
  offerCentroid: SparseVector;
}

export interface CandidateOptions {
  /** How many candidates to return, best pre-score first. */
  limit: number;
  /**
   * The matching hard filters, checked on codes the index packs per profile (no object is read
   * for a profile they reject): kinds that can meet, neither profile proposed, no affiliated bodies.
   */
  meetable?: boolean;
  /** Any further hard filter, applied before ranking. */
  accept?: (candidate: IndexedProfile) => boolean;
}

export interface ProfileIndex {
  readonly size: number;
  put(profile: Profile): IndexedProfile;
  remove(id: string): void;
  get(id: string): IndexedProfile | undefined;
  all(): IndexedProfile[];
  /**
   * Every profile in name order (`localeCompare`'s), those of one name in the order `all` gives them: sorted once and
   * kept until a profile comes or goes (a digest and its unmet needs both read the profiles by name).
   */
  allByName(): readonly IndexedProfile[];
  /** Profiles worth scoring against `profile`, best first. */
  candidates(profile: IndexedProfile, options: CandidateOptions): IndexedProfile[];
  /** Profiles with an offer that may answer this need (by concept or shared words), most specific first. */
  possibleProviders(need: NormalizedStatement): Iterable<IndexedProfile>;
  /**
   * The same profiles in the same order, each handed to `visit` until it returns true (stop): no iterator and no set
   * per need, for the unmet-needs search, which asks for tens of thousands of needs.
   */
  visitProviders(need: NormalizedStatement, visit: (provider: IndexedProfile) => boolean): void;
  /**
   * Whether `other` (of this index) passes the hard filters of matching for `profile`, read on the packed codes:
   * another profile, not proposed, of a kind that can meet it, neither belonging to the other.
   */
  meetable(profile: IndexedProfile, other: IndexedProfile): boolean;
}

/** Whether one of two organizations belongs to the other (its affiliations name one of the other's keys). */
export function affiliated(first: IndexedProfile, second: IndexedProfile): boolean {
  for (const key of first.affiliations) if (second.keys.has(key)) return true;
  for (const key of second.affiliations) if (first.keys.has(key)) return true;
  return false;
}

/**
 * The share of placed offers that are content-production work, squared: an organization whose offers are
 * mostly outside the field (event lighting, wedding video) offers the rest for that field too, and one with half
 * of them outside (a kids' clay club that also runs birthday workshops, a bridal video school) counts a quarter.
 * The description says the organization's own field: when at least half of the work it names is outside content
 * production (a yearbook photo studio, a wedding video school, a children's comics class that names comics beside
 * children's art classes), it counts as one more offer outside, and an offer that mixes such work with production
 * words ("graduation album shooting", "photo retouching and colour correction") is read in that field too.
 */
export function offerFocus(
  offers: readonly NormalizedStatement[],
  isOutside: (conceptId: string) => boolean,
  /** The work the profile's description names (its subject concepts). */
  described: readonly string[] = [],
  /** Whether the whole profile shows the content industry (see ./field-evidence.ts); if not, its focus is halved. */
  inField = true,
): number {
  return (inField ? 1 : offFieldShare) * placedFocus(offers, isOutside, described);
}

function placedFocus(
  offers: readonly NormalizedStatement[],
  isOutside: (conceptId: string) => boolean,
  described: readonly string[],
): number {
  const outsideField = described.length > 0 && described.filter(isOutside).length * 2 >= described.length;
  let placed = outsideField ? 1 : 0;
  let outside = outsideField ? 1 : 0;
  for (const offer of offers) {
    const subjects = offer.segments.flatMap((segment) => segment.subjects);
    if (subjects.length === 0) continue;
    placed += 1;
    if (outsideField ? subjects.some(isOutside) : subjects.every(isOutside)) outside += 1;
  }
  return placed === 0 ? 1 : (1 - outside / placed) ** 2;
}

/**
 * For one profile, its statements read in its field: the work and fields it names (its statements' subjects and
 * domains and its description's concepts) decide the words of several senses a statement leaves open.
 */
function fieldReader(glossary: Glossary, normalizer: StatementNormalizer) {
  return (statements: readonly NormalizedStatement[], description: string) => {
    const field = [
      ...new Set([
        ...statements.flatMap((statement) =>
          statement.segments.flatMap((segment) => [...segment.subjects, ...segment.domains]),
        ),
        ...(description === ''
          ? []
          : glossary
              .findConcepts(description, { morphology: true })
              .map((hit) => hit.conceptId)
              .filter((id) => {
                const role = normalizer.roleOf(id);
                return role === 'subject' || role === 'domain';
              })),
      ]),
    ];
    return (statement: NormalizedStatement) =>
      statement.openSenses.length === 0 ? statement : normalizer.normalizeInField(statement.text, field);
  };
}

/**
 * Needs and offers said in plain words, read as the crafts they describe (see ./plain-reading.ts): a need's always, an
 * offer's only when its profile is described and shows the content field (`inField`: whom its work is for).
 */
function readPlainly(
  plain: PlainReader,
  needs: NormalizedStatement[],
  offers: NormalizedStatement[],
  inField: boolean,
): { needs: NormalizedStatement[]; offers: NormalizedStatement[] } {
  return { needs: needs.map(plain.read), offers: inField ? offers.map(plain.read) : offers };
}

/** A stamp per ordinal, a new stamp per pass: which ordinals one pass has seen, with no set made per pass. */
class Stamps {
  private seen = new Uint32Array(0);
  stamp = 0;

  /** The array for a new pass (`stamp` is its mark), at least `length` long. */
  next(length: number): Uint32Array {
    if (this.seen.length < length || this.stamp === 0xffffffff) {
      this.seen = new Uint32Array(Math.max(length, 2 * this.seen.length));
      this.stamp = 0;
    }
    this.stamp += 1;
    return this.seen;
  }
}

/** `possibleProviders` and `visitProviders` of an index over these lists and profiles. */
function providerSearch(
  postings: ProfilePostings,
  byOrdinal: readonly (IndexedProfile | undefined)[],
): Pick<ProfileIndex, 'possibleProviders' | 'visitProviders'> {
  /** What `visitProviders` has seen, by ordinal, and whether a visit is under way. */
  const providerStamps = new Stamps();
  let visiting = false;
  return {
    visitProviders(need, visit) {
      // Per ordinal, the visit that saw it last (a stamp, not a set per visit); a visit inside a visit uses its own.
      const nested = visiting;
      const seen = nested ? new Uint32Array(byOrdinal.length) : providerStamps.next(byOrdinal.length);
      const stamp = nested ? 1 : providerStamps.stamp;
      visiting = true;
      try {
        for (const list of postings.providerLists(need)) {
          const members = postings.ordered(list);
          for (let position = 0; position < members.length; position += 1) {
            const ordinal = members[position] as number;
            if (seen[ordinal] === stamp) continue;
            seen[ordinal] = stamp;
            const entry = byOrdinal[ordinal];
            if (entry !== undefined && visit(entry)) return;
          }
        }
      } finally {
        visiting = nested;
      }
    },
    *possibleProviders(need) {
      const lists = postings.providerLists(need);
      // Most specific first, each profile once.
      const seen = new Set<number>();
      for (const list of lists) {
        for (const ordinal of postings.ordered(list)) {
          if (seen.has(ordinal)) continue;
          seen.add(ordinal);
          const entry = byOrdinal[ordinal];
          if (entry) yield entry;
        }
      }
    },
  };
}

/**
 * A profile's needs and offers as statements: its free text, then the taxonomy entries the member picked (sure
 * mappings); a word of several senses a statement leaves open (bare 撮影, 照明) takes its sense from the profile's field.
 */
function profileStatements(glossary: Glossary, normalizer: StatementNormalizer) {
  const readInField = fieldReader(glossary, normalizer);
  return (profile: Profile) => {
    let needs = [
      ...profile.needs.map(normalizer.normalize),
      ...(profile.pickedNeeds ?? []).map(normalizer.normalizePicked),
    ];
    let offers = [
      ...profile.offers.map(normalizer.normalize),
      ...(profile.pickedOffers ?? []).map(normalizer.normalizePicked),
    ];
    if ([...needs, ...offers].some((statement) => statement.openSenses.length > 0)) {
      const inField = readInField([...needs, ...offers], profile.description);
      needs = needs.map(inField);
      offers = offers.map(inField);
    }
    return { needs, offers };
  };
}

/** The order of `localeCompare` (the default collator), made once (as `byName` in ./matching.ts). */
const nameOrder = new Intl.Collator().compare;

export function createProfileIndex(deps: {
  glossary: Glossary;
  normalizer: StatementNormalizer;
  /** Whether a concept is work outside content production (see `ConceptRelations.isOutside`). */
  isOutside?: (conceptId: string) => boolean;
}): ProfileIndex {
  const { glossary, normalizer } = deps;
  const isOutside = deps.isOutside ?? (() => false);
  const byOrdinal: (IndexedProfile | undefined)[] = [];
  const byId = new Map<string, IndexedProfile>();
  const freeOrdinals: number[] = [];
  const packed = new PackedProfiles();
  const postings = new ProfilePostings(
    glossary,
    normalizer,
    () => byId.size,
    packed,
    (ordinal) => byOrdinal[ordinal]?.profile.id,
  );

  const scanner = new CandidateScan(byOrdinal, packed, postings);
  const field = profileFieldReader(glossary, normalizer, isOutside);

  const statementsOf = profileStatements(glossary, normalizer);
  const plain = createPlainReader(glossary, (id) => normalizer.roleOf(id) === 'subject', normalizer.nextSerial);

  /** The profiles by name, made when first asked after a change. */
  let byName: IndexedProfile[] | undefined;

  const remove = (id: string) => {
    const entry = byId.get(id);
    if (!entry) return;
    byName = undefined;
    postings.index(entry, false);
    byId.delete(id);
    byOrdinal[entry.ordinal] = undefined;
    packed.unpack(entry.ordinal);
    freeOrdinals.push(entry.ordinal);
  };

  return {
    get size() {
      return byId.size;
    },
    put(profile) {
      remove(profile.id);
      let { needs, offers } = statementsOf(profile);
      const ordinal = freeOrdinals.pop() ?? byOrdinal.length;
      const described = field.conceptsOf(profile.description);
      const place = profilePlace(profile, glossary);
      const showsField = profile.description.trim() !== '' && field.inContentField(described, profile);
      ({ needs, offers } = readPlainly(plain, needs, offers, showsField));
      needs = localNeeds(needs, profile.description, place.country, glossary);
      needs = markRestatingNeeds(needs, glossary, normalizer.nextSerial);
      const entry: IndexedProfile = {
        ordinal,
        profile,
        needs,
        offers,
        languages: evidencedLanguages({ ...profile, country: place.country }),
        workingLanguages: workingLanguages({ ...profile, country: place.country }),
        country: place.country,
        city: place.city,
        stated: statedTerms(profile.description, glossary, place.country),
        articleIds: new Set(profile.sources.map((source) => source.articleId)),
        keys: new Set([profile.id, nameKey(profile.name), ...profile.aliases.map(nameKey)]),
        affiliations: new Set(profile.affiliations.map(nameKey)),
        offerFocus: offerFocus(
          offers,
          isOutside,
          described.filter((id) => normalizer.roleOf(id) === 'subject'),
          // Without a description there is no whole profile to read: its field is not judged.
          profile.description.trim() === '' || showsField,
        ),
        teachesWork: teachesWork(profile.kind, offers),
        hostsInterns: hostsInterns({ needs, offers, profile }),
        internshipOffers: offers.map(internshipOnly),
        perkOffers: perkOffers(profile.kind, offers),
        needCentroid: centroid(needs.map((statement) => statement.vector)),
        offerCentroid: centroid(offers.map((statement) => statement.vector)),
      };
      byOrdinal[ordinal] = entry;
      byId.set(profile.id, entry);
      byName = undefined;
      postings.index(entry, true);
      packed.pack(entry);
      return entry;
    },
    remove,
    get(id) {
      return byId.get(id);
    },
    all() {
      return [...byId.values()];
    },
    allByName() {
      byName ??= [...byId.values()].sort((left, right) => nameOrder(left.profile.name, right.profile.name));
      return byName;
    },
    candidates: (profile, options) => scanner.candidates(profile, options),
    meetable: (profile, other) =>
      other !== profile &&
      packed.canMeet(profile.ordinal, other.ordinal) &&
      (!packed.mayBeAffiliated(profile.ordinal, other.ordinal) || !affiliated(profile, other)),
    ...providerSearch(postings, byOrdinal),
  };
}
