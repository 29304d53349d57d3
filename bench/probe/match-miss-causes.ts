/**
 * The TUNE half's match misses sorted by cause (issue #11), on the design batches only: every studio whose first
 * suggestion is no true partner, whose top-3 holds no partner, whose top-3 holds a look-alike, or with no suggestion,
 * given one cause from what the engine read — the studio's needs and the partner's offers as the taxonomy places them
 * (each statement read alone, as eval/matches.ts's unplaced list does), the partner's place in the list, the concepts
 * the partner and the first suggestion were met on, and whether the first is a look-alike. The held-out batches
 * (eval/held-out-design.ts's: session 24 W and X, session 25 Z) are counted as totals only, never listed — their misses
 * are counted per cause, with no name, need or offer printed; the check half is never read here.
 *
 * Causes (first that applies):
 *   no suggestion                       the studio's list is empty
 *   not listed: main need not placed    the partner is not in the first 60 and the studio's first need reads no entry
 *   not listed: offer not placed        ... the partner's offers read no entry the studio's needs are at or under
 *   not listed: placed apart            ... both placed, on entries neither at nor under each other (in one
 *                                       department or in different ones)
 *   not listed: placed, met, filtered   ... an entry meets, yet the pair is not listed (filters, kinds, thresholds);
 *                                       with whether the statement scorer alone meets a need of the pair, and when
 *                                       it does, the step that drops it: kinds that never meet, the best meet under
 *                                       the threshold, or later (focus, a wish to learn, the candidate scan)
 *   below: look-alike first             the partner is listed lower and the first is a look-alike of truth
 *   below: partner met on words only    the partner met no need on a taxonomy entry
 *   below: broad offer first            the first met a need on an entry above one the partner met it on
 *   below: same entries                 both met the same entries: ordered by place, language or secondary needs
 *   below: first meets another need     the first met an entry the partner did not (often a secondary need)
 *   top-1 right, look-alike in top-3    look-alike beside a right first
 *
 * Usage: npx tsx bench/probe/match-miss-causes.ts [--list] [--hold-out "A,B"]   (--list: each design miss)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { createStatementScorer } from '../../src/matchmaking/statement-scorer.js';
import { deliveryMismatch } from '../../src/matchmaking/statement-delivery.js';
import { kindsCanMeet } from '../../src/matchmaking/kind-compatibility.js';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import type { ValidProfileInput } from '../../src/matchmaking/profile-schema.js';
import type { Match } from '../../src/matchmaking/types.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { evaluateHalf, nameKey, readTruth, type StudioResult } from '../../eval/matches.js';
import { blocksByName, otherSide, reasonLines } from '../../eval/tune-pairs.js';

if (process.argv.some((argument) => /check/i.test(argument))) {
  process.stderr.write('This probe reads the tune half only; the check half is never read here.\n');
  process.exit(1);
}
const { values } = parseArgs({
  options: {
    list: { type: 'boolean', default: false },
    'hold-out': { type: 'string', default: 'session 24 batch W,session 24 batch X,session 25 batch Z' },
  },
});
const heldOut = values['hold-out'].split(',').map((marker) => marker.trim());
const isHeldOut = (block: string) => heldOut.some((marker) => block.includes(marker));

const here = path.dirname(new URL(import.meta.url).pathname);
const { glossary } = await loadGlossary(path.join(here, '..', '..', 'knowledge', 'glossary.yaml'));
const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
const scorer = createStatementScorer({
  relations: createConceptRelations(glossary, { roleOf: normalizer.roleOf }),
  normalizer,
});
/**
 * Why a partner the taxonomy places near a need is not listed at all, read pair by pair with the statement scorer
 * alone (no pool, kinds, field or focus): the scorer meets none of the needs (neighbours, delivery, a broad word), or
 * it meets one and the listing drops the pair (kinds, field evidence, focus, thresholds).
 */
function filteredWhy(
  needs: readonly string[],
  offers: readonly string[],
  kinds: readonly [ValidProfileInput['kind'] | undefined, ValidProfileInput['kind'] | undefined],
): string {
  let best = 0;
  let delivery = false;
  let opening = false;
  let handsOut = false;
  let languagePair = false;
  for (const need of needs)
    for (const offer of offers) {
      const [read, offered] = [normalizer.normalize(need), normalizer.normalize(offer)];
      best = Math.max(best, scorer.score(read, offered).score);
      if (deliveryMismatch(read.delivery, offered.delivery)) delivery = true;
      if (offered.opening) opening = true;
      if (read.delivery.handsOut !== offered.delivery.handsOut) handsOut = true;
      if (read.localization && offered.localization) languagePair = true;
    }
  if (best > 0) {
    // Which step drops it: kinds that never meet (two agencies), a best meet under the threshold, or later steps (the
    // offering side's focus or a wish to learn pushing it under, or the candidate scan not reaching it).
    const [own, other] = kinds;
    const step =
      own !== undefined && other !== undefined && !kindsCanMeet(own, other)
        ? 'kinds that never meet'
        : best < defaultScoringSettings.meetThreshold
          ? 'the best meet under the threshold'
          : 'met above the threshold: focus, learning or the candidate scan';
    return `the scorer meets a need; the listing drops the pair: ${step}`;
  }
  const why = [
    delivery ? 'a course against work done, or the reverse' : '',
    opening ? 'a job opening' : '',
    handsOut ? 'work handed out against work done' : '',
    languagePair ? 'localization on both sides (a language pair)' : '',
  ];
  return `the scorer meets no need${why.some((part) => part !== '') ? `: ${why.filter((part) => part !== '').join(', ')}` : ''}`;
}
/** The work a statement names (modes and kinds of people left out). */
const workOf = (text: string) => normalizer.normalize(text).concepts.filter((concept) => !normalizer.isMode(concept));
const above = (concept: string) => new Set(glossary.withAncestors(concept));
/** Whether one concept is at or above the other, either way. */
const related = (left: string, right: string) => above(left).has(right) || above(right).has(left);

/** The concepts a match met the studio's needs on (taxonomy reasons), and whether any need was met on words. */
function metFor(match: Match | undefined, studio: string): { concepts: string[]; words: boolean } {
  const reasons = (match?.reasons ?? []).filter(
    (reason) => reason.message?.code === 'need_offer' && nameKey(reason.message.needing) === nameKey(studio),
  );
  return {
    concepts: reasons.flatMap((reason) => (reason.concept === undefined ? [] : [reason.concept])),
    words: reasons.some((reason) => reason.message?.code === 'need_offer' && reason.message.sharedWords),
  };
}

interface Miss {
  studio: string;
  block: string;
  cause: string;
  lines: string[];
}

const blocks = blocksByName();
const truth = readTruth().tune;
const misses: Miss[] = [];
const held = { studios: 0, top1: 0, top3: 0, alike: 0, none: 0 };
const heldCauses = new Map<string, number>();

await evaluateHalf('tune', truth, async (core, all, _imported, { results }) => {
  const byName = new Map<string, ValidProfileInput>(all.map((profile) => [nameKey(profile.name), profile]));
  for (const result of results as StudioResult[]) {
    const block = blocks.get(nameKey(result.studio)) ?? '?';
    if (isHeldOut(block)) {
      held.studios += 1;
      if (result.rank === 1) held.top1 += 1;
      if (result.rank !== undefined && result.rank <= 3) held.top3 += 1;
      held.alike += result.lookalikesInTop3.length;
      if (result.top3.length === 0) held.none += 1;
    }
    if (result.rank === 1 && result.lookalikesInTop3.length === 0) continue;
    const partners = truth.find((entry) => entry.studio === result.studio)?.partners ?? [];
    const matches = await core.match(result.studio, { limit: 60 });
    const names = matches.map((match) => nameKey(otherSide(match, result.studio).name));
    const positions = partners.map((partner) => names.indexOf(nameKey(partner))).filter((at) => at !== -1);
    const at = positions.length === 0 ? -1 : Math.min(...positions);
    const partner = at === -1 ? (partners[0] ?? '?') : otherSide(matches[at] as Match, result.studio).name;
    const needs = byName.get(nameKey(result.studio))?.needs ?? [];
    const offers = byName.get(nameKey(partner))?.offers ?? [];
    const needWork = needs.map(workOf);
    const offerWork = offers.flatMap(workOf);
    const first = matches[0];
    const firstName = first === undefined ? '(none)' : otherSide(first, result.studio).name;
    const found = at === -1 ? undefined : matches[at];
    let cause: string;
    if (matches.length === 0) cause = 'no suggestion';
    else if (result.rank === 1) cause = 'top-1 right, look-alike in top-3';
    else if (found === undefined) {
      // Met on the work itself: subjects, not domains or tools both merely mention (film, Korean, Maya).
      const isWork = (id: string) => normalizer.roleOf(id) === 'subject';
      const meets = needWork
        .flat()
        .some((need) => isWork(need) && offerWork.some((offer) => isWork(offer) && related(need, offer)));
      if ((needWork[0] ?? []).length === 0) cause = 'not listed: main need not placed';
      else if (offerWork.length === 0) cause = 'not listed: offer not placed';
      else if (meets) {
        // Whether the entries meet only through a department (a need or offer named only by its department).
        const pairs = needWork
          .flat()
          .flatMap((need) => offerWork.filter((offer) => related(need, offer)).map((offer) => [need, offer]));
        const viaDepartment = pairs.every(([need, offer]) =>
          [need, offer].some((id) => glossary.concepts.get(id as string)?.category === 'department'),
        );
        const kinds = [byName.get(nameKey(result.studio))?.kind, byName.get(nameKey(partner))?.kind] as const;
        cause = `not listed: placed, met, filtered (${filteredWhy(needs, offers, kinds)}${viaDepartment ? '; met only through a department' : ''})`;
      } else {
        const department = (concept: string) =>
          glossary.withAncestors(concept).filter((id) => glossary.concepts.get(id)?.category === 'department');
        const near = needWork
          .flat()
          .some((need) => offerWork.some((offer) => department(need).some((id) => department(offer).includes(id))));
        cause = `not listed: placed apart (${near ? 'in one department' : 'in different departments'})`;
      }
    } else {
      const partnerMet = metFor(found, result.studio);
      const firstMet = metFor(first, result.studio);
      const broader = firstMet.concepts.some((concept) =>
        partnerMet.concepts.some((met) => met !== concept && above(met).has(concept)),
      );
      if (result.lookalikesInTop3.includes(firstName) || result.lookalikesInTop3.length > 0) {
        cause = result.lookalikesInTop3.includes(firstName) ? 'below: look-alike first' : 'below: look-alike in top-3';
      } else if (partnerMet.concepts.length === 0) cause = 'below: partner met on words only';
      else if (broader) cause = 'below: broad offer first';
      else if (firstMet.concepts.every((concept) => partnerMet.concepts.includes(concept)))
        cause = 'below: same entries';
      else cause = 'below: first meets another need';
    }
    const lines = [
      `    rank ${result.rank ?? '-'}; partner ${partner} at ${at === -1 ? '-' : at + 1} (${found?.score ?? '-'}); ` +
        `first ${firstName} (${first?.score ?? '-'})${result.lookalikesInTop3.length > 0 ? `; look-alikes ${result.lookalikesInTop3.join(', ')}` : ''}`,
      ...needs.map((need, position) => `    need: ${need}  → ${(needWork[position] ?? []).join(', ') || '(unplaced)'}`),
      ...offers.map((offer) => `    partner offer: ${offer}  → ${workOf(offer).join(', ') || '(unplaced)'}`),
      '    partner reasons:',
      ...reasonLines(found, { metNeedsOnly: true }),
      '    first reasons:',
      ...reasonLines(first, { metNeedsOnly: true }),
    ];
    // A held-out miss is counted by its cause, never listed: no name, need or offer of it is kept.
    if (isHeldOut(block)) heldCauses.set(cause, (heldCauses.get(cause) ?? 0) + 1);
    else misses.push({ studio: result.studio, block, cause, lines });
  }
});

if (values.list)
  for (const miss of misses)
    process.stdout.write(`${miss.studio} [${miss.block}]: ${miss.cause}\n${miss.lines.join('\n')}\n`);
const counts = new Map<string, number>();
for (const miss of misses) counts.set(miss.cause, (counts.get(miss.cause) ?? 0) + 1);
process.stdout.write(`\ndesign misses (top-1 wrong, or a look-alike in a top-3, or none): ${misses.length}\n`);
for (const [cause, count] of [...counts].sort((left, right) => right[1] - left[1]))
  process.stdout.write(`  ${count}  ${cause}\n`);
process.stdout.write(
  `held out (${heldOut.join(', ')}), totals only: ${held.studios} studios, top-1 ${held.top1}, top-3 ${held.top3}, ` +
    `look-alikes ${held.alike}, none ${held.none}\n`,
);
process.stdout.write(
  `held-out misses by cause (counts only): ${[...heldCauses.values()].reduce((a, b) => a + b, 0)}\n`,
);
for (const [cause, count] of [...heldCauses].sort((left, right) => right[1] - left[1]))
  process.stdout.write(`  ${count}  ${cause}\n`);
