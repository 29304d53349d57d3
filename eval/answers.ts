/**
 * The answer half of `npm run eval`: real articles (test/fixtures/eval/answers/articles) go
 * through the real ingest path into a temporary data folder (the shipped knowledge stays as
 * distractors), every question of set-*.yaml is asked through the real core offline, and the
 * answers are judged:
 *   answerable correct  = grounded AND first citation from the right article AND text matches `expect`
 *   unanswerable correct = not grounded
 *   grounded-but-wrong  = grounded answers that are wrong, as a share of all grounded answers.
 * The 152-question seed regression set (test/fixtures/answer-questions.yaml) is measured on the
 * shipped knowledge alone, with its own tune / holdout halves.
 *
 *   npx tsx eval/answers.ts                   both halves' totals, each half's totals per set, and the seed set (nothing written)
 *   npx tsx eval/answers.ts --tune-failures   the tune half's wrong answers, one by one (question, expected,
 *                                             answer); the check half is never printed question by question.
 *   npx tsx eval/answers.ts --tune            the tune half's totals and the seed set, without the check half (while
 *                                             tuning, the check half's totals are read once, at the end).
 *   --set d (or --set abc, or --set y,aa) with --tune or --tune-failures: only the questions of set-d.yaml (or sets a, b and c);
 *                                             every set's articles are still ingested, so the distractors stay the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer } from '../src/answer/types.js';
import { loadConfig } from '../src/config/config.js';
import { ingestArticles } from '../src/knowledge/ingest-articles.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { openKnowledge } from '../src/open-knowledge.js';
import type { EvaluationSection } from './evaluation-section.js';
import { setsFromArguments, unknownArguments } from './set-flag.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..');
export const answerSetFolder = path.join(repositoryRoot, 'test', 'fixtures', 'eval', 'answers');
const seedSetFile = path.join(repositoryRoot, 'test', 'fixtures', 'answer-questions.yaml');
const shippedKnowledge = path.join(repositoryRoot, 'knowledge');

const split = z.enum(['tune', 'check']);
const setSchema = z.object({
  articles: z
    .array(
      z.object({
        file: z.string(),
        language: z.string(),
        split,
        source: z.string().optional(),
        /** Another evaluation article telling the same story (from the same or another report): a citation of it also counts where it says the expected fact. */
        sameStory: z.string().optional(),
      }),
    )
    .default([]),
  answerable: z
    .array(z.object({ q: z.string(), lang: z.string(), file: z.string(), expect: z.string(), split }))
    .default([]),
  unanswerable: z.array(z.object({ q: z.string(), lang: z.string(), near: z.unknown().optional(), split })).default([]),
});
type AnswerSet = z.infer<typeof setSchema>;
/** A question with the set it comes from ("a" for set-a.yaml). */
type FromSet<T> = T & { set: string };
type TaggedAnswerSet = {
  articles: AnswerSet['articles'];
  answerable: FromSet<AnswerSet['answerable'][number]>[];
  unanswerable: FromSet<AnswerSet['unanswerable'][number]>[];
};
export type Split = z.infer<typeof split>;

/** One judged question. */
export interface JudgedQuestion {
  q: string;
  set: string;
  lang: string;
  split: string;
  kind: 'same-language' | 'cross-language' | 'unanswerable';
  correct: boolean;
  grounded: boolean;
  detail: string;
}

/** Figures of one half. */
export interface HalfFigures {
  sameLanguage: { correct: number; total: number };
  crossLanguage: { correct: number; total: number };
  refusal: { correct: number; total: number };
  groundedButWrong: { wrong: number; grounded: number };
  byLanguage: Record<string, { correct: number; total: number }>;
}

export function loadAnswerSets(folder = answerSetFolder): TaggedAnswerSet {
  const merged: TaggedAnswerSet = { articles: [], answerable: [], unanswerable: [] };
  if (!existsSync(folder)) return merged;
  for (const name of readdirSync(folder)
    .filter((entry) => /^set-.*\.ya?ml$/.test(entry))
    .sort()) {
    const file = path.join(folder, name);
    const parsed = setSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} → ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'invalid'}`);
    }
    const set = name.replace(/^set-/, '').replace(/\.ya?ml$/, '');
    merged.articles.push(...parsed.data.articles);
    merged.answerable.push(...parsed.data.answerable.map((item) => ({ ...item, set })));
    merged.unanswerable.push(...parsed.data.unanswerable.map((item) => ({ ...item, set })));
  }
  return merged;
}

/** The knowledge side of the core, offline (the answers do not depend on matchmaking or the store). */
async function openCore(dataDir: string) {
  const config = loadConfig({ MATCHCUT_DATA_DIR: dataDir }, { cwd: dataDir, defaultKnowledgeDir: shippedKnowledge });
  const opened = await openKnowledge(config, { logger: createSilentLogger() });
  return { ask: (question: string) => opened.ask(question), close: async () => opened.index.close() };
}

/** Each article's other tellings of the same story, both ways (`sameStory:` is written on one of them). */
function retellingGroups(articles: AnswerSet['articles']): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const article of articles) {
    if (article.sameStory === undefined) continue;
    groups.set(article.file, [...(groups.get(article.file) ?? []), article.sameStory]);
    groups.set(article.sameStory, [...(groups.get(article.sameStory) ?? []), article.file]);
  }
  return groups;
}

/** The real core over the shipped knowledge plus the evaluation articles, ingested as `matchcut ingest` does. */
export async function openEvaluationCore(set: Pick<AnswerSet, 'articles'>, folder = answerSetFolder) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'matchcut-eval-'));
  const files = [...new Set(set.articles.map((article) => path.join(folder, 'articles', article.file)))].filter(
    (file) => existsSync(file),
  );
  const result = await ingestArticles(files, { dataDir, logger: createSilentLogger() });
  const articleIdByFile = new Map<string, string>();
  for (const added of result.added) articleIdByFile.set(path.basename(added.file), added.id);
  const languageByFile = new Map(set.articles.map((article) => [article.file, article.language]));
  const retellings = retellingGroups(set.articles);
  const core = await openCore(dataDir);
  return {
    core,
    articleIdByFile,
    languageByFile,
    /** The articles whose first citation answers a question on `file` expecting `expect`: the file, and a retelling of
     * the same report that says it too. */
    acceptedArticleIds(file: string, expect: string): string[] {
      const said = new RegExp(expect, 'iu');
      const others = (retellings.get(file) ?? []).filter((other) =>
        said.test(readFileSync(path.join(folder, 'articles', other), 'utf8')),
      );
      return [file, ...others].flatMap((each) => articleIdByFile.get(each) ?? []);
    },
    problems: result.problems,
    async close() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function judgeAnswerable(answer: Answer, articleIds: string[], expected: string): boolean {
  return (
    answer.grounded &&
    articleIds.includes(answer.citations[0]?.articleId ?? '') &&
    new RegExp(expected, 'iu').test(answer.text)
  );
}

/** Asks every question of the sets (optionally one half) and judges the answers. */
export async function judgeAnswerSets(options: { only?: Split; sets?: string[] } = {}): Promise<JudgedQuestion[]> {
  const set = loadAnswerSets();
  const inHalf = (item: { split: string; set: string }) =>
    (options.only === undefined || item.split === options.only) &&
    (options.sets === undefined || options.sets.includes(item.set));
  const opened = await openEvaluationCore(set);
  const judged: JudgedQuestion[] = [];
  try {
    for (const item of set.answerable.filter(inHalf)) {
      const articleId = opened.articleIdByFile.get(item.file);
      const answer = await opened.core.ask(item.q);
      const cross = (opened.languageByFile.get(item.file) ?? item.lang) !== item.lang;
      const correct = judgeAnswerable(answer, opened.acceptedArticleIds(item.file, item.expect), item.expect);
      judged.push({
        q: item.q,
        set: item.set,
        lang: item.lang,
        split: item.split,
        kind: cross ? 'cross-language' : 'same-language',
        correct,
        grounded: answer.grounded,
        detail: `want ${articleId ?? `(${item.file} not ingested)`} /${item.expect}/; got grounded=${answer.grounded} first=${
          answer.citations[0]?.articleId
        } → ${answer.text.slice(0, 200)}`,
      });
    }
    for (const item of set.unanswerable.filter(inHalf)) {
      const answer = await opened.core.ask(item.q);
      judged.push({
        q: item.q,
        set: item.set,
        lang: item.lang,
        split: item.split,
        kind: 'unanswerable',
        correct: !answer.grounded,
        grounded: answer.grounded,
        detail: `first=${answer.citations[0]?.articleId} → ${answer.text.slice(0, 200)}`,
      });
    }
  } finally {
    await opened.close();
  }
  return judged;
}

export function halfFigures(judged: JudgedQuestion[]): HalfFigures {
  const count = (kind: JudgedQuestion['kind']) => {
    const items = judged.filter((item) => item.kind === kind);
    return { correct: items.filter((item) => item.correct).length, total: items.length };
  };
  const grounded = judged.filter((item) => item.grounded);
  const byLanguage: HalfFigures['byLanguage'] = {};
  for (const item of judged) {
    const entry = (byLanguage[item.lang] ??= { correct: 0, total: 0 });
    entry.total += 1;
    if (item.correct) entry.correct += 1;
  }
  return {
    sameLanguage: count('same-language'),
    crossLanguage: count('cross-language'),
    refusal: count('unanswerable'),
    groundedButWrong: { wrong: grounded.filter((item) => !item.correct).length, grounded: grounded.length },
    byLanguage,
  };
}

const rate = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

function halfMarkdown(name: string, figures: HalfFigures): string {
  const rows = [
    `| same-language correct | ${figures.sameLanguage.correct}/${figures.sameLanguage.total} | ${rate(figures.sameLanguage.correct, figures.sameLanguage.total)} |`,
    `| cross-language correct | ${figures.crossLanguage.correct}/${figures.crossLanguage.total} | ${rate(figures.crossLanguage.correct, figures.crossLanguage.total)} |`,
    `| unanswerable refused | ${figures.refusal.correct}/${figures.refusal.total} | ${rate(figures.refusal.correct, figures.refusal.total)} |`,
    `| grounded-but-wrong | ${figures.groundedButWrong.wrong}/${figures.groundedButWrong.grounded} | ${rate(figures.groundedButWrong.wrong, figures.groundedButWrong.grounded)} |`,
    ...Object.entries(figures.byLanguage)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(
        ([language, entry]) =>
          `| questions in ${language} | ${entry.correct}/${entry.total} | ${rate(entry.correct, entry.total)} |`,
      ),
  ];
  return [`### ${name} half`, '', '| figure | count | rate |', '|---|---|---|', ...rows].join('\n');
}

/** Each half's totals per set, so that a set written this session (fresh, never tuned on) reads apart from older ones. */
function bySetMarkdown(judged: JudgedQuestion[]): string {
  const fraction = (part: { correct: number; total: number }) => `${part.correct}/${part.total}`;
  const rows: string[] = [];
  for (const half of ['tune', 'check'] as const) {
    const sets = [...new Set(judged.filter((item) => item.split === half).map((item) => item.set))].sort();
    for (const set of sets) {
      const figures = halfFigures(judged.filter((item) => item.split === half && item.set === set));
      const wrong = figures.groundedButWrong;
      rows.push(
        `| ${half} | ${set} | ${fraction(figures.sameLanguage)} | ${fraction(figures.crossLanguage)} | ${fraction(figures.refusal)} | ${wrong.wrong}/${wrong.grounded} |`,
      );
    }
  }
  return [
    '### by set',
    '',
    '| half | set | same-language | cross-language | refused | grounded-but-wrong |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export interface SeedItem {
  q: string;
  lang: string;
  article?: string | string[];
  expect?: string;
  split: string;
}

/** One seed question as the core answered it on the shipped knowledge, and whether the answer is what it expects. */
export interface SeedAnswer {
  item: SeedItem;
  answerable: boolean;
  answer: Answer;
  /** Answerable: grounded, citing the expected article first and saying what is expected; unanswerable: refused. */
  correct: boolean;
  /** Answerable: the quoted text says what is expected from the expected article, given as sure or not. */
  says: boolean;
}

/** Every seed question asked through a core on the shipped knowledge (a fresh data folder, removed after). */
export async function askSeedSet(): Promise<SeedAnswer[]> {
  const seed = parse(readFileSync(seedSetFile, 'utf8')) as { answerable: SeedItem[]; unanswerable: SeedItem[] };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'matchcut-eval-seed-'));
  const core = await openCore(dataDir);
  const answers: SeedAnswer[] = [];
  try {
    for (const item of seed.answerable) {
      const answer = await core.ask(item.q);
      const articles = Array.isArray(item.article) ? item.article : [item.article ?? ''];
      const says =
        articles.includes(answer.citations[0]?.articleId ?? '') && new RegExp(item.expect ?? '', 'i').test(answer.text);
      answers.push({ item, answerable: true, answer, correct: answer.grounded && says, says });
    }
    for (const item of seed.unanswerable) {
      const answer = await core.ask(item.q);
      answers.push({ item, answerable: false, answer, correct: !answer.grounded, says: false });
    }
  } finally {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return answers;
}

/** The seed regression set on the shipped knowledge: answerable correct and unanswerable refused per half. */
export async function judgeSeedSet(): Promise<
  Record<string, { answered: [number, number]; refused: [number, number] }>
> {
  const figures: Record<string, { answered: [number, number]; refused: [number, number] }> = {};
  const entry = (half: string) => (figures[half] ??= { answered: [0, 0], refused: [0, 0] });
  for (const { item, answerable, correct } of await askSeedSet()) {
    for (const half of [item.split, 'all']) {
      const counts = answerable ? entry(half).answered : entry(half).refused;
      counts[1] += 1;
      if (correct) counts[0] += 1;
    }
  }
  return figures;
}

export async function runAnswerEvaluation(): Promise<EvaluationSection[]> {
  const judged = await judgeAnswerSets();
  const sections: EvaluationSection[] = [];
  const figures: Record<string, HalfFigures> = {};
  const parts: string[] = ['## Answers on real articles (offline, extractive)', ''];
  for (const half of ['tune', 'check'] as const) {
    figures[half] = halfFigures(judged.filter((item) => item.split === half));
    parts.push(halfMarkdown(half, figures[half]), '');
  }
  parts.push(bySetMarkdown(judged), '');
  sections.push({ title: 'answers', markdown: parts.join('\n').trim(), figures });
  const seed = await judgeSeedSet();
  const seedRows = Object.entries(seed).map(
    ([half, entry]) =>
      `| ${half} | ${entry.answered[0]}/${entry.answered[1]} (${rate(...entry.answered)}) | ${entry.refused[0]}/${entry.refused[1]} (${rate(...entry.refused)}) |`,
  );
  sections.push({
    title: 'answers-seed-regression',
    markdown: [
      '## Seed regression set (shipped knowledge)',
      '',
      '| half | answered correctly | unanswerable refused |',
      '|---|---|---|',
      ...seedRows,
    ].join('\n'),
    figures: seed,
  });
  return sections;
}

/** The tune half's failures, one by one: what to work from (never the check half's). */
async function printTuneFailures(sets?: string[]): Promise<void> {
  const judged = await judgeAnswerSets({ only: 'tune', sets });
  for (const item of judged.filter((entry) => !entry.correct)) {
    process.stdout.write(`[${item.kind} ${item.lang}] ${item.q}\n    ${item.detail}\n`);
  }
  const figures = halfFigures(judged);
  process.stdout.write(
    `tune: same ${figures.sameLanguage.correct}/${figures.sameLanguage.total}, cross ${figures.crossLanguage.correct}/` +
      `${figures.crossLanguage.total}, refused ${figures.refusal.correct}/${figures.refusal.total}, grounded-but-wrong ` +
      `${figures.groundedButWrong.wrong}/${figures.groundedButWrong.grounded}\n`,
  );
}

/** Both halves' totals and the seed set, without writing eval/results (npm run eval does). */
async function printFigures(): Promise<void> {
  for (const section of await runAnswerEvaluation()) process.stdout.write(`${section.markdown}\n\n`);
}

/** The tune half's totals and the seed set: what a change is measured by while tuning. */
async function printTuneFigures(sets?: string[]): Promise<void> {
  const judged = await judgeAnswerSets({ only: 'tune', sets });
  process.stdout.write(`${halfMarkdown('tune', halfFigures(judged))}\n\n`);
  process.stdout.write(`${bySetMarkdown(judged)}\n\n`);
  for (const [half, entry] of Object.entries(await judgeSeedSet()))
    process.stdout.write(`seed ${half}: answered ${entry.answered.join('/')}, refused ${entry.refused.join('/')}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const usage =
    'usage: npx tsx eval/answers.ts [--tune | --tune-failures] [--set <letters or names>]\n' +
    '  no flag: both halves (check totals included); --tune: the tune half only; --tune-failures: its misses\n';
  const unknown = unknownArguments(process.argv, ['--tune', '--tune-failures', '--set']);
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(usage);
    process.exit(0);
  }
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n${usage}`);
    process.exit(2);
  }
  const sets = setsFromArguments(process.argv);
  if (process.argv.includes('--tune-failures')) await printTuneFailures(sets);
  else if (process.argv.includes('--tune')) await printTuneFigures(sets);
  else await printFigures();
}
