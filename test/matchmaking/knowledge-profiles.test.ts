import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { loadProfilesFile } from '../../src/matchmaking/load-profiles.js';
import type { Match } from '../../src/matchmaking/types.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { createHarness, type Harness, partnerNames } from './matchmaking-harness.js';

const profilesFile = path.join(shippedKnowledgeDir, 'profiles.yaml');
const uzbekistanArticle = 'uzbekistan-korea-digital-content';

describe('knowledge/profiles.yaml', () => {
  it('loads without problems and describes the organizations of the seed articles', async () => {
    const loaded = await loadProfilesFile(profilesFile);
    expect(loaded.problems).toEqual([]);
    const names = loaded.profiles.map((profile) => profile.name);
    for (const expected of [
      'IT Works Korea',
      'IT Park Uzbekistan',
      'Samarkand graphic production center',
      'Korean Broadcasters Engineering & Technicians Association',
      'Netflix Korea',
      'Korea Creative Content Agency',
      'Korean Film Council',
      'Korea Film Academy',
      'KOCCA Vietnam office',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('backs every offer and need with a passage quoted word for word from its article', async () => {
    const { profiles } = await loadProfilesFile(profilesFile);
    const { articles } = await loadArticles([path.join(shippedKnowledgeDir, 'articles')]);
    const articleText = new Map(articles.map((article) => [article.id, article.text]));
    for (const profile of profiles) {
      expect(profile.sources.length, profile.name).toBeGreaterThan(0);
      for (const source of profile.sources) {
        const text = articleText.get(source.articleId);
        expect(text, `${profile.name}: unknown article ${source.articleId}`).toBeDefined();
        expect(text?.includes(source.quote), `${profile.name}: not verbatim: ${source.quote}`).toBe(true);
      }
      for (const statement of [...profile.offers, ...profile.needs]) {
        const backed = profile.sources.some((source) => source.supports?.includes(statement) === true);
        expect(backed, `${profile.name}: "${statement}" has no source`).toBe(true);
      }
    }
  });
});

describe('matching the knowledge-base organizations', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({ knowledge: true });
  });
  afterAll(async () => harness.close());

  const citesArticle = (match: Match, side: 'a' | 'b', articleId: string) =>
    match.reasons
      .filter((reason) => reason.side === side && reason.kind === 'need_offer')
      .some((reason) =>
        (reason.citationNumbers ?? []).some(
          (n) => match.citations.find((citation) => citation.n === n)?.articleId === articleId,
        ),
      );

  it('ranks the Samarkand graphic production center and IT Park at the top for IT Works Korea, explained on both sides with the Uzbekistan article', async () => {
    const matches = await harness.matchmaking.match('IT Works Korea', { limit: 5 });
    const top = partnerNames(matches, 'IT Works Korea').slice(0, 3);
    expect(top).toContain('IT Park Uzbekistan');
    expect(top).toContain('Samarkand graphic production center');
    const explained = matches.filter((entry) =>
      ['IT Park Uzbekistan', 'Samarkand graphic production center'].includes(entry.b.name),
    );
    expect(explained).toHaveLength(2);
    for (const match of explained) {
      expect(match.a.name).toBe('IT Works Korea');
      expect(citesArticle(match, 'a', uzbekistanArticle)).toBe(true);
      // The center's own need (training in video production) is not what IT Works Korea offers
      // (video editing is other work under the taxonomy), so only IT Park is explained both ways.
      if (match.b.name === 'IT Park Uzbekistan') expect(citesArticle(match, 'b', uzbekistanArticle)).toBe(true);
      const uzbekistanCitation = match.citations.find((citation) => citation.articleId === uzbekistanArticle);
      expect(uzbekistanCitation?.title).toBe('Uzbekistan and South Korea strengthen cooperation in digital content');
      expect(match.reasons.some((reason) => reason.kind === 'evidence')).toBe(true);
      expect(match.scoreForA).toBeGreaterThan(0);
    }
  });

  it('matches Netflix Korea with the Korea Film Academy and KOCCA training programs, both ways', async () => {
    const matches = await harness.matchmaking.match('Netflix Korea', { limit: 5 });
    const top = partnerNames(matches, 'Netflix Korea').slice(0, 3);
    expect(top).toContain('Korea Film Academy');
    expect(top).toContain('Korea Creative Content Agency');
    const kocca = matches.find((match) => match.b.name === 'Korea Creative Content Agency') as Match;
    expect(kocca.reasons.some((reason) => reason.side === 'a' && /training/i.test(reason.offer ?? ''))).toBe(true);
    expect(kocca.reasons.some((reason) => reason.side === 'b')).toBe(true);
    // The same organization is found by its aliases.
    expect(partnerNames(await harness.matchmaking.match('KAFA', { limit: 3 }), 'Korea Film Academy')).toContain(
      'Netflix Korea',
    );
  });

  it('never matches a body with its own office or parent (affiliations), nor two organizations of kinds that do not meet', async () => {
    const academy = partnerNames(
      await harness.matchmaking.match('Korea Film Academy', { limit: 20 }),
      'Korea Film Academy',
    );
    expect(academy).not.toContain('Korean Film Council');
    const vietnam = partnerNames(
      await harness.matchmaking.match('KOCCA Vietnam office', { limit: 20 }),
      'KOCCA Vietnam office',
    );
    expect(vietnam).not.toContain('Korea Creative Content Agency');
  });

  it('keeps a knowledge profile an organizer removed out, also after the next start', async () => {
    await harness.matchmaking.profiles.remove('KOBETA');
    const reopened = harness.reopen();
    await expect(reopened.profiles.get('KOBETA')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
