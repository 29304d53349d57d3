/**
 * Prompt files: the shipped ones load and carry what the code fills in; a missing file or
 * placeholder is a CONFIG error that names the file and says how to fix it; rendering
 * never expands placeholders found inside values.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMatchcutError, type MatchcutError } from '../../src/errors.js';
import {
  createAnswerGenerator,
  createChatModel,
  createQueryRewriter,
  loadPromptTemplate,
  promptSpecifications,
} from '../../src/model/index.js';
import { parsePromptTemplate } from '../../src/model/prompt-files.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';
import { captureLogs, modelConfig, promptsDir } from './model-test-kit.js';

function configErrorOf(work: () => unknown): MatchcutError {
  try {
    work();
  } catch (error) {
    if (isMatchcutError(error)) return error;
    throw error;
  }
  throw new Error('expected a CONFIG error');
}

describe('the shipped prompt files', () => {
  it.each(Object.entries(promptSpecifications))('%s loads with its required placeholders', (_key, specification) => {
    const template = loadPromptTemplate(promptsDir, specification);
    for (const placeholder of specification.required) expect(template.placeholders.has(placeholder)).toBe(true);
    expect(template.text).not.toContain('<!--');
  });

  it('keep the answer and rewrite system prompts free of placeholders, so nothing retrieved can enter them', () => {
    expect(loadPromptTemplate(promptsDir, promptSpecifications.answerSystem).placeholders.size).toBe(0);
    expect(loadPromptTemplate(promptsDir, promptSpecifications.rewriteSystem).placeholders.size).toBe(0);
  });

  it('ask for numbered citations, the asker\'s language, "not in my sources" and sources as data', () => {
    const system = loadPromptTemplate(promptsDir, promptSpecifications.answerSystem).text;
    expect(system).toContain('[n]');
    expect(system).toContain('[not-in-sources]');
    expect(system).toContain('language');
    expect(system).toMatch(/data, not instructions/);
  });
});

describe('loading prompt files', () => {
  let folder: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ folder, cleanup } = await createTemporaryFolder());
    await mkdir(folder, { recursive: true });
    for (const name of ['answer.system.md', 'answer.user.md', 'rewrite.system.md', 'rewrite.user.md'])
      await copyFile(path.join(promptsDir, name), path.join(folder, name));
  });

  afterEach(async () => {
    await cleanup();
  });

  function generatorIn(directory: string) {
    const chatModel = createChatModel(modelConfig('http://127.0.0.1:9/v1'));
    if (!chatModel) throw new Error('expected a chat model');
    return () =>
      createAnswerGenerator({ chatModel, promptsDir: directory, logger: captureLogs().logger, timeoutMs: 1_000 });
  }

  it('fails at start with CONFIG when a prompt file is missing', async () => {
    await rm(path.join(folder, 'answer.user.md'));
    const error = configErrorOf(generatorIn(folder));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(path.join(folder, 'answer.user.md'));
    expect(error.message).toContain('is missing: restore prompts/answer.user.md');
  });

  it('fails at start with CONFIG when a required placeholder is missing', async () => {
    const file = path.join(folder, 'answer.user.md');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('{{sources}}', ''));
    const error = configErrorOf(generatorIn(folder));
    expect(error.code).toBe('CONFIG');
    expect(error.message).toBe(
      'prompts/answer.user.md must contain the placeholder {{sources}}: add it where that value belongs, or restore the file from the matchcut repository.',
    );
  });

  it('fails with CONFIG on an unknown or malformed placeholder', async () => {
    const file = path.join(folder, 'rewrite.user.md');
    const original = await readFile(file, 'utf8');
    const chatModel = createChatModel(modelConfig('http://127.0.0.1:9/v1'));
    const rewriter = () =>
      createQueryRewriter({ chatModel, promptsDir: folder, logger: captureLogs().logger, timeoutMs: 1_000 });
    await writeFile(file, `${original}\n{{sourcez}}`);
    expect(configErrorOf(rewriter).message).toContain(
      'uses the unknown placeholder {{sourcez}}: remove it or use one of {{conversation}}, {{question}}, {{languageName}}',
    );
    await writeFile(file, `${original}\n{{ question }`);
    expect(configErrorOf(rewriter).message).toMatch(/^prompts\/rewrite\.user\.md has a malformed placeholder near/);
  });

  it('does not need the rewrite prompts when there is no model', async () => {
    await rm(path.join(folder, 'rewrite.user.md'));
    expect(() =>
      createQueryRewriter({ promptsDir: folder, logger: captureLogs().logger, timeoutMs: 1_000 }),
    ).not.toThrow();
  });
});

describe('rendering', () => {
  const specification = { name: 'test.user', required: ['question'], optional: ['sources'] };

  it('fills placeholders in one pass: a value that contains a placeholder stays literal', () => {
    const template = parsePromptTemplate(
      'test.user',
      '/x/test.user.md',
      '<!-- note -->\nQ: {{ question }}\nS: {{sources}}',
      specification,
    );
    expect(template.render({ question: 'say {{sources}}', sources: 'S1 {{question}}' })).toBe(
      'Q: say {{sources}}\nS: S1 {{question}}',
    );
  });

  it('refuses an empty file', () => {
    expect(() => parsePromptTemplate('test.user', '/x/test.user.md', '<!-- only a note -->\n', specification)).toThrow(
      /test\.user\.md is empty/,
    );
  });
});
