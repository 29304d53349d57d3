/**
 * How partner questions are read, beyond partner-or-fact: the session 13 batch of the intent questions
 * (test/fixtures/eval/intents/questions.yaml, `batch: s13`) says for each partner and "both" question what is sought
 * in plain trade English (`sought`), the mode (`learn` / `do` / `rent`), the kind asked for and the place named. Each
 * question goes through the real core's partner search (a temporary data folder, the shipped knowledge and
 * profiles); the expected work is the lexicon's own reading of the `sought` wording, so no taxonomy id is written
 * in the fixture. Judged per question:
 * - sought: the search's needs include the expected work or something narrower, and nothing unrelated to it (the
 *   asker's own people — "our editors" — read as the work sought is a miss);
 * - mode: a `learn` question is read as learning (`mode: learn`), a `do` or `rent` one is not;
 * - kind: a school asked for limits the search to talent centers (or, when the question names no kind, is read as
 *   learning, so teaching offers of any kind are found), a studio to studios; `vendor` and `any` keep studios in;
 * - place: the place named is the search's place; no place named, none searched.
 *
 *   npx tsx eval/partner-reading.ts            the figures
 *   npx tsx eval/partner-reading.ts --misses   each miss with its cause (tune half only: the batch is tune)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import type { Matchcut } from '../src/core-types.js';
import { loadGlossary } from '../src/knowledge/load-glossary.js';
import { createSilentLogger } from '../src/logging/logger.js';
import type { PartnerSearchResult } from '../src/matchmaking/types.js';
import { openMatchcut } from '../src/open-matchcut.js';
import { type IntentQuestion, readQuestions } from './intents.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shippedKnowledge = path.join(path.resolve(here, '..'), 'knowledge');

export interface ReadingFigures {
  questions: number;
  /** Questions whose `sought` wording the lexicon itself does not place (not judged on the work). */
  soughtUnplaced: number;
  soughtRight: number;
  soughtJudged: number;
  modeRight: number;
  /** `do` questions read as a need for the work done (a service), not only "not learning". */
  doRead: number;
  doTotal: number;
  kindRight: number;
  placeRight: number;
}

type Related = (left: string, right: string) => 'same' | 'narrower' | 'broader' | undefined;

function judgeSought(expected: readonly string[], seen: readonly string[], related: Related): string | undefined {
  if (seen.length === 0) return 'nothing placed';
  const relations = seen.map((concept) => expected.map((wanted) => related(concept, wanted)));
  const unrelated = seen.filter((_, index) => relations[index]?.every((relation) => relation === undefined));
  const hit = relations.some((row) => row.some((relation) => relation === 'same' || relation === 'narrower'));
  if (!hit) {
    const broader = relations.some((row) => row.includes('broader'));
    return broader ? 'only broader work' : 'other work';
  }
  return unrelated.length > 0 ? `also unrelated work (${unrelated.join(', ')})` : undefined;
}

function judgeKind(kind: IntentQuestion['kind'], kinds: readonly string[], mode: PartnerSearchResult['mode']): boolean {
  // A place to learn with no kind named: read as learning, the search finds teaching offers of any kind (a studio's
  // academy too) rather than only talent centers.
  if (kind === 'school')
    return kinds.length === 1 ? kinds[0] === 'talent_center' : kinds.length === 0 && mode === 'learn';
  if (kind === 'studio') return kinds.includes('studio') && !kinds.includes('talent_center');
  return kinds.length === 0 || kinds.includes('studio');
}

const placeKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

function judgePlace(expected: string | undefined, seen: string | undefined): boolean {
  if (expected === undefined) return seen === undefined;
  if (seen === undefined) return false;
  const wanted = placeKey(expected);
  return seen.split(',').some((label) => {
    const key = placeKey(label);
    return key !== '' && (key.includes(wanted) || wanted.includes(key));
  });
}

export async function measurePartnerReading(batch = 's13'): Promise<{ figures: ReadingFigures; misses: string[] }> {
  const questions = readQuestions().filter(
    (question) => question.batch === batch && question.intent !== 'fact' && question.sought !== undefined,
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'matchcut-eval-reading-'));
  let core: Matchcut | undefined;
  const figures: ReadingFigures = {
    questions: questions.length,
    soughtUnplaced: 0,
    soughtRight: 0,
    soughtJudged: 0,
    modeRight: 0,
    doRead: 0,
    doTotal: 0,
    kindRight: 0,
    placeRight: 0,
  };
  const misses: string[] = [];
  try {
    const config = loadConfig({ MATCHCUT_DATA_DIR: dataDir }, { cwd: dataDir, defaultKnowledgeDir: shippedKnowledge });
    core = await openMatchcut(config, { logger: createSilentLogger() });
    const { glossary } = await loadGlossary(path.join(shippedKnowledge, 'glossary.yaml'));
    const related: Related = (left, right) => {
      if (left === right) return 'same';
      if (glossary.withAncestors(left).includes(right)) return 'narrower';
      if (glossary.withAncestors(right).includes(left)) return 'broader';
      return undefined;
    };
    for (const question of questions) {
      const expected = (await core.findPartners(question.sought ?? '')).needs.map((need) => need.conceptId);
      const result: PartnerSearchResult = await core.findPartners(question.q);
      const seen = result.needs.map((need) => need.conceptId);
      const causes: string[] = [];
      if (expected.length === 0) figures.soughtUnplaced += 1;
      else {
        figures.soughtJudged += 1;
        const cause = judgeSought(expected, seen, related);
        if (cause === undefined) figures.soughtRight += 1;
        else causes.push(`sought: ${cause}; wanted ${expected.join(', ')}, read ${seen.join(', ') || '—'}`);
      }
      const modeRight = question.mode === 'learn' ? result.mode === 'learn' : result.mode !== 'learn';
      if (modeRight) figures.modeRight += 1;
      if (question.mode === 'do') {
        figures.doTotal += 1;
        if (result.mode === 'do') figures.doRead += 1;
      } else causes.push(`mode: wanted ${question.mode ?? '?'}, read ${result.mode ?? 'none'}`);
      if (judgeKind(question.kind, result.kinds, result.mode)) figures.kindRight += 1;
      else causes.push(`kind: wanted ${question.kind ?? '?'}, read ${result.kinds.join('+') || 'any'}`);
      if (judgePlace(question.place, result.place)) figures.placeRight += 1;
      else causes.push(`place: wanted ${question.place ?? 'none'}, read ${result.place ?? 'none'}`);
      if (causes.length > 0 && question.split === 'tune') {
        misses.push(`[${question.intent} ${question.lang}] ${question.q}\n    ${causes.join('\n    ')}`);
      }
    }
  } finally {
    await core?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return { figures, misses };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { figures, misses } = await measurePartnerReading();
  const f = figures;
  process.stdout.write(
    `session 13 batch, ${f.questions} partner/both questions: sought ${f.soughtRight}/${f.soughtJudged} ` +
      `(${f.soughtUnplaced} sought wordings the lexicon does not place), mode ${f.modeRight}/${f.questions} ` +
      `(do read as do ${f.doRead}/${f.doTotal}), ` +
      `kind ${f.kindRight}/${f.questions}, place ${f.placeRight}/${f.questions}\n`,
  );
  if (process.argv.includes('--misses')) process.stdout.write(`${misses.join('\n')}\n`);
}
