/**
 * The web settings (MATCHCUT_ALLOW_PRIVATE_URLS, MATCHCUT_FEEDS_CRON: parsed by the config
 * schema, a wrong value names the variable) and the feed parser (RSS 2.0 and Atom: keys, links
 * resolved, markers that change when the feed marks an item updated; anything else refused).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { parseFeed } from '../../../src/knowledge/web/parse-feed.js';

const options = { cwd: '/tmp', defaultKnowledgeDir: '/tmp/knowledge' };

describe('web settings', () => {
  it('reads the allow list and the feed schedule', () => {
    const config = loadConfig(
      { MATCHCUT_ALLOW_PRIVATE_URLS: ' 127.0.0.1, 10.0.0.0/8 ,::1 ', MATCHCUT_FEEDS_CRON: '0 * * * *' },
      options,
    );
    expect(config.web).toEqual({ allowPrivateAddresses: ['127.0.0.1', '10.0.0.0/8', '::1'], feedsCron: '0 * * * *' });
    expect(loadConfig({}, options).web).toEqual({ allowPrivateAddresses: [], feedsCron: undefined });
  });

  it.each([
    [
      { MATCHCUT_ALLOW_PRIVATE_URLS: 'localhost' },
      /^MATCHCUT_ALLOW_PRIVATE_URLS: "localhost" is not an address or CIDR/u,
    ],
    [{ MATCHCUT_ALLOW_PRIVATE_URLS: '10.0.0.0/33' }, /^MATCHCUT_ALLOW_PRIVATE_URLS: "10\.0\.0\.0\/33" is not/u],
    [{ MATCHCUT_FEEDS_CRON: 'every hour' }, /^MATCHCUT_FEEDS_CRON: "every hour" is not a cron pattern/u],
  ])('refuses %o, naming the variable', (environment, message) => {
    expect(() => loadConfig(environment, options)).toThrow(message);
  });
});

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid as key, relative links resolved, pubDate and guid as the marker', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Trade &amp; news</title>
      <item><title><![CDATA[First <i>story</i>]]></title><link>/a?utm_source=rss</link><guid>a-1</guid>
      <pubDate>Tue, 14 Oct 2025 09:00:00 +0900</pubDate></item>
      <item><title>No guid</title><link>https://news.example/b</link></item>
      <item><title>No link</title></item></channel></rss>`,
      'https://news.example/feed.xml',
    );
    expect(feed).toEqual({
      kind: 'rss',
      title: 'Trade & news',
      items: [
        {
          key: 'a-1',
          link: 'https://news.example/a?utm_source=rss',
          title: 'First <i>story</i>',
          marker: 'Tue, 14 Oct 2025 09:00:00 +0900 | a-1',
        },
        { key: 'https://news.example/b', link: 'https://news.example/b', title: 'No guid', marker: '' },
      ],
    });
  });

  it('reads Atom entries: id as key, the alternate link, <updated> as the marker', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title>E</title><link rel="self" href="https://news.example/e.atom"/>
      <link rel="alternate" href="https://news.example/e"/><id>tag:e</id>
      <published>2025-01-01T00:00:00Z</published><updated>2025-02-01T00:00:00Z</updated></entry></feed>`,
      'https://news.example/atom.xml',
    );
    expect(feed.items).toEqual([
      { key: 'tag:e', link: 'https://news.example/e', title: 'E', marker: '2025-02-01T00:00:00Z' },
    ]);
  });

  it('refuses a document that is neither RSS nor Atom, naming the URL', () => {
    expect(() => parseFeed('<!DOCTYPE html><html><body>hi</body></html>', 'https://news.example/')).toThrow(
      /^cannot read the feed https:\/\/news\.example\/: it is neither RSS nor Atom/u,
    );
  });
});
