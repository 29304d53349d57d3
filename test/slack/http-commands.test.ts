/**
 * /matchcut over HTTP: acks within 3 s, answers through response_url, the organizer check,
 * digests with buttons, clicks recorded and shown, introductions, and the profile modal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { seedProfiles } from './seed-profiles.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

let core: Matchcut;
let cleanupCore: () => Promise<void>;
let harness: SlackHarness;

// A fresh core per test: digests remember what they suggested.
beforeEach(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanupCore = created.cleanup;
  await seedProfiles(core);
});
afterEach(async () => {
  await harness.close();
  await cleanupCore();
});

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{ type?: string; text?: string | { text: string }; action_id?: string; value?: string }>;
};

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('/matchcut ask and help', () => {
  beforeEach(async () => {
    harness = await startSlackHarness(core);
  });

  it('acks within 3 s even when the answer is slow, then answers through response_url', async () => {
    const slowCore: Matchcut = {
      ...core,
      ask: async (question, options) => {
        await delay(3_500);
        return core.ask(question, options);
      },
    };
    await harness.close();
    harness = await startSlackHarness(slowCore);
    const started = Date.now();
    const response = await harness.sendCommand('ask Who trains post-production crews in Korea?');
    expect(response.status).toBe(200);
    expect(response.elapsedMilliseconds).toBeLessThan(2_000);
    const post = await harness.api.waitForResponsePost(undefined, 10_000);
    expect(post.at - started).toBeGreaterThanOrEqual(3_500);
    expect(response.responseUrl.endsWith(`/response/${post.id}`)).toBe(true);
    // Private first: only the member sees the answer (Share with channel posts it; see answer-flows.test.ts).
    expect(post.body).toMatchObject({ response_type: 'ephemeral', unfurl_links: false, unfurl_media: false });
    const blocks = post.body.blocks as Block[];
    expect(blocks[0]?.elements?.[0]?.text).toBe('*Q:* Who trains post-production crews in Korea?');
    expect(blocks.some((block) => block.block_id === 'citation-1')).toBe(true);
  }, 15_000);

  it('answers help and unknown subcommands at once, ephemerally', async () => {
    const help = await harness.sendCommand('help');
    expect(JSON.parse(help.body)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('/matchcut profile'),
    });
    const unknown = await harness.sendCommand('dance <!channel>');
    const body = JSON.parse(unknown.body) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^I don't know `dance`\. Try one of these:/);
    const empty = await harness.sendCommand('ask   ');
    expect(JSON.parse(empty.body)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Add your question after `ask`'),
    });
    await harness.slack.idle();
    expect(harness.api.responsePosts).toHaveLength(0);
  });
});

describe('/matchcut digest and the feedback buttons', () => {
  beforeEach(async () => {
    harness = await startSlackHarness(core, { SLACK_ORGANIZERS: 'U0ORGANIZER, S0ORGANIZERS' });
    harness.api.setUserGroup('S0ORGANIZERS', ['U0GROUPMEMBER']);
  });

  it('refuses a digest from someone who is not an organizer, politely and privately', async () => {
    const before = await core.report();
    const response = await harness.sendCommand('digest', { userId: 'U0MEMBER1' });
    expect(response.status).toBe(200);
    const post = await harness.api.waitForResponsePost();
    expect(post.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Sorry, only organizers can send a matchmaking digest/),
    });
    await harness.slack.idle();
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
    expect(harness.api.callsTo('usergroups.users.list')[0]?.body).toMatchObject({ usergroup: 'S0ORGANIZERS' });
    expect((await core.report()).digests).toBe(before.digests);
  });

  it('posts a digest for an organizer (via a user group) with buttons; clicks are recorded, shown, and both Interested → introduction', async () => {
    const response = await harness.sendCommand('digest <#C0PARTNERS|partners>', { userId: 'U0GROUPMEMBER' });
    expect(response.status).toBe(200);
    const digestPost = await harness.api.waitForCall('chat.postMessage', (call) => call.body.channel === 'C0PARTNERS');
    expect(digestPost.response.ok).toBe(true);
    const confirmation = await harness.api.waitForResponsePost();
    expect(confirmation.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Posted a matchmaking digest with \d+ suggestions? to <#C0PARTNERS>\.$/),
    });

    const blocks = digestPost.body.blocks as Block[];
    const actions = blocks.find((block) => block.type === 'actions');
    const buttons = actions?.elements ?? [];
    expect(buttons.map((button) => button.action_id)).toEqual([
      'matchcut_feedback_interested',
      'matchcut_feedback_not_a_fit',
      'matchcut_feedback_know',
    ]);
    const suggestionId = buttons[0]?.value ?? '';
    expect(suggestionId).not.toBe('');
    const reasons = blocks.find((block) => block.block_id === 'reasons-1')?.text?.text ?? '';
    expect(reasons.match(/\*For /g)).toHaveLength(2);

    // Link one member to each side, as /matchcut profile would.
    const digests = await core.report();
    expect(digests.digests).toBeGreaterThan(0);
    // The pair as the message names it: "*1.* *A* (kind)  ↔  *B* (kind)".
    const pairLine = blocks.find((block) => block.block_id === 'match-1')?.text?.text ?? '';
    const [, nameA, nameB] = /^\*1\.\* \*(.+?)\* \(.+?\) {2}↔ {2}\*(.+?)\* \(/.exec(pairLine) ?? [];
    const sideA = await core.profiles.get(nameA ?? 'missing');
    const sideB = await core.profiles.get(nameB ?? 'missing');
    expect(reasons).toContain(`*For ${sideA.name}:*`);
    expect(reasons).toContain(`*For ${sideB.name}:*`);
    await core.profiles.linkMember('slack:U0MEMBERA', sideA.id);
    await core.profiles.linkMember('slack:U0MEMBERB', sideB.id);

    const click = (userId: string, message: { blocks: Block[]; text: string }) =>
      harness.sendInteraction({
        type: 'block_actions',
        user: { id: userId, username: userId.toLowerCase(), team_id: 'T0TEST01' },
        container: {
          type: 'message',
          message_ts: digestPost.response.ts,
          channel_id: 'C0PARTNERS',
          is_ephemeral: false,
        },
        trigger_id: 'trigger-click',
        channel: { id: 'C0PARTNERS', name: 'partners' },
        message: {
          type: 'message',
          user: harness.api.botUserId,
          bot_id: harness.api.botId,
          ts: digestPost.response.ts,
          text: message.text,
          blocks: message.blocks,
        },
        response_url: harness.api.responseUrl('click'),
        actions: [
          {
            type: 'button',
            action_id: 'matchcut_feedback_interested',
            block_id: actions?.block_id,
            value: suggestionId,
            text: { type: 'plain_text', text: 'Interested' },
            action_ts: '1710000000.1',
          },
        ],
      });

    const first = await click('U0MEMBERA', { blocks, text: String(digestPost.body.text) });
    expect(first.status).toBe(200);
    const update = await harness.api.waitForCall('chat.update');
    expect(update.body).toMatchObject({ channel: 'C0PARTNERS', ts: digestPost.response.ts });
    const updatedBlocks = update.body.blocks as Block[];
    const status = updatedBlocks.find((block) => block.block_id === 'status-1')?.elements?.[0]?.text;
    expect(status).toBe(
      `${sideA.name}: *Interested*   ·   ${sideB.name}: _no answer yet_   ·   <@U0MEMBERA> chose Interested`,
    );
    expect(updatedBlocks).toHaveLength(blocks.length);
    await harness.slack.idle();
    expect(harness.api.callsTo('conversations.open')).toHaveLength(0);

    await click('U0MEMBERB', { blocks: updatedBlocks, text: String(update.body.text) });
    const open = await harness.api.waitForCall('conversations.open');
    expect(String(open.body.users).split(',').sort()).toEqual(['U0MEMBERA', 'U0MEMBERB']);
    const channelId = (open.response.channel as { id: string }).id;
    const introduction = await harness.api.waitForCall('chat.postMessage', (call) => call.body.channel === channelId);
    expect(String(introduction.body.text)).toBe(`Introduction: ${sideA.name} ↔ ${sideB.name}`);
    const secondUpdate = await harness.api.waitForCalls('chat.update', 2);
    expect(
      (secondUpdate[1]?.body.blocks as Block[]).find((block) => block.block_id === 'status-1')?.elements?.[0]?.text,
    ).toContain(`${sideB.name}: *Interested*`);
  });

  it('tells the organizer when there is nothing new to suggest, without posting', async () => {
    for (let round = 0; round < 20 && (await core.digest({ limit: 50 })).suggestions.length > 0; round += 1);
    await harness.sendCommand('digest', { userId: 'U0ORGANIZER', channelId: 'C0PARTNERS' });
    const reply = await harness.api.waitForResponsePost();
    expect(reply.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^No new suggestions to send right now/),
    });
    await harness.slack.idle();
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('asks to pick a channel it can resolve, and says how to invite it when it cannot post', async () => {
    await harness.sendCommand('digest #partners', { userId: 'U0ORGANIZER' });
    const unresolved = await harness.api.waitForResponsePost();
    expect(unresolved.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Pick the channel from the list/),
    });
    harness.api.failNext('chat.postMessage', 'channel_not_found');
    await harness.sendCommand('digest <#C0PRIVATE|secret>', { userId: 'U0ORGANIZER' });
    const refused = await harness.api.waitForResponsePost((post) => post !== unresolved);
    expect(refused.body).toMatchObject({
      response_type: 'ephemeral',
      text: "I can't post in that channel (channel_not_found). Invite me first with `/invite @matchcut` in <#C0PRIVATE>, then try again.",
    });
    // A public channel it is not in yet: it joins, then posts.
    harness.api.failNext('chat.postMessage', 'not_in_channel');
    await harness.sendCommand('digest <#C0PUBLIC|public>', { userId: 'U0ORGANIZER' });
    const posted = await harness.api.waitForCall(
      'chat.postMessage',
      (call) => call.body.channel === 'C0PUBLIC' && call.response.ok === true,
    );
    expect(harness.api.callsTo('conversations.join').map((call) => call.body.channel)).toEqual(['C0PUBLIC']);
    expect(harness.api.calls.indexOf(posted)).toBeGreaterThan(
      harness.api.calls.indexOf(harness.api.callsTo('conversations.join')[0] as never),
    );
  });

  it('tells a member who is not on either side, privately, instead of recording', async () => {
    await harness.sendCommand('digest', { userId: 'U0ORGANIZER', channelId: 'C0PARTNERS' });
    const digestPost = await harness.api.waitForCall('chat.postMessage');
    const actions = (digestPost.body.blocks as Block[]).find((block) => block.type === 'actions');
    await harness.sendInteraction({
      type: 'block_actions',
      user: { id: 'U0STRANGER', username: 'stranger', team_id: 'T0TEST01' },
      channel: { id: 'C0PARTNERS', name: 'partners' },
      container: { type: 'message', message_ts: digestPost.response.ts, channel_id: 'C0PARTNERS' },
      message: {
        type: 'message',
        ts: digestPost.response.ts,
        text: digestPost.body.text,
        blocks: digestPost.body.blocks,
      },
      response_url: harness.api.responseUrl('stranger'),
      actions: [
        {
          type: 'button',
          action_id: 'matchcut_feedback_not_a_fit',
          block_id: actions?.block_id,
          value: actions?.elements?.[0]?.value,
          action_ts: '1',
        },
      ],
    });
    const reply = await harness.api.waitForResponsePost((post) => post.id === 'stranger');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    await harness.slack.idle();
    expect(harness.api.callsTo('chat.update')).toHaveLength(0);
  });
});

describe('/matchcut profile and match', () => {
  beforeEach(async () => {
    harness = await startSlackHarness(core);
  });

  it('opens the profile modal, shows validation errors on the right fields, saves and links a valid one', async () => {
    await harness.sendCommand('profile', { userId: 'U0NEWMEMBER', channelId: 'C0GENERAL' });
    const opened = await harness.api.waitForCall('views.open');
    expect(String(opened.body.trigger_id)).toMatch(/^trigger-/);
    const view = opened.body.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe('matchcut_profile');
    expect(view.blocks.map((block) => block.block_id)).toEqual([
      'name',
      'kind',
      'country',
      'city',
      'languages',
      'offers',
      'pickedOffers',
      'needs',
      'pickedNeeds',
      'description',
      'contact',
    ]);

    const submit = (values: Record<string, string | undefined>, kind: string | undefined) => {
      const state: Record<string, Record<string, unknown>> = {};
      for (const block of view.blocks) {
        const id = block.block_id ?? '';
        state[id] = {
          value:
            id === 'kind'
              ? {
                  type: 'static_select',
                  selected_option:
                    kind === undefined ? null : { value: kind, text: { type: 'plain_text', text: kind } },
                }
              : { type: 'plain_text_input', value: values[id] ?? null },
        };
      }
      return harness.sendInteraction({
        type: 'view_submission',
        user: { id: 'U0NEWMEMBER', username: 'new', team_id: 'T0TEST01' },
        trigger_id: 'trigger-submit',
        view: {
          id: 'V0VIEW1',
          type: 'modal',
          callback_id: 'matchcut_profile',
          private_metadata: view.private_metadata,
          state: { values: state },
          hash: 'h',
          team_id: 'T0TEST01',
          app_id: 'A0TESTAPP',
          bot_id: harness.api.botId,
        },
        response_urls: [],
      });
    };

    const invalid = await submit({ name: 'Saigon Post House', offers: `color grading\n${'x'.repeat(400)}` }, undefined);
    expect(invalid.status).toBe(200);
    const errors = JSON.parse(invalid.body) as { response_action: string; errors: Record<string, string> };
    expect(errors.response_action).toBe('errors');
    expect(Object.keys(errors.errors).sort()).toEqual(['kind', 'offers']);
    expect(errors.errors.offers).toMatch(/^Line 2: /);

    const valid = await submit(
      {
        name: 'Saigon Post House',
        country: 'Vietnam',
        languages: 'Vietnamese, English',
        offers: 'color grading\nsound mixing',
        needs: 'Korean co-producers',
      },
      'studio',
    );
    expect(valid.status).toBe(200);
    expect(valid.body).toBe('');
    const confirmation = await harness.api.waitForCall(
      'chat.postMessage',
      (call) => call.body.channel === 'U0NEWMEMBER',
    );
    expect(String(confirmation.body.text)).toContain('Saved the profile of *Saigon Post House*');
    const linked = await core.profiles.forMember('slack:U0NEWMEMBER');
    expect(linked).toMatchObject({
      name: 'Saigon Post House',
      kind: 'studio',
      offers: ['color grading', 'sound mixing'],
      languages: ['Vietnamese', 'English'],
    });

    // Someone else cannot take over that profile by using its name.
    const takeover = await harness.sendInteraction({
      type: 'view_submission',
      user: { id: 'U0INTRUDER', username: 'intruder', team_id: 'T0TEST01' },
      view: {
        id: 'V0VIEW9',
        type: 'modal',
        callback_id: 'matchcut_profile',
        private_metadata: '{}',
        state: {
          values: {
            name: { value: { type: 'plain_text_input', value: 'Saigon Post House' } },
            kind: { value: { type: 'static_select', selected_option: { value: 'studio' } } },
          },
        },
      },
    });
    expect(JSON.parse(takeover.body)).toEqual({
      response_action: 'errors',
      errors: {
        name: '"Saigon Post House" is managed by its linked members; ask one of them or an organizer to change it.',
      },
    });
    expect(await core.profiles.forMember('slack:U0INTRUDER')).toBeUndefined();

    // Editing: the modal comes pre-filled.
    await harness.sendCommand('profile', { userId: 'U0NEWMEMBER' });
    const reopened = await harness.api.waitForCalls('views.open', 2);
    const nameBlock = (
      reopened[1]?.body.view as { blocks: Array<{ block_id: string; element: { initial_value?: string } }> }
    ).blocks.find((block) => block.block_id === 'name');
    expect(nameBlock?.element.initial_value).toBe('Saigon Post House');
  });

  it('shows suggestions for a named organization, escaped, and explains when the member has no profile', async () => {
    await harness.sendCommand('match', { userId: 'U0NOPROFILE' });
    const none = await harness.api.waitForResponsePost();
    expect(none.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/matchcut profile') });
    const [first] = await core.profiles.list();
    await harness.sendCommand(`match ${first?.name ?? ''}`, { userId: 'U0NOPROFILE' });
    const matches = await harness.api.waitForResponsePost((post) => post !== none);
    expect(matches.body.response_type).toBe('ephemeral');
    expect((matches.body.blocks as Block[])[0]?.text?.text).toBe(`*Suggested partners for ${first?.name}*`);
    await harness.sendCommand('match No Such Organization', { userId: 'U0NOPROFILE' });
    const missing = await harness.api.waitForResponsePost((post) => post !== none && post !== matches);
    expect(missing.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('No Such Organization'),
    });
  });
});
