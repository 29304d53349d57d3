/**
 * Partner search in conversation: a member's question is read as a need (same taxonomy, place and
 * kind filters) and answered with the profiles that meet it; a question that asks for facts is
 * told apart, and one that asks both is both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modeOf, readPartnerNeed, withoutAskerSide } from '../../src/matchmaking/partner-search-reading.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { askedDelivery } from '../../src/matchmaking/statement-delivery.js';
import { createHarness, type Harness, shippedScorerPerFile } from './matchmaking-harness.js';

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
    // The card shows the pair as the asker's own list scores it: one score per pair in every view.
    const listed = (await harness.matchmaking.match('Asker Studio', { limit: 20 })).find(
      (match) => match.b.name === 'Busan Editing Academy',
    );
    expect(listed).toBeDefined();
    expect(busan?.match).toMatchObject({
      score: listed?.score,
      scoreForA: listed?.scoreForA,
      scoreForB: listed?.scoreForB,
      reasons: listed?.reasons,
    });
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

  it('looks for the work the asker’s people want, not their own trade, and where to learn it as learning', async () => {
    const read = async (question: string) => {
      const result = await harness.matchmaking.findPartners(question);
      return { needs: result.needs.map((need) => need.conceptId), mode: result.mode };
    };
    expect(await read('can our compositors study matchmoving anywhere?')).toEqual({
      needs: ['matchmoving'],
      mode: 'learn',
    });
    expect(await read('наши аниматоры хотят научиться композитингу')).toEqual({
      needs: ['compositing'],
      mode: 'learn',
    });
    expect(await read('저희 회사 디자이너들이 모션그래픽 배울 곳 있나요')).toEqual({
      needs: ['motion-graphics'],
      mode: 'learn',
    });
    // The asker's people are the only work named: teaching them that work is what is asked.
    expect(await read('who can train our compositors?')).toEqual({ needs: ['compositor'], mode: 'learn' });
    expect((await read('Our studio needs a compositing vendor')).mode).toBe('do');
    // Read as learning, the search finds who teaches the work, not who does it.
    expect(await names('our editors want to study colour grading, who could help?')).toEqual(['Moscow Color School']);
    // The closing question is the asking, not a phrase the lexicon failed to place.
    expect(
      (await harness.matchmaking.findPartners('our editors want to study colour grading, who could help?')).unplaced,
    ).toEqual([]);
    expect((await harness.matchmaking.findPartners('cần đội dựng phim, ai giúp được không?')).unplaced).toEqual([]);
  });

  it('reads asking for the work done as a need for a service: met by who does it, not by a course', async () => {
    for (const question of [
      'who could handle rotoscoping for our feature?',
      '색보정 외주 맡길 곳 있나요?',
      'カラーグレーディングをやってくれる会社ありますか',
      'кто может сделать цветокоррекцию фильма?',
    ]) {
      expect((await harness.matchmaking.findPartners(question)).mode, question).toBe('do');
    }
    expect(await names('кто может сделать цветокоррекцию фильма?')).toEqual(['Moscow Color Studio']);
    expect(await names('who could do the colour grading for our film?')).toEqual(['Moscow Color Studio']);
    // Saying neither: the work alone decides, so both the studio and the school are found.
    expect(await names('цветокоррекция, есть кто?')).toEqual(
      expect.arrayContaining(['Moscow Color Studio', 'Moscow Color School']),
    );
  });
});

describe('the asker’s side and learning in a partner question', () => {
  const shipped = shippedScorerPerFile();
  const modeAsked = (question: string) => modeOf(shipped.normalizer.normalizeQuestion(question).delivery);

  it.each([
    ['en', 'can our compositors study matchmoving anywhere?', 'compositors'],
    ['en', "my team's animators need a rigging course", 'animators'],
    ['ko', '저희 회사 디자이너들이 모션그래픽 배울 곳 있나요', '디자이너들이'],
    ['ja', 'うちのアニメーターたちが作画を学べるところ', 'アニメーター'],
    ['ru', 'наши аниматоры хотят научиться композитингу', 'аниматоры'],
    ['vi', 'nhân viên bên mình cần học hậu kỳ âm thanh', 'nhân viên'],
    ['uz', "yosh animatorlarimiz kompozitingni o'rganmoqchi", 'animatorlarimiz'],
    ['id', 'animator kami perlu belajar rigging', 'animator'],
    ['th', 'ทีมกราฟิกของเราอยากเรียนโมชั่นกราฟิก', 'ทีมกราฟิก'],
  ])('leaves the asker’s own people out (%s: %s)', (_language, question, people) => {
    const rest = withoutAskerSide(question);
    expect(rest).toBeDefined();
    expect(rest).not.toContain(people);
    expect(modeAsked(question)).toBe('learn');
  });

  it('reads the question once, with the delivery it asks for set on its own reading', () => {
    const question = 'where can I study colour grading?';
    const plain = shipped.normalizer.normalize(question);
    const asked = shipped.normalizer.normalizeQuestion(question);
    expect(asked.text).toBe(question);
    expect(asked.segments).toEqual(plain.segments);
    expect([plain.delivery.teaches, asked.delivery.teaches]).toEqual([false, true]);
    expect(asked.serial).not.toBe(plain.serial);
    const read: string[] = [];
    const counting = {
      normalizeQuestion: (text: string) => {
        read.push(text);
        return shipped.normalizer.normalizeQuestion(text);
      },
    };
    const timesRead = (text: string) => {
      read.length = 0;
      readPartnerNeed(text, counting);
      return read.length;
    };
    expect(timesRead('who can dub Korean dramas into Japanese?')).toBe(1);
    expect(timesRead('can our compositors study matchmoving anywhere?')).toBe(1);
    // The asker's people held all the work named: read whole as well.
    expect(timesRead('who can train our compositors?')).toBe(2);
  });

  it('does not take other words for learning', () => {
    // The asking words alone (the lexicon's own forms for training may still take "course" and 교육).
    const neither = { teaches: false, serves: false, handsOut: false, hires: false };
    expect(askedDelivery('of course we pay, who can do the rotoscoping?', neither).teaches).toBe(false);
    expect(askedDelivery('교육용 영상 만들어 줄 업체', neither)).toEqual({ ...neither, serves: true });
    expect(askedDelivery('где научиться цветокоррекции?', neither)).toEqual({ ...neither, teaches: true });
    expect(withoutAskerSide('who can dub Korean dramas into Japanese?')).toBeUndefined();
  });
});
