/**
 * Retrieved text is data, never instructions. Sources, conversation turns and the
 * question reach the model inside tags (`<source n="1">…</source>`), with `&`, `<` and `>`
 * escaped, so no article can close its own tag, open a fake one, or pose as the system
 * prompt. The system prompt is the prompt file itself: nothing retrieved is ever put in it.
 */
import type { Citation, ConversationTurn } from '../answer/types.js';

const maximumQuoteCharacters = 2_400;
const maximumTurnCharacters = 600;
const maximumTurns = 6;

/** Escapes text for inside a tag: `&`, `<`, `>`. */
export function escapeData(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an attribute value in double quotes (and flattens line breaks). */
export function escapeAttribute(text: string): string {
  return escapeData(text).replace(/"/g, '&quot;').replace(/\s+/g, ' ').trim();
}

/** Undoes `escapeData` in model output, for models that copy the escaped form. */
export function unescapeModelText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function shorten(text: string, maximum: number): string {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  return clean.length <= maximum ? clean : `${clean.slice(0, maximum - 1)}…`;
}

/** The numbered sources, [1]..[n] in the order given (the numbering the model must cite). */
export function renderSources(sources: readonly Citation[]): string {
  if (sources.length === 0) return '(no sources were found for this question)';
  return sources
    .map((source, index) => {
      const attributes = [`n="${index + 1}"`, `title="${escapeAttribute(source.title)}"`];
      if (source.outlet) attributes.push(`outlet="${escapeAttribute(source.outlet)}"`);
      if (source.published) attributes.push(`published="${escapeAttribute(source.published)}"`);
      return (
        `<source ${attributes.join(' ')}>\n` + `${escapeData(shorten(source.quote, maximumQuoteCharacters))}\n</source>`
      );
    })
    .join('\n');
}

/** The last few turns of the conversation, oldest first, each in its own tag. */
export function renderConversation(history: readonly ConversationTurn[]): string {
  const recent = history.slice(-maximumTurns).filter((turn) => turn.text.trim() !== '');
  if (recent.length === 0) return '(no earlier messages)';
  return recent
    .map(
      (turn) =>
        `<turn role="${turn.role === 'assistant' ? 'assistant' : 'user'}">` +
        `${escapeData(shorten(turn.text, maximumTurnCharacters))}</turn>`,
    )
    .join('\n');
}

const languageNames: Record<string, string> = {
  en: 'English',
  ko: 'Korean (한국어)',
  vi: 'Vietnamese (Tiếng Việt)',
  ja: 'Japanese (日本語)',
  ru: 'Russian (русский)',
  uz: 'Uzbek (oʻzbekcha)',
  zh: 'Chinese (中文)',
  fr: 'French (français)',
  de: 'German (Deutsch)',
  es: 'Spanish (español)',
  id: 'Indonesian (Bahasa Indonesia)',
  th: 'Thai (ไทย)',
  mn: 'Mongolian (монгол)',
  kk: 'Kazakh (қазақша)',
};

/** How the prompt names the asker's language: "Korean (한국어)", or the question's own language when unknown. */
export function languageName(code: string): string {
  return languageNames[code.toLowerCase()] ?? 'the same language as the question';
}
