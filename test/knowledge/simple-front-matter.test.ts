import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ingestArticles } from '../../src/knowledge/ingest-articles.js';
import { splitFrontMatter } from '../../src/knowledge/load-articles.js';
import { readSimpleFrontMatter } from '../../src/knowledge/simple-front-matter.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { createTemporaryFolder, repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

/** What the YAML parser makes of a front matter, or 'error'. */
function yamlOf(frontMatter: string): unknown {
  try {
    return parseYaml(frontMatter);
  } catch {
    return 'error';
  }
}

/** A seeded generator (mulberry32): the same cases every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pieces = [
  ...'aZk09 -_/.,:;#[]{}&*!|>\'"%@`?~+/\\=()',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u0085',
  'é',
  '한',
  '日',
  'Đ',
  '😀',
  'true',
  'null',
  '0x1f',
  '0o7',
  '1e5',
  '.inf',
  '2024-11-01',
  '12',
  '\\"',
  '\\\\',
  '\\n',
  '\\u0041',
  ': ',
  ' #',
];

describe('simple front matter', () => {
  it('reads the plain and double-quoted lines of knowledge files as YAML does', () => {
    const frontMatter = [
      'id: bench-en-0',
      'title: "Hai Au Digital expands \\"game\\" work in Hai Phong\\\\"',
      'language: en',
      'outlet: Asia Media Journal, Seoul & Hanoi',
      'published: 2024-11-01',
      "author: Kim Ji-won's desk",
    ].join('\n');
    expect(readSimpleFrontMatter(frontMatter)).toEqual(parseYaml(frontMatter));
    expect(readSimpleFrontMatter(frontMatter)?.title).toBe('Hai Au Digital expands "game" work in Hai Phong\\');
  });

  it('leaves to the YAML parser what it cannot read exactly', () => {
    for (const frontMatter of [
      'id: a\nid: b',
      'count: 12',
      'flag: true',
      'title: a # comment',
      'title: a: b',
      "title: 'single'",
      'title: "with \\n escape"',
      'tags:\n  - a',
      'id: a\n\ntitle: b',
      'id: a\r',
      'title: /path: b',
    ])
      expect(readSimpleFrontMatter(frontMatter), frontMatter).toBeUndefined();
  });

  it('agrees with the YAML parser on every front matter it reads (random lines of awkward characters)', () => {
    const random = seeded(17);
    let read = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const lines: string[] = [];
      for (let line = 0; line < 1 + Math.floor(random() * 3); line += 1) {
        let value = '';
        for (let piece = 0; piece < 1 + Math.floor(random() * 8); piece += 1)
          value += pieces[Math.floor(random() * pieces.length)];
        const quoted = random() < 0.4;
        const key = ['id', 'title', 'outlet', 'title'][Math.floor(random() * 4)] as string;
        lines.push(`${key}:${random() < 0.1 ? '  ' : ' '}${quoted ? `"${value}"` : value}`);
      }
      const frontMatter = lines.join('\n');
      const fast = readSimpleFrontMatter(frontMatter);
      if (fast === undefined) continue;
      read += 1;
      expect(fast, JSON.stringify(frontMatter)).toEqual(yamlOf(frontMatter));
    }
    // Most cases hold some awkward character; enough are read to mean something.
    expect(read).toBeGreaterThan(2_000);
  });

  it('reads the front matter of the shipped articles and of captures ingested as `matchcut ingest` writes it', async () => {
    const { folder, cleanup } = await createTemporaryFolder('matchcut-front-matter-');
    try {
      const captures = path.join(repositoryRoot, 'test', 'fixtures');
      await ingestArticles([captures], { dataDir: folder, logger: createSilentLogger() });
      let compared = 0;
      for (const articles of [path.join(folder, 'articles'), path.join(shippedKnowledgeDir, 'articles')]) {
        for (const entry of await readdir(articles)) {
          const { frontMatter } = splitFrontMatter(await readFile(path.join(articles, entry), 'utf8'));
          const fast = frontMatter === undefined ? undefined : readSimpleFrontMatter(frontMatter);
          if (fast === undefined) continue;
          compared += 1;
          expect(fast, entry).toEqual(yamlOf(frontMatter as string));
        }
      }
      expect(compared).toBeGreaterThan(50);
    } finally {
      await cleanup();
    }
  });
});
