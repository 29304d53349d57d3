/**
 * One error family for the whole core. Every error has a stable `code` that the
 * adapters map to a reply, a `userMessage` that is safe to show to a member, and
 * an internal `message` (with details) that is only logged.
 */
export const errorCodes = [
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFIG',
  'KNOWLEDGE',
  'UPSTREAM',
  'FORBIDDEN',
  /** Too many questions at once: the member may try again in a moment. */
  'BUSY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface MatchcutErrorOptions {
  /** Text safe to show a user; defaults to the internal message. */
  userMessage?: string;
  cause?: unknown;
  /** Extra structured details for logs (never secrets). */
  details?: Record<string, unknown>;
}

export class MatchcutError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: MatchcutErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MatchcutError';
    this.code = code;
    this.userMessage = options.userMessage ?? message;
    this.details = options.details;
  }
}

export function isMatchcutError(value: unknown): value is MatchcutError {
  return value instanceof MatchcutError;
}

export const badInput = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('BAD_INPUT', message, options);
export const notFound = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('NOT_FOUND', message, options);
export const forbidden = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('FORBIDDEN', message, options);
export const configError = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('CONFIG', message, options);
export const knowledgeError = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('KNOWLEDGE', message, options);
export const busy = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('BUSY', message, {
    userMessage: 'Busy: many questions are being answered right now. Please try again in a moment.',
    ...options,
  });
export const upstreamError = (message: string, options?: MatchcutErrorOptions) =>
  new MatchcutError('UPSTREAM', message, options);

/** Turns anything thrown into a MatchcutError without leaking internals to users. */
export function toMatchcutError(value: unknown): MatchcutError {
  if (value instanceof MatchcutError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new MatchcutError('INTERNAL', message, {
    userMessage: 'Something went wrong on our side; the organizers can find the details in the logs.',
    cause: value,
  });
}
