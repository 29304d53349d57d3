/**
 * The alias groups of one index generation: learnt from the articles' titles and texts when
 * the generation is built, written beside its manifest (aliases.json, durably, before the
 * manifest that makes the generation usable) and read back when it is opened.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type AliasGroup, extractAliasPairs, groupAliases } from '../knowledge/article-aliases.js';
import { writeFileDurably } from './atomic-files.js';

const aliasFileSchema = z.object({ groups: z.array(z.object({ forms: z.array(z.string()).min(2) })) });

export const aliasFileName = 'aliases.json';

/** Learns the alias groups of the articles and writes them into the generation folder. */
export async function learnAliases(folder: string, articles: { title: string; text: string }[]): Promise<AliasGroup[]> {
  const pairs: [string, string][] = [];
  for (const article of articles) pairs.push(...extractAliasPairs(`${article.title}\n${article.text}`));
  const groups = groupAliases(pairs).filter((group) => group.forms.length >= 2);
  await writeFileDurably(path.join(folder, aliasFileName), JSON.stringify({ groups }));
  return groups;
}

/** The generation's alias groups; none when the file is missing or unreadable. */
export async function readAliases(folder: string): Promise<AliasGroup[]> {
  try {
    const parsed = aliasFileSchema.safeParse(JSON.parse(await readFile(path.join(folder, aliasFileName), 'utf8')));
    return parsed.success ? parsed.data.groups : [];
  } catch {
    return [];
  }
}
