/**
 * A profile's listed working languages read as the codes its prose is read in: Mongolian and Turkish, which the
 * statements' language names know, were kept as bare words ("mongolian"), so a studio writing "work only in
 * Mongolian" ruled out every partner that lists Mongolian.
 */
import { describe, expect, it } from 'vitest';
import { evidencedLanguages, languageCode, workingLanguages } from '../../src/matchmaking/languages-and-regions.js';
import { statedFit, statedTerms } from '../../src/matchmaking/stated-terms.js';
import { shippedGlossary } from './matchmaking-harness.js';

describe('listed working languages', () => {
  it('reads the names of every language the statements name, in their usual spellings', () => {
    for (const spelling of ['Mongolian', 'монгол хэл', 'Монгол', 'モンゴル語', 'mon'])
      expect(languageCode(spelling)).toBe('mn');
    for (const spelling of ['Turkish', 'Türkçe', 'турецкий']) expect(languageCode(spelling)).toBe('tr');
    for (const spelling of ['Kazakh', 'қазақ тілі', 'Қазақша']) expect(languageCode(spelling)).toBe('kk');
    expect(languageCode('Klingon')).toBe('klingon');
  });

  it("counts a Mongolian profile's language as shown by its country", () => {
    expect([
      ...evidencedLanguages({ languages: ['Mongolian', 'English'], country: 'mn', offers: [], needs: [] }),
    ]).toContain('mn');
    expect([...workingLanguages({ languages: [], country: 'mn' })]).toEqual(['mn']);
  });

  it('a partner listing the language a studio requires in prose fits it; one listing another does not', async () => {
    const glossary = await shippedGlossary();
    const side = (languages: string[], description?: string) => ({
      country: 'mn',
      city: undefined,
      workingLanguages: workingLanguages({ languages, country: undefined }),
      stated: statedTerms(description, glossary, 'mn'),
    });
    const studio = side(['Mongolian'], 'A feature film studio. The work is only in Mongolian.');
    expect([...studio.stated.languages]).toEqual(['mn']);
    expect(statedFit(studio, side(['Mongolian', 'English']))).toBe(1);
    expect(statedFit(studio, side(['English']))).toBeLessThan(1);
  });
});
