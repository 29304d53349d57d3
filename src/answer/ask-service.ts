/**
 * The question-answering pipeline: validate the question, rewrite a follow-up into a
 * standalone query, retrieve (hybrid), answer extractively, and — when a chat model is
 * configured — let it write the answer from the same numbered sources (falling back to
 * the extractive answer on any fault).
 */
import { badInput } from '../errors.js';
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { detectLanguage } from '../knowledge/detect-language.js';
import type { Logger } from '../logging/logger.js';
import type { HybridRetriever, RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { createExtractiveAnswerer, type ExtractiveDeps } from './extractive-answer.js';
import type { AnswerGenerator } from '../model/answer-generator.js';
import type { QueryRewriter } from '../model/query-rewriter.js';
import type { QuestionTranslator } from './question-translation.js';
import { withSourceLanguageNote } from './source-language.js';
import type { Answer, AskOptions, Citation } from './types.js';

export const maximumQuestionLength = 2_000;

// The model layer's ports (type-only: importing them loads nothing).
export type { AnswerGenerator, QueryRewriter };

export interface AskServiceDeps {
  retriever: HybridRetriever;
  /** 0..1 rarity of a term in the knowledge base (see LexicalIndex.rarity). */
  rarity?: ((key: string) => number) | undefined;
  glossary: Glossary | undefined;
  /** The aliases the articles state, learnt with the index. */
  aliases?: (() => AliasIndex) | undefined;
  /** The index's stored analysis of a passage (see ExtractiveDeps.storedPassage). */
  storedPassage?: ExtractiveDeps['storedPassage'];
  logger: Logger;
  generator?: AnswerGenerator | undefined;
  rewriter?: QueryRewriter | undefined;
  groundingThreshold?: number;
  /** False when query embeddings come from a remote model (retrieval then waits on the network). Default true. */
  retrievalIsLocal?: boolean;
  /** With a chat model: translates the question into the knowledge base's languages before retrieval. */
  translator?: QuestionTranslator | undefined;
  /** The languages the knowledge base holds (read per ask: the index may be rebuilt). */
  languages?: (() => string[]) | undefined;
  /**
   * Runs retrieval and the extractive answer elsewhere (the ask worker pool); when absent or when it
   * returns undefined (no worker ready yet), the step runs on this thread.
   */
  answerStep?: ((request: AnswerStepRequest) => Promise<AnswerStepResult> | undefined) | undefined;
}

/** Passages of several retrievals, each document once with its best fused score, best first. */
export function mergePassages(lists: RetrievedPassage[][], limit: number): RetrievedPassage[] {
  const best = new Map<number, RetrievedPassage>();
  for (const list of lists) {
    for (const passage of list) {
      const known = best.get(passage.document);
      if (!known || known.fused < passage.fused) best.set(passage.document, passage);
    }
  }
  return [...best.values()]
    .sort((left, right) => right.fused - left.fused || left.document - right.document)
    .slice(0, limit);
}

/** Checks a question; throws BAD_INPUT with a message that says what to do. */
export function validateQuestion(question: unknown): string {
  const text = typeof question === 'string' ? question.replace(/\s+/g, ' ').trim() : '';
  if (text === '') {
    throw badInput('The question is empty: ask something, e.g. "Who trains VFX artists in Samarkand?"', {
      details: { reason: 'EMPTY_QUESTION' },
    });
  }
  if (text.length > maximumQuestionLength) {
    throw badInput(
      `The question is ${text.length} characters long; ` +
        `keep it to ${maximumQuestionLength.toLocaleString('en-US')} characters or fewer (ask one thing at a time).`,
      { details: { reason: 'QUESTION_TOO_LONG', length: text.length, maximum: maximumQuestionLength } },
    );
  }
  return text;
}

/**
 * Runs CPU-bound steps one at a time, each after a turn of the event loop. Offline, an ask
 * is pure computation (retrieval and extraction, a few milliseconds); when many questions
 * arrive at once, running them back to back would hold the event loop and delay every
 * platform acknowledgement waiting behind them. Yielding before each lets pending network
 * work (acks, posts, new requests) through between asks, without losing throughput on a
 * single thread.
 */
function createCpuTurns() {
  let tail: Promise<unknown> = Promise.resolve();
  return function cpuTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(work);
    tail = turn.catch(() => undefined);
    return turn;
  };
}

/** The CPU-bound part of an ask: retrieval (with translations) and the extractive answer. */
export interface AnswerStepRequest {
  question: string;
  /** The standalone query (a follow-up rewritten). */
  query: string;
  translations: string[];
  /**
   * The question's language. Absent when nothing before the step needs it (no translator, no model): the step works
   * it out where it runs, so an ask worker takes the language detection off the thread that acknowledges requests.
   */
  language?: string | undefined;
}

export interface AnswerStepResult {
  passages: RetrievedPassage[];
  answer: Answer;
}

export async function retrieveAndExtract(
  parts: { retriever: HybridRetriever; extractive: ReturnType<typeof createExtractiveAnswerer> },
  request: AnswerStepRequest,
): Promise<AnswerStepResult> {
  const { question, query, translations } = request;
  const language = request.language ?? detectLanguage(question);
  const lists = [await parts.retriever.retrieve(query, { limit: 8 })];
  for (const translation of translations) lists.push(await parts.retriever.retrieve(translation, { limit: 8 }));
  const retrieved = lists.length === 1 ? (lists[0] as RetrievedPassage[]) : mergePassages(lists, 10);
  let extracted = parts.extractive(question, retrieved, { language, query });
  // The extractive fallback may find its sentence through a translation; it still answers in the asker's language.
  for (const translation of translations) {
    if (extracted.grounded) break;
    const textLanguage = detectLanguage(translation);
    const translated = parts.extractive(translation, retrieved, { language, query: translation, textLanguage });
    if (translated.grounded) extracted = { ...translated, query };
  }
  return { passages: retrieved, answer: extracted };
}

export function createAskService(deps: AskServiceDeps) {
  const extractive = createExtractiveAnswerer(
    { glossary: deps.glossary, rarity: deps.rarity, aliases: deps.aliases, storedPassage: deps.storedPassage },
    { groundingThreshold: deps.groundingThreshold },
  );
  // With a remote embedder, retrieval waits on the network: then asks run side by side.
  const cpuTurn = deps.retrievalIsLocal === false ? <T>(work: () => Promise<T>) => work() : createCpuTurns();
  return async function ask(rawQuestion: string, options: AskOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    const history = (options.history ?? []).filter((turn) => turn.text.trim() !== '').slice(-12);
    // Only translations and a model need the language before the answer step; otherwise the step detects it.
    const language = deps.translator || deps.generator ? detectLanguage(question) : undefined;
    let query = question;
    if (history.length > 0 && deps.rewriter) {
      try {
        query = validateQuestion(await deps.rewriter.rewrite(question, history));
      } catch (error) {
        deps.logger.warn({ err: error }, 'follow-up rewrite failed; using the question as it is');
      }
    }
    // With a model: the question in the knowledge base's other languages too (network; outside the CPU turn).
    const otherLanguages = deps.translator ? (deps.languages?.() ?? []).filter((code) => code !== language) : [];
    const translations =
      deps.translator && otherLanguages.length > 0
        ? [...(await deps.translator.translate(query, otherLanguages, options)).values()]
        : [];
    const request: AnswerStepRequest = { question, query, translations, language };
    // With an ask worker pool the step runs on another thread; otherwise here, one CPU turn at a time.
    const elsewhere = deps.answerStep?.(request);
    const { passages, answer } = elsewhere
      ? await elsewhere
      : await cpuTurn(() => retrieveAndExtract({ retriever: deps.retriever, extractive }, request));
    if (!deps.generator) return answer;
    // Detected above whenever there is a model (kept for the type).
    const spoken = language ?? detectLanguage(question);
    const sources = answer.grounded
      ? mergeSources(
          answer.citations,
          passages.slice(0, 5).map((passage) => passage.chunk),
        )
      : answer.citations;
    const generated = await deps.generator.generate({
      question,
      standaloneQuery: query,
      history,
      sources,
      language: spoken,
      extractive: answer,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // A model's answer from an article in another language says so too (an extractive fallback already does).
    return generated.path === 'generated' ? withSourceLanguageNote(generated, passages, spoken) : generated;
  };
}

/** The model sees the cited passages plus the next best ones, numbered after them. */
function mergeSources(
  cited: Citation[],
  chunks: {
    id: string;
    text: string;
    article: {
      id: string;
      title: string;
      outlet?: string | undefined;
      published?: string | undefined;
      url?: string | undefined;
    };
  }[],
): Citation[] {
  const sources = [...cited];
  const seen = new Set(cited.map((citation) => citation.chunkId));
  for (const chunk of chunks) {
    if (seen.has(chunk.id)) continue;
    seen.add(chunk.id);
    sources.push({
      n: sources.length + 1,
      articleId: chunk.article.id,
      title: chunk.article.title,
      outlet: chunk.article.outlet,
      published: chunk.article.published,
      url: chunk.article.url,
      quote: chunk.text,
      chunkId: chunk.id,
      score: 0,
    });
  }
  return sources;
}
