/**
 * The folder of matchcut's package.json, found by walking up from a module: the same answer
 * whether the code runs from the TypeScript sources or from the compiled dist/ folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(moduleUrl: string): string {
  let folder = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'matchcut') return folder;
      } catch {
        // Not ours; keep walking up.
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`matchcut's package.json was not found above ${fileURLToPath(moduleUrl)}`);
    folder = parent;
  }
}
