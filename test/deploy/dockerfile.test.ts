/**
 * The container recipe works: the Dockerfile's build and runtime stages run in order in a scratch
 * folder (see dockerfile-steps.ts), the runtime holds compiled output and production dependencies
 * only (no tsx, no TypeScript sources), installs print no install-script warning, and the runtime
 * answers a question the way the image's entry point would.
 *
 * better-sqlite3's install tries a published prebuilt binary first (prebuild-install) and compiles
 * SQLite only when that fails — a real image build downloads it. Offline, the scratch build is offered
 * the binary this checkout's own install compiled, as a local prebuild, instead of compiling SQLite
 * a second time (about 80 s of CPU in CI). hnswlib-node has no prebuilds: the `node-gyp` npm finds
 * first is reuse-native-build.mjs, which copies the module the checkout's own install compiled from the
 * same lock file (same version) instead of compiling it again (about 13 s of CPU), and runs npm's
 * node-gyp for anything else. The scratch `npm ci --omit=dev` still installs every production
 * dependency and runs every install script and `prepare`; the runtime loads the copied module.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTemporaryFolder, repositoryRoot } from '../helpers/temporary-folder.js';
import { parseDockerfile, runDockerfile } from './dockerfile-steps.js';

const dockerfile = path.join(repositoryRoot, 'Dockerfile');
const cleanups: (() => Promise<void>)[] = [];

/** Packs the checkout's compiled better-sqlite3 the way its published prebuilds are named; returns their folder. */
function localSqlitePrebuild(scratch: string): string {
  const module = path.join(repositoryRoot, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(readFileSync(path.join(module, 'package.json'), 'utf8')) as { version: string };
  const folder = path.join(scratch, 'prebuilds');
  mkdirSync(folder, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['-czf', path.join(folder, name), '-C', module, 'build/Release/better_sqlite3.node']);
  return folder;
}
/** Puts reuse-native-build.mjs as `node-gyp` in the scratch folder's node_modules/.bin (see above). */
function reuseNativeBuilds(scratch: string): void {
  const bin = path.join(scratch, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  const script = path.join(import.meta.dirname, 'reuse-native-build.mjs');
  writeFileSync(path.join(bin, 'node-gyp'), `#!/bin/sh\nexec node '${script}' "$@"\n`, { mode: 0o755 });
}
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('Dockerfile', () => {
  it('declares a multi-stage build, a non-root user, a data volume and a health check', () => {
    const steps = parseDockerfile(readFileSync(dockerfile, 'utf8'));
    const of = (instruction: string) => steps.filter((step) => step.instruction === instruction);
    expect(of('FROM')).toHaveLength(2);
    expect(of('USER').at(-1)?.argument).toBe('node');
    expect(
      of('VOLUME')
        .map((step) => step.argument)
        .join(' '),
    ).toContain('/data');
    expect(
      of('ENV')
        .map((step) => step.argument)
        .join(' '),
    ).toContain('MATCHCUT_DATA_DIR=/data');
    expect(of('HEALTHCHECK')[0]?.argument).toContain('/ready');
  });

  it('builds and runs in a scratch folder: production dependencies only, and it answers', async () => {
    const { folder: scratch, cleanup } = await createTemporaryFolder('matchcut-docker-');
    cleanups.push(cleanup);
    reuseNativeBuilds(scratch);
    const stages = runDockerfile({
      dockerfile,
      context: repositoryRoot,
      scratch,
      baseEnv: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        npm_config_cache: process.env.npm_config_cache ?? path.join(process.env.HOME ?? scratch, '.npm'),
        npm_config_prefer_offline: 'true',
        npm_config_better_sqlite3_local_prebuilds: localSqlitePrebuild(scratch),
        MATCHCUT_CHECKOUT_MODULES: path.join(repositoryRoot, 'node_modules'),
      },
    });
    const runtime = stages.at(-1);
    expect(runtime?.name).toBe('runtime');
    if (runtime === undefined) return;
    const app = path.join(runtime.root, 'app');
    const installOutput = stages.flatMap((stage) => stage.outputs).join('\n');
    expect(installOutput).not.toMatch(/install-scripts|not yet covered by allowScripts/);
    expect(existsSync(path.join(app, 'dist', 'adapters', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(path.join(app, 'src'))).toBe(false);
    // The build stage saved the shipped lexicon's worked-out form, so the image's first start reads it.
    const lexiconCache = path.join(app, 'dist', 'lexicon-cache');
    expect(existsSync(lexiconCache) ? readdirSync(lexiconCache).length : 0).toBeGreaterThan(0);

    const answer = spawnSync(
      process.execPath,
      ['bin/matchcut.js', 'ask', '--json', 'How many people work at IT Works Korea?'],
      {
        cwd: app,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          ...runtime.env,
          MATCHCUT_DATA_DIR: path.join(runtime.root, 'data'),
        },
      },
    );
    expect(answer.stderr).toBe('');
    expect(answer.status).toBe(0);
    const parsed = JSON.parse(answer.stdout) as { grounded: boolean; answer: string };
    expect(parsed.grounded).toBe(true);
    expect(parsed.answer).toMatch(/\b42\b/);
  }, 600_000);
});
