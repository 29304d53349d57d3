/**
 * Which processes read which index generation, so that no process deletes files another one is
 * answering from. A process that loads a generation leaves a small marker
 * `index/readers/<generation>@<pid>`; a generation that is not CURRENT is removed only when no
 * live process holds a marker for it. Markers of processes that died are ignored and cleaned up.
 */
import { mkdirSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function readersFolder(indexRoot: string): string {
  return path.join(indexRoot, 'readers');
}

/** Whether a process with this id runs (signal 0 checks without sending anything). */
export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks this process as a reader of `generation`; the returned function removes the mark. */
export function registerReader(indexRoot: string, generation: string): () => void {
  const folder = readersFolder(indexRoot);
  mkdirSync(folder, { recursive: true });
  const marker = path.join(folder, `${generation}@${process.pid}`);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      unlinkSync(marker);
    } catch {
      // Already gone (a cleanup of a folder that was removed): nothing to release.
    }
  };
}

/** Generations some live process reads; markers of dead processes are removed on the way. */
export function generationsInUse(indexRoot: string): Set<string> {
  const inUse = new Set<string>();
  let entries: string[];
  try {
    entries = readdirSync(readersFolder(indexRoot));
  } catch {
    return inUse;
  }
  for (const entry of entries) {
    const match = /^(.+)@(\d+)$/.exec(entry);
    if (!match) continue;
    const [, generation, pid] = match as unknown as [string, string, string];
    if (processIsAlive(Number(pid))) inUse.add(generation);
    else rmSync(path.join(readersFolder(indexRoot), entry), { force: true });
  }
  return inUse;
}
