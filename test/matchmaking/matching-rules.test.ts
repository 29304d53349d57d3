import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { createHarness, type Harness, partnerNames } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const studio = (
  name: string,
  needs: string[],
  offers: string[] = [],
  extra: Partial<ProfileInput> = {},
): ProfileInput => ({
  name,
  kind: 'studio',
  country: 'South Korea',
  languages: ['Korean'],
  needs,
  offers,
  ...extra,
});
const center = (
  name: string,
  offers: string[],
  needs: string[] = [],
  extra: Partial<ProfileInput> = {},
): ProfileInput => ({
  name,
  kind: 'talent_center',
  country: 'South Korea',
  languages: ['Korean'],
  offers,
  needs,
  ...extra,
});

describe('hard filters', () => {
  it('only pairs kinds that can meet: two others when a need is met, never two training centers, never itself', async () => {
    harness = await createHarness({
      profiles: [
        // A film archive and a restoration lab are both "other": the kind says nothing about what they do.
        { name: 'Other One', kind: 'other', needs: ['film restoration'], offers: ['VFX training'] },
        { name: 'Other Two', kind: 'other', needs: ['VFX artists'], offers: ['film restoration and 4K scanning'] },
        { name: 'Other Three', kind: 'other', needs: ['web design'], offers: ['general accounting'] },
        center('Center One', ['VFX training'], ['VFX instructors']),
        center('Center Two', ['VFX training'], ['VFX instructors']),
        studio('Self Sufficient Studio', ['VFX artists'], ['VFX training']),
      ],
    });
    const others = partnerNames(await harness.matchmaking.match('Other One'), 'Other One');
    expect(others).toContain('Other Two');
    expect(others).not.toContain('Other Three');
    // The studio needs what Other One offers: it is in the studio's own list (Other One's lists the partner meeting
    // its own need, not one that only needs its offer: ../../src/matchmaking/honest-list.ts).
    expect(partnerNames(await harness.matchmaking.match('Self Sufficient Studio'), 'Self Sufficient Studio')).toContain(
      'Other One',
    );
    expect(partnerNames(await harness.matchmaking.match('Center One'), 'Center One')).not.toContain('Center Two');
    const studioPartners = partnerNames(
      await harness.matchmaking.match('Self Sufficient Studio'),
      'Self Sufficient Studio',
    );
    expect(studioPartners).not.toContain('Self Sufficient Studio');
    expect(studioPartners).toEqual(expect.arrayContaining(['Center One', 'Center Two']));
  });

  it('never matches an organization with a body it belongs to', async () => {
    harness = await createHarness({
      profiles: [
        {
          name: 'Film Council',
          aliases: ['FC'],
          kind: 'agency',
          needs: ['film editing training'],
          offers: ['film funding'],
        },
        center('Film Council Academy', ['film editing courses'], ['film funding'], { affiliations: ['FC'] }),
        studio('Independent Studio', ['film editors'], ['film funding']),
      ],
    });
    const academy = partnerNames(await harness.matchmaking.match('Film Council Academy'), 'Film Council Academy');
    expect(academy).toEqual(['Independent Studio']);
  });

  it('needs at least one need met on one side: shared language, place or article alone is no match', async () => {
    harness = await createHarness({
      profiles: [
        studio('Seoul Drama House', ['subtitle translation'], [], {
          city: 'Seoul',
          sources: [{ articleId: 'kocca-vietnam-office', quote: 'KOCCA' }],
        }),
        center('Seoul Dance School', ['ballet classes'], [], {
          city: 'Seoul',
          sources: [{ articleId: 'kocca-vietnam-office', quote: 'KOCCA' }],
        }),
      ],
    });
    expect(await harness.matchmaking.match('Seoul Drama House')).toEqual([]);
  });
});

describe('reciprocal scoring', () => {
  it('ranks a two-sided fit above a one-sided one, and one with unmet needs no higher', async () => {
    harness = await createHarness({
      profiles: [
        studio('Hanbit VFX', ['Nuke compositors'], ['internships for compositing students']),
        // Meets the studio's need and wants what the studio offers.
        center('Two Sided Academy', ['Nuke compositing courses'], ['internships for our students']),
        // Meets the need equally well but wants nothing from the studio.
        center('One Sided Academy', ['Nuke compositing courses']),
        // Meets the need, but what it needs the studio does not offer.
        center('Unmet Needs Academy', ['Nuke compositing courses'], ['funding for film equipment']),
      ],
    });
    const matches = await harness.matchmaking.match('Hanbit VFX');
    expect(partnerNames(matches, 'Hanbit VFX')[0]).toBe('Two Sided Academy');
    const byName = new Map(matches.map((match) => [match.b.name, match]));
    const twoSided = byName.get('Two Sided Academy');
    const oneSided = byName.get('One Sided Academy');
    const unmet = byName.get('Unmet Needs Academy');
    expect(twoSided && oneSided && unmet).toBeTruthy();
    expect(twoSided?.score).toBeGreaterThan(oneSided?.score ?? 1);
    expect(unmet?.score).toBeLessThanOrEqual(oneSided?.score ?? 0);
    // Both directions are reported, and the reasons speak to each side.
    expect(twoSided?.scoreForA).toBeGreaterThan(0.5);
    // The academy's need ("internships") is generic: weak reciprocity, never a reason on its own.
    expect(twoSided?.scoreForB).toBeGreaterThan(0);
    expect(oneSided?.scoreForB).toBe(0);
    expect(
      twoSided?.reasons
        .filter((reason) => reason.kind === 'need_offer')
        .map((reason) => reason.side)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(oneSided?.reasons.some((reason) => reason.side === 'b' && reason.kind === 'need_offer')).toBe(false);
    expect(twoSided?.reasons.find((reason) => reason.side === 'a')?.text).toBe(
      'Hanbit VFX needs Nuke compositors ↔ Two Sided Academy offers Nuke compositing courses',
    );
  });

  it('boosts a shared working language and the same city, and says so', async () => {
    harness = await createHarness({
      profiles: [
        studio('Da Nang Animation', ['3D animators'], [], {
          country: 'Vietnam',
          city: 'Đà Nẵng',
          languages: ['tiếng Việt', 'English'],
        }),
        center('Far Academy', ['3D animation training'], [], {
          country: 'Japan',
          city: 'Tokyo',
          languages: ['Japanese'],
        }),
        center('Near Academy', ['3D animation training'], [], {
          country: 'Viet Nam',
          city: 'Da Nang',
          languages: ['Vietnamese'],
        }),
      ],
    });
    const matches = await harness.matchmaking.match('Da Nang Animation');
    expect(partnerNames(matches, 'Da Nang Animation')).toEqual(['Near Academy', 'Far Academy']);
    const near = matches[0];
    expect(near?.reasons.filter((reason) => reason.side === 'both').map((reason) => reason.text)).toEqual([
      'both work in Vietnamese',
      'both are in Đà Nẵng',
    ]);
    expect(near?.score).toBeGreaterThan(matches[1]?.score ?? 1);
  });

  it('claims a shared working language only when both profiles show it (text or country), not from a list alone', async () => {
    harness = await createHarness({
      profiles: [
        studio('List Only Studio', ['3D 애니메이터'], [], { languages: ['Korean', 'English'] }),
        center('List Only Academy', ['3D 애니메이션 교육'], [], { languages: ['Korean', 'English'] }),
      ],
    });
    const [match] = await harness.matchmaking.match('List Only Studio');
    const languages = match?.reasons.filter((reason) => reason.kind === 'language').map((reason) => reason.text);
    expect(languages).toEqual(['both work in Korean']);
  });

  it('finds candidates through the glossary hierarchy: a narrower offer meets a broader need and a role its skill', async () => {
    harness = await createHarness({
      profiles: [
        studio('Broad Needs Studio', ['animation'], []),
        center('Specific Academy', ['3D character animation bootcamp']),
        studio('Role Studio', ['compositors'], []),
        center('Skill Academy', ['compositing workshop']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Broad Needs Studio'), 'Broad Needs Studio')).toContain(
      'Specific Academy',
    );
    expect(partnerNames(await harness.matchmaking.match('Role Studio'), 'Role Studio')).toContain('Skill Academy');
  });

  it('matches words the lexicon does not know only when an offer repeats most of them, not by loose similarity', async () => {
    harness = await createHarness({
      profiles: [
        studio('Hologram Stage Studio', ['volumetric hologram stagehands'], []),
        center('Hologram Academy', ['volumetric hologram stagehand apprenticeships']),
        center('Hologram Souvenir Shop', ['hologram stickers and volumetric keychains']),
        center('Unrelated Academy', ['pottery lessons']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Hologram Stage Studio'), 'Hologram Stage Studio')).toEqual([
      'Hologram Academy',
    ]);
  });

  it('compares the language pair of a dubbing or subtitling need: into the language asked for, not any dubbing', async () => {
    harness = await createHarness({
      profiles: [
        studio('Jakarta Streamer', ['Studio sulih suara (dubbing) serial Thailand ke bahasa Indonesia'], [], {
          country: 'Indonesia',
          languages: ['Indonesian'],
        }),
        studio('Almaty Distributor', ['Корей сериалдарын қазақ тіліне дубляждау'], [], {
          country: 'Kazakhstan',
          languages: ['Kazakh'],
        }),
        center('Bangkok Dubbers', ['พากย์ซีรีส์ไทยเป็นภาษาอินโดนีเซีย (แปลบท ลิปซิงค์)'], [], {
          country: 'Thailand',
          languages: ['Thai'],
        }),
        center('Almaty Voices', ['Түрік және корей сериалдарын қазақ тіліне дубляждау'], [], {
          country: 'Kazakhstan',
          languages: ['Kazakh'],
        }),
        center('Seoul Subtitle House', ['Korean to English subtitling of K-dramas'], [], {
          country: 'South Korea',
          languages: ['Korean', 'English'],
        }),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Jakarta Streamer'), 'Jakarta Streamer')).toEqual([
      'Bangkok Dubbers',
    ]);
    expect(partnerNames(await harness.matchmaking.match('Almaty Distributor'), 'Almaty Distributor')).toEqual([
      'Almaty Voices',
    ]);
  });

  it('keeps a film market (a sales event) apart from marketing, and ranks a broad offer below the specific work', async () => {
    harness = await createHarness({
      profiles: [
        studio('Festival Film Company', ['international sales agent to represent our film at film markets']),
        center('World Sales Agency', ['world sales and representation at film markets (Marché du Film, EFM)']),
        center('Marketplace Marketing Agency', ['marketing and promotion on online marketplaces, SMM']),
        studio('Disaster Movie VFX', ['matchmove and 3D camera tracking (3DEqualizer)']),
        center('Any Task Staffing', ['VFX and animation specialists for any task']),
        center('Tracking Academy', ['matchmoving and camera tracking course with 3DEqualizer']),
      ],
    });
    const film = partnerNames(await harness.matchmaking.match('Festival Film Company'), 'Festival Film Company');
    expect(film[0]).toBe('World Sales Agency');
    expect(film).not.toContain('Marketplace Marketing Agency');
    const vfx = await harness.matchmaking.match('Disaster Movie VFX');
    expect(partnerNames(vfx, 'Disaster Movie VFX')[0]).toBe('Tracking Academy');
    const broad = vfx.find((match) => partnerNames([match], 'Disaster Movie VFX')[0] === 'Any Task Staffing');
    expect(broad === undefined || broad.score < (vfx[0]?.score ?? 0) * 0.75).toBe(true);
  });

  it('meets a need for local work in a named country with an organization there before one elsewhere', async () => {
    harness = await createHarness({
      profiles: [
        studio('Seoul Drama Maker', ['local production accountant for our location shoot in Vietnam']),
        center('Almaty Production Service', ['production accounting and line producing'], [], {
          country: 'Kazakhstan',
          languages: ['Kazakh'],
        }),
        center('Hanoi Film Services', ['production accounting for foreign shoots'], [], {
          country: 'Vietnam',
          languages: ['Vietnamese'],
        }),
      ],
    });
    const matches = await harness.matchmaking.match('Seoul Drama Maker');
    expect(partnerNames(matches, 'Seoul Drama Maker')[0]).toBe('Hanoi Film Services');
    const [near, away] = matches;
    expect(away === undefined || (near?.score ?? 0) > away.score).toBe(true);
  });

  it('does not take a job opening offered for the work itself: a writer position is no writing service', async () => {
    harness = await createHarness({
      profiles: [
        studio('Kids Series Studio', ["screenwriter for a children's animated series"]),
        studio('Drama House', ['dubbing into Korean'], ['head screenwriter position for a 60-episode drama']),
        center('Writers Academy', ['screenwriting course and writers for hire for animated series']),
      ],
    });
    expect(partnerNames(await harness.matchmaking.match('Kids Series Studio'), 'Kids Series Studio')).toEqual([
      'Writers Academy',
    ]);
  });

  it('counts a need listing several items as met when one partner meets them with different offers', async () => {
    harness = await createHarness({
      profiles: [
        studio('Webtoon Exporter', ['webtoon translation, comic lettering']),
        // Alone, each offer meets one item as well as the other center's one offer does.
        center('Full Localizer', ['webtoon translation', 'comic lettering']),
        center('Able Translators', ['webtoon translation']),
      ],
    });
    const matches = await harness.matchmaking.match('Webtoon Exporter');
    expect(partnerNames(matches, 'Webtoon Exporter')[0]).toBe('Full Localizer');
    expect(matches[0]?.score ?? 0).toBeGreaterThan(matches[1]?.score ?? 0);
  });
});
