/**
 * Who an offer serves versus what it offers (src/matchmaking/audience-reading.ts): a role named as the audience of
 * other work ("a diving course for actors", "colour grading training for editors") is the people served, in every
 * language a profile writes it in; a role the item names no other work beside, or whose work the item names, stays on
 * offer.
 */
import { describe, expect, it } from 'vitest';
import { shippedScorer } from './matchmaking-harness.js';

const subjectsOf = (statement: { segments: { subjects: string[] }[] }) =>
  new Set(statement.segments.flatMap((segment) => segment.subjects));
const peopleOf = (statement: { segments: { people: string[] }[] }) =>
  new Set(statement.segments.flatMap((segment) => segment.people));

describe('the audience of an offer', () => {
  it('reads actors after a word for "for" beside other work as the people served', async () => {
    const { normalizer } = await shippedScorer();
    for (const text of [
      'Diving course for actors',
      'Курсы дайвинга для актёров',
      'Khóa học lặn dành cho diễn viên',
      'คอร์สดำน้ำสำหรับนักแสดง',
      '俳優向けのダイビング講座',
      '배우를 위한 다이빙 강좌',
      'Kursus menyelam untuk aktor',
    ]) {
      const statement = normalizer.normalize(text);
      expect(subjectsOf(statement).has('actor'), text).toBe(false);
      expect(peopleOf(statement).has('actor'), text).toBe(true);
    }
  });

  it('keeps the work offered and reads the audience beside it as people', async () => {
    const { normalizer } = await shippedScorer();
    const statement = normalizer.normalize('Makeup for actors');
    expect(subjectsOf(statement).has('makeup')).toBe(true);
    expect(peopleOf(statement).has('actor')).toBe(true);
    const editors = normalizer.normalize('Colour grading training for editors');
    expect(subjectsOf(editors).has('color-grading')).toBe(true);
    expect(subjectsOf(editors).has('video-editor')).toBe(false);
  });

  it('keeps a role on offer when it is the whole subject, pitched by level, or the work named is its own', async () => {
    const { normalizer } = await shippedScorer();
    for (const text of ['Course for actors', 'Intensive course for young actors', 'Курсы для актёров'])
      expect(subjectsOf(normalizer.normalize(text)).has('actor'), text).toBe(true);
    // Words the lexicon cannot place (a tool, a length) or more people beside them say nothing of other work.
    expect(subjectsOf(normalizer.normalize('Курс по Spine для начинающих аниматоров')).has('animator')).toBe(true);
    expect(subjectsOf(normalizer.normalize('Yosh animatorlar uchun amaliyot')).has('animator')).toBe(true);
    const compositors = normalizer.normalize('Nuke compositing training for compositors');
    expect(subjectsOf(compositors).has('compositor')).toBe(true);
    // A postposition after the role: "a course for background artists" trains them.
    expect(subjectsOf(normalizer.normalize('Фон суретшілері үшін курс')).has('background-art')).toBe(true);
  });

  it('meets no need for actors with a course that only serves them', async () => {
    const { score } = await shippedScorer();
    for (const offer of ['Diving course for actors', 'คอร์สดำน้ำเบื้องต้นสำหรับนักแสดง', 'Курс дайвинга для актёров'])
      expect(score('Casting of child actors aged 8–12', offer), offer).toBe(0);
    expect(score('Casting of child actors aged 8–12', 'Acting course for child actors')).toBeGreaterThan(0);
  });
});
