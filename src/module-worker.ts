/**
 * Starts a worker thread on one of matchcut's own modules, found next to the module that starts it:
 * the compiled JavaScript (`dist/`, `npm run build`), or — when the caller itself runs from the
 * TypeScript sources (tests, bench, `bin/matchcut.js` through tsx) — the `.ts` file loaded through
 * tsx, whose loader a worker does not inherit from the thread that starts it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * How a worker loads TypeScript sources: `import` registers tsx's ES module loader (any module; on
 * Node 20 the loader runs on a thread of its own, about half a second more to start); `require`
 * registers tsx's require hook (faster to start), for a module whose imports use neither
 * top-level await nor `import.meta`.
 */
export type TypeScriptLoading = 'import' | 'require';

/** `callerUrl`: the starting module's `import.meta.url`; `name`: the worker module's file name without extension. */
export function startModuleWorker(
  callerUrl: string,
  name: string,
  options: WorkerOptions,
  loading: TypeScriptLoading = 'import',
): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const require = createRequire(callerUrl);
  const entry = new URL(`./${name}.ts`, callerUrl);
  if (loading === 'require') {
    const hook = require.resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(hook)}).register(); require(${JSON.stringify(fileURLToPath(entry))});`;
    return new Worker(code, { ...options, eval: true });
  }
  const tsxRoot = path.dirname(require.resolve('tsx/package.json'));
  const tsxPackage = JSON.parse(readFileSync(path.join(tsxRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const tsxApi = pathToFileURL(path.join(tsxRoot, tsxPackage.exports['./esm/api']?.import.default ?? '')).href;
  const bootstrap =
    `const api = await import(${JSON.stringify(tsxApi)}); api.register();` +
    `await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}
