/**
 * A bracket naming other work than the words before it is an aside (what that work deals with), not more work on
 * offer; a bracket listing kinds of it, glossing it or deciding a word of several senses stays. Real lexicon.
 */
import { describe, expect, it } from 'vitest';
import { shippedScorer } from './matchmaking-harness.js';

describe('aside brackets', () => {
  it('drops unrelated work named in brackets and keeps kinds, glosses and senses', async () => {
    const { normalizer, score } = await shippedScorer();
    const subjects = (text: string) => normalizer.normalize(text).segments.flatMap((segment) => segment.subjects);
    const continuity = subjects('Script supervisors: continuity (props, makeup, costume, eyelines), shift reports');
    expect(continuity).toContain('script-supervision');
    expect(continuity).not.toContain('makeup');
    expect(continuity).not.toContain('props');
    // A script-supervisor agency is no partner for a makeup need; a makeup workshop is.
    expect(
      score('SFX makeup and prosthetics for 60 shooting days', 'Script supervisors: continuity (makeup, costume)'),
    ).toBe(0);
    expect(
      score('SFX makeup and prosthetics for 60 shooting days', 'Prosthetic makeup (silicone appliances)'),
    ).toBeGreaterThan(0.4);
    // Kinds of the work before the bracket stay.
    expect(subjects('VFX (compositing, rotoscoping)')).toEqual(expect.arrayContaining(['compositing', 'rotoscoping']));
    // 撮影 in an anime studio: the bracket decides the sense.
    expect(subjects('撮影（コンポジット・撮影処理、After Effects）スタッフ')).toContain('anime-compositing');
  });
});

describe('brackets of details', () => {
  it('are not split at their commas and slashes: an unplaced item is listed whole, kinds of work still apart', async () => {
    const { normalizer } = await shippedScorer();
    expect(normalizer.normalize('продвижение на маркетплейсах (Wildberries, Ozon)').unplaced).toEqual([
      'продвижение на маркетплейсах (Wildberries, Ozon)',
    ]);
    const housing = normalizer.normalize('Underwater DP with housings (ALEXA Mini LF/FX6)');
    expect(housing.segments).toHaveLength(1);
    expect(housing.concepts).toContain('underwater-cinematography');
    // A bracket listing kinds of work is split as before.
    expect(normalizer.normalize('VFX (compositing, rotoscoping)').segments.length).toBeGreaterThan(1);
  });
});
