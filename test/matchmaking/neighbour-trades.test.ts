/**
 * Trades that sit near a craft in meaning but are not it, declared as neighbours in the taxonomy: their offers never
 * meet the craft's need in full (interpreting is not dubbing; murals are not backgrounds for animation), while the
 * craft's own offers still do; a role's tasks listed under its heading ("AD course: schedule, storyboards") are that
 * role's, meeting another craft's need in part. And the Kazakh dative after a third-person possessive (қабырғасына),
 * read off to the word's stem as its other endings are.
 */
import { describe, expect, it } from 'vitest';
import { wordStems } from '../../src/knowledge/word-forms.js';
import { shippedScorer } from './matchmaking-harness.js';

const subjectsOf = (statement: { segments: { subjects: string[] }[] }) =>
  new Set(statement.segments.flatMap((segment) => segment.subjects));

describe('interpreting beside dubbing', () => {
  it('meets no dubbing need, even through the translation both name', async () => {
    const { score } = await shippedScorer();
    const dubbing = 'Dubbing of a 52-episode animated series into Kazakh: translation from English, voice casting';
    for (const offer of [
      'Simultaneous interpreting: interpreters, booths and headsets for conferences',
      'Синхронный перевод: переводчики, кабины и наушники для форумов',
      'Синхронды аударма: аудармашылар, кабиналар',
      '동시통역: 통역사, 통역 부스 대여',
    ])
      expect(score(dubbing, offer), offer).toBe(0);
    expect(score(dubbing, 'Dubbing into Kazakh: translation, lip-sync adaptation, voice casting')).toBeGreaterThan(0.5);
  });

  it('still meets an interpreting need', async () => {
    const { score } = await shippedScorer();
    expect(
      score('On-set interpreter, Korean and Russian', 'Simultaneous and consecutive interpreting'),
    ).toBeGreaterThan(0.5);
  });
});

describe('murals beside background art', () => {
  it('reads wall painting as murals in several languages', async () => {
    const { normalizer } = await shippedScorer();
    for (const text of [
      'Mural painting for cafés and schools',
      'Роспись стен в кафе и школах',
      'Vẽ tranh tường cho quán cà phê',
      'カフェの壁画制作',
      'Мектеп қабырғасына сурет салу',
    ])
      expect(subjectsOf(normalizer.normalize(text)).has('mural-painting'), text).toBe(true);
  });

  it('meets a need for animation backgrounds only in part when the offer is a mural trade', async () => {
    const { score } = await shippedScorer();
    const need = 'Background artists for our animated series: backgrounds painted in Photoshop from layouts';
    const mural = score(need, 'Murals for cafés and playgrounds, landscape backgrounds');
    const studio = score(need, 'Background painting for animation, landscape backgrounds');
    expect(studio).toBeGreaterThan(0);
    expect(mural).toBeLessThan(studio);
  });
});

describe('Kazakh endings', () => {
  it('reads the dative after a third-person possessive off to the stem, and only there', () => {
    expect(wordStems('қабырғасына', 'cyrillic')).toContain('қабырға');
    expect(wordStems('сахнасына', 'cyrillic')).toContain('сахна');
    // Russian words ending in -на / -не keep those letters: no possessive before them.
    expect(wordStems('машина', 'cyrillic')).not.toContain('маши');
    expect(wordStems('стене', 'cyrillic')).not.toContain('сте');
  });
});

describe("a role's tasks listed under its heading", () => {
  it("meets another craft's need only in part: that task as the role does it", async () => {
    const { score } = await shippedScorer();
    const cases: [string, string, string][] = [
      [
        'Storyboard artist for our 2D animated series',
        'Assistant director course: shooting schedule, storyboards, set coordination',
        'Storyboards, shooting schedule, set coordination',
      ],
      [
        'Художник-раскадровщик для 2D-сериала',
        'Курс второго режиссёра: календарный план, раскадровка, работа на площадке',
        'Раскадровка, календарный план, работа на площадке',
      ],
      [
        'Họa sĩ phân cảnh cho series hoạt hình 2D',
        'Khóa học AD: lập lịch quay, bảng phân cảnh, điều phối phim trường',
        'Bảng phân cảnh, lập lịch quay, điều phối phim trường',
      ],
    ];
    for (const [need, underRole, plain] of cases) {
      expect(score(need, underRole), underRole).toBeGreaterThan(0);
      expect(score(need, underRole), underRole).toBeLessThan(0.6 * score(need, plain));
    }
  });

  it("keeps the role's own tasks and a department's items in full", async () => {
    const { score } = await shippedScorer();
    expect(score('Colorist for a feature film', 'Colorist: DaVinci Resolve grading, HDR delivery')).toBeGreaterThan(
      0.9,
    );
    expect(score('Colour grading for a feature film', 'Post-production: editing, colour grading, sound mixing')).toBe(
      score('Colour grading for a feature film', 'Editing, colour grading, sound mixing'),
    );
  });
});
