/**
 * How posted messages become conversation turns for the core's `history`, with literal
 * message texts as the bot posts them (escaped markdown, quoted question, notice line).
 */
import { describe, expect, it } from 'vitest';
import { conversationTurnsOf, stripBotMentions } from '../../adapters/discord/conversation.js';
import { renderAnswer } from '../../adapters/discord/render.js';
import type { Answer } from '../../src/answer/types.js';

const botUserId = '1100000000000000001';

const answer: Answer = {
  text: 'IT Works Korea, a resident of IT Park, opened an office in Samarkand [1].',
  citations: [],
  grounded: true,
  path: 'extractive',
  language: 'en',
  query: 'q',
  notice: 'The language model was unavailable; this is the extractive answer.',
};

describe('conversationTurnsOf', () => {
  it('reads an /ask answer as the quoted question (user) and the answer (assistant), without escapes or notice', () => {
    const [posted] = renderAnswer(answer, { question: 'What did *IT Works Korea* open?' });
    expect(
      conversationTurnsOf({ authorId: botUserId, authorIsBot: true, content: posted?.content ?? '' }, botUserId),
    ).toEqual([
      { role: 'user', text: 'What did *IT Works Korea* open?' },
      { role: 'assistant', text: answer.text },
    ]);
  });

  it('reads a reply to a mention as one assistant turn', () => {
    const [posted] = renderAnswer(answer);
    expect(
      conversationTurnsOf({ authorId: botUserId, authorIsBot: true, content: posted?.content ?? '' }, botUserId),
    ).toEqual([{ role: 'assistant', text: answer.text }]);
  });

  it('reads a member’s mention as a user turn without the mentions, and skips other bots and unreadable messages', () => {
    expect(
      conversationTurnsOf(
        { authorId: '7', authorIsBot: false, content: `<@${botUserId}> How many people does it employ? <@&42>` },
        botUserId,
      ),
    ).toEqual([{ role: 'user', text: 'How many people does it employ?' }]);
    expect(conversationTurnsOf({ authorId: '8', authorIsBot: true, content: 'I am another bot' }, botUserId)).toEqual(
      [],
    );
    // Without MessageContent, Discord sends other members' chatter with empty content.
    expect(conversationTurnsOf({ authorId: '9', authorIsBot: false, content: '' }, botUserId)).toEqual([]);
  });

  it('strips user, nickname and bot-role mentions from a question', () => {
    expect(stripBotMentions(`<@!${botUserId}>  who trains <@${botUserId}> crews? <@&55>`, botUserId, '55')).toBe(
      'who trains crews?',
    );
  });
});
