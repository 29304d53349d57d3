/**
 * Readings of statements beside plain text (see ./normalize-statement.ts): a taxonomy entry a member picked, read as
 * a statement of exactly that entry, and a partner question read as a need with the delivery it asks for; and
 * whether concepts name work done in a language.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { ConceptRole, NormalizedStatement, StatementSegment, TextEmbedder } from './normalize-statement.js';
import { toSparseVector } from './sparse-vector.js';
import { askedDelivery, type StatementDelivery } from './statement-delivery.js';

/**
 * Work done in a language: the taxonomy's department of dubbing, subtitling and translation, voice acting (voice
 * actors and their casting are wanted in a language as a dub is) and screenwriting (a script is written in the
 * language it is shot in: a series writer is wanted in one the needing side works in).
 */
const languageBoundWork = ['localization', 'voice-acting', 'screenwriting'];
export const inLanguage = (glossary: Glossary, conceptId: string) =>
  glossary.withAncestors(conceptId).some((id) => languageBoundWork.includes(id));

/**
 * Statements for the taxonomy entries members picked (a profile's `pickedOffers` / `pickedNeeds`):
 * exactly that entry, a sure mapping (confidence 1), written as its English label; an id the lexicon
 * does not know (or that cannot stand for an offer or need) is unplaced.
 */
export function createPickedNormalizer(deps: {
  glossary: Glossary;
  embedder: TextEmbedder;
  roleOf: (conceptId: string) => ConceptRole | undefined;
  termsOf: (text: string) => string[];
  nextSerial: () => number;
  deliveryOf: (text: string, conceptIds: readonly string[]) => StatementDelivery;
}): (conceptId: string) => NormalizedStatement {
  const { glossary, roleOf } = deps;
  const picked = new Map<string, NormalizedStatement>();
  return (conceptId) => {
    const cached = picked.get(conceptId);
    if (cached) return cached;
    const role = glossary.concepts.has(conceptId) ? roleOf(conceptId) : undefined;
    const text = role === undefined ? conceptId : glossary.label(conceptId, 'en');
    const lists: Record<ConceptRole, string[]> = { subject: [], mode: [], people: [], domain: [] };
    if (role !== undefined) lists[role].push(conceptId);
    const concepts = role === undefined ? [] : [conceptId];
    const segment: StatementSegment = {
      text,
      subjects: lists.subject,
      modes: lists.mode,
      people: lists.people,
      domains: lists.domain,
      concepts,
      asOffer: [...lists.subject, ...lists.domain, ...lists.mode, ...lists.people],
      itemSubjects: lists.subject,
      heading: [],
      terms: deps.termsOf(text),
    };
    const statement: NormalizedStatement = {
      serial: deps.nextSerial(),
      text,
      mentions: concepts.map((id) => ({ conceptId: id, surface: text, confidence: 1 })),
      concepts,
      modes: lists.mode,
      people: lists.people,
      segments: [segment],
      vector: toSparseVector(deps.embedder.embedText(text)),
      terms: deps.termsOf(text),
      unplaced: role === undefined ? [text] : [],
      languages: { named: [], targets: [] },
      localization: role !== undefined && inLanguage(glossary, conceptId),
      localTo: [],
      opening: false,
      delivery: deps.deliveryOf(text, concepts),
      openSenses: [],
    };
    picked.set(conceptId, statement);
    return statement;
  };
}

/**
 * Partner questions read as needs (see `StatementNormalizer.normalizeQuestion`): the statement's reading, and when
 * the question asks for a delivery its words alone do not say, that reading with the delivery set — a reading of its
 * own (a new serial: scores are cached by serial), kept in the statements' cache.
 */
export function createQuestionNormalizer(deps: {
  normalize: (text: string) => NormalizedStatement;
  cache: Map<string, NormalizedStatement>;
  cacheSize: number;
  nextSerial: () => number;
}): (text: string) => NormalizedStatement {
  const { cache } = deps;
  return (text) => {
    const plain = deps.normalize(text);
    const delivery = askedDelivery(text, plain.delivery);
    if (delivery === plain.delivery) return plain;
    const key = `\u0002${text}`;
    let asked = cache.get(key);
    if (asked === undefined) {
      asked = { ...plain, serial: deps.nextSerial(), delivery };
      if (cache.size >= deps.cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(key, asked);
    }
    return asked;
  };
}
