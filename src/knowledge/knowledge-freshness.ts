/**
 * Whether the knowledge files changed since the index was built, at two prices.
 *
 * The full check (`checkKnowledgeFiles`) lists every article folder and stats every file: a fingerprint of paths,
 * sizes and modification times (41,676 stats at 100k passages, most of a start's time). It also records each
 * folder's modification time, taken just before the folder is listed, in `<dataDir>/cache/knowledge-folders.json`.
 *
 * The folder check (`fingerprintFromFolders`) stats only those folders: when none changed, the fingerprint of the
 * last full check still holds for the files' list. A folder's time changes when an entry is added, removed or
 * renamed in it (`matchcut ingest` and most editors' saves write a new file and rename it into place), not when a
 * file is edited in place: that edit is found by a full check run after the open (open-knowledge-sources.ts), which
 * re-ingests the knowledge then. Timestamp granularity (a second on some file systems, two on FAT, a clock tick
 * on others): a folder whose recorded time is within `racyMarginMs` of the moment it was recorded is not trusted,
 * since a later change could carry the same time (as git treats "racily clean" entries); the full check runs then.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../retrieval/atomic-files.js';
import { chunkerSettings, indexFormatVersion } from '../retrieval/index-generations.js';
import { type FolderTime, listArticleFilesWithProblems } from './list-article-files.js';

/** A folder changed this close to the moment its time was recorded may change again unseen (same timestamp). */
export const racyMarginMs = 2_000;

const recordName = 'knowledge-folders.json';
const recordVersion = 1;

export interface FilesCheck {
  /** Over the chunking settings, the lexicon's hash, and each article file's path, size and modification time. */
  fingerprint: string;
  /** The folders read, each timed just before its listing. */
  folders: FolderTime[];
  /** When the check began (ms since the epoch). */
  checkedAt: number;
}

interface FolderRecord {
  version: number;
  /** What the fingerprint is taken over besides the files (format, chunking, lexicon). */
  basis: string;
  fingerprint: string;
  checkedAt: number;
  folders: FolderTime[];
}

function fingerprintBasis(glossaryHash: string): string {
  return JSON.stringify({ indexFormatVersion, chunkerSettings, glossaryHash });
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The full check over the article folders (in this order). `yieldEvery`: let the event loop run after so many
 * stats (a check in the background while questions are answered).
 */
export async function checkKnowledgeFiles(
  articleFolders: readonly string[],
  glossaryHash: string,
  options: { yieldEvery?: number | undefined } = {},
): Promise<FilesCheck> {
  const checkedAt = Date.now();
  const hash = createHash('sha256');
  hash.update(fingerprintBasis(glossaryHash));
  const folders: FolderTime[] = [];
  let stats = 0;
  for (const folder of articleFolders) {
    const listed = await listArticleFilesWithProblems(folder);
    folders.push(...listed.folders);
    // One synchronous stat after another: 2–3× faster than as many promises (41,000 files at 100k passages).
    for (const file of listed.files) {
      const info = statSync(file);
      hash.update(`${file}\u0000${info.size}\u0000${Math.round(Number(info.mtimeMs))}\n`);
      stats += 1;
      if (options.yieldEvery !== undefined && stats % options.yieldEvery === 0) await pause();
    }
  }
  return { fingerprint: hash.digest('hex').slice(0, 24), folders, checkedAt };
}

function recordFile(cacheDir: string): string {
  return path.join(cacheDir, recordName);
}

/** Remembers a full check's folder times for the next start (best effort: a read-only cache only costs speed). */
export async function saveFolderRecord(cacheDir: string, check: FilesCheck, glossaryHash: string): Promise<void> {
  const record: FolderRecord = { version: recordVersion, basis: fingerprintBasis(glossaryHash), ...check };
  await writeFileAtomically(recordFile(cacheDir), JSON.stringify(record)).catch(() => undefined);
}

function isFolderRecord(value: unknown): value is FolderRecord {
  const record = value as Partial<FolderRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    record.version === recordVersion &&
    typeof record.basis === 'string' &&
    typeof record.fingerprint === 'string' &&
    typeof record.checkedAt === 'number' &&
    Array.isArray(record.folders) &&
    record.folders.every(
      (folder: FolderTime) =>
        typeof folder?.path === 'string' && (folder.mtimeNs === null || typeof folder.mtimeNs === 'string'),
    )
  );
}

/** A folder's modification time now (null: not there or not a folder), as recorded. */
async function folderTime(folder: string): Promise<string | null> {
  try {
    const info = await stat(folder, { bigint: true });
    return info.isDirectory() ? String(info.mtimeNs) : null;
  } catch {
    return null;
  }
}

async function readFolderRecord(cacheDir: string, glossaryHash: string): Promise<FolderRecord | undefined> {
  let record: unknown;
  try {
    record = JSON.parse(await readFile(recordFile(cacheDir), 'utf8'));
  } catch {
    return undefined;
  }
  return isFolderRecord(record) && record.basis === fingerprintBasis(glossaryHash) ? record : undefined;
}

/** Whether a folder of the record changed within `racyMarginMs` of the check (a later change could keep its time). */
function isRacy(record: FolderRecord): boolean {
  const racyFrom = BigInt(record.checkedAt - racyMarginMs) * 1_000_000n;
  return record.folders.some((folder) => folder.mtimeNs !== null && BigInt(folder.mtimeNs) >= racyFrom);
}

/**
 * The fingerprint of the last full check when the article folders it read (the roots among them, in this order)
 * are unchanged since, none of them changed within `racyMarginMs` of that check, and the lexicon is the same;
 * undefined otherwise (run the full check). Files edited in place are not seen here (see the file's comment).
 */
export async function fingerprintFromFolders(
  cacheDir: string,
  articleFolders: readonly string[],
  glossaryHash: string,
): Promise<string | undefined> {
  const record = await readFolderRecord(cacheDir, glossaryHash);
  if (record === undefined || isRacy(record)) return undefined;
  const recorded = new Set(record.folders.map((folder) => folder.path));
  if (articleFolders.some((folder) => !recorded.has(folder))) return undefined;
  for (const folder of record.folders) if ((await folderTime(folder.path)) !== folder.mtimeNs) return undefined;
  return record.fingerprint;
}

/**
 * After a build that followed a full check made too soon after a folder changed to be trusted (files written, then
 * ingested at once): checks every file again and records it, so that the next start trusts the folders' times instead
 * of checking every file (41,676 stats at 100k passages). The build took long enough for this check to be trusted; if
 * a file changed meanwhile, its fingerprint differs from the build's and the next start rebuilds. Returns whether it
 * checked.
 */
export async function recheckAfterBuild(
  cacheDir: string,
  articleFolders: readonly string[],
  glossaryHash: string,
): Promise<boolean> {
  const record = await readFolderRecord(cacheDir, glossaryHash);
  if (record === undefined || !isRacy(record)) return false;
  await saveFolderRecord(cacheDir, await checkKnowledgeFiles(articleFolders, glossaryHash), glossaryHash);
  return true;
}
