import { describe, expect, it } from 'vitest';
import { createEventDeduplicator } from '../../adapters/slack/event-deduplicator.js';

describe('createEventDeduplicator', () => {
  it('recognises a retried event id within the TTL and forgets it afterwards', () => {
    let time = 1_000;
    const deduplicator = createEventDeduplicator({ ttlMs: 60_000, now: () => time });
    expect(deduplicator.isFirstDelivery('Ev1')).toBe(true);
    expect(deduplicator.isFirstDelivery('Ev1')).toBe(false);
    expect(deduplicator.isFirstDelivery('Ev2')).toBe(true);
    time += 60_001;
    expect(deduplicator.isFirstDelivery('Ev1')).toBe(true);
    // Ev2 expired and was evicted.
    expect(deduplicator.size()).toBe(1);
  });

  it('stays bounded: the oldest ids go first', () => {
    const deduplicator = createEventDeduplicator({ maximumEntries: 100, now: () => 0 });
    for (let index = 0; index < 1_000; index += 1) deduplicator.isFirstDelivery(`Ev${index}`);
    expect(deduplicator.size()).toBe(100);
    expect(deduplicator.isFirstDelivery('Ev999')).toBe(false);
    expect(deduplicator.isFirstDelivery('Ev0')).toBe(true);
  });
});
