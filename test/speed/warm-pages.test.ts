/**
 * The first reads of a freshly read memory's pages on a thread of its own (src/retrieval/warm-pages.ts): only for a
 * shared buffer of at least warmPagesFromBytes, the thread ends by itself, and the memory is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { warmPagesAside, warmPagesFromBytes } from '../../src/retrieval/warm-pages.js';

describe('warm pages aside', () => {
  it('reads a large shared range on a thread that ends by itself, leaving every byte as it was', async () => {
    const buffer = new SharedArrayBuffer(warmPagesFromBytes + 3 * 4_096);
    const bytes = new Uint8Array(buffer);
    for (let at = 0; at < bytes.length; at += 997) bytes[at] = at % 251;
    const before = Buffer.from(bytes).toString('base64');
    const worker = warmPagesAside(buffer, 4_096, bytes.length);
    expect(worker).toBeDefined();
    const exitCode = await new Promise<number>((resolve) => worker?.once('exit', resolve));
    expect(exitCode).toBe(0);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });

  it('starts nothing for a buffer that is not shared or a range too small to be worth a thread', () => {
    expect(warmPagesAside(new ArrayBuffer(warmPagesFromBytes * 2), 0, warmPagesFromBytes * 2)).toBeUndefined();
    const shared = new SharedArrayBuffer(warmPagesFromBytes * 2);
    expect(warmPagesAside(shared, 0, warmPagesFromBytes - 1)).toBeUndefined();
    expect(warmPagesAside(shared, warmPagesFromBytes + 1, warmPagesFromBytes * 2)).toBeUndefined();
  });
});
