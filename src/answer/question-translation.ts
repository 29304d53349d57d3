/**
 * With a chat model configured, the question is translated into every language the
 * knowledge base holds before retrieval, so a Korean question finds an English article on
 * its words, not only on its names and numbers. The model replies one line per language
 * ("en: …"); a reply that is not that, a timeout or any fault gives no translations (the
 * question is then retrieved as asked). The answer stays in the asker's language: the
 * generator writes it from the sources, the extractive fallback says where a quote comes from.
 * The prompt is prompts/translate-question.{system,user}.md, loaded and checked at start.
 */
import path from 'node:path';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from '../logging/logger.js';
import { messageText } from '../model/answer-generator.js';
import { classifyModelFault, runWithDeadline } from '../model/model-faults.js';
import { loadPromptTemplates, promptSpecifications } from '../model/prompt-files.js';
import { findPackageRoot } from '../package-root.js';

export interface QuestionTranslator {
  /** The question in each of `languages` (ISO 639-1), as far as the model gave them; never throws. */
  translate(question: string, languages: string[], options?: { signal?: AbortSignal }): Promise<Map<string, string>>;
}

const languageNames: Record<string, string> = {
  en: 'English',
  ko: 'Korean',
  vi: 'Vietnamese',
  ja: 'Japanese',
  ru: 'Russian',
  uz: 'Uzbek',
  zh: 'Chinese',
  id: 'Indonesian',
  th: 'Thai',
  kk: 'Kazakh',
};

/** The translations in a reply: lines "<code>: <text>" for the requested codes only. */
export function translationsFromReply(reply: string, languages: string[], question: string): Map<string, string> {
  const wanted = new Set(languages);
  const translations = new Map<string, string>();
  const text = reply.replace(/<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>/giu, '');
  for (const line of text.split('\n')) {
    const match = /^\s*[-*]?\s*([a-z]{2,3})\s*[:：]\s*(.+?)\s*$/u.exec(line);
    if (!match) continue;
    const code = match[1] as string;
    const translation = (match[2] as string).replace(/^["'“«「]+|["'”»」]+$/gu, '').trim();
    if (!wanted.has(code) || translation === '' || translation.length > Math.max(400, question.length * 4)) continue;
    if (!translations.has(code)) translations.set(code, translation);
  }
  return translations;
}

export function createModelQuestionTranslator(deps: {
  chatModel: BaseChatModel;
  logger: Logger;
  timeoutMs: number;
  /** The prompts folder (default: prompts/ shipped with the code). */
  promptsDir?: string | undefined;
}): QuestionTranslator {
  const logger = deps.logger.child({ component: 'question-translation' });
  const templates = loadPromptTemplates(deps.promptsDir ?? path.join(findPackageRoot(import.meta.url), 'prompts'), {
    system: promptSpecifications.translateQuestionSystem,
    user: promptSpecifications.translateQuestionUser,
  });
  return {
    async translate(question, languages, options = {}) {
      if (languages.length === 0) return new Map();
      const names = languages.map((code) => `${code} (${languageNames[code] ?? code})`).join(', ');
      const messages = [
        new SystemMessage(templates.system.render({})),
        new HumanMessage(templates.user.render({ languages: names, question: question.replace(/</g, '&lt;') })),
      ];
      try {
        const reply = await runWithDeadline((signal) => deps.chatModel.invoke(messages, { signal }), {
          timeoutMs: deps.timeoutMs,
          signal: options.signal,
        });
        return translationsFromReply(messageText(reply), languages, question);
      } catch (error) {
        logger.warn(
          { event: 'translation_failed', reason: classifyModelFault(error).reason },
          'question translation failed',
        );
        return new Map();
      }
    },
  };
}
