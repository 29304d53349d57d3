/**
 * One knowledge index for every replica (PostgreSQL mode): `matchcut ingest` builds a generation in its
 * own data folder and publishes it (../store/postgres/postgres-index-generations.ts); every process of the
 * community takes the published generation into its local data folder — downloaded, every file checked
 * against the publisher's sha256, renamed into place — and points `CURRENT` at it, so the index watcher
 * (./index-watcher.ts) switches to it between questions as it does for a local build. The data folder is
 * then only a cache. Nothing here talks to a server: the store is passed in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { knowledgeError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { fsyncFolder, writeFileAtomically, writeFileDurably } from './atomic-files.js';
import { registerReader } from './generation-readers.js';
import { currentGeneration, readManifest } from './index-generations.js';

/** One file of a generation folder as published: its name in the folder, size, sha256 and number of parts. */
export interface GenerationFile {
  path: string;
  size: number;
  sha256: string;
  parts: number;
}

/** A published generation: its name (the folder's), the hash over its files' list, when it was published. */
export interface PublishedGeneration {
  name: string;
  contentHash: string;
  createdAt: string;
  /** Its files' size in bytes. */
  bytes?: number | undefined;
}

export interface PublishResult {
  generation: string;
  /**
   * `published`: uploaded and made current; `already-current`: it was the current one; `restored`: an
   * older one, still kept, made current again.
   */
  outcome: 'published' | 'already-current' | 'restored';
  /** The generation current before (undefined: none was published). */
  previous: string | undefined;
  files: number;
  bytes: number;
  parts: number;
}

/** Where generations are published (PostgreSQL): what the follower and `ingest` need of it. */
export interface PublishedIndexStore {
  /** Where it is, without secrets (for messages). */
  readonly location: string;
  readonly community: string;
  /** The community's current published generation, if any. */
  current(): Promise<PublishedGeneration | undefined>;
  /** The files of a published generation (undefined when it is no longer published). */
  files(generation: string): Promise<{ contentHash: string; files: GenerationFile[] } | undefined>;
  /** One file's bytes, put together from its parts (checked: every part present, in order). */
  readFile(generation: string, file: GenerationFile): Promise<Buffer>;
  /** Uploads the generation folder and makes it current in one transaction; then notifies the replicas. */
  publish(folder: string, generation: string): Promise<PublishResult>;
  /** Calls `onNotice` for each generation published for this community, `onConnected` after each (re)connection. */
  listen(handlers: { onNotice: (generation: string) => void; onConnected: () => void }): () => void;
  close(): Promise<void>;
}

/** Parts files are published in (1 MiB). */
export const publishPartBytes = 1024 * 1024;

export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The hash a generation is published under: over each file's path, size and sha256, in path order. */
export function filesContentHash(files: readonly GenerationFile[]): string {
  const lines = [...files]
    .sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
    .map((file) => `${file.path}\u0000${file.size}\u0000${file.sha256}\n`);
  return sha256Hex(lines.join(''));
}

/** The files of a generation folder (flat: a generation holds no subfolders), names sorted. */
export async function generationFileNames(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const unexpected = entries.find((entry) => !entry.isFile());
  if (unexpected) throw knowledgeError(`the index generation ${folder} holds ${unexpected.name}, which is not a file`);
  if (!entries.some((entry) => entry.name === 'manifest.json'))
    throw knowledgeError(`the index generation ${folder} has no manifest.json (an unfinished build)`);
  return entries.map((entry) => entry.name).sort();
}

/** Describes one file read from a generation folder. */
export function describeFile(name: string, data: Buffer, partBytes: number): GenerationFile {
  return {
    path: name,
    size: data.length,
    sha256: sha256Hex(data),
    parts: Math.max(1, Math.ceil(data.length / partBytes)),
  };
}

const isSafeFileName = (name: string) => /^[A-Za-z0-9._-]+$/.test(name) && name !== '.' && name !== '..';

/**
 * Downloads a published generation into `<indexRoot>/<generation>`: every file written into a
 * `building-…` folder and checked (size, sha256, and the list against the published hash), then the
 * folder renamed into place. Throws (leaving nothing behind) when anything does not match.
 */
export async function downloadGeneration(
  store: PublishedIndexStore,
  indexRoot: string,
  generation: string,
): Promise<{ bytes: number }> {
  const listing = await store.files(generation);
  if (!listing) throw knowledgeError(`the published index generation ${generation} is no longer in ${store.location}`);
  const unsafe = listing.files.find((file) => !isSafeFileName(file.path));
  if (unsafe) throw knowledgeError(`the published index generation ${generation} names a bad file "${unsafe.path}"`);
  if (filesContentHash(listing.files) !== listing.contentHash) {
    throw knowledgeError(
      `hash mismatch: the file list of the published index generation ${generation} does not match its content hash`,
    );
  }
  await mkdir(indexRoot, { recursive: true });
  const building = path.join(indexRoot, `building-${generation}-${randomBytes(4).toString('hex')}`);
  await mkdir(building);
  let bytes = 0;
  try {
    // The manifest last: a folder without one is never used.
    const ordered = [...listing.files].sort(
      (left, right) => Number(left.path === 'manifest.json') - Number(right.path === 'manifest.json'),
    );
    for (const file of ordered) {
      const data = await store.readFile(generation, file);
      if (data.length !== file.size || sha256Hex(data) !== file.sha256) {
        throw knowledgeError(
          `hash mismatch: ${file.path} of the published index generation ${generation} is not what was published ` +
            `(${data.length} bytes, sha256 ${sha256Hex(data).slice(0, 12)}…; published ${file.size} bytes, ` +
            `sha256 ${file.sha256.slice(0, 12)}…)`,
        );
      }
      await writeFileDurably(path.join(building, file.path), data);
      bytes += data.length;
    }
    fsyncFolder(building);
    const target = path.join(indexRoot, generation);
    const present = await stat(target).then(
      () => true,
      () => false,
    );
    if (present) await rm(building, { recursive: true, force: true });
    else await rename(building, target);
    fsyncFolder(indexRoot);
    return { bytes };
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Makes `generation` (published) this data folder's current one: downloaded unless the folder already
 * holds it (built here by `ingest`, or taken before), then `CURRENT` pointed at it.
 */
export async function adoptPublishedGeneration(
  store: PublishedIndexStore,
  dataDir: string,
  generation: string,
  logger: Logger,
): Promise<'current' | 'downloaded' | 'present'> {
  const indexRoot = path.join(dataDir, 'index');
  if ((await currentGeneration(indexRoot)) === generation) return 'current';
  // Marked as read by this process until CURRENT names it, so another process's cleanup keeps it meanwhile.
  await mkdir(indexRoot, { recursive: true });
  const release = registerReader(indexRoot, generation);
  try {
    let outcome: 'downloaded' | 'present' = 'present';
    if (!(await readManifest(path.join(indexRoot, generation)))) {
      const started = Date.now();
      const { bytes } = await downloadGeneration(store, indexRoot, generation);
      logger.info(
        { generation, bytes, ms: Date.now() - started, from: store.location },
        'downloaded the published index generation',
      );
      outcome = 'downloaded';
    }
    await writeFileAtomically(path.join(indexRoot, 'CURRENT'), `${generation}\n`);
    return outcome;
  } finally {
    release();
  }
}

/**
 * At start: takes the community's published generation into the data folder when the local one differs.
 * Returns its name when one is published and now current here; undefined when none is published or it
 * could not be taken (logged: the process goes on with its local index).
 */
export async function takePublishedGeneration(
  store: PublishedIndexStore,
  dataDir: string,
  logger: Logger,
): Promise<string | undefined> {
  const published = await store.current();
  if (!published) {
    logger.info(
      { from: store.location, community: store.community },
      'no index generation is published yet; using the local knowledge files',
    );
    return undefined;
  }
  try {
    await adoptPublishedGeneration(store, dataDir, published.name, logger);
    return published.name;
  } catch (error) {
    logger.error(
      { err: error, generation: published.name },
      'could not take the published index generation; using the local index',
    );
    return undefined;
  }
}

/**
 * Follows the published generations while the process runs: on each notice (LISTEN), after each
 * reconnection and on a slow poll, takes a newly published one into the data folder. One check at a
 * time; a generation that fails (e.g. a hash mismatch) is logged and tried again at the next notice or poll,
 * while the process answers from the one it has.
 */
export function followPublishedGenerations(options: {
  store: PublishedIndexStore;
  dataDir: string;
  logger: Logger;
  /** The published generation already taken (undefined: none yet). */
  taken: string | undefined;
  /** The safety-net poll (default 10 s). */
  pollMs?: number | undefined;
}): () => void {
  const { store, dataDir, logger } = options;
  let taken = options.taken;
  let busy = false;
  let again = false;
  let stopped = false;
  /** What the last failure was about (a generation, or reading which one is published), to log it once. */
  let failed: string | undefined;
  const check = async () => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    let name: string | undefined;
    try {
      do {
        again = false;
        name = undefined;
        const published = await store.current();
        name = published?.name;
        if (stopped || name === undefined || name === taken) continue;
        await adoptPublishedGeneration(store, dataDir, name, logger);
        taken = name;
        failed = undefined;
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) {
        const fields = { err: error, generation: name, answeringFrom: taken };
        const about = name ?? '(which generation is published)';
        if (failed !== about)
          logger.error(fields, 'could not take the published index generation; keeping the loaded one');
        else logger.debug(fields, 'the published index generation still cannot be taken');
        failed = about;
      }
    } finally {
      busy = false;
    }
  };
  const stopListening = store.listen({ onNotice: () => void check(), onConnected: () => void check() });
  const timer = setInterval(() => void check(), options.pollMs ?? 10_000);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    stopListening();
  };
}

/** Reads a generation folder's files for publishing, one at a time. */
export async function readGenerationFile(folder: string, name: string): Promise<Buffer> {
  return readFile(path.join(folder, name));
}
