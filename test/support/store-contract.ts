/**
 * The one test suite every store backend passes (src/store/store-interface.ts): profiles and the
 * knowledge sync, member links, digests (plans, parts, reservations, resuming, release, expiry),
 * feedback and introductions, partner suggestions, the question log, channel settings, feeds,
 * transactions (commit, rollback, serialised reservations), lifecycle, community isolation — two
 * communities on one database never see each other's rows — and event claims and schedule runs
 * (./claim-contract.ts).
 *
 * `registerStoreContract(name, backend)` registers the tests; the backend opens a store of a
 * community on the current test's database (every call within one test reaches the same database)
 * and forgets the test's data in `cleanup`. The stores a test opens are closed before `cleanup`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isMatchcutError } from '../../src/errors.js';
import type { Profile } from '../../src/matchmaking/profile-schema.js';
import type { Digest, Suggestion } from '../../src/matchmaking/types.js';
import type { MatchcutStore } from '../../src/store/store-interface.js';
import { pairKeyOf } from '../../src/store/store-types.js';
import { registerClaimTests } from './claim-contract.js';

export interface StoreContractBackend {
  /** Opens a store serving `community` on this test's database. */
  openStore(community: string): Promise<MatchcutStore>;
  /** After each test, once its stores are closed: drop what it wrote. */
  cleanup(): Promise<void>;
}

export function contractProfile(id: string, name: string, origin: Profile['origin'] = 'import'): Profile {
  return {
    id,
    name,
    aliases: [],
    kind: 'studio',
    languages: ['English'],
    offers: ['VFX compositing'],
    needs: ['animators'],
    description: '',
    affiliations: [],
    sources: [],
    origin,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

export function contractSuggestion(id: string, digestId: string | undefined, a: string, b: string): Suggestion {
  return {
    id,
    digestId,
    a: { id: a, name: a, kind: 'studio' },
    b: { id: b, name: b, kind: 'talent_center' },
    score: 0.6,
    scoreForA: 0.7,
    scoreForB: 0.5,
    reasons: [{ side: 'a', kind: 'need_offer', text: `${a} needs VFX ↔ ${b} offers VFX`, concept: 'visual-effects' }],
    citations: [{ n: 1, articleId: 'x', title: 'X', quote: 'q', chunkId: 'c', score: 0.6 }],
  };
}

function digestOf(id: string, createdAt: string, pairs: [string, string][], channel?: string): Digest {
  return {
    id,
    createdAt,
    channel,
    suggestions: pairs.map(([a, b], index) => contractSuggestion(`${id}-s${index}`, id, a, b)),
    unmetNeeds: [],
  };
}

const hold = (claimedUntil: string, reservedUntil: string) => ({ claimedUntil, reservedUntil });
const pairKeys = (rows: { pairKey: string }[]) => rows.map((row) => row.pairKey).sort();

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

export function registerStoreContract(name: string, backend: StoreContractBackend): void {
  describe(`store contract: ${name}`, () => {
    const opened: MatchcutStore[] = [];
    const open = async (community = 'default') => {
      const store = await backend.openStore(community);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await backend.cleanup();
    });

    registerProfileTests(open);
    registerDigestTests(open);
    registerFeedbackTests(open);
    registerQuestionLogTests(open);
    registerSettingAndFeedTests(open);
    registerTransactionTests(open);
    registerIsolationTests(open);
    registerClaimTests(open);
  });
}

type Open = (community?: string) => Promise<MatchcutStore>;

function registerProfileTests(open: Open): void {
  it('saves, lists by name, finds by name key and removes profiles; every write bumps the revision', async () => {
    const store = await open();
    expect(await store.profilesRevision()).toBe(0);
    await store.saveProfiles([
      contractProfile('seoul-academy', 'Seoul Academy'),
      contractProfile('hanbit', 'Hanbit VFX'),
    ]);
    expect(await store.profilesRevision()).toBe(1);
    await store.saveProfiles([]);
    expect(await store.profilesRevision()).toBe(1);
    expect((await store.listProfiles()).map((entry) => entry.name)).toEqual(['Hanbit VFX', 'Seoul Academy']);
    expect(await store.profileIdByName('  hanbit   VFX ')).toBe('hanbit');
    expect(await store.profileIdByName('Nobody')).toBeUndefined();
    expect(await store.getProfile('hanbit')).toEqual(contractProfile('hanbit', 'Hanbit VFX'));
    expect(await store.getProfile('missing')).toBeUndefined();
    // An owner is kept when a later save gives none.
    await store.saveProfiles([contractProfile('hanbit', 'Hanbit VFX', 'member')], { owner: 'slack:U1' });
    await store.saveProfiles([{ ...contractProfile('hanbit', 'Hanbit VFX', 'member'), offers: ['Nuke'] }]);
    expect(await store.profileOwner('hanbit')).toBe('slack:U1');
    expect((await store.getProfile('hanbit'))?.offers).toEqual(['Nuke']);
    expect(await store.removeProfile('hanbit', '2025-01-02T00:00:00.000Z')).toBe(true);
    expect(await store.removeProfile('hanbit', '2025-01-02T00:00:00.000Z')).toBe(false);
    expect(await store.profilesRevision()).toBe(4);
    // Two profiles may not share a name key.
    await expect(store.saveProfiles([contractProfile('seoul-2', 'seoul  ACADEMY')])).rejects.toThrow();
    expect((await store.listProfiles()).map((entry) => entry.id)).toEqual(['seoul-academy']);
  });

  it('links members to profiles; links go with their profile', async () => {
    const store = await open();
    await store.saveProfiles([contractProfile('hanbit', 'Hanbit'), contractProfile('busan', 'Busan Film')]);
    await store.linkMember('slack:U2', 'hanbit', 'now');
    await store.linkMember('discord:1', 'hanbit', 'now');
    expect(await store.membersOf('hanbit')).toEqual(['discord:1', 'slack:U2']);
    await store.linkMember('slack:U2', 'busan', 'later');
    expect(await store.profileIdOfMember('slack:U2')).toBe('busan');
    expect(await store.membersOf('hanbit')).toEqual(['discord:1']);
    await expect(store.linkMember('slack:U3', 'missing', 'now')).rejects.toThrow();
    await store.removeProfile('hanbit', 'now');
    expect(await store.profileIdOfMember('discord:1')).toBeUndefined();
    expect(await store.membersOf('hanbit')).toEqual([]);
  });

  it('syncs knowledge profiles without touching members’ profiles and remembers removed ones', async () => {
    const store = await open();
    await store.saveProfiles([contractProfile('member-owned', 'Member Owned', 'member')]);
    const first = await store.syncKnowledgeProfiles([
      contractProfile('kobeta', 'KOBETA', 'knowledge'),
      contractProfile('kocca', 'KOCCA', 'knowledge'),
      contractProfile('member-owned', 'Member Owned', 'knowledge'),
      // Another id with a taken name is skipped.
      contractProfile('member-owned-2', 'member owned', 'knowledge'),
    ]);
    expect(first).toEqual({ added: 2, updated: 0, removed: 0, skipped: 2 });
    expect((await store.getProfile('member-owned'))?.origin).toBe('member');
    const revision = await store.profilesRevision();
    const again = [contractProfile('kobeta', 'KOBETA', 'knowledge'), contractProfile('kocca', 'KOCCA', 'knowledge')];
    expect(await store.syncKnowledgeProfiles(again)).toEqual({ added: 0, updated: 0, removed: 0, skipped: 0 });
    expect(await store.profilesRevision()).toBe(revision);
    const changed = { ...contractProfile('kocca', 'KOCCA', 'knowledge'), offers: ['funding'] };
    expect(await store.syncKnowledgeProfiles([contractProfile('kobeta', 'KOBETA', 'knowledge'), changed])).toEqual({
      added: 0,
      updated: 1,
      removed: 0,
      skipped: 0,
    });
    // An organizer removes KOBETA: the next sync does not bring it back. KOCCA left the file: removed.
    await store.removeProfile('kobeta', 'now');
    const next = [contractProfile('kobeta', 'KOBETA', 'knowledge'), contractProfile('kofic', 'KOFIC', 'knowledge')];
    expect(await store.syncKnowledgeProfiles(next)).toEqual({ added: 1, updated: 0, removed: 1, skipped: 1 });
    expect((await store.listProfiles()).map((entry) => entry.id).sort()).toEqual(['kofic', 'member-owned']);
    // Saving a profile again clears its tombstone.
    await store.saveProfiles([contractProfile('kobeta', 'KOBETA', 'import')]);
    expect((await store.getProfile('kobeta'))?.origin).toBe('import');
  });
}

function registerDigestTests(open: Open): void {
  it('stores a digest delivered whole with its suggestions, newest first, and the parties since a time', async () => {
    const store = await open();
    const first = digestOf('d-1', '2025-03-01T00:00:00.000Z', [
      ['hanbit', 'academy'],
      ['hanbit', 'school'],
    ]);
    first.channel = 'slack:C1';
    first.unmetNeeds = [{ profile: { id: 'hanbit', name: 'Hanbit', kind: 'studio' }, need: 'Nuke compositors' }];
    await store.saveDigest(first);
    await store.saveDigest(digestOf('d-2', '2025-03-05T00:00:00.000Z', [['busan', 'academy']]));
    expect(await store.getDigest('d-1')).toEqual(first);
    expect(await store.getDigest('missing')).toBeUndefined();
    expect((await store.latestDigest())?.id).toBe('d-2');
    expect((await store.latestDigestPlan())?.state).toBe('posted');
    expect(await store.getSuggestion('d-1-s1')).toEqual(contractSuggestion('d-1-s1', 'd-1', 'hanbit', 'school'));
    const since = await store.suggestionsSince('2025-02-01T00:00:00.000Z');
    expect(since.map((entry) => entry.id)).toEqual(['d-2-s0', expect.stringMatching(/^d-1-s/), expect.any(String)]);
    expect(since[0]).toEqual({
      id: 'd-2-s0',
      pairKey: pairKeyOf('busan', 'academy'),
      aId: 'busan',
      bId: 'academy',
      digestId: 'd-2',
      createdAt: '2025-03-05T00:00:00.000Z',
    });
    expect(await store.suggestionsSince('2025-03-02T00:00:00.000Z')).toHaveLength(1);
    expect(await store.digestPartiesSince('2025-02-01T00:00:00.000Z')).toEqual([
      { digestId: 'd-2', partyIds: ['busan', 'academy'] },
      { digestId: 'd-1', partyIds: ['hanbit', 'academy', 'hanbit', 'school'] },
    ]);
    expect(await store.reservedSuggestions('2025-03-01T00:00:00.000Z')).toEqual([]);
  });

  it('plans a digest in parts: reserved until posted, each part recorded once, the last makes it posted', async () => {
    const store = await open();
    const digest = digestOf('d-p', '2025-04-01T09:00:00.000Z', [
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['a3', 'b3'],
    ]);
    const parts = [['d-p-s0', 'd-p-s1'], ['d-p-s2'], []];
    await store.saveDigestPlan(digest, parts, hold('2025-04-01T09:10:00.000Z', '2025-04-01T15:00:00.000Z'));
    const plan = await store.getDigestPlan('d-p');
    expect(plan?.state).toBe('posting');
    expect(plan?.reservedUntil).toBe('2025-04-01T15:00:00.000Z');
    expect(plan?.parts).toEqual([
      { index: 0, suggestionIds: ['d-p-s0', 'd-p-s1'], postedAt: undefined, messageRef: undefined },
      { index: 1, suggestionIds: ['d-p-s2'], postedAt: undefined, messageRef: undefined },
      { index: 2, suggestionIds: [], postedAt: undefined, messageRef: undefined },
    ]);
    expect(await store.suggestionsSince('2025-01-01T00:00:00.000Z')).toEqual([]);
    expect(pairKeys(await store.reservedSuggestions('2025-04-01T10:00:00.000Z'))).toEqual(['a1|b1', 'a2|b2', 'a3|b3']);
    // Past the reservation nothing is reserved any more.
    expect(await store.reservedSuggestions('2025-04-01T15:00:00.000Z')).toEqual([]);
    expect(await store.counts()).toMatchObject({ suggested: 0, digests: 0 });

    const later = hold('2025-04-01T09:20:00.000Z', '2025-04-01T16:00:00.000Z');
    await store.recordDigestPart('d-p', 0, 'ts-1', '2025-04-01T09:01:00.000Z', later);
    await store.recordDigestPart('d-p', 0, 'ts-again', '2025-04-01T09:02:00.000Z', later);
    const afterFirst = await store.getDigestPlan('d-p');
    expect(afterFirst?.parts[0]).toMatchObject({ postedAt: '2025-04-01T09:01:00.000Z', messageRef: 'ts-1' });
    expect(afterFirst?.reservedUntil).toBe('2025-04-01T16:00:00.000Z');
    expect(pairKeys(await store.suggestionsSince('2025-01-01T00:00:00.000Z'))).toEqual(['a1|b1', 'a2|b2']);
    expect(pairKeys(await store.reservedSuggestions('2025-04-01T10:00:00.000Z'))).toEqual(['a3|b3']);
    expect(await store.counts()).toMatchObject({ suggested: 2, digests: 1 });
    await store.recordDigestPart('d-p', 1, undefined, '2025-04-01T09:03:00.000Z', later);
    expect((await store.getDigestPlan('d-p'))?.state).toBe('posting');
    await store.recordDigestPart('d-p', 2, 'ts-3', '2025-04-01T09:04:00.000Z', later);
    const done = await store.getDigestPlan('d-p');
    expect(done?.state).toBe('posted');
    expect(done?.reservedUntil).toBeUndefined();
    expect(await store.reservedSuggestions('2025-04-01T10:00:00.000Z')).toEqual([]);
    expect((await store.suggestionsSince('2025-01-01T00:00:00.000Z'))[0]?.createdAt).toBe('2025-04-01T09:03:00.000Z');
  });

  it('resumes an unfinished digest: released or no longer held, for its channel or an unposted one of its platform', async () => {
    const store = await open();
    const plan = (id: string, channel: string) =>
      digestOf(id, '2025-04-01T09:00:00.000Z', [[`${id}a`, `${id}b`]], channel);
    await store.saveDigestPlan(
      plan('d-x', 'slack:C1'),
      [['d-x-s0']],
      hold('2025-04-01T09:10:00Z', '2025-04-01T15:00:00Z'),
    );
    // Held by its poster: no one resumes it.
    expect(await store.resumableDigest('slack:C1', '2025-04-01T09:05:00Z')).toBeUndefined();
    // The poster stopped: a retry for the channel takes it over, and so does another Slack channel.
    await store.releaseDigest('d-x');
    expect((await store.getDigestPlan('d-x'))?.state).toBe('released');
    expect((await store.resumableDigest('slack:C1', '2025-04-01T09:05:00Z'))?.digest.id).toBe('d-x');
    expect((await store.resumableDigest('slack:C2', '2025-04-01T09:05:00Z'))?.digest.id).toBe('d-x');
    expect(await store.resumableDigest('discord:9', '2025-04-01T09:05:00Z')).toBeUndefined();
    expect(await store.resumableDigest(undefined, '2025-04-01T09:05:00Z')).toBeUndefined();
    // Its reservation ran out: nothing to resume.
    expect(await store.resumableDigest('slack:C1', '2025-04-01T15:00:00Z')).toBeUndefined();
    await store.claimDigest('d-x', 'slack:C2', hold('2025-04-01T09:20:00Z', '2025-04-01T15:30:00Z'));
    const claimed = await store.getDigestPlan('d-x');
    expect(claimed).toMatchObject({ state: 'posting', reservedUntil: '2025-04-01T15:30:00Z' });
    expect(claimed?.digest.channel).toBe('slack:C2');
    expect(await store.resumableDigest('slack:C2', '2025-04-01T09:15:00Z')).toBeUndefined();
    // A crashed poster's hold runs out: resumable again; once a part is posted, only for its own channel.
    expect((await store.resumableDigest('slack:C2', '2025-04-01T09:20:00Z'))?.digest.id).toBe('d-x');
    await store.saveDigestPlan(
      plan('d-y', 'slack:C3'),
      [['d-y-s0'], []],
      hold('2025-04-01T09:10:00Z', '2025-04-01T15:00:00Z'),
    );
    await store.recordDigestPart(
      'd-y',
      0,
      'ts',
      '2025-04-01T09:01:00Z',
      hold('2025-04-01T09:10:00Z', '2025-04-01T15:00:00Z'),
    );
    await store.releaseDigest('d-y');
    expect((await store.resumableDigest('slack:C3', '2025-04-01T09:30:00Z'))?.digest.id).toBe('d-y');
    expect((await store.resumableDigest('slack:C9', '2025-04-01T09:30:00Z'))?.digest.id).toBe('d-x');
    // A posted digest is never claimed back.
    await store.recordDigestPart(
      'd-y',
      1,
      'ts2',
      '2025-04-01T09:31:00Z',
      hold('2025-04-01T09:40:00Z', '2025-04-01T15:00:00Z'),
    );
    await store.claimDigest('d-y', 'slack:C3', hold('2025-04-01T09:50:00Z', '2025-04-01T16:00:00Z'));
    expect((await store.getDigestPlan('d-y'))?.state).toBe('posted');
  });
}

function registerFeedbackTests(open: Open): void {
  it('keeps feedback per side (the latest counts), introduces a pair once, and blocks pairs', async () => {
    const store = await open();
    await store.saveDigest(
      digestOf('d-1', '2025-03-01T00:00:00.000Z', [
        ['hanbit', 'academy'],
        ['hanbit', 'school'],
      ]),
    );
    const pairKey = pairKeyOf('hanbit', 'academy');
    const record = { suggestionId: 'd-1-s0', pairKey, reason: undefined, actor: 'cli', at: 'now' };
    expect(await store.feedbackState('d-1-s0')).toEqual({ a: null, b: null });
    expect(await store.recordFeedback({ ...record, party: 'a', profileId: 'hanbit', verdict: 'interested' })).toEqual({
      a: 'interested',
      b: null,
    });
    expect(await store.recordFeedback({ ...record, party: 'b', profileId: 'academy', verdict: 'know' })).toEqual({
      a: 'interested',
      b: 'know',
    });
    expect((await store.blockedPairs()).get(pairKey)).toBe('known');
    expect(await store.recordFeedback({ ...record, party: 'b', profileId: 'academy', verdict: 'interested' })).toEqual({
      a: 'interested',
      b: 'interested',
    });
    expect(await store.feedbackState('d-1-s0')).toEqual({ a: 'interested', b: 'interested' });
    expect((await store.blockedPairs()).has(pairKey)).toBe(false);
    const introduced = (await store.getSuggestion('d-1-s0')) as Suggestion;
    expect(await store.addIntroduction(introduced, 'now')).toBe(true);
    expect(await store.addIntroduction(introduced, 'later')).toBe(false);
    expect((await store.blockedPairs()).get(pairKey)).toBe('introduced');
    await store.recordFeedback({
      suggestionId: 'd-1-s1',
      pairKey: pairKeyOf('hanbit', 'school'),
      party: 'a',
      profileId: 'hanbit',
      verdict: 'not_a_fit',
      reason: 'too far',
      actor: 'cli',
      at: 'now',
    });
    expect((await store.blockedPairs()).get(pairKeyOf('school', 'hanbit'))).toBe('declined');
    expect(await store.counts()).toEqual({
      suggested: 2,
      interested: 1,
      introduced: 1,
      declined: 1,
      alreadyKnown: 0,
      digests: 1,
    });
    // Feedback on a suggestion that does not exist is refused.
    await expect(
      store.recordFeedback({ ...record, suggestionId: 'missing', party: 'a', profileId: 'hanbit', verdict: 'know' }),
    ).rejects.toThrow();
  });

  it('stores partner-search suggestions outside digests; the newest suggestion of a pair is the one answered', async () => {
    const store = await open();
    await store.saveDigest(digestOf('d-1', '2025-03-01T00:00:00.000Z', [['hanbit', 'academy']]));
    expect((await store.latestSuggestionOfPair(pairKeyOf('academy', 'hanbit')))?.id).toBe('d-1-s0');
    const search = contractSuggestion('s-search', undefined, 'academy', 'hanbit');
    await store.savePartnerSuggestion(search, '2025-03-02T00:00:00.000Z');
    expect(await store.latestSuggestionOfPair(pairKeyOf('hanbit', 'academy'))).toEqual(search);
    expect(await store.getSuggestion('s-search')).toEqual(search);
    expect(await store.latestSuggestionOfPair('nobody|none')).toBeUndefined();
    // Never posted in a digest: not suggested, not reserved.
    expect((await store.counts()).suggested).toBe(1);
    expect(await store.reservedSuggestions('2025-03-01T00:00:00.000Z')).toEqual([]);
    expect(
      await store.recordFeedback({
        suggestionId: 's-search',
        pairKey: pairKeyOf('academy', 'hanbit'),
        party: 'a',
        profileId: 'academy',
        verdict: 'interested',
        actor: 'slack:U1',
        at: 'now',
      }),
    ).toEqual({ a: 'interested', b: null });
  });
}

function registerQuestionLogTests(open: Open): void {
  const question = (id: string, at: string, text = 'Who teaches VFX?') => ({
    id,
    at,
    question: text,
    language: 'en',
    platform: 'slack' as const,
    communityId: 'T1',
    channelId: undefined,
    member: 'hash-1',
    path: 'extractive' as const,
    grounded: true,
    citedArticleIds: ['article-1'],
    latencyMs: 12,
  });

  it('logs questions, keeps one vote per member key (the side with more votes rates), lists and deletes old ones', async () => {
    const store = await open();
    const salt = await store.questionLogSalt();
    expect(salt).toMatch(/\S{16,}/);
    expect(await store.questionLogSalt()).toBe(salt);
    await store.addQuestion(question('q1', '2025-01-01T00:00:00.000Z'));
    await store.addQuestion(question('q2', '2025-02-01T00:00:00.000Z', 'Where is KOCCA?'));
    await store.addQuestion(question('q3', '2025-02-01T00:00:00.000Z', 'And Busan?'));
    const listed = await store.listQuestions({});
    expect(listed.map((entry) => entry.id)).toEqual(['q3', 'q2', 'q1']);
    expect(listed[2]).toEqual({
      ...question('q1', '2025-01-01T00:00:00.000Z'),
      rating: undefined,
      helpful: 0,
      notHelpful: 0,
    });
    expect(
      (await store.listQuestions({ sinceIso: '2025-01-15T00:00:00.000Z', limit: 1 })).map((entry) => entry.id),
    ).toEqual(['q3']);

    expect(await store.vote('missing', 'm1', 'helpful', 'now')).toBeUndefined();
    const first = await store.vote('q2', 'm1', 'not_helpful', 'now');
    expect(first).toMatchObject({
      previousRating: undefined,
      question: { id: 'q2', rating: 'not_helpful', notHelpful: 1 },
    });
    const changed = await store.vote('q2', 'm1', 'helpful', 'later');
    expect(changed).toMatchObject({
      previousRating: 'not_helpful',
      question: { rating: 'helpful', helpful: 1, notHelpful: 0 },
    });
    await store.vote('q2', 'm2', 'not_helpful', 'later');
    await store.vote('q2', 'm3', 'not_helpful', 'later');
    const counted = (await store.listQuestions({})).find((entry) => entry.id === 'q2');
    expect(counted).toMatchObject({ rating: 'not_helpful', helpful: 1, notHelpful: 2 });

    expect(await store.deleteQuestionsBefore('2025-01-15T00:00:00.000Z')).toBe(1);
    expect(await store.deleteQuestionsBefore('2025-01-15T00:00:00.000Z')).toBe(0);
    expect(await store.deleteQuestionsBefore('2025-03-01T00:00:00.000Z')).toBe(2);
    expect(await store.listQuestions({})).toEqual([]);
    // Votes went with their question: a new question with the same id starts uncounted.
    await store.addQuestion(question('q2', '2025-04-01T00:00:00.000Z'));
    expect((await store.listQuestions({}))[0]).toMatchObject({ helpful: 0, notHelpful: 0, rating: undefined });
  });
}

function registerSettingAndFeedTests(open: Open): void {
  it('keeps channel modes per platform and channel, with the platform community id once known', async () => {
    const store = await open();
    const channel = { platform: 'slack' as const, channelId: 'C0AUTO', communityId: 'T0TEST01' };
    expect(await store.channelSetting(channel)).toEqual({
      ...channel,
      mode: 'mention',
      configured: false,
      updatedBy: undefined,
      updatedAt: undefined,
    });
    await store.setChannelMode(channel, 'auto', 'slack:U0', '2026-12-04T02:00:00.000Z');
    const changed = await store.setChannelMode(
      { platform: 'slack', channelId: 'C0AUTO' },
      'off',
      'slack:U1',
      '2026-12-04T03:00:00.000Z',
    );
    expect(changed).toEqual({
      platform: 'slack',
      channelId: 'C0AUTO',
      communityId: 'T0TEST01',
      mode: 'off',
      configured: true,
      updatedBy: 'slack:U1',
      updatedAt: '2026-12-04T03:00:00.000Z',
    });
    expect((await store.channelSetting({ platform: 'discord', channelId: 'C0AUTO' })).configured).toBe(false);
    const bad = await rejectionOf(store.setChannelMode(channel, 'loud' as 'auto', 'slack:U1', 'now'));
    expect(isMatchcutError(bad) && bad.code).toBe('BAD_INPUT');
    expect(isMatchcutError(await rejectionOf(store.channelSetting({ platform: 'slack', channelId: ' ' })))).toBe(true);
  });

  it('follows feeds and remembers their items and the articles they became', async () => {
    const store = await open();
    const feed = await store.addFeed({ url: 'https://example.com/feed', title: 'Example', kind: 'rss', at: 'now' });
    expect(feed).toEqual({
      id: feed.id,
      url: 'https://example.com/feed',
      title: 'Example',
      kind: 'rss',
      addedAt: 'now',
      syncedAt: undefined,
      lastError: undefined,
      items: 0,
      articles: 0,
    });
    await expect(
      store.addFeed({ url: 'https://example.com/feed', title: undefined, kind: 'atom', at: 'now' }),
    ).rejects.toThrow();
    const second = await store.addFeed({
      url: 'https://example.com/atom',
      title: undefined,
      kind: 'atom',
      at: 'later',
    });
    expect((await store.listFeeds()).map((entry) => entry.url)).toEqual([
      'https://example.com/feed',
      'https://example.com/atom',
    ]);
    expect((await store.feedByUrl('https://example.com/atom'))?.id).toBe(second.id);
    expect(await store.feedById(second.id + 1000)).toBeUndefined();
    const item = {
      feedId: feed.id,
      key: 'guid-1',
      link: 'https://example.com/a?utm=1',
      marker: 'v1',
      articleUrl: 'https://example.com/a',
      articleId: 'example-a',
      contentHash: 'h1',
      failure: undefined,
      seenAt: '2025-01-01T00:00:00.000Z',
    };
    await store.saveItem(item);
    await store.saveItem({
      ...item,
      key: 'guid-2',
      link: 'https://example.com/b',
      articleUrl: undefined,
      articleId: undefined,
      contentHash: undefined,
      failure: 'HTTP 404',
    });
    await store.saveItem({ ...item, marker: 'v2', seenAt: '2025-01-02T00:00:00.000Z' });
    expect(await store.item(feed.id, 'guid-1')).toEqual({ ...item, marker: 'v2', seenAt: '2025-01-02T00:00:00.000Z' });
    expect(await store.item(feed.id, 'none')).toBeUndefined();
    expect((await store.itemByUrl('https://example.com/a'))?.key).toBe('guid-1');
    expect((await store.itemByUrl('https://example.com/a?utm=1'))?.key).toBe('guid-1');
    expect(await store.itemByUrl('https://example.com/b')).toBeUndefined();
    expect(await store.feedById(feed.id)).toMatchObject({ items: 2, articles: 1 });
    await store.markSynced(feed.id, '2025-01-03T00:00:00.000Z', 'timeout');
    expect(await store.feedById(feed.id)).toMatchObject({ syncedAt: '2025-01-03T00:00:00.000Z', lastError: 'timeout' });
    await store.markSynced(feed.id, '2025-01-04T00:00:00.000Z', undefined);
    expect((await store.feedById(feed.id))?.lastError).toBeUndefined();
    await store.forgetArticle('example-a');
    expect(await store.itemByUrl('https://example.com/a')).toBeUndefined();
    expect(await store.removeFeed(feed.id)).toBe(true);
    expect(await store.removeFeed(feed.id)).toBe(false);
    expect(await store.item(feed.id, 'guid-1')).toBeUndefined();
    expect((await store.listFeeds()).map((entry) => entry.id)).toEqual([second.id]);
  });
}

function registerTransactionTests(open: Open): void {
  it('commits a transaction’s writes together and rolls all of them back when it throws', async () => {
    const store = await open();
    const result = await store.transaction(async (session) => {
      expect(session.community).toBe('default');
      await session.saveProfiles([contractProfile('hanbit', 'Hanbit')]);
      await session.linkMember('slack:U1', 'hanbit', 'now');
      // The session sees its own writes.
      return session.profileIdOfMember('slack:U1');
    });
    expect(result).toBe('hanbit');
    expect(await store.membersOf('hanbit')).toEqual(['slack:U1']);
    const revision = await store.profilesRevision();

    const failure = new Error('stop here');
    await expect(
      store.transaction(async (session) => {
        await session.saveProfiles([contractProfile('busan', 'Busan Film')]);
        await session.linkMember('slack:U2', 'busan', 'now');
        await session.saveDigest(digestOf('d-r', '2025-01-01T00:00:00.000Z', [['busan', 'hanbit']]));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await store.getProfile('busan')).toBeUndefined();
    expect(await store.profileIdOfMember('slack:U2')).toBeUndefined();
    expect(await store.getDigest('d-r')).toBeUndefined();
    expect(await store.profilesRevision()).toBe(revision);
    // A failed statement inside rolls back too, and the store stays usable.
    await expect(
      store.transaction(async (session) => {
        await session.saveProfiles([contractProfile('busan', 'Busan Film')]);
        await session.linkMember('slack:U3', 'missing-profile', 'now');
      }),
    ).rejects.toThrow();
    expect(await store.getProfile('busan')).toBeUndefined();
    await store.linkMember('slack:U3', 'hanbit', 'now');
    expect(await store.profileIdOfMember('slack:U3')).toBe('hanbit');
  });

  it('serialises transactions: two reserving digests at once never take the same pair', async () => {
    const first = await open();
    const second = await open();
    const candidates: [string, string][] = [
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['a3', 'b3'],
      ['a4', 'b4'],
    ];
    const now = '2025-04-01T09:00:00.000Z';
    const reserve = (store: MatchcutStore, id: string) =>
      store.transaction(async (session) => {
        const taken = new Set(pairKeys(await session.reservedSuggestions(now)));
        // Another poster would run here if transactions interleaved.
        await new Promise((resolve) => setTimeout(resolve, 30));
        const open = candidates.filter(([a, b]) => !taken.has(pairKeyOf(a, b))).slice(0, 2);
        const digest = digestOf(id, now, open);
        await session.saveDigestPlan(
          digest,
          [digest.suggestions.map((entry) => entry.id)],
          hold(now, '2025-04-01T15:00:00.000Z'),
        );
        return pairKeys(digest.suggestions.map((entry) => ({ pairKey: pairKeyOf(entry.a.id, entry.b.id) })));
      });
    const chosen = await Promise.all([reserve(first, 'd-1'), reserve(second, 'd-2'), reserve(first, 'd-3')]);
    // Whatever order they ran in: two took two pairs each, none twice, and the last found none left.
    expect(chosen.map((pairs) => pairs.length).sort()).toEqual([0, 2, 2]);
    expect(new Set(chosen.flat()).size).toBe(4);
  });

  it('reports its schema and state, and closes (twice is harmless)', async () => {
    const store = await open();
    expect(await store.schemaVersion()).toBeGreaterThan(0);
    expect(store.community).toBe('default');
    // Safe to log: a database URL shows no password (*** at most).
    expect(store.location).not.toMatch(/:(?!\*\*\*@)[^:@/]+@/);
    expect(store.isOpen()).toBe(true);
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(store.isOpen()).toBe(false);
    await store.close();
    await expect(store.listProfiles()).rejects.toThrow();
  });
}

function registerIsolationTests(open: Open): void {
  it('keeps two communities on one database apart: same ids and names, own rows, counts and revisions', async () => {
    const film = await open('film');
    const games = await open('games');
    expect(film.community).toBe('film');
    for (const store of [film, games]) {
      await store.saveProfiles([contractProfile('hanbit', 'Hanbit'), contractProfile('academy', 'Academy')]);
      await store.linkMember('slack:U1', store === film ? 'hanbit' : 'academy', 'now');
      await store.saveDigest(digestOf('d-1', '2025-03-01T00:00:00.000Z', [['hanbit', 'academy']]));
      await store.addFeed({ url: 'https://example.com/feed', title: store.community, kind: 'rss', at: 'now' });
      await store.addQuestion({
        id: 'q1',
        at: '2025-03-01T00:00:00.000Z',
        question: `asked in ${store.community}`,
        language: 'en',
        platform: 'cli',
        communityId: undefined,
        channelId: undefined,
        member: undefined,
        path: 'refused',
        grounded: false,
        citedArticleIds: [],
        latencyMs: 1,
      });
      await store.setChannelMode({ platform: 'slack', channelId: 'C1' }, store === film ? 'auto' : 'off', 'x', 'now');
    }
    await film.saveProfiles([contractProfile('film-only', 'Film Only')]);
    await film.recordFeedback({
      suggestionId: 'd-1-s0',
      pairKey: 'academy|hanbit',
      party: 'a',
      profileId: 'hanbit',
      verdict: 'not_a_fit',
      actor: 'cli',
      at: 'now',
    });
    await games.savePartnerSuggestion(
      contractSuggestion('s-games', undefined, 'academy', 'hanbit'),
      '2025-03-02T00:00:00.000Z',
    );

    expect((await film.listProfiles()).map((entry) => entry.id)).toEqual(['academy', 'film-only', 'hanbit']);
    expect((await games.listProfiles()).map((entry) => entry.id)).toEqual(['academy', 'hanbit']);
    expect(await games.getProfile('film-only')).toBeUndefined();
    expect(await games.profileIdByName('Film Only')).toBeUndefined();
    expect(await film.profilesRevision()).toBe(2);
    expect(await games.profilesRevision()).toBe(1);
    expect(await film.profileIdOfMember('slack:U1')).toBe('hanbit');
    expect(await games.profileIdOfMember('slack:U1')).toBe('academy');
    expect((await film.blockedPairs()).get('academy|hanbit')).toBe('declined');
    expect((await games.blockedPairs()).size).toBe(0);
    expect(await games.feedbackState('d-1-s0')).toEqual({ a: null, b: null });
    expect((await film.latestSuggestionOfPair('academy|hanbit'))?.id).toBe('d-1-s0');
    expect((await games.latestSuggestionOfPair('academy|hanbit'))?.id).toBe('s-games');
    expect(await film.getSuggestion('s-games')).toBeUndefined();
    expect((await film.counts()).declined).toBe(1);
    expect((await games.counts()).declined).toBe(0);
    expect((await film.listFeeds()).map((feed) => feed.title)).toEqual(['film']);
    expect((await games.feedByUrl('https://example.com/feed'))?.title).toBe('games');
    expect((await film.listQuestions({})).map((entry) => entry.question)).toEqual(['asked in film']);
    expect((await film.channelSetting({ platform: 'slack', channelId: 'C1' })).mode).toBe('auto');
    expect((await games.channelSetting({ platform: 'slack', channelId: 'C1' })).mode).toBe('off');
    expect(await film.questionLogSalt()).not.toBe(await games.questionLogSalt());

    // Removing, syncing and deleting in one community leaves the other alone.
    await games.removeProfile('hanbit', 'now');
    expect(await film.getProfile('hanbit')).toBeDefined();
    expect(await film.syncKnowledgeProfiles([contractProfile('kofic', 'KOFIC', 'knowledge')])).toMatchObject({
      added: 1,
    });
    expect(await games.getProfile('kofic')).toBeUndefined();
    expect(await games.deleteQuestionsBefore('2030-01-01T00:00:00.000Z')).toBe(1);
    expect(await film.listQuestions({})).toHaveLength(1);
    const filmFeed = await film.feedByUrl('https://example.com/feed');
    expect(await games.removeFeed(filmFeed?.id ?? -1)).toBe(false);
    expect(await film.feedById(filmFeed?.id ?? -1)).toBeDefined();
  });
}
