// A node-gyp for the scratch Docker build (test/deploy/dockerfile.test.ts). npm runs `node-gyp rebuild`
// in a package folder for a native module with no install script of its own (hnswlib-node), finding
// node-gyp on the PATH it gives scripts, where every ancestor folder's node_modules/.bin comes before
// its own copy: the test puts this one in the scratch folder's (outside the stages' folders). When the
// checkout named by MATCHCUT_CHECKOUT_MODULES holds the same package at the same version with its
// compiled modules (build/Release/*.node, compiled from the same lock file by the checkout's own
// install), they are copied instead of compiled a second time; anything else runs npm's node-gyp
// (npm_config_node_gyp, which npm sets for every script).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);

function checkoutBuild() {
  const modules = process.env.MATCHCUT_CHECKOUT_MODULES;
  if (modules === undefined || args[0] !== 'rebuild') return undefined;
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const checkout = path.join(modules, manifest.name);
  if (!existsSync(path.join(checkout, 'package.json'))) return undefined;
  const theirs = JSON.parse(readFileSync(path.join(checkout, 'package.json'), 'utf8'));
  const release = path.join(checkout, 'build', 'Release');
  if (theirs.version !== manifest.version || !existsSync(release)) return undefined;
  const compiled = readdirSync(release).filter((name) => name.endsWith('.node'));
  return compiled.length === 0 ? undefined : { release, compiled };
}

const reuse = checkoutBuild();
if (reuse === undefined) {
  const npmNodeGyp = process.env.npm_config_node_gyp ?? 'node-gyp';
  const result = spawnSync(process.execPath, [npmNodeGyp, ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
mkdirSync(path.join('build', 'Release'), { recursive: true });
for (const name of reuse.compiled) copyFileSync(path.join(reuse.release, name), path.join('build', 'Release', name));
process.stdout.write(`reused the checkout's compiled ${reuse.compiled.join(', ')}\n`);
