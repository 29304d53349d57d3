/**
 * The bot speaks the member's language on Discord: error replies follow `interaction.locale`
 * (interactions from the stand-in, through the real discord.js client), say what actually failed,
 * and never give command-line advice; an unknown locale falls back to English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderError } from '../../adapters/discord/render-error.js';
import { describeDiscordFailure } from '../../adapters/discord/discord-errors.js';
import { translate } from '../../adapters/i18n/translate.js';
import { busy, knowledgeError, MatchcutError, upstreamError } from '../../src/errors.js';
import type { Json } from '../stand-ins/discord-server.js';
import {
  bodyOf,
  buttonClick,
  type DiscordHarness,
  interactionTypes,
  isCallbackOf,
  isChannelPost,
  isFollowUpOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
} from './discord-harness.js';

let harness: DiscordHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** /match for an organization nobody registered: the core's NOT_FOUND, which quotes a CLI command. */
async function unknownOrganizationReply(locale: string): Promise<string> {
  harness ??= await startHarness();
  const { standIn } = harness;
  const sent = standIn.interaction({
    type: interactionTypes.ApplicationCommand,
    data: slashCommand('match', [stringOption('organization', 'Zzyzx Quantum Puppetry')]),
    user: standIn.user('mina'),
    locale,
  });
  const reply = await standIn.waitForRequest(isFollowUpOf(sent.token));
  return String(bodyOf(reply).content);
}

describe('the Discord member language', () => {
  it('a member whose client is in Korean gets the error in Korean, with the Discord command instead of CLI advice', async () => {
    const content = await unknownOrganizationReply('ko');
    expect(content.startsWith('⚠️ 찾을 수 없습니다: ')).toBe(true);
    expect(content).toContain(translate('ko', 'adviceFindOrganizations', { command: '`/match`' }));
    expect(content).not.toMatch(/`matchcut /);
  });

  it('an unknown locale falls back to English', async () => {
    const content = await unknownOrganizationReply('pt-BR');
    expect(content.startsWith('⚠️ Not found: ')).toBe(true);
    expect(content).toContain('To find registered organizations, use `/match`.');
  });

  it('a vote from a member whose client is in Korean is confirmed in Korean', async () => {
    harness = await startHarness();
    const { standIn } = harness;
    standIn.userMessage({
      author: standIn.user('jun'),
      channelId: standIn.generalChannelId,
      content: `<@${standIn.botUser.id}> Where did IT Works Korea open an office?`,
    });
    await standIn.waitForRequest(isChannelPost(standIn.generalChannelId), 30_000);
    const answer = standIn
      .messagesIn(standIn.generalChannelId)
      .filter((message) => message.author.id === standIn.botUser.id)
      .at(-1);
    const helpfulId = [...JSON.stringify(answer?.components ?? []).matchAll(/"custom_id":"([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .find((id) => id.startsWith('matchcut_answer_helpful:'));
    expect(helpfulId).toBeDefined();
    const click = standIn.interaction({
      type: interactionTypes.MessageComponent,
      data: buttonClick(helpfulId ?? ''),
      user: standIn.user('mina'),
      message: answer,
      locale: 'ko',
    });
    const reply = await standIn.waitForRequest(isCallbackOf(click.id), 30_000);
    const counts = translate('ko', 'voteCounts', { helpful: 1, notHelpful: 0 });
    expect(String((bodyOf(reply).data as Json).content)).toBe(
      translate('ko', 'voteRecorded', { label: `**${translate('ko', 'buttonHelpful')}**`, counts }),
    );
  });

  it('channel settings are shown to a member whose client is in Korean in Korean (mode names as typed)', async () => {
    harness = await startHarness();
    const { standIn } = harness;
    const shown = standIn.interaction({
      type: interactionTypes.ApplicationCommand,
      data: slashCommand('settings'),
      user: standIn.user('mina'),
      channelId: standIn.generalChannelId,
      locale: 'ko',
    });
    const content = String(bodyOf(await standIn.waitForRequest(isOriginalEditOf(shown.token), 30_000)).content);
    expect(content).toMatch(/^<#\d+>의 답변 모드: `(mention|auto|off)`/);
    expect(content).toContain(translate('ko', 'settingsHowToChange', { command: '`/settings mode:`' }));
    expect(content).toContain(`- \`off\`: ${translate('ko', 'settingsDiscordOff')}`);
    expect(content).not.toContain('Answers in');
  });

  it('says what actually failed: the model, Discord, the knowledge base, a full queue', () => {
    const modelTimeout = upstreamError('model timed out', { details: { reason: 'timeout' } });
    const modelOverloaded = upstreamError('429', { details: { reason: 'rate_limited' } });
    const refused = describeDiscordFailure(
      Object.assign(new Error('boom'), { code: 'ECONNREFUSED' }),
      'posting the digest',
    );
    const replies = [
      modelTimeout,
      modelOverloaded,
      refused,
      knowledgeError('index unreadable'),
      busy('queue full'),
    ].map((error) => renderError(error, undefined, 'ja').content);
    expect(replies).toEqual(
      ['errorModelTimeout', 'errorModelBusy', 'errorDiscordUnreachable', 'errorKnowledge', 'errorBusy'].map(
        (key) => `⚠️ ${translate('ja', key as 'errorBusy')}`,
      ),
    );
    expect(new Set(replies).size).toBe(replies.length);
    // A Discord failure never reads like a language-model timeout.
    expect(renderError(refused).content).not.toMatch(/language model/i);
    // No CLI advice (`matchcut doctor`) in any of them.
    const config = renderError(new MatchcutError('CONFIG', 'bad setting'), undefined, 'en').content;
    expect([...replies, config].join('\n')).not.toMatch(/`matchcut /);
  });
});
