import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { createHarness, type Harness, partnerNames } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const profile = (name: string, kind: ProfileInput['kind'], offers: string[], needs: string[] = []): ProfileInput => ({
  name,
  kind,
  country: 'Kazakhstan',
  languages: ['Russian'],
  offers,
  needs,
});

describe('word evidence beside the taxonomy', () => {
  it('meets a need the taxonomy cannot place through rare words a partner offer repeats, and says so', async () => {
    harness = await createHarness({
      profiles: [
        profile('Steppe Epic Film', 'studio', [], ['Аниматоры для сериала', 'Беркутчи и сокольники с ловчими птицами']),
        // Each part of the offer repeats one word of the need (no part most of them): the taxonomy reads none of it.
        profile('Berkut Nest', 'talent_center', ['Беркутчи, сокольники, птицы с ловчими навыками']),
        profile('Steppe Buses', 'agency', ['Автобусы для съёмок сериала']),
        profile('Steppe Catering', 'agency', ['Кейтеринг для съёмок сериала']),
        profile('Steppe Guards', 'agency', ['Охрана площадки во время съёмок']),
      ],
    });
    const matches = await harness.matchmaking.match('Steppe Epic Film');
    expect(partnerNames(matches, 'Steppe Epic Film')).toEqual(['Berkut Nest']);
    const reason = matches[0]?.reasons.find((entry) => entry.kind === 'need_offer');
    expect(reason?.text).toMatch(/\(shared words: [^)]*беркутчи/u);
    expect(reason?.message).toMatchObject({ code: 'need_offer', sharedWords: expect.arrayContaining(['беркутчи']) });
  });

  it('never lifts work the taxonomy reads as outside content production, whatever words it shares', async () => {
    harness = await createHarness({
      profiles: [
        profile('Steppe Doc', 'studio', [], ['Монтаж документального фильма о свадебных традициях казахов']),
        profile('Toi Video', 'agency', ['Свадебная видеосъёмка и монтаж свадебного фильма']),
        profile('Doc Cut', 'studio', ['Монтаж документальных фильмов']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Steppe Doc'), 'Steppe Doc')).toEqual(['Doc Cut']);
  });

  describe('a long need repeated in many rare words below half its words', () => {
    // The need is long (most of its words are the studio's own); the partner's offer repeats several rare ones.
    const need =
      'Беркутчи и сокольники с ловчими птицами для степных сцен: перелёты над табуном, посадка на перчатку ' +
      'всадника, клобучок, вабило, колодки, ночёвки в юртах у озера, запас мяса, ветеринар по хищным птицам, ' +
      'сопровождение по горным перевалам, переводчик с казахского';
    const fillers = ['Кейтеринг', 'Автобусы', 'Охрана', 'Юрты', 'Генераторы', 'Туалеты', 'Такси', 'Гостиница'].map(
      (word, position) => profile(`Steppe Vendor ${position}`, 'agency', [`${word} для съёмок сериала`]),
    );
    const birds = 'Беркутчи, сокольники и ловчие птицы: перелёты, посадка на перчатку, клобучок, вабило, колодки';

    it('counts as met from a partner in the field (one offer placed as production work)', async () => {
      harness = await createHarness({
        profiles: [
          profile('Steppe Epic Film', 'studio', [], [need]),
          profile('Berkut Nest', 'talent_center', [birds, 'Каскадёры и конные трюки для кино']),
          ...fillers,
        ],
      });
      const matches = await harness.matchmaking.match('Steppe Epic Film');
      expect(partnerNames(matches, 'Steppe Epic Film')).toEqual(['Berkut Nest']);
      expect(matches[0]?.reasons.find((entry) => entry.kind === 'need_offer')?.message).toMatchObject({
        sharedWords: expect.arrayContaining(['вабило']),
      });
    });

    it('does not from a partner with no offer placed in the field', async () => {
      harness = await createHarness({
        profiles: [
          profile('Steppe Epic Film', 'studio', [], [need]),
          profile('Berkut Nest', 'talent_center', [birds]),
          ...fillers,
        ],
      });
      expect(partnerNames(await harness.matchmaking.match('Steppe Epic Film'), 'Steppe Epic Film')).toEqual([]);
    });
  });
});
