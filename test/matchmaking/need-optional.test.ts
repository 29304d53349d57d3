/**
 * A need marked optional in a note ("(optional)", "(не обязательно)", "(không bắt buộc)") weighs less than the others,
 * and never leads the list as the studio's main need (src/matchmaking/need-priority.ts, direction-parts.ts).
 */
import { describe, expect, it } from 'vitest';
import { needWeights } from '../../src/matchmaking/direction-parts.js';
import { firstNeedWeight, isOptionalNeed, optionalWeight } from '../../src/matchmaking/need-priority.js';
import { shippedScorer } from './matchmaking-harness.js';

describe('optional needs', () => {
  it('reads an optional note in brackets in the bot languages', () => {
    for (const need of [
      'Drone shots for two scenes (optional)',
      'Съёмка с дрона (не обязательно)',
      'Quay flycam vài cảnh (không bắt buộc)',
      'ドローン撮影（任意）',
      '드론 촬영 (가능하면)',
      'Pengambilan gambar drone (opsional)',
      'Дрон зураг авалт (заавал биш)',
      '航拍（可选）',
    ])
      expect(isOptionalNeed(need)).toBe(true);
  });

  it('does not take the word outside a note, or a note of other words, for a mark', () => {
    expect(isOptionalNeed('Optional extras casting for crowd scenes')).toBe(false);
    expect(isOptionalNeed('Colour grading (HDR and SDR)')).toBe(false);
    expect(isOptionalNeed('Colour grading (main)')).toBe(false);
  });

  it('weighs an optional need less, and lets the next need lead when the first is optional', async () => {
    const { normalizer } = await shippedScorer();
    const read = (texts: string[]) => texts.map((text) => normalizer.normalize(text));
    const plain = read(['Colour grading for a feature', 'Drone shots (optional)', 'Trailer editing']);
    expect(needWeights(plain, [true, true, true])).toEqual([firstNeedWeight, optionalWeight, 1]);
    const optionalFirst = read(['Drone shots (optional)', 'Colour grading for a feature']);
    expect(needWeights(optionalFirst, [true, true])).toEqual([optionalWeight, firstNeedWeight]);
  });
});
