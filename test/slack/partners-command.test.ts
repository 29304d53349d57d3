/**
 * `/matchcut partners <question>` over HTTP against the Web API stand-in, with the real core and
 * the shipped profiles: acknowledged at once, then the organizations whose offers meet the
 * question, escaped, only for the member who asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;

beforeAll(async () => {
  ({ core, cleanup: cleanupCore } = await createTestCore());
  harness = await startSlackHarness(core);
});
afterAll(async () => {
  await harness.close();
  await cleanupCore();
});

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: { text: string } }[];
};

/** A click on a partner's Interested button, as Slack sends it for an ephemeral message. */
function clickInterested(userId: string, partnerId: string, responseId: string) {
  return harness.sendInteraction({
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), team_id: 'T0TEST01' },
    container: { type: 'message', message_ts: '1710000000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    trigger_id: 'trigger-interest',
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: harness.api.responseUrl(responseId),
    actions: [
      {
        type: 'button',
        action_id: 'matchcut_partner_interested',
        block_id: 'interest-1',
        value: partnerId,
        text: { type: 'plain_text', text: 'Interested' },
        action_ts: '1710000001.1',
      },
    ],
  });
}

describe('/matchcut partners', () => {
  it('lists the organizations that offer what the question asks for, privately', async () => {
    const question = 'Who offers video editing services?';
    const expected = await core.findPartners(question, { asker: 'slack:U0MEMBER1', limit: 5 });
    expect(expected.partners.length).toBeGreaterThan(0);
    const response = await harness.sendCommand(`partners ${question}`);
    expect(response.status).toBe(200);
    const post = await harness.api.waitForResponsePost(undefined, 10_000);
    expect(post.body).toMatchObject({ response_type: 'ephemeral' });
    const blocks = post.body.blocks as Block[];
    expect(blocks[0]?.text?.text).toMatch(/^\*Organizations that offer /);
    const listed = blocks.filter((block) => block.block_id?.startsWith('partner-'));
    expect(listed).toHaveLength(expected.partners.length);
    expected.partners.forEach((partner, index) => {
      expect(listed[index]?.text?.text).toContain(`*${index + 1}. ${partner.profile.name}*`);
    });
  });

  it('puts an Interested button under each organization; without a linked profile it says to run /matchcut profile', async () => {
    const question = 'Who offers video editing services?';
    const expected = await core.findPartners(question, { asker: 'slack:U0NOPROFILE', limit: 5 });
    await harness.sendCommand(`partners ${question}`, { userId: 'U0NOPROFILE' });
    const post = await harness.api.waitForResponsePost(undefined, 10_000);
    const buttons = (post.body.blocks as Block[])
      .filter((block) => block.type === 'actions')
      .map((block) => block.elements?.[0]);
    expect(buttons.map((button) => button?.value)).toEqual(expected.partners.map((partner) => partner.profile.id));
    expect(buttons.every((button) => button?.action_id === 'matchcut_partner_interested')).toBe(true);
    expect(buttons[0]?.text?.text).toBe('Interested');

    const response = await clickInterested('U0NOPROFILE', expected.partners[0]?.profile.id ?? '', 'unlinked');
    expect(response.status).toBe(200);
    const reply = await harness.api.waitForResponsePost((entry) => entry.id === 'unlinked', 10_000);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(reply.body.text)).toContain('`/matchcut profile`');
    expect(String(reply.body.text)).not.toMatch(/matchcut profiles|--/);
  });

  it('records Interested, and introduces both sides in a group DM when the partner says Interested too', async () => {
    const asker = await core.profiles.upsert(
      { name: 'Button Test Studio', kind: 'studio', country: 'South Korea', needs: ['video editing'] },
      { owner: 'slack:U0ASKER' },
    );
    await core.profiles.linkMember('slack:U0ASKER', asker.id);
    const { partners } = await core.findPartners('Who offers video editing services?', { asker: 'slack:U0ASKER' });
    const partner = partners[0]?.profile;
    expect(partner).toBeDefined();
    const before = await core.report();

    await clickInterested('U0ASKER', partner?.id ?? '', 'asker-interest');
    const noted = await harness.api.waitForResponsePost((entry) => entry.id === 'asker-interest', 10_000);
    expect(String(noted.body.text)).toBe(
      `Noted: you are interested in *${partner?.name ?? ''}*. When they say so too, I will introduce you.`,
    );
    expect((await core.report()).interested).toBe(before.interested + 1);
    expect(harness.api.callsTo('conversations.open')).toHaveLength(0);

    await core.profiles.linkMember('slack:U0PARTNER', partner?.id ?? '');
    await clickInterested('U0PARTNER', asker.id, 'partner-interest');
    const both = await harness.api.waitForResponsePost((entry) => entry.id === 'partner-interest', 10_000);
    expect(String(both.body.text)).toContain('is interested too');
    const opened = await harness.api.waitForCall('conversations.open');
    expect(String(opened.body.users).split(',').sort()).toEqual(['U0ASKER', 'U0PARTNER']);
    const introduction = await harness.api.waitForCall('chat.postMessage', (call) =>
      String(call.body.text).startsWith('Introduction:'),
    );
    expect(String(introduction.body.text)).toContain('Button Test Studio');
    expect((await core.report()).introduced).toBe(before.introduced + 1);
  });

  it('answers a mention that looks for partners with the organizations and their Interested buttons', async () => {
    const question = 'Who offers video editing services?';
    const expected = await core.findPartners(question, { asker: 'slack:U0MENTION', limit: 5 });
    await harness.sendEvent({
      type: 'app_mention',
      user: 'U0MENTION',
      text: `<@${harness.api.botUserId}> ${question}`,
      ts: '1710000000.000900',
      channel: 'C0GENERAL',
    });
    const post = await harness.api.waitForCall('chat.postMessage', (call) =>
      (call.body.blocks as Block[]).some((block) => block.block_id === 'partner-1'),
    );
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1710000000.000900' });
    const buttons = (post.body.blocks as Block[]).filter((block) => block.block_id?.startsWith('interest-'));
    expect(buttons.map((block) => block.elements?.[0]?.value)).toEqual(
      expected.partners.map((partner) => partner.profile.id),
    );
  });

  it('tells a mention looking for partners nobody offers so, under the article answer', async () => {
    const question = 'Who can dub Korean dramas into Japanese?';
    expect((await core.findPartners(question, { limit: 5 })).partners).toEqual([]);
    await harness.sendEvent({
      type: 'app_mention',
      user: 'U0MENTION',
      text: `<@${harness.api.botUserId}> ${question}`,
      ts: '1710000000.000950',
      channel: 'C0GENERAL',
    });
    const post = await harness.api.waitForCall(
      'chat.postMessage',
      (call) => call.body.thread_ts === '1710000000.000950' && String(call.body.text).length > 0,
    );
    const texts = JSON.stringify(post.body.blocks);
    expect(texts).toContain('No organization here offers dubbing yet. Organizers can add profiles.');
    expect(texts).not.toContain('/matchcut ask');
    // The article answer (here: what the sources hold closest) comes first, in the same post.
    expect((post.body.blocks as Block[]).length).toBeGreaterThan(1);
    expect((post.body.blocks as Block[]).some((block) => block.block_id?.startsWith('interest-'))).toBe(false);
  });

  it('asks for the question when there is none, at once', async () => {
    const response = await harness.sendCommand('partners');
    expect(JSON.parse(response.body)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('after `partners`'),
    });
  });

  it('is listed by /matchcut help', async () => {
    const help = await harness.sendCommand('help');
    expect(JSON.parse(help.body)).toMatchObject({ text: expect.stringContaining('/matchcut partners') });
  });
});
