import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export async function createTemporaryFolder(
  prefix = 'matchcut-test-',
): Promise<{ folder: string; cleanup: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  return { folder, cleanup: () => rm(folder, { recursive: true, force: true }) };
}

export const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');
export const shippedKnowledgeDir = path.join(repositoryRoot, 'knowledge');
