/**
 * The flows localized last on Slack, against the Web API stand-in with the real core: the profile
 * modal and its validation replies, the App Home for a member and an organizer, a digest in the
 * organizer's language (and in SLACK_DIGEST_LANGUAGE when nobody's language decides), the status
 * line after a click in the digest's language, introductions in each member's language, the
 * core's member mistakes, and partner lists under answers.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../adapters/i18n/translate.js';
import type { RecordedCall } from '../stand-ins/slack-web-api.js';
import { seededSlackCore } from './seed-profiles.js';
import type { SlackHarness } from './slack-harness.js';

const seeded = seededSlackCore();
const start = seeded.start;

/** Makes the member's Slack locale known (looked up once, then cached) before the flow under test. */
async function withLocale(slack: SlackHarness, userId: string, locale: string): Promise<void> {
  slack.api.setUser(userId, { name: userId.toLowerCase(), locale });
  await slack.sendCommand('help', { userId });
  await slack.api.waitForCall('users.info', (call) => call.body.user === userId);
  await slack.slack.idle();
}

async function responseText(slack: SlackHarness, response: { responseUrl: string }): Promise<string> {
  const post = await slack.api.waitForResponsePost((candidate) => response.responseUrl.endsWith(candidate.id));
  return String(post.body.text);
}

interface ModalBlock {
  type: string;
  block_id?: string;
  label?: { text: string };
  hint?: { text: string };
  element?: {
    type: string;
    action_id: string;
    placeholder?: { text: string };
    options?: { text: { text: string }; value: string }[];
  };
}
interface ModalView {
  title: { text: string };
  submit: { text: string };
  close: { text: string };
  blocks: ModalBlock[];
  private_metadata: string;
}

function submission(userId: string, view: ModalView, values: Record<string, string | undefined>) {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || block.block_id === undefined || block.element === undefined) continue;
    const value = values[block.block_id];
    state[block.block_id] = {
      [block.element.action_id]:
        block.element.type === 'static_select'
          ? { type: 'static_select', selected_option: value === undefined ? null : { value } }
          : block.element.type === 'multi_external_select'
            ? { type: 'multi_external_select', selected_options: [] }
            : { type: 'plain_text_input', value: value ?? null },
    };
  }
  return {
    type: 'view_submission',
    user: { id: userId, username: userId.toLowerCase(), team_id: 'T0TEST01' },
    trigger_id: 'trigger-submit',
    view: {
      id: 'V0PROFILE',
      type: 'modal',
      callback_id: 'matchcut_profile',
      private_metadata: view.private_metadata,
      state: { values: state },
      hash: 'h',
    },
  };
}

describe('Slack profile modal in the member language', () => {
  it('opens in Japanese and answers validation problems in Japanese; a Russian member saves and is told in Russian', async () => {
    const slack = await start();
    await withLocale(slack, 'U0JAPAN1', 'ja-JP');
    await slack.sendCommand('profile', { userId: 'U0JAPAN1' });
    const opened = await slack.api.waitForCall('views.open');
    const view = opened.body.view as ModalView;
    expect(view.title.text).toBe(translate('ja', 'profileFormTitleNew'));
    expect(view.submit.text).toBe('保存');
    const labels = view.blocks.map((block) => block.label?.text);
    expect(labels).toContain('種類');
    expect(labels).toContain('提供できること（一覧から）');
    const kinds = view.blocks.find((block) => block.block_id === 'kind')?.element?.options ?? [];
    expect(kinds.map((option) => option.text.text)).toContain('人材・研修センター');
    expect(JSON.stringify(view)).not.toMatch(/One per line|Working languages|Choose one/);

    const invalid = await slack.sendInteraction(
      submission('U0JAPAN1', view, { name: 'Osaka Dub House', offers: `吹き替え\n${'x'.repeat(400)}` }),
    );
    expect(JSON.parse(invalid.body)).toEqual({
      response_action: 'errors',
      errors: {
        kind: '次の種類から1つ選んでください: スタジオ, 人材・研修センター, 機関・公的機関, プラットフォーム・配信, 放送局, 協会, 組織',
        offers: '2行目: 300文字以内で入力してください',
      },
    });

    await withLocale(slack, 'U0RUSSIA1', 'ru-RU');
    const saved = await slack.sendInteraction(
      submission('U0RUSSIA1', view, {
        name: 'Tashkent Dubbing Studio',
        kind: 'studio',
        offers: 'dubbing',
      }),
    );
    expect(saved.status).toBe(200);
    const note = await slack.api.waitForCall('chat.postMessage', (call) => call.body.channel === 'U0RUSSIA1');
    expect(String(note.body.text)).toBe(translate('ru', 'slackProfileSaved', { name: '*Tashkent Dubbing Studio*' }));
  });
});

interface HomeView {
  blocks: { block_id?: string; type: string; text?: { text: string } }[];
}

async function publishedHome(slack: SlackHarness, userId: string): Promise<HomeView> {
  const call = await slack.api.waitForCall('views.publish', (candidate) => candidate.body.user_id === userId, 10_000);
  return call.body.view as HomeView;
}

describe('Slack App Home in the member language', () => {
  it('a Korean member sees the Home in Korean; a Russian organizer sees the organizer part in Russian', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0ORGANIZER' });
    const [profile] = await seeded.core().profiles.list();
    await seeded.core().profiles.linkMember('slack:U0KOREA1', profile?.id ?? '');
    slack.api.setUser('U0KOREA1', { name: 'minji', locale: 'ko-KR' });
    await slack.sendEvent({ type: 'app_home_opened', user: 'U0KOREA1', channel: 'D0HOMEKO', tab: 'home' });
    const home = await publishedHome(slack, 'U0KOREA1');
    const text = JSON.stringify(home.blocks);
    expect(text).toContain(translate('ko', 'homeYourOrganization'));
    expect(text).toContain('*질문하는 방법*');
    expect(text).toContain(translate('ko', 'buttonEditProfile'));
    expect(text).not.toMatch(/How to ask|Your organization|For organizers/);

    await slack.slack.postDigest('C0PARTNERS', { size: 3 });
    const gap = 'How many zorblax quantum pianos does the Glimmerfeld union own?';
    await seeded.core().ask(gap, { platform: 'slack', channelId: 'C0GENERAL' });
    slack.api.setUser('U0ORGANIZER', { name: 'olga', locale: 'ru-RU' });
    await slack.sendEvent({ type: 'app_home_opened', user: 'U0ORGANIZER', channel: 'D0HOMERU', tab: 'home' });
    const organizerHome = await publishedHome(slack, 'U0ORGANIZER');
    const organizerText = JSON.stringify(organizerHome.blocks);
    expect(organizerText).toContain('Для организаторов');
    expect(organizerText).toContain('*Подбор партнёров:* предложено');
    const lastDigest = organizerHome.blocks.find((block) => block.block_id === 'home-last-digest')?.text?.text;
    expect(lastDigest).toMatch(/^\*Последняя подборка:\* <!date\^\d+\^\{date_short_pretty\} в \{time\}\|/);
    expect(lastDigest).toContain('<#C0PARTNERS> · опубликована');
    expect(organizerText).toContain(translate('ru', 'buttonSendDigest'));
    expect(organizerText).toContain('По языкам: английский 1');
    expect(organizerHome.blocks.find((block) => block.block_id === 'home-gaps')?.text?.text).toContain(
      `1× “${gap}” (английский)`,
    );
    expect(organizerText).not.toMatch(/Last digest|suggested ·|Send digest posts/);
  });
});

interface DigestBlock {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: string | { text: string } }[];
}

describe('Slack digests and introductions in the members’ languages', () => {
  it('posts a Japanese organizer’s digest in Japanese, keeps its status line Japanese, and introduces a Korean and an English member in both languages', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0ORGANIZER' });
    await withLocale(slack, 'U0ORGANIZER', 'ja-JP');
    const response = await slack.sendCommand('digest <#C0PARTNERS|partners>', { userId: 'U0ORGANIZER' });
    const digestPost = await slack.api.waitForCall('chat.postMessage', (call) => call.body.channel === 'C0PARTNERS');
    expect(await responseText(slack, response)).toMatch(
      /^<#C0PARTNERS>に提案\d+件のマッチングダイジェストを投稿しました。$/,
    );
    const blocks = digestPost.body.blocks as DigestBlock[];
    expect(JSON.stringify(blocks[0])).toContain('マッチングダイジェスト');
    const reasons = (blocks.find((block) => block.block_id === 'reasons-1') as { text?: { text: string } }).text?.text;
    expect(reasons).toMatch(/^\*.+ にとって:\*\n/);
    expect(reasons).not.toMatch(/ needs | offers |both work in|\*For /);
    const actions = blocks.find((block) => block.type === 'actions');
    const labels = actions?.elements?.map((element) => (element.text as { text: string }).text);
    expect(labels).toEqual(['興味あり', '合わない', 'もう知っている']);

    const pairLine = (blocks.find((block) => block.block_id === 'match-1') as { text?: { text: string } }).text?.text;
    const [, nameA, nameB] = /^\*1\.\* \*(.+?)\* \(.+?\) {2}↔ {2}\*(.+?)\* \(/.exec(pairLine ?? '') ?? [];
    const sideA = await seeded.core().profiles.get(nameA ?? 'missing');
    const sideB = await seeded.core().profiles.get(nameB ?? 'missing');
    await seeded.core().profiles.linkMember('slack:U0KOREA1', sideA.id);
    await seeded.core().profiles.linkMember('slack:U0ENGLISH', sideB.id);
    slack.api.setUser('U0KOREA1', { name: 'minji', locale: 'ko-KR' });
    slack.api.setUser('U0ENGLISH', { name: 'sam', locale: 'en-US' });

    const click = (userId: string, message: { blocks: DigestBlock[]; text: string }) =>
      slack.sendInteraction({
        type: 'block_actions',
        user: { id: userId, username: userId.toLowerCase(), team_id: 'T0TEST01' },
        container: { type: 'message', message_ts: digestPost.response.ts, channel_id: 'C0PARTNERS' },
        trigger_id: 'trigger-click',
        channel: { id: 'C0PARTNERS', name: 'partners' },
        message: { type: 'message', ts: digestPost.response.ts, text: message.text, blocks: message.blocks },
        response_url: slack.api.responseUrl('click'),
        actions: [
          {
            type: 'button',
            action_id: 'matchcut_feedback_interested',
            block_id: actions?.block_id,
            value: actions?.elements?.[0]?.value,
            action_ts: '1710000000.1',
          },
        ],
      });
    await click('U0ENGLISH', { blocks, text: String(digestPost.body.text) });
    const update = await slack.api.waitForCall('chat.update');
    const updated = update.body.blocks as DigestBlock[];
    const status = updated.find((block) => block.block_id === 'status-1')?.elements?.[0]?.text;
    expect(status).toBe(
      `${sideA.name}: _未回答_   ·   ${sideB.name}: *興味あり*   ·   <@U0ENGLISH>さんが興味ありを選びました`,
    );

    await click('U0KOREA1', { blocks: updated, text: String(update.body.text) });
    const open = await slack.api.waitForCall('conversations.open');
    const channelId = (open.response.channel as { id: string }).id;
    const introductionsIn = () =>
      slack.api
        .callsTo('chat.postMessage')
        .filter((call: RecordedCall) => call.body.channel === channelId)
        .map((call) => String(call.body.text));
    await slack.api.waitForCall('chat.postMessage', () => introductionsIn().length >= 2, 10_000);
    await slack.slack.idle();
    const introductions = introductionsIn();
    expect(introductions).toEqual([
      translate('ko', 'introFallback', { a: sideA.name, b: sideB.name }),
      translate('en', 'introFallback', { a: sideA.name, b: sideB.name }),
    ]);
  });

  it('a digest nobody’s language decides is written in SLACK_DIGEST_LANGUAGE', async () => {
    const slack = await start({ SLACK_DIGEST_LANGUAGE: 'RU' });
    await slack.slack.postDigest('C0PARTNERS', { size: 2 });
    const post = await slack.api.waitForCall('chat.postMessage', (call) => call.body.channel === 'C0PARTNERS');
    expect(String(post.body.text)).toMatch(/^Подборка знакомств: (1 предложение|предложений: \d+)/);
    expect(JSON.stringify(post.body.blocks)).toContain('Интересно');
  });

  it('refuses an unknown SLACK_DIGEST_LANGUAGE at start, naming the variable and the choices', async () => {
    await expect(start({ SLACK_DIGEST_LANGUAGE: 'de' })).rejects.toThrow(
      /SLACK_DIGEST_LANGUAGE must be one of en, ko, vi, ja, ru, uz/,
    );
  });
});

describe("the core's member mistakes and partner lists in the member language", () => {
  it('an unknown organization is said in Russian, with the Slack command to find one', async () => {
    const slack = await start();
    await withLocale(slack, 'U0RUSSIA2', 'ru-RU');
    const response = await slack.sendCommand('match Nowhere Films', { userId: 'U0RUSSIA2' });
    const text = await responseText(slack, response);
    expect(text).toContain('Организации «Nowhere Films» нет.');
    expect(text).not.toMatch(/No organization named|matchcut profiles/);
  });

  it('organizer-only commands are refused in the member’s language (Korean digest, Vietnamese add)', async () => {
    const slack = await start({ SLACK_ORGANIZERS: 'U0ORGANIZER' });
    await withLocale(slack, 'U0KOREA4', 'ko-KR');
    const digest = await slack.sendCommand('digest', { userId: 'U0KOREA4' });
    expect(await responseText(slack, digest)).toBe(translate('ko', 'slackDigestNotOrganizer'));
    await withLocale(slack, 'U0VIET1', 'vi-VN');
    const add = await slack.sendCommand('add https://example.com/news', { userId: 'U0VIET1' });
    expect(await responseText(slack, add)).toBe(translate('vi', 'onlyOrganizersAdd'));
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a partner list under an answer to a mention is in the Korean member’s language', async () => {
    const slack = await start();
    await withLocale(slack, 'U0KOREA3', 'ko-KR');
    await slack.sendEvent({
      type: 'app_mention',
      channel: 'C0GENERAL',
      user: 'U0KOREA3',
      text: `<@${slack.api.botUserId}> Who offers video editing services?`,
      ts: '1710000100.000100',
    });
    const post = await slack.api.waitForCall('chat.postMessage', (call) =>
      JSON.stringify(call.body.blocks ?? []).includes('matchcut_partner_interested'),
    );
    const text = JSON.stringify(post.body.blocks);
    expect(text).toContain(translate('ko', 'buttonInterested'));
    expect(text).toContain(translate('ko', 'slackPartnersInterestedHint'));
    expect(text).not.toContain('Organizations that offer');
  });
});
