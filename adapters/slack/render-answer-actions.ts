/**
 * The buttons under an answer (Helpful / Not helpful, Share with channel), what a vote shows the
 * member (with Ask an organizer after "Not helpful"), and the escalation posted in the thread:
 * the one message that mentions anyone — the organizers configured in SLACK_ORGANIZERS.
 */
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import type { types } from '@slack/bolt';
import type { RateAnswerResult } from '../../src/index.js';
import { escapeAndTruncate, quoteMrkdwn } from './mrkdwn.js';
import { type Block, context, section, type SlackMessage, slackLimits } from './render-blocks.js';

export const answerActionIds = {
  helpful: 'matchcut_answer_helpful',
  notHelpful: 'matchcut_answer_not_helpful',
  share: 'matchcut_answer_share',
  escalate: 'matchcut_answer_escalate',
} as const;

export const answerActionsBlockId = 'answer-actions';

export interface AnswerActions {
  /** The logged answer's id (the vote buttons carry it); no vote buttons without one. */
  answerId?: string | undefined;
  /** The Share with channel button's value (private answers only). */
  share?: string | undefined;
}

const button = (actionId: string, label: string, value: string, style?: 'primary'): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: label, emoji: true },
  value: value.slice(0, slackLimits.buttonValue),
  ...(style === undefined ? {} : { style }),
});

export function answerActionsBlock(
  actions: AnswerActions,
  locale: Locale = defaultLocale,
): types.ActionsBlock | undefined {
  const elements: types.Button[] = [];
  if (actions.share !== undefined)
    elements.push(button(answerActionIds.share, translate(locale, 'buttonShare'), actions.share));
  if (actions.answerId !== undefined) {
    elements.push(button(answerActionIds.helpful, `:+1: ${translate(locale, 'buttonHelpful')}`, actions.answerId));
    elements.push(
      button(answerActionIds.notHelpful, `:-1: ${translate(locale, 'buttonNotHelpful')}`, actions.answerId),
    );
  }
  return elements.length === 0 ? undefined : { type: 'actions', block_id: answerActionsBlockId, elements };
}

/** The member's own confirmation of a vote; after "Not helpful", the Ask an organizer button. */
export function renderVoteRecorded(
  result: RateAnswerResult,
  escalation: { value: string; organizers: boolean },
  locale: Locale = defaultLocale,
): SlackMessage {
  const changed = result.previousRating !== undefined && result.previousRating !== result.rating;
  const label = `*${translate(locale, result.rating === 'helpful' ? 'buttonHelpful' : 'buttonNotHelpful')}*`;
  const counts = translate(locale, 'voteCounts', { helpful: result.helpful, notHelpful: result.notHelpful });
  const text = translate(locale, changed ? 'voteChanged' : 'voteRecorded', { label, counts });
  const blocks: Block[] = [section(text)];
  if (result.rating === 'not_helpful' && escalation.organizers) {
    blocks.push(context(translate(locale, 'organizerMayKnow')));
    blocks.push({
      type: 'actions',
      block_id: 'answer-escalate',
      elements: [
        button(answerActionIds.escalate, translate(locale, 'buttonAskOrganizer'), escalation.value, 'primary'),
      ],
    });
  }
  return { text, blocks };
}

/** Organizer ids as Slack mentions: users `<@U…>`, user groups `<!subteam^S…>`. */
export function organizerMentions(organizers: string[]): string {
  return organizers.map((id) => (id.startsWith('S') ? `<!subteam^${id}>` : `<@${id}>`)).join(' ');
}

/** The question, escaped (nothing in it can ping), addressed to the organizers and nobody else. */
export function renderEscalation(organizers: string[], question: string, locale: Locale = defaultLocale): SlackMessage {
  const quoted = quoteMrkdwn(escapeAndTruncate(question, 1_500));
  const intro = translate(locale, 'escalationIntro');
  const text = `${organizerMentions(organizers)} ${intro}\n${quoted}`;
  return { text, blocks: [section(text)] };
}
