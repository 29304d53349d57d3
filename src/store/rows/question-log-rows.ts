/**
 * Logged questions from their rows as both backends read them (SQLite stores `grounded` as 0/1,
 * PostgreSQL as a boolean), and the rating votes give a question.
 */
import { z } from 'zod';
import {
  type AnswerRating,
  answerRatings,
  askPlatforms,
  type LoggedQuestion,
} from '../../operations/question-log-types.js';
import { parsedRow } from './parsed-row.js';

/** The store_meta key of the community's salt for member hashes. */
export const questionLogSaltKey = 'question_log_member_salt';

const rowSchema = z.object({
  id: z.string(),
  asked_at: z.string(),
  question: z.string(),
  language: z.string(),
  platform: z.enum(askPlatforms),
  community_id: z.string().nullable(),
  channel_id: z.string().nullable(),
  member: z.string().nullable(),
  path: z.enum(['extractive', 'generated', 'refused']),
  grounded: z.union([z.boolean(), z.number()]),
  cited_article_ids: z.string(),
  latency_ms: z.number(),
  rating: z.enum(answerRatings).nullable(),
  helpful: z.number(),
  not_helpful: z.number(),
});

export function questionFromRow(row: unknown): LoggedQuestion {
  const data = parsedRow(rowSchema, row, 'questions');
  const cited = z.array(z.string()).safeParse(JSON.parse(data.cited_article_ids));
  return {
    id: data.id,
    at: data.asked_at,
    question: data.question,
    language: data.language,
    platform: data.platform,
    communityId: data.community_id ?? undefined,
    channelId: data.channel_id ?? undefined,
    member: data.member ?? undefined,
    path: data.path,
    grounded: data.grounded === true || data.grounded === 1,
    citedArticleIds: cited.success ? cited.data : [],
    latencyMs: data.latency_ms,
    rating: data.rating ?? undefined,
    helpful: data.helpful,
    notHelpful: data.not_helpful,
  };
}

/** A question's rating once its votes are counted: the side with more votes; a tie goes to `latest`. */
export function overallRating(counted: LoggedQuestion, latest: AnswerRating): AnswerRating {
  if (counted.helpful === counted.notHelpful) return latest;
  return counted.helpful > counted.notHelpful ? 'helpful' : 'not_helpful';
}

export { loggedLatencyMs } from './logged-latency.js';
