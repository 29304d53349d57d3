/** Every error code as a reply a member can act on, with form fields named as the member saw them. */
import { escapeMarkdown } from 'discord.js';
import type { MatchcutError } from '../../src/index.js';
import { clip, type DiscordMessage, discordLimits, noMentions } from './render-text.js';

/**
 * Every error code has a reply: what went wrong, in words a member can act on. `fieldLabel`
 * names form fields as the member saw them.
 */
export function renderError(
  error: MatchcutError,
  fieldLabel: (path: string) => string = (path) => path,
): DiscordMessage {
  const issues = fieldIssues(error).map((issue) => ({ ...issue, field: fieldLabel(issue.field) }));
  // The core's messages quote commands in `backticks`: keep those as code, escape the rest.
  const safe = (text: string): string =>
    escapeMarkdown(text, { inlineCode: false, codeBlock: false }).replace(/@(everyone|here)/g, '@\u200b$1');
  const issueLines = (listed: { field: string; message: string }[]) =>
    listed.map((issue) => `• **${safe(issue.field)}**: ${safe(issue.message)}`).join('\n');
  const text = (() => {
    switch (error.code) {
      case 'BAD_INPUT':
        return issues.length > 0
          ? `Please fix ${issues.length === 1 ? 'this field' : 'these fields'}:\n${issueLines(issues)}`
          : `That did not work: ${safe(error.userMessage)}`;
      case 'NOT_FOUND':
        return `Not found: ${safe(error.userMessage)}`;
      case 'FORBIDDEN':
        return `You can't do that: ${safe(error.userMessage)}`;
      case 'UPSTREAM':
        return `The language model did not answer in time (${safe(error.userMessage)}). Please try again in a minute.`;
      case 'KNOWLEDGE':
        return (
          "The knowledge base has a problem, so I can't answer right now. " +
          'An organizer can find the details with `matchcut doctor`.'
        );
      case 'CONFIG':
        return (
          'I am not set up correctly for this. ' +
          'An organizer can find the details in the logs or with `matchcut doctor`.'
        );
      case 'BUSY':
        return `Busy right now: ${safe(error.userMessage)}`;
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
    const name =
      typeof field === 'string'
        ? field
        : Array.isArray(path)
          ? path.map(String).join('.')
          : typeof path === 'string'
            ? path
            : '';
    return typeof message === 'string' && name !== '' ? [{ field: name, message }] : [];
  });
}
