#!/usr/bin/env node
// The `matchcut` command.
// 1. Settings: a `.env` file in the working folder (or the file MATCHCUT_ENV_FILE names) is read
//    first; variables already set in the environment win over it.
// 2. What runs: the compiled JavaScript in dist/ (built by `npm install` / `npm ci` through the
//    `prepare` script). In a checkout being edited, where a source file is newer than the build
//    and the development dependency tsx is installed, the TypeScript sources run through tsx, so
//    what runs is always what the sources say. A production install (`npm ci --omit=dev`) has no
//    tsx and always runs dist/.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist', 'adapters', 'cli', 'main.js');
const stamp = path.join(root, 'dist', '.build-stamp');

function loadEnvironmentFile() {
  const named = process.env.MATCHCUT_ENV_FILE;
  const file = named !== undefined && named !== '' ? path.resolve(named) : path.resolve('.env');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (named === undefined || named === '') return;
    const reason = error && typeof error === 'object' && 'code' in error ? error.code : 'unreadable';
    process.stderr.write(`matchcut: MATCHCUT_ENV_FILE names ${file}, which cannot be read (${reason}).\n`);
    process.exit(2);
  }
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
}

function newestSource(folder) {
  let newest = 0;
  if (!existsSync(folder)) return newest;
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

function tsxIsInstalled() {
  try {
    createRequire(import.meta.url).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

loadEnvironmentFile();
if (!buildIsFresh() && tsxIsInstalled()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'adapters', 'cli', 'main.ts')).href);
} else if (existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  process.stderr.write('matchcut: no compiled build in dist/. Run `npm run build` (or `npm ci`) in the checkout.\n');
  process.exit(1);
}
