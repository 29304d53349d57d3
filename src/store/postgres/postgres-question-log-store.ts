/**
 * The question log in PostgreSQL (same behaviour as the SQLite repository): logged questions, one
 * vote per member key per answer (the question's rating is the side with more votes; a tie: the
 * latest vote), and the community's salt for member hashes, created once in store_meta.
 */
import { randomBytes } from 'node:crypto';
import type { AnswerRating } from '../../operations/question-log-types.js';
import { loggedLatencyMs, overallRating, questionFromRow, questionLogSaltKey } from '../rows/question-log-rows.js';
import type { QuestionLogStore } from '../store-interface.js';
import type { NewLoggedQuestion } from '../store-types.js';
import type { PostgresContext } from './postgres-context.js';
import type { Queryable } from './postgres-pool.js';

const questionColumns =
  'q.id, q.asked_at, q.question, q.language, q.platform, q.community_id, q.channel_id, q.member, q.path, ' +
  'q.grounded, q.cited_article_ids, q.latency_ms, q.rating';

/** Each question with its vote counts (one pass over the votes). */
const questionsWithVotes = `SELECT ${questionColumns}, COALESCE(votes.helpful, 0) AS helpful,
    COALESCE(votes.not_helpful, 0) AS not_helpful
  FROM questions q LEFT JOIN (
    SELECT question_id, (COUNT(*) FILTER (WHERE rating = 'helpful'))::integer AS helpful,
      (COUNT(*) FILTER (WHERE rating = 'not_helpful'))::integer AS not_helpful
    FROM answer_votes WHERE community = $1 GROUP BY question_id
  ) AS votes ON votes.question_id = q.id
  WHERE q.community = $1`;

async function questionById(client: Queryable, community: string, id: string) {
  const result = await client.query(`${questionsWithVotes} AND q.id = $2`, [community, id]);
  return result.rows[0] === undefined ? undefined : questionFromRow(result.rows[0]);
}

/** Values of one row of `questions` (without the community) in the INSERT's column order. */
function questionValues(question: NewLoggedQuestion): unknown[] {
  return [
    question.id,
    question.at,
    question.question,
    question.language,
    question.platform,
    question.communityId ?? null,
    question.channelId ?? null,
    question.member ?? null,
    question.path,
    question.grounded,
    JSON.stringify(question.citedArticleIds),
    loggedLatencyMs(question.latencyMs),
  ];
}

export function createPostgresQuestionLogStore(context: PostgresContext): QuestionLogStore {
  const { community } = context;
  let salt: string | undefined;
  /** One INSERT for all rows (a statement is atomic: all or none). */
  const addQuestions = async (questions: NewLoggedQuestion[]) => {
    if (questions.length === 0) return;
    const values: unknown[] = [community];
    const rows = questions.map((question) => {
      const placeholders = questionValues(question).map((value) => `$${values.push(value)}`);
      return `($1, ${placeholders.join(', ')})`;
    });
    await context.query(
      `INSERT INTO questions (community, id, asked_at, question, language, platform, community_id, channel_id,
         member, path, grounded, cited_article_ids, latency_ms)
       VALUES ${rows.join(', ')}`,
      values,
    );
  };
  return {
    async questionLogSalt() {
      if (salt !== undefined) return salt;
      await context.query(
        'INSERT INTO store_meta (community, key, value) VALUES ($1, $2, $3) ON CONFLICT (community, key) DO NOTHING',
        [community, questionLogSaltKey, randomBytes(32).toString('hex')],
      );
      const result = await context.query<{ value: string }>(
        'SELECT value FROM store_meta WHERE community = $1 AND key = $2',
        [community, questionLogSaltKey],
      );
      salt = result.rows[0]?.value;
      if (salt === undefined) throw new Error('postgres-question-log-store: store_meta has no question log salt');
      return salt;
    },
    async addQuestion(question) {
      await addQuestions([question]);
    },
    addQuestions,
    vote(questionId, memberKey, rating, at) {
      return context.atomic(async (client) => {
        if ((await questionById(client, community, questionId)) === undefined) return undefined;
        const previous = await client.query<{ rating: AnswerRating }>(
          'SELECT rating FROM answer_votes WHERE community = $1 AND question_id = $2 AND member = $3',
          [community, questionId, memberKey],
        );
        await client.query(
          `INSERT INTO answer_votes (community, question_id, member, rating, at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (community, question_id, member) DO UPDATE SET rating = excluded.rating, at = excluded.at`,
          [community, questionId, memberKey, rating, at],
        );
        const counted = await questionById(client, community, questionId);
        if (counted === undefined) return undefined;
        const overall = overallRating(counted, rating);
        await client.query('UPDATE questions SET rating = $3 WHERE community = $1 AND id = $2', [
          community,
          questionId,
          overall,
        ]);
        return { question: { ...counted, rating: overall }, previousRating: previous.rows[0]?.rating };
      });
    },
    async listQuestions({ sinceIso, limit }) {
      const values: unknown[] = [community];
      let sql = questionsWithVotes;
      if (sinceIso !== undefined) {
        values.push(sinceIso);
        sql += ` AND q.asked_at >= $${values.length}`;
      }
      sql += ' ORDER BY q.asked_at DESC, q.seq DESC';
      if (limit !== undefined) {
        values.push(Math.max(0, Math.floor(limit)));
        sql += ` LIMIT $${values.length}`;
      }
      return (await context.query(sql, values)).rows.map(questionFromRow);
    },
    async deleteQuestionsBefore(beforeIso) {
      const result = await context.query('DELETE FROM questions WHERE community = $1 AND asked_at < $2', [
        community,
        beforeIso,
      ]);
      return result.rowCount ?? 0;
    },
  };
}
