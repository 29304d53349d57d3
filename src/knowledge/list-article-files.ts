/**
 * Lists article files in knowledge folders, robust to what real folders hold: symbolic
 * links are followed once (a loop or a link to a missing file is reported and skipped),
 * a folder whose name ends in ".md" is a folder, unreadable entries are reported, and
 * temporary files left by a killed writer (`<name>.<pid>.<hex>.tmp`) are removed when
 * the process that wrote them is gone.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeProblem } from './problems.js';

/** Files loaded from knowledge folders (they carry front matter). */
export const articleExtensions = ['.md', '.markdown', '.txt'] as const;
/** Files `matchcut ingest` accepts. */
export const ingestExtensions = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;

/** The order of `localeCompare` (the default collator), made once instead of per comparison (41,000 names at 100k). */
const byName = new Intl.Collator().compare;

const temporaryFile = /\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder (a symbolic link to something that is gone?)';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'not readable (permission denied)';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function describePathError(error: unknown): string {
  return describeError(error);
}

function writerIsGone(processId: number): boolean {
  if (processId === process.pid) return false;
  try {
    process.kill(processId, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes a temporary file whose writer has exited (a killed ingest); true when removed. */
async function removeIfStale(file: string): Promise<boolean> {
  const match = temporaryFile.exec(file);
  if (!match || !writerIsGone(Number(match[1]))) return false;
  await rm(file, { force: true }).catch(() => undefined);
  return true;
}

/** A folder walked and its modification time (nanoseconds, as text) when it was read; null: it did not exist. */
export interface FolderTime {
  path: string;
  mtimeNs: string | null;
}

export interface ListedFiles {
  files: string[];
  problems: KnowledgeProblem[];
  /** Every folder read (a linked one by the path it was reached by), each timed just before its listing. */
  folders: FolderTime[];
}

async function walk(
  folder: string,
  extensions: readonly string[],
  visited: Set<string>,
  result: ListedFiles,
): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(folder);
    if (visited.has(real)) {
      result.problems.push({
        file: folder,
        field: '(path)',
        message: 'a symbolic link loop: this folder was already read',
      });
      return;
    }
    visited.add(real);
    // Timed before it is listed: an entry added or removed after the listing changes the time recorded here.
    const { mtimeNs } = await stat(folder, { bigint: true });
    entries = await readdir(folder, { withFileTypes: true });
    result.folders.push({ path: folder, mtimeNs: String(mtimeNs) });
  } catch (error) {
    result.folders.push({ path: folder, mtimeNs: null });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && visited.size === 0) return;
    result.problems.push({ file: folder, field: '(path)', message: describeError(error) });
    return;
  }
  for (const entry of entries.sort((left, right) => byName(left.name, right.name))) {
    const full = path.join(folder, entry.name);
    if (temporaryFile.test(entry.name)) {
      await removeIfStale(full);
      continue;
    }
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // Recorded as a folder that is not there: the link's target appearing later is a change.
        result.folders.push({ path: full, mtimeNs: null });
        if ((extensions as readonly string[]).includes(path.extname(entry.name).toLowerCase())) {
          result.problems.push({ file: full, field: '(path)', message: describeError(error) });
        }
        continue;
      }
    }
    if (isDirectory) await walk(full, extensions, visited, result);
    else if (isFile && extensions.includes(path.extname(entry.name).toLowerCase())) result.files.push(full);
  }
}

/** Lists article files under a folder (recursively, sorted), with the paths that could not be read. */
export async function listArticleFilesWithProblems(
  folder: string,
  extensions: readonly string[] = articleExtensions,
): Promise<ListedFiles> {
  const result: ListedFiles = { files: [], problems: [], folders: [] };
  await walk(folder, extensions, new Set(), result);
  return result;
}

/** Lists article files under a folder; a missing folder has none, unreadable entries are skipped. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  return (await listArticleFilesWithProblems(folder)).files;
}

/** What a path given to ingest is: a folder, a file, or a problem. */
export async function inspectPath(target: string): Promise<{ kind: 'folder' | 'file' } | { problem: string }> {
  try {
    const info = await stat(target);
    if (info.isDirectory()) return { kind: 'folder' };
    if (info.isFile()) return { kind: 'file' };
    return { problem: 'not a regular file or folder' };
  } catch (error) {
    const link = await lstat(target).catch(() => undefined);
    if (link?.isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { problem: 'a symbolic link to a missing file' };
    }
    return { problem: describeError(error) };
  }
}
