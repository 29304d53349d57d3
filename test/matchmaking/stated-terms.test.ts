import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { statedTerms } from '../../src/matchmaking/stated-terms.js';
import { createHarness, type Harness, partnerNames, shippedGlossary } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const vendor = (name: string, offers: string[], extra: Partial<ProfileInput>): ProfileInput => ({
  name,
  kind: 'agency',
  offers,
  needs: ['film studios'],
  ...extra,
});

describe('working language and place stated in prose', () => {
  it('reads the languages and places a limiting or requiring sentence names, in any profile language', async () => {
    const glossary = await shippedGlossary();
    const read = (text: string) => {
      const terms = statedTerms(text, glossary);
      return { languages: [...terms.languages].sort(), places: terms.places.map((place) => place.city) };
    };
    expect(read('The outside team must work in English; it can sit anywhere, remote is fine.')).toEqual({
      languages: ['en'],
      places: [],
    });
    // A contrast splits the sentence: the office speaks Kazakh, the dubbing is in Russian alone.
    expect(read('Сотрудники офиса говорят по-казахски, но дубляж делаем только на русском языке.').languages).toEqual([
      'ru',
    ]);
    expect(read('Работаем только в Петербурге и Ленинградской области.').places).toEqual(['saint petersburg']);
    expect(read('スタッフは日本語のみ。').languages).toEqual(['ja']);
    expect(read('道具团队必须在横店本地。').places).toEqual(['hengdian']);
    // A sentence saying which language a side works in states it too, but limits no place.
    expect(read('Kru kami berbahasa Indonesia, syuting di Yogyakarta.')).toEqual({ languages: ['id'], places: [] });
    // Local work ("国内") in such a sentence, naming no place, is at home.
    const domestic = statedTerms('仕上げは国内で、日本語でやりとりできる会社に出したい。', glossary, 'jp');
    expect([...domestic.languages]).toEqual(['ja']);
    expect(domestic.places).toEqual([{ country: 'jp', city: undefined }]);
    // Saying where one is, or "not only", limits nothing.
    expect(read('Tim kami berbasis di Bandung dan bekerja remote.')).toEqual({ languages: [], places: [] });
    expect(read('Kami ingin sulih suara bahasa Indonesia, bukan hanya teks.')).toEqual({ languages: [], places: [] });
  });

  it('ranks a partner that rules itself out by its stated language or place below one that fits', async () => {
    const storyboards = 'storyboards and animatics for animated series';
    harness = await createHarness({
      profiles: [
        {
          name: 'Hanoi Cartoon Studio',
          kind: 'studio',
          country: 'Vietnam',
          city: 'Hanoi',
          languages: ['Vietnamese', 'English'],
          description: 'Our director works only in Vietnamese and reviews boards in person in Hanoi every Monday.',
          needs: ['storyboards and animatic for a 26-episode animated series'],
        },
        // Lists Vietnamese, but says in prose that the boarding is done in English only.
        vendor('Boards In English', [storyboards, 'layout'], {
          country: 'Vietnam',
          city: 'Hanoi',
          languages: ['English', 'Vietnamese'],
          description:
            'A producer handles contracts in Vietnamese, but all boarding and revisions are in English only.',
        }),
        vendor('Boards Elsewhere', [storyboards, 'layout'], {
          country: 'Vietnam',
          city: 'Hanoi',
          languages: ['Vietnamese'],
          description: 'We work only in Ho Chi Minh City and never travel.',
        }),
        vendor('Boards In Vietnamese', [storyboards], {
          country: 'Vietnam',
          languages: ['Vietnamese'],
          description: 'Nine board artists; we review in person with directors.',
        }),
      ],
    });
    const partners = partnerNames(await harness.matchmaking.match('Hanoi Cartoon Studio'), 'Hanoi Cartoon Studio');
    expect(partners[0]).toBe('Boards In Vietnamese');
    expect(partners).toEqual(expect.arrayContaining(['Boards In English', 'Boards Elsewhere']));
  });

  it('gives the place boost to a partner where the studio needs the work, not where its office is', async () => {
    const costumes = 'period costumes sewn for film, embroidery and ageing, costumers on set';
    harness = await createHarness({
      profiles: [
        {
          name: 'Capital Period Films',
          kind: 'studio',
          country: 'Uzbekistan',
          city: 'Tashkent',
          languages: ['Uzbek', 'Russian'],
          description: 'We shoot in Samarkand; the costumes must be sewn in Samarkand itself.',
          needs: ['period costumes for a historical series, 60 lead costumes with embroidery'],
        },
        vendor('Tashkent Costume Shop', [costumes], { country: 'Uzbekistan', city: 'Tashkent', languages: ['Uzbek'] }),
        vendor('Samarkand Costume Shop', [costumes], {
          country: 'Uzbekistan',
          city: 'Samarkand',
          languages: ['Uzbek'],
        }),
      ],
    });
    const partners = partnerNames(await harness.matchmaking.match('Capital Period Films'), 'Capital Period Films');
    expect(partners).toEqual(['Samarkand Costume Shop', 'Tashkent Costume Shop']);
  });
});

describe('a partner asked for locally, without a limiting word', () => {
  it('reads a sentence asking for a local partner as work needed at home, and a local word elsewhere as nothing', async () => {
    const glossary = await shippedGlossary();
    const home = [{ country: 'home', city: undefined }];
    for (const text of [
      '12부작 사극을 찍습니다. 편집실과 이어 줄 국내 스태프를 찾습니다.',
      'Night exteriors and long takes. We would like a local crew rather than flying people in.',
      'Teleserialni avgustda suratga olamiz. Mahalliy jamoa bilan ishlashni xohlaymiz.',
    ])
      expect(statedTerms(text, glossary, 'home').places, text).toEqual(home);
    for (const text of [
      'We produce a weekly magazine show for local TV.',
      '国内放送用のアニメを制作しています。',
      '국내 극장 개봉을 앞둔 장편입니다.',
    ])
      expect(statedTerms(text, glossary, 'home').places, text).toEqual([]);
  });
});
