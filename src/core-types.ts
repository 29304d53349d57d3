/**
 * The one interface every adapter talks to. `openMatchcut(config, deps)` in ./open-matchcut.ts
 * builds it; adapters (Slack, Discord, CLI) only translate platform events into
 * these calls and render the neutral results.
 */
import type {
  CoreAnswer,
  CoreAskOptions,
  LoggedQuestion,
  QuestionListOptions,
  QuestionReport,
  RateAnswerInput,
  RateAnswerResult,
  ReportOptions,
} from './operations/question-log-types.js';
import type {
  FeedbackInput,
  FeedbackResult,
  FeedbackVerdict,
  Match,
  OrganizerReport,
  PartnerSearchOptions,
  PartnerSearchResult,
  ProfileImportOptions,
  ProfileImportResult,
  QuestionIntent,
  Suggestion,
} from './matchmaking/types.js';
import type { Profile, ProfileInput } from './matchmaking/profile-schema.js';
import type { PartnerInterestInput } from './matchmaking/partner-interest.js';
import type { TaxonomyChoice, TaxonomySearchOptions } from './matchmaking/taxonomy-search.js';
import type { DigestService } from './matchmaking/digests.js';
import type { ChannelMode, ChannelReference, ChannelSetting } from './store/channel-modes.js';
import type { CoreJobs } from './jobs/core-jobs.js';

/** The organizer report: matchmaking figures, and (from the real core) questions and coverage gaps. */
export type CoreReport = OrganizerReport & Partial<QuestionReport>;

/** A page added from the web (`addPage`). */
export interface AddedPage {
  outcome: 'added' | 'updated' | 'unchanged';
  id: string;
  title: string;
  language: string;
  /** The URL its citations show (canonical, tracking parameters removed). */
  url: string;
  /** The first paragraph of its text. */
  firstPassage: string;
}

/** A posted suggestion and both sides' latest verdicts (Slack App Home shows a member's latest ones). */
export interface SuggestionWithState {
  suggestion: Suggestion;
  state: { a: FeedbackVerdict | null; b: FeedbackVerdict | null };
}

export interface MatchOptions {
  limit?: number;
}

export interface DigestOptions {
  /** Maximum suggestions in the digest (default from config). */
  limit?: number;
  /** Where it is posted, e.g. "slack:C123"; stored with the digest. */
  channel?: string;
  /** Allow suggestions made recently to be repeated. */
  allowRepeats?: boolean;
}

export interface CoreStatus {
  articles: number;
  chunks: number;
  /** Id of the embedder the index was built with. */
  embedder: string;
  /** Whether opening rebuilt the index (and why). */
  rebuilt: boolean;
  rebuildReason: string;
  /** The index generation answering now (its folder's name under <dataDir>/index/). */
  generation?: string | undefined;
  /** Knowledge problems found at load, formatted "file → field: message". */
  problems: string[];
  answers: 'extractive' | 'generated';
}

/** What a readiness check needs to know of the core (`/ready`). */
export interface CoreReadiness {
  /** The knowledge index is loaded and not closed. */
  index: boolean;
  /** The store answers a query. */
  store: boolean;
}

/** Where the bot answers, per channel: `mention` (default), `auto` or `off`; stored, so it survives restarts. */
export interface ChannelSettings {
  get(channel: ChannelReference): Promise<ChannelSetting>;
  /** Stores the mode (BAD_INPUT for an unknown one); the adapter checks first that `by` is an organizer. */
  setMode(channel: ChannelReference, mode: ChannelMode, by: string): Promise<ChannelSetting>;
}

/** Digests (choose, post part by part, record) come from DigestService in ./matchmaking/digests.ts. */
export interface Matchcut extends DigestService {
  status(): CoreStatus;
  /** Whether the core can serve questions and matchmaking now (health checks; partial test cores may omit it). */
  readiness?(): CoreReadiness;
  /** Checks the configured model endpoint; ok with a note when none is configured. */
  checkModel(): Promise<{ ok: boolean; detail: string }>;
  /** With a model configured, proposes organization profiles from the given articles for an organizer to accept. */
  proposeProfiles(articleIds: string[]): Promise<{ message: string; proposed: number }>;

  /**
   * Answer a question with cited sources. Throws MatchcutError('BAD_INPUT') for empty or over-long questions.
   * With `options.platform` (and the log on, `log` not false) the question is logged and the answer carries
   * `answerId`; a failing log write never fails the answer.
   */
  ask(question: string, options?: CoreAskOptions): Promise<CoreAnswer>;
  /**
   * Records a member's vote on a logged answer (one per member per answer; a new vote replaces theirs) and
   * returns the question and the vote counts. NOT_FOUND for an unknown (or expired) answerId, BAD_INPUT for a
   * bad rating. (Partial test cores may omit it; the real core always has it.)
   */
  rateAnswer?(input: RateAnswerInput): Promise<RateAnswerResult>;
  /** The question log, newest first. (Partial test cores may omit it.) */
  questions?(options?: QuestionListOptions): Promise<LoggedQuestion[]>;

  profiles: {
    list(): Promise<Profile[]>;
    /** By id or by name (case-insensitive, aliases allowed). Throws NOT_FOUND. */
    get(idOrName: string): Promise<Profile>;
    /** Create or replace (by name) a profile; validates (BAD_INPUT with field paths). */
    upsert(input: ProfileInput, options?: { owner?: string }): Promise<Profile>;
    remove(idOrName: string): Promise<void>;
    /** The profile a platform user ("slack:U1") is linked to, if any. */
    forMember(member: string): Promise<Profile | undefined>;
    /** Link a platform user to a profile (they then act for it in feedback). */
    linkMember(member: string, idOrName: string): Promise<void>;
    /**
     * Validates every entry (a file's list, a chat upload) and imports the good ones — none with
     * `strict` when any is bad; each problem names the entry index and field ("[2].languages").
     */
    importMany(entries: unknown[], options?: ProfileImportOptions): Promise<ProfileImportResult>;
    /** Turns a model-proposed profile (origin "proposed", never matched) into a regular one. */
    accept(idOrName: string): Promise<Profile>;
  };

  /** Suggestions for one organization, best first. */
  match(idOrName: string, options?: MatchOptions): Promise<Match[]>;
  // digest, planDigest, recordDigestPart, releaseDigest, previewDigest, showDigest: see DigestService.
  feedback(input: FeedbackInput): Promise<FeedbackResult>;
  /**
   * The newest posted suggestions of a profile (by id or name; NOT_FOUND), newest first, with where both sides
   * stand (`limit`, default 5). (Partial test cores may omit it.)
   */
  latestSuggestions?(idOrName: string, options?: { limit?: number }): Promise<SuggestionWithState[]>;
  /** The organizer report; the real core adds `questions` and `gaps` over `options.since` (default 30 days). */
  report(options?: ReportOptions): Promise<CoreReport>;

  /**
   * Partner search in conversation: the organizations whose offers meet what a member's question
   * asks for ("who can dub Korean dramas into Japanese?"), with the place and kind it names; with
   * `asker` linked to a profile, each result also carries the pair's two-sided reasons.
   */
  findPartners(question: string, options?: PartnerSearchOptions): Promise<PartnerSearchResult>;
  /** Whether a question looks for partners, for facts, or both (then ask and findPartners both answer). */
  classifyQuestion(question: string): QuestionIntent;
  /**
   * Runs what the first questions would otherwise compile on the event loop (the partner-question check's
   * patterns), one small step per `betweenSteps`; bots call it once after they start. (Partial test cores may omit it.)
   */
  warmUp?(betweenSteps: () => Promise<void>): Promise<void>;

  /**
   * Organizers: fetches a web page (guarded: http/https, public addresses unless allowed), adds its
   * article and builds a new index generation, which this core switches to within seconds. Throws
   * BAD_INPUT naming the URL and the reason when the page is refused. (Partial test cores may omit it.)
   */
  addPage?(url: string): Promise<AddedPage>;

  /**
   * PostgreSQL mode: the digest/ingest job queue shared by the replicas (`addPage` goes through it; adapters
   * post digests through it). Undefined with SQLite: the work runs in-process.
   */
  jobs?: CoreJobs | undefined;

  /** Per-channel answering modes (partial test cores may omit it: the default mode everywhere). */
  channelSettings?: ChannelSettings;

  /**
   * The taxonomy of content-industry work for the profile forms' pickers (Slack external select, Discord
   * autocomplete): what a member types (label, alias, jargon or abbreviation, in any language, or its first
   * letters) finds departments, roles and skills; a picked id is stored in a profile's `pickedOffers`/`pickedNeeds`.
   */
  taxonomy: {
    search(query: string, options?: TaxonomySearchOptions): Promise<TaxonomyChoice[]>;
    /** The given entry ids (e.g. a profile's picked offers) as labelled choices; unknown ids left out. */
    describe(ids: readonly string[], options?: { language?: string | undefined }): Promise<TaxonomyChoice[]>;
  };
  /**
   * A member says Interested in a partner a search showed (Slack, Discord, the CLI chat): recorded through
   * `feedback` on the pair's suggestion (the newest of the pair, or a new one), so both sides interested
   * makes an introduction as for digest suggestions. FORBIDDEN with `details.reason` "NOT_LINKED" when the
   * member is linked to no organization; NOT_FOUND for an unknown partner.
   */
  partnerInterest(input: PartnerInterestInput): Promise<FeedbackResult>;

  /** Release files and handles. */
  close(): Promise<void>;
}
