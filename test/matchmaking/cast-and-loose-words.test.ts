/**
 * Who a statement's work is for versus the work itself (a bare word for the cast beside other work), and partners the
 * lexicon cannot read found for needs it reads: candidates from the words of the parts it could not place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { looseTermsOf } from '../../src/matchmaking/profile-postings.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHarness, type Harness, partnerNames, shippedGlossary } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const normalizer = async () => {
  const glossary = await shippedGlossary();
  return createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
};
const subjectsOf = (statement: { segments: { subjects: string[] }[] }) =>
  new Set(statement.segments.flatMap((segment) => segment.subjects));
const peopleOf = (statement: { segments: { people: string[] }[] }) =>
  new Set(statement.segments.flatMap((segment) => segment.people));

describe('the cast in a statement about other work', () => {
  it('reads bare actors or extras beside other work as whom it is for', async () => {
    const read = await normalizer();
    for (const text of [
      'Разработка и пошив исторических костюмов для кино, включая массовку',
      'Period costume making for film, extras included',
    ]) {
      const statement = read.normalize(text);
      expect(subjectsOf(statement).has('costume-design'), text).toBe(true);
      expect(subjectsOf(statement).has('extras-casting'), text).toBe(false);
      expect(peopleOf(statement).has('extras-casting'), text).toBe(true);
    }
  });

  it('keeps finding the cast as work', async () => {
    const read = await normalizer();
    // Extras named with a word for finding them, beside interpreting.
    expect(subjectsOf(read.normalize('몽골어 통역 겸 보조출연자 섭외')).has('extras-casting')).toBe(true);
    expect(subjectsOf(read.normalize('Interpreting and extras casting for the shoot')).has('extras-casting')).toBe(
      true,
    );
    // Actors beside casting: the actors are what casting finds.
    expect(subjectsOf(read.normalize('แคสติ้งนักแสดงเด็กอายุ 8–12 ปี')).has('actor')).toBe(true);
    // No other work named: the performers are what is asked for.
    expect(subjectsOf(read.normalize('Массовка на 200 человек')).has('extras-casting')).toBe(true);
    // A director the screen tests are sent to is no other work.
    expect(subjectsOf(read.normalize('Кастинг: жүжигчид, проб бичлэг; найруулагч руу илгээх')).has('actor')).toBe(true);
  });

  it('no longer lets a costume workshop "including the crowd" meet a need for extras', async () => {
    const profile = (name: string, kind: ProfileInput['kind'], offers: string[], needs: string[] = []) => ({
      name,
      kind,
      country: 'Russia',
      languages: ['Russian'],
      offers,
      needs,
    });
    harness = await createHarness({
      profiles: [
        profile('Volga Epic', 'studio', [], ['Массовка для батальных сцен: 300 человек на смену', 'Прокат оружия']),
        profile('Epokha Costumes', 'agency', ['Пошив исторических костюмов для кино, включая массовку']),
        profile('Tolpa Agency', 'agency', ['Подбор массовки для кино и сериалов, бригадиры на площадке']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Volga Epic'), 'Volga Epic')).toEqual(['Tolpa Agency']);
  });
});

describe('words of the parts the lexicon could not place', () => {
  it("are a statement part's words only where no work was found, and all words when nothing was placed", async () => {
    const read = await normalizer();
    const partly = read.normalize('Nuke compositing, wire removal on ropes and harnesses');
    const loose = looseTermsOf(partly);
    expect(loose).not.toContain('compositing');
    const nothing = read.normalize('Zorblat quenching for glimmer rigs');
    expect(looseTermsOf(nothing)).toEqual(nothing.terms);
  });

  it('find a partner the lexicon cannot read for a need it reads, on words rare in the pool', async () => {
    const profile = (name: string, kind: ProfileInput['kind'], offers: string[], needs: string[] = []) => ({
      name,
      kind,
      country: 'Vietnam',
      languages: ['Vietnamese'],
      offers,
      needs,
    });
    harness = await createHarness({
      profiles: [
        profile(
          'Anh Duong App',
          'platform',
          [],
          [
            'Làm audio description cho 20 phim truyện: viết lời mô tả hình ảnh, thu giọng đọc, chèn vào khoảng lặng giữa thoại',
          ],
        ),
        profile('Loi Ke Group', 'agency', [
          'Thuyết minh cho người khiếm thị: lời mô tả hình ảnh chèn giữa các câu thoại, giọng đọc, trộn thành đường tiếng riêng',
        ]),
        profile('Song Hong Buses', 'agency', ['Cho thuê xe khách đưa đón đoàn phim']),
        profile('Thu Do Dubbing', 'agency', ['Lồng tiếng phim hoạt hình']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Anh Duong App'), 'Anh Duong App')).toContain('Loi Ke Group');
  });
});
