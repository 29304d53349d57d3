import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { harnessPerTest } from './matchmaking-harness.js';

const open = harnessPerTest();

const profile = (
  name: string,
  kind: ProfileInput['kind'],
  languages: string[],
  offers: string[],
  needs: string[] = [],
): ProfileInput => ({ name, kind, country: 'South Korea', languages, offers, needs });

// A studio writing in Korean whose only partner writes in English (the pair shares no wording, so its fused score is
// about half its coverage), beside English studios whose needs one English post house repeats word for word.
const profiles = [
  profile(
    'Han River Animation',
    'studio',
    ['Korean', 'English'],
    ['애니메이션 전공 학생 인턴십'],
    ['스톱모션 애니메이터'],
  ),
  profile('Alpha Frames', 'talent_center', ['English'], ['stop-motion animators']),
  profile(
    'North Frame Pictures',
    'studio',
    ['English'],
    ['paid internships for graduates'],
    ['Nuke compositors for feature film shots, wire removal and clean plates'],
  ),
  profile(
    'South Frame Pictures',
    'studio',
    ['English'],
    ['paid internships for graduates'],
    ['colorists for DI grading of a feature documentary'],
  ),
  profile(
    'Frame Finish House',
    'agency',
    ['English'],
    [
      'Nuke compositors for feature film shots, wire removal and clean plates',
      'colorists for DI grading in DaVinci Resolve',
    ],
  ),
  // Offers the studio nothing it needs: across languages or not, no met need, no pair.
  profile('Seoul Print Shop', 'agency', ['Korean'], ['포스터 인쇄']),
];

const pairOf = (suggestion: { a: { name: string }; b: { name: string } }) =>
  [suggestion.a.name, suggestion.b.name].sort().join(' ~ ');

describe('a digest across languages', () => {
  it('suggests a pair written in two languages that is its sides’ best before another pair’s second best', async () => {
    const harness = await open({ profiles });
    const [korean] = await harness.matchmaking.match('Han River Animation', { limit: 5 });
    const [, second] = await harness.matchmaking.match('Frame Finish House', { limit: 5 });
    // The pair written in two languages scores below the post house's second pair, as every list shows it.
    expect(korean?.b.name).toBe('Alpha Frames');
    expect(second).toBeDefined();
    expect(korean?.score ?? 1).toBeLessThan(second?.score ?? 0);

    const digest = await harness.matchmaking.previewDigest({ limit: 2 });
    expect(digest.suggestions.map(pairOf)).toContain('Alpha Frames ~ Han River Animation');
    expect(digest.suggestions.map(pairOf)).toContain('Frame Finish House ~ North Frame Pictures');
    for (const suggestion of digest.suggestions) expect(suggestion.a.name).not.toBe('Seoul Print Shop');
    // The suggestion shows the pair's directional scores as its side's own list does.
    const suggested = digest.suggestions.find((suggestion) => pairOf(suggestion).includes('Han River'));
    const own = (await harness.matchmaking.match(suggested?.a.id ?? '', { limit: 5 })).find(
      (match) => match.b.id === suggested?.b.id,
    );
    expect([own?.scoreForA, own?.scoreForB]).toEqual([suggested?.scoreForA, suggested?.scoreForB]);
  });

  it('still suggests nothing for a need no partner meets, in any language', async () => {
    const harness = await open({ profiles });
    const digest = await harness.matchmaking.previewDigest({ limit: 10 });
    const names = digest.suggestions.flatMap((suggestion) => [suggestion.a.name, suggestion.b.name]);
    expect(names).not.toContain('Seoul Print Shop');
    expect(digest.suggestions.map(pairOf)).toContain('Alpha Frames ~ Han River Animation');
  });
});
