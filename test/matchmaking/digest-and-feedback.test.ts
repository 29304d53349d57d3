import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pairKeyOf } from '../../src/store/open-store.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import type { Digest, Suggestion } from '../../src/matchmaking/types.js';
import { createHarness, type Harness } from './matchmaking-harness.js';

const korean = { country: 'South Korea', languages: ['Korean', 'English'] };
const community: ProfileInput[] = [
  {
    name: 'Star Academy',
    kind: 'talent_center',
    ...korean,
    offers: ['VFX training', '3D animation training', 'video editing courses'],
    needs: ['internships for our students'],
  },
  { name: 'Hanbit VFX', kind: 'studio', ...korean, needs: ['VFX artists'], offers: ['internships'] },
  { name: 'Dool Animation', kind: 'studio', ...korean, needs: ['3D animators'], offers: ['internships'] },
  { name: 'Cut Post', kind: 'studio', ...korean, needs: ['video editors'], offers: ['internships'] },
  { name: 'Pixel Forge', kind: 'studio', ...korean, needs: ['VFX artists'], offers: ['internships'] },
  {
    name: 'Motion Lab Academy',
    kind: 'talent_center',
    ...korean,
    offers: ['VFX training'],
    needs: ['internships for our students'],
  },
  { name: 'Puppet Hologram Theatre', kind: 'studio', ...korean, needs: ['holographic puppetry'], offers: [] },
];

const pairs = (digest: Digest) => digest.suggestions.map((suggestion) => pairKeyOf(suggestion.a.id, suggestion.b.id));
const appearances = (digests: Digest[], name: string) =>
  digests
    .flatMap((digest) => digest.suggestions)
    .filter((suggestion) => suggestion.a.name === name || suggestion.b.name === name).length;

describe('digests', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness({
      profiles: community,
      deps: { digestPolicy: { maxPerParty: 2, maxPerPartyRecent: 3, recentDays: 14 } },
    });
  });
  afterEach(async () => harness.close());

  it('is chosen as a set: at most N, each party at most the cap, different needs first, and unmet needs listed', async () => {
    const digest = await harness.matchmaking.digest({ limit: 4, channel: 'slack:C1' });
    expect(digest.suggestions.length).toBeGreaterThan(0);
    expect(digest.suggestions.length).toBeLessThanOrEqual(4);
    expect(appearances([digest], 'Star Academy')).toBeLessThanOrEqual(2);
    for (const suggestion of digest.suggestions) {
      expect(appearances([digest], suggestion.a.name)).toBeLessThanOrEqual(2);
      expect(appearances([digest], suggestion.b.name)).toBeLessThanOrEqual(2);
    }
    // Star Academy is the best partner for everyone, yet the digest does not spend its slots on the same need twice first.
    const starNeeds = digest.suggestions
      .filter((suggestion) => [suggestion.a.name, suggestion.b.name].includes('Star Academy'))
      .flatMap((suggestion) =>
        suggestion.reasons
          .filter((reason) => reason.kind === 'need_offer' && reason.concept !== 'internship')
          .map((reason) => reason.concept),
      );
    expect(new Set(starNeeds).size).toBe(starNeeds.length);
    expect(digest.unmetNeeds).toEqual([
      expect.objectContaining({
        profile: expect.objectContaining({ name: 'Puppet Hologram Theatre' }),
        need: 'holographic puppetry',
      }),
    ]);
    // Stored with its suggestions under stable ids.
    const stored = await harness.store.getDigest(digest.id);
    expect(stored).toEqual(digest);
    expect(stored?.channel).toBe('slack:C1');
    expect(new Set(digest.suggestions.map((suggestion) => suggestion.id)).size).toBe(digest.suggestions.length);
    expect(await harness.matchmaking.getSuggestion(digest.suggestions[0]?.id ?? '')).toEqual(digest.suggestions[0]);
    expect((await harness.matchmaking.latestDigest())?.id).toBe(digest.id);
  });

  it('does not repeat recent suggestions unless asked, caps exposure across recent digests, and repeats once they are old', async () => {
    const first = await harness.matchmaking.digest({ limit: 8 });
    harness.clock.advanceDays(1);
    const second = await harness.matchmaking.digest({ limit: 8 });
    for (const key of pairs(second)) expect(pairs(first)).not.toContain(key);
    for (const name of community.map((profile) => profile.name)) {
      expect(appearances([first, second], name), name).toBeLessThanOrEqual(3);
    }
    harness.clock.advanceDays(1);
    const repeated = await harness.matchmaking.digest({ limit: 8, allowRepeats: true });
    expect(pairs(repeated).some((key) => pairs(first).includes(key))).toBe(true);
    // Two weeks later the old suggestions may come back.
    harness.clock.advanceDays(20);
    const later = await harness.matchmaking.digest({ limit: 8 });
    expect(pairs(later).some((key) => pairs(first).includes(key))).toBe(true);
  });
});

describe('feedback', () => {
  let harness: Harness;
  let suggestion: Suggestion;
  beforeEach(async () => {
    // Star Academy meets four studios' needs; a cap of four lets the digest hold its pair with Hanbit VFX.
    harness = await createHarness({
      profiles: community,
      deps: { digestPolicy: { maxPerParty: 4, maxPerPartyRecent: 8 } },
    });
    await harness.matchmaking.profiles.linkMember('slack:U1', 'Hanbit VFX');
    await harness.matchmaking.profiles.linkMember('discord:42', 'Hanbit VFX');
    await harness.matchmaking.profiles.linkMember('slack:U2', 'Star Academy');
    await harness.matchmaking.profiles.linkMember('slack:U3', 'Cut Post');
    const digest = await harness.matchmaking.digest({ limit: 8 });
    const found = digest.suggestions.find(
      (entry) => [entry.a.name, entry.b.name].sort().join() === ['Hanbit VFX', 'Star Academy'].sort().join(),
    );
    expect(found).toBeDefined();
    suggestion = found as Suggestion;
  });
  afterEach(async () => harness.close());

  const sideOf = (name: string) => (suggestion.a.name === name ? 'a' : 'b');

  it('takes the side from the member’s linked organization and introduces when both are interested, once', async () => {
    const first = await harness.matchmaking.feedback({
      suggestionId: suggestion.id,
      verdict: 'interested',
      actor: 'slack:U1',
    });
    expect(first.party).toBe(sideOf('Hanbit VFX'));
    expect(first.introduce).toBe(false);
    const second = await harness.matchmaking.feedback({
      suggestionId: suggestion.id,
      verdict: 'interested',
      actor: 'slack:U2',
    });
    expect(second.introduce).toBe(true);
    expect(second.state).toEqual({ a: 'interested', b: 'interested' });
    const hanbitMembers = second.members[sideOf('Hanbit VFX')];
    expect(hanbitMembers).toEqual(['discord:42', 'slack:U1']);
    expect(second.members[sideOf('Star Academy')]).toEqual(['slack:U2']);
    const again = await harness.matchmaking.feedback({
      suggestionId: suggestion.id,
      verdict: 'interested',
      actor: 'discord:42',
    });
    expect(again.introduce).toBe(false);
    // Introduced pairs are not suggested again.
    expect((await harness.matchmaking.match('Hanbit VFX')).map((match) => match.b.name)).not.toContain('Star Academy');
    const report = await harness.matchmaking.report();
    expect(report).toMatchObject({ interested: 1, introduced: 1, declined: 0, alreadyKnown: 0, digests: 1 });
    expect(report.suggested).toBeGreaterThan(0);
    expect(report.unmetNeeds.map((unmet) => unmet.need)).toEqual(['holographic puppetry']);
  });

  it('refuses members of neither side with a message that says how to link, and a member answering for the other side', async () => {
    await expect(
      harness.matchmaking.feedback({ suggestionId: suggestion.id, verdict: 'interested', actor: 'slack:U3' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      userMessage: expect.stringContaining("link your organization first with the bot's profile command"),
    });
    await expect(
      harness.matchmaking.feedback({ suggestionId: suggestion.id, verdict: 'interested', actor: 'slack:U9' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const otherSide = sideOf('Hanbit VFX') === 'a' ? 'b' : 'a';
    await expect(
      harness.matchmaking.feedback({
        suggestionId: suggestion.id,
        verdict: 'interested',
        actor: 'slack:U1',
        party: otherSide,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An organizer at the terminal names the side.
    const organizer = await harness.matchmaking.feedback({
      suggestionId: suggestion.id,
      verdict: 'know',
      actor: 'cli',
      party: otherSide,
    });
    expect(organizer.party).toBe(otherSide);
    await expect(
      harness.matchmaking.feedback({ suggestionId: 's-missing', verdict: 'know', actor: 'cli', party: 'a' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      harness.matchmaking.feedback({
        suggestionId: suggestion.id,
        verdict: 'maybe' as never,
        actor: 'cli',
        party: 'a',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('"not a fit" removes the pair from later matches and digests, even with repeats allowed; "know" too', async () => {
    const declined = await harness.matchmaking.feedback({
      suggestionId: suggestion.id,
      verdict: 'not_a_fit',
      actor: 'slack:U2',
      reason: 'we only train animators now',
    });
    expect(declined.verdict).toBe('not_a_fit');
    const key = pairKeyOf(suggestion.a.id, suggestion.b.id);
    expect((await harness.matchmaking.match('Hanbit VFX')).map((match) => match.b.name)).not.toContain('Star Academy');
    harness.clock.advanceDays(30);
    const later = await harness.matchmaking.digest({ limit: 8, allowRepeats: true });
    expect(pairs(later)).not.toContain(key);

    const other = later.suggestions[0] as Suggestion;
    await harness.matchmaking.feedback({ suggestionId: other.id, verdict: 'know', actor: 'cli', party: 'a' });
    harness.clock.advanceDays(30);
    const after = await harness.matchmaking.digest({ limit: 8, allowRepeats: true });
    expect(pairs(after)).not.toContain(pairKeyOf(other.a.id, other.b.id));
    const report = await harness.matchmaking.report();
    expect(report).toMatchObject({ declined: 1, alreadyKnown: 1, introduced: 0, digests: 3 });
  });
});
