/**
 * Prompt templates as files in `prompts/`. The syntax is deliberately tiny: `{{name}}`
 * (spaces allowed inside the braces) is replaced by a value; `<!-- ... -->` comments are
 * notes for whoever edits the file and never reach the model.
 *
 * Templates are loaded and checked once, at start: a missing file, a missing required
 * placeholder or an unknown one is a CONFIG error that names the file and says how to fix
 * it. Rendering is a single pass, so a value that itself contains `{{question}}` (say, an
 * article quoting a template) is never expanded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configError } from '../errors.js';

export interface PromptSpecification {
  /** File name without `.md`, e.g. "answer.user". */
  name: string;
  /** Placeholders the file must contain. */
  required: readonly string[];
  /** Placeholders the file may contain besides the required ones. */
  optional?: readonly string[];
}

export interface PromptTemplate {
  name: string;
  file: string;
  /** The template text (comments removed). */
  text: string;
  placeholders: ReadonlySet<string>;
  /** Fills every placeholder; a missing value is an error (a programming mistake, not user input). */
  render(values: Readonly<Record<string, string>>): string;
}

const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const commentPattern = /<!--[\s\S]*?-->/g;

/** The prompt files matchcut ships, with their placeholders. */
export const promptSpecifications = {
  answerSystem: { name: 'answer.system', required: [] },
  answerUser: {
    name: 'answer.user',
    required: ['sources', 'question', 'languageName'],
    optional: ['conversation', 'standaloneQuery', 'sourceCount'],
  },
  rewriteSystem: { name: 'rewrite.system', required: [] },
  rewriteUser: { name: 'rewrite.user', required: ['conversation', 'question'], optional: ['languageName'] },
  extractProfilesSystem: { name: 'extract-profiles.system', required: [], optional: ['kinds'] },
  extractProfilesUser: { name: 'extract-profiles.user', required: ['article'], optional: ['title', 'articleId'] },
  translateQuestionSystem: { name: 'translate-question.system', required: [] },
  translateQuestionUser: { name: 'translate-question.user', required: ['languages', 'question'] },
} as const satisfies Record<string, PromptSpecification>;

export function parsePromptTemplate(
  name: string,
  file: string,
  source: string,
  specification: PromptSpecification,
): PromptTemplate {
  const relative = `prompts/${path.basename(file)}`;
  const text = source
    .replace(commentPattern, '')
    .replace(/^\s*\n/, '')
    .trimEnd();
  if (text.trim() === '') {
    throw configError(
      `${relative} is empty: write the prompt into it, or restore the file from the matchcut repository.`,
    );
  }
  const placeholders = new Set<string>();
  for (const match of text.matchAll(placeholderPattern)) placeholders.add(match[1] as string);
  const allowed = new Set<string>([...specification.required, ...(specification.optional ?? [])]);
  for (const placeholder of placeholders) {
    if (!allowed.has(placeholder)) {
      const known = [...allowed].map((entry) => `{{${entry}}}`).join(', ') || 'none';
      throw configError(
        `${relative} uses the unknown placeholder {{${placeholder}}}: remove it or use one of ${known}.`,
      );
    }
  }
  for (const placeholder of specification.required) {
    if (!placeholders.has(placeholder)) {
      throw configError(
        `${relative} must contain the placeholder {{${placeholder}}}: ` +
          'add it where that value belongs, or restore the file from the matchcut repository.',
      );
    }
  }
  const leftover = /\{\{|\}\}/.exec(text.replace(placeholderPattern, ''));
  if (leftover) {
    throw configError(
      `${relative} has a malformed placeholder near ` +
        `"${text.slice(Math.max(0, leftover.index - 20), leftover.index + 20).replace(/\s+/g, ' ')}": ` +
        'write placeholders as {{name}}.',
    );
  }
  return {
    name,
    file,
    text,
    placeholders,
    render(values) {
      return text.replace(placeholderPattern, (_whole, placeholder: string) => {
        const value = values[placeholder];
        if (value === undefined) throw configError(`no value given for {{${placeholder}}} in ${relative}`);
        return value;
      });
    },
  };
}

/** Reads and checks one prompt file (synchronously: this runs once at start). */
export function loadPromptTemplate(promptsDir: string, specification: PromptSpecification): PromptTemplate {
  const file = path.join(promptsDir, `${specification.name}.md`);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'is missing'
        : `cannot be read (${(error as Error).message})`;
    throw configError(
      `The prompt file ${file} ${reason}: restore prompts/${specification.name}.md from the matchcut repository, ` +
        'or point the prompts folder at a copy that has it.',
      {
        cause: error,
      },
    );
  }
  return parsePromptTemplate(specification.name, file, source, specification);
}

/** Loads a set of prompt files at once, e.g. `{ system: promptSpecifications.answerSystem, user: ... }`. */
export function loadPromptTemplates<Key extends string>(
  promptsDir: string,
  specifications: Record<Key, PromptSpecification>,
): Record<Key, PromptTemplate> {
  const templates = {} as Record<Key, PromptTemplate>;
  for (const key of Object.keys(specifications) as Key[])
    templates[key] = loadPromptTemplate(promptsDir, specifications[key]);
  return templates;
}
