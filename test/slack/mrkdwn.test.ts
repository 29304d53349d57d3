import { describe, expect, it } from 'vitest';
import {
  escapedLength,
  escapeMrkdwn,
  linkMrkdwn,
  plainTextFromSlack,
  splitPlainText,
  truncateMrkdwn,
  truncatePlain,
} from '../../adapters/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('turns Slack control characters into entities so nothing pings or links', () => {
    const hostile = 'Hi <!channel> and <!here>, ask <@U123>: <http://evil.example|KOCCA official> & more';
    const escaped = escapeMrkdwn(hostile);
    expect(escaped).toBe(
      'Hi &lt;!channel&gt; and &lt;!here&gt;, ask &lt;@U123&gt;: &lt;http://evil.example|KOCCA official&gt; &amp; more',
    );
    expect(escaped).not.toMatch(/[<>]/);
    expect(escapedLength(hostile)).toBe(escaped.length);
  });
});

describe('linkMrkdwn', () => {
  it('links http(s) URLs with an escaped label and a URL that cannot break out', () => {
    expect(linkMrkdwn('https://example.com/a?x=1&y=2', 'A <b> title')).toBe(
      '<https://example.com/a?x=1&amp;y=2|A &lt;b&gt; title>',
    );
    const tricky = linkMrkdwn('https://example.com/a|<!channel>', 'label');
    expect(tricky).not.toContain('<!channel>');
    expect(tricky.startsWith('<https://example.com/a%7C%3C!channel%3E|')).toBe(true);
  });

  it('shows only the label for other schemes or bad URLs', () => {
    expect(linkMrkdwn('javascript:alert(1)', 'click')).toBe('click');
    expect(linkMrkdwn('not a url', 'x & y')).toBe('x &amp; y');
    expect(linkMrkdwn(undefined, 'plain')).toBe('plain');
  });
});

describe('splitPlainText', () => {
  it('keeps every piece within the escaped limit and never cuts a citation marker', () => {
    const sentence = 'KOCCA & KOFIC trained <crews> with Netflix in Seoul';
    const text = Array.from({ length: 400 }, (_, index) => `${sentence} [${(index % 40) + 1}]`).join(' ');
    const pieces = splitPlainText(text, 1_000);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      expect(escapedLength(piece)).toBeLessThanOrEqual(1_000);
      expect(piece).not.toMatch(/\[\d*$/);
      expect(piece).not.toMatch(/^\d*\]/);
    }
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('prefers paragraph breaks and sentence ends', () => {
    const first = 'First paragraph sentence one. '.repeat(20).trim();
    const second = 'Second paragraph here. '.repeat(20).trim();
    const pieces = splitPlainText(`${first}\n\n${second}`, first.length + 10);
    expect(pieces[0]).toBe(first);
    expect(pieces[1]?.startsWith('Second paragraph')).toBe(true);
  });

  it('cuts a text without spaces without splitting surrogate pairs', () => {
    const text = '😀'.repeat(3_000);
    const pieces = splitPlainText(text, 999);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('truncation', () => {
  it('truncatePlain fits the escaped form and adds an ellipsis', () => {
    const result = truncatePlain('&'.repeat(100), 51);
    expect(escapedLength(result)).toBeLessThanOrEqual(51);
    expect(result.endsWith('…')).toBe(true);
  });

  it('truncateMrkdwn leaves no broken entity or unclosed link', () => {
    expect(truncateMrkdwn('abc &amp; def', 7)).toBe('abc…');
    expect(truncateMrkdwn('see <https://example.com|the article> now', 20)).toBe('see…');
    expect(truncateMrkdwn('short', 10)).toBe('short');
  });
});

describe('plainTextFromSlack', () => {
  it('drops the bot mention and turns markup into readable text', () => {
    const text =
      '<@UBOT1> who works with <@U999|kim> in <#C1|partners>? see <https://ex.com/a|this> &amp; <https://ex.com/b> &lt;3 <!here>';
    expect(plainTextFromSlack(text, 'UBOT1')).toBe(
      'who works with @kim in #partners? see this (https://ex.com/a) & https://ex.com/b <3 @here',
    );
  });
});
