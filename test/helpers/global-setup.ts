/**
 * Runs once per `vitest run`, before any test file: builds the shipped knowledge base's index
 * into one template data folder that every test core copies (test-core.ts), instead of each
 * test file's process building the same index again. The folder is removed after the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './test-core-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder holding the shipped knowledge base's built index (index/, cache/). */
    testCoreTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'matchcut-test-template-'));
  await buildTemplate(folder);
  project.provide('testCoreTemplate', folder);
  return () => rm(folder, { recursive: true, force: true });
}
