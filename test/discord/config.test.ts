/**
 * The Discord settings: missing or inconsistent variables fail with a CONFIG error that names
 * the variable; the scheduled digest shares MATCHCUT_DIGEST_CRON / MATCHCUT_DIGEST_CHANNEL with Slack.
 */
import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../adapters/discord/config.js';
import { MatchcutError } from '../../src/errors.js';

const valid = {
  DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.stand-in.token',
  DISCORD_APPLICATION_ID: '1100000000000000001',
};

function configFailure(environment: Record<string, string | undefined>): MatchcutError {
  try {
    loadDiscordConfig(environment);
  } catch (error) {
    if (error instanceof MatchcutError) return error;
    throw error;
  }
  throw new Error('expected loadDiscordConfig to fail');
}

describe('loadDiscordConfig', () => {
  it('reads a minimal configuration with the defaults', () => {
    expect(loadDiscordConfig(valid)).toEqual({
      token: valid.DISCORD_TOKEN,
      applicationId: valid.DISCORD_APPLICATION_ID,
      guildId: undefined,
      organizerRoleId: undefined,
      apiUrl: 'https://discord.com/api',
      digestSchedule: undefined,
      digestLanguage: 'en',
      messageContent: false,
    });
    expect(loadDiscordConfig({ ...valid, DISCORD_MESSAGE_CONTENT: 'on' }).messageContent).toBe(true);
  });

  it('reads every variable, trimming the API URL', () => {
    const config = loadDiscordConfig({
      ...valid,
      DISCORD_GUILD_ID: '1200000000000000001',
      DISCORD_ORGANIZER_ROLE: ' 1300000000000000001 ',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(config.guildId).toBe('1200000000000000001');
    expect(config.organizerRoleId).toBe('1300000000000000001');
    expect(config.apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it.each([
    [{}, 'DISCORD_TOKEN', /Set DISCORD_TOKEN/],
    [
      { DISCORD_APPLICATION_ID: valid.DISCORD_APPLICATION_ID },
      'DISCORD_TOKEN',
      /DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not/,
    ],
    [{ DISCORD_TOKEN: valid.DISCORD_TOKEN }, 'DISCORD_APPLICATION_ID', /DISCORD_APPLICATION_ID is missing/],
    [{ ...valid, DISCORD_TOKEN: `Bot ${valid.DISCORD_TOKEN}` }, 'DISCORD_TOKEN', /without the "Bot " prefix/],
    [{ ...valid, DISCORD_APPLICATION_ID: 'matchcut' }, 'DISCORD_APPLICATION_ID', /17 to 20 digits/],
    [{ ...valid, DISCORD_GUILD_ID: '12345' }, 'DISCORD_GUILD_ID', /Copy Server ID/],
    [{ ...valid, DISCORD_ORGANIZER_ROLE: 'Organizers' }, 'DISCORD_ORGANIZER_ROLE', /role id, not its name/],
    [{ ...valid, DISCORD_API_URL: 'discord.com' }, 'DISCORD_API_URL', /http\(s\) URL/],
    [{ ...valid, DISCORD_DIGEST_LANGUAGE: 'de' }, 'DISCORD_DIGEST_LANGUAGE', /must be one of en, ko, vi, ja, ru, uz/],
    [
      { ...valid, DISCORD_API_URL: 'https://discord.com/api/v10' },
      'DISCORD_API_URL',
      /must not include the API version/,
    ],
    [
      { ...valid, MATCHCUT_DIGEST_CRON: '0 9 * * 1' },
      'MATCHCUT_DIGEST_CHANNEL',
      /MATCHCUT_DIGEST_CRON is set but MATCHCUT_DIGEST_CHANNEL is not/,
    ],
    [
      { ...valid, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: 'discord:general' },
      'MATCHCUT_DIGEST_CHANNEL',
      /not a Discord channel id/,
    ],
    [
      {
        ...valid,
        MATCHCUT_DIGEST_CRON: '0 9 * * 1',
        MATCHCUT_DIGEST_CHANNEL: 'discord:1400000000000000003,discord:1400000000000000004',
      },
      'MATCHCUT_DIGEST_CHANNEL',
      /names 2 channels of one platform/,
    ],
    [
      { ...valid, MATCHCUT_DIGEST_CRON: 'every monday', MATCHCUT_DIGEST_CHANNEL: 'discord:1400000000000000003' },
      'MATCHCUT_DIGEST_CRON',
      /not a valid cron pattern/,
    ],
  ])('fails with a CONFIG error naming the variable (%#)', (environment, variable, message) => {
    const error = configFailure(environment);
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(variable);
    expect(error.message).toMatch(message);
  });

  it('schedules the digest for a Discord channel and leaves other platforms alone', () => {
    const schedule = (channel: string) =>
      loadDiscordConfig({ ...valid, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: channel })
        .digestSchedule;
    expect(schedule('discord:1400000000000000003')).toEqual({ cron: '0 9 * * 1', channelId: '1400000000000000003' });
    expect(schedule('1400000000000000003')).toEqual({ cron: '0 9 * * 1', channelId: '1400000000000000003' });
    expect(schedule('slack:C0123ABC')).toBeUndefined();
    expect(schedule('C0123ABC')).toBeUndefined();
    // One list for both platforms: each takes its own entry.
    expect(schedule('slack:C0123ABC, discord:1400000000000000003')).toEqual({
      cron: '0 9 * * 1',
      channelId: '1400000000000000003',
    });
  });
});
