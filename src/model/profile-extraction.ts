/**
 * Organization profiles proposed by the model from an article, for matchmaking. The model
 * is asked through `withStructuredOutput` (function calling) with a zod schema; whatever it
 * returns is validated again here, profile by profile, with a stricter zod schema and a
 * check that the supporting quote really occurs in the article. A profile that fails is
 * rejected with the reason, never returned half-valid.
 */
import path from 'node:path';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { upstreamError } from '../errors.js';
import { findPackageRoot } from '../package-root.js';
import { describeZodIssue } from '../knowledge/problems.js';
import type { Logger } from '../logging/logger.js';
import type { ProfileInput } from '../matchmaking/profile-schema.js';
import { organizationKinds } from '../matchmaking/types.js';
import { messageText } from './answer-generator.js';
import { classifyModelFault, runWithDeadline } from './model-faults.js';
import { loadPromptTemplates, promptSpecifications } from './prompt-files.js';
import { escapeAttribute, escapeData } from './source-framing.js';

/** What the model is asked to return (sent as the function's JSON schema). */
export const extractionOutputSchema = z.object({
  profiles: z
    .array(
      z.object({
        name: z.string().describe('The organization name as the article writes it'),
        kind: z.enum(organizationKinds).describe('What kind of organization it is'),
        country: z.string().nullable().describe('Country it is based in or active in, or null'),
        city: z.string().nullable().describe('City, or null'),
        offers: z.array(z.string()).describe('What it offers partners, short phrases'),
        needs: z.array(z.string()).describe('What it is looking for, short phrases'),
        languages: z.array(z.string()).describe('Working languages, e.g. "Korean"'),
        quote: z.string().describe('One sentence copied exactly from the article that supports this profile'),
      }),
    )
    .describe('Every organization the article describes'),
});

const text = (maximum: number) =>
  z.string().trim().min(1, 'must not be empty').max(maximum, `must be at most ${maximum} characters`);
const optionalPlace = z
  .string()
  .trim()
  .max(100, 'must be at most 100 characters')
  .nullable()
  .optional()
  .transform((value) => (value === null || value === undefined || value === '' ? undefined : value));

/** The check every proposed profile must pass. */
export const extractedProfileSchema = z.object({
  name: text(200),
  kind: z.enum(organizationKinds, { message: `must be one of ${organizationKinds.join(', ')}` }),
  country: optionalPlace,
  city: optionalPlace,
  offers: z.array(text(300)).max(50, 'must list at most 50 offers'),
  needs: z.array(text(300)).max(50, 'must list at most 50 needs'),
  languages: z.array(text(40)).max(20, 'must list at most 20 languages'),
  quote: text(2_000),
});

export type ExtractedProfile = z.output<typeof extractedProfileSchema> & {
  /** The article the profile came from. */
  articleId: string;
};

export interface ExtractionRejection {
  /** Position of the profile in the model's output; -1 when the output as a whole was unusable. */
  index: number;
  reason: string;
}

export interface ExtractionResult {
  profiles: ExtractedProfile[];
  rejected: ExtractionRejection[];
}

export interface ExtractProfilesInput {
  chatModel: BaseChatModel;
  article: { id: string; title: string; text: string };
  logger: Logger;
  /** Where extract-profiles.*.md live (default: prompts/ next to src/). */
  promptsDir?: string;
  /** Hard limit for the call, retries included (default 60 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The prompts/ folder shipped next to src/. */
export const defaultPromptsDir = path.join(findPackageRoot(import.meta.url), 'prompts');
const maximumArticleCharacters = 24_000;
const functionName = 'organization_profiles';

/** Whitespace, quote marks and dashes made uniform, so a faithful quote matches the article. */
export function normalizeForQuote(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[‘’‚‛ʼ`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` (trimmed of wrapping quotes and trailing ellipses) occurs in `article`. */
export function quoteOccursIn(quote: string, article: string): boolean {
  const needle = normalizeForQuote(quote)
    .replace(/^["']+|["']+$/g, '')
    .replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/g, '')
    .trim();
  if (needle.length < 12) return false;
  return normalizeForQuote(article).includes(needle);
}

function stripCodeFence(value: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/iu.exec(value);
  return (fenced?.[1] ?? value).trim();
}

/** The raw structured output: the function call's arguments, or JSON written in the content. */
function rawOutput(message: AIMessage): { value?: unknown; problem?: string } {
  const call = message.tool_calls?.find((entry) => entry.name === functionName) ?? message.tool_calls?.[0];
  if (call) return { value: call.args };
  const invalid = message.invalid_tool_calls?.[0];
  if (invalid)
    return { problem: `the model's function arguments are not valid JSON (${invalid.error ?? 'unparseable'})` };
  const content = stripCodeFence(messageText(message));
  if (content === '') return { problem: 'the model returned neither a function call nor JSON' };
  try {
    return { value: JSON.parse(content) };
  } catch {
    return { problem: 'the model returned text that is not JSON' };
  }
}

/** Checks the model's output profile by profile. Exported for tests and for outputs obtained elsewhere. */
export function validateExtraction(output: unknown, article: { id: string; text: string }): ExtractionResult {
  const profiles: ExtractedProfile[] = [];
  const rejected: ExtractionRejection[] = [];
  const list = Array.isArray(output) ? output : (output as { profiles?: unknown } | null | undefined)?.profiles;
  if (!Array.isArray(list)) {
    return { profiles, rejected: [{ index: -1, reason: 'profiles: expected a list of profiles' }] };
  }
  const names = new Map<string, number>();
  for (const [index, candidate] of list.entries()) {
    const parsed = extractedProfileSchema.safeParse(candidate);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .slice(0, 3)
        .map((issue) => {
          const { field, message } = describeZodIssue(issue);
          return `${field}: ${message}`;
        })
        .join('; ');
      rejected.push({ index, reason });
      continue;
    }
    if (!quoteOccursIn(parsed.data.quote, article.text)) {
      rejected.push({
        index,
        reason: `quote: does not occur in article ${article.id} ("${parsed.data.quote.slice(0, 80)}")`,
      });
      continue;
    }
    const key = normalizeForQuote(parsed.data.name).toLowerCase();
    const earlier = names.get(key);
    if (earlier !== undefined) {
      rejected.push({ index, reason: `name: duplicates profile ${earlier} (${parsed.data.name})` });
      continue;
    }
    names.set(key, index);
    profiles.push({ ...parsed.data, articleId: article.id });
  }
  return { profiles, rejected };
}

/** A proposed profile as input for the profile store (origin "proposed"), with its source quote. */
export function extractedProfileToInput(profile: ExtractedProfile): ProfileInput {
  return {
    name: profile.name,
    kind: profile.kind,
    country: profile.country,
    city: profile.city,
    languages: profile.languages,
    offers: profile.offers,
    needs: profile.needs,
    sources: [{ articleId: profile.articleId, quote: profile.quote }],
  };
}

/**
 * Asks the model for the organizations an article describes. Resolves with the valid
 * profiles and the rejected ones (with reasons); throws MatchcutError('UPSTREAM') when the
 * model cannot be reached or does not answer in time.
 */
export async function extractProfiles(input: ExtractProfilesInput): Promise<ExtractionResult> {
  const logger = input.logger.child({ component: 'profile-extraction', articleId: input.article.id });
  const templates = loadPromptTemplates(input.promptsDir ?? defaultPromptsDir, {
    system: promptSpecifications.extractProfilesSystem,
    user: promptSpecifications.extractProfilesUser,
  });
  const articleText =
    input.article.text.length > maximumArticleCharacters
      ? `${input.article.text.slice(0, maximumArticleCharacters)}…`
      : input.article.text;
  const messages = [
    new SystemMessage(templates.system.render({ kinds: organizationKinds.join(', ') })),
    new HumanMessage(
      templates.user.render({
        articleId: escapeAttribute(input.article.id),
        title: escapeAttribute(input.article.title),
        article: escapeData(articleText),
      }),
    ),
  ];
  const structured = input.chatModel.withStructuredOutput(extractionOutputSchema, {
    name: functionName,
    method: 'functionCalling',
    includeRaw: true,
  });
  const started = performance.now();
  let raw: AIMessage;
  try {
    const result = await runWithDeadline((signal) => structured.invoke(messages, { signal }), {
      timeoutMs: input.timeoutMs ?? 60_000,
      signal: input.signal,
    });
    raw = result.raw as AIMessage;
  } catch (error) {
    const fault = classifyModelFault(error);
    logger.warn(
      {
        event: 'extraction_failed',
        reason: fault.reason,
        status: fault.status,
        detail: fault.detail,
        elapsedMs: Math.round(performance.now() - started),
      },
      'profile extraction failed',
    );
    throw upstreamError(`profile extraction for ${input.article.id} failed: ${fault.reason} (${fault.detail})`, {
      userMessage:
        'The language model could not propose profiles right now; try again later, or add the profiles by hand.',
      cause: error,
      details: { reason: fault.reason, status: fault.status },
    });
  }
  const { value, problem } = rawOutput(raw);
  const result =
    problem !== undefined
      ? { profiles: [], rejected: [{ index: -1, reason: problem }] }
      : validateExtraction(value, input.article);
  logger.info(
    {
      event: 'profiles_extracted',
      accepted: result.profiles.length,
      rejected: result.rejected.length,
      elapsedMs: Math.round(performance.now() - started),
    },
    'extracted organization profiles',
  );
  return result;
}
