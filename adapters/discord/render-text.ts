/**
 * Shared pieces of the Discord rendering: the platform's limits, the no-ping mention policy,
 * the message payload type, markdown escaping and clipping at word boundaries.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { escapeMarkdown } from 'discord.js';

export const discordLimits = {
  content: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  embedsPerMessage: 10,
  embedTotal: 6_000,
} as const;

/** Nobody is pinged by anything the bot posts: not @everyone, not roles, not users, not the replied-to author. */
export const noMentions = { parse: [] as [], repliedUser: false } as const;

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; repliedUser: false; users?: string[] };
}

export const colors = { grounded: 0x2b8a3e, ungrounded: 0x868e96, match: 0x5865f2, error: 0xe03131 } as const;

export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Escape, then neutralise what escaping leaves: `@everyone` still reads as one even without a ping. */
export function safe(text: string): string {
  return escapeText(text).replace(/@(everyone|here)/g, '@\u200b$1');
}

export function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

/** Shortens to `limit` characters at a word boundary, marking the cut with …. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const slice = text.slice(0, Math.max(0, limit - 1));
  const space = slice.lastIndexOf(' ');
  const cut = space > limit * 0.6 ? slice.slice(0, space) : slice;
  const safeCut = /[\ud800-\udbff]$/.test(cut) || cut.endsWith('\\') ? cut.slice(0, -1) : cut;
  return `${safeCut.trimEnd()}…`;
}
