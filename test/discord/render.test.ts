/**
 * Discord rendering with literal core results (the shapes of src/answer/types.ts and
 * src/matchmaking/types.ts): sources embeds, splitting, Discord's limits, escaping, buttons,
 * and a reply for every error code.
 */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseFeedbackCustomId } from '../../adapters/discord/custom-ids.js';
import {
  type DiscordMessage,
  discordLimits,
  embedLength,
  renderAnswer,
  renderError,
  renderIntroduction,
  renderMatches,
  renderSuggestion,
} from '../../adapters/discord/render.js';
import { answer, citation } from '../fixtures/core-results.js';
import { errorCodes, MatchcutError } from '../../src/errors.js';
import type { FeedbackResult, Suggestion } from '../../src/matchmaking/types.js';

function suggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: 'sg-20250425-0001',
    digestId: 'dg-1',
    a: { id: 'seoul-pixel-studio', name: 'Seoul Pixel Studio', kind: 'studio' },
    b: { id: 'samarkand-academy', name: 'Samarkand Animation Academy', kind: 'talent_center' },
    score: 0.82,
    scoreForA: 0.9,
    scoreForB: 0.75,
    reasons: [
      {
        side: 'a',
        kind: 'need_offer',
        text: 'Seoul Pixel Studio needs 3D animators ↔ the academy trains 3D animators',
      },
      { side: 'b', kind: 'need_offer', text: 'The academy needs internships ↔ Seoul Pixel Studio offers internships' },
      { side: 'both', kind: 'language', text: 'Both work in English' },
    ],
    citations: [citation(1), citation(2)],
    ...overrides,
  };
}

/** Every limit Discord enforces on one message. */
function expectWithinDiscordLimits(message: DiscordMessage): void {
  expect(message.content.length).toBeLessThanOrEqual(discordLimits.content);
  expect(message.embeds.length).toBeLessThanOrEqual(discordLimits.embedsPerMessage);
  expect(message.embeds.reduce((total, embed) => total + embedLength(embed), 0)).toBeLessThanOrEqual(
    discordLimits.embedTotal,
  );
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(discordLimits.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(discordLimits.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(discordLimits.fieldValue);
      expect(field.value.length).toBeGreaterThan(0);
    }
  }
  expect(message.allowedMentions.parse).toEqual([]);
  expect(message.content !== '' || message.embeds.length > 0).toBe(true);
}

const allDescriptions = (messages: DiscordMessage[]): string =>
  messages
    .flatMap((message) => message.embeds)
    .map((embed: APIEmbed) => embed.description ?? '')
    .join('\n');

describe('renderAnswer', () => {
  it('posts the text with an embed of numbered sources: title, outlet, date and quoted passage', () => {
    const messages = renderAnswer(
      answer({
        citations: [
          citation(1),
          citation(2, { title: 'KOCCA opens a Vietnam office', outlet: 'VnExpress', published: '2020-10-08' }),
        ],
      }),
    );
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.content).toBe('Netflix, KOCCA and KOFIC run training programs for production crews [1].');
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('Sources');
    expect(embed?.description).toContain(
      '**[1]** [Netflix, KOCCA and KOFIC sign training MOU (1)](https://example.com/articles/1) — Korea JoongAng Daily, 2025-04-25',
    );
    expect(embed?.description).toContain(
      '> Netflix, Kocca and Kofic will focus on creating training programs to nurture new creators.',
    );
    expect(embed?.description).toContain(
      '**[2]** [KOCCA opens a Vietnam office](https://example.com/articles/2) — VnExpress, 2020-10-08',
    );
    expect(embed?.description?.indexOf('**[1]**')).toBeLessThan(embed?.description?.indexOf('**[2]**') ?? -1);
  });

  it('says when the sources are only the closest ones, and shows the notice', () => {
    const [message] = renderAnswer(
      answer({ grounded: false, notice: 'The language model was unavailable; this is the extractive answer.' }),
    );
    expect(message?.embeds[0]?.title).toMatch(/closest sources/i);
    expect(message?.content).toMatch(/-# The language model was unavailable/);
  });

  it('quotes the question of a slash command above the answer', () => {
    const [message] = renderAnswer(answer(), { question: 'Who trains production crews?' });
    expect(message?.content.startsWith('> Who trains production crews?\n\n')).toBe(true);
  });

  it('splits an answer longer than 2,000 characters, sources on the last text part', () => {
    const text = Array.from(
      { length: 40 },
      (_, index) => `Training programs run in Seoul and Busan for crew group ${index} [${(index % 3) + 1}].`,
    ).join(' ');
    const messages = renderAnswer(answer({ text, citations: [citation(1), citation(2), citation(3)] }));
    expect(text.length).toBeGreaterThan(2_000);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) expectWithinDiscordLimits(message);
    expect(messages.slice(0, -1).every((message) => message.embeds.length === 0)).toBe(true);
    expect(messages.at(-1)?.embeds.length).toBe(1);
    const markers = messages
      .map((message) => message.content)
      .join(' ')
      .match(/\[\d\]/g);
    expect(markers).toHaveLength(40);
  });

  it('keeps many long sources within 4,096 per description and 6,000 per message, never splitting a source', () => {
    const citations = Array.from({ length: 14 }, (_, index) =>
      citation(index + 1, {
        quote: `${'Long passage about the Samarkand office and training. '.repeat(30)}end ${index + 1}.`,
      }),
    );
    const messages = renderAnswer(answer({ citations }));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expectWithinDiscordLimits(message);
    const descriptions = allDescriptions(messages);
    for (let n = 1; n <= 14; n += 1) expect(descriptions.split(`**[${n}]**`).length - 1).toBe(1);
    // Each source block sits whole inside one embed.
    for (const embed of messages.flatMap((message) => message.embeds)) {
      const blocks = (embed.description ?? '').split('\n\n');
      for (const block of blocks) expect(block).toMatch(/^\*\*\[\d+\]\*\* /);
    }
  });

  it('escapes markdown and defuses @everyone in answer text and sources', () => {
    const [message] = renderAnswer(
      answer({
        text: '@everyone **KOCCA** opened _an office_ [1].',
        citations: [
          citation(1, {
            title: 'Title with [brackets] and *stars*',
            url: 'https://example.com/a_(b) c',
            quote: '@here see `code` and # heading',
          }),
        ],
      }),
    );
    expect(message?.content).not.toContain('@everyone');
    expect(message?.content).toContain('\\*\\*KOCCA\\*\\*');
    expect(message?.embeds[0]?.description).not.toContain('@here');
    // Brackets in the title and parentheses in the URL would end the masked link early.
    expect(message?.embeds[0]?.description).toContain(
      '[Title with \\[brackets\\] and \\*stars\\*](https://example.com/a_%28b%29%20c)',
    );
    expect(message?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('matches and digests', () => {
  it('renders a suggestion with both sides, sources, feedback state and three buttons carrying verdict and id', () => {
    const message = renderSuggestion(suggestion(), { a: 'interested', b: null });
    expectWithinDiscordLimits(message);
    const embed = message.embeds[0];
    expect(embed?.title).toBe('Seoul Pixel Studio ↔ Samarkand Animation Academy');
    const fields = Object.fromEntries((embed?.fields ?? []).map((field) => [field.name, field.value]));
    expect(fields['For Seoul Pixel Studio']).toContain('needs 3D animators');
    expect(fields['For Seoul Pixel Studio']).toContain('Both work in English');
    expect(fields['For Samarkand Animation Academy']).toContain('needs internships');
    expect(fields.Sources).toContain('**[1]**');
    expect(fields.Sources).toContain('**[2]**');
    expect(fields.Feedback).toContain('**Seoul Pixel Studio**: Interested');
    expect(fields.Feedback).toContain('**Samarkand Animation Academy**: no answer yet');
    const buttons = message.components?.[0]?.components ?? [];
    expect(buttons.map((button) => ('label' in button ? button.label : ''))).toEqual([
      'Interested',
      'Not a fit',
      'Already know them',
    ]);
    const parsed = buttons.map((button) => parseFeedbackCustomId('custom_id' in button ? button.custom_id : ''));
    expect(parsed).toEqual([
      { verdict: 'interested', suggestionId: 'sg-20250425-0001' },
      { verdict: 'not_a_fit', suggestionId: 'sg-20250425-0001' },
      { verdict: 'know', suggestionId: 'sg-20250425-0001' },
    ]);
  });

  it('rejects forged or unknown custom ids', () => {
    expect(parseFeedbackCustomId('feedback:maybe:sg-1')).toBeUndefined();
    expect(parseFeedbackCustomId('other:interested:sg-1')).toBeUndefined();
    expect(parseFeedbackCustomId('feedback:interested:')).toBeUndefined();
    expect(parseFeedbackCustomId('feedback:know:sg:with:colons')).toEqual({
      verdict: 'know',
      suggestionId: 'sg:with:colons',
    });
  });

  it('keeps a match with many reasons and sources within the embed limits', () => {
    const many = suggestion({
      reasons: Array.from({ length: 60 }, (_, index) => ({
        side: index % 2 === 0 ? ('a' as const) : ('b' as const),
        kind: 'evidence' as const,
        text: `Reason ${index} ${'with details '.repeat(8)}`,
      })),
      citations: Array.from({ length: 40 }, (_, index) => citation(index + 1, { quote: 'A quote '.repeat(60) })),
    });
    const message = renderSuggestion(many);
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]?.fields?.at(-1)?.name).toBe('Feedback');
    const list = renderMatches(
      'Seoul Pixel Studio',
      Array.from({ length: 12 }, () => many),
    );
    expectWithinDiscordLimits(list);
  });

  it('introduces both sides, pinging only the linked Discord members', () => {
    const result: FeedbackResult = {
      suggestion: suggestion(),
      party: 'b',
      verdict: 'interested',
      introduce: true,
      members: { a: ['discord:1500000000000000011', 'slack:U123'], b: ['discord:1500000000000000012'] },
      state: { a: 'interested', b: 'interested' },
    };
    const message = renderIntroduction(result);
    expect(message.content).toContain('<@1500000000000000011>');
    expect(message.content).toContain('<@1500000000000000012>');
    expect(message.allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
      users: ['1500000000000000011', '1500000000000000012'],
    });
  });
});

describe('renderError', () => {
  it('has a distinct, non-empty reply for every error code', () => {
    const replies = errorCodes.map((code) =>
      renderError(new MatchcutError(code, `internal detail for ${code}`, { userMessage: `safe text for ${code}` })),
    );
    for (const reply of replies) {
      expectWithinDiscordLimits(reply);
      expect(reply.content.length).toBeGreaterThan(10);
    }
    expect(new Set(replies.map((reply) => reply.content)).size).toBe(errorCodes.length);
    // Internal messages never reach the member.
    for (const reply of replies) expect(reply.content).not.toContain('internal detail');
  });

  it('names the fields of a BAD_INPUT with the labels the member saw', () => {
    const error = new MatchcutError('BAD_INPUT', 'profile invalid', {
      details: {
        issues: [
          { path: ['kind'], message: 'must be one of studio, talent_center' },
          { path: ['offers', 2], message: 'must not be empty' },
        ],
      },
    });
    const reply = renderError(error, (path) =>
      path === 'kind' ? 'Kind' : path === 'offers.2' ? 'Offers (line 3)' : path,
    );
    expect(reply.content).toContain('**Kind**: choose one of: studio, talent / training center');
    expect(reply.content).toContain('**Offers (line 3)**: must not be empty');
  });
});
