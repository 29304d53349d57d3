/**
 * A role standing for a broader skill (camera operator → cinematography) is a broader offer for a narrower need
 * (Steadicam): partial, and none at all when the same item names another specialty it belongs to. Real lexicon.
 */
import { describe, expect, it } from 'vitest';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorer } from './matchmaking-harness.js';

describe('broad role offers', () => {
  it('counts a role for a broader skill as a broader offer, as the qualifying specialty when another one qualifies it', async () => {
    const { relations, score } = await shippedScorer();
    expect(relations.isBroader('steadicam-operation', 'camera-operator')).toBe(true);
    const need = 'Steadicam operator with own rig for 15 shooting days';
    const plain = score(need, 'Camera operators with their own kit');
    expect(plain).toBeGreaterThan(0);
    expect(plain).toBeLessThan(score(need, 'Steadicam operators with their own rigs'));
    // The camera operators beside an underwater DP are underwater camera people: another kind of camera work than
    // Steadicam (sibling crafts under cinematography, ./sibling-crafts.test.ts), in part and below the broad offer.
    const qualified = score(need, 'Underwater DP and camera operators with housings');
    expect(qualified).toBe(score(need, 'Underwater DP with housings'));
    expect(qualified).toBeLessThan(plain);
  });
});

describe('bare consulting', () => {
  it('covers a need for advice about named work only in part, below the threshold; advice about that work meets it', async () => {
    const { score } = await shippedScorer();
    const threshold = defaultScoringSettings.meetThreshold;
    for (const offer of ['consulting', '컨설팅', 'tư vấn', 'コンサルティング', 'консалтинг']) {
      expect(score('VFX pipeline consulting for our feature', offer), offer).toBeLessThan(threshold);
      expect(score('co-production consulting for Korean-Vietnamese films', offer), offer).toBeLessThan(threshold);
      // Consulting on a production is a kind of consulting: a bare offer is a broader one.
      expect(score('production consulting', offer), offer).toBeLessThan(score('production consulting', '제작 컨설팅'));
    }
    expect(score('VFX pipeline consulting for our feature', 'VFX pipeline consulting')).toBeGreaterThan(0.9);
    expect(score('consulting', 'consulting services')).toBeGreaterThan(0.9);
  });
});
