/**
 * The matchmaking tests' shared start: a Discord harness with two complementary organizations,
 * each created by (and so linked to) a Discord member, and an afterEach that closes it and checks
 * that nothing the bot sent could ping anyone but the members a test allowed.
 */
import { afterEach, expect } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import type { Json, RecordedRequest, StandInMessage, StandInUser } from '../stand-ins/discord-server.js';
import { bodyOf, type DiscordHarness, expectNoMentionsAllowed, startHarness } from './discord-harness.js';

export interface Members {
  studio: StandInUser;
  academy: StandInUser;
}

async function seedProfiles(core: Matchcut, users: Members): Promise<void> {
  await core.profiles.upsert(
    {
      name: 'Seoul Pixel Studio',
      kind: 'studio',
      country: 'South Korea',
      city: 'Seoul',
      languages: ['en', 'ko'],
      needs: ['3D animators', 'VFX compositing artists'],
      offers: ['internships for graduates'],
    },
    { owner: `discord:${users.studio.id}` },
  );
  await core.profiles.upsert(
    {
      name: 'Samarkand Animation Academy',
      kind: 'talent_center',
      country: 'Uzbekistan',
      city: 'Samarkand',
      languages: ['en', 'ru'],
      offers: ['3D animation training', 'Nuke compositing courses'],
      needs: ['internships for graduates'],
    },
    { owner: `discord:${users.academy.id}` },
  );
}

export interface TwoMembers {
  started(env?: Record<string, string>): Promise<{ harness: DiscordHarness; members: Members }>;
  /** The members a test's message may ping (an introduction); everything else must allow no mentions. */
  allowPings(ids: string[]): void;
}

/** Call at a test file's top level: registers the afterEach that closes the harness. */
export function twoMembersOnDiscord(): TwoMembers {
  let harness: DiscordHarness | undefined;
  let pingable: string[] = [];
  afterEach(async () => {
    try {
      if (harness !== undefined) expect(expectNoMentionsAllowed(harness.standIn, pingable)).toBeGreaterThan(0);
    } finally {
      await harness?.close();
      harness = undefined;
      pingable = [];
    }
  });
  return {
    async started(env) {
      const running = await startHarness(env === undefined ? {} : { env });
      harness = running;
      const members = { studio: running.standIn.user('studio-lead'), academy: running.standIn.user('academy-dean') };
      await seedProfiles(running.core, members);
      return { harness: running, members };
    },
    allowPings(ids) {
      pingable = [...ids];
    },
  };
}

export const contentOf = (request: RecordedRequest): string => String(bodyOf(request).content ?? '');

export function buttonsOf(message: StandInMessage): { label: string; customId: string }[] {
  return message.components.flatMap((row) =>
    (row.components as Json[]).map((button) => ({ label: String(button.label), customId: String(button.custom_id) })),
  );
}
