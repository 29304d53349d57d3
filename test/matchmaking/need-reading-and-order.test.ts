/**
 * The order of one organization's own list (`match --for`): its needs come first. What the partner wants from it
 * (interns, clients) is reciprocity that orders partners meeting its needs about equally; it never lifts a partner
 * that meets the needs less well above one that meets them better. The details after a need's heading ("subtitle
 * translation: timing, QC") are details of that work: an offer of none of it meets them only in part. And words of
 * several senses go by the work beside them: a bare "recording" (녹음, запись) is on-set sound, voice or music
 * recording, a bare "karaoke" the singing business or, for a subtitle vendor, song subtitles.
 */
import { describe, expect, it } from 'vitest';
import { offerFocus } from '../../src/matchmaking/profile-index.js';
import { defaultScoringSettings, scoreDirection, scoreReciprocal } from '../../src/matchmaking/reciprocal-score.js';
import { teachesWork } from '../../src/matchmaking/statement-delivery.js';
import type { OrganizationKind } from '../../src/matchmaking/types.js';
import { shippedScorerPerFile } from './matchmaking-harness.js';

const shipped = shippedScorerPerFile();

/** One organization as the scorer sees it. */
const side = (kind: OrganizationKind, offers: string[], needs: string[]) => {
  const read = offers.map(shipped.normalizer.normalize);
  return { needs: needs.map(shipped.normalizer.normalize), offers: read, teachesWork: teachesWork(kind, read) };
};

describe("reciprocity in the asker's own list", () => {
  const cases = () => [
    {
      asker: side(
        'studio',
        ['documentary editing internships for students'],
        ['documentary editor for a feature doc (main): logging, paper edit, rough cut to fine cut', 'colour grading'],
      ),
      // Meets the main need better, wants nothing the asker offers.
      better: side(
        'agency',
        ['documentary editing: logging, paper edit, rough and fine cut'],
        ['documentary producers'],
      ),
      // Meets it less well (a class in part of the work), and wants the asker's interns.
      lesser: side(
        'talent_center',
        ['documentary editing class: logging, paper edit, structure'],
        ['production houses taking intern editors'],
      ),
    },
  ];
  for (const position of [0]) {
    it(`a clearly better meet of the asker's needs stays first whatever the partner wants`, () => {
      const { asker, better, lesser } = cases()[position]!;
      const forBetter = scoreReciprocal(asker, better, shipped.scorer);
      const forLesser = scoreReciprocal(asker, lesser, shipped.scorer);
      // The premise: one meets the asker's needs better, the other is served better by the asker.
      expect(forBetter.scoreForA).toBeGreaterThan(forLesser.scoreForA + 0.1);
      expect(forLesser.scoreForB).toBeGreaterThan(forBetter.scoreForB + 0.5);
      expect(forBetter.forAsker).toBeGreaterThan(forLesser.forAsker);
    });
  }
});

describe('bare recording by the work beside it', () => {
  it('a film composer’s orchestra recording meets no production sound need', () => {
    const need = '동시녹음 기사 + 붐 오퍼레이터';
    expect(shipped.score(need, '영화 음악 작곡: 메인 테마, 현악·오케스트라 녹음')).toBe(0);
    expect(shipped.score(need, 'film scoring: main theme, orchestra recording')).toBe(0);
    // The crew itself still meets it.
    expect(shipped.score(need, '현장 동시녹음: 녹음 기사와 붐 오퍼레이터')).toBeGreaterThanOrEqual(0.8);
  });

  it('recording beside voices or on-set work keeps that sense', () => {
    expect(shipped.normalizer.normalize('성우 녹음과 더빙 연출').concepts).not.toContain('music-production');
    expect(shipped.normalizer.normalize('녹음, 작곡, 편곡').concepts).not.toContain('sound-recording');
  });
});

describe('the details after a heading', () => {
  const need = 'subtitle translation from Japanese into Indonesian (main): timing, QC';
  it('are met only in part by an offer of other work that shares one detail', () => {
    expect(shipped.score(need, 'broadcast QC of TV and OTT deliverables')).toBeLessThan(
      defaultScoringSettings.meetThreshold,
    );
    expect(shipped.score(need, 'Japanese to Indonesian subtitles: translation, timing, QC')).toBeGreaterThanOrEqual(
      0.8,
    );
  });

  it('count in full when another offer of the same partner answers the heading', () => {
    const needs = ['Thai webtoon localization: translation, lettering, SFX retouching'].map(
      shipped.normalizer.normalize,
    );
    const offers = ['Korean to Thai webtoon translation', 'lettering in speech balloons and SFX redraw'].map(
      shipped.normalizer.normalize,
    );
    const [first] = scoreDirection(needs, offers, shipped.scorer).met;
    expect(first?.score).toBeGreaterThanOrEqual(0.75);
  });
});

describe('bare karaoke by the work beside it', () => {
  it("is song subtitles in a subtitle vendor's offers, so they stay in the field", () => {
    const field = ['subtitling', 'subtitle-translation'];
    const offers = ['anime subtitles from Japanese: translation, timing', 'sign typesetting and karaoke for OP/ED'].map(
      (text) => shipped.normalizer.normalizeInField(text, field),
    );
    expect(offers[1]?.concepts).toContain('song-subtitling');
    expect(offerFocus(offers, shipped.relations.isOutside)).toBe(1);
  });

  it('is the singing business beside weddings and parties', () => {
    expect(shipped.normalizer.normalize('karaoke and sound system for weddings').concepts).toContain('karaoke');
  });
});
