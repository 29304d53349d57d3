/**
 * Slack App Home against the Web API stand-in with the real core: `app_home_opened` publishes the
 * member's Home (how to ask, the linked profile with Edit, the latest suggestions with the digest's
 * feedback buttons), organizers also get the report, coverage gaps and the last digest with Send
 * digest (which posts a digest and republishes the Home); clicks in the Home republish it; text from
 * members is neutralised; a member with no profile is told how to make one.
 */
import { describe, expect, it } from 'vitest';
import { homeBlockLimit, renderAppHome } from '../../adapters/slack/render-app-home.js';
import type { CoreReport } from '../../src/core-types.js';
import type { RecordedCall } from '../stand-ins/slack-web-api.js';
import { seededSlackCore } from './seed-profiles.js';
import type { SlackHarness } from './slack-harness.js';

interface ViewBlock {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { action_id?: string; text?: { text: string } };
  elements?: { type: string; action_id?: string; value?: string; text?: unknown; initial_conversation?: string }[];
}
interface PublishedView {
  type: string;
  blocks: ViewBlock[];
}

const seeded = seededSlackCore();
const start = seeded.start;

let homeEvents = 0;
function openHome(slack: SlackHarness, userId: string, tab = 'home') {
  homeEvents += 1;
  return slack.sendEvent({
    type: 'app_home_opened',
    user: userId,
    channel: `D0HOME${homeEvents}`,
    tab,
    event_ts: `1700000100.00000${homeEvents}`,
  });
}

/** The `count`-th Home published for the user (1-based), once it is there. */
async function publishedHome(slack: SlackHarness, userId: string, count = 1): Promise<PublishedView> {
  const calls = await waitForPublishes(slack, userId, count);
  const call = calls[count - 1] as RecordedCall;
  expect(call.response.ok).toBe(true);
  return call.body.view as PublishedView;
}

async function waitForPublishes(slack: SlackHarness, userId: string, count: number): Promise<RecordedCall[]> {
  const mine = () => slack.api.callsTo('views.publish').filter((call) => call.body.user_id === userId);
  await slack.api.waitForCall('views.publish', () => mine().length >= count, 10_000);
  return mine();
}

const textOf = (view: PublishedView): string => JSON.stringify(view.blocks);
const actionIdsOf = (view: PublishedView): string[] =>
  view.blocks.flatMap((block) => [
    ...(block.elements ?? []).flatMap((element) => (element.action_id === undefined ? [] : [element.action_id])),
    ...(block.accessory?.action_id === undefined ? [] : [block.accessory.action_id]),
  ]);

interface ModalInput {
  type: string;
  block_id?: string;
  element?: {
    type: string;
    action_id: string;
    initial_value?: string;
    initial_option?: { value: string };
    initial_options?: { value: string }[];
  };
}

/** What Slack sends back for a modal submitted as it was opened (its initial values). */
function submittedValues(blocks: unknown[]): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of blocks as ModalInput[]) {
    const element = block.element;
    if (block.type !== 'input' || block.block_id === undefined || element === undefined) continue;
    values[block.block_id] = {
      [element.action_id]: {
        type: element.type,
        value: element.initial_value ?? null,
        selected_option: element.initial_option ?? null,
        selected_options: element.initial_options ?? [],
      },
    };
  }
  return values;
}

/** A block_actions click in the Home view, the way Slack sends it. */
function clickInHome(
  slack: SlackHarness,
  userId: string,
  view: PublishedView,
  action: Record<string, unknown>,
  values: Record<string, unknown> = {},
) {
  return slack.sendInteraction({
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), team_id: 'T0TEST01' },
    container: { type: 'view', view_id: 'V0HOME1' },
    trigger_id: `trigger-home-${Date.now()}`,
    view: {
      id: 'V0HOME1',
      type: 'home',
      blocks: view.blocks,
      state: { values },
      hash: 'h',
      team_id: 'T0TEST01',
      app_id: 'A0TESTAPP',
      bot_id: slack.api.botId,
      callback_id: '',
      private_metadata: '',
    },
    actions: [{ action_ts: '1700000200.000001', ...action }],
  });
}

describe('Slack App Home', () => {
  it('a member sees how to ask, the linked profile with Edit, and the latest suggestions with buttons', async () => {
    const slack = await start();
    const posted = await slack.slack.postDigest('C0PARTNERS', { size: 6 });
    const first = posted.digest.suggestions[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    await seeded.core().profiles.linkMember('slack:U0MEMBER1', first.a.id);

    await openHome(slack, 'U0MEMBER1');
    const home = await publishedHome(slack, 'U0MEMBER1');
    expect(home.type).toBe('home');
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    const text = textOf(home);
    expect(text).toContain('/matchcut ask');
    expect(text).toContain(`*${first.a.name}*`);
    const profileBlock = home.blocks.find((block) => block.block_id === 'home-profile');
    expect(profileBlock?.accessory).toMatchObject({ action_id: 'matchcut_home_edit_profile', text: { text: 'Edit' } });
    // Its suggestions from the digest, each with the digest's three feedback buttons carrying its id.
    const mine = posted.digest.suggestions.filter((entry) => entry.a.id === first.a.id || entry.b.id === first.a.id);
    const buttonBlocks = home.blocks.filter((block) => block.block_id?.startsWith('feedback-') === true);
    expect(buttonBlocks.length).toBe(Math.min(mine.length, 5));
    expect(buttonBlocks.flatMap((block) => block.elements?.map((element) => element.value))).toContain(first.id);
    expect(buttonBlocks[0]?.elements?.map((element) => element.action_id)).toEqual([
      'matchcut_feedback_interested',
      'matchcut_feedback_not_a_fit',
      'matchcut_feedback_know',
    ]);
    expect(actionIdsOf(home)).not.toContain('matchcut_home_send_digest');
    expect(text).not.toContain('For organizers');

    // Interested, clicked in the Home: recorded, and the Home is drawn again with the new status.
    const position = buttonBlocks.findIndex((block) => block.elements?.[0]?.value === first.id) + 1;
    await clickInHome(slack, 'U0MEMBER1', home, {
      type: 'button',
      action_id: 'matchcut_feedback_interested',
      block_id: `feedback-${position}`,
      value: first.id,
    });
    const afterClick = await publishedHome(slack, 'U0MEMBER1', 2);
    const status = afterClick.blocks.find((block) => block.block_id === `status-${position}`);
    expect(JSON.stringify(status)).toContain('*Interested*');

    // Edit opens the existing profile modal, filled in; saving it republishes the Home.
    await clickInHome(slack, 'U0MEMBER1', afterClick, {
      type: 'button',
      action_id: 'matchcut_home_edit_profile',
      block_id: 'home-profile',
    });
    const opened = await slack.api.waitForCall('views.open');
    const modal = opened.body.view as { callback_id: string; private_metadata: string; blocks: ViewBlock[] };
    expect(modal.callback_id).toBe('matchcut_profile');
    expect(JSON.parse(modal.private_metadata)).toEqual({ profileId: first.a.id });
    expect(JSON.stringify(modal.blocks)).toContain(`"initial_value":"${first.a.name}"`);
    const submitted = await slack.sendInteraction({
      type: 'view_submission',
      user: { id: 'U0MEMBER1', username: 'member', team_id: 'T0TEST01' },
      trigger_id: 'trigger-submit',
      view: {
        id: 'V0VIEW1',
        type: 'modal',
        callback_id: 'matchcut_profile',
        private_metadata: modal.private_metadata,
        // The form as opened, with only the city changed.
        state: {
          values: { ...submittedValues(modal.blocks), city: { value: { type: 'plain_text_input', value: 'Busan' } } },
        },
        hash: 'h',
        team_id: 'T0TEST01',
        app_id: 'A0TESTAPP',
        bot_id: slack.api.botId,
      },
      response_urls: [],
    });
    expect(submitted.body).toBe('');
    const afterSave = await publishedHome(slack, 'U0MEMBER1', 3);
    expect(textOf(afterSave)).toContain('Busan');
  });

  it('an organizer sees the report, coverage gaps and the last digest; Send digest posts one and republishes', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0ORGANIZER' });
    const gapQuestion = 'How many zorblax quantum pianos does the Glimmerfeld union own?';
    await seeded.core().ask(gapQuestion, { platform: 'slack', channelId: 'C0GENERAL', memberId: 'slack:U0MEMBER2' });
    await seeded
      .core()
      .ask('What did Netflix, Kocca and Kofic agree to do?', { platform: 'slack', channelId: 'C0GENERAL' });
    await slack.slack.postDigest('C0PARTNERS', { size: 4 });
    const firstDigest = await seeded.core().showDigest();
    const report = await seeded.core().report();
    expect(report.questions?.asked).toBe(2);
    expect(report.gaps?.map((gap) => gap.example)).toContain(gapQuestion);

    await openHome(slack, 'U0ORGANIZER');
    const home = await publishedHome(slack, 'U0ORGANIZER');
    const text = textOf(home);
    expect(text).toContain('For organizers');
    expect(text).toContain(`${report.suggested} suggested`);
    expect(text).toContain('2 asked');
    expect(text).toContain(`${report.questions?.notCovered ?? -1} not covered`);
    expect(home.blocks.find((block) => block.block_id === 'home-gaps')?.text?.text).toContain(`“${gapQuestion}”`);
    const lastDigest = home.blocks.find((block) => block.block_id === 'home-last-digest')?.text?.text ?? '';
    expect(lastDigest).toContain(`${firstDigest.digest.suggestions.length} suggestions`);
    expect(lastDigest).toContain('<#C0PARTNERS>');
    const digestActions = home.blocks.find((block) => block.block_id === 'home-digest-actions');
    expect(digestActions?.elements?.map((element) => element.action_id)).toEqual([
      'matchcut_home_digest_channel',
      'matchcut_home_send_digest',
    ]);
    expect(digestActions?.elements?.[0]?.initial_conversation).toBe('C0PARTNERS');

    // Send digest to the channel picked next to it: the same posting path as /matchcut digest.
    await clickInHome(
      slack,
      'U0ORGANIZER',
      home,
      { type: 'button', action_id: 'matchcut_home_send_digest', block_id: 'home-digest-actions' },
      {
        'home-digest-actions': {
          matchcut_home_digest_channel: { type: 'conversations_select', selected_conversation: 'C0DIGESTS' },
        },
      },
    );
    const republished = await publishedHome(slack, 'U0ORGANIZER', 2);
    const sent = slack.api
      .callsTo('chat.postMessage')
      .filter((call) => call.body.channel === 'C0DIGESTS' && call.response.ok === true);
    expect(sent.length).toBeGreaterThan(0);
    expect(JSON.stringify(sent[0]?.body.blocks)).toContain('matchcut_feedback_interested');
    const latest = await seeded.core().showDigest();
    expect(latest.digest.id).not.toBe(firstDigest.digest.id);
    expect(latest).toMatchObject({ state: 'posted', digest: { channel: 'slack:C0DIGESTS' } });
    const count = latest.digest.suggestions.length;
    const notice = republished.blocks.find((block) => block.block_id === 'home-notice')?.text?.text;
    expect(notice).toContain(`Posted a matchmaking digest with ${count} suggestion`);
    expect(notice).toContain('<#C0DIGESTS>');
    expect(republished.blocks.find((block) => block.block_id === 'home-last-digest')?.text?.text).toContain(
      '<#C0DIGESTS>',
    );
  });

  it('neutralises profile text and questions written by members', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0EVIL' });
    const hostile = await seeded.core().profiles.upsert({
      name: 'Evil <!channel> & Co',
      kind: 'studio',
      languages: ['English'],
      offers: ['<@U0VICTIM> dubbing <http://evil.example|click here>'],
      needs: ['<!here> VFX compositing artists'],
      description: 'x',
    });
    await seeded.core().profiles.linkMember('slack:U0EVIL', hostile.id);
    await seeded.core().ask('<!everyone> zorblax quantum pianos <http://evil.example|free money>?', {
      platform: 'slack',
      channelId: 'C0GENERAL',
    });

    await openHome(slack, 'U0EVIL');
    const text = textOf(await publishedHome(slack, 'U0EVIL'));
    for (const raw of ['<!channel>', '<!here>', '<!everyone>', '<@U0VICTIM>', '<http://evil.example'])
      expect(text).not.toContain(raw);
    expect(text).toContain('Evil &lt;!channel&gt; &amp; Co');
    expect(text).toContain('&lt;@U0VICTIM&gt; dubbing');
    expect(text).toContain('&lt;!everyone&gt; zorblax');
  });

  it('a member with no profile is told how to link one, and cannot send a digest from the Home', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0ORGANIZER' });
    // The Messages tab is the DM: no Home is drawn for it.
    await openHome(slack, 'U0NEWCOMER', 'messages');
    await slack.slack.idle();
    expect(slack.api.callsTo('views.publish')).toHaveLength(0);

    await openHome(slack, 'U0NEWCOMER');
    const home = await publishedHome(slack, 'U0NEWCOMER');
    const profileBlock = home.blocks.find((block) => block.block_id === 'home-profile');
    expect(profileBlock?.text?.text).toContain('not linked to an organization profile');
    expect(profileBlock?.text?.text).toContain('`/matchcut profile`');
    expect(profileBlock?.accessory?.action_id).toBe('matchcut_home_edit_profile');
    expect(actionIdsOf(home).filter((id) => id.startsWith('matchcut_feedback_'))).toEqual([]);
    expect(actionIdsOf(home)).not.toContain('matchcut_home_send_digest');

    // A forged Send digest click from a member: refused, nothing posted.
    await clickInHome(slack, 'U0NEWCOMER', home, {
      type: 'button',
      action_id: 'matchcut_home_send_digest',
      block_id: 'home-digest-actions',
    });
    const refused = await publishedHome(slack, 'U0NEWCOMER', 2);
    expect(refused.blocks.find((block) => block.block_id === 'home-notice')?.text?.text).toContain(
      'only organizers can send',
    );
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(0);
    await expect(seeded.core().showDigest()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a feedback click in the Home that cannot be recorded is answered in the Home', async () => {
    const slack = await start();
    const posted = await slack.slack.postDigest('C0PARTNERS', { size: 4 });
    const suggestion = posted.digest.suggestions[0];
    expect(suggestion).toBeDefined();
    await openHome(slack, 'U0STRANGER');
    const home = await publishedHome(slack, 'U0STRANGER');
    await clickInHome(slack, 'U0STRANGER', home, {
      type: 'button',
      action_id: 'matchcut_feedback_not_a_fit',
      block_id: 'feedback-1',
      value: suggestion?.id,
    });
    const answered = await publishedHome(slack, 'U0STRANGER', 2);
    expect(answered.blocks.find((block) => block.block_id === 'home-notice')?.text?.text).toMatch(/^:warning: \S/);
    expect(await seeded.core().report()).toMatchObject({ declined: 0 });
  });
});

describe('the App Home view within Slack limits', () => {
  it('keeps long profiles, many gaps and long questions within the block and text limits', async () => {
    const long = (word: string) => `${word} `.repeat(400);
    // Profile fields at the schema's limits (300 characters a line).
    const line = (word: string, index: number) => `${`${word} `.repeat(Math.floor(280 / (word.length + 1)))}${index}`;
    const profile = await seeded.core().profiles.upsert({
      name: 'Studio with a very long profile',
      kind: 'studio',
      languages: ['English', 'Korean'],
      offers: Array.from({ length: 40 }, (_, index) => line('<!here>&compositing', index)),
      needs: Array.from({ length: 40 }, (_, index) => line('animation', index)),
      description: long('about'),
      contact: line('contact', 1),
    });
    const base = await seeded.core().report();
    const report: CoreReport = {
      ...base,
      questionsSince: new Date(0).toISOString(),
      questions: { asked: 90, answered: 10, notCovered: 80, helpful: 1, notHelpful: 2, byLanguage: {}, byPlatform: {} },
      gaps: Array.from({ length: 60 }, (_, index) => ({
        example: `${long('why')} ${index}?`,
        count: 2,
        languages: ['en'],
      })),
    };
    const view = renderAppHome({
      member: { profile, suggestions: [] },
      organizer: { report, lastDigest: undefined, defaultChannel: undefined },
      notice: long('notice'),
    });
    expect(view.blocks.length).toBeLessThanOrEqual(homeBlockLimit);
    for (const block of view.blocks as { type: string; text?: { text: string } }[]) {
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3_000);
      if (block.type === 'header') expect(block.text?.text.length).toBeLessThanOrEqual(150);
    }
    const profileText = JSON.stringify(view.blocks.find((block) => block.block_id === 'home-profile'));
    expect(profileText).toContain('&lt;!here&gt;&amp;compositing');
    expect(profileText).not.toContain('<!here>');
    const gaps = view.blocks.find((block) => block.block_id === 'home-gaps');
    expect(JSON.stringify(gaps)).toContain('…and 50 more');
  });
});
