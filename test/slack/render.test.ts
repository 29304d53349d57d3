/**
 * Rendering with literal core results (the shapes of src/answer/types.ts and
 * src/matchmaking/types.ts): escaping, structure, and Slack's limits.
 */
import { describe, expect, it } from 'vitest';
import { answer, citation } from '../fixtures/core-results.js';
import type { Digest, Suggestion } from '../../src/matchmaking/types.js';
import {
  type Block,
  blockTextLength,
  feedbackActionIds,
  renderAnswer,
  renderDigest,
  renderFeedbackState,
  slackLimits,
  type SlackMessage,
  updateDigestBlocks,
} from '../../adapters/slack/render.js';

function textsOf(block: Block): string[] {
  const texts: string[] = [];
  if (block.type === 'section' && block.text !== undefined) texts.push(block.text.text);
  if (block.type === 'context')
    for (const element of block.elements)
      if ('text' in element && typeof element.text === 'string') texts.push(element.text);
  return texts;
}

function allText(messages: SlackMessage[]): string {
  return messages.flatMap((message) => [message.text, ...message.blocks.flatMap(textsOf)]).join('\n');
}

function expectWithinLimits(messages: SlackMessage[]): void {
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
    let total = 0;
    for (const block of message.blocks) {
      for (const text of textsOf(block))
        expect(text.length).toBeLessThanOrEqual(
          block.type === 'section' ? slackLimits.sectionText : slackLimits.contextElementText,
        );
      total += blockTextLength(block);
    }
    expect(total).toBeLessThanOrEqual(slackLimits.charactersPerMessage);
  }
}

describe('renderAnswer', () => {
  it('puts the answer first, then numbered sources with title, outlet, date and quote', () => {
    const messages = renderAnswer(
      answer({ citations: [citation(1), citation(2, { outlet: undefined, url: undefined })] }),
    );
    expect(messages).toHaveLength(1);
    const [message] = messages;
    const blocks = message?.blocks ?? [];
    expect(blocks[0]).toMatchObject({ type: 'section', block_id: 'answer-1' });
    expect(textsOf(blocks[0] as Block)[0]).toContain('training programs for production crews [1]');
    const first = blocks.find((block) => block.block_id === 'citation-1') as Block;
    expect(textsOf(first)[0]).toBe(
      '*[1] <https://example.com/articles/1|Netflix, KOCCA and KOFIC sign training MOU (1)>*\nKorea JoongAng Daily · 2025-04-25\n> Netflix, Kocca and Kofic will focus on creating training programs to nurture new creators.',
    );
    const second = blocks.find((block) => block.block_id === 'citation-2') as Block;
    expect(textsOf(second)[0]?.startsWith('*[2] Netflix, KOCCA and KOFIC sign training MOU (2)*\n2025-04-25\n> ')).toBe(
      true,
    );
    expect(message?.text).toContain('training programs for production crews [1]');
    expect(message?.text).toContain(
      'Sources: [1] Netflix, KOCCA and KOFIC sign training MOU (1) (Korea JoongAng Daily · 2025-04-25)',
    );
  });

  it('says when the sources do not cover the question', () => {
    const text = allText(renderAnswer(answer({ grounded: false, text: 'I could not find that in my sources.' })));
    expect(text).toContain('*Not in my sources.* The closest I found:');
  });

  it('echoes an article with <!channel>, mentions and disguised links harmlessly', () => {
    const hostile = citation(1, {
      title: 'Big news <!channel> <@U123>',
      outlet: 'Evil <!here> Times',
      quote: 'Click <http://evil.example|KOCCA official site> now & tell <!everyone> <#C123>',
      url: 'https://example.com/x|<!channel>',
    });
    const messages = renderAnswer(
      answer({ text: 'See <!channel> [1]', citations: [hostile], notice: 'Model <@U1> unavailable' }),
    );
    const text = allText(messages);
    expect(text).not.toMatch(/<!|<@|<#|<http:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&lt;http://evil.example|KOCCA official site&gt;');
    expect(text).toContain('&lt;!everyone&gt;');
    expect(text).toContain('&amp;');
  });

  it('splits a long answer with many sources across messages within Slack limits, never cutting a citation', () => {
    const sentence = 'KOCCA opened an office in Vietnam to run B2B matching & training <programs> for studios. ';
    const longText = Array.from({ length: 300 }, (_, index) => `${sentence.trim()} [${(index % 60) + 1}]`).join(' ');
    const citations = Array.from({ length: 60 }, (_, index) =>
      citation(index + 1, { quote: 'A long quoted passage about training. '.repeat(40) }),
    );
    const messages = renderAnswer(answer({ text: longText, citations }));
    expect(messages.length).toBeGreaterThan(2);
    expectWithinLimits(messages);
    // Every citation is one whole block, exactly once.
    const citationBlocks = messages.flatMap((message) =>
      message.blocks.filter((block) => block.block_id?.startsWith('citation-')),
    );
    expect(citationBlocks.map((block) => block.block_id)).toEqual(citations.map((item) => `citation-${item.n}`));
    for (const block of citationBlocks)
      expect(textsOf(block)[0]).toMatch(
        /^\*\[\d+\] <https:\/\/example\.com\/articles\/\d+\|[^>]+>\*\nKorea JoongAng Daily · 2025-04-25\n> .+…$/s,
      );
    // The answer text survives the split whole, in order, escaped.
    const answerPieces = messages.flatMap((message) =>
      message.blocks.filter((block) => block.block_id?.startsWith('answer-')).flatMap(textsOf),
    );
    expect(answerPieces.length).toBeGreaterThan(5);
    expect(answerPieces.join(' ').replace(/\s+/g, ' ')).toBe(
      longText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' '),
    );
    for (const piece of answerPieces) expect(piece).not.toMatch(/\[\d*$|^\d*\]/);
    expect(messages[1]?.text.startsWith('(continued)')).toBe(true);
  });
});

function suggestion(index: number, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: `sg-${index}`,
    a: { id: `studio-${index}`, name: `Studio ${index}`, kind: 'studio' },
    b: { id: `center-${index}`, name: `Training Center ${index}`, kind: 'talent_center' },
    score: 0.82,
    scoreForA: 0.9,
    scoreForB: 0.75,
    reasons: [
      {
        side: 'a',
        text: `Studio ${index} needs VFX compositors ↔ the center trains Nuke compositors`,
        kind: 'need_offer',
      },
      {
        side: 'b',
        text: `Training Center ${index} needs internships ↔ the studio offers on-set internships`,
        kind: 'need_offer',
      },
      { side: 'both', text: 'Both work in English and Korean', kind: 'language' },
    ],
    citations: [citation(1)],
    ...overrides,
  };
}

function digest(count: number, overrides: Partial<Digest> = {}): Digest {
  return {
    id: 'digest-1',
    createdAt: '2026-01-05T09:00:00.000Z',
    channel: 'slack:C0DIGEST',
    suggestions: Array.from({ length: count }, (_, index) => suggestion(index + 1)),
    unmetNeeds: [],
    ...overrides,
  };
}

describe('renderDigest', () => {
  it('renders one block group per suggestion with both sides, sources and the three buttons', () => {
    const messages = renderDigest(
      digest(2, {
        unmetNeeds: [{ profile: { id: 'x', name: 'Lonely Studio', kind: 'studio' }, need: 'webtoon colorists' }],
      }),
    );
    expect(messages).toHaveLength(1);
    const blocks = messages[0]?.blocks ?? [];
    const actions = blocks.filter((block) => block.type === 'actions');
    expect(actions).toHaveLength(2);
    const first = actions[0];
    if (first?.type !== 'actions') throw new Error('expected actions');
    expect(first.block_id).toBe('feedback-1');
    expect(first.elements.map((element) => ('action_id' in element ? element.action_id : undefined))).toEqual([
      feedbackActionIds.interested,
      feedbackActionIds.not_a_fit,
      feedbackActionIds.know,
    ]);
    expect(first.elements.map((element) => ('value' in element ? element.value : undefined))).toEqual([
      'sg-1',
      'sg-1',
      'sg-1',
    ]);
    const reasons = textsOf(blocks.find((block) => block.block_id === 'reasons-1') as Block)[0] ?? '';
    expect(reasons).toContain('*For Studio 1:*\n• Studio 1 needs VFX compositors');
    expect(reasons).toContain('*For Training Center 1:*\n• Training Center 1 needs internships');
    expect(reasons.match(/Both work in English and Korean/g)).toHaveLength(2);
    expect(textsOf(blocks.find((block) => block.block_id === 'sources-1') as Block)[0]).toContain(
      '[1] <https://example.com/articles/1|',
    );
    expect(textsOf(blocks.find((block) => block.block_id === 'status-1') as Block)[0]).toBe(
      'Studio 1: _no answer yet_   ·   Training Center 1: _no answer yet_',
    );
    expect(allText(messages)).toContain('Lonely Studio: webtoon colorists');
    expect(messages[0]?.text).toContain(
      'Matchmaking digest: 2 suggestions (Studio 1 ↔ Training Center 1, Studio 2 ↔ Training Center 2)',
    );
  });

  it('splits a big digest across messages without separating a suggestion from its buttons', () => {
    const messages = renderDigest(digest(30));
    expect(messages.length).toBeGreaterThan(3);
    expectWithinLimits(messages);
    for (const message of messages) {
      const ids = message.blocks.map((block) => block.block_id).filter((id): id is string => id !== undefined);
      for (const id of ids.filter((value) => value.startsWith('match-'))) {
        const position = id.slice('match-'.length);
        expect(ids).toEqual(
          expect.arrayContaining([`reasons-${position}`, `feedback-${position}`, `status-${position}`]),
        );
      }
    }
    expect(messages.flatMap((message) => message.blocks.filter((block) => block.type === 'actions'))).toHaveLength(30);
  });

  it('escapes names and reasons from profiles', () => {
    const hostile = suggestion(1, {
      a: { id: 'a', name: 'Evil <!channel> Studio', kind: 'studio' },
      reasons: [{ side: 'a', text: 'needs <@U123> & <http://evil|free money>', kind: 'need_offer' }],
    });
    const text = allText(renderDigest(digest(0, { suggestions: [hostile] })));
    expect(text).not.toMatch(/<!|<@|<http:\/\/evil/);
    expect(text).toContain('Evil &lt;!channel&gt; Studio');
  });
});

describe('updateDigestBlocks', () => {
  it('replaces only the status line of the clicked suggestion', () => {
    const blocks = renderDigest(digest(2))[0]?.blocks ?? [];
    const status = renderFeedbackState(
      suggestion(2),
      { a: 'interested', b: null },
      { userId: 'U777', verdict: 'interested' },
    );
    const updated = updateDigestBlocks(blocks, 'feedback-2', status) ?? [];
    expect(updated).toHaveLength(blocks.length);
    expect(textsOf(updated.find((block) => block.block_id === 'status-2') as Block)[0]).toBe(
      'Studio 2: *Interested*   ·   Training Center 2: _no answer yet_   ·   <@U777> chose Interested',
    );
    expect(updated.find((block) => block.block_id === 'status-1')).toEqual(
      blocks.find((block) => block.block_id === 'status-1'),
    );
    expect(updateDigestBlocks(blocks, 'something-else', status)).toBeUndefined();
  });
});
