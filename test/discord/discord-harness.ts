/**
 * Runs the real Discord adapter (startDiscord → discord.js Client) against the Discord
 * stand-in, with the real core on a temporary directory. Also: payload builders for
 * interactions, and the check that no payload the bot sent allows a mention.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  GatewayIntentBits,
  InteractionType,
} from 'discord.js';
import { expect } from 'vitest';
import { type RunningDiscord, startDiscord } from '../../adapters/discord/main.js';
import type { Matchcut } from '../../src/core-types.js';
import {
  DiscordStandIn,
  everyonePermissions,
  isObject,
  type Json,
  type RecordedRequest,
  type StandInMessage,
  type StandInUser,
} from '../stand-ins/discord-server.js';
import { createMemoryLogger, type MemoryLogger } from '../helpers/memory-logger.js';
import { createTestCore } from '../helpers/test-core.js';

export interface DiscordHarness {
  standIn: DiscordStandIn;
  core: Matchcut;
  log: MemoryLogger;
  running: RunningDiscord;
  close(): Promise<void>;
}

export interface TestCore {
  core: Matchcut;
  cleanup(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra or overriding environment variables. */
  env?: Record<string, string | undefined>;
  /** A core built differently (e.g. with a model); the shipped knowledge on a temp dir otherwise. */
  openCore?: () => Promise<TestCore>;
  /** Let the bot ask for privileged intents (e.g. Message Content with DISCORD_MESSAGE_CONTENT=on). */
  allowPrivilegedIntents?: boolean;
}

/** Intents a default Discord application may not ask for (privileged): the stand-in closes with 4014 like Discord. */
export const privilegedIntents =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

export async function startHarness(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const standIn = await DiscordStandIn.start();
  standIn.disallowedIntents = options.allowPrivilegedIntents === true ? 0 : privilegedIntents;
  const testCore = await (options.openCore ?? createTestCore)();
  const log = createMemoryLogger();
  try {
    const running = await startDiscord({
      env: {
        ...standIn.botEnv(),
        ...options.env,
      },
      core: testCore.core,
      logger: log.logger,
      waitGuildTimeoutMs: 300,
    });
    return {
      standIn,
      core: testCore.core,
      log,
      running,
      close: async () => {
        await running.stop();
        await standIn.close();
        await testCore.cleanup();
      },
    };
  } catch (error) {
    await standIn.close();
    await testCore.cleanup();
    throw error;
  }
}

// ── interaction payloads ─────────────────────────────────────────────

export function slashCommand(
  name: string,
  options: { name: string; type: ApplicationCommandOptionType; value: string }[] = [],
  resolved?: Json,
): Json {
  return {
    id: '1600000000000000001',
    name,
    type: ApplicationCommandType.ChatInput,
    options,
    ...(resolved === undefined ? {} : { resolved }),
  };
}

export const stringOption = (name: string, value: string) => ({
  name,
  type: ApplicationCommandOptionType.String,
  value,
});

export function buttonClick(customId: string): Json {
  return { custom_id: customId, component_type: ComponentType.Button };
}

export function modalSubmit(customId: string, values: Record<string, string>): Json {
  return {
    custom_id: customId,
    components: Object.entries(values).map(([id, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: id, value }],
    })),
  };
}

export const interactionTypes = InteractionType;

// ── recorded requests ────────────────────────────────────────────────

export const isCallbackOf = (interactionId: string) => (request: RecordedRequest) =>
  request.method === 'POST' &&
  request.path.startsWith(`/interactions/${interactionId}/`) &&
  request.path.endsWith('/callback');

export const isOriginalEditOf = (token: string) => (request: RecordedRequest) =>
  request.method === 'PATCH' && request.path.endsWith(`/${token}/messages/@original`) && request.status === 200;

export const isFollowUpOf = (token: string) => (request: RecordedRequest) =>
  request.method === 'POST' &&
  /^\/webhooks\/\d+\/[^/]+$/.test(request.path) &&
  request.path.endsWith(`/${token}`) &&
  request.status === 200;

export const isChannelPost = (channelId: string) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path === `/channels/${channelId}/messages` && request.status === 200;

export function bodyOf(request: RecordedRequest): Json {
  if (!isObject(request.body)) throw new Error(`request ${request.method} ${request.path} has no JSON object body`);
  return request.body;
}

/** Runs /digest in the matchmaking channel as an organizer; resolves with the text of the private reply. */
export async function runDigest(
  running: Pick<DiscordHarness, 'standIn'>,
  options: { timeoutMs?: number } = {},
): Promise<string> {
  const { standIn } = running;
  const channelId = standIn.matchmakingChannelId;
  const sent = standIn.interaction({
    type: 2,
    data: slashCommand('digest', [{ name: 'channel', type: 7, value: channelId }], {
      channels: {
        [channelId]: { id: channelId, type: 0, name: 'matchmaking', permissions: everyonePermissions.toString() },
      },
    }),
    user: standIn.user('organizer'),
    roles: [standIn.organizerRoleId],
  });
  const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token), options.timeoutMs);
  return String(bodyOf(edit).content ?? '');
}

export function embedsOf(request: RecordedRequest): Json[] {
  const body = bodyOf(request);
  return Array.isArray(body.embeds) ? (body.embeds as Json[]) : [];
}

/** The message payloads the bot sent (posts, edits, follow-ups, message callbacks), with where they went. */
export function sentMessagePayloads(requests: RecordedRequest[]): { request: RecordedRequest; payload: Json }[] {
  return requests.flatMap((request) => {
    if (!isObject(request.body) || (request.method !== 'POST' && request.method !== 'PATCH')) return [];
    if (request.path.endsWith('/callback')) {
      const type = request.body.type;
      // 4: message, 7: update message. 5/6 (defer) and 9 (modal) carry no message.
      return (type === 4 || type === 7) && isObject(request.body.data) ? [{ request, payload: request.body.data }] : [];
    }
    const carriesMessage = ['content', 'embeds', 'components'].some((key) => key in (request.body as Json));
    return carriesMessage ? [{ request, payload: request.body }] : [];
  });
}

/**
 * No payload may let Discord parse mentions. Only the introduction lists user ids (the two
 * members who both asked to be introduced); roles, @everyone and replied-user pings never.
 */
export function expectNoMentionsAllowed(standIn: DiscordStandIn, allowedUsers: string[] = []): number {
  const payloads = sentMessagePayloads(standIn.requests);
  for (const { request, payload } of payloads) {
    const where = `${request.method} ${request.path}`;
    expect(payload.allowed_mentions, where).toBeDefined();
    const allowed = payload.allowed_mentions as Json;
    expect(allowed.parse, where).toEqual([]);
    expect(allowed.roles ?? [], where).toEqual([]);
    expect(allowed.replied_user ?? false, where).toBe(false);
    for (const user of (allowed.users ?? []) as string[]) expect(allowedUsers, where).toContain(user);
  }
  return payloads.length;
}

export type { StandInMessage, StandInUser };
