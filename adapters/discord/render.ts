/**
 * Turns the core's neutral results (Answer, Match, Suggestion, FeedbackResult, MatchcutError)
 * into Discord message payloads: content within 2,000 characters, embeds within their limits
 * (4,096 description, 25 fields, 6,000 in total per message, 10 per message), markdown
 * escaped, and `allowedMentions: { parse: [] }` on every payload.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import type {
  Answer,
  Citation,
  Digest,
  FeedbackResult,
  FeedbackVerdict,
  Match,
  MatchcutError,
  MatchReason,
  PartyRef,
  Profile,
  Suggestion,
} from '../../src/index.js';
import { feedbackCustomId } from './custom-ids.js';
import { splitText } from './split-text.js';

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

const colors = { grounded: 0x2b8a3e, ungrounded: 0x868e96, match: 0x5865f2, error: 0xe03131 } as const;

/** Quotes longer than this are shortened at a word boundary (marked with …); the link keeps the whole article. */
const longestQuote = 1_000;
const longestQuoteInMatch = 280;

export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Escape, then neutralise what escaping leaves: `@everyone` still reads as one even without a ping. */
function safe(text: string): string {
  return escapeText(text).replace(/@(everyone|here)/g, '@\u200b$1');
}

export interface RenderAnswerOptions {
  /** Shown as a quote above the answer (slash commands do not show the question to others). */
  question?: string;
}

/** The answer as one or more messages: text split at boundaries, then the numbered sources as embeds. */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): DiscordMessage[] {
  const question = options.question === undefined ? '' : `> ${safe(clip(options.question.replace(/\s+/g, ' ').trim(), 300))}`;
  const text = [question, safe(answer.text.trim()), answer.notice === undefined ? '' : `-# ${safe(answer.notice)}`]
    .filter((part) => part !== '' && part !== '> ')
    .join('\n\n');
  const parts = splitText(text === '' ? '…' : text, discordLimits.content);
  const sourceGroups = groupEmbeds(renderSources(answer.citations, answer.grounded));
  const messages: DiscordMessage[] = parts.map((content) => ({ content, embeds: [], allowedMentions: { ...noMentions } }));
  const last = messages[messages.length - 1];
  const [firstGroup, ...otherGroups] = sourceGroups;
  if (last !== undefined && firstGroup !== undefined) last.embeds = firstGroup;
  for (const group of otherGroups) messages.push({ content: '', embeds: group, allowedMentions: { ...noMentions } });
  return messages;
}

/** Numbered sources packed into embeds (one block per citation, never split across embeds). */
export function renderSources(citations: Citation[], grounded: boolean): APIEmbed[] {
  if (citations.length === 0) return [];
  const title = grounded ? 'Sources' : 'Closest sources (they do not answer the question)';
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

/** `**[1]** [Title](url) — Outlet, 2025-03-04` then the quoted passage. */
export function renderCitationBlock(citation: Citation, quoteLimit: number): string {
  const title = clip(citation.title.replace(/\s+/g, ' ').trim(), 200);
  const linkedTitle = citation.url !== undefined && /^https?:\/\//.test(citation.url)
    ? `[${safe(title).replace(/[[\]]/g, '\\$&')}](${citation.url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)})`
    : `**${safe(title)}**`;
  const where = [citation.outlet, citation.published].filter((value): value is string => value !== undefined && value !== '').map(safe).join(', ');
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
    if (current.length > 0 && (current.length === discordLimits.embedsPerMessage || size + length > discordLimits.embedTotal)) {
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

// ── matchmaking ──────────────────────────────────────────────────────

const verdictLabels: Record<FeedbackVerdict, string> = {
  interested: 'Interested',
  not_a_fit: 'Not a fit',
  know: 'Already know them',
};

/** One embed for a match: why it is good for each side, and the sources behind it. */
export function renderMatchEmbed(match: Match): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: clip(`For ${match.a.name}`, discordLimits.fieldName), value: reasonList(match.reasons, 'a', match), inline: false },
    { name: clip(`For ${match.b.name}`, discordLimits.fieldName), value: reasonList(match.reasons, 'b', match), inline: false },
    ...sourceFields(match.citations),
  ];
  const embed: APIEmbed = {
    title: clip(`${match.a.name} ↔ ${match.b.name}`, discordLimits.embedTitle),
    description: `${kindLabel(match.a)} ↔ ${kindLabel(match.b)}`,
    color: colors.match,
    fields: fields.slice(0, discordLimits.embedFields),
    footer: { text: `Match ${percent(match.score)} · for ${clip(match.a.name, 60)} ${percent(match.scoreForA)} · for ${clip(match.b.name, 60)} ${percent(match.scoreForB)}` },
  };
  // Whole source fields are dropped from the end if the embed would pass 6,000 characters.
  while (embedLength(embed) > discordLimits.embedTotal && (embed.fields?.length ?? 0) > 2) embed.fields?.pop();
  return embed;
}

function reasonList(reasons: MatchReason[], side: 'a' | 'b', match: Match): string {
  const lines = reasons.filter((reason) => reason.side === side || reason.side === 'both').map((reason) => `• ${safe(reason.text)}`);
  if (lines.length === 0) return `• ${safe(side === 'a' ? match.b.name : match.a.name)} is a possible partner.`;
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const more = lines.length - index;
    const candidate = [...kept, line].join('\n');
    if (candidate.length > discordLimits.fieldValue - 40) {
      kept.push(`…and ${more} more`);
      break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Numbered sources as fields, whole citations only (never cut one across fields). */
function sourceFields(citations: Citation[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const citation of citations) {
    const block = renderCitationBlock(citation, longestQuoteInMatch);
    const fitted = block.length > discordLimits.fieldValue ? renderCitationBlock({ ...citation, quote: '' }, 0) : block;
    const joined = value === '' ? fitted : `${value}\n${fitted}`;
    if (joined.length > discordLimits.fieldValue) {
      fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (continued)', value });
      value = fitted;
    } else {
      value = joined;
    }
  }
  if (value !== '') fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (continued)', value });
  return fields;
}

/** `/match` results: one embed per match (at most 10, one message). */
export function renderMatches(subject: string, matches: Match[]): DiscordMessage {
  if (matches.length === 0) {
    return {
      content: `No partner stands out for **${safe(subject)}** yet. Add what it offers and needs with \`/profile\`, or ask an organizer to add profiles.`,
      embeds: [],
      allowedMentions: { ...noMentions },
    };
  }
  const [embeds = []] = groupEmbeds(matches.slice(0, discordLimits.embedsPerMessage).map(renderMatchEmbed));
  return {
    content: `Best matches for **${safe(subject)}** (${embeds.length} of ${matches.length}):`,
    embeds,
    allowedMentions: { ...noMentions },
  };
}

/** A digest suggestion: its match embed, how each side answered, and the three feedback buttons. */
export function renderSuggestion(suggestion: Suggestion, state?: FeedbackResult['state']): DiscordMessage {
  const embed = renderMatchEmbed(suggestion);
  const answered = state ?? { a: null, b: null };
  const line = (party: PartyRef, verdict: FeedbackVerdict | null): string =>
    `**${safe(party.name)}**: ${verdict === null ? 'no answer yet' : verdictLabels[verdict]}`;
  embed.fields = [...(embed.fields ?? []).slice(0, discordLimits.embedFields - 1), {
    name: 'Feedback',
    value: `${line(suggestion.a, answered.a)}\n${line(suggestion.b, answered.b)}`,
  }];
  return {
    content: '',
    embeds: [embed],
    components: [feedbackButtons(suggestion.id)],
    allowedMentions: { ...noMentions },
  };
}

export function feedbackButtons(suggestionId: string): APIActionRowComponent<APIButtonComponent> {
  const button = (verdict: FeedbackVerdict, style: ButtonStyle.Success | ButtonStyle.Secondary | ButtonStyle.Danger): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    label: verdictLabels[verdict],
    custom_id: feedbackCustomId(verdict, suggestionId),
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('interested', ButtonStyle.Success), button('not_a_fit', ButtonStyle.Danger), button('know', ButtonStyle.Secondary)],
  };
}

/** The ephemeral confirmation to whoever clicked. */
export function renderFeedbackRecorded(result: FeedbackResult): DiscordMessage {
  const party = result.party === 'a' ? result.suggestion.a : result.suggestion.b;
  const other = result.party === 'a' ? result.suggestion.b : result.suggestion.a;
  const next = result.introduce
    ? 'Both sides are interested: I am opening a thread to introduce you.'
    : result.verdict === 'interested'
      ? `I will introduce you if ${safe(other.name)} is interested too.`
      : 'Thanks: this shapes the next digests.';
  return {
    content: `Recorded **${verdictLabels[result.verdict]}** for **${safe(party.name)}**. ${next}`,
    embeds: [],
    allowedMentions: { ...noMentions },
  };
}

/**
 * The introduction posted in a new thread when both sides are interested. It pings exactly the
 * Discord members linked to the two organizations (who both asked for it) and nobody else:
 * `parse` stays empty, only their ids are listed.
 */
export function renderIntroduction(result: FeedbackResult): DiscordMessage {
  const { a, b } = result.suggestion;
  const discordIds = (members: string[]): string[] =>
    members.filter((member) => member.startsWith('discord:')).map((member) => member.slice('discord:'.length)).filter((id) => /^\d{17,20}$/.test(id));
  const membersA = discordIds(result.members.a);
  const membersB = discordIds(result.members.b);
  const who = (party: PartyRef, ids: string[]): string =>
    `**${safe(party.name)}**: ${ids.length === 0 ? 'no Discord member linked yet (use `/profile` to link yours)' : ids.map((id) => `<@${id}>`).join(', ')}`;
  const reasons = result.suggestion.reasons
    .slice(0, 6)
    .map((reason) => `• ${safe(reason.text)}`)
    .join('\n');
  const content = clip(
    [`Meet each other! Both **${safe(a.name)}** and **${safe(b.name)}** said they are interested.`, who(a, membersA), who(b, membersB), reasons === '' ? '' : `Why this match:\n${reasons}`]
      .filter((line) => line !== '')
      .join('\n'),
    discordLimits.content,
  );
  const users = [...new Set([...membersA, ...membersB])].slice(0, 100);
  return { content, embeds: [], allowedMentions: { ...noMentions, users } };
}

export function introductionThreadName(suggestion: Suggestion): string {
  return clip(`Intro: ${suggestion.a.name} × ${suggestion.b.name}`, 100);
}

/** The organizer's ephemeral summary after `/digest`. */
export function renderDigestSummary(digest: Digest, channelId: string, posted: number): DiscordMessage {
  const unmet = digest.unmetNeeds.slice(0, 10).map((need) => `• ${safe(need.profile.name)}: ${safe(need.need)}`);
  const lines = [
    posted === 0
      ? 'No new suggestions right now: every good pair was suggested recently or already answered.'
      : `Posted ${posted} suggestion${posted === 1 ? '' : 's'} to <#${channelId}>.`,
    unmet.length === 0 ? '' : `Needs nobody can meet yet:\n${unmet.join('\n')}`,
  ];
  return { content: clip(lines.filter((line) => line !== '').join('\n\n'), discordLimits.content), embeds: [], allowedMentions: { ...noMentions } };
}

// ── profiles ─────────────────────────────────────────────────────────

export function renderProfileSaved(profile: Profile): DiscordMessage {
  const list = (values: string[]): string => clip(values.length === 0 ? '—' : values.map((value) => `• ${safe(value)}`).join('\n'), discordLimits.fieldValue);
  const place = [profile.city, profile.country].filter((value): value is string => value !== undefined && value !== '').map(safe).join(', ');
  return {
    content: `Saved **${safe(profile.name)}**; you are linked to it, so your feedback on digests counts for it.`,
    embeds: [
      {
        title: clip(profile.name, discordLimits.embedTitle),
        description: clip(safe(profile.description || '—'), 1_000),
        color: colors.match,
        fields: [
          { name: 'Kind', value: profile.kind, inline: true },
          { name: 'Where', value: place === '' ? '—' : clip(place, discordLimits.fieldValue), inline: true },
          { name: 'Languages', value: profile.languages.length === 0 ? '—' : clip(profile.languages.map(safe).join(', '), discordLimits.fieldValue), inline: true },
          { name: 'Offers', value: list(profile.offers) },
          { name: 'Needs', value: list(profile.needs) },
        ],
      },
    ],
    allowedMentions: { ...noMentions },
  };
}

// ── errors ───────────────────────────────────────────────────────────

/** Every error code has a reply: what went wrong, in words a member can act on. `fieldLabel` names form fields as the member saw them. */
export function renderError(error: MatchcutError, fieldLabel: (path: string) => string = (path) => path): DiscordMessage {
  const issues = fieldIssues(error).map((issue) => ({ ...issue, field: fieldLabel(issue.field) }));
  // The core's messages quote commands in `backticks`: keep those as code, escape the rest.
  const safe = (text: string): string => escapeMarkdown(text, { inlineCode: false, codeBlock: false }).replace(/@(everyone|here)/g, '@\u200b$1');
  const text = (() => {
    switch (error.code) {
      case 'BAD_INPUT':
        return issues.length > 0
          ? `Please fix ${issues.length === 1 ? 'this field' : 'these fields'}:\n${issues.map((issue) => `• **${safe(issue.field)}**: ${safe(issue.message)}`).join('\n')}`
          : `That did not work: ${safe(error.userMessage)}`;
      case 'NOT_FOUND':
        return `Not found: ${safe(error.userMessage)}`;
      case 'FORBIDDEN':
        return `You can't do that: ${safe(error.userMessage)}`;
      case 'UPSTREAM':
        return `The language model did not answer in time (${safe(error.userMessage)}). Please try again in a minute.`;
      case 'KNOWLEDGE':
        return `The knowledge base has a problem, so I can't answer right now. An organizer can find the details with \`matchcut doctor\`.`;
      case 'CONFIG':
        return 'I am not set up correctly for this. An organizer can find the details in the logs or with `matchcut doctor`.';
      case 'INTERNAL':
        return safe(error.userMessage);
    }
  })();
  return { content: clip(`⚠️ ${text}`, discordLimits.content), embeds: [], allowedMentions: { ...noMentions } };
}

/**
 * Field-level problems when the core attached them: `details.problems: [{ field: "offers[2]", message }]`
 * (profiles) or `details.issues: [{ path: ["offers", 2], message }]` (zod issues).
 */
function fieldIssues(error: MatchcutError): { field: string; message: string }[] {
  const listed = [error.details?.problems, error.details?.issues].find(Array.isArray) as unknown[] | undefined;
  if (listed === undefined) return [];
  return listed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, path, message } = entry as { field?: unknown; path?: unknown; message?: unknown };
    const name = typeof field === 'string' ? field : Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
    return typeof message === 'string' && name !== '' ? [{ field: name, message }] : [];
  });
}

// ── helpers ──────────────────────────────────────────────────────────

function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

function kindLabel(party: PartyRef): string {
  return party.kind.replace(/_/g, ' ');
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
