/**
 * The Slack adapter's turns (adapters/slack/task-tracker.ts): work after an ack waits while a burst of
 * requests is still arriving, runs once a quiet moment comes, in order, and never waits longer than the
 * hold limit under a steady stream. Real timers, small timings: under half a second in all.
 */
import { describe, expect, it } from 'vitest';
import { createTaskTracker } from '../../adapters/slack/task-tracker.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Slack task turns', () => {
  it('holds waiting work while requests keep arriving, then lets it through in order', async () => {
    const tasks = createTaskTracker(createMemoryLogger().logger, { quietMs: 300, maxHoldMs: 5_000 });
    const ran: string[] = [];
    tasks.arrived();
    const first = tasks.turn().then(() => ran.push('first'));
    const second = tasks.turn().then(() => ran.push('second'));
    // Arrivals about 5 ms apart (far less than 300 ms even on a loaded machine): never quiet, so nothing runs.
    for (let index = 0; index < 8; index += 1) {
      await sleep(5);
      tasks.arrived();
    }
    expect(ran).toEqual([]);
    await Promise.all([first, second]);
    expect(ran).toEqual(['first', 'second']);
  });

  it('lets a step through after the hold limit even while arrivals continue', async () => {
    const tasks = createTaskTracker(createMemoryLogger().logger, { quietMs: 1_000, maxHoldMs: 20 });
    tasks.arrived();
    const started = performance.now();
    await tasks.turn();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(19);
    expect(waited).toBeLessThan(1_000);
  });

  it('runs work at once when nothing arrived', async () => {
    const tasks = createTaskTracker(createMemoryLogger().logger, { quietMs: 1_000, maxHoldMs: 5_000 });
    const started = performance.now();
    await tasks.turn();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
