/**
 * Extracts the article from an HTML page (a saved capture or, later, a fetched page):
 * the page's own metadata (headline, byline, publication date, language, canonical URL,
 * outlet) and its text, found with @mozilla/readability on linkedom after removing the
 * parts every site uses for furniture (menus, headers and footers, asides, forms, cookie
 * and share bars, related and comment sections) and pictures with their captions and
 * credits. The text then goes through the capture cleaner, which drops what is left (tool
 * rows, bylines, timestamps, headline lists).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanCapture } from './clean-capture.js';
import { stripControlCharacters } from './control-characters.js';
import { detectLanguage } from './detect-language.js';
import { type MarkupDocument, type PageMetadata, readPageMetadata } from './html-metadata.js';

export interface ExtractedArticle extends PageMetadata {
  /** The article text, paragraphs separated by blank lines. */
  text: string;
}

/** Elements that hold furniture on every kind of site, by tag, role, or class and id words. */
const furnitureSelectors = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'select',
  'nav',
  'aside',
  'footer',
  'body > header',
  'main > header',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[hidden]',
];
const furnitureClassWords = new RegExp(
  String.raw`(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|sns|related|recommend(?:ed|ations)?|` +
    String.raw`comments?|newsletter|subscribe|subscription|promo|advert(?:isement)?|ads?|banner|breadcrumbs?|` +
    String.raw`toolbar|tools|popular|most-?read|trending|tags?|keywords|login|signup|paywall|print|font-?size)` +
    String.raw`(?:$|[\s_-])`,
  'iu',
);

const blockTags = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'MAIN',
  'DL',
  'DT',
  'DD',
  'HR',
]);

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/** The text of a DOM subtree with one paragraph per block element and list items marked. */
function blockText(root: TextNodeLike): string {
  const parts: string[] = [];
  const walk = (node: TextNodeLike) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/gu, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = blockTags.has(node.nodeName);
    if (block) parts.push('\n\n');
    if (node.nodeName === 'LI') parts.push('- ');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Pictures and what describes them (captions, credits, figures that hold media): no answer material. */
const captionSelectors = [
  'figcaption',
  'picture',
  'img',
  'video',
  '[itemprop="caption"]',
  '[class*="caption" i]',
  '[class*="credit" i]',
  '[class*="photo-desc" i]',
  '[class*="img-desc" i]',
];

/** Removes pictures with their captions and credits, and figures that hold a picture (not tables or quotes). */
function removeCaptions(document: ReturnType<typeof parseHTML>['document']): void {
  for (const figure of document.querySelectorAll('figure')) {
    if (figure.querySelector('img, picture, video, figcaption') && !figure.querySelector('table, blockquote'))
      figure.remove();
  }
  for (const element of document.querySelectorAll(captionSelectors.join(','))) element.remove();
}

function removeFurniture(document: ReturnType<typeof parseHTML>['document']): void {
  removeCaptions(document);
  for (const element of document.querySelectorAll(furnitureSelectors.join(','))) element.remove();
  for (const element of document.querySelectorAll('[class], [id]')) {
    if (element.closest('article') === element || element.tagName === 'BODY' || element.tagName === 'MAIN') continue;
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (furnitureClassWords.test(words)) element.remove();
  }
}

const latinScriptLanguages = new Set([
  'en',
  'vi',
  'uz',
  'id',
  'ms',
  'fr',
  'es',
  'de',
  'pt',
  'it',
  'tr',
  'nl',
  'pl',
  'tl',
]);

/** The page's declared language unless the text is plainly in another script (sites often declare "en" everywhere). */
function chooseLanguage(declared: string | undefined, text: string): string {
  const detected = detectLanguage(text);
  if (!declared) return detected;
  if (detected === 'und' || detected === declared) return declared;
  const declaredLatin = latinScriptLanguages.has(declared);
  const detectedLatin = latinScriptLanguages.has(detected);
  return declaredLatin !== detectedLatin || ['ko', 'ja', 'zh'].includes(detected) ? detected : declared;
}

/** Readability's reading of a page, or null when it finds no article (or cannot read the document). */
function readArticle(document: unknown) {
  try {
    return new Readability(document as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
}

/**
 * The heading that the page's <title> names, once the site's name is cut off its end
 * ("Studio opens in Hue - Site" → the <h2> "Studio opens in Hue"); else the title so cut, if it was.
 */
function headingForTitle(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim();
  if (!pageTitle) return undefined;
  const parts = pageTitle.split(/\s+[-|–—:]{1,2}\s+/u);
  const cut = parts.length > 1 && (parts.at(-1)?.length ?? 0) <= 40;
  const head = cut ? parts.slice(0, -1).join(' - ') : pageTitle;
  for (const heading of document.querySelectorAll('h1, h2, h3')) {
    const text = heading.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
    if (text.length >= head.length && text.toLowerCase().startsWith(head.toLowerCase())) return text;
  }
  return cut ? head : undefined;
}

/**
 * Extracts the article of an HTML page. `baseUrl` (the page's address, when known)
 * resolves a relative canonical link and stands in when the page names no URL.
 */
export function extractHtmlArticle(html: string, baseUrl?: string): ExtractedArticle {
  const markup = stripControlCharacters(html);
  // A fragment (or nothing) still gets a document with a body.
  const { document } = parseHTML(
    /<html[\s>]/iu.test(markup) ? markup : `<!DOCTYPE html><html><body>${markup}</body></html>`,
  );
  const metadata = readPageMetadata(document as unknown as MarkupDocument, baseUrl);
  const headingText = (selector: string) =>
    document.querySelector(selector)?.textContent?.replace(/\s+/gu, ' ').trim() || undefined;
  const articleHeadline = headingText('article h1') ?? headingText('main h1') ?? headingText('[itemprop="headline"]');
  const readability = readArticle(document.cloneNode(true));
  removeFurniture(document);
  let text: string;
  if (readability?.content) {
    const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${readability.content}</body></html>`);
    removeCaptions(content);
    text = blockText(content.body as unknown as TextNodeLike);
    // Readability keeps some furniture that removal would have dropped; prefer the cleaner tree when it holds the text.
    const cleaned = blockText((document.querySelector('article') ?? document.body) as unknown as TextNodeLike);
    if (cleaned.length >= text.length * 0.6) text = cleaned;
  } else {
    text = blockText((document.body ?? document.documentElement) as unknown as TextNodeLike);
  }
  const title =
    (metadata.title ?? articleHeadline ?? headingForTitle(document) ?? readability?.title ?? headingText('h1'))
      ?.replace(/\s+/gu, ' ')
      .trim() || undefined;
  const language = chooseLanguage(metadata.language ?? readability?.lang ?? undefined, text);
  const cleaned = cleanCapture(text, { language, title });
  return {
    title: title ?? cleaned.title,
    author: metadata.author ?? readability?.byline?.trim() ?? cleaned.author,
    published: metadata.published ?? cleaned.published,
    language,
    url: metadata.url,
    outlet: metadata.outlet ?? readability?.siteName?.trim() ?? cleaned.outlet,
    text: cleaned.text,
  };
}
