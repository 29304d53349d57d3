/**
 * `matchcut discord register` against the Discord stand-in: the command definitions PUT to a
 * server or globally, and failures that name the variable. Also checks the README's invite
 * permissions match what the code asks for.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands.js';
import { registerDiscordCommands } from '../../adapters/discord/main.js';
import { inviteUrl, requiredPermissions } from '../../adapters/discord/permissions.js';
import { MatchcutError } from '../../src/errors.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';
import { DiscordStandIn } from '../stand-ins/discord-server.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';

let standIn: DiscordStandIn | undefined;

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function register(environment: (server: DiscordStandIn) => Record<string, string | undefined>) {
  standIn = await DiscordStandIn.start();
  return registerDiscordCommands({ env: environment(standIn), logger: createMemoryLogger().logger });
}

async function registerFailure(
  environment: (server: DiscordStandIn) => Record<string, string | undefined>,
): Promise<MatchcutError> {
  try {
    await register(environment);
  } catch (error) {
    if (error instanceof MatchcutError) return error;
    throw error;
  }
  throw new Error('expected registration to fail');
}

const base = (server: DiscordStandIn) => ({
  DISCORD_TOKEN: server.token,
  DISCORD_APPLICATION_ID: server.applicationId,
  DISCORD_API_URL: server.apiUrl,
});

describe('matchcut discord register', () => {
  it('PUTs the commands to the server in DISCORD_GUILD_ID', async () => {
    const result = await register((server) => ({ ...base(server), DISCORD_GUILD_ID: server.guildId }));
    const server = standIn as DiscordStandIn;
    const put = server.requests.find((request) => request.method === 'PUT');
    expect(put).toMatchObject({
      path: `/applications/${server.applicationId}/guilds/${server.guildId}/commands`,
      status: 200,
    });
    expect(put?.authorization).toBe(`Bot ${server.token}`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
    expect(server.commands.get(server.guildId)?.map((command) => command.name)).toEqual([
      'ask',
      'match',
      'profile',
      'digest',
      'add',
      'partners',
      'settings',
      'Ask matchcut',
    ]);
    expect(result).toMatchObject({
      scope: 'guild',
      guildId: server.guildId,
      commands: ['ask', 'match', 'profile', 'digest', 'add', 'partners', 'settings', 'Ask matchcut'],
    });
    expect(result.inviteUrl).toBe(inviteUrl(server.applicationId));
  });

  it('PUTs the commands globally without DISCORD_GUILD_ID', async () => {
    const result = await register(base);
    const server = standIn as DiscordStandIn;
    expect(server.requests.filter((request) => request.method === 'PUT').map((request) => request.path)).toEqual([
      `/applications/${server.applicationId}/commands`,
    ]);
    expect(server.commands.get('global')).toHaveLength(commandDefinitions.length);
    expect(result.scope).toBe('global');
  });

  it('defines the options the bot reads', () => {
    type Definition = Record<string, unknown> & { options?: Record<string, unknown>[] };
    const byName = Object.fromEntries(
      commandDefinitions.map((definition) => [definition.name, definition as unknown as Definition]),
    ) as Record<string, Definition | undefined>;
    expect(byName.ask?.options?.[0]).toMatchObject({ name: 'question', required: true });
    expect(byName.match?.options?.[0]).toMatchObject({ name: 'organization', required: false, autocomplete: true });
    expect(byName.digest?.options?.[0]).toMatchObject({ name: 'channel', required: false });
    // Visible to all: the organizer check happens at run time so others get a clear refusal.
    expect(byName.digest?.default_member_permissions).toBeUndefined();
    expect(byName.digest?.contexts).toEqual([0]);
    expect(byName.add?.options?.[0]).toMatchObject({ name: 'url', required: true });
    expect(byName.add?.default_member_permissions).toBeUndefined();
    expect(byName.add?.contexts).toEqual([0]);
    // Where it answers: organizers choose one of the three modes (checked at run time), in servers only.
    expect(byName.settings?.options?.[0]).toMatchObject({ name: 'mode', required: false });
    expect((byName.settings?.options?.[0]?.choices as { value: string }[]).map((choice) => choice.value)).toEqual([
      'mention',
      'auto',
      'off',
    ]);
    expect(byName.settings?.default_member_permissions).toBeUndefined();
    expect(byName.settings?.contexts).toEqual([0]);
    // "Ask matchcut" on a message: a message context-menu command (type 3) without options or description.
    expect(byName['Ask matchcut']).toMatchObject({ type: 3 });
    expect(byName['Ask matchcut']?.options).toBeUndefined();
    expect(byName['Ask matchcut']).not.toHaveProperty('description');
  });

  it('refuses to register for another application than the token’s, naming DISCORD_APPLICATION_ID', async () => {
    const error = await registerFailure((server) => ({
      ...base(server),
      DISCORD_APPLICATION_ID: '1100000000000000999',
    }));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(
      /^DISCORD_APPLICATION_ID is 1100000000000000999 but DISCORD_TOKEN belongs to application/,
    );
    expect(standIn?.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    const error = await registerFailure((server) => ({ ...base(server), DISCORD_TOKEN: 'wrong.token.value' }));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/Discord rejected DISCORD_TOKEN \(401\)/);
  });

  it('names DISCORD_GUILD_ID when the bot is not in that server', async () => {
    const error = await registerFailure((server) => ({ ...base(server), DISCORD_GUILD_ID: '1200000000000000999' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/DISCORD_GUILD_ID/);
    expect(error.message).toMatch(/invited to the server/);
  });

  it('asks in its invite URL, and documents in the README, exactly the permissions it needs', async () => {
    expect(requiredPermissions).toBe(309_237_730_304n);
    const url = new URL(inviteUrl('1100000000000000001'));
    expect(url.searchParams.get('permissions')).toBe(requiredPermissions.toString());
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const readme = await readFile(path.join(repositoryRoot, 'adapters', 'discord', 'README.md'), 'utf8');
    expect(readme).toContain(`permissions=${requiredPermissions.toString()}`);
    expect(readme).toContain('matchcut discord register');
  });
});
