/**
 * A YAML file's parsed value kept beside the data folder (src/knowledge/saved-yaml.ts): read back while the text is
 * unchanged, parsed again when the text changed or the saved form is damaged, and never kept when JSON would change it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseYamlSaved } from '../../src/knowledge/saved-yaml.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const text = ['- name: Studio One', '  offers: [dubbing, subtitles]', '  size: 12', ''].join('\n');
const parsed = [{ name: 'Studio One', offers: ['dubbing', 'subtitles'], size: 12 }];

describe('the saved form of a YAML file', () => {
  it('is written on first parse and read back (not parsed) while the text is unchanged', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const saved = { cacheDir: path.join(temporary.folder, 'cache'), name: 'profiles' };
    expect(await parseYamlSaved(text, saved)).toEqual(parsed);
    const file = path.join(saved.cacheDir, 'profiles-parsed.json');
    const kept = JSON.parse(await readFile(file, 'utf8')) as { hash: string; value: unknown };
    expect(kept.value).toEqual(parsed);

    // The value comes from the saved form: one changed there (same text, same hash) is what is read.
    await writeFile(file, JSON.stringify({ hash: kept.hash, value: [{ name: 'From the saved form' }] }));
    expect(await parseYamlSaved(text, saved)).toEqual([{ name: 'From the saved form' }]);

    // A changed text is parsed again and replaces the saved form.
    const changed = `${text}- name: Studio Two\n`;
    expect(await parseYamlSaved(changed, saved)).toEqual([...parsed, { name: 'Studio Two' }]);
    expect(JSON.parse(await readFile(file, 'utf8')).value).toEqual([...parsed, { name: 'Studio Two' }]);
  });

  it('parses again when the saved form is damaged, and rewrites it', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const saved = { cacheDir: temporary.folder, name: 'profiles' };
    await parseYamlSaved(text, saved);
    const file = path.join(temporary.folder, 'profiles-parsed.json');
    await writeFile(file, '{"hash": "');
    expect(await parseYamlSaved(text, saved)).toEqual(parsed);
    expect(JSON.parse(await readFile(file, 'utf8')).value).toEqual(parsed);
  });

  it('keeps no saved form of a value JSON cannot carry, and throws the parser errors', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const saved = { cacheDir: temporary.folder, name: 'profiles' };
    expect(await parseYamlSaved('- size: .inf\n', saved)).toEqual([{ size: Infinity }]);
    expect(await readdir(temporary.folder)).toEqual([]);
    await expect(parseYamlSaved('- [unclosed\n', saved)).rejects.toThrow();
  });
});
