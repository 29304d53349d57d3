/**
 * A need's broad word that restates its own specific work (./src/matchmaking/restated-subjects.ts): an offer of only
 * the broad work meets the need in part, as a broader offer, not in full through the broad word.
 */
import { describe, expect, it } from 'vitest';
import { shippedScorer } from './matchmaking-harness.js';

const scored = async (need: string, offer: string) => {
  const { normalizer, scorer } = await shippedScorer();
  return scorer.score(normalizer.normalize(need), normalizer.normalize(offer));
};

describe('a need restating its specific work in broad words', () => {
  it('a detail naming the heading work broadly is not met in full by an offer of only the broad work', async () => {
    const need = 'Spine 2D animators: idle, attack and hit animations for game characters';
    const broad = await scored(need, 'UI animation for mobile games');
    const specific = await scored(need, 'Spine 2D skeletal animation for game characters');
    expect(broad.score).toBeGreaterThan(0);
    expect(broad.score).toBeLessThan(0.5);
    expect(broad.broad).toBe(true);
    expect(specific.score).toBeGreaterThan(broad.score);
  });

  it('a heading role met only by the broad skill below its details counts as a broader offer', async () => {
    const need = 'Film editor: rough cut, fine cut and video editing';
    const broad = await scored(need, 'Video editing for YouTube channels');
    expect(broad.broad).toBe(true);
    expect(broad.score).toBeLessThanOrEqual(0.5);
    expect((await scored(need, 'Feature film editing: rough cut to picture lock')).score).toBeGreaterThan(broad.score);
  });

  it('two distinct works of one need are both kept: an offer of one meets half', async () => {
    const result = await scored('Compositing and sound mixing', 'Sound mixing');
    expect(result.parts).toEqual([0, 1]);
    expect(result.score).toBe(0.5);
  });

  it('a need naming only the broad work is still met in full by an offer of it', async () => {
    expect((await scored('Animation for a children series', 'Animation production for TV series')).score).toBe(1);
  });
});

describe('a need placed on its craft, not on a broad department', () => {
  it('reads the Indonesian picture editor as the editing craft, not the editing department', async () => {
    const { normalizer } = await shippedScorer();
    for (const need of ['Penyunting gambar untuk film panjang', 'Jasa penyuntingan gambar film fiksi']) {
      const concepts = normalizer.normalize(need).concepts;
      expect(concepts).toContain('film-editing');
      expect(concepts).not.toContain('editorial');
    }
  });
});
