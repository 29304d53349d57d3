/**
 * Normalises one offer or need ("thiết kế nhân vật 2D", "Korean subtitle translation") for
 * matching: the original words are kept; the text is split into segments at list separators
 * ("VFX, animation and webtoon courses"), each segment is mapped to glossary concepts, and the
 * whole statement gets a sparse embedding vector and index terms so that words the glossary
 * does not know are still matched by similarity.
 */
import { isOptionalNeed, isPriorityNeed } from './need-priority.js';
import type { Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { createConceptRoles } from './concept-roles.js';
import { createSenseChooser } from './choose-sense.js';
import { createConceptFinder } from './find-statement-concepts.js';
import { createSegmentPlacer, namesDealTerm } from './place-segment.js';
import { type SparseVector, toSparseVector } from './sparse-vector.js';
import { createCastReader } from './cast-reading.js';
import { localPlacesIn } from './local-places.js';
import { createDeliveryReader, type StatementDelivery } from './statement-delivery.js';
import { type StatementLanguages, statementLanguages } from './statement-languages.js';
import { createPickedNormalizer, createQuestionNormalizer, inLanguage } from './statement-variants.js';
import {
  createWorkOpener,
  headingOf,
  splitItems,
  unplacedDetailsLeftOut,
  withoutAsideBrackets,
} from './statement-items.js';

export { type SparseVector, sparseDot, toSparseVector } from './sparse-vector.js';
export { withoutAsideBrackets } from './statement-items.js';

/** What the matcher needs from an embedder: one deterministic vector per text. */
export interface TextEmbedder {
  embedText(text: string): number[];
}

export interface ConceptMention {
  conceptId: string;
  /** The words as written in the statement. */
  surface: string;
  /** 0..1: how much of its item the concept's words cover ("compositing" in "Nuke compositing for features": 0.5). */
  confidence: number;
}

export interface StatementSegment {
  text: string;
  /** Concepts that say what the segment is about (VFX, subtitling, film editors). */
  subjects: string[];
  /** Concepts that only say how it is delivered (training, internships, mentoring). */
  modes: string[];
  /** Concepts that only say who or with whom (experts, students, creators, partners). */
  people: string[];
  /** Broad domains (film, webtoon, content industry, Korean language) and tools (Maya): context, never off-topic. */
  domains: string[];
  /** All of the above. */
  concepts: string[];
  /** As an offer: its subjects and domains with the delivery and who-words of the whole statement. */
  asOffer: string[];
  /** Subjects of the whole list item the segment belongs to ("lighting" and "real-estate tours" in one item). */
  itemSubjects: string[];
  /**
   * For an item of the list after a heading ("subtitle translation: timing, QC"), the work the heading names: the
   * item is a detail of that work. Empty for the heading's own item and for a statement without a heading.
   */
  heading: string[];
  /** The segment's own word keys (as the statement's `terms`). */
  terms: string[];
}

/** What a concept contributes to an offer or a need. */
export type ConceptRole = 'subject' | 'mode' | 'people' | 'domain';

export interface NormalizedStatement {
  /** Unique per normaliser, for fast caches. */
  serial: number;
  text: string;
  mentions: ConceptMention[];
  /** Every matchable concept of the statement (subjects and modes). */
  concepts: string[];
  /**
   * Delivery and who-words of the whole statement: in "training specialists in VFX, animation and editing" they apply
   * to every item.
   */
  modes: string[];
  people: string[];
  segments: StatementSegment[];
  vector: SparseVector;
  /** Word keys for the term index (stop words and delivery words left out). */
  terms: string[];
  /** Items of the statement the lexicon cannot place (no work and no way of delivering found), for organizers. */
  unplaced: string[];
  /** Languages the statement names and works into (a dubbing or subtitling need is a language pair). */
  languages: StatementLanguages;
  /** Whether the statement is about work done in a language (dubbing, subtitling, translation, voice acting…). */
  localization: boolean;
  /** Countries (keys) where the statement asks for local work ("local fixer in Vietnam", "현지 제작회계"). */
  localTo: string[];
  /**
   * Whether it speaks of a job opening ("screenwriter position", "vị trí biên kịch", "вакансия монтажёра"): as an
   * offer, that is work for someone who does the job, not the job done for someone else.
   */
  opening: boolean;
  /** Whether it speaks of teaching the work or of doing it for someone (see ./statement-delivery.ts). */
  delivery: StatementDelivery;
  /** Words of several senses (撮影, 照明, 녹음) its own words leave open: the profile's field may decide them. */
  openSenses: string[];
  /** As a need: marked as the profile's main one ("(main)", "(главное)", "(최우선)"; see ./need-priority.ts). */
  priority?: boolean;
  /** As a need: marked as optional ("(optional)", "(не обязательно)", "(không bắt buộc)"; see ./need-priority.ts). */
  optional?: boolean;
}

export interface StatementNormalizer {
  normalize(text: string): NormalizedStatement;
  /**
   * As `normalize`, with the work the rest of the profile names (`field`: its other offers' and needs' concepts and
   * its description's) deciding a word of several senses the statement leaves open: bare 撮影 in an anime studio's
   * list is compositing, in a drama producer's cinematography.
   */
  normalizeInField(text: string, field: readonly string[]): NormalizedStatement;
  /**
   * A partner question read as a need: as `normalize`, with the delivery it asks for (see `askedDelivery`): "where can
   * I learn colour grading?" is a need to learn it, "who can do the colour grading?" a need for a service.
   */
  normalizeQuestion(text: string): NormalizedStatement;
  /**
   * A taxonomy entry a member picked (a profile's `pickedOffers` / `pickedNeeds`): a statement about exactly
   * that entry, a sure mapping (confidence 1), written as its English label. An id the lexicon does not
   * know (or that cannot stand for an offer or need) is listed as unplaced.
   */
  normalizePicked(conceptId: string): NormalizedStatement;
  /** How a concept counts in matching (see `ConceptRole`); undefined when it cannot stand for an offer or need. */
  roleOf(conceptId: string): ConceptRole | undefined;
  /** Whether a concept only names a way of delivering something (training…) or a generic kind of people or partner. */
  isMode(conceptId: string): boolean;
  /** Whether a concept can stand for an offer or a need (not a place, person or organization). */
  isMatchable(conceptId: string): boolean;
  /** Whether a concept names a software product (Nuke, Unreal Engine): sharing only the tool is weak evidence. */
  isProduct(conceptId: string): boolean;
  /** Whether a concept is bare advice about work ("consulting"): beside other work, it says how that work is wanted. */
  isAdvice(conceptId: string): boolean;
  /** A new serial, for a statement made from one of this normaliser's (a need read in plain words). */
  nextSerial(): number;
}

/** Words for a job opening, in the lexicon's languages (spaced scripts whole-word). */
const jobOpening = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:positions?|vacanc(?:y|ies)|job openings?|vị trí|tuyển dụng|ваканси\\p{L}*|должност\\p{L}*',
    'vakansiya\\p{L}*|lavozim\\p{L}*|lowongan|posisi|бос орын\\p{L}*|лауазым\\p{L}*)(?![\\p{L}\\p{M}])',
    '채용|포지션|募集|求人|ポジション|ตำแหน่ง|รับสมัคร',
  ].join('|'),
  'iu',
);

export interface CreateStatementNormalizerDeps {
  glossary: Glossary;
  embedder: TextEmbedder;
  /** How many distinct statement texts to keep normalised (profiles repeat short phrases a lot). */
  cacheSize?: number;
}

/** Words of several senses (撮影, 照明) a statement's own words leave open: the profile's field may decide them. */
function openSensesIn(context: readonly string[], senses: ReturnType<typeof createSenseChooser>): string[] {
  const open = context.filter(
    (id) => senses.sensesOf(id).length > 0 && senses.choose(id, context).chosen === undefined,
  );
  return [...new Set(open)];
}

/** The work (subject concepts) a text names. */
function workNamedIn(
  conceptsIn: (text: string) => readonly { conceptId: string }[],
  roleOf: (conceptId: string) => ConceptRole | undefined,
): (text: string) => string[] {
  return (text) => conceptsIn(text).flatMap((hit) => (roleOf(hit.conceptId) === 'subject' ? [hit.conceptId] : []));
}

/** Word keys for the term index (stop words, delivery words and numbers left out). */
function termKeys(text: string, isDeliveryKey: (key: string) => boolean): string[] {
  const terms = new Set<string>();
  for (const token of wordTokens(text)) {
    const key = matchKey(token);
    if (key.length < 2 && token.script === 'latin') continue;
    if (/^\d+$/.test(key) || isDeliveryKey(key) || isStopWord(token.word)) continue;
    terms.add(key);
  }
  return [...terms];
}

/**
 * Gives each segment what the whole statement says of it: as an offer, its subjects and domains with the statement's
 * delivery and who-words; the subjects of its whole list item; and the heading's work, for an item after the heading.
 */
function spreadStatementWide(
  segments: StatementSegment[],
  itemOf: readonly number[],
  heading: string[],
  modes: readonly string[],
  people: readonly string[],
): void {
  segments.forEach((segment, position) => {
    segment.asOffer = [...new Set([...segment.subjects, ...segment.domains, ...modes, ...people])];
    const sameItem = segments.filter((_, other) => itemOf[other] === itemOf[position]);
    segment.itemSubjects = [...new Set([...sameItem.flatMap((other) => other.subjects), ...heading])];
    if (itemOf[position] !== 0) segment.heading = heading;
  });
}

export function createStatementNormalizer(deps: CreateStatementNormalizerDeps): StatementNormalizer {
  const { glossary, embedder } = deps;
  const cacheSize = deps.cacheSize ?? 50_000;
  const roles = createConceptRoles(glossary);
  const { roleOf, isMode, isMatchable, isProduct, isAdvice, isDeliveryKey } = roles;
  const conceptsIn = createConceptFinder(glossary, roleOf);
  const placeSegment = createSegmentPlacer({ glossary, roles, conceptsIn });
  const readCast = createCastReader(glossary);
  const termsOf = (text: string) => termKeys(text, isDeliveryKey);
  const deliveryOf = createDeliveryReader(glossary);
  const senses = createSenseChooser(glossary);

  const opensWithWork = createWorkOpener(glossary, (id) => roleOf(id) === 'subject');
  const workIn = workNamedIn(conceptsIn, roleOf);
  const cache = new Map<string, NormalizedStatement>();
  let serial = 0;

  const build = (
    text: string,
    cacheKey: string,
    fieldSense?: (conceptId: string) => string | undefined,
  ): NormalizedStatement => {
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const mentions: ConceptMention[] = [];
    const segments: StatementSegment[] = [];
    /** Per segment, what it could not place (see `unplacedDetailsLeftOut`). */
    const segmentUnplaced: string[][] = [];
    const statementContext = conceptsIn(text).map((hit) => hit.conceptId);
    const openSenses = openSensesIn(statementContext, senses);
    // Where the lexicon's own forms stand, as written (not the overlapping finds of `conceptsIn`, which join words
    // across punctuation).
    // A bracket naming other work than the words before it is an aside about them, not more work on offer.
    const placedText = withoutAsideBrackets(text, glossary, (id) => roleOf(id) === 'subject');
    const pieces = splitItems(
      placedText,
      glossary.findConcepts(placedText, { morphology: true }),
      (id) => roleOf(id) === 'subject',
      opensWithWork,
      workIn,
    );
    const itemOf: number[] = [];
    const itemTexts = new Map<number, string>();
    for (const { piece, itemIndex, item } of pieces) {
      const segmentText = piece?.trim() ?? '';
      if (segmentText === '') continue;
      itemOf.push(itemIndex);
      itemTexts.set(itemIndex, item.trim());
      const own: string[] = [];
      segmentUnplaced.push(own);
      const lists = placeSegment(segmentText, statementContext, mentions, own, fieldSense);
      segments.push({
        text: segmentText,
        subjects: lists.subject,
        modes: lists.mode,
        people: lists.people,
        domains: lists.domain,
        concepts: [...lists.subject, ...lists.mode, ...lists.people, ...lists.domain],
        asOffer: [],
        itemSubjects: [],
        heading: [],
        terms: termsOf(segmentText),
      });
    }
    readCast(segments, mentions);
    const concepts = [...new Set(mentions.map((mention) => mention.conceptId))];
    const modes = [...new Set(segments.flatMap((segment) => segment.modes))];
    const people = [...new Set(segments.flatMap((segment) => segment.people))];
    // The work a heading before a colon names goes with every item of the list after it.
    const head = headingOf(placedText);
    const heading = head === undefined ? [] : placeSegment(head, statementContext, [], [], fieldSense).subject;
    spreadStatementWide(segments, itemOf, heading, modes, people);
    const dealTerms = segments.map((segment) => namesDealTerm(segment.text));
    const unplaced = unplacedDetailsLeftOut(segments, segmentUnplaced, itemOf, itemTexts, dealTerms);
    serial += 1;
    const normalized: NormalizedStatement = {
      serial,
      text,
      mentions,
      concepts,
      modes,
      people,
      segments,
      vector: toSparseVector(embedder.embedText(text)),
      terms: termsOf(text),
      unplaced,
      languages: statementLanguages(text),
      localization: concepts.some((id) => inLanguage(glossary, id)),
      localTo: localPlacesIn(text, glossary),
      opening: jobOpening.test(text),
      delivery: deliveryOf(text, concepts),
      openSenses,
      priority: isPriorityNeed(text),
      optional: isOptionalNeed(text),
    };
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
    cache.set(cacheKey, normalized);
    return normalized;
  };
  const normalize = (text: string): NormalizedStatement => build(text, text, (id) => senses.usualIn(id, text));
  const normalizeInField = (text: string, field: readonly string[]): NormalizedStatement => {
    const plain = normalize(text);
    if (plain.openSenses.length === 0 || field.length === 0) return plain;
    const usual = (conceptId: string) => senses.usualIn(conceptId, text);
    const chosen = new Map(plain.openSenses.map((id) => [id, senses.chooseInField(id, field, text)]));
    if ([...chosen].every(([id, sense]) => sense === usual(id))) return plain;
    const key = `${text}\u0001${[...chosen.values()].join(',')}`;
    return build(text, key, (conceptId) => chosen.get(conceptId) ?? usual(conceptId));
  };

  const nextSerial = () => (serial += 1);
  const readers = {
    normalizeQuestion: createQuestionNormalizer({ normalize, cache, cacheSize, nextSerial }),
    normalizePicked: createPickedNormalizer({ glossary, embedder, roleOf, termsOf, nextSerial, deliveryOf }),
  };

  return { normalize, normalizeInField, ...readers, roleOf, isMode, isMatchable, isProduct, isAdvice, nextSerial };
}
