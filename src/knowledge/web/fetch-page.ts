/**
 * Fetches a web page or feed for ingest, and nothing else: http and https only; the host's
 * addresses resolved here and checked by the address guard on every hop (redirects included),
 * the connection pinned to the checked address (so a DNS answer that changes between check and
 * connect cannot reach a private host); at most 5 redirects; an overall timeout; at most 10 MB
 * (counted while streaming); only the content types asked for. Every refusal is a BAD_INPUT
 * error whose message names the URL and the reason.
 */
import { lookup as resolveHost } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { badInput } from '../../errors.js';
import { isPageProblem, type PageProblem } from './page-problems.js';
import type { AddressGuard } from './address-guard.js';

export const pageContentTypes = ['text/html', 'application/xhtml+xml'] as const;
export const feedContentTypes = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
  'application/feed+xml',
] as const;

export const fetchUserAgent = 'matchcut/0.1 article fetcher (+https://github.com/matchcut/matchcut)';

export interface FetchOptions {
  guard: AddressGuard;
  /** Content types accepted (without parameters). */
  accept: readonly string[];
  timeoutMs?: number | undefined;
  maximumBytes?: number | undefined;
  maximumRedirects?: number | undefined;
  /** Host name resolution (tests); node:dns lookup with every address by default. */
  resolve?: ((hostname: string) => Promise<{ address: string; family: number }[]>) | undefined;
}

export interface FetchedDocument {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL after redirects. */
  finalUrl: string;
  contentType: string;
  /** The body decoded with the charset the server or the document declares (UTF-8 by default). */
  text: string;
  /** The address the last connection went to. */
  address: string;
}

const defaultTimeoutMs = 15_000;
const defaultMaximumBytes = 10 * 1024 * 1024;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * A refusal naming the URL and why; `details.problem` says what kind of failure it is (for
 * adapters that say it in the member's language), `status` / `contentType` the facts it names.
 */
function refuse(
  url: string,
  reason: string,
  problem: PageProblem,
  facts: { status?: number; contentType?: string } = {},
): Error {
  return badInput(`cannot fetch ${url}: ${reason}`, { details: { url, reason, problem, ...facts } });
}

/** A refusal at a redirect hop, named by the address asked for and the hop it was sent to (same kind). */
function refuseRedirect(address: string, hop: string, error: unknown): unknown {
  const details = (error as { details?: { reason?: unknown; problem?: unknown } }).details;
  const problem = isPageProblem(details?.problem) ? details.problem : 'redirect';
  return typeof details?.reason === 'string'
    ? refuse(address, `it redirects to ${hop}, and ${details.reason}`, problem)
    : error;
}

/** The URL when it is http or https; a refusal otherwise. */
export function checkWebUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw refuse(address, 'not a URL; give an address starting with https:// or http://', 'notUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refuse(
      address,
      `${url.protocol.replace(/:$/u, '')}: addresses are not fetched; only http and https are`,
      'scheme',
    );
  }
  if (url.username !== '' || url.password !== '')
    throw refuse(address, 'addresses with a user name or password are not fetched', 'credentials');
  return url;
}

async function defaultResolve(hostname: string) {
  return resolveHost(hostname, { all: true, verbatim: true });
}

/** The checked address to connect to for `url`, or a refusal naming the URL and why. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<{ address: string; family: number }> {
  const hostname = url.hostname.replace(/^\[|\]$/gu, '');
  let addresses: { address: string; family: number }[];
  if (isIP(hostname) !== 0) addresses = [{ address: hostname, family: isIP(hostname) }];
  else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(hostname);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
      throw refuse(url.href, `the host name ${hostname} does not resolve (${code})`, 'noHost');
    }
  }
  if (addresses.length === 0) throw refuse(url.href, `the host name ${hostname} has no address`, 'noHost');
  // Every address the name has must be allowed: a name that also points inward is refused.
  for (const entry of addresses) {
    const reason = options.guard.refusal(entry.address);
    if (reason !== undefined) throw refuse(url.href, reason, 'notAllowed');
  }
  return addresses[0] as { address: string; family: number };
}

interface Hop {
  status: number;
  location: string | undefined;
  contentType: string;
  body: Buffer | undefined;
}

function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the server closed the connection';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the host cannot be reached';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `the TLS certificate was not accepted (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** One request to a checked address; reads the body only for an accepted 2xx answer. */
function requestOnce(url: URL, pinned: { address: string; family: number }, options: FetchOptions, deadline: number) {
  const maximumBytes = options.maximumBytes ?? defaultMaximumBytes;
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [pinned]);
    } else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0) {
      reject(refuse(url.href, 'it took too long', 'tooSlow'));
      return;
    }
    const request = client.request(url, {
      method: 'GET',
      lookup: pinnedLookup,
      headers: {
        'user-agent': fetchUserAgent,
        accept: `${options.accept.join(', ')};q=1, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      },
      agent: false,
    });
    const timer = setTimeout(
      () =>
        request.destroy(refuse(url.href, `no complete answer within ${Math.round(remainingMs / 1000)} s`, 'tooSlow')),
      remainingMs,
    );
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(
        error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'BAD_INPUT'
          ? error
          : refuse(url.href, describeNetworkError(error), 'unreachable'),
      );
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const contentType = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const full = response.headers['content-type'] ?? '';
      const done = (hop: Hop) => {
        clearTimeout(timer);
        resolve(hop);
      };
      if (redirectStatuses.has(status) || status < 200 || status >= 300 || !options.accept.includes(contentType)) {
        response.resume();
        done({ status, location: response.headers.location, contentType: full, body: undefined });
        return;
      }
      const declared = Number(response.headers['content-length'] ?? '0');
      const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
      if (declared > maximumBytes && encoding === 'identity') {
        request.destroy();
        fail(tooLarge(url, maximumBytes));
        return;
      }
      readBody(response, encoding, maximumBytes, url).then(
        (body) => done({ status, location: undefined, contentType: full, body }),
        (error: unknown) => {
          request.destroy();
          fail(error);
        },
      );
    });
    request.end();
  });
}

const tooLarge = (url: URL, maximumBytes: number) =>
  refuse(url.href, `the page is larger than ${Math.round(maximumBytes / 1024 / 1024)} MB`, 'tooLarge');

/** The body, decompressed, stopping as soon as it passes `maximumBytes` (decompressed bytes count). */
function readBody(response: Readable, encoding: string, maximumBytes: number, url: URL): Promise<Buffer> {
  const decompressors: Record<string, (() => Transform) | undefined> = {
    gzip: () => createGunzip(),
    'x-gzip': () => createGunzip(),
    deflate: () => createInflate(),
    br: () => createBrotliDecompress(),
  };
  const decompressor = encoding === 'identity' ? undefined : decompressors[encoding];
  if (encoding !== 'identity' && decompressor === undefined) {
    return Promise.reject(
      refuse(url.href, `the server sent an unsupported content encoding (${encoding})`, 'brokenBody'),
    );
  }
  const stream = decompressor === undefined ? response : response.pipe(decompressor());
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let stopped = false;
    const stop = (error: unknown) => {
      if (stopped) return;
      stopped = true;
      if (stream !== response) stream.destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maximumBytes) stop(tooLarge(url, maximumBytes));
      else chunks.push(chunk);
    });
    stream.on('error', (error) =>
      stop(stream === response ? error : refuse(url.href, `a broken ${encoding} body`, 'brokenBody')),
    );
    response.on('error', stop);
    stream.on('end', () => {
      if (!stopped) resolve(Buffer.concat(chunks));
    });
  });
}

/** The charset the Content-Type header or the document's first bytes declare. */
function decodeBody(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const label =
    /charset\s*=\s*"?([\w-]+)/iu.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/iu.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Fetches `address` following at most 5 checked redirects; throws BAD_INPUT naming the URL and the reason. */
export async function fetchDocument(address: string, options: FetchOptions): Promise<FetchedDocument> {
  const maximumRedirects = options.maximumRedirects ?? 5;
  const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
  let url = checkWebUrl(address);
  for (let redirects = 0; ; redirects += 1) {
    let pinned: { address: string; family: number };
    let hop: Hop;
    try {
      pinned = await checkedAddress(url, options);
      hop = await requestOnce(url, pinned, options, deadline);
    } catch (error) {
      throw redirects > 0 ? refuseRedirect(address, url.href, error) : error;
    }
    if (redirectStatuses.has(hop.status)) {
      if (hop.location === undefined)
        throw refuse(url.href, `the server answered ${hop.status} without a Location`, 'redirect');
      if (redirects >= maximumRedirects) throw refuse(address, `more than ${maximumRedirects} redirects`, 'redirect');
      let next: URL;
      try {
        next = new URL(hop.location, url);
      } catch {
        throw refuse(url.href, `it redirects to "${hop.location}", which is not a URL`, 'redirect');
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw refuse(
          address,
          `it redirects to ${next.protocol.replace(/:$/u, '')}: (${next.href}), which is not fetched`,
          'redirect',
        );
      }
      url = checkWebUrl(next.href);
      continue;
    }
    if (hop.status < 200 || hop.status >= 300) {
      throw refuse(
        url.href,
        `the server answered ${hop.status} ${http.STATUS_CODES[hop.status] ?? ''}`.trim(),
        'status',
        { status: hop.status },
      );
    }
    if (hop.body === undefined) {
      const type = hop.contentType.split(';')[0]?.trim() || 'no content type';
      throw refuse(url.href, `it is ${type}, not ${options.accept.slice(0, 2).join(' or ')}`, 'notPage', {
        contentType: type,
      });
    }
    return {
      requestedUrl: address,
      finalUrl: url.href,
      contentType: hop.contentType,
      text: decodeBody(hop.body, hop.contentType),
      address: pinned.address,
    };
  }
}
