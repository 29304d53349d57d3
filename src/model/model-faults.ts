/**
 * What can go wrong when calling a model, in one place: a hard deadline around every call
 * (so nothing hangs even when a library ignores its abort signal), the retry policy the
 * clients use (bounded, honouring Retry-After, never retrying what cannot succeed), the
 * classification of a failure for the log line, and the short user-safe notices shown
 * with the extractive fallback, in the asker's language.
 */

export type ModelFaultReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'malformed_response'
  | 'truncated'
  | 'connection_failed'
  | 'rejected'
  | 'cancelled'
  | 'empty'
  | 'unknown';

export interface ModelFault {
  reason: ModelFaultReason;
  /** HTTP status when the server answered with one. */
  status?: number | undefined;
  /** Error name and message for the log, shortened and with anything key-like removed. */
  detail: string;
}

/** Thrown by `runWithDeadline` when the time is up. */
export class ModelDeadlineError extends Error {
  constructor(timeoutMs: number) {
    super(`the model did not answer within ${timeoutMs} ms`);
    this.name = 'ModelDeadlineError';
  }
}

/** Thrown by `runWithDeadline` when the caller's signal aborts. */
export class ModelCancelledError extends Error {
  constructor() {
    super('the caller cancelled the model call');
    this.name = 'ModelCancelledError';
  }
}

/** Thrown by the callers when the model's output is unusable (empty, cut off, not the expected shape). */
export class ModelOutputError extends Error {
  readonly reason: 'malformed_response' | 'truncated' | 'empty';
  constructor(reason: 'malformed_response' | 'truncated' | 'empty', message: string) {
    super(message);
    this.name = 'ModelOutputError';
    this.reason = reason;
  }
}

/**
 * Runs `work` with an AbortSignal that fires after `timeoutMs` or when `signal` aborts, and
 * settles at that moment whether or not `work` honours the signal.
 */
export async function runWithDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  options: { timeoutMs: number; signal?: AbortSignal | undefined },
): Promise<T> {
  const controller = new AbortController();
  if (options.signal?.aborted) throw new ModelCancelledError();
  let rejectEarly: (error: Error) => void = () => {};
  const early = new Promise<never>((_resolve, reject) => {
    rejectEarly = reject;
  });
  const timer = setTimeout(() => {
    const error = new ModelDeadlineError(options.timeoutMs);
    controller.abort(error);
    rejectEarly(error);
  }, options.timeoutMs);
  const onCancel = () => {
    const error = new ModelCancelledError();
    controller.abort(error);
    rejectEarly(error);
  };
  options.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    const running = work(controller.signal);
    // If the deadline wins, the work may still reject later: that is expected and handled.
    running.catch(() => {});
    return await Promise.race([running, early]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    chain.push(current);
    current = typeof current === 'object' && 'cause' in current ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function statusOf(error: unknown): number | undefined {
  const direct = field(error, 'status');
  if (typeof direct === 'number') return direct;
  const response = field(error, 'response');
  const nested = field(response, 'status');
  return typeof nested === 'number' ? nested : undefined;
}

function nameOf(error: unknown): string {
  const name = field(error, 'name');
  const constructorName = typeof error === 'object' && error !== null ? error.constructor?.name : undefined;
  return typeof name === 'string' && name !== 'Error' ? name : (constructorName ?? 'Error');
}

function messageOf(error: unknown): string {
  const message = field(error, 'message');
  return typeof message === 'string' ? message : String(error);
}

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
/** Failures that another attempt right away cannot fix: nothing listens, or the name does not resolve. */
const definitiveConnectionCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

function connectionCode(error: unknown): string | undefined {
  for (const link of causes(error)) {
    const code = field(link, 'code');
    if (typeof code === 'string' && connectionCodes.has(code)) return code;
  }
  return undefined;
}

function isMalformed(error: unknown): boolean {
  return causes(error).some(
    (link) =>
      link instanceof SyntaxError ||
      /could not parse|unexpected (end|token)|is not valid json|json at position/i.test(messageOf(link)),
  );
}

/** Removes anything that looks like a secret from a message meant for the logs. */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\b(sk|pk|rk)-[A-Za-z0-9_*-]{6,}/g, '$1-[hidden]')
    .replace(/(bearer\s+)[^\s"']+/gi, '$1[hidden]')
    .replace(/(api[_-]?key["'=:\s]+)[^\s"',}]+/gi, '$1[hidden]')
    .replace(/\/\/[^/\s:@]+:[^/\s@]+@/g, '//[hidden]@');
}

function describe(error: unknown): string {
  return scrubSecrets(`${nameOf(error)}: ${messageOf(error)}`).slice(0, 300);
}

export function classifyModelFault(error: unknown): ModelFault {
  const detail = describe(error);
  if (error instanceof ModelDeadlineError) return { reason: 'timeout', detail };
  if (error instanceof ModelCancelledError) return { reason: 'cancelled', detail };
  if (error instanceof ModelOutputError) return { reason: error.reason, detail };
  const status = statusOf(error);
  if (status === 429) return { reason: 'rate_limited', status, detail };
  if (status !== undefined && (status >= 500 || status === 408)) return { reason: 'server_error', status, detail };
  if (status !== undefined && status >= 400) return { reason: 'rejected', status, detail };
  const name = nameOf(error);
  if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError') return { reason: 'timeout', detail };
  if (name === 'AbortError' || name === 'APIUserAbortError') return { reason: 'cancelled', detail };
  if (isMalformed(error)) return { reason: 'malformed_response', detail };
  if (
    connectionCode(error) !== undefined ||
    name === 'APIConnectionError' ||
    /terminated|socket|fetch failed|connection/i.test(messageOf(error))
  ) {
    return { reason: 'connection_failed', detail };
  }
  return { reason: 'unknown', detail };
}

/** Milliseconds a 429 asks to wait (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), if it says. */
export function retryAfterMilliseconds(error: unknown): number | undefined {
  const headers = field(error, 'headers') ?? field(field(error, 'response'), 'headers');
  const read = (name: string): string | undefined => {
    if (headers === undefined || headers === null) return undefined;
    const getter = field(headers, 'get');
    if (typeof getter === 'function')
      return (getter as (key: string) => string | null).call(headers, name) ?? undefined;
    const value = field(headers, name);
    return typeof value === 'string' ? value : undefined;
  };
  const milliseconds = Number(read('retry-after-ms'));
  if (read('retry-after-ms') !== undefined && Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const header = read('retry-after')?.trim();
  if (header === undefined || header === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const noRetryStatuses = new Set([400, 401, 402, 403, 404, 405, 406, 407, 409, 410, 413, 415, 422]);

/**
 * The retry policy for LangChain's AsyncCaller (`onFailedAttempt`): throwing stops the
 * retries, returning lets the next attempt run after max(backoff, `error.retryAfterMs`).
 * Malformed output, refused connections, client errors, quota exhaustion and a Retry-After
 * longer than `maximumRetryAfterMs` stop at once; timeouts, resets, 5xx and 429 retry.
 */
export function createModelRetryPolicy(options: { maximumRetryAfterMs: number }): (error: unknown) => void {
  return (error: unknown) => {
    const name = nameOf(error);
    const message = messageOf(error);
    if (
      name === 'AbortError' ||
      name === 'APIUserAbortError' ||
      message.startsWith('Cancel') ||
      message.startsWith('AbortError')
    )
      throw error;
    if (error instanceof ModelDeadlineError || error instanceof ModelCancelledError) throw error;
    if (isMalformed(error)) throw error;
    const status = statusOf(error);
    if (status === 429) {
      const code = field(error, 'code') ?? field(field(error, 'error'), 'code');
      if (code === 'insufficient_quota') throw error;
      const wait = retryAfterMilliseconds(error);
      if (wait !== undefined) {
        if (wait > options.maximumRetryAfterMs) throw error;
        (error as { retryAfterMs?: number }).retryAfterMs = wait;
      }
      return;
    }
    if (status !== undefined && noRetryStatuses.has(status)) throw error;
    const code = connectionCode(error);
    if (code !== undefined && definitiveConnectionCodes.has(code)) throw error;
  };
}

type NoticeKey = 'timeout' | 'busy' | 'unavailable' | 'unusable' | 'cancelled';

const notices: Record<string, Record<NoticeKey, string>> = {
  en: {
    timeout: 'The language model did not answer in time; showing the answer straight from the sources.',
    busy: 'The language model is busy right now; showing the answer straight from the sources.',
    unavailable: 'The language model is unavailable right now; showing the answer straight from the sources.',
    unusable: 'The language model gave an unusable answer; showing the answer straight from the sources.',
    cancelled: 'The generated answer was cancelled; showing the answer straight from the sources.',
  },
  ko: {
    timeout: '언어 모델이 제시간에 답하지 않아 출처에서 바로 뽑은 답변을 보여 드립니다.',
    busy: '언어 모델이 지금 사용량이 많아 출처에서 바로 뽑은 답변을 보여 드립니다.',
    unavailable: '언어 모델을 지금 사용할 수 없어 출처에서 바로 뽑은 답변을 보여 드립니다.',
    unusable: '언어 모델의 답변을 쓸 수 없어 출처에서 바로 뽑은 답변을 보여 드립니다.',
    cancelled: '생성 답변이 취소되어 출처에서 바로 뽑은 답변을 보여 드립니다.',
  },
  vi: {
    timeout: 'Mô hình ngôn ngữ không trả lời kịp; đây là câu trả lời lấy trực tiếp từ nguồn.',
    busy: 'Mô hình ngôn ngữ đang quá tải; đây là câu trả lời lấy trực tiếp từ nguồn.',
    unavailable: 'Mô hình ngôn ngữ hiện không khả dụng; đây là câu trả lời lấy trực tiếp từ nguồn.',
    unusable: 'Mô hình ngôn ngữ trả lời không dùng được; đây là câu trả lời lấy trực tiếp từ nguồn.',
    cancelled: 'Câu trả lời do mô hình tạo đã bị hủy; đây là câu trả lời lấy trực tiếp từ nguồn.',
  },
  ja: {
    timeout: '言語モデルが時間内に応答しなかったため、出典から直接抜き出した回答を表示します。',
    busy: '言語モデルが混み合っているため、出典から直接抜き出した回答を表示します。',
    unavailable: '言語モデルが現在利用できないため、出典から直接抜き出した回答を表示します。',
    unusable: '言語モデルの回答が使えなかったため、出典から直接抜き出した回答を表示します。',
    cancelled: '生成された回答が取り消されたため、出典から直接抜き出した回答を表示します。',
  },
  ru: {
    timeout: 'Языковая модель не ответила вовремя; показываем ответ, взятый прямо из источников.',
    busy: 'Языковая модель сейчас перегружена; показываем ответ, взятый прямо из источников.',
    unavailable: 'Языковая модель сейчас недоступна; показываем ответ, взятый прямо из источников.',
    unusable: 'Языковая модель дала непригодный ответ; показываем ответ, взятый прямо из источников.',
    cancelled: 'Генерация ответа отменена; показываем ответ, взятый прямо из источников.',
  },
  uz: {
    timeout: 'Til modeli oʻz vaqtida javob bermadi; javob toʻgʻridan-toʻgʻri manbalardan olindi.',
    busy: 'Til modeli hozir band; javob toʻgʻridan-toʻgʻri manbalardan olindi.',
    unavailable: 'Til modeli hozir ishlamayapti; javob toʻgʻridan-toʻgʻri manbalardan olindi.',
    unusable: 'Til modeli yaroqsiz javob berdi; javob toʻgʻridan-toʻgʻri manbalardan olindi.',
    cancelled: 'Model javobi bekor qilindi; javob toʻgʻridan-toʻgʻri manbalardan olindi.',
  },
};

function noticeKey(reason: ModelFaultReason): NoticeKey {
  switch (reason) {
    case 'timeout':
      return 'timeout';
    case 'rate_limited':
      return 'busy';
    case 'malformed_response':
    case 'truncated':
    case 'empty':
      return 'unusable';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'unavailable';
  }
}

/** The short note shown with the extractive fallback, in the asker's language (English otherwise). */
export function fallbackNotice(reason: ModelFaultReason, language: string): string {
  const table = notices[language] ?? notices.en;
  return (table ?? (notices.en as Record<NoticeKey, string>))[noticeKey(reason)];
}
