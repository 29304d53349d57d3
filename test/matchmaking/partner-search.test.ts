/**
 * Partner search in conversation: a member's question is read as a need (same taxonomy, place and
 * kind filters) and answered with the profiles that meet it; a question that asks for facts is
 * told apart, and one that asks both is both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { createHarness, type Harness } from './matchmaking-harness.js';

const profiles: ProfileInput[] = [
  {
    name: 'Tokyo Voice Works',
    kind: 'studio',
    country: 'Japan',
    languages: ['Japanese'],
    offers: ['Japanese dubbing of Korean dramas'],
  },
  {
    name: 'Seoul Subtitle House',
    kind: 'studio',
    country: 'South Korea',
    languages: ['Korean'],
    offers: ['subtitle translation'],
  },
  {
    name: 'Hanoi Editing Academy',
    kind: 'talent_center',
    country: 'Vietnam',
    languages: ['Vietnamese'],
    offers: ['khóa học dựng phim'],
  },
  {
    name: 'Busan Editing Academy',
    kind: 'talent_center',
    country: 'South Korea',
    languages: ['Korean'],
    offers: ['film editing course'],
  },
  {
    name: 'Saigon Wedding Films',
    kind: 'studio',
    country: 'Vietnam',
    languages: ['Vietnamese'],
    offers: ['wedding video editing'],
  },
  {
    name: 'Moscow Color Studio',
    kind: 'studio',
    country: 'Russia',
    languages: ['Russian'],
    offers: ['цветокоррекция фильмов'],
  },
  {
    name: 'Moscow Color School',
    kind: 'talent_center',
    country: 'Russia',
    languages: ['Russian'],
    offers: ['курсы цветокоррекции'],
  },
  {
    name: 'Asker Studio',
    kind: 'studio',
    country: 'South Korea',
    languages: ['Korean'],
    needs: ['film editors'],
    offers: ['internships for editing students'],
  },
];

describe('partner search', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({ profiles });
    await harness.matchmaking.profiles.linkMember('slack:U7', 'Asker Studio');
  });
  afterAll(async () => harness.close());

  const names = async (question: string, asker?: string) =>
    (await harness.matchmaking.findPartners(question, { asker })).partners.map((partner) => partner.profile.name);

  it('finds who can do the work asked for, not look-alikes', async () => {
    const result = await harness.matchmaking.findPartners('who can dub Korean dramas into Japanese?');
    expect(result.intent.partner).toBe(true);
    expect(result.partners.map((partner) => partner.profile.name)).toEqual(['Tokyo Voice Works']);
    expect(result.partners[0]?.reasons[0]?.offer).toBe('Japanese dubbing of Korean dramas');
  });

  it('keeps to the place and the kind of organization the question names', async () => {
    expect(await names('Việt Nam có trung tâm nào đào tạo dựng phim không?')).toEqual(['Hanoi Editing Academy']);
    expect(await names('ищу студию для цветокоррекции')).toEqual(['Moscow Color Studio']);
  });

  it('in a question that is both, looks for the work its partner part asks for', async () => {
    const question =
      'How many film editors does Busan Editing Academy train a year? And who does subtitle translation?';
    const result = await harness.matchmaking.findPartners(question);
    expect(result.intent).toEqual({ partner: true, fact: true });
    expect(result.partners.map((partner) => partner.profile.name)).toEqual(['Seoul Subtitle House']);
    expect(await names('Сколько выпускников у той школы? И кто делает перевод субтитров?')).toEqual([
      'Seoul Subtitle House',
    ]);
  });

  it('explains both sides when the asker is linked to a profile', async () => {
    const result = await harness.matchmaking.findPartners('looking for a school that trains film editors', {
      asker: 'slack:U7',
    });
    const busan = result.partners.find((partner) => partner.profile.name === 'Busan Editing Academy');
    expect(busan).toBeDefined();
    expect(busan?.match?.a.name).toBe('Asker Studio');
    expect(busan?.match?.reasons.some((reason) => reason.side === 'a' && reason.kind === 'need_offer')).toBe(true);
    expect(result.partners.map((partner) => partner.profile.name)).not.toContain('Saigon Wedding Films');
  });

  it('tells partner questions from fact questions, and a question that is both', () => {
    expect(harness.matchmaking.classifyQuestion('How many people work at IT Works Korea?')).toEqual({
      partner: false,
      fact: true,
    });
    expect(harness.matchmaking.classifyQuestion('ищу студию для цветокоррекции')).toEqual({
      partner: true,
      fact: false,
    });
    expect(
      harness.matchmaking.classifyQuestion('When did KOCCA open its Hanoi office, and who can train colorists there?'),
    ).toEqual({
      partner: true,
      fact: true,
    });
  });
});
