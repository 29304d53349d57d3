#!/usr/bin/env node
// The `matchcut` command. It runs the compiled JavaScript in dist/ (built by `npm install`
// through the `prepare` script) when that build is at least as new as every source file;
// otherwise — a checkout being edited, or no build yet — it runs the TypeScript sources
// through tsx, so what runs is always what the sources say.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist', 'adapters', 'cli', 'main.js');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsFresh() {
  if (!existsSync(compiled) || !existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src', 'adapters'].every((folder) => newestSource(path.join(root, folder)) <= built);
}

if (buildIsFresh()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'adapters', 'cli', 'main.ts')).href);
}
