/**
 * Profiles for matchmaking tests, saved through the core like an import would: eight
 * studios and eight training centers whose needs and offers overlap two by two, so a
 * digest of 12 has real suggestions (with a source each) on both sides.
 */
import { afterEach, beforeEach } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

const skills = [
  'VFX compositing',
  '3D animation',
  'video editing',
  'color grading',
  'sound mixing',
  'webtoon drawing',
  'motion capture',
  'screenwriting',
];

const source = {
  articleId: 'joongang-netflix-kocca-kofic-mou',
  quote: 'Netflix, Kocca and Kofic will focus on creating training programs to nurture new creators.',
};

export async function seedProfiles(core: Matchcut): Promise<void> {
  for (const [index, skill] of skills.entries()) {
    const next = skills[(index + 1) % skills.length] ?? skill;
    await core.profiles.upsert({
      name: `Studio ${index + 1}`,
      kind: 'studio',
      country: 'Korea',
      languages: ['English'],
      needs: [`${skill} artists`, `${next} artists`],
      sources: [source],
    });
    await core.profiles.upsert({
      name: `Academy ${index + 1}`,
      kind: 'talent_center',
      country: 'Korea',
      languages: ['English'],
      offers: [`${skill} training`, `${next} training`],
      sources: [source],
    });
  }
}

/**
 * Call at a test file's top level: every test gets a new core with the seeded profiles, and
 * `start` runs a Slack harness on it (closed after the test).
 */
export function seededSlackCore(): {
  core(): Matchcut;
  start(environment?: Record<string, string>): Promise<SlackHarness>;
} {
  let core: Matchcut | undefined;
  let cleanupCore: (() => Promise<void>) | undefined;
  let harness: SlackHarness | undefined;
  beforeEach(async () => {
    const created = await createTestCore();
    core = created.core;
    cleanupCore = created.cleanup;
    await seedProfiles(core);
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
    await cleanupCore?.();
  });
  const current = (): Matchcut => {
    if (core === undefined) throw new Error('seededSlackCore: no core outside a test');
    return core;
  };
  return {
    core: current,
    async start(environment = {}) {
      harness = await startSlackHarness(current(), environment);
      return harness;
    },
  };
}
