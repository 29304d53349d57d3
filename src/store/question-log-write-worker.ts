/**
 * The question log's write thread: its own better-sqlite3 connection to the store's file (opened
 * after the store migrated it; WAL, full sync, busy timeout as the store's), writing each batch of
 * logged questions in one IMMEDIATE transaction, so the sync to disk happens off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createQuestionInserter, type QuestionInserter } from './question-inserter.js';
import { openMigratedDatabase, type SqliteDatabase } from './sqlite-database.js';
import {
  type FromWriteThread,
  type QuestionLogWriteSettings,
  threadError,
  type ToWriteThread,
} from './question-log-write-protocol.js';

const settings = workerData as QuestionLogWriteSettings;
const port = parentPort;

if (port) {
  const send = (message: FromWriteThread) => port.postMessage(message);
  let database: SqliteDatabase | undefined;
  try {
    database = openMigratedDatabase(settings.file);
  } catch (error) {
    send({ type: 'failed', error: threadError(error) });
    port.close();
  }
  if (database !== undefined) {
    const connection = database;
    // Prepared at the first batch, and again after a failure: a schema problem fails that batch, as
    // it would on the main thread, instead of stopping the thread.
    let inserter: QuestionInserter | undefined;
    port.on('message', (message: ToWriteThread) => {
      try {
        inserter ??= createQuestionInserter(connection, settings.community);
        inserter.addQuestions(message.questions, message.skipWritten);
        send({ type: 'written', id: message.id });
      } catch (error) {
        send({ type: 'error', id: message.id, error: threadError(error) });
      }
    });
    send({ type: 'ready' });
  }
}
