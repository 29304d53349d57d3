/**
 * Numbered sources as Discord embeds: one block per citation (title linked, outlet and date,
 * the quoted passage), packed into embeds and messages within Discord's limits.
 */
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import type { APIEmbed } from 'discord.js';
import type { Citation } from '../../src/index.js';
import { clip, colors, discordLimits, safe } from './render-text.js';

/** Quotes longer than this are shortened at a word boundary (marked with …); the link keeps the whole article. */
export const longestQuote = 1_000;
export const longestQuoteInMatch = 280;

/** Numbered sources packed into embeds (one block per citation, never split across embeds). */
export function renderSources(citations: Citation[], grounded: boolean, locale: Locale = defaultLocale): APIEmbed[] {
  if (citations.length === 0) return [];
  const title = translate(locale, grounded ? 'sourcesTitle' : 'closestSourcesTitle');
  const embeds: APIEmbed[] = [];
  let description = '';
  for (const citation of citations) {
    const block = renderCitationBlock(citation, longestQuote);
    const joined = description === '' ? block : `${description}\n\n${block}`;
    if (joined.length > discordLimits.embedDescription - title.length && description !== '') {
      embeds.push({ description });
      description = block;
    } else {
      description = joined;
    }
  }
  if (description !== '') embeds.push({ description });
  const color = grounded ? colors.grounded : colors.ungrounded;
  return embeds.map((embed, index) => ({ ...(index === 0 ? { title } : {}), ...embed, color }));
}

/** Parentheses and spaces would end a markdown link early: percent-encode them. */
function percentEncodeLinkBreakers(url: string): string {
  const encode = (character: string) => `%${character.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;
  return url.replace(/[()\s]/g, encode);
}

/** `**[1]** [Title](url) — Outlet, 2025-03-04` then the quoted passage. */
export function renderCitationBlock(citation: Citation, quoteLimit: number): string {
  const title = clip(citation.title.replace(/\s+/g, ' ').trim(), 200);
  const linkedTitle =
    citation.url !== undefined && /^https?:\/\//.test(citation.url)
      ? `[${safe(title).replace(/[[\]]/g, '\\$&')}](${percentEncodeLinkBreakers(citation.url)})`
      : `**${safe(title)}**`;
  const where = [citation.outlet, citation.published]
    .filter((value): value is string => value !== undefined && value !== '')
    .map(safe)
    .join(', ');
  const heading = `**[${citation.n}]** ${linkedTitle}${where === '' ? '' : ` — ${where}`}`;
  const quote = clip(citation.quote.replace(/\s+/g, ' ').trim(), quoteLimit);
  return quote === '' ? heading : `${heading}\n> ${safe(quote)}`;
}

/** Packs embeds into messages: at most 10 per message and 6,000 characters in total. */
export function groupEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      current.length > 0 &&
      (current.length === discordLimits.embedsPerMessage || size + length > discordLimits.embedTotal)
    ) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The characters Discord counts towards an embed's 6,000 limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0)
  );
}
