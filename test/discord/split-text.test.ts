/**
 * Splitting message text for Discord's 2,000-character content limit: every part within the
 * limit, nothing lost, and no citation marker cut or separated from its sentence.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../../adapters/discord/split-text.js';

const markers = (text: string): string[] => [...text.matchAll(/\[\d+(?:\s*[,–-]\s*\d+)*\]/g)].map((match) => match[0]);
const squash = (text: string): string => text.replace(/\s+/g, '');

function sentences(count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `KOCCA opened an office in Hanoi and runs online B2B matching for studio number ${index} with partners [${(index % 9) + 1}].`,
  ).join(' ');
}

describe('splitText', () => {
  it('keeps short text whole', () => {
    expect(splitText('Short answer [1].', 2_000)).toEqual(['Short answer [1].']);
  });

  it('splits long text at sentence ends within the limit without losing or cutting anything', () => {
    const text = sentences(60);
    expect(text.length).toBeGreaterThan(4_000);
    const parts = splitText(text, 2_000);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2_000);
      // Each part ends a sentence: its last marker is followed only by the full stop.
      expect(part).toMatch(/\[\d\]\.$/);
    }
    expect(squash(parts.join(''))).toBe(squash(text));
    expect(parts.flatMap(markers)).toEqual(markers(text));
  });

  it('never starts a part with a citation that belongs to the previous sentence', () => {
    const unit = 'The Netflix training MOU covers production crews in Korea. [1] ';
    const text = unit.repeat(80);
    const parts = splitText(text, 500);
    for (const part of parts) {
      expect(part.startsWith('[')).toBe(false);
      expect(part.endsWith('[1]')).toBe(true);
    }
    expect(parts.flatMap(markers)).toEqual(markers(text));
  });

  it('prefers paragraph breaks', () => {
    const first = `${'Uzbekistan IT Park opened an office in Samarkand [1]. '.repeat(15).trim()}`;
    const second = `${'IT Works Korea trains webtoon artists there [2]. '.repeat(15).trim()}`;
    const parts = splitText(`${first}\n\n${second}`, first.length + 100);
    expect(parts).toEqual([first, second]);
  });

  it('splits a single over-long sentence at spaces, keeping multi-number markers whole', () => {
    const text = `${'word '.repeat(700)}end [1, 2] and ${'more '.repeat(300)}finally [3–4].`;
    const parts = splitText(text, 1_000);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1_000);
    expect(parts.flatMap(markers)).toEqual(['[1, 2]', '[3–4]']);
    expect(squash(parts.join(''))).toBe(squash(text));
  });

  it('splits text without spaces (Japanese) at full stops', () => {
    const text = 'KOCCAはハノイに事務所を開設しました[1]。'.repeat(120);
    const parts = splitText(text, 2_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2_000);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(text);
  });

  it('never cuts inside a marker even when it must cut mid-word', () => {
    const text = `${'x'.repeat(995)}[12345]${'y'.repeat(600)}`;
    const parts = splitText(text, 1_000);
    expect(parts.flatMap(markers)).toEqual(['[12345]']);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1_000);
  });
});
