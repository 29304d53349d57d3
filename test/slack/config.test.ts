import { describe, expect, it } from 'vitest';
import { isSlackConfigured, loadSlackConfig } from '../../adapters/slack/config.js';
import { MatchcutError } from '../../src/errors.js';

const http = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };

function configProblem(environment: Record<string, string | undefined>): MatchcutError {
  try {
    loadSlackConfig(environment);
  } catch (error) {
    if (error instanceof MatchcutError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('loadSlackConfig', () => {
  it('reads HTTP mode with defaults', () => {
    expect(loadSlackConfig(http)).toEqual({
      botToken: 'xoxb-1-2-abc',
      signingSecret: 'secret',
      appToken: undefined,
      mode: 'http',
      apiUrl: 'https://slack.com/api/',
      organizers: [],
      port: 3000,
      digestSchedule: undefined,
      digestLanguage: 'en',
    });
  });

  it('reads Socket Mode, a custom API URL, organizers and the port', () => {
    const config = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'https://slack-gov.com/api',
      SLACK_ORGANIZERS: 'U0123ABC, W0456DEF S0GROUP1  U0123ABC',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      mode: 'socket',
      appToken: 'xapp-1',
      signingSecret: undefined,
      apiUrl: 'https://slack-gov.com/api/',
      port: 8080,
    });
    expect(config.organizers).toEqual(['U0123ABC', 'W0456DEF', 'S0GROUP1']);
  });

  it('says how to fix a missing signing secret', () => {
    const error = configProblem({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain('Set SLACK_SIGNING_SECRET');
    expect(error.message).toContain('or run without Slack: unset SLACK_BOT_TOKEN');
  });

  it('names the variable for inconsistent or malformed settings', () => {
    expect(configProblem({ SLACK_SIGNING_SECRET: 'x' }).message).toBe(
      'SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…) to run on Slack, or unset SLACK_SIGNING_SECRET.',
    );
    expect(configProblem({ ...http, SLACK_BOT_TOKEN: 'xoxp-user-token' }).message).toMatch(
      /^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/,
    );
    expect(configProblem({ ...http, SLACK_APP_TOKEN: 'xoxb-wrong' }).message).toMatch(
      /^SLACK_APP_TOKEN must be an app-level token/,
    );
    expect(configProblem({ ...http, SLACK_API_URL: 'slack' }).message).toMatch(/^SLACK_API_URL must be a URL/);
    expect(configProblem({ ...http, PORT: 'eighty' }).message).toMatch(/^PORT must be a port number/);
    expect(configProblem({ ...http, SLACK_ORGANIZERS: 'U0123ABC, @alice' }).message).toMatch(
      /^SLACK_ORGANIZERS contains "@alice"/,
    );
  });

  it('reads the scheduled digest from the core variables and checks them', () => {
    expect(
      loadSlackConfig({
        ...http,
        MATCHCUT_DIGEST_CRON: '0 9 * * 1',
        MATCHCUT_DIGEST_CHANNEL: 'slack:C0PARTNERS',
        MATCHCUT_DIGEST_SIZE: '5',
      }).digestSchedule,
    ).toEqual({
      cron: '0 9 * * 1',
      channel: 'C0PARTNERS',
      size: 5,
    });
    expect(
      loadSlackConfig({ ...http, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: 'C0PARTNERS' })
        .digestSchedule?.size,
    ).toBe(8);
    expect(
      loadSlackConfig({ ...http, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: 'discord:123' })
        .digestSchedule,
    ).toBeUndefined();
    expect(
      configProblem({ ...http, MATCHCUT_DIGEST_CRON: 'every monday', MATCHCUT_DIGEST_CHANNEL: 'C0PARTNERS' }).message,
    ).toMatch(/^MATCHCUT_DIGEST_CRON "every monday" is not a valid cron pattern/);
    expect(configProblem({ ...http, MATCHCUT_DIGEST_CRON: '0 9 * * 1' }).message).toMatch(
      /^MATCHCUT_DIGEST_CRON is set but MATCHCUT_DIGEST_CHANNEL is not/,
    );
    expect(
      configProblem({ ...http, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: '#partners' }).message,
    ).toMatch(/^MATCHCUT_DIGEST_CHANNEL "#partners" is not a Slack channel id/);
    // One list for both platforms: Slack takes its own entry, at most one.
    expect(
      loadSlackConfig({
        ...http,
        MATCHCUT_DIGEST_CRON: '0 9 * * 1',
        MATCHCUT_DIGEST_CHANNEL: 'discord:1400000000000000003, slack:C0PARTNERS',
      }).digestSchedule?.channel,
    ).toBe('C0PARTNERS');
    expect(
      configProblem({ ...http, MATCHCUT_DIGEST_CRON: '0 9 * * 1', MATCHCUT_DIGEST_CHANNEL: 'C0PARTNERS,slack:C0OTHER' })
        .message,
    ).toMatch(/^MATCHCUT_DIGEST_CHANNEL names 2 channels of one platform \(C0PARTNERS, C0OTHER\)/);
  });

  it('isSlackConfigured follows SLACK_BOT_TOKEN', () => {
    expect(isSlackConfigured({})).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: '  ' })).toBe(false);
    expect(isSlackConfigured(http)).toBe(true);
  });
});
