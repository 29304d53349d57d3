/**
 * The guarded fetcher against the news-site stand-in on 127.0.0.1: what it fetches (a redirect
 * chain, with the User-Agent), what it refuses and why (loopback without the allow list, a
 * redirect to a private address, to IPv4-mapped link-local, to file:, a loop, a page over 10 MB,
 * a PDF, a 404, non-web schemes), and that the connection goes to the checked address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMatchcutError } from '../../../src/errors.js';
import { createAddressGuard } from '../../../src/knowledge/web/address-guard.js';
import { fetchDocument, fetchUserAgent, pageContentTypes } from '../../../src/knowledge/web/fetch-page.js';
import { newsPages, type NewsSite, startNewsSite } from '../../stand-ins/news-site.js';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
});

const allowLoopback = createAddressGuard(['127.0.0.1']);
const fetchPage = (url: string, guard = allowLoopback) => fetchDocument(url, { guard, accept: pageContentTypes });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(isMatchcutError(error) && error.code).toBe('BAD_INPUT');
    return (error as Error).message;
  }
  throw new Error('the fetch was not refused');
}

describe('address guard', () => {
  const guard = createAddressGuard([]);
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'CGNAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(guard.refusal(address)).toContain(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(guard.refusal(address)).toBeUndefined();
  });

  it('allows what MATCHCUT_ALLOW_PRIVATE_URLS lists, addresses and CIDRs, and nothing more', () => {
    const listed = createAddressGuard(['127.0.0.1', '10.8.0.0/16']);
    expect(listed.refusal('127.0.0.1')).toBeUndefined();
    expect(listed.refusal('::ffff:127.0.0.1')).toBeUndefined();
    expect(listed.refusal('10.8.200.1')).toBeUndefined();
    expect(listed.refusal('127.0.0.2')).toContain('loopback');
    expect(listed.refusal('10.9.0.1')).toContain('MATCHCUT_ALLOW_PRIVATE_URLS');
  });
});

describe('fetchDocument', () => {
  it('follows a redirect chain to the page, with its User-Agent, and reports the final URL', async () => {
    const page = await fetchPage(`${site.base}/go/1`);
    expect(page.finalUrl).toBe(`${site.base}${newsPages[0]?.path}?utm_source=newsletter&gclid=xyz`);
    expect(page.text).toContain(newsPages[0]?.headline);
    const hops = site.requests.filter(
      (request) => request.path.startsWith('/go/') || request.path.startsWith('/news/en/'),
    );
    expect(hops.map((request) => request.userAgent)).toEqual(hops.map(() => fetchUserAgent));
    expect(fetchUserAgent).toMatch(/^matchcut\/\d/u);
  });

  it('refuses 127.0.0.1 unless it is allowed', async () => {
    const message = await refusal(fetchPage(`${site.base}/go/1`, createAddressGuard([])));
    expect(message).toBe(
      `cannot fetch ${site.base}/go/1: 127.0.0.1 is a loopback address; list it in MATCHCUT_ALLOW_PRIVATE_URLS to allow it`,
    );
  });

  it('checks every redirect: a private address, IPv4-mapped link-local and file: are refused with the hop named', async () => {
    expect(await refusal(fetchPage(`${site.base}/to-private`))).toBe(
      `cannot fetch ${site.base}/to-private: it redirects to http://10.20.30.40/admin, and 10.20.30.40 is a private ` +
        'address; list it in MATCHCUT_ALLOW_PRIVATE_URLS to allow it',
    );
    expect(await refusal(fetchPage(`${site.base}/to-metadata`))).toMatch(
      /it redirects to http:\/\/\[::ffff:a9fe:a9fe\].*link-local/u,
    );
    expect(await refusal(fetchPage(`${site.base}/to-file`))).toContain(
      'it redirects to file: (file:///etc/passwd), which is not fetched',
    );
  });

  it('refuses more than 5 redirects, a page over 10 MB, a PDF and a missing page, saying why', async () => {
    expect(await refusal(fetchPage(`${site.base}/loop`))).toBe(`cannot fetch ${site.base}/loop: more than 5 redirects`);
    expect(site.requests.filter((request) => request.path.startsWith('/loop')).length).toBe(6);
    expect(await refusal(fetchPage(`${site.base}/huge`))).toBe(
      `cannot fetch ${site.base}/huge: the page is larger than 10 MB`,
    );
    expect(await refusal(fetchPage(`${site.base}/report.pdf`))).toContain('it is application/pdf, not text/html');
    expect(await refusal(fetchPage(`${site.base}/missing`))).toContain('the server answered 404 Not Found');
  });

  it('unpacks a gzip-compressed page, and counts the unpacked bytes against the 10 MB limit', async () => {
    const page = await fetchPage(`${site.base}/compressed`);
    expect(page.text).toContain(newsPages[1]?.headline);
    expect(await refusal(fetchPage(`${site.base}/bomb`))).toBe(
      `cannot fetch ${site.base}/bomb: the page is larger than 10 MB`,
    );
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a.html', 'data:text/html,<h1>x</h1>', 'not a url'])(
    'never fetches %s',
    async (address) => {
      expect(await refusal(fetchPage(address))).toMatch(/^cannot fetch .*(only http and https|not a URL)/u);
    },
  );

  it('connects to the address it checked, whatever the system resolver would say', async () => {
    const port = new URL(site.base).port;
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const page = await fetchDocument(`http://news.stand-in.test:${port}${newsPages[1]?.path}`, {
      guard: allowLoopback,
      accept: pageContentTypes,
      resolve,
    });
    expect(page.address).toBe('127.0.0.1');
    expect(page.text).toContain(newsPages[1]?.headline);
    // A name with any private address among its answers is refused, even when another is allowed.
    const mixed = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '192.168.0.10', family: 4 },
    ];
    const message = await refusal(
      fetchDocument(`http://mixed.stand-in.test:${port}/`, {
        guard: allowLoopback,
        accept: pageContentTypes,
        resolve: mixed,
      }),
    );
    expect(message).toContain('192.168.0.10 is a private address');
  });
});
