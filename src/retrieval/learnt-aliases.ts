/**
 * The alias groups of one index generation: learnt from the articles' titles and texts when
 * the generation is built, written beside its manifest (aliases.json, durably, before the
 * manifest that makes the generation usable) and read back when it is opened.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { firstSentence, splitSentences } from '../answer/sentences.js';
import {
  createAliasIndex,
  extractAliasPairs,
  groupAliases,
  type LearntAliases,
  subjectTitleKeys,
} from '../knowledge/article-aliases.js';
import { decodeSubjectTable, encodeSubjectTable, type SubjectTitles, subjectTableFileName } from './alias-subjects.js';
import { writeFileDurably } from './atomic-files.js';
import { learntJapaneseReadings } from './japanese-reading-keys.js';
import { looseNameKeys } from './name-keys.js';

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The file's alias groups and names; undefined when it is not of that shape. Checked by hand: a schema library took
 * 4× the time of parsing the JSON (120 ms at 10k passages), and the file is read at every start.
 */
function learntAliasesOf(parsed: unknown): Pick<LearntAliases, 'groups' | 'names'> | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { groups, names = [] } = parsed as Record<string, unknown>;
  const groupsFit =
    Array.isArray(groups) &&
    groups.every((group: unknown) => {
      const forms = (group as { forms?: unknown } | null)?.forms;
      return isStringList(forms) && forms.length >= 2;
    });
  if (!groupsFit || !isStringList(names)) return undefined;
  return { groups: (groups as { forms: string[] }[]).map(({ forms }) => ({ forms })), names };
}

export const aliasFileName = 'aliases.json';

/** What a paragraph must hold to state an alias (see the patterns of extractAliasPairs): others are not split. */
const mayStateAlias = /[(（]|known|이하|以下|далее|gọi tắt|viết tắt|hereafter|hereinafter|below|keyingi o'rinlarda/iu;

/**
 * The alias pairs an article states, each learnt inside one sentence: a capitalised name ending the sentence before
 * ("… in Kyiv. Korea Creative Content Agency (KOCCA)") is no part of the name the brackets follow.
 */
export function articleAliasPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const paragraph of text.split(/\n+/u)) {
    if (!mayStateAlias.test(paragraph)) continue;
    for (const sentence of splitSentences(paragraph)) pairs.push(...extractAliasPairs(sentence));
  }
  return pairs;
}

/** The alias pairs the articles state, article after article (a build may learn a share of them on another thread). */
export function aliasPairsOf(articles: readonly { title: string; text: string }[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const article of articles) pairs.push(...articleAliasPairs(`${article.title}\n${article.text}`));
  return pairs;
}

/** The alias groups the articles state and the names each article is about (what a build's keys need). */
export function learnAliasGroups(articles: readonly { title: string; text: string }[]): Omit<LearntAliases, 'names'> {
  return aliasGroupsOf(aliasPairsOf(articles), articles);
}

/** learnAliasGroups from the articles' alias pairs (aliasPairsOf, in article order). */
export function aliasGroupsOf(
  pairs: [string, string][],
  articles: readonly { title: string; text: string }[],
): Omit<LearntAliases, 'names'> {
  const groups = groupAliases(pairs).filter((group) => group.forms.length >= 2);
  const aliases = createAliasIndex({ groups, names: [] });
  const subjects = articles.map((article) => {
    // The lead is the first sentence (split from the opening only: splitting a whole long text costs).
    const lead = `${article.title}\n${firstSentence(article.text.slice(0, 1_500)) ?? ''}`;
    // Names only: the loose scan gives no pinyin of Chinese text (name-keys.ts; test/core/loose-name-keys.test.ts).
    const keys = looseNameKeys([lead]);
    for (const hit of aliases.find(lead)) keys.add(hit.key);
    return { title: article.title, titleKeys: subjectTitleKeys(article.title), keys: [...keys].sort() };
  });
  return { groups, subjects };
}

/**
 * The loose keys of the names the articles write (for other spellings of those names in questions), sorted. A build
 * needs them only for the file: its keys are taken without them, and a worker thread may work them out meanwhile.
 */
export function learnNames(articles: readonly { title: string; text: string }[]): string[] {
  const texts = function* () {
    for (const article of articles) yield `${article.title}\n${article.text}`;
  };
  const names = looseNameKeys(texts());
  // The Japanese readings of the kanji names a Japanese article writes (japanese-reading-keys.ts).
  for (const text of texts()) for (const reading of learntJapaneseReadings(text)) names.add(reading);
  return [...names].sort();
}

/**
 * Writes the generation's alias groups, names and subjects (durably: before the manifest); the subjects as a table
 * an open does not parse (alias-subjects.ts), their titles' lengths and first words in aliases.json.
 */
export async function writeLearntAliases(folder: string, learnt: LearntAliases): Promise<void> {
  const { groups, names, subjects = [] } = learnt;
  const table = encodeSubjectTable(subjects);
  await writeFileDurably(path.join(folder, subjectTableFileName), table.bytes);
  await writeFileDurably(
    path.join(folder, aliasFileName),
    JSON.stringify({ groups, names, subjectTitles: table.titles }),
  );
}

/**
 * Learns the alias groups of the articles and the loose keys of the names they write (for other
 * spellings of those names in questions), and writes them into the generation folder.
 */
export async function learnAliases(
  folder: string,
  articles: { title: string; text: string }[],
): Promise<LearntAliases> {
  const { groups, subjects } = learnAliasGroups(articles);
  const learnt = { groups, names: learnNames(articles), subjects };
  await writeLearntAliases(folder, learnt);
  return learnt;
}

const noAliases = (): LearntAliases => ({ groups: [], names: [], subjects: [] });

/** The subject titles' summary of aliases.json, when of that shape. */
function subjectTitlesOf(parsed: unknown): SubjectTitles | undefined {
  const titles = (parsed as { subjectTitles?: Partial<SubjectTitles> } | null)?.subjectTitles;
  if (typeof titles !== 'object' || titles === null) return undefined;
  const { lengths, starts } = titles;
  return Array.isArray(lengths) && lengths.every((length) => Number.isInteger(length)) && isStringList(starts)
    ? { lengths, starts }
    : undefined;
}

/**
 * The generation's alias groups, names and subjects (a table over alias-subjects.bin); none when the files are
 * missing or unreadable.
 */
export async function readAliases(folder: string): Promise<LearntAliases> {
  try {
    const [text, tableBytes] = await Promise.all([
      readFile(path.join(folder, aliasFileName), 'utf8'),
      readFile(path.join(folder, subjectTableFileName)).catch(() => undefined),
    ]);
    const parsed: unknown = JSON.parse(text);
    const learnt = learntAliasesOf(parsed);
    const titles = subjectTitlesOf(parsed);
    if (!learnt) return noAliases();
    // A file without subjects (groups and names only) has none; one that names a table needs it whole.
    if (titles === undefined) return { ...learnt, subjects: [] };
    const subjectTable = tableBytes && decodeSubjectTable(tableBytes, titles);
    return subjectTable ? { ...learnt, subjectTable } : noAliases();
  } catch {
    return noAliases();
  }
}
