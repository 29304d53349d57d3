import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfilesFile } from '../../src/matchmaking/load-profiles.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { createHarness, fixturesDir, type Harness, partnerNames } from './matchmaking-harness.js';

async function fixture(name: string): Promise<ProfileInput[]> {
  const loaded = await loadProfilesFile(path.join(fixturesDir, name));
  expect(loaded.problems).toEqual([]);
  return loaded.profiles;
}

describe('matching across languages, with look-alikes kept out', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({
      profiles: [...(await fixture('mixed-languages.yaml')), ...(await fixture('other-languages.yaml'))],
    });
  });
  afterAll(async () => harness.close());

  const partnersOf = async (name: string) => partnerNames(await harness.matchmaking.match(name, { limit: 10 }), name);

  it('a Da Nang studio needing "thiết kế nhân vật 2D" meets a Seoul center offering 2D character design courses, not a print shop', async () => {
    const matches = await harness.matchmaking.match('Xưởng phim hoạt hình Đà Nẵng', { limit: 10 });
    expect(partnerNames(matches, 'Xưởng phim hoạt hình Đà Nẵng')[0]).toBe('Seoul Character Academy');
    const reason = matches[0]?.reasons.find((entry) => entry.side === 'a' && entry.kind === 'need_offer');
    expect(reason?.need).toBe('thiết kế nhân vật 2D');
    expect(reason?.offer).toBe('2D character design courses');
    // Explained for the other side too: the academy's students get internships (thực tập) at the studio.
    expect(
      matches[0]?.reasons.some((entry) => entry.side === 'b' && entry.offer === 'thực tập cho sinh viên hoạt hình'),
    ).toBe(true);
    expect(partnerNames(matches, 'Xưởng phim hoạt hình Đà Nẵng')).not.toContain('PrintPro Design Shop');
  });

  it('a Korean drama producer needing "자막 번역" meets a Hanoi school offering Korean subtitle translation, not a wedding-video course', async () => {
    const partners = await partnersOf('한강 드라마 제작사');
    expect(partners[0]).toBe('Hanoi Language and Media School');
    expect(partners).not.toContain('Forever Wedding Film School');
    // It also needs film editors (영화 편집자): a real editing course answers, the wedding course does not.
    expect(partners).toContain('Busan Editing Academy');
  });

  it('matches Japanese, Russian, Uzbek, Korean and Vietnamese phrasings of the same skill', async () => {
    expect((await partnersOf('Tokyo Anime Works'))[0]).toBe('Busan 3D Animation Institute');
    expect((await partnersOf('Toshkent Post Studio'))[0]).toBe('Монтажная школа Ташкента');
    expect((await partnersOf('서울 웹툰 스튜디오'))[0]).toBe('Da Lat Comics Academy');
    expect(await partnersOf('Hanoi 3D Studio')).toContain('Busan 3D Animation Institute');
    const shorts = await partnersOf('Saigon Shorts');
    expect(shorts).toContain('Busan Editing Academy');
  });

  it('never suggests the look-alikes (print, web design, social-video marketing, wedding and real-estate video, archviz, logos, photo retouching)', async () => {
    const decoys = [
      'PrintPro Design Shop',
      'Forever Wedding Film School',
      'Pixel Web Agency',
      'Viral Clips Academy',
      'ArchViz Center Almaty',
      'Brand Logo Lab',
      'Home Video Academy',
      'Retouch Masters',
    ];
    for (const studio of [
      'Xưởng phim hoạt hình Đà Nẵng',
      '한강 드라마 제작사',
      'Tokyo Anime Works',
      'Toshkent Post Studio',
      '서울 웹툰 스튜디오',
      'Hanoi 3D Studio',
    ]) {
      const partners = await partnersOf(studio);
      for (const decoy of decoys) expect(partners, `${studio} ↔ ${decoy}`).not.toContain(decoy);
    }
    // Saigon Shorts does ask for web designers, so the web agency may meet that need; it never meets the editing need.
    const shorts = await harness.matchmaking.match('Saigon Shorts', { limit: 10 });
    for (const match of shorts) {
      for (const reason of match.reasons.filter((entry) => entry.need === 'short-form video editors')) {
        expect(decoys).not.toContain(match.a.name === 'Saigon Shorts' ? match.b.name : match.a.name);
        expect(reason.offer).not.toMatch(/marketing|wedding|real estate/i);
      }
    }
    // And the digest, chosen over everyone, holds no look-alike either.
    const digest = await harness.matchmaking.digest({ limit: 20 });
    for (const suggestion of digest.suggestions) {
      const names = [suggestion.a.name, suggestion.b.name];
      if (names.includes('Saigon Shorts') && names.includes('Pixel Web Agency')) continue;
      for (const decoy of decoys) expect(names, JSON.stringify(suggestion.reasons)).not.toContain(decoy);
    }
  });
});
