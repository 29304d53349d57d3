/**
 * Core configuration: one zod schema, read once by each adapter's wiring file
 * from a plain object (it passes its environment to `loadConfig`); the core never reads the environment itself.
 */
import path from 'node:path';
import { z } from 'zod';
import { configError } from '../errors.js';
import { communityPattern, defaultCommunity } from '../store/store-types.js';
import { type Environment, optionalText, parseEnvironment } from './environment-loader.js';
import { addressListSchema, feedsCronSchema } from './web-settings.js';

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Whether `text` is a postgres:// (or postgresql://) URL with a host. */
function isPostgresUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Whether `text` is a redis:// (or rediss://) URL with a host. */
function isRedisUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A database URL safe to print or log: the password (and any password parameter) replaced by ***. */
export function redactDatabaseUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password !== '') url.password = '***';
    for (const name of [...url.searchParams.keys()]) {
      if (/pass|secret|key|token/i.test(name)) url.searchParams.set(name, '***');
    }
    return url.toString();
  } catch {
    return '(not a URL)';
  }
}

export const environmentSchema = z.object({
  MATCHCUT_DATA_DIR: optionalText,
  MATCHCUT_KNOWLEDGE_DIR: optionalText,
  MATCHCUT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional()),
  MATCHCUT_CHAT_MODEL: optionalText,
  MATCHCUT_EMBEDDING_MODEL: optionalText,
  MATCHCUT_MODEL_TIMEOUT_MS: positiveInteger(20_000),
  MATCHCUT_MODEL_MAX_RETRIES: z.coerce.number().int().min(0).max(6).default(2),
  MATCHCUT_DIGEST_CRON: optionalText,
  MATCHCUT_DIGEST_CHANNEL: optionalText,
  MATCHCUT_DIGEST_SIZE: positiveInteger(8),
  MATCHCUT_HEALTH_PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number such as 8080')
      .transform(Number)
      .pipe(z.number().max(65_535, 'must be a port number between 0 and 65535'))
      .optional(),
  ),
  MATCHCUT_ALLOW_PRIVATE_URLS: addressListSchema,
  MATCHCUT_FEEDS_CRON: feedsCronSchema,
  MATCHCUT_QUESTION_LOG: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  MATCHCUT_QUESTION_RETENTION_DAYS: positiveInteger(90),
  MATCHCUT_QUESTION_LOG_MEMBERS: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('0'),
  MATCHCUT_COMMUNITY: optionalText.pipe(
    z
      .string()
      .regex(communityPattern, "must be letters, digits, '.', '_' or '-' (at most 64, a letter or digit first)")
      .optional(),
  ),
  // The message never repeats the value: the URL may hold a password.
  MATCHCUT_DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine(isPostgresUrl, {
        message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/matchcut',
      })
      .optional(),
  ),
  // How long a replica's claim on an event or a scheduled run lasts before another may take it over.
  MATCHCUT_EVENT_LEASE_MS: positiveInteger(10_000),
  MATCHCUT_REDIS_URL: optionalText.pipe(
    z.string().refine(isRedisUrl, { message: 'must be a Redis URL such as redis://127.0.0.1:6379' }).optional(),
  ),
  // Questions one member may ask per window ("20/60s", "100/1h"; "off": no limit).
  MATCHCUT_MEMBER_RATE_LIMIT: optionalText.pipe(
    z
      .string()
      .refine((value) => parseMemberRateLimit(value) !== 'invalid', {
        message: 'must be questions per window such as 20/60s, 100/1h or off',
      })
      .optional(),
  ),
});

/** How many questions one member may ask in a window (per community, across replicas). */
export interface MemberRateLimit {
  limit: number;
  windowMs: number;
}

/** The default of MATCHCUT_MEMBER_RATE_LIMIT: 20 questions a minute. */
export const defaultMemberRateLimit: MemberRateLimit = { limit: 20, windowMs: 60_000 };

const windowUnits: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000 };

/** "20/60s" → 20 per 60 000 ms; "off" → undefined (no limit); anything else → "invalid". */
export function parseMemberRateLimit(value: string): MemberRateLimit | undefined | 'invalid' {
  const text = value.trim().toLowerCase();
  if (text === 'off') return undefined;
  const match = /^(\d{1,6})\s*\/\s*(\d{1,6})?\s*(s|m|h)$/u.exec(text);
  if (match === null) return 'invalid';
  const limit = Number(match[1]);
  const windowMs = Number(match[2] ?? '1') * (windowUnits[match[3] ?? 's'] ?? 1_000);
  if (limit < 1 || windowMs < 1_000 || windowMs > 86_400_000) return 'invalid';
  return { limit, windowMs };
}

export interface ModelConfig {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  /** Chat model name; undefined means extractive answers only. */
  chatModel: string | undefined;
  /** Embedding model name; undefined means the offline embedder. */
  embeddingModel: string | undefined;
  timeoutMs: number;
  maxRetries: number;
}

export interface CoreConfig {
  /** Index, manifest and SQLite live here. */
  dataDir: string;
  /** articles/, profiles.yaml, glossary.yaml */
  knowledgeDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  model: ModelConfig;
  digest: { cron: string | undefined; channel: string | undefined; size: number };
  /** Where bots serve /live, /health and /ready (MATCHCUT_HEALTH_PORT); undefined: not served. */
  healthPort: number | undefined;
  /** Fetching pages and feeds (src/knowledge/web); absent: no private address is allowed, no feed schedule. */
  web?: WebConfig | undefined;
  /** The question log (src/operations/question-log.ts); absent: on, 90 days, members hashed. */
  questionLog?: QuestionLogConfig | undefined;
  /** Where shared state lives (src/store/open-configured-store.ts); absent: SQLite, community "default". */
  store?: StoreConfig | undefined;
  /** MATCHCUT_MEMBER_RATE_LIMIT: questions per member per window (undefined: no limit); absent: the default. */
  memberRateLimit?: MemberRateLimit | undefined;
}

export interface StoreConfig {
  /** MATCHCUT_COMMUNITY: whose rows this process reads and writes (default "default"). */
  community: string;
  /** MATCHCUT_DATABASE_URL: PostgreSQL instead of the SQLite file in the data directory; a secret. */
  databaseUrl: string | undefined;
  /** MATCHCUT_EVENT_LEASE_MS: how long an event or scheduled-run claim lasts unrenewed (default 10 s). */
  eventLeaseMs?: number | undefined;
  /** MATCHCUT_REDIS_URL: event claims go to Redis first (SET NX PX); a secret. */
  redisUrl?: string | undefined;
}

export interface QuestionLogConfig {
  /** MATCHCUT_QUESTION_LOG=on|off: whether questions are logged. */
  enabled: boolean;
  /** MATCHCUT_QUESTION_RETENTION_DAYS: rows older than this are deleted at start and daily. */
  retentionDays: number;
  /** MATCHCUT_QUESTION_LOG_MEMBERS=1: store member ids as they are instead of a salted hash. */
  storeMemberIds: boolean;
}

export interface WebConfig {
  /** MATCHCUT_ALLOW_PRIVATE_URLS: private addresses or CIDRs the fetcher may reach (tests, intranets). */
  allowPrivateAddresses: string[];
  /** MATCHCUT_FEEDS_CRON: when a running bot syncs the feeds; undefined: never by itself. */
  feedsCron: string | undefined;
}

export interface LoadConfigOptions {
  /** Working directory the default data dir is relative to. */
  cwd: string;
  /** Where the shipped knowledge/ folder is (the package root's knowledge/). */
  defaultKnowledgeDir: string;
}

/** Reads the core settings from a plain environment object; throws MatchcutError('CONFIG') naming the variable. */
export function loadConfig(environment: Environment, options: LoadConfigOptions): CoreConfig {
  const env = parseEnvironment(
    environmentSchema,
    environment,
    (variable, message) => `${variable}: ${message}. Fix or unset ${variable}.`,
  );
  const model: ModelConfig = {
    apiKey: env.OPENAI_API_KEY,
    baseUrl: env.OPENAI_BASE_URL,
    chatModel: env.MATCHCUT_CHAT_MODEL,
    embeddingModel: env.MATCHCUT_EMBEDDING_MODEL,
    timeoutMs: env.MATCHCUT_MODEL_TIMEOUT_MS,
    maxRetries: env.MATCHCUT_MODEL_MAX_RETRIES,
  };
  // A key or base URL alone switches on the default chat model, as the README says.
  if ((model.apiKey !== undefined || model.baseUrl !== undefined) && model.chatModel === undefined) {
    model.chatModel = 'gpt-4o-mini';
  }
  if (
    (model.chatModel !== undefined || model.embeddingModel !== undefined) &&
    model.apiKey === undefined &&
    model.baseUrl === undefined
  ) {
    const variable = model.chatModel !== undefined ? 'MATCHCUT_CHAT_MODEL' : 'MATCHCUT_EMBEDDING_MODEL';
    throw configError(
      `${variable} is set but neither OPENAI_API_KEY nor OPENAI_BASE_URL is: set OPENAI_API_KEY (OpenAI) ` +
        `or OPENAI_BASE_URL (a local server such as Ollama), or unset ${variable} to stay offline.`,
    );
  }
  if (env.MATCHCUT_DIGEST_CRON !== undefined && env.MATCHCUT_DIGEST_CHANNEL === undefined) {
    throw configError(
      'MATCHCUT_DIGEST_CRON is set but MATCHCUT_DIGEST_CHANNEL is not: ' +
        'set the channel the scheduled digest goes to, or unset MATCHCUT_DIGEST_CRON.',
    );
  }
  return {
    dataDir: path.resolve(options.cwd, env.MATCHCUT_DATA_DIR ?? '.matchcut'),
    knowledgeDir: path.resolve(options.cwd, env.MATCHCUT_KNOWLEDGE_DIR ?? options.defaultKnowledgeDir),
    logLevel: env.MATCHCUT_LOG_LEVEL ?? 'info',
    model,
    digest: { cron: env.MATCHCUT_DIGEST_CRON, channel: env.MATCHCUT_DIGEST_CHANNEL, size: env.MATCHCUT_DIGEST_SIZE },
    healthPort: env.MATCHCUT_HEALTH_PORT,
    web: { allowPrivateAddresses: env.MATCHCUT_ALLOW_PRIVATE_URLS, feedsCron: env.MATCHCUT_FEEDS_CRON },
    questionLog: {
      enabled: env.MATCHCUT_QUESTION_LOG === 'on',
      retentionDays: env.MATCHCUT_QUESTION_RETENTION_DAYS,
      storeMemberIds: env.MATCHCUT_QUESTION_LOG_MEMBERS === '1',
    },
    store: {
      community: env.MATCHCUT_COMMUNITY ?? defaultCommunity,
      databaseUrl: env.MATCHCUT_DATABASE_URL,
      eventLeaseMs: env.MATCHCUT_EVENT_LEASE_MS,
      redisUrl: env.MATCHCUT_REDIS_URL,
    },
    memberRateLimit:
      env.MATCHCUT_MEMBER_RATE_LIMIT === undefined
        ? defaultMemberRateLimit
        : (parseMemberRateLimit(env.MATCHCUT_MEMBER_RATE_LIMIT) as MemberRateLimit | undefined),
  };
}

/** What `matchcut doctor` prints: never the key itself, nor the database password. */
export function describeConfig(config: CoreConfig): Record<string, string> {
  const databaseUrl = config.store?.databaseUrl;
  return {
    dataDir: config.dataDir,
    store:
      databaseUrl === undefined
        ? `SQLite ${path.join(config.dataDir, 'matchcut.sqlite')}`
        : `PostgreSQL ${redactDatabaseUrl(databaseUrl)}`,
    community: config.store?.community ?? defaultCommunity,
    eventClaims:
      (config.store?.redisUrl === undefined ? '' : `Redis ${redactDatabaseUrl(config.store.redisUrl)} first, `) +
      `lease ${config.store?.eventLeaseMs ?? 10_000} ms`,
    memberRateLimit:
      config.memberRateLimit === undefined
        ? 'off'
        : `${config.memberRateLimit.limit} questions per ${config.memberRateLimit.windowMs / 1_000} s per member`,
    knowledgeDir: config.knowledgeDir,
    answers: config.model.chatModel
      ? `generated by ${config.model.chatModel} (extractive fallback)`
      : 'extractive (offline)',
    embeddings: config.model.embeddingModel
      ? `${config.model.embeddingModel} (OpenAI-compatible)`
      : 'offline hashed n-gram embedder',
    endpoint: config.model.baseUrl ?? (config.model.apiKey ? 'https://api.openai.com/v1' : 'none'),
    apiKey: config.model.apiKey ? 'set (hidden)' : 'not set',
    digestSchedule: config.digest.cron ? `${config.digest.cron} → ${config.digest.channel}` : 'off',
    feedSync: config.web?.feedsCron ?? 'off',
    questionLog:
      config.questionLog?.enabled === false
        ? 'off'
        : `on, kept ${config.questionLog?.retentionDays ?? 90} days, members ` +
          (config.questionLog?.storeMemberIds === true ? 'as ids' : 'as salted hashes'),
  };
}
