/**
 * The question log's rows (tables from migration 4): logged questions, one vote per member per
 * answer, and the salt member ids are hashed with (store_meta, created once). Opens its own
 * connection to the store's file after `openStore` has applied the migrations, like the feed and
 * channel-setting repositories, so the core's store composition stays as it is.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logging/logger.js';
import {
  type AnswerRating,
  answerRatings,
  askPlatforms,
  type LoggedQuestion,
} from '../operations/question-log-types.js';
import { migrations } from './migrations.js';
import { openDatabase } from './sqlite-database.js';

/** A question to log (the rating comes later, from votes). */
export type NewLoggedQuestion = Omit<LoggedQuestion, 'rating' | 'helpful' | 'notHelpful'>;

export interface RecordedVote {
  question: LoggedQuestion;
  previousRating: AnswerRating | undefined;
}

export interface QuestionLogRepository {
  /** The stored form of a member id: a salted hash, or the id itself when `storeMemberIds`. */
  memberKey(member: string): string;
  addQuestion(question: NewLoggedQuestion): void;
  /** Records (or replaces) a member's vote; undefined when no such question is logged. */
  vote(questionId: string, member: string, rating: AnswerRating, at: string): RecordedVote | undefined;
  /** Newest first. */
  listQuestions(options: { sinceIso?: string | undefined; limit?: number | undefined }): LoggedQuestion[];
  /** Deletes questions (and their votes) asked before `beforeIso`; returns how many. */
  deleteQuestionsBefore(beforeIso: string): number;
  close(): void;
}

const saltKey = 'question_log_member_salt';

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
  grounded: z.number(),
  cited_article_ids: z.string(),
  latency_ms: z.number(),
  rating: z.enum(answerRatings).nullable(),
  helpful: z.number(),
  not_helpful: z.number(),
});

function questionFromRow(row: unknown): LoggedQuestion {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`question-log-repository: questions.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  const data = parsed.data;
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
    grounded: data.grounded === 1,
    citedArticleIds: cited.success ? cited.data : [],
    latencyMs: data.latency_ms,
    rating: data.rating ?? undefined,
    helpful: data.helpful,
    notHelpful: data.not_helpful,
  };
}

/** Each question with its vote counts (one pass over the votes, not one query per question). */
const questionsWithVotes = `SELECT questions.*, COALESCE(votes.helpful, 0) AS helpful,
    COALESCE(votes.not_helpful, 0) AS not_helpful
  FROM questions LEFT JOIN (
    SELECT question_id, SUM(rating = 'helpful') AS helpful, SUM(rating = 'not_helpful') AS not_helpful
    FROM answer_votes GROUP BY question_id
  ) AS votes ON votes.question_id = questions.id`;

export function openQuestionLogRepository(
  file: string,
  options: { logger: Logger; storeMemberIds: boolean },
): QuestionLogRepository {
  const database = openDatabase(file, migrations, options.logger);
  // A log row is written on the answer path: in WAL mode NORMAL skips the per-commit fsync and still never
  // corrupts the file (a power cut may lose the last rows). The store's own connection stays FULL.
  database.pragma('synchronous = NORMAL');
  database
    .prepare('INSERT OR IGNORE INTO store_meta (key, value) VALUES (?, ?)')
    .run(saltKey, randomBytes(32).toString('hex'));
  const salt = (database.prepare('SELECT value FROM store_meta WHERE key = ?').get(saltKey) as { value: string }).value;
  const statements = {
    insert: database.prepare(`
      INSERT INTO questions (id, asked_at, question, language, platform, community_id, channel_id, member, path,
        grounded, cited_article_ids, latency_ms)
      VALUES (@id, @at, @question, @language, @platform, @communityId, @channelId, @member, @path, @grounded,
        @citedArticleIds, @latencyMs)`),
    byId: database.prepare(`SELECT questions.*,
        (SELECT COUNT(*) FROM answer_votes WHERE question_id = questions.id AND rating = 'helpful') AS helpful,
        (SELECT COUNT(*) FROM answer_votes WHERE question_id = questions.id AND rating = 'not_helpful') AS not_helpful
      FROM questions WHERE id = ?`),
    vote: database.prepare('SELECT rating FROM answer_votes WHERE question_id = ? AND member = ?'),
    saveVote: database.prepare(`
      INSERT INTO answer_votes (question_id, member, rating, at) VALUES (?, ?, ?, ?)
      ON CONFLICT (question_id, member) DO UPDATE SET rating = excluded.rating, at = excluded.at`),
    setRating: database.prepare('UPDATE questions SET rating = ? WHERE id = ?'),
    listAll: database.prepare(`${questionsWithVotes} ORDER BY questions.asked_at DESC, questions.rowid DESC`),
    listSince: database.prepare(
      `${questionsWithVotes} WHERE questions.asked_at >= ? ORDER BY questions.asked_at DESC, questions.rowid DESC`,
    ),
    deleteBefore: database.prepare('DELETE FROM questions WHERE asked_at < ?'),
  };
  const memberKey = (member: string) =>
    options.storeMemberIds ? member : createHmac('sha256', salt).update(member).digest('hex').slice(0, 32);
  const vote = database.transaction((questionId: string, member: string, rating: AnswerRating, at: string) => {
    if (statements.byId.get(questionId) === undefined) return undefined;
    const key = memberKey(member);
    const previous = statements.vote.get(questionId, key) as { rating: AnswerRating } | undefined;
    statements.saveVote.run(questionId, key, rating, at);
    const counted = questionFromRow(statements.byId.get(questionId));
    // The side with more votes; a tie goes to this vote, the latest.
    const overall: AnswerRating =
      counted.helpful === counted.notHelpful
        ? rating
        : counted.helpful > counted.notHelpful
          ? 'helpful'
          : 'not_helpful';
    statements.setRating.run(overall, questionId);
    return { question: { ...counted, rating: overall }, previousRating: previous?.rating };
  });
  return {
    memberKey,
    addQuestion(question) {
      statements.insert.run({
        ...question,
        communityId: question.communityId ?? null,
        channelId: question.channelId ?? null,
        member: question.member ?? null,
        grounded: question.grounded ? 1 : 0,
        citedArticleIds: JSON.stringify(question.citedArticleIds),
        latencyMs: Math.max(0, Math.round(question.latencyMs)),
      });
    },
    vote: (questionId, member, rating, at) => vote.immediate(questionId, member, rating, at),
    listQuestions({ sinceIso, limit }) {
      const rows = sinceIso === undefined ? statements.listAll.all() : statements.listSince.all(sinceIso);
      const questions = rows.map(questionFromRow);
      return limit === undefined ? questions : questions.slice(0, limit);
    },
    deleteQuestionsBefore: (beforeIso) => statements.deleteBefore.run(beforeIso).changes,
    close: () => database.close(),
  };
}
