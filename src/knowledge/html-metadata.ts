/**
 * What a news page says about itself in its markup: JSON-LD (NewsArticle and its kin),
 * Open Graph and article meta tags, itemprop microdata, <time datetime>, <html lang> and
 * <link rel=canonical>. Canonical URLs lose their tracking parameters.
 */
import { findByline } from './capture-metadata.js';

/** The parts of a DOM document this module reads (linkedom's and browsers' documents both fit). */
export interface MarkupDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): Iterable<MarkupElement>;
  querySelector(selector: string): MarkupElement | null;
}
export interface MarkupElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMetadata {
  title?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  language?: string | undefined;
  url?: string | undefined;
  outlet?: string | undefined;
}

const articleTypes =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|WebPage|Report|PressRelease)$/u;
const trackingParameter =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|spm)$/iu;

/** A page URL without tracking parameters or fragment; undefined unless http(s). */
export function cleanUrl(address: string | undefined, baseUrl?: string): string | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = baseUrl ? new URL(address.trim(), baseUrl) : new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  for (const name of [...url.searchParams.keys()]) if (trackingParameter.test(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.toString();
}

/** A date-time attribute ("2019-07-03T14:10:00+09:00") as the page's own calendar date, YYYY-MM-DD. */
export function dateFromAttribute(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(value ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** A language tag ("vi-VN", "ko_KR", "en") as its primary ISO code, or undefined. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = /^\s*([a-z]{2,3})(?:[-_]|$)/iu.exec(tag ?? '')?.[1]?.toLowerCase();
  return primary && primary !== 'und' && primary !== 'mul' ? primary : undefined;
}

function names(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const all = value.map(names).filter((name): name is string => name !== undefined);
    return all.length > 0 ? all.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return names((value as { name: unknown }).name);
  return undefined;
}

/** Every object in JSON-LD blocks, including those inside @graph arrays. */
function jsonLdObjects(document: MarkupDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block says nothing; the meta tags still may.
    }
  }
  return objects;
}

function readJsonLd(document: MarkupDocument): PageMetadata {
  const article = jsonLdObjects(document).find((object) => {
    const type = object['@type'];
    return (Array.isArray(type) ? type : [type]).some(
      (entry) => typeof entry === 'string' && articleTypes.test(entry) && entry !== 'WebPage',
    );
  });
  if (!article) return {};
  const mainEntity = article.mainEntityOfPage;
  const entityUrl =
    typeof mainEntity === 'string' ? mainEntity : (mainEntity as { '@id'?: string } | undefined)?.['@id'];
  return {
    title: names(article.headline) ?? names(article.name),
    author: names(article.author),
    published: dateFromAttribute(typeof article.datePublished === 'string' ? article.datePublished : undefined),
    language: primaryLanguage(typeof article.inLanguage === 'string' ? article.inLanguage : undefined),
    url: typeof article.url === 'string' ? article.url : entityUrl,
    outlet: names(article.publisher),
  };
}

function meta(document: MarkupDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

/** Reads the page's own metadata; JSON-LD first, then meta tags, then markup. */
export function readPageMetadata(document: MarkupDocument, baseUrl?: string): PageMetadata {
  const jsonLd = readJsonLd(document);
  const time = document.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const itemDate = document.querySelector('[itemprop="datePublished"]');
  const published =
    jsonLd.published ??
    dateFromAttribute(
      meta(
        document,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date.issued',
        'DC.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ),
    ) ??
    dateFromAttribute(itemDate?.getAttribute('datetime') ?? itemDate?.getAttribute('content')) ??
    dateFromAttribute(time?.getAttribute('datetime'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url =
    cleanUrl(canonical, baseUrl) ?? cleanUrl(meta(document, 'og:url'), baseUrl) ?? cleanUrl(jsonLd.url, baseUrl);
  const metaAuthor = meta(document, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author');
  return {
    title: jsonLd.title ?? meta(document, 'og:title', 'twitter:title', 'headline'),
    author:
      jsonLd.author ??
      (metaAuthor && !/^https?:/iu.test(metaAuthor) ? (findByline(metaAuthor) ?? metaAuthor) : undefined),
    published,
    language:
      primaryLanguage(document.documentElement?.getAttribute('lang')) ??
      jsonLd.language ??
      primaryLanguage(meta(document, 'og:locale', 'language', 'content-language')),
    url: url ?? cleanUrl(baseUrl),
    outlet: meta(document, 'og:site_name', 'application-name') ?? jsonLd.outlet,
  };
}
