import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../helpers/temporary-folder.js';

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files;
}

describe('the core stays platform-free', () => {
  it('src/ never imports a platform SDK, never reads process.env and never writes to the console', async () => {
    const files = await sourceFiles(path.join(repositoryRoot, 'src'));
    expect(files.length).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const file of files) {
      // Comments may talk about process.env; code may not.
      const text = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const relative = path.relative(repositoryRoot, file);
      if (/from\s+['"](discord\.js|@discordjs\/[^'"]+|@slack\/[^'"]+)['"]|import\(\s*['"](discord\.js|@slack\/)/.test(text)) offences.push(`${relative}: imports a platform SDK`);
      if (/process\.env/.test(text)) offences.push(`${relative}: reads process.env`);
      if (/\bconsole\.(log|info|warn|error|debug)\(/.test(text)) offences.push(`${relative}: writes to the console`);
      if (/from\s+['"]\.\.\/(\.\.\/)?adapters\//.test(text)) offences.push(`${relative}: imports an adapter`);
    }
    expect(offences).toEqual([]);
  });
});
