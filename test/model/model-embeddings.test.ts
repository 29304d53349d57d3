/**
 * Embeddings through the real OpenAIEmbeddings against the stand-in's /v1/embeddings:
 * identity, batching, plain floats; and, through the whole core (openMatchcut), that
 * switching the embedding model rebuilds the index instead of mixing vectors, and that
 * a configured model answers a follow-up in a thread end to end.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createModelEmbeddings, loadPromptTemplate, promptSpecifications } from '../../src/model/index.js';
import { openMatchcut } from '../../src/open-matchcut.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import { captureLogs, modelConfig, promptsDir, timed } from './model-test-kit.js';

const answerSystemStart = loadPromptTemplate(promptsDir, promptSpecifications.answerSystem).text.slice(0, 40);

let standIn: OpenAiStandIn;

beforeEach(async () => {
  standIn = await startOpenAiStandIn({ embeddingDimensions: { 'embed-a': 16, 'embed-b': 24 } });
});

afterEach(async () => {
  await standIn.close();
});

describe('createModelEmbeddings', () => {
  it('is undefined without an embedding model, so the offline embedder stays', () => {
    expect(createModelEmbeddings(modelConfig(standIn.baseUrl))).toBeUndefined();
  });

  it('names the model and the endpoint host in its id', () => {
    const port = new URL(standIn.baseUrl).port;
    expect(createModelEmbeddings(modelConfig(standIn.baseUrl, { embeddingModel: 'embed-a' }))?.id).toBe(
      `openai:embed-a@127.0.0.1:${port}`,
    );
    expect(
      createModelEmbeddings(modelConfig(undefined, { apiKey: 'sk-x', embeddingModel: 'text-embedding-3-small' }))?.id,
    ).toBe('openai:text-embedding-3-small@api.openai.com');
  });

  it("embeds documents in batches of 64 as plain floats and returns the server's vectors in order", async () => {
    const embeddings = createModelEmbeddings(modelConfig(standIn.baseUrl, { embeddingModel: 'embed-a' }));
    if (!embeddings) throw new Error('expected embeddings');
    const texts = Array.from({ length: 300 }, (_value, index) => `passage ${index} about VFX training in Samarkand`);
    const vectors = await embeddings.embedDocuments(texts);

    expect(vectors).toHaveLength(300);
    expect(vectors[0]).toHaveLength(16);
    expect(vectors[299]).toEqual(
      standIn.vectorFor('embed-a', texts[299] as string).map((value) => expect.closeTo(value, 6)),
    );
    const requests = standIn.embeddingInputs();
    expect(requests.map((request) => request.input.length).sort((left, right) => right - left)).toEqual([
      64, 64, 64, 64, 44,
    ]);
    expect(
      standIn.requests.every((request) => (request.body as { encoding_format?: string }).encoding_format === 'float'),
    ).toBe(true);
    expect(standIn.requests[0]?.token).toBe('not-needed');
  });

  it("embeds a query with the model's own dimension", async () => {
    const embeddings = createModelEmbeddings(modelConfig(standIn.baseUrl, { embeddingModel: 'embed-b' }));
    expect(await embeddings?.embedQuery('KOCCA office in Hanoi')).toHaveLength(24);
  });

  it('gives up on a query embedding after the model timeout, not the long indexing one', async () => {
    standIn.failAlways({ kind: 'hang' }, { route: 'embeddings' });
    const embeddings = createModelEmbeddings(
      modelConfig(standIn.baseUrl, { embeddingModel: 'embed-a', timeoutMs: 600 }),
    );
    const { value, elapsedMs } = await timed(() =>
      (embeddings as NonNullable<typeof embeddings>).embedQuery('KOCCA').catch((error: unknown) => error),
    );
    expect((value as Error).name).toBe('ModelDeadlineError');
    expect(elapsedMs).toBeLessThan(1_200);
  });

  it('retries a 500 while indexing and returns every vector', async () => {
    standIn.failNext({ kind: 'server-error' }, { route: 'embeddings' });
    const embeddings = createModelEmbeddings(
      modelConfig(standIn.baseUrl, { embeddingModel: 'embed-a', maxRetries: 2 }),
    );
    const vectors = await embeddings?.embedDocuments(['one', 'two', 'three']);
    expect(vectors).toHaveLength(3);
    expect(standIn.embeddingInputs()).toHaveLength(2);
  });
});

describe('the whole core with a configured model', () => {
  let cleanup: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  async function configFor(dataDir: string, embeddingModel: string) {
    return loadConfig(
      {
        MATCHCUT_DATA_DIR: dataDir,
        OPENAI_BASE_URL: standIn.baseUrl,
        MATCHCUT_CHAT_MODEL: 'stand-in-chat',
        MATCHCUT_EMBEDDING_MODEL: embeddingModel,
        MATCHCUT_MODEL_TIMEOUT_MS: '2000',
        MATCHCUT_MODEL_MAX_RETRIES: '0',
      },
      { cwd: dataDir, defaultKnowledgeDir: shippedKnowledgeDir },
    );
  }

  it('rebuilds the index when the embedding model changes, and reuses it when it does not', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const port = new URL(standIn.baseUrl).port;
    const logs = captureLogs('warn');

    const first = await openMatchcut(await configFor(temporary.folder, 'embed-a'), { logger: logs.logger });
    const firstStatus = first.status();
    await first.close();
    expect(firstStatus.embedder).toBe(`openai:embed-a@127.0.0.1:${port}`);
    expect(firstStatus.rebuilt).toBe(true);
    const documentsEmbedded = standIn.embeddingInputs().reduce((sum, request) => sum + request.input.length, 0);
    expect(documentsEmbedded).toBeGreaterThanOrEqual(firstStatus.chunks);

    const again = await openMatchcut(await configFor(temporary.folder, 'embed-a'), { logger: logs.logger });
    const againStatus = again.status();
    await again.close();
    expect(againStatus.rebuilt).toBe(false);
    expect(standIn.embeddingInputs().reduce((sum, request) => sum + request.input.length, 0)).toBe(documentsEmbedded);

    const switched = await openMatchcut(await configFor(temporary.folder, 'embed-b'), { logger: logs.logger });
    const switchedStatus = switched.status();
    await switched.close();
    expect(switchedStatus.rebuilt).toBe(true);
    expect(switchedStatus.embedder).toBe(`openai:embed-b@127.0.0.1:${port}`);
    expect(switchedStatus.rebuildReason).toContain(`openai:embed-a@127.0.0.1:${port}`);
    expect(switchedStatus.rebuildReason).toContain(`openai:embed-b@127.0.0.1:${port}`);
    expect(
      standIn
        .embeddingInputs()
        .filter((request) => request.model === 'embed-b')
        .reduce((sum, request) => sum + request.input.length, 0),
    ).toBeGreaterThanOrEqual(switchedStatus.chunks);
  });

  it('rewrites a follow-up with the conversation and answers it from the numbered sources', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    standIn.setReply((request) => {
      const system = request.messages[0]?.content ?? '';
      if (system.startsWith('You turn the last question'))
        return 'How many Korean experts taught at the training center in Samarkand?';
      // With a model, the question is also translated into the knowledge base's other languages.
      if (system.startsWith('You translate a question')) return 'vi: Bao nhiêu chuyên gia Hàn Quốc đã giảng dạy?';
      return 'The center in Samarkand had Korean instructors [1].';
    });
    const core = await openMatchcut(await configFor(temporary.folder, 'embed-a'), {
      logger: captureLogs('warn').logger,
    });
    try {
      const answer = await core.ask('and how many experts taught there?', {
        history: [
          { role: 'user', text: 'Who opened a training center in Samarkand?' },
          { role: 'assistant', text: 'IT Works Korea opened a training center in Samarkand [1].' },
        ],
      });
      const [rewrite] = standIn.chatRequests();
      const generation = standIn
        .chatRequests()
        .find((request) => (request.messages[0]?.content ?? '').startsWith(answerSystemStart));
      expect(rewrite?.messages[1]?.content).toContain('<question>and how many experts taught there?</question>');
      expect(answer.query).toBe('How many Korean experts taught at the training center in Samarkand?');
      expect(generation?.messages[1]?.content).toContain('<source n="1"');
      expect(generation?.messages[1]?.content).toContain(
        '(Understood as: How many Korean experts taught at the training center in Samarkand?)',
      );
      expect(answer.path).toBe('generated');
      expect(answer.text).toBe('The center in Samarkand had Korean instructors [1].');
      expect(answer.citations.map((citation) => citation.n)).toEqual([1]);
    } finally {
      await core.close();
    }
  });
});
