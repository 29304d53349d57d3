/**
 * No block of code is written twice in src/ and adapters/ (issue 12's acceptance): after
 * normalizing lines (trimmed; blank lines, import lines, comment lines and lines of only
 * brackets or punctuation dropped), no run of `runLength` consecutive lines stands twice to
 * the letter. One piece of logic should serve both places instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/source-files.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

export const runLength = 6;

interface CodeLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

interface SourceText {
  file: string;
  text: string;
}

const onlyPunctuation = /^[\s{}()[\];,.:?!<>=&|+\-*/`'"]*$/;
const commentLine = /^(\/\/|\/\*|\*)/;

/** The lines that count, trimmed, with their line numbers (imports, comments, blank and punctuation lines dropped). */
export function normalizedLines(text: string): CodeLine[] {
  const lines: CodeLine[] = [];
  let inImport = false;
  let inBlockComment = false;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (inBlockComment) {
      if (trimmed.includes('*/')) inBlockComment = false;
      return;
    }
    if (inImport) {
      if (/\bfrom\s+['"]/.test(trimmed) || trimmed.endsWith(';')) inImport = false;
      return;
    }
    if (/^(import|export)\b.*\bfrom\s+['"]/.test(trimmed) || /^import\s+['"]/.test(trimmed)) return;
    if (/^import\b/.test(trimmed) || /^export\s+(type\s+)?\{[^}]*$/.test(trimmed)) {
      inImport = true;
      return;
    }
    if (trimmed.startsWith('/*') && !trimmed.includes('*/')) {
      inBlockComment = true;
      return;
    }
    if (trimmed === '' || commentLine.test(trimmed) || onlyPunctuation.test(trimmed)) return;
    lines.push({ text: trimmed.replace(/\s+/g, ' '), line: index + 1 });
  });
  return lines;
}

/** Where one run stands again: "a.ts:3-10 ~ b.ts:40-47", each pair of places named once, longest stretch. */
export function repeatedBlocks(sources: SourceText[], length = runLength): string[] {
  const firstSeen = new Map<string, { file: string; index: number }>();
  const stretches = new Map<
    string,
    { a: string; aStart: number; aEnd: number; b: string; bStart: number; bEnd: number }
  >();
  const lined = sources.map((source) => ({ file: source.file, lines: normalizedLines(source.text) }));
  for (const { file, lines } of lined) {
    for (let index = 0; index + length <= lines.length; index += 1) {
      const key = lines
        .slice(index, index + length)
        .map((line) => line.text)
        .join('\n');
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, { file, index });
        continue;
      }
      const firstLines = lined.find((entry) => entry.file === first.file)!.lines;
      const pairKey = `${first.file}|${file}|${index - first.index}`;
      const known = stretches.get(pairKey);
      const aEnd = firstLines[first.index + length - 1]!.line;
      const bEnd = lines[index + length - 1]!.line;
      if (known && lines[index - 1] && known.bEnd >= lines[index - 1]!.line) {
        known.aEnd = aEnd;
        known.bEnd = bEnd;
      } else if (!known) {
        const aStart = firstLines[first.index]!.line;
        stretches.set(pairKey, { a: first.file, aStart, aEnd, b: file, bStart: lines[index]!.line, bEnd });
      }
    }
  }
  return [...stretches.values()].map((s) => `${s.a}:${s.aStart}-${s.aEnd} ~ ${s.b}:${s.bStart}-${s.bEnd}`);
}

async function codeTree(): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const folder of ['src', 'adapters']) {
    for (const file of (await sourceFiles(path.join(repositoryRoot, folder))).sort()) {
      sources.push({ file: path.relative(repositoryRoot, file), text: await readFile(file, 'utf8') });
    }
  }
  return sources;
}

describe('no repeated blocks', () => {
  const block = [
    'const total = items.length;',
    'let sum = 0;',
    'for (const item of items) {',
    '  sum += item.value;',
    '}',
  ];
  const body = [...block, 'const mean = sum / total;', 'log(mean);', 'return mean;'].join('\n');

  it('names both places when six normalized lines stand twice', () => {
    const a = `import { x } from './x.js';\n// a comment\nfunction a(items) {\n${body}\n}\n`;
    const b = `function b(items) {\n\n  /* other words */\n${body.replace(/\n/g, '\n\n')}\n}\n`;
    expect(
      repeatedBlocks([
        { file: 'a.ts', text: a },
        { file: 'b.ts', text: b },
      ]),
    ).toEqual(['a.ts:4-11 ~ b.ts:4-18']);
  });

  it('finds a repeat within one file and ignores five shared lines or changed text', () => {
    const twice = `${body}\n}\nfunction c() {\n${body}\n`;
    expect(repeatedBlocks([{ file: 'c.ts', text: twice }])).toEqual(['c.ts:1-8 ~ c.ts:11-18']);
    const fiveShared = body.split('\n').slice(0, 6).join('\n');
    const changed = fiveShared.replace('sum += item.value', 'sum += item.weight');
    expect(
      repeatedBlocks([
        { file: 'd.ts', text: fiveShared },
        { file: 'e.ts', text: changed },
      ]),
    ).toEqual([]);
  });

  it('passes over imports, comments and punctuation lines', () => {
    const imports = ['import {', '  a,', '  b,', "} from './ab.js';", "import type { C } from './c.js';"].join('\n');
    expect(normalizedLines(`${imports}\n/**\n * doc\n */\n// note\n});\n  const   x =  1;\n`)).toEqual([
      { text: 'const x = 1;', line: 11 },
    ]);
  });

  it('src/ and adapters/ repeat no run of six lines to the letter', async () => {
    expect(repeatedBlocks(await codeTree())).toEqual([]);
  });
});
