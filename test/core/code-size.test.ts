/**
 * Code stays in pieces one can read: in src/ and adapters/ (tests, stand-ins and the
 * benchmark live elsewhere) no file is over 400 lines, no function over 120 lines, and no
 * line over 120 characters.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/source-files.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

export const limits = { fileLines: 400, functionLines: 120, lineCharacters: 120 } as const;

/** Lines of code of a file's text (a trailing newline does not start a line). */
const lineCount = (text: string) => text.replace(/\n$/, '').split('\n').length;

/** Every function-like node (declarations, methods, arrows, function expressions) with its name and line span. */
export function functionSpans(fileName: string, text: string): { name: string; lines: number; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const spans: { name: string; lines: number; line: number }[] = [];
  const nameOf = (node: ts.Node): string => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
    return '(anonymous)';
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      spans.push({ name: nameOf(node), lines: end - start + 1, line: start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

/** What breaks the limits in one file, as "path:line what". */
export function sizeProblems(relative: string, text: string): string[] {
  const problems: string[] = [];
  const lines = lineCount(text);
  if (lines > limits.fileLines) problems.push(`${relative}: ${lines} lines (at most ${limits.fileLines})`);
  for (const span of functionSpans(relative, text)) {
    if (span.lines > limits.functionLines) {
      problems.push(
        `${relative}:${span.line} function ${span.name}: ${span.lines} lines (at most ${limits.functionLines})`,
      );
    }
  }
  text.split('\n').forEach((line, index) => {
    if (line.length > limits.lineCharacters) {
      problems.push(`${relative}:${index + 1} line of ${line.length} characters (at most ${limits.lineCharacters})`);
    }
  });
  return problems;
}

describe('code size', () => {
  it('measures files, functions and lines', () => {
    const longFunction = `function big() {\n${'  work();\n'.repeat(limits.functionLines)}}\n`;
    const longLine = `const x = '${'y'.repeat(limits.lineCharacters)}';\n`;
    const manyLines = 'const z = 1;\n'.repeat(limits.fileLines + 1);
    expect(sizeProblems('a.ts', longFunction)).toEqual([
      `a.ts:1 function big: ${limits.functionLines + 2} lines (at most 120)`,
    ]);
    expect(sizeProblems('b.ts', longLine)).toEqual([`b.ts:1 line of ${longLine.length - 1} characters (at most 120)`]);
    expect(sizeProblems('c.ts', manyLines)).toEqual([`c.ts: ${limits.fileLines + 1} lines (at most 400)`]);
    expect(sizeProblems('d.ts', 'const f = () => {\n  return 1;\n};\n')).toEqual([]);
  });

  it('src/ and adapters/ keep files ≤ 400 lines, functions ≤ 120 lines, lines ≤ 120 characters', async () => {
    const problems: string[] = [];
    for (const folder of ['src', 'adapters']) {
      for (const file of await sourceFiles(path.join(repositoryRoot, folder))) {
        problems.push(...sizeProblems(path.relative(repositoryRoot, file), await readFile(file, 'utf8')));
      }
    }
    expect(problems).toEqual([]);
  });
});
