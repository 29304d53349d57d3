/**
 * A YAML file's parsed value kept as JSON beside the data folder, keyed by the file's text, so that a start with the
 * file unchanged neither loads the YAML parser (~65 ms CPU) nor parses the file again (~100 ms for the shipped
 * profiles). A missing, unreadable or stale saved form is parsed again and replaced; a value JSON cannot carry as it
 * is (an infinite number, `-0`, an object other than a plain one) is never kept.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../retrieval/atomic-files.js';

/** Bumped when the saved form changes shape. */
const savedYamlVersion = 1;

/** The YAML parser, loaded on first need (most starts read the saved form instead). */
export async function parseYamlText(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  return parse(text) as unknown;
}

/** The value as JSON when JSON gives it back exactly as it is; undefined otherwise. */
function exactJson(value: unknown): string | undefined {
  let exact = true;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'number') {
      if (!Number.isFinite(item) || Object.is(item, -0)) exact = false;
    } else if (item !== null && typeof item === 'object') {
      if (!Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype) exact = false;
    } else if (item !== null && typeof item !== 'string' && typeof item !== 'boolean') {
      exact = false;
    }
    return item;
  });
  return exact ? text : undefined;
}

/**
 * The parsed value of a YAML file's text; with a `cacheDir`, read from (and kept in) `<cacheDir>/<name>-parsed.json`.
 * Parse errors are thrown as the parser throws them.
 */
export async function parseYamlSaved(text: string, saved?: { cacheDir: string; name: string }): Promise<unknown> {
  if (saved === undefined) return parseYamlText(text);
  const file = path.join(saved.cacheDir, `${saved.name}-parsed.json`);
  const hash = createHash('sha256').update(`${savedYamlVersion}\u0000${text}`).digest('hex');
  try {
    const kept = JSON.parse(await readFile(file, 'utf8')) as { hash?: unknown; value?: unknown };
    if (kept.hash === hash && 'value' in kept) return kept.value;
  } catch {
    // Not kept yet, or unreadable: parsed below.
  }
  const value = await parseYamlText(text);
  const json = exactJson(value);
  if (json !== undefined) {
    try {
      await writeFileAtomically(file, `{"hash":${JSON.stringify(hash)},"value":${json}}`);
    } catch {
      // A read-only data folder only costs speed.
    }
  }
  return value;
}
