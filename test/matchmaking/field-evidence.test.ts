/**
 * An organization's field read from its whole profile: a centre that names a screen format, a department, one of the
 * field's kinds of organization or several kinds of production work shows the content industry; one that
 * shares a single production word with a need (costumes, supervision, guns) and names nothing else of the field does
 * not, and its offers count half (`offerFocus`).
 */
import { describe, expect, it } from 'vitest';
import { fieldWorkCount, offFieldShare, showsContentField } from '../../src/matchmaking/field-evidence.js';
import type { NormalizedStatement } from '../../src/matchmaking/normalize-statement.js';
import { offerFocus } from '../../src/matchmaking/profile-index.js';

const work = new Set(['camera', 'costume', 'casting-director', 'makeup', 'subtitling', 'sound']);
const outside = new Set(['wedding-video', 'hotel-uniforms', 'bridal-makeup']);
const reading = {
  isOutside: (id: string) => outside.has(id),
  isWork: (id: string) => work.has(id) || outside.has(id),
  isDepartment: (id: string) => id === 'camera',
};

describe('the field an organization shows', () => {
  it('is the content industry when it names a format, a department or a kind of organization of the field', () => {
    expect(showsContentField(['costume', 'film'], reading)).toBe(true);
    expect(showsContentField(['costume', 'drama-series'], reading)).toBe(true);
    expect(showsContentField(['costume', 'broadcaster'], reading)).toBe(true);
    expect(showsContentField(['costume', 'studio'], reading)).toBe(true);
  });

  it('is the content industry when it names several kinds of production work, not one or two', () => {
    expect(fieldWorkCount).toBe(3);
    expect(showsContentField(['costume', 'makeup', 'casting-director'], reading)).toBe(true);
    expect(showsContentField(['costume', 'makeup'], reading)).toBe(false);
    expect(showsContentField(['costume', 'camera'], reading)).toBe(true);
    expect(showsContentField(['costume', 'makeup', 'sound'], reading)).toBe(true);
    expect(showsContentField(['costume', 'costume', 'costume'], reading)).toBe(false);
    expect(showsContentField(['costume'], reading)).toBe(false);
  });

  it('counts neither work outside the field nor ways of delivering work, general words and organizations', () => {
    expect(showsContentField(['costume', 'hotel-uniforms', 'wedding-video', 'bridal-makeup'], reading)).toBe(false);
    expect(showsContentField(['costume', 'company', 'price', 'internship', 'student'], reading)).toBe(false);
    expect(showsContentField([], reading)).toBe(false);
  });
});

describe('offer focus of an organization outside the field', () => {
  const offer = (subjects: string[]): NormalizedStatement =>
    ({ segments: [{ subjects, domains: [] }] }) as unknown as NormalizedStatement;
  const isOutside = (id: string) => outside.has(id);

  it('halves the focus of a profile that does not show the content industry', () => {
    const offers = [offer(['costume'])];
    expect(offerFocus(offers, isOutside, [], true)).toBe(1);
    expect(offerFocus(offers, isOutside, [], false)).toBe(offFieldShare);
    expect(offFieldShare).toBe(0.5);
  });

  it('keeps the placed share of outside work beside it', () => {
    const offers = [offer(['costume']), offer(['hotel-uniforms'])];
    expect(offerFocus(offers, isOutside, [], true)).toBeCloseTo(0.25);
    expect(offerFocus(offers, isOutside, [], false)).toBeCloseTo(0.125);
  });
});
