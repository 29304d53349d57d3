/**
 * Reading one studio–partner pair of the TUNE half for the diagnosis tools (eval/held-out-design.ts,
 * eval/overlap-disagreements.ts): the block of tune.yaml each profile stands under, the partner's place in the
 * engine's list against the first suggestion, the words the studio's needs and the partner's offers share, their
 * unplaced phrases, and the pairs' reasons as lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Matchcut } from '../src/core-types.js';
import type { ValidProfileInput } from '../src/matchmaking/profile-schema.js';
import type { Match } from '../src/matchmaking/types.js';
import { type ImportedHalf, nameKey, profileSetFolder, words } from './matches.js';

/** Each tune profile's block of tune.yaml (the `# ─` heading it stands under), by name key. */
export function blocksByName(): Map<string, string> {
  const blocks = new Map<string, string>();
  let block = 'original';
  for (const line of readFileSync(path.join(profileSetFolder, 'tune.yaml'), 'utf8').split('\n')) {
    if (line.startsWith('# ─')) block = /\(([^)]*)\)/.exec(line)?.[1] ?? line.replace(/[#─\s]+/g, ' ').trim();
    const name = /^- name:\s*(.+)$/.exec(line)?.[1];
    const read: unknown = name === undefined ? undefined : parse(name);
    if (typeof read === 'string') blocks.set(nameKey(read), block);
  }
  return blocks;
}

/** The side of a match that is not the studio. */
export const otherSide = (match: Match, studio: string) =>
  nameKey(match.a.name) === nameKey(studio) ? match.b : match.a;

/** A match's reasons, one line each: a met need with the concept or the shared words it was met on. */
export function reasonLines(match: Match | undefined, { metNeedsOnly = false } = {}): string[] {
  if (match === undefined) return [];
  const reasons = metNeedsOnly ? match.reasons.filter((reason) => reason.kind === 'need_offer') : match.reasons;
  return reasons.map((reason) => {
    if (reason.kind !== 'need_offer') return `      [${reason.side}] ${reason.kind}: ${reason.text}`;
    const shared = reason.message?.code === 'need_offer' ? reason.message.sharedWords : undefined;
    const via = shared === undefined ? (reason.concept ?? '?') : `words ${shared.join(', ')}`;
    return `      [${reason.side}] ${via}: ${reason.need ?? ''} ↔ ${reason.offer ?? ''}`;
  });
}

export interface TunePair {
  /** Words of the studio's needs that the partner's offers hold too. */
  shared: string[];
  needUnplaced: ImportedHalf['unplaced'];
  offerUnplaced: ImportedHalf['unplaced'];
  /** The partner's place in the engine's list (0-based), -1 when it is not listed. */
  at: number;
  found: Match | undefined;
  first: Match | undefined;
}

/** One pair as the engine sees it, with the profiles' own words beside it. */
export async function readTunePair(
  core: Matchcut,
  all: ValidProfileInput[],
  imported: ImportedHalf,
  studio: string,
  partner: string,
): Promise<TunePair> {
  const byName = new Map(all.map((profile) => [nameKey(profile.name), profile]));
  const needs = byName.get(nameKey(studio))?.needs ?? [];
  const offers = byName.get(nameKey(partner))?.offers ?? [];
  const offerWords = words(offers.join('\n'));
  const shared = [...words(needs.join('\n'))].filter((word) => offerWords.has(word));
  const unplaced = (name: string, side: 'need' | 'offer') =>
    imported.unplaced.filter((phrase) => nameKey(phrase.profile.name) === nameKey(name) && phrase.side === side);
  const matches = await core.match(studio, { limit: 60 });
  const at = matches.findIndex((match) => nameKey(otherSide(match, studio).name) === nameKey(partner));
  return {
    shared,
    needUnplaced: unplaced(studio, 'need'),
    offerUnplaced: unplaced(partner, 'offer'),
    at,
    found: at === -1 ? undefined : matches[at],
    first: matches[0],
  };
}
