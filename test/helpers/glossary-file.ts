import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { createTemporaryFolder } from './temporary-folder.js';

/** A lexicon written as glossary.yaml in a temporary folder, loaded from that file (its cache in the same folder). */
export interface GlossaryFile {
  folder: string;
  file: string;
  glossary: Glossary;
}

/**
 * For tests whose worker threads load the lexicon from its file: writes and loads it before the tests of the
 * enclosing file or describe block, and removes the folder after them. Read the fields inside tests only.
 */
export function useGlossaryFile(lexicon: string): GlossaryFile {
  const state = {} as GlossaryFile;
  let cleanup = async () => {};
  beforeAll(async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    state.folder = temporary.folder;
    state.file = path.join(temporary.folder, 'glossary.yaml');
    await writeFile(state.file, lexicon);
    ({ glossary: state.glossary } = await loadGlossary(state.file, { cacheDir: temporary.folder }));
  });
  afterAll(() => cleanup());
  return state;
}
