/**
 * Follow-up questions become standalone queries before retrieval. With a chat model the
 * rewrite prompt files (prompts/rewrite.*.md) do it; without one, or when the model fails
 * or answers with something that is not a query, the offline rule in ./follow-up-rule.ts
 * does. It never throws and never waits longer than its timeout.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { ConversationTurn } from '../answer/types.js';
import { detectLanguage } from '../knowledge/detect-language.js';
import type { Logger } from '../logging/logger.js';
import { messageText } from './answer-generator.js';
import { rewriteFollowUpOffline } from './follow-up-rule.js';
import { classifyModelFault, ModelOutputError, runWithDeadline } from './model-faults.js';
import { loadPromptTemplates, promptSpecifications } from './prompt-files.js';
import { escapeData, languageName, renderConversation } from './source-framing.js';

export interface QueryRewriter {
  /**
   * A standalone query for `question` given the earlier turns (oldest first); the question itself when it stands
   * alone.
   */
  rewrite(question: string, history: ConversationTurn[], options?: { signal?: AbortSignal }): Promise<string>;
}

export interface QueryRewriterDeps {
  /** Without one, only the offline rule runs. */
  chatModel?: BaseChatModel | undefined;
  promptsDir: string;
  logger: Logger;
  timeoutMs: number;
}

const labelPattern =
  /^(?:standalone\s+(?:query|question)|rewritten\s+(?:query|question)|query|question|search\s+query)\s*[:：]\s*/iu;

/**
 * The query in a model reply: first non-empty line, without <think> blocks, labels or quotes. Undefined when
 * unusable.
 */
export function queryFromReply(reply: string, question: string): string | undefined {
  const withoutThinking = reply.replace(/<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>/giu, '');
  if (/<think(?:ing)?>/iu.test(withoutThinking)) return undefined;
  const line = withoutThinking
    .split('\n')
    .map((entry) => entry.trim())
    .find((entry) => entry !== '');
  if (line === undefined) return undefined;
  const query = line
    .replace(labelPattern, '')
    .replace(/^["'“”«»「『]+|["'“”«»」』]+$/gu, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
  if (query === '' || /<\/?(question|turn|conversation)\b/iu.test(query)) return undefined;
  if (query.length > Math.max(400, question.length * 4)) return undefined;
  return query;
}

export function createQueryRewriter(deps: QueryRewriterDeps): QueryRewriter {
  const templates = deps.chatModel
    ? loadPromptTemplates(deps.promptsDir, {
        system: promptSpecifications.rewriteSystem,
        user: promptSpecifications.rewriteUser,
      })
    : undefined;
  const logger = deps.logger.child({ component: 'query-rewriter' });

  return {
    async rewrite(question, history, options = {}) {
      const earlier = history.filter((turn) => turn.text.trim() !== '');
      if (earlier.length === 0 || question.trim() === '') return question;
      if (!deps.chatModel || !templates) return rewriteFollowUpOffline(question, earlier);
      const chatModel = deps.chatModel;
      const started = performance.now();
      try {
        const user = templates.user.render({
          conversation: renderConversation(earlier),
          question: escapeData(question.trim()),
          languageName: languageName(detectLanguage(question)),
        });
        const messages = [new SystemMessage(templates.system.text), new HumanMessage(user)];
        const reply = await runWithDeadline((signal) => chatModel.invoke(messages, { signal }), {
          timeoutMs: deps.timeoutMs,
          signal: options.signal,
        });
        const query = queryFromReply(messageText(reply), question);
        if (query === undefined)
          throw new ModelOutputError('malformed_response', 'the rewrite reply was not a one-line query');
        logger.debug(
          {
            event: 'query_rewritten',
            elapsedMs: Math.round(performance.now() - started),
            changed: query !== question.trim(),
          },
          'rewrote the follow-up question',
        );
        return query;
      } catch (error) {
        const fault = classifyModelFault(error);
        logger.warn(
          {
            event: 'rewrite_fallback',
            reason: fault.reason,
            status: fault.status,
            detail: fault.detail,
            elapsedMs: Math.round(performance.now() - started),
          },
          'the model could not rewrite the follow-up; using the offline rule',
        );
        return rewriteFollowUpOffline(question, earlier);
      }
    },
  };
}
