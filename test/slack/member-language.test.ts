/**
 * The bot speaks the member's language on Slack: the member's locale comes from users.info
 * (include_locale) against the Web API stand-in, cached per member; acknowledgements never wait
 * for it. A ja-JP member gets Japanese, an unknown locale or a failed look-up gets English.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../adapters/i18n/translate.js';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;

beforeEach(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
  harness = await startSlackHarness(core);
});
afterEach(async () => {
  await harness.close();
  await cleanupCore();
});

/** `/matchcut match` for a member with no linked organization: the reply comes through response_url. */
async function notLinkedReply(userId: string): Promise<string> {
  const response = await harness.sendCommand('match', { userId });
  expect(response.status).toBe(200);
  const post = await harness.api.waitForResponsePost((candidate) => response.responseUrl.endsWith(candidate.id));
  return String(post.body.text);
}

async function helpReply(userId: string): Promise<string> {
  const response = await harness.sendCommand('help', { userId });
  expect(response.status).toBe(200);
  return String((JSON.parse(response.body) as { text: string }).text);
}

describe('the Slack member language', () => {
  it('a member whose Slack locale is ja-JP gets Japanese replies, looked up once', async () => {
    harness.api.setUser('U0JAPAN1', { name: 'haruka', locale: 'ja-JP' });
    expect(await notLinkedReply('U0JAPAN1')).toBe(translate('ja', 'slackNotLinked'));
    expect(await helpReply('U0JAPAN1')).toBe(translate('ja', 'slackHelp'));
    const unknown = await harness.sendCommand('frobnicate', { userId: 'U0JAPAN1' });
    expect(String((JSON.parse(unknown.body) as { text: string }).text)).toContain(
      translate('ja', 'slackUnknownSubcommand', { subcommand: 'frobnicate' }),
    );
    const lookups = harness.api.callsTo('users.info');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.body).toMatchObject({ user: 'U0JAPAN1' });
    expect(String(lookups[0]?.body.include_locale)).toBe('true');
  });

  it('an unknown locale falls back to English', async () => {
    harness.api.setUser('U0BRAZIL', { name: 'ana', locale: 'pt-BR' });
    expect(await notLinkedReply('U0BRAZIL')).toBe(translate('en', 'slackNotLinked'));
    expect(await helpReply('U0BRAZIL')).toBe(translate('en', 'slackHelp'));
  });

  it('a failed look-up (no such member, or no users:read scope) falls back to English', async () => {
    harness.api.failNext('users.info', 'missing_scope');
    expect(await notLinkedReply('U0NOSCOPE')).toBe(translate('en', 'slackNotLinked'));
    expect(await helpReply('U0NOSCOPE')).toBe(translate('en', 'slackHelp'));
    // Remembered as unknown for a while: not asked again on every command.
    expect(harness.api.callsTo('users.info')).toHaveLength(1);
  });

  it('help is acknowledged at once for a member not looked up yet (English), then in their language', async () => {
    harness.api.setUser('U0KOREA1', { name: 'minji', locale: 'ko-KR' });
    expect(await helpReply('U0KOREA1')).toBe(translate('en', 'slackHelp'));
    await harness.api.waitForCall('users.info', (call) => call.body.user === 'U0KOREA1');
    // The look-up finishes in the background; the next reply after it is Korean.
    expect(await notLinkedReply('U0KOREA1')).toBe(translate('ko', 'slackNotLinked'));
    expect(await helpReply('U0KOREA1')).toBe(translate('ko', 'slackHelp'));
  });

  it('channel settings are shown to a ja-JP member in Japanese (mode names as typed)', async () => {
    harness.api.setUser('U0JAPAN2', { name: 'ren', locale: 'ja-JP' });
    const response = await harness.sendCommand('settings', { userId: 'U0JAPAN2', channelId: 'C0GENERAL' });
    expect(response.status).toBe(200);
    const post = await harness.api.waitForResponsePost((candidate) => response.responseUrl.endsWith(candidate.id));
    const text = String(post.body.text);
    expect(text).toMatch(/^<#C0GENERAL> での回答: `(mention|auto|off)`/);
    expect(text).toContain(
      translate('ja', 'settingsHowToChange', { command: '`/matchcut settings mention|auto|off`' }),
    );
    expect(text).toContain(`• \`off\`: ${translate('ja', 'settingsSlackOff')}`);
    expect(text).not.toContain('Answers in');
  });

  it('a partner search by a ko-KR member is listed in Korean, with Korean Interested buttons', async () => {
    harness.api.setUser('U0KOREA2', { name: 'seojun', locale: 'ko-KR' });
    const response = await harness.sendCommand('partners Who offers video editing services?', { userId: 'U0KOREA2' });
    expect(response.status).toBe(200);
    const post = await harness.api.waitForResponsePost((candidate) => response.responseUrl.endsWith(candidate.id));
    const blocks = post.body.blocks as { type: string; text?: { text?: string }; elements?: { text?: unknown }[] }[];
    expect(blocks[0]?.text?.text).toMatch(/제공하는 조직\*$/);
    const buttons = blocks.filter((block) => block.type === 'actions').map((block) => block.elements?.[0]?.text);
    expect(buttons.length).toBeGreaterThan(0);
    for (const text of buttons) expect(text).toMatchObject({ text: translate('ko', 'buttonInterested') });
    expect(JSON.stringify(blocks)).toContain(translate('ko', 'slackPartnersInterestedHint'));
  });

  it('/matchcut match for a named organization is listed in Japanese for a ja-JP member', async () => {
    harness.api.setUser('U0JAPAN3', { name: 'sora', locale: 'ja-JP' });
    const [first] = await core.profiles.list();
    const name = first?.name ?? '';
    const response = await harness.sendCommand(`match ${name}`, { userId: 'U0JAPAN3' });
    const post = await harness.api.waitForResponsePost((candidate) => response.responseUrl.endsWith(candidate.id));
    const blocks = post.body.blocks as { text?: { text?: string } }[];
    expect(blocks[0]?.text?.text).toBe(`*${translate('ja', 'slackMatchHeading', { name })}*`);
    expect(JSON.stringify(blocks)).not.toContain('Suggested partners');
  });
});
