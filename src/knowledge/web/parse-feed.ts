/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds, parsed with linkedom's XML parser: the feed's title
 * and its items — a stable key (guid or id, else the link), the link to the article, the title,
 * and the marker that says the item changed (Atom <updated>, RSS pubDate with the guid).
 */
import { DOMParser } from 'linkedom';
import { z } from 'zod';
import { badInput } from '../../errors.js';

export const feedItemSchema = z.object({
  key: z.string().min(1).max(2000),
  link: z.url(),
  title: z.string().max(1000).optional(),
  /** Changes when the feed says the item was updated. */
  marker: z.string().max(200),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title: string | undefined;
  items: FeedItem[];
}

interface XmlElement {
  localName: string;
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

const localNameOf = (element: XmlElement) => (element.localName ?? element.tagName).replace(/^.*:/u, '').toLowerCase();

function childElements(element: XmlElement, name: string): XmlElement[] {
  return Array.from(element.children).filter((child) => localNameOf(child) === name);
}

function childText(element: XmlElement, name: string): string | undefined {
  const text = childElements(element, name)[0]?.textContent?.replace(/\s+/gu, ' ').trim();
  return text === undefined || text === '' ? undefined : text;
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function atomLink(entry: XmlElement): string | undefined {
  const links = childElements(entry, 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? undefined;
}

function itemsOf(root: XmlElement, kind: 'rss' | 'atom', feedUrl: string): FeedItem[] {
  const items: FeedItem[] = [];
  const entries =
    kind === 'atom'
      ? childElements(root, 'entry')
      : [...childElements(childElements(root, 'channel')[0] ?? root, 'item'), ...childElements(root, 'item')];
  for (const entry of entries) {
    const link = absolute(
      kind === 'atom' ? atomLink(entry) : (childText(entry, 'link') ?? childText(entry, 'guid')),
      feedUrl,
    );
    if (link === undefined) continue;
    const key = (kind === 'atom' ? childText(entry, 'id') : childText(entry, 'guid')) ?? link;
    const marker =
      kind === 'atom'
        ? (childText(entry, 'updated') ?? childText(entry, 'published') ?? '')
        : [childText(entry, 'pubdate'), childText(entry, 'date'), childText(entry, 'guid')].filter(Boolean).join(' | ');
    const parsed = feedItemSchema.safeParse({ key, link, title: childText(entry, 'title'), marker });
    if (parsed.success) items.push(parsed.data);
  }
  return items;
}

/** Parses a feed document; BAD_INPUT naming the URL when it is neither RSS nor Atom. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let document: { documentElement: XmlElement | null };
  try {
    document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  } catch (error) {
    throw badInput(
      `cannot read the feed ${feedUrl}: not XML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const root = document.documentElement;
  const rootName = root === null ? '' : localNameOf(root);
  if (root === null || !['rss', 'feed', 'rdf'].includes(rootName)) {
    throw badInput(
      `cannot read the feed ${feedUrl}: it is neither RSS nor Atom (the document starts with <${rootName || '?'}>)`,
    );
  }
  const kind = rootName === 'feed' ? 'atom' : 'rss';
  const channel = kind === 'rss' ? (childElements(root, 'channel')[0] ?? root) : root;
  return { kind, title: childText(channel, 'title'), items: itemsOf(root, kind, feedUrl) };
}
