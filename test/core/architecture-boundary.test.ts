import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/source-files.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * Every module an ES/TypeScript file names: static and type-only imports, re-exports,
 * side-effect imports, dynamic `import()` and `require()`.
 */
export function moduleSpecifiers(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) if (match[1] !== undefined) found.push(match[1]);
  return found;
}

const sourceFolder = path.join(repositoryRoot, 'src');
const door = path.join(sourceFolder, 'index.ts');

/** The core file an adapter's specifier points at, or undefined when it points outside src/. */
function coreTarget(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return undefined;
  const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
  if (resolved !== sourceFolder && !resolved.startsWith(`${sourceFolder}${path.sep}`)) return undefined;
  return resolved === sourceFolder ? door : resolved;
}

describe('the core stays platform-free', () => {
  it('src/ never imports a platform SDK, never reads process.env and never writes to the console', async () => {
    const files = await sourceFiles(sourceFolder);
    expect(files.length).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const file of files) {
      // Comments may talk about process.env; code may not.
      const text = withoutComments(await readFile(file, 'utf8'));
      const relative = path.relative(repositoryRoot, file);
      const platformSdk = /^(discord\.js|@discordjs\/|@slack\/)/;
      if (moduleSpecifiers(text).some((specifier) => platformSdk.test(specifier))) {
        offences.push(`${relative}: imports a platform SDK`);
      }
      if (/process\.env/.test(text)) offences.push(`${relative}: reads process.env`);
      if (/\bconsole\.(log|info|warn|error|debug)\(/.test(text)) offences.push(`${relative}: writes to the console`);
      if (moduleSpecifiers(text).some((specifier) => /(^|\/)adapters\//.test(specifier))) {
        offences.push(`${relative}: imports an adapter`);
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('adapters come in through one door', () => {
  it('finds every kind of import: type-only, dynamic, re-exports, side effects', () => {
    const sample = [
      "import type { Answer } from '../../src/answer/types.js';",
      "import { a, type B } from '../../src/index.js';",
      "export { thing } from '../../src/errors.js';",
      "export * from '../../src/core-types.js';",
      "import '../../src/side-effect.js';",
      "const loaded = await import('../../src/open-matchcut.js');",
      "import Default, { named } from 'discord.js';",
      '// import { commented } from "../../src/commented.js";',
    ].join('\n');
    expect(moduleSpecifiers(sample)).toEqual([
      '../../src/answer/types.js',
      '../../src/index.js',
      '../../src/errors.js',
      '../../src/core-types.js',
      '../../src/side-effect.js',
      'discord.js',
      '../../src/open-matchcut.js',
    ]);
  });

  it('adapters/ import from src/ only through src/index.ts', async () => {
    const files = await sourceFiles(path.join(repositoryRoot, 'adapters'));
    expect(files.length).toBeGreaterThan(10);
    const offences: string[] = [];
    let throughTheDoor = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const specifier of moduleSpecifiers(text)) {
        const target = coreTarget(file, specifier);
        if (target === undefined) continue;
        if (target === door) throughTheDoor += 1;
        else offences.push(`${path.relative(repositoryRoot, file)}: imports ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
    expect(throughTheDoor).toBeGreaterThan(10);
  });
});
