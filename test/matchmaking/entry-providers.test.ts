/**
 * A member's own list scores every organization offering the work one of its specific needs names (the taxonomy's
 * inverted lists: that entry or narrower work), beside the candidate scan's few: a specialist the scan's embedding
 * pre-filter orders out is still found. Made-up profiles in Korean, Vietnamese and Russian over the shipped taxonomy,
 * a real SQLite store, the real matching engine with a scan of one candidate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { defaultMatchBoosts } from '../../src/matchmaking/explain-match.js';
import { createMatchingEngine } from '../../src/matchmaking/matching.js';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHarness, type Harness } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const profiles: ProfileInput[] = [
  {
    name: '스튜디오 한빛 VFX',
    kind: 'studio',
    country: 'South Korea',
    languages: ['Korean'],
    description: '서울의 VFX 스튜디오. 장편 영화 후반 작업 중.',
    offers: ['장편 영화 VFX 합성 외주'],
    needs: ['로토스코핑 아티스트: 장편 영화 300컷', '폴리 녹음: 장편 영화 효과음'],
  },
  {
    name: 'Xưởng Roto Sông Hàn',
    kind: 'studio',
    country: 'Vietnam',
    languages: ['Vietnamese'],
    description: 'Nhóm họa sĩ rotoscoping cho phim điện ảnh.',
    offers: ['Dịch vụ rotoscoping và paint cho phim điện ảnh'],
    needs: ['Khách hàng là studio VFX'],
  },
  {
    name: 'Студия шумов «Шорох»',
    kind: 'studio',
    country: 'Russia',
    languages: ['Russian'],
    description: 'Студия шумового оформления для кино.',
    offers: ['Запись шумов (фоли) для кино и сериалов'],
    needs: ['Заказчики из киноиндустрии'],
  },
];

describe('entry providers in a member’s own list', () => {
  it('scores every organization offering the work a need names, beyond the scan’s candidates', async () => {
    harness = await createHarness({ profiles });
    const glossary = harness.glossary;
    const engine = createMatchingEngine({
      store: harness.store,
      glossary,
      embedder: new HashedEmbedder({ glossary }),
      logger: createSilentLogger(),
      settings: defaultScoringSettings,
      explain: { lookupArticle: () => undefined, boosts: defaultMatchBoosts },
    });
    const studio = await engine.find('스튜디오 한빛 VFX', false);
    const list = (entryProviders: boolean) =>
      engine
        .matchesFor(studio, { limit: 10, blocked: new Map(), candidateLimit: 1, view: 'asker', entryProviders })
        .map((pair) => pair.b.profile.name);
    // The scan reads one candidate: one of the two specialists at most.
    expect(list(false).length).toBeLessThanOrEqual(1);
    expect(new Set(list(true))).toEqual(new Set(['Xưởng Roto Sông Hàn', 'Студия шумов «Шорох»']));
  }, 120_000);
});
