/**
 * A role standing for a broader skill (camera operator → cinematography) is a broader offer for a narrower need
 * (Steadicam): partial, and none at all when the same item names another specialty it belongs to. Real lexicon.
 */
import { describe, expect, it } from 'vitest';
import { shippedScorer } from './matchmaking-harness.js';

describe('broad role offers', () => {
  it('counts a role for a broader skill as a broader offer, void when another specialty qualifies it', async () => {
    const { relations, score } = await shippedScorer();
    expect(relations.isBroader('steadicam-operation', 'camera-operator')).toBe(true);
    const need = 'Steadicam operator with own rig for 15 shooting days';
    const plain = score(need, 'Camera operators with their own kit');
    expect(plain).toBeGreaterThan(0);
    expect(plain).toBeLessThan(score(need, 'Steadicam operators with their own rigs'));
    expect(score(need, 'Underwater DP and camera operators with housings')).toBe(0);
  });
});
