/**
 * How an opened knowledge base stays current while the process runs: it switches to a new index generation
 * (built by another process, or published by ingest on another machine), and — when it was opened on the
 * article folders' times alone (knowledge/knowledge-freshness.ts) — checks the knowledge files one by one
 * after the open and re-ingests them when one was edited in place.
 */
import path from 'node:path';
import { articleFolders, type KnowledgeLocations } from './knowledge/load-knowledge.js';
import { checkKnowledgeFiles, saveFolderRecord } from './knowledge/knowledge-freshness.js';
import type { Glossary } from './knowledge/glossary.js';
import { formatProblem, type KnowledgeProblem } from './knowledge/problems.js';
import { registerReader } from './retrieval/generation-readers.js';
import { watchCurrentGeneration } from './retrieval/index-watcher.js';
import {
  type ArticleMetadata,
  type KnowledgeIndex,
  openCurrentIndex,
  removeStaleGenerations,
} from './retrieval/knowledge-index.js';
import { followPublishedGenerations } from './retrieval/published-index.js';
import type { KnowledgeSummary, OpenedKnowledge, OpenKnowledgeDeps } from './open-knowledge.js';

/** How long a replaced generation stays open for questions that were under way. */
const retireDelayMs = 30_000;

/**
 * What the core keeps of the knowledge base, the articles' list read from the index when first asked for (an open
 * reads no article's metadata: the first answers read only their own articles').
 */
export function knowledgeSummary(
  index: KnowledgeIndex,
  glossary: Glossary,
  problems: KnowledgeProblem[],
): KnowledgeSummary {
  let articles: ArticleMetadata[] | undefined;
  return {
    get articles() {
      articles ??= index.articleList();
      return articles;
    },
    glossary,
    problems,
  };
}

type Assemble = (index: KnowledgeIndex) => Pick<OpenedKnowledge, 'retriever' | 'ask'>;

export interface GenerationSwitcher {
  /** Answers from `next` from now on; the replaced generation closes once questions under way are done. */
  switchTo(next: KnowledgeIndex, problems?: KnowledgeProblem[]): void;
  /** Closes the replaced generations at once (stopping). */
  retireAll(): void;
}

export function createGenerationSwitcher(
  opened: OpenedKnowledge,
  assemble: Assemble,
  options: { dataDir: string; deps: OpenKnowledgeDeps },
): GenerationSwitcher {
  const { dataDir, deps } = options;
  const retiring = new Set<() => void>();
  return {
    switchTo(next, problems) {
      const previous = opened.index;
      Object.assign(opened, {
        index: next,
        knowledge: knowledgeSummary(next, opened.knowledge.glossary, problems ?? opened.knowledge.problems),
        ...assemble(next),
      });
      deps.logger.info(
        { generation: path.basename(next.folder), chunks: next.size },
        'switched to the new index generation',
      );
      // Questions under way finish on the previous generation; then its files may go.
      const retire = () => {
        retiring.delete(retire);
        previous.close();
        removeStaleGenerations(path.join(dataDir, 'index'), path.basename(opened.index.folder), deps.logger).catch(
          (error: unknown) => deps.logger.warn({ err: error }, 'could not remove old index generations'),
        );
      };
      retiring.add(retire);
      setTimeout(retire, retireDelayMs).unref();
    },
    retireAll() {
      for (const retire of [...retiring]) retire();
    },
  };
}

/**
 * Watches for a new current index generation and switches `opened` to it (index, articles, retriever,
 * ask). Returns the function that stops watching.
 */
function followNewGenerations(
  opened: OpenedKnowledge,
  switcher: GenerationSwitcher,
  options: { dataDir: string; embedderId: string; deps: OpenKnowledgeDeps },
): () => void {
  const { dataDir, embedderId, deps } = options;
  const watcher = watchCurrentGeneration({
    dataDir,
    loaded: path.basename(opened.index.folder),
    intervalMs: deps.watchIntervalMs ?? 2_000,
    logger: deps.logger,
    onChange: async (generation) => {
      // Switched to already (a re-ingest after the open made it).
      if (generation === path.basename(opened.index.folder)) return;
      const next = await openCurrentIndex({
        dataDir,
        embedderId,
        hnsw: deps.hnsw,
        denseInBackground: deps.sourceCheck === 'after-open',
      });
      if (!next) {
        deps.logger.warn(
          { generation },
          'the new index generation does not fit this process (embedder or settings); keeping the loaded one',
        );
        return;
      }
      switcher.switchTo(next);
    },
  });
  return () => watcher.stop();
}

/**
 * Follows new generations: the watcher switches to a new CURRENT; in PostgreSQL mode a newly published
 * generation is downloaded into the data folder and made CURRENT there first. Returns the stop.
 */
export function followGenerations(
  opened: OpenedKnowledge,
  switcher: GenerationSwitcher,
  options: { dataDir: string; embedderId: string; deps: OpenKnowledgeDeps; published: string | undefined },
): () => void {
  const { dataDir, deps } = options;
  const stopSwitching = followNewGenerations(opened, switcher, options);
  const stopFollowing = deps.publishedIndex
    ? followPublishedGenerations({
        store: deps.publishedIndex.store,
        dataDir,
        logger: deps.logger,
        taken: options.published,
        pollMs: deps.publishedIndex.pollMs,
      })
    : () => undefined;
  return () => {
    stopFollowing();
    stopSwitching();
  };
}

/** What re-ingesting the knowledge files gives: the index of their content and the problems found in them. */
export interface IngestedFiles {
  index: KnowledgeIndex;
  rebuilt: boolean;
  problems: KnowledgeProblem[];
}

/**
 * After an open on the folders' times: waits `delayMs` (the first questions go first), then runs the full check
 * in slices between questions; when the files differ from those the index was built from (a file edited in
 * place), re-ingests them and switches to the result. Returns the function that stops it.
 */
export function checkFilesAfterOpen(
  opened: OpenedKnowledge,
  switcher: GenerationSwitcher,
  options: {
    locations: KnowledgeLocations;
    deps: OpenKnowledgeDeps;
    glossaryHash: string;
    /** The lexicon's problems (reported with the files' after a re-ingest). */
    glossaryProblems: KnowledgeProblem[];
    delayMs: number;
    ingest: (sourceFingerprint: string) => Promise<IngestedFiles>;
  },
): { stop: () => void; done: Promise<void> } {
  const { locations, deps, glossaryHash } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let settle = () => undefined as void;
  const run = async () => {
    const check = await checkKnowledgeFiles(articleFolders(locations), glossaryHash, { yieldEvery: 500 });
    await saveFolderRecord(path.join(locations.dataDir, 'cache'), check, glossaryHash);
    if (stopped || check.fingerprint === opened.index.manifest.sourceFingerprint) return;
    deps.logger.info('knowledge files changed since the index was built (edited in place); reading them again');
    const ingested = await options.ingest(check.fingerprint);
    if (stopped || ingested.index.folder === opened.index.folder) {
      // Stopped meanwhile, or the same content (touched files): the loaded generation stays, marked as read
      // (closing the second load of it removed the process's marker).
      ingested.index.close();
      const { folder } = opened.index;
      if (!stopped) registerReader(path.dirname(folder), path.basename(folder));
      return;
    }
    for (const problem of ingested.problems)
      deps.logger.warn({ file: problem.file, field: problem.field }, formatProblem(problem));
    switcher.switchTo(ingested.index, [...options.glossaryProblems, ...ingested.problems]);
  };
  const done = new Promise<void>((resolve) => {
    settle = resolve;
    timer = setTimeout(() => {
      run()
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'could not check the knowledge files'))
        .finally(resolve);
    }, options.delayMs);
    timer.unref();
  });
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      settle();
    },
    done,
  };
}
