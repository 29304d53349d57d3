/**
 * Questions in Indonesian (articles in it are ingested too, session 14): the asked type from berapa / kapan / siapa /
 * di mana, and the first word of a question is a question word, not a name the answer must hold.
 */
import { describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('an Indonesian question', () => {
  it('is classified by its question word', () => {
    expect(ask('Ada berapa studio di Kota Lembang?').type).toBe('count');
    expect(ask('Berapa pendapatan Studio Sagara tahun 2021?').type).toBe('amount');
    expect(ask('Berapa persen pertumbuhan industri itu?').type).toBe('count');
    expect(ask('Kapan Studio Sagara didirikan?').type).toBe('date');
    expect(ask('Siapa direktur Studio Sagara?').type).toBe('person');
    expect(ask('Di mana kantor Studio Sagara?').type).toBe('place');
  });

  it('does not take its question word for a name', () => {
    for (const question of ['Siapa direktur Studio Sagara?', 'Berapa pendapatan Studio Sagara tahun 2021?']) {
      const names = ask(question)
        .terms.filter((term) => term.role === 'entity')
        .map((term) => term.word);
      expect(names, question).not.toContain('siapa');
      expect(names, question).not.toContain('berapa');
      expect(names, question).toContain('sagara');
    }
  });

  it('wants money for "berapa pendapatan" and what is counted for "ada berapa"', () => {
    const revenue = ask('Berapa pendapatan Studio Sagara tahun 2021?');
    expect(holdsAskedUnit('Pendapatan Studio Sagara naik menjadi Rp48 miliar pada 2021.', revenue, undefined)).toBe(
      true,
    );
    expect(holdsAskedUnit('Studio Sagara tumbuh 40 persen pada 2021.', revenue, undefined)).toBe(false);
    const growth = ask('Berapa persen industri itu tumbuh?');
    expect(holdsAskedUnit('Industri animasi tumbuh 153 persen dalam lima tahun.', growth, undefined)).toBe(true);
    // What is counted ends before the place ("studio di Kota Lembang"): a share of growth is no count of studios.
    const counted = ask('Ada berapa studio animasi di Kota Lembang?');
    expect([...(counted.counted?.keys ?? [])]).toEqual(['studio', 'animasi']);
    expect(holdsAskedUnit('Studio animasi di Kota Lembang tumbuh 30 persen.', counted, undefined)).toBe(false);
    expect(ask('Kapan Studio Sagara didirikan?').founding).toBe(true);
    const studios = ask('Ada berapa studio di Kota Lembang?');
    expect(holdsAskedUnit('Kota Lembang kini punya 12 studio animasi.', studios, undefined)).toBe(true);
    expect(holdsAskedUnit('Kota Lembang menggelar festival ke-3 dengan 900 pengunjung.', studios, undefined)).toBe(
      false,
    );
  });
});
