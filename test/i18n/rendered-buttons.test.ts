/**
 * Buttons under an answer speak the question's language on both platforms (everyone in the
 * channel sees them), and a vote's confirmation speaks the voter's.
 */
import { describe, expect, it } from 'vitest';
import { renderAnswer as renderDiscordAnswer } from '../../adapters/discord/render.js';
import { translate } from '../../adapters/i18n/translate.js';
import { renderAnswer as renderSlackAnswer, renderVoteRecorded } from '../../adapters/slack/render.js';
import type { RateAnswerResult } from '../../src/operations/question-log-types.js';
import { answer } from '../fixtures/core-results.js';

const discordLabels = (language: string) =>
  renderDiscordAnswer(answer({ language }), { actions: { answerId: 'a1', shareKey: 's1' } })
    .flatMap((message) => message.components ?? [])
    .flatMap((row) => ('components' in row ? (row.components as { label?: string }[]) : []))
    .map((button) => button.label);

const slackLabels = (language: string) =>
  renderSlackAnswer(answer({ language }), { actions: { answerId: 'a1', share: 's1' } })
    .flatMap((message) => message.blocks ?? [])
    .flatMap((block) => ('elements' in block ? (block.elements as { text?: { text?: string } }[]) : []))
    .map((element) => element.text?.text)
    .filter((text) => text !== undefined);

describe('answer buttons', () => {
  it("are in the question's language on Discord, English for a language without a catalog", () => {
    expect(discordLabels('ko')).toEqual(['채널에 공유', '도움 됨', '도움 안 됨']);
    expect(discordLabels('de')).toEqual(['Share with channel', 'Helpful', 'Not helpful']);
  });

  it("head the Discord sources in the question's language", () => {
    const [first] = renderDiscordAnswer(answer({ language: 'ru' }));
    expect(first?.embeds[0]?.title).toBe('Источники');
    const [ungrounded] = renderDiscordAnswer(answer({ language: 'ja', grounded: false }));
    expect(ungrounded?.embeds[0]?.title).toBe(translate('ja', 'closestSourcesTitle'));
  });

  it("are in the question's language on Slack", () => {
    expect(slackLabels('vi')).toEqual(['Chia sẻ với kênh', ':+1: Hữu ích', ':-1: Không hữu ích']);
    expect(slackLabels('en')).toEqual(['Share with channel', ':+1: Helpful', ':-1: Not helpful']);
  });

  it("head the Slack sources in the question's language", () => {
    const text = (language: string, grounded: boolean) =>
      JSON.stringify(renderSlackAnswer(answer({ language, grounded })).flatMap((message) => message.blocks ?? []));
    expect(text('ko', true)).toContain('*출처*');
    expect(text('uz', false)).toContain(translate('uz', 'notInSourcesClosest'));
  });

  it("confirm a vote in the voter's language, with Ask an organizer after Not helpful", () => {
    const result = {
      answerId: 'a1',
      question: 'q',
      language: 'en',
      platform: 'slack',
      communityId: undefined,
      channelId: 'C1',
      rating: 'not_helpful',
      previousRating: 'helpful',
      helpful: 1,
      notHelpful: 2,
    } as RateAnswerResult;
    const message = renderVoteRecorded(result, { value: '{}', organizers: true }, 'ja');
    expect(message.text).toBe(
      translate('ja', 'voteChanged', {
        label: '*役に立たなかった*',
        counts: translate('ja', 'voteCounts', { helpful: 1, notHelpful: 2 }),
      }),
    );
    expect(JSON.stringify(message.blocks)).toContain('運営者に聞く');
  });
});
