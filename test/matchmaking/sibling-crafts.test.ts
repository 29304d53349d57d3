/**
 * Sibling crafts (issue #11): a need for one kind of a craft is met in part by an offer of another kind of the same
 * craft — keying for a Nuke compositing need, film mixing for a dialogue-editing need, underwater camera work for a
 * Steadicam need — from the taxonomy's tree, below a specific offer of the work itself. Only a craft that is a skill
 * joins them (two trades of one department, rotoscoping and matchmoving under VFX, stay apart), and a declared
 * look-alike (tank vs open-water filming, film vs game trailers, screen vs voice actors) or work outside the field
 * (wedding video) still meets nothing.
 */
import { describe, expect, it } from 'vitest';
import { shippedScorerPerFile } from './matchmaking-harness.js';

const shipped = shippedScorerPerFile();

describe('sibling crafts', () => {
  it('meet a need in part, below an offer of the needed work itself', () => {
    const { score } = shipped;
    const cases: [string, string, string][] = [
      [
        'Nuke compositors for a feature film',
        'Green-screen keying and wire removal for feature films',
        'Nuke compositing for feature films',
      ],
      ['Dialogue editor for a feature film', 'Film sound mixing in 5.1', 'Dialogue editing and ADR for feature films'],
      ['Композеры Nuke на полнометражный фильм', 'Кеинг на зелёном фоне для кино', 'Композитинг в Nuke для кино'],
    ];
    for (const [need, sibling, itself] of cases) {
      const partial = score(need, sibling);
      expect(partial, `${need} ← ${sibling}`).toBeGreaterThan(0);
      expect(partial, `${need} ← ${sibling}`).toBeLessThan(score(need, itself));
    }
  });

  it('count another kind of the craft when a broad word beside it is that kind’s, not the broad offer', () => {
    const { score } = shipped;
    const need = 'Steadicam operator for a 20-day shoot';
    const qualified = score(need, 'Underwater DP and camera operators');
    expect(qualified).toBeGreaterThan(0);
    expect(qualified).toBeLessThan(score(need, 'Camera operators for drama series'));
    expect(qualified).toBeLessThan(score(need, 'Steadicam operators with their own rigs'));
  });

  it('never join two trades of one department, declared look-alikes or work outside the field', () => {
    const { score } = shipped;
    for (const [need, offer] of [
      ['Rotoscoping artists', 'Matchmoving and camera tracking'],
      ['Tank filming for underwater scenes in a studio tank', 'Open-water filming at sea with safety divers'],
      ['Trailer editor for our feature film', 'Game trailer editing for console launches'],
      ['Voice actors for an animated series', 'Film actors for a feature'],
      ['Documentary editor', 'Wedding video editing'],
    ] as const)
      expect(score(need, offer), `${need} ← ${offer}`).toBe(0);
  });
});
