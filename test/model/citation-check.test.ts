/**
 * The citation check on its own: which markers survive, how they are renumbered, and the
 * marker forms models actually write.
 */
import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../src/model/index.js';
import { sampleSources } from './model-test-kit.js';

describe('checkCitations', () => {
  const sources = sampleSources();

  it('keeps valid markers, renumbers them by first mention and lists exactly the cited sources', () => {
    const result = checkCitations('Hanoi office [3]. Samarkand center [1]. Both [3][1].', sources);
    expect(result.text).toBe('Hanoi office [1]. Samarkand center [2]. Both [1][2].');
    expect(result.citations.map((citation) => [citation.n, citation.chunkId])).toEqual([
      [1, 'netflix-kocca-kofic-mou-2025#2'],
      [2, 'uzbekistan-korea-digital-content#0'],
    ]);
    expect(result.validMarkerCount).toBe(4);
    expect(result.invalidNumbers).toEqual([]);
  });

  it('removes markers to sources that do not exist, with the space before them', () => {
    const result = checkCitations('A fact [4]. Another [0]. A third [2][9]. Year [2019] stays.', sources);
    expect(result.text).toBe('A fact. Another. A third [1]. Year [2019] stays.');
    expect(result.invalidNumbers).toEqual([0, 4, 9]);
    expect(result.citations.map((citation) => citation.articleId)).toEqual(['kocca-vietnam-office']);
  });

  it('reads grouped, ranged, labelled and full-width markers and writes them as [n]', () => {
    expect(checkCitations('a [1, 2]. b [1-3]. c [source 2]. d ［3］. e 【1】.', sources).text).toBe(
      'a [1][2]. b [1][2][3]. c [2]. d [3]. e [1].',
    );
  });

  it('reports no valid marker when none is left', () => {
    const result = checkCitations('Claims with no sources at all [7].', sources);
    expect(result.validMarkerCount).toBe(0);
    expect(result.citations).toEqual([]);
    expect(result.text).toBe('Claims with no sources at all.');
  });
});
