/**
 * The intent part of `npm run eval`: does the core tell a question looking for partners ("who can dub
 * Korean dramas into Japanese?") from a question about facts, in the languages members write in?
 * test/fixtures/eval/intents/questions.yaml holds partner, fact and "both" questions written by members'
 * standards, split into a tune and a check half; every question of the answer evaluation sets (fact
 * questions about articles) is a further fact question. Reported per half: partner questions seen as
 * partner questions (and how many of them are also read as fact questions, which adds an article answer), fact
 * questions wrongly seen as partner-only, "both" questions seen as both.
 *
 *   npx tsx eval/intents.ts                 the figures
 *   npx tsx eval/intents.ts --tune          the tune half's figures only (while tuning)
 *   npx tsx eval/intents.ts --tune-failures the tune half's misread questions, one by one
 *   npx tsx eval/partner-reading.ts         how the session 13 batch's partner questions are read (./partner-reading.ts)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadGlossary } from '../src/knowledge/load-glossary.js';
import { classifyQuestion } from '../src/matchmaking/question-intent.js';
import type { EvaluationSection } from './evaluation-section.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const questionFile = path.join(root, 'test', 'fixtures', 'eval', 'intents', 'questions.yaml');
const answerSets = ['set-a.yaml', 'set-b.yaml', 'set-c.yaml'].map((name) =>
  path.join(root, 'test', 'fixtures', 'eval', 'answers', name),
);

const intentQuestion = z.object({
  q: z.string().min(1),
  lang: z.string().min(2),
  intent: z.enum(['partner', 'fact', 'both']),
  split: z.enum(['tune', 'check']),
  /** A batch written later ("s13": session 13), measured apart from the half it belongs to. */
  batch: z.string().optional(),
  /** Partner and "both" questions of a batch: the work sought in plain trade English, mode, kind and place. */
  sought: z.string().optional(),
  mode: z.enum(['learn', 'do', 'rent']).optional(),
  kind: z.enum(['studio', 'school', 'vendor', 'any']).optional(),
  place: z.string().optional(),
});
export type IntentQuestion = z.infer<typeof intentQuestion>;

export function readQuestions(): IntentQuestion[] {
  const parsed: unknown = parse(readFileSync(questionFile, 'utf8'));
  const list = Array.isArray(parsed) ? parsed : (parsed as { questions?: unknown }).questions;
  return z.array(intentQuestion).parse(list);
}

/** The answer sets' questions: fact questions about articles, each with its article's split. */
function articleQuestions(): IntentQuestion[] {
  const entry = z.object({ q: z.string(), lang: z.string(), split: z.string() });
  return answerSets.flatMap((file) => {
    const set = parse(readFileSync(file, 'utf8')) as { answerable?: unknown[]; unanswerable?: unknown[] };
    return [...(set.answerable ?? []), ...(set.unanswerable ?? [])].flatMap((raw) => {
      const item = entry.safeParse(raw);
      if (!item.success) return [];
      const split = item.data.split === 'tune' ? 'tune' : 'check';
      return [{ q: item.data.q, lang: item.data.lang, intent: 'fact' as const, split }];
    });
  });
}

export interface IntentFigures {
  partnerSeen: number;
  /** Partner questions also read as fact questions (they get an article answer besides the partners). */
  partnerAlsoFact: number;
  partnerTotal: number;
  factAsPartnerOnly: number;
  factTotal: number;
  articleFactAsPartner: number;
  articleFactTotal: number;
  bothSeen: number;
  bothTotal: number;
  byLanguage: Record<string, { seen: number; total: number }>;
}

/** The halves as first written, and each later batch apart ("tune s13"). */
export type IntentBucket = 'tune' | 'check' | 'tune s13';

export async function measureIntents(): Promise<{
  figures: Record<IntentBucket, IntentFigures>;
  misread: string[];
}> {
  const { glossary } = await loadGlossary(path.join(root, 'knowledge', 'glossary.yaml'));
  const questions = [...readQuestions(), ...articleQuestions().map((q) => ({ ...q, article: true }))];
  const empty = (): IntentFigures => ({
    partnerSeen: 0,
    partnerAlsoFact: 0,
    partnerTotal: 0,
    factAsPartnerOnly: 0,
    factTotal: 0,
    articleFactAsPartner: 0,
    articleFactTotal: 0,
    bothSeen: 0,
    bothTotal: 0,
    byLanguage: {},
  });
  const figures: Record<IntentBucket, IntentFigures> = { tune: empty(), check: empty(), 'tune s13': empty() };
  const misread: string[] = [];
  for (const question of questions) {
    const bucket: IntentBucket =
      'batch' in question && question.batch === 's13' && question.split === 'tune' ? 'tune s13' : question.split;
    const half = figures[bucket];
    const seen = classifyQuestion(question.q, glossary);
    const fromArticles = 'article' in question;
    let right: boolean;
    if (question.intent === 'partner') {
      right = seen.partner;
      half.partnerTotal += 1;
      if (right) half.partnerSeen += 1;
      if (right && seen.fact) half.partnerAlsoFact += 1;
      const language = (half.byLanguage[question.lang] ??= { seen: 0, total: 0 });
      language.total += 1;
      if (right) language.seen += 1;
    } else if (question.intent === 'both') {
      right = seen.partner && seen.fact;
      half.bothTotal += 1;
      if (right) half.bothSeen += 1;
    } else if (fromArticles) {
      right = !seen.partner;
      half.articleFactTotal += 1;
      if (!right) half.articleFactAsPartner += 1;
    } else {
      // A fact question seen as both still gets its article answer; seen as partner-only it may not.
      right = !(seen.partner && !seen.fact);
      half.factTotal += 1;
      if (!right) half.factAsPartnerOnly += 1;
    }
    if (!right && question.split === 'tune') {
      misread.push(
        `[${bucket} ${question.intent} ${question.lang}${fromArticles ? ' article' : ''}] ${question.q} → ${JSON.stringify(seen)}`,
      );
    }
  }
  return { figures, misread };
}

const share = (part: number, total: number) =>
  total === 0 ? '—' : `${part}/${total} (${((100 * part) / total).toFixed(0)}%)`;

export async function runIntentEvaluation(
  buckets: readonly IntentBucket[] = ['tune', 'check', 'tune s13'],
): Promise<EvaluationSection[]> {
  const { figures } = await measureIntents();
  const rows = buckets.map((half) => {
    const f = figures[half];
    const languages = Object.entries(f.byLanguage)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, counts]) => `${language} ${counts.seen}/${counts.total}`)
      .join(', ');
    return (
      `| ${half} | ${share(f.partnerSeen, f.partnerTotal)} | ${share(f.partnerAlsoFact, f.partnerSeen)} | ` +
      `${share(f.bothSeen, f.bothTotal)} | ` +
      `${share(f.factAsPartnerOnly, f.factTotal)} | ${share(f.articleFactAsPartner, f.articleFactTotal)} | ${languages} |`
    );
  });
  const markdown = [
    '## Partner or fact question',
    '',
    '| half | partner questions seen as such | of those, also seen as fact | "both" seen as both | ' +
      'fact questions seen as partner-only | article-set fact questions seen as partner | partner questions by language |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return [{ title: 'intents', markdown, figures }];
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--tune-failures')) {
    const { misread } = await measureIntents();
    process.stdout.write(`${misread.join('\n')}\n`);
  } else {
    // --tune: the tune half and its batches only (while tuning; the check half is read once at the end).
    const [section] = await runIntentEvaluation(
      process.argv.includes('--tune') ? ['tune', 'tune s13'] : ['tune', 'check', 'tune s13'],
    );
    process.stdout.write(`${section?.markdown ?? ''}\n`);
  }
}
