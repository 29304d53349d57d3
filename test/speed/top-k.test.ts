import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/retrieval/top-k.js';

describe('TopK', () => {
  it('keeps the k best, best first, and a tie keeps the document offered first', () => {
    const top = new TopK(3);
    [0.2, 0.9, 0.5, 0.9, 0.1, 0.7].forEach((score, document) => top.offer(document, score));
    expect(top.hits()).toEqual([
      { document: 1, similarity: 0.9 },
      { document: 3, similarity: 0.9 },
      { document: 5, similarity: 0.7 },
    ]);
    expect(top.threshold).toBe(0.7);
  });

  it('returns fewer when fewer were offered, and nothing for k = 0', () => {
    const top = new TopK(4);
    top.offer(7, -0.5);
    expect(top.hits()).toEqual([{ document: 7, similarity: -0.5 }]);
    const none = new TopK(0);
    none.offer(1, 1);
    expect(none.hits()).toEqual([]);
  });
});
