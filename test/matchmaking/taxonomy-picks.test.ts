/**
 * The profile forms' pickers in the core: taxonomy search by any language's label, alias or first
 * letters; picked entry ids stored on a profile and matched as sure mappings; Interested on a
 * partner search result recorded through the digest feedback (both sides → introduction).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMatchcutError } from '../../src/errors.js';
import { createTaxonomySearch, searchKey } from '../../src/matchmaking/taxonomy-search.js';
import { createHarness, type Harness, partnerNames, shippedGlossary } from './matchmaking-harness.js';

describe('taxonomy search', () => {
  it('finds entries by a Korean word, an English prefix, Vietnamese typed without marks and Russian', async () => {
    const search = createTaxonomySearch(await shippedGlossary());
    const korean = search.search('합성');
    expect(korean.map((choice) => choice.id)).toContain('compositing');
    const compositing = korean.find((choice) => choice.id === 'compositing');
    expect(compositing?.language).toBe('ko');
    expect(compositing?.label).toMatch(/[\uac00-\ud7a3]/);
    expect(compositing?.englishLabel).toBe('compositing');

    const english = search.search('composit');
    expect(english.slice(0, 3).map((choice) => choice.id)).toContain('compositing');
    expect(english.find((choice) => choice.id === 'compositing')).toMatchObject({
      label: 'compositing',
      language: 'en',
    });

    expect(search.search('dung phim').map((choice) => choice.id)).toContain('film-editing');
    expect(search.search('цветокор')[0]?.id).toBe('color-grading');
  });

  it('labels an English query in the member language and stays within the limits', async () => {
    const search = createTaxonomySearch(await shippedGlossary());
    const inKorean = search.search('rotoscoping', { language: 'ko-KR' });
    expect(inKorean[0]).toMatchObject({ id: 'rotoscoping', language: 'ko' });
    expect(search.search('a').length).toBe(25);
    expect(search.search('a', { limit: 500 }).length).toBe(100);
    const departments = search.search('  ');
    expect(departments.length).toBeGreaterThan(5);
    expect(departments.every((choice) => choice.category === 'department')).toBe(true);
    // Places and institutions of the glossary are not work a member can pick.
    expect(search.search('Vietnam').map((choice) => choice.category)).not.toContain('place');
    expect(search.describe(['compositing', 'no-such-entry'], { language: 'ja' })).toEqual([
      expect.objectContaining({ id: 'compositing', language: 'ja' }),
    ]);
    expect(searchKey('Dựng  phim')).toBe('dung phim');
  });
});

describe('picked entries and Interested', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({
      profiles: [
        {
          name: 'Picker Studio',
          kind: 'studio',
          country: 'South Korea',
          languages: ['Korean', 'English'],
          offers: ['feature film production'],
          needs: [],
          pickedNeeds: ['rotoscoping'],
        },
        {
          name: 'Roto Center',
          kind: 'talent_center',
          country: 'Vietnam',
          languages: ['Vietnamese', 'English'],
          offers: [],
          pickedOffers: ['rotoscoping'],
          needs: ['internships for graduates'],
        },
        {
          name: 'Sound Center',
          kind: 'talent_center',
          country: 'Vietnam',
          offers: ['sound mixing courses'],
          needs: ['internships for graduates'],
        },
      ],
    });
  });
  afterAll(async () => harness.close());

  it('stores picked ids on the profile and matches them as that entry', async () => {
    const studio = await harness.matchmaking.profiles.get('Picker Studio');
    expect(studio.pickedNeeds).toEqual(['rotoscoping']);
    const matches = await harness.matchmaking.match('Picker Studio');
    expect(partnerNames(matches, 'Picker Studio')[0]).toBe('Roto Center');
    expect(partnerNames(matches, 'Picker Studio')).not.toContain('Sound Center');
    const reason = matches[0]?.reasons.find((entry) => entry.kind === 'need_offer' && entry.concept === 'rotoscoping');
    expect(reason?.text).toContain('rotoscoping');
    const search = await harness.matchmaking.findPartners('who offers rotoscoping?');
    expect(search.partners.map((partner) => partner.profile.name)).toContain('Roto Center');
  });

  it('lists a picked id the taxonomy does not know as unplaced, and refuses one that is not an id', async () => {
    const result = await harness.matchmaking.profiles.importMany([
      { name: 'Odd Picks', kind: 'studio', pickedOffers: ['no-such-entry'] },
    ]);
    expect(result.imported).toHaveLength(1);
    expect(result.unplaced.map((phrase) => phrase.phrase)).toContain('no-such-entry');
    const bad = await harness.matchmaking.profiles.importMany([
      { name: 'Bad Picks', kind: 'studio', pickedOffers: ['Not An Id'] },
    ]);
    expect(bad.problems[0]?.field).toBe('[0].pickedOffers[0]');
  });

  it('records Interested from a search and introduces both sides when the other says so too', async () => {
    await harness.matchmaking.profiles.linkMember('slack:U0STUDIO', 'Picker Studio');
    await harness.matchmaking.profiles.linkMember('discord:42', 'Roto Center');
    const first = await harness.matchmaking.partnerInterest({ actor: 'slack:U0STUDIO', partner: 'roto-center' });
    expect(first).toMatchObject({ verdict: 'interested', introduce: false });
    expect(first.party === 'a' ? first.suggestion.a.name : first.suggestion.b.name).toBe('Picker Studio');
    const second = await harness.matchmaking.partnerInterest({ actor: 'discord:42', partner: 'picker-studio' });
    expect(second.suggestion.id).toBe(first.suggestion.id);
    expect(second).toMatchObject({ introduce: true, state: { a: 'interested', b: 'interested' } });
    expect(second.members.a.length + second.members.b.length).toBe(2);
    const report = await harness.matchmaking.report();
    expect(report.introduced).toBe(1);
  });

  it('refuses a member linked to no organization with a reason adapters recognise', async () => {
    const refused = await harness.matchmaking
      .partnerInterest({ actor: 'slack:U0NOBODY', partner: 'roto-center' })
      .catch((error: unknown) => error);
    expect(isMatchcutError(refused) && refused.code).toBe('FORBIDDEN');
    expect(isMatchcutError(refused) && refused.details?.reason).toBe('NOT_LINKED');
    await harness.matchmaking.profiles.propose({ name: 'Proposed Roto House', kind: 'talent_center' });
    const proposed = await harness.matchmaking
      .partnerInterest({ actor: 'slack:U0STUDIO', partner: 'proposed-roto-house' })
      .catch((error: unknown) => error);
    expect(isMatchcutError(proposed) && proposed.code).toBe('NOT_FOUND');
  });
});
