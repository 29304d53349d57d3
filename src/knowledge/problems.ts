/**
 * Problems found while loading knowledge files: always named by file and field path,
 * e.g. "knowledge/profiles.yaml → [2].languages: expected array".
 */
import type { z } from 'zod';

export interface KnowledgeProblem {
  file: string;
  /** Field path such as "[2].languages" or "front matter.published". */
  field: string;
  message: string;
}

export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file} → ${problem.field}: ${problem.message}`;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(root)' : text;
}

export function describeZodIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): { field: string; message: string } {
  return { field: formatFieldPath([...prefix, ...issue.path]), message: issue.message };
}
