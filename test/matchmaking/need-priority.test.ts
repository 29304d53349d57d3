/**
 * A need marked as the main one (a note in brackets or a label before a colon, in the bot's languages) weighs more:
 * a partner meeting it ranks above one meeting minor needs only. Real lexicon, normaliser and scorer.
 */
import { describe, expect, it } from 'vitest';
import { isPriorityNeed } from '../../src/matchmaking/need-priority.js';
import { scoreDirection } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorer } from './matchmaking-harness.js';

describe('main needs', () => {
  it('reads a priority note in brackets or as a leading label, not priority words elsewhere', () => {
    for (const text of [
      'Colorist for HDR grading (main)',
      'URGENT: boom operator for 20 days',
      'Скрипт-супервайзер (срочно): 70 смен',
      'Live2Dモデラー（最優先）：6名分',
      '수중 촬영팀(가장 시급): 12회차',
      'Animator Spine 2D (gấp nhất): 60 nhân vật',
      'Penata suara (paling mendesak, utama)',
      'Тоглоомын 3D дүрийн анимаци (хамгийн чухал): 40 дүр',
      '竖屏短剧剪辑师（最急）：每部80集',
    ])
      expect(isPriorityNeed(text), text).toBe(true);
    for (const text of [
      'Main title design for a feature',
      'Urgent news graphics for a channel',
      'Colorist (DaVinci Resolve)',
      'Оружейник: холостое оружие',
    ])
      expect(isPriorityNeed(text), text).toBe(false);
  });

  it('ranks a partner meeting the main need above one meeting two minor needs', async () => {
    const { normalizer, scorer } = await shippedScorer();
    const needs = [
      'Steadicam operator with own rig (main): 40 shooting days',
      'Script supervisor for continuity',
      'Boom operator for location sound',
    ].map((text) => normalizer.normalize(text));
    const mainOnly = scoreDirection(needs, [normalizer.normalize('Steadicam operators with their own rigs')], scorer);
    const minorTwo = scoreDirection(
      needs,
      ['Script supervisors for series', 'Boom operators and sound mixers'].map((text) => normalizer.normalize(text)),
      scorer,
    );
    expect(mainOnly.specificMet).toBe(1);
    expect(minorTwo.specificMet).toBe(2);
    expect(mainOnly.coverage).toBeGreaterThan(minorTwo.coverage);
    // Unmarked, the same needs keep the old order: two needs met outrank one.
    const plain = needs.map((need) => normalizer.normalize(need.text.replace(' (main)', '')));
    const plainMain = scoreDirection(plain, [normalizer.normalize('Steadicam operators with their own rigs')], scorer);
    const plainMinor = scoreDirection(
      plain,
      ['Script supervisors for series', 'Boom operators and sound mixers'].map((text) => normalizer.normalize(text)),
      scorer,
    );
    expect(plainMinor.coverage).toBeGreaterThan(plainMain.coverage);
  });

  it('with no need marked, ranks a partner meeting the first listed need above one meeting a later need alone', async () => {
    const { normalizer, scorer } = await shippedScorer();
    const needs = ['Steadicam operator with own rig: 40 shooting days', 'Script supervisor for continuity'].map(
      (text) => normalizer.normalize(text),
    );
    const first = scoreDirection(needs, [normalizer.normalize('Steadicam operators with their own rigs')], scorer);
    const later = scoreDirection(needs, [normalizer.normalize('Script supervisors for series')], scorer);
    // Read the other way round, the same two offers swap places.
    const swapped = [...needs].reverse();
    expect(
      scoreDirection(swapped, [normalizer.normalize('Script supervisors for series')], scorer).coverage,
    ).toBeGreaterThan(
      scoreDirection(swapped, [normalizer.normalize('Steadicam operators with their own rigs')], scorer).coverage,
    );
    expect(first.specificMet).toBe(1);
    expect(later.specificMet).toBe(1);
    expect(first.coverage).toBeGreaterThan(later.coverage);
  });

  it('with no need marked, a partner meeting the first need in full ranks above one meeting it broadly beside a later need', async () => {
    const { normalizer, scorer } = await shippedScorer();
    const needs = ['Steadicam operator with own rig: 40 shooting days', 'Script supervisor for continuity'].map(
      (text) => normalizer.normalize(text),
    );
    const main = scoreDirection(needs, [normalizer.normalize('Steadicam operators with their own rigs')], scorer);
    const broadAndLater = scoreDirection(
      needs,
      ['Camera operators for drama series', 'Script supervisors for series'].map((text) => normalizer.normalize(text)),
      scorer,
    );
    expect(broadAndLater.met.some((met) => met.broad)).toBe(true);
    expect(broadAndLater.specificMet).toBe(2);
    expect(main.coverage).toBeGreaterThan(broadAndLater.coverage);
  });
});
