/**
 * Writing logged questions on a SQLite connection: the store's own (./question-log-repository.ts)
 * and the question log's write thread (./question-log-write-worker.ts, its own connection). Kept
 * apart from the repository so the thread loads only this, the connection and better-sqlite3.
 */
import { loggedLatencyMs } from './rows/logged-latency.js';
import { namedScopedStatement, type SqliteDatabase, scopedStatement } from './sqlite-database.js';
import type { NewLoggedQuestion } from './store-types.js';

export interface QuestionInserter {
  addQuestion(question: NewLoggedQuestion): void;
  /**
   * Adds rows in one IMMEDIATE transaction (all or none, one sync). `skipWritten`: rows whose id is
   * already logged are left out — a batch sent again after the thread writing it stopped, which may
   * have committed it just before.
   */
  addQuestions(questions: NewLoggedQuestion[], skipWritten?: boolean): void;
}

/** Writing logged questions; used by the repository and by the question log's write thread (own connection). */
export function createQuestionInserter(database: SqliteDatabase, community: string): QuestionInserter {
  const insert = namedScopedStatement(
    database,
    community,
    `INSERT INTO questions (community, id, asked_at, question, language, platform, community_id, channel_id, member,
        path, grounded, cited_article_ids, latency_ms)
      VALUES (@community, @id, @at, @question, @language, @platform, @communityId, @channelId, @member, @path,
        @grounded, @citedArticleIds, @latencyMs)`,
  );
  const logged = scopedStatement(database, community, 'SELECT 1 FROM questions WHERE community = ? AND id = ?');
  const addQuestion = (question: NewLoggedQuestion) => {
    insert.run({
      ...question,
      communityId: question.communityId ?? null,
      channelId: question.channelId ?? null,
      member: question.member ?? null,
      grounded: question.grounded ? 1 : 0,
      citedArticleIds: JSON.stringify(question.citedArticleIds),
      latencyMs: loggedLatencyMs(question.latencyMs),
    });
  };
  const addQuestions = database.transaction((questions: NewLoggedQuestion[], skipWritten: boolean) => {
    for (const question of questions) {
      if (skipWritten && logged.get(question.id) !== undefined) continue;
      addQuestion(question);
    }
  });
  return {
    addQuestion,
    addQuestions: (questions, skipWritten = false) => addQuestions.immediate(questions, skipWritten),
  };
}
