/**
 * Neutral matchmaking types shared by the core and the adapters.
 * The profile schema itself (zod) lives in ./profile-schema.ts; these are the
 * shapes the adapters render.
 */
import type { Citation } from '../answer/types.js';
import type { KnowledgeProblem } from '../knowledge/problems.js';

export const organizationKinds = [
  'studio',
  'talent_center',
  'agency',
  'platform',
  'broadcaster',
  'association',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export interface PartyRef {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** One reason, written for one side of the pair. */
export interface MatchReason {
  /** Which side this reason speaks to: what `a` gets from `b` ('a'), what `b` gets from `a` ('b'), or both. */
  side: 'a' | 'b' | 'both';
  /**
   * Human sentence, plain text (adapters escape it), e.g. "IT Works Korea needs VFX artists ↔ the center trains VFX
   * artists".
   */
  text: string;
  kind: 'need_offer' | 'language' | 'region' | 'evidence';
  /** Glossary concept id behind a need/offer reason. */
  concept?: string | undefined;
  need?: string | undefined;
  offer?: string | undefined;
  /** Numbers (`Citation.n`) of the match's citations behind this reason. */
  citationNumbers?: number[] | undefined;
  /**
   * The reason as a code and its parameters, beside the English `text`, for adapters that write it in the
   * member's language. Absent on suggestions stored before it existed (then show `text`).
   */
  message?: MatchReasonMessage | undefined;
}

/** A taxonomy entry's preferred label by lexicon language code ("en" always; others where the taxonomy has one). */
export type ConceptLabels = Record<string, string>;

/**
 * What a reason says, without the words: `need_offer` ("<needing> needs <need> ↔ <offering> offers <offer>"),
 * `asked_for` (a partner search: "you asked “<question>” ↔ <offering> offers <offer>"), `shared_languages`
 * (ISO 639-1 codes), `same_city` (as the profile writes it), `same_country` (ISO 3166 code and English name),
 * `same_article`. `conceptLabels` is present when the need is written in other words than the offer: the
 * entry both meet, shown after the need.
 */
export type MatchReasonMessage =
  | {
      code: 'need_offer';
      needing: string;
      need: string;
      offering: string;
      offer: string;
      conceptLabels?: ConceptLabels | undefined;
      /** The words need and offer share, when the need is met on them alone (no trade the taxonomy read). */
      sharedWords?: string[] | undefined;
    }
  | { code: 'asked_for'; question: string; offering: string; offer: string; conceptLabels?: ConceptLabels | undefined }
  | { code: 'shared_languages'; languages: string[] }
  | { code: 'same_city'; city: string }
  | { code: 'same_country'; country: string; name: string }
  | { code: 'same_article'; articleId: string; title: string };

export interface Match {
  a: PartyRef;
  b: PartyRef;
  /** 0..1: how well the pair meets needs (for `match`, the asking side's needs first), with boosts. */
  score: number;
  /** Directional scores: how well b covers a's needs, and a covers b's. */
  scoreForA: number;
  scoreForB: number;
  reasons: MatchReason[];
  citations: Citation[];
}

export interface Suggestion extends Match {
  /** Stable id used by feedback buttons and `matchcut feedback`. */
  id: string;
  digestId?: string | undefined;
}

export interface UnmetNeed {
  profile: PartyRef;
  need: string;
  concept?: string | undefined;
}

export interface Digest {
  id: string;
  createdAt: string;
  /** Where it was sent, e.g. "slack:C123" or "discord:456"; absent for the CLI. */
  channel?: string | undefined;
  suggestions: Suggestion[];
  unmetNeeds: UnmetNeed[];
}

export const feedbackVerdicts = ['interested', 'not_a_fit', 'know'] as const;
export type FeedbackVerdict = (typeof feedbackVerdicts)[number];

export interface FeedbackInput {
  suggestionId: string;
  verdict: FeedbackVerdict;
  /** The party giving the feedback. When absent, it is resolved from `actor`'s organization. */
  party?: 'a' | 'b' | undefined;
  /** Platform user id of who clicked, e.g. "slack:U123" / "discord:456"; "cli" for the terminal. */
  actor: string;
  reason?: string | undefined;
}

export interface FeedbackResult {
  suggestion: Suggestion;
  party: 'a' | 'b';
  verdict: FeedbackVerdict;
  /** Both sides said interested: the adapter introduces them (group DM / thread). */
  introduce: boolean;
  /** Platform user ids linked to each side, for the introduction. */
  members: { a: string[]; b: string[] };
  /** Current state of both sides, for updating the message. */
  state: { a: FeedbackVerdict | null; b: FeedbackVerdict | null };
}

/** A phrase of an offer or need the lexicon cannot place: shown to organizers, never matched loosely. */
export interface UnplacedPhrase {
  profile: PartyRef;
  side: 'offer' | 'need';
  /** The whole offer or need. */
  statement: string;
  /** The part of it no taxonomy entry covers. */
  phrase: string;
}

export interface OrganizerReport {
  suggested: number;
  interested: number;
  introduced: number;
  declined: number;
  alreadyKnown: number;
  digests: number;
  unmetNeeds: UnmetNeed[];
  /** Offer and need phrases the lexicon cannot place (reword them, or grow the taxonomy). */
  unplacedPhrases: UnplacedPhrase[];
}

export interface ProfileImportOptions {
  /** Import nothing when any entry is bad. */
  strict?: boolean;
  /** Named in problems ("partners.yaml → [2].languages: …"); "input" by default. */
  file?: string;
  /** Where the profiles come from: an import (default) or a model proposal for an organizer to accept. */
  origin?: 'import' | 'proposed';
}

/** Result of importing many profiles (a file, a chat upload): each bad entry named by index and field. */
export interface ProfileImportResult {
  /** Entries looked at. */
  total: number;
  /** Profiles created or replaced (none when `strict` and any entry is bad). */
  imported: PartyRef[];
  /** One per bad field, e.g. { file: "partners.yaml", field: "[2].languages", message: "expected array" }. */
  problems: KnowledgeProblem[];
  /** Phrases of the imported profiles' offers and needs the lexicon cannot place. */
  unplaced: UnplacedPhrase[];
  /** Notes for organizers, e.g. a profile written in a language the lexicon has no forms for. */
  notes: string[];
}

/** What a member's question asks for: partners (profiles), facts (article answers), or both. */
export interface QuestionIntent {
  /** It asks for organizations that can do something (partner search). */
  partner: boolean;
  /** It asks for facts (article answers). */
  fact: boolean;
}

export interface PartnerSearchOptions {
  /** The platform user asking ("slack:U1"); when linked to a profile, results carry two-sided reasons. */
  asker?: string | undefined;
  /** Results, 5 by default. */
  limit?: number | undefined;
  /** Only these kinds; by default the kinds the question names ("a studio", "trung tâm"), or any. */
  kinds?: OrganizationKind[] | undefined;
}

/** One organization that meets what the question asks for. */
export interface PartnerSuggestion {
  profile: PartyRef;
  /** 0..1: how well its best offer meets the question's need. */
  score: number;
  /** "you asked “…” ↔ X offers …", then (asker linked) what the asker's organization gives X. */
  reasons: MatchReason[];
  citations: Citation[];
  /** The asker's organization and this one as a two-sided match, when the asker is linked to a profile. */
  match?: Match | undefined;
}

export interface PartnerSearchResult {
  intent: QuestionIntent;
  /** What the question asks for, as lexicon entries (`label` in English, `labels` by language). */
  needs: { conceptId: string; label: string; labels?: ConceptLabels | undefined }[];
  /** The place the question names, when it does ("Vietnam"), in English; `placeLabels` by language. */
  place?: string | undefined;
  placeLabels?: ConceptLabels | undefined;
  kinds: OrganizationKind[];
  partners: PartnerSuggestion[];
  /** Parts of the question the lexicon cannot place. */
  unplaced: string[];
  /**
   * What the asker wants done with the work, as the question says it: `learn` (a place that teaches it: "where can our
   * editors learn colour grading?"), `do` (someone who does it for the asker: hire, outsource, a vendor); undefined
   * when the question says neither (the work alone decides).
   */
  mode?: 'learn' | 'do' | undefined;
}
