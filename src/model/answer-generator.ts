/**
 * Generated answers: renders the answer prompt files with the numbered sources (framed as
 * data), calls the chat model under a hard deadline, then runs the citation check. It
 * never throws and never hangs: on any fault it returns the extractive answer with a
 * short notice and logs one line; an answer that states things without a valid citation
 * is replaced by the extractive answer.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Answer, Citation, ConversationTurn } from '../answer/types.js';
import type { Logger } from '../logging/logger.js';
import { checkCitations } from './citation-check.js';
import { checkClaims } from './claim-check.js';
import {
  classifyModelFault,
  fallbackNotice,
  type ModelFault,
  ModelOutputError,
  runWithDeadline,
} from './model-faults.js';
import { loadPromptTemplates, promptSpecifications } from './prompt-files.js';
import { escapeData, languageName, renderConversation, renderSources, unescapeModelText } from './source-framing.js';

export interface GenerateAnswerInput {
  /** The member's question as asked. */
  question: string;
  /** The question rewritten to stand alone (what retrieval used). */
  standaloneQuery: string;
  /** Earlier turns of the conversation, oldest first. */
  history: ConversationTurn[];
  /** The retrieved passages; the model sees them numbered [1]..[n] in this order. */
  sources: Citation[];
  /** The asker's language (ISO 639-1). */
  language: string;
  /** The extractive answer: the fallback for every failure. */
  extractive: Answer;
  signal?: AbortSignal;
}

export interface AnswerGenerator {
  /** Always resolves: a generated answer, or `extractive` (with a notice when the model failed). */
  generate(input: GenerateAnswerInput): Promise<Answer>;
}

export interface AnswerGeneratorDeps {
  chatModel: BaseChatModel;
  /** The folder with answer.system.md and answer.user.md. */
  promptsDir: string;
  logger: Logger;
  /** Hard limit for the whole call, retries included. */
  timeoutMs: number;
}

/** The tag the system prompt asks for when the sources do not cover the question. */
export const notInSourcesTag = '[not-in-sources]';
const notInSourcesSource = String.raw`\[\s*not[\s_-]*in[\s_-]*(?:the[\s_-]*)?sources?\s*\]`;
const notInSourcesPattern = new RegExp(notInSourcesSource, 'iu');
const notInSourcesEverywhere = new RegExp(notInSourcesSource, 'giu');
const thinkingPattern = /<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>/giu;

export function messageText(message: AIMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  return content
    .map((part) =>
      typeof part === 'string' ? part : part.type === 'text' && typeof part.text === 'string' ? part.text : '',
    )
    .join('');
}

export function finishReasonOf(message: AIMessage): string | undefined {
  const reason = message.response_metadata?.finish_reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** True for a model that asks for streamed replies: those must end with a finish reason, or they were cut off. */
function isStreaming(chatModel: BaseChatModel): boolean {
  return (chatModel as unknown as { streaming?: unknown }).streaming === true;
}

function modelNameOf(chatModel: BaseChatModel): string | undefined {
  const model = (chatModel as unknown as { model?: unknown }).model;
  return typeof model === 'string' ? model : undefined;
}

function renumbered(sources: readonly Citation[]): Citation[] {
  return sources.map((source, index) => ({ ...source, n: index + 1 }));
}

/** What the module-level steps of a generation need from the generator. */
interface GenerationContext {
  logger: Logger;
  /** The chat model's name, for the log lines. */
  model: string | undefined;
}

/** Turns the model's text into an Answer, or returns the extractive answer when it fails the citation check. */
function finish(context: GenerationContext, input: GenerateAnswerInput, raw: string, started: number): Answer {
  const { logger, model } = context;
  if (/<think(?:ing)?>/iu.test(raw.replace(thinkingPattern, '')))
    throw new ModelOutputError('truncated', 'the reply ended inside a <think> block');
  const withoutThinking = unescapeModelText(raw.replace(thinkingPattern, '')).trim();
  const notInSources = notInSourcesPattern.test(withoutThinking);
  const text = withoutThinking.replace(notInSourcesEverywhere, ' ').trim();
  const checked = checkCitations(text, input.sources);
  const elapsedMs = Math.round(performance.now() - started);
  if (checked.text === '') throw new ModelOutputError('empty', 'the reply had no text besides tags and markers');
  if (!notInSources && checked.validMarkerCount === 0) {
    logger.warn(
      {
        event: 'model_fallback',
        reason: 'no_valid_citation',
        invalidNumbers: checked.invalidNumbers,
        model,
        elapsedMs,
      },
      'the generated answer cites no provided source; showing the extractive answer',
    );
    return input.extractive;
  }
  const claims = checkClaims(checked.text, checked.citations);
  if (claims.unsupportedNumbers.length > 0 || (claims.droppedSentences.length > 0 && !notInSources)) {
    const supported =
      claims.unsupportedNumbers.length === 0 ? checkCitations(claims.text, checked.citations) : undefined;
    if (supported === undefined || supported.validMarkerCount === 0) {
      logger.warn(
        {
          event: 'model_fallback',
          reason: 'unsupported_claim',
          unsupportedNumbers: claims.unsupportedNumbers,
          dropped: claims.droppedSentences.length,
          model,
          elapsedMs,
        },
        'the generated answer states something its cited sources do not hold; showing the extractive answer',
      );
      return input.extractive;
    }
    logger.info(
      { event: 'claims_dropped', dropped: claims.droppedSentences.length, model },
      'dropped sentences that state something without a citation',
    );
    return generatedAnswer(input, supported.text, supported.citations, true);
  }
  if (checked.invalidNumbers.length > 0) {
    logger.info(
      { event: 'citations_removed', invalidNumbers: checked.invalidNumbers, model },
      'removed citations to sources that were not provided',
    );
  }
  logger.debug(
    { event: 'answer_generated', model, elapsedMs, citations: checked.citations.length, grounded: !notInSources },
    'generated answer',
  );
  const citations = notInSources && checked.citations.length === 0 ? renumbered(input.sources) : checked.citations;
  return generatedAnswer(input, checked.text, citations, !notInSources);
}

function generatedAnswer(input: GenerateAnswerInput, text: string, citations: Citation[], grounded: boolean): Answer {
  return {
    text,
    citations,
    grounded,
    path: 'generated',
    language: input.language,
    notice: undefined,
    query: input.standaloneQuery,
  };
}

export function createAnswerGenerator(deps: AnswerGeneratorDeps): AnswerGenerator {
  const templates = loadPromptTemplates(deps.promptsDir, {
    system: promptSpecifications.answerSystem,
    user: promptSpecifications.answerUser,
  });
  const logger = deps.logger.child({ component: 'answer-generator' });
  const model = modelNameOf(deps.chatModel);
  const streaming = isStreaming(deps.chatModel);

  function fallBack(input: GenerateAnswerInput, fault: ModelFault, started: number): Answer {
    logger.warn(
      {
        event: 'model_fallback',
        reason: fault.reason,
        status: fault.status,
        detail: fault.detail,
        model,
        elapsedMs: Math.round(performance.now() - started),
      },
      'the generated answer failed; showing the extractive answer',
    );
    return { ...input.extractive, notice: fallbackNotice(fault.reason, input.language) };
  }

  function buildMessages(input: GenerateAnswerInput) {
    const user = templates.user.render({
      sources: renderSources(input.sources),
      conversation: renderConversation(input.history),
      question: escapeData(input.question.trim()),
      standaloneQuery: escapeData(input.standaloneQuery.trim()),
      languageName: languageName(input.language),
      sourceCount: String(input.sources.length),
    });
    return [new SystemMessage(templates.system.text), new HumanMessage(user)];
  }

  return {
    async generate(input) {
      const started = performance.now();
      if (input.sources.length === 0) {
        // Nothing to ground an answer in: the extractive "not in my sources" is the honest reply.
        logger.debug(
          { event: 'generation_skipped', reason: 'no_sources' },
          'no sources; showing the extractive answer',
        );
        return input.extractive;
      }
      try {
        const messages = buildMessages(input);
        const reply = await runWithDeadline((signal) => deps.chatModel.invoke(messages, { signal }), {
          timeoutMs: deps.timeoutMs,
          signal: input.signal,
        });
        const finishReason = finishReasonOf(reply);
        if (finishReason === undefined && streaming)
          throw new ModelOutputError('truncated', 'the stream ended without a finish reason');
        if (finishReason === 'length')
          throw new ModelOutputError('truncated', 'the reply was cut off (finish_reason "length")');
        if (finishReason === 'content_filter')
          throw new ModelOutputError('empty', 'the reply was withheld (finish_reason "content_filter")');
        const raw = messageText(reply);
        if (raw.trim() === '') throw new ModelOutputError('empty', 'the reply was empty');
        return finish({ logger, model }, input, raw, started);
      } catch (error) {
        return fallBack(input, classifyModelFault(error), started);
      }
    },
  };
}
