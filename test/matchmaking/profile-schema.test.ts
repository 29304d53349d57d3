import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transliterateCyrillic } from '../../src/knowledge/romanize.js';
import { loadProfilesFile, parseProfileEntries } from '../../src/matchmaking/load-profiles.js';
import { profileIdFromName, profileInputSchema } from '../../src/matchmaking/profile-schema.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { createHarness, fixturesDir, type Harness } from './matchmaking-harness.js';

describe('profileIdFromName', () => {
  it('slugs Latin names, folds Vietnamese diacritics and transliterates Cyrillic', () => {
    expect(profileIdFromName('IT Works Korea')).toBe('it-works-korea');
    expect(profileIdFromName('Xưởng phim hoạt hình Đà Nẵng')).toBe('xuong-phim-hoat-hinh-da-nang');
    expect(profileIdFromName('Монтажная школа')).toBe('montazhnaya-shkola');
    // Ids keep their own spelling of the shared Cyrillic table (х → kh; names are matched with х → h).
    expect(profileIdFromName('Студия «Хабаровск»')).toBe('studiya-khabarovsk');
    expect(transliterateCyrillic('Хабаровск')).toBe('habarovsk');
    expect(profileIdFromName('Қазақфильм')).toBe('qazaqfilm');
    expect(profileIdFromName('Өнер студиясы')).toMatch(/^ner-studiyasy-[0-9a-f]{10}$/);
    expect(
      profileInputSchema.shape.id.safeParse(
        profileIdFromName('Korean Broadcasters Engineering & Technicians Association'),
      ).success,
    ).toBe(true);
  });

  it('gives names in Hangul, kana or Han a stable hash-based id, different for different names', () => {
    const first = profileIdFromName('한빛 스튜디오');
    expect(first).toMatch(/^org-[0-9a-f]{10}$/);
    expect(profileIdFromName('  한빛   스튜디오 ')).toBe(first);
    expect(profileIdFromName('한빛 애니')).not.toBe(first);
    expect(profileIdFromName('東京アニメ')).toMatch(/^org-[0-9a-f]{10}$/);
    // Mixed names keep their Latin part readable and stay unique.
    expect(profileIdFromName('Studio 한빛')).toMatch(/^studio-[0-9a-f]{10}$/);
    expect(profileIdFromName('Studio 한빛')).not.toBe(profileIdFromName('Studio 두리'));
  });
});

describe('validating profile entries', () => {
  it('reports every bad entry with its index and field, and keeps the good ones', async () => {
    const loaded = await loadProfilesFile(path.join(fixturesDir, 'partners-with-errors.yaml'));
    expect(loaded.total).toBe(5);
    expect(loaded.profiles.map((profile) => profile.name)).toEqual(['Hanbit VFX', 'Seoul Compositing Academy']);
    const fields = loaded.problems.map((problem) => problem.field);
    expect(fields).toContain('[1].name');
    expect(fields).toContain('[2].kind');
    expect(fields).toContain('[2].languages');
    expect(fields).toContain('[4].sources[0].supports[0]');
    expect(loaded.problems.every((problem) => problem.file.endsWith('partners-with-errors.yaml'))).toBe(true);
    expect(loaded.problems.find((problem) => problem.field === '[2].kind')?.message).toMatch(/studio, talent_center/);
  });

  it('reports duplicate names and a file that is not a list, or not YAML/JSON at all', async () => {
    const duplicates = parseProfileEntries(
      [
        { name: 'Hanbit', kind: 'studio' },
        { name: ' hanbit ', kind: 'studio' },
      ],
      'upload',
    );
    expect(duplicates.problems).toEqual([expect.objectContaining({ field: '[1].name' })]);
    expect(parseProfileEntries({ nope: true }, 'upload').problems[0]?.field).toBe('(root)');
    expect(parseProfileEntries({ profiles: [{ name: 'Wrapped', kind: 'agency' }] }, 'upload').profiles).toHaveLength(1);

    const { folder, cleanup } = await createTemporaryFolder();
    try {
      const broken = path.join(folder, 'broken.json');
      await writeFile(broken, '[{"name": "x",');
      expect((await loadProfilesFile(broken)).problems[0]).toMatchObject({
        field: '(file)',
        message: expect.stringMatching(/not valid JSON/),
      });
      expect((await loadProfilesFile(path.join(folder, 'missing.yaml'))).problems[0]?.message).toMatch(/not found/);
    } finally {
      await cleanup();
    }
  });
});

describe('profiles through the service', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => harness.close());

  it('imports the good entries and reports the bad ones; with strict, imports none', async () => {
    const loaded = parseYaml(await readFile(path.join(fixturesDir, 'partners-with-errors.yaml'), 'utf8')) as unknown[];
    const strict = await harness.matchmaking.profiles.importMany(loaded, { strict: true, file: 'partners.yaml' });
    expect(strict.imported).toEqual([]);
    expect(strict.problems.length).toBeGreaterThanOrEqual(4);
    expect(await harness.matchmaking.profiles.list()).toEqual([]);

    const lenient = await harness.matchmaking.profiles.importMany(loaded, { file: 'partners.yaml' });
    expect(lenient.imported.map((party) => party.name)).toEqual(['Hanbit VFX', 'Seoul Compositing Academy']);
    expect(lenient.problems[0]?.file).toBe('partners.yaml');
    expect((await harness.matchmaking.profiles.list()).map((profile) => profile.origin)).toEqual(['import', 'import']);
  });

  it('upserts by name, rejects invalid input with field paths, finds by alias, removes', async () => {
    const created = await harness.matchmaking.profiles.upsert({
      name: '한빛 스튜디오',
      aliases: ['Hanbit'],
      kind: 'studio',
      needs: ['VFX artists'],
    });
    expect(created.id).toBe(profileIdFromName('한빛 스튜디오'));
    const replaced = await harness.matchmaking.profiles.upsert({
      name: '한빛 스튜디오',
      kind: 'studio',
      needs: ['animators'],
    });
    expect(replaced.id).toBe(created.id);
    expect((await harness.matchmaking.profiles.get('한빛 스튜디오')).needs).toEqual(['animators']);
    await harness.matchmaking.profiles.upsert({ name: '한빛 스튜디오', aliases: ['Hanbit'], kind: 'studio' });
    expect((await harness.matchmaking.profiles.get('hanbit')).id).toBe(created.id);

    await expect(harness.matchmaking.profiles.upsert({ name: '', kind: 'spaceship' } as never)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/name: .*kind: must be one of/s),
    });
    await expect(harness.matchmaking.profiles.get('Nobody Studio')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await harness.matchmaking.profiles.remove('한빛 스튜디오');
    expect(await harness.matchmaking.profiles.list()).toEqual([]);
  });

  it('links members, lets only linked members replace their profile, and notices another process’s changes', async () => {
    await harness.matchmaking.profiles.upsert({ name: 'Hanbit VFX', kind: 'studio' }, { owner: 'slack:U1' });
    expect((await harness.matchmaking.profiles.forMember('slack:U1'))?.name).toBe('Hanbit VFX');
    expect((await harness.matchmaking.profiles.get('Hanbit VFX')).origin).toBe('member');
    await expect(
      harness.matchmaking.profiles.upsert({ name: 'Hanbit VFX', kind: 'agency' }, { owner: 'slack:U2' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await harness.matchmaking.profiles.linkMember('discord:7', 'Hanbit VFX');
    expect((await harness.matchmaking.profiles.forMember('discord:7'))?.id).toBe('hanbit-vfx');

    const other = harness.reopen();
    await other.profiles.upsert({ name: 'Seoul Compositing Academy', kind: 'talent_center', offers: ['VFX training'] });
    expect((await harness.matchmaking.profiles.list()).map((profile) => profile.name)).toContain(
      'Seoul Compositing Academy',
    );
  });

  it('keeps model proposals out of matching until accepted', async () => {
    await harness.matchmaking.profiles.upsert({ name: 'Hanbit VFX', kind: 'studio', needs: ['VFX artists'] });
    const proposal = await harness.matchmaking.profiles.propose(
      {
        name: 'Proposed VFX Academy',
        kind: 'talent_center',
        offers: ['VFX training'],
        quote: 'IT Works Korea, a resident of IT Park, recently opened an office in Samarkand.',
      },
      { articleId: 'uzbekistan-korea-digital-content' },
    );
    expect(proposal.origin).toBe('proposed');
    expect(proposal.sources).toEqual([{ articleId: 'uzbekistan-korea-digital-content', quote: expect.any(String) }]);
    expect(await harness.matchmaking.match('Hanbit VFX')).toEqual([]);
    await harness.matchmaking.profiles.accept('Proposed VFX Academy');
    expect((await harness.matchmaking.match('Hanbit VFX')).map((match) => match.b.name)).toEqual([
      'Proposed VFX Academy',
    ]);
    // A proposal never overwrites an existing profile.
    const kept = await harness.matchmaking.profiles.propose({ name: 'Hanbit VFX', kind: 'agency' });
    expect(kept.kind).toBe('studio');
  });

  it('two organizations sharing an alias: import notes it, a full name finds each, the alias asks which', async () => {
    const result = await harness.matchmaking.profiles.importMany(
      [
        {
          name: 'Көкжиек Фильм (Kokzhiek Film)',
          aliases: ['Kokzhiek Film'],
          kind: 'studio',
          city: 'Astana',
          needs: ['gaffers'],
        },
        {
          name: '«Көкжиек Фильм» ЖШС',
          aliases: ['Kokzhiek Film'],
          kind: 'studio',
          city: 'Almaty',
          needs: ['colorists'],
        },
        { name: 'Almaty Grip School', kind: 'talent_center', offers: ['gaffer and lighting crew courses'] },
      ],
      { file: 'profiles.yaml' },
    );
    expect(result.imported).toHaveLength(3);
    const shared = result.notes.filter((note) => note.includes('"Kokzhiek Film" also names'));
    expect(shared).toHaveLength(2);
    expect(result.notes.some((note) => note.startsWith('"Almaty Grip School"'))).toBe(false);
    // Each full name still finds its own organization, in any case and spacing.
    await expect(harness.matchmaking.match('«Көкжиек Фильм» ЖШС')).resolves.toBeDefined();
    await expect(harness.matchmaking.match('  көкжиек фильм (kokzhiek film) ')).resolves.toBeDefined();
    // The shared alias names both: the member is asked which one, with both names and ids.
    const ambiguous = harness.matchmaking.match('kokzhiek film');
    await expect(ambiguous).rejects.toThrow(/names 2 organizations: .*Көкжиек.*Көкжиек.*Give the full name or the id/);
    await expect(harness.matchmaking.match('Kokzhiek Film')).rejects.toMatchObject({
      details: { reason: 'AMBIGUOUS_ORGANIZATION' },
    });
  });
});
