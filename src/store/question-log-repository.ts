/**
 * The question log's rows (tables from migration 4, one community's since migration 6): logged
 * questions, one vote per member key per answer, and the salt member ids are hashed with
 * (store_meta, created once per community). Synchronous; ./sqlite-store.ts offers it as the async
 * QuestionLogStore.
 */
import { randomBytes } from 'node:crypto';
import { type AnswerRating, type LoggedQuestion } from '../operations/question-log-types.js';
import { createQuestionInserter } from './question-inserter.js';
import { overallRating, questionFromRow, questionLogSaltKey } from './rows/question-log-rows.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import type { NewLoggedQuestion, RecordedVote } from './store-types.js';

export type { NewLoggedQuestion, RecordedVote } from './store-types.js';

export interface QuestionLogRepository {
  /** The community's salt for member hashes, created at first use. */
  questionLogSalt(): string;
  addQuestion(question: NewLoggedQuestion): void;
  /** Adds rows in one transaction (one sync for the batch). */
  addQuestions(questions: NewLoggedQuestion[]): void;
  /** Records (or replaces) a member key's vote; undefined when no such question is logged. */
  vote(questionId: string, memberKey: string, rating: AnswerRating, at: string): RecordedVote | undefined;
  /** Newest first. */
  listQuestions(options: { sinceIso?: string | undefined; limit?: number | undefined }): LoggedQuestion[];
  /** Deletes questions (and their votes) asked before `beforeIso`; returns how many. */
  deleteQuestionsBefore(beforeIso: string): number;
}

/** Each question with its vote counts (one pass over the votes, not one query per question). */
const questionsWithVotes = `SELECT questions.*, COALESCE(votes.helpful, 0) AS helpful,
    COALESCE(votes.not_helpful, 0) AS not_helpful
  FROM questions LEFT JOIN (
    SELECT question_id, SUM(rating = 'helpful') AS helpful, SUM(rating = 'not_helpful') AS not_helpful
    FROM answer_votes WHERE community = @community GROUP BY question_id
  ) AS votes ON votes.question_id = questions.id
  WHERE questions.community = @community`;

function prepareStatements(database: SqliteDatabase, community: string) {
  const prepare = (sql: string) => scopedStatement(database, community, sql);
  const named = (sql: string) => namedScopedStatement(database, community, sql);
  return {
    addSalt: prepare('INSERT OR IGNORE INTO store_meta (community, key, value) VALUES (?, ?, ?)'),
    salt: prepare('SELECT value FROM store_meta WHERE community = ? AND key = ?'),
    byId: named(`SELECT questions.*,
        (SELECT COUNT(*) FROM answer_votes v WHERE v.community = @community AND v.question_id = questions.id
          AND v.rating = 'helpful') AS helpful,
        (SELECT COUNT(*) FROM answer_votes v WHERE v.community = @community AND v.question_id = questions.id
          AND v.rating = 'not_helpful') AS not_helpful
      FROM questions WHERE community = @community AND id = @id`),
    vote: prepare('SELECT rating FROM answer_votes WHERE community = ? AND question_id = ? AND member = ?'),
    saveVote: prepare(`
      INSERT INTO answer_votes (community, question_id, member, rating, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (community, question_id, member) DO UPDATE SET rating = excluded.rating, at = excluded.at`),
    setRating: named('UPDATE questions SET rating = @rating WHERE community = @community AND id = @id'),
    listAll: named(`${questionsWithVotes} ORDER BY questions.asked_at DESC, questions.rowid DESC`),
    listSince: named(
      `${questionsWithVotes} AND questions.asked_at >= @since
        ORDER BY questions.asked_at DESC, questions.rowid DESC`,
    ),
    deleteBefore: prepare('DELETE FROM questions WHERE community = ? AND asked_at < ?'),
  };
}

export function createQuestionLogRepository(database: SqliteDatabase, community: string): QuestionLogRepository {
  const statements = prepareStatements(database, community);
  let salt: string | undefined;
  const questionLogSalt = () => {
    if (salt !== undefined) return salt;
    statements.addSalt.run(questionLogSaltKey, randomBytes(32).toString('hex'));
    salt = (statements.salt.get(questionLogSaltKey) as { value: string }).value;
    return salt;
  };
  const vote = database.transaction((questionId: string, key: string, rating: AnswerRating, at: string) => {
    if (statements.byId.get({ id: questionId }) === undefined) return undefined;
    const previous = statements.vote.get(questionId, key) as { rating: AnswerRating } | undefined;
    statements.saveVote.run(questionId, key, rating, at);
    const counted = questionFromRow(statements.byId.get({ id: questionId }));
    const overall = overallRating(counted, rating);
    statements.setRating.run({ rating: overall, id: questionId });
    return { question: { ...counted, rating: overall }, previousRating: previous?.rating };
  });
  const inserter = createQuestionInserter(database, community);
  return {
    questionLogSalt,
    addQuestion: inserter.addQuestion,
    addQuestions: (questions) => inserter.addQuestions(questions),
    vote: (questionId, memberKey, rating, at) => vote.immediate(questionId, memberKey, rating, at),
    listQuestions({ sinceIso, limit }) {
      const rows = sinceIso === undefined ? statements.listAll.all() : statements.listSince.all({ since: sinceIso });
      const questions = rows.map(questionFromRow);
      return limit === undefined ? questions : questions.slice(0, limit);
    },
    deleteQuestionsBefore: (beforeIso) => statements.deleteBefore.run(beforeIso).changes,
  };
}
