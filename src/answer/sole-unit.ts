/**
 * The one sentence of a passage that holds a unit of the asked type. When the question's entity is shown and exactly
 * one sentence of the passage holds a unit of the asked type, that unit is the evidence even where the question's
 * everyday words are written otherwise ("earn … from advertising work" for "brought in $4.2 million"): the grounding
 * gate asks less coverage of it. The entity, year and relation checks still hold, so a sibling's figure or another
 * year's is still refused by them.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { holdsAskedUnit } from './asked-unit.js';
import type { QuestionAnalysis } from './question-analysis.js';

/**
 * The coverage the sole unit's sentence needs. Tune: cross-language 300 -> 304/848, refused 339 -> 340/401,
 * grounded-but-wrong 174/781 -> 173/784 (0.3: 303, 339, 174/784; 0.1 as 0.2).
 */
const soleUnitCoverage = 0.2;

/**
 * Which sentences hold a unit of the asked type, and the coverage each needs to be grounded (`coverage` else). `read`:
 * the units already read in the same sentences for the same question (by an earlier scoring pass).
 */
export function passageUnits(
  sentences: readonly string[],
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
  crossing: boolean,
  coverage: number,
  read?: readonly boolean[],
): { units: readonly boolean[]; needed: (unit: boolean) => number } {
  const units = read ?? sentences.map((sentence) => holdsAskedUnit(sentence, analysis, glossary, crossing));
  const typed = analysis.type !== 'other' && analysis.type !== 'definition';
  const sole = typed && units.filter(Boolean).length === 1;
  return { units, needed: (unit) => (sole && unit ? soleUnitCoverage : coverage) };
}
