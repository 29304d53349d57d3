/**
 * Coverage gaps: the questions the articles did not answer (or whose answer members voted not
 * helpful), grouped by meaning so organizers see what is missing rather than a list of wordings.
 * Two questions share a gap when the shared lexicon finds the same concepts in them (concept ids
 * do not depend on the language, so a Korean and an English wording of one question meet), or, when
 * the lexicon finds nothing in one of them, when their wording is a near duplicate (character
 * trigrams). Nothing here knows any question.
 */
import type { CoverageGap, LoggedQuestion } from './question-log-types.js';

/** Finds the lexicon's concept ids in a text (the glossary's `findConcepts`). */
export type ConceptFinder = (text: string) => readonly string[];

/** Concept sets of at least this size meeting with this Jaccard overlap are the same meaning. */
const conceptOverlap = 2 / 3;
/** Character-trigram Jaccard overlap from which two wordings are near duplicates. */
const wordingOverlap = 0.7;
/** A question is compared with this many groups at most (past that, it joins by equal wording or concepts only). */
const comparedGroupsLimit = 1_000;

export function needsCoverage(question: LoggedQuestion): boolean {
  return !question.grounded || question.rating === 'not_helpful';
}

function normalizedWording(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  return grams;
}

function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared / (left.size + right.size - shared);
}

interface GapCandidate {
  question: LoggedQuestion;
  conceptKey: string;
  concepts: Set<string>;
  wording: string;
  grams: Set<string>;
}

/**
 * When the lexicon finds concepts in both questions, they decide (similar wording about another place or
 * craft is another question); wording decides only when one of them has none.
 */
function sameMeaning(left: GapCandidate, right: GapCandidate): boolean {
  if (left.concepts.size > 0 && right.concepts.size > 0) {
    if (left.conceptKey === right.conceptKey) return true;
    const bothSeveral = left.concepts.size >= 2 && right.concepts.size >= 2;
    return bothSeveral && jaccard(left.concepts, right.concepts) >= conceptOverlap;
  }
  // Sets of very different sizes cannot overlap enough: skip the comparison.
  const [smaller, larger] = [left.grams.size, right.grams.size].sort((a, b) => a - b) as [number, number];
  if (smaller < wordingOverlap * larger) return false;
  return jaccard(left.grams, right.grams) >= wordingOverlap;
}

/** The most frequent wording of a group (a tie: the most recent), verbatim. */
function exampleOf(members: readonly GapCandidate[]): string {
  const counts = new Map<string, { count: number; at: string; text: string }>();
  for (const member of members) {
    const known = counts.get(member.wording);
    if (known === undefined)
      counts.set(member.wording, { count: 1, at: member.question.at, text: member.question.question });
    else {
      known.count += 1;
      if (member.question.at > known.at)
        Object.assign(known, { at: member.question.at, text: member.question.question });
    }
  }
  const best = [...counts.values()].sort((left, right) => right.count - left.count || right.at.localeCompare(left.at));
  return best[0]?.text ?? '';
}

function languagesOf(members: readonly GapCandidate[]): string[] {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.question.language, (counts.get(member.question.language) ?? 0) + 1);
  return [...counts.entries()]
    .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
    .map(([language]) => language);
}

/** Groups the questions that need coverage by meaning; most frequent first. */
export function findCoverageGaps(questions: readonly LoggedQuestion[], findConcepts: ConceptFinder): CoverageGap[] {
  const candidates: GapCandidate[] = questions.filter(needsCoverage).map((question) => {
    const concepts = new Set(findConcepts(question.question));
    const wording = normalizedWording(question.question);
    return { question, concepts, conceptKey: [...concepts].sort().join(' '), wording, grams: trigrams(wording) };
  });
  // Each question joins the group of an equal wording or concept set, else the first group whose first
  // question means the same (compared with the first question only, so that groups never drift by chaining).
  const groups: GapCandidate[][] = [];
  const groupByKey = new Map<string, GapCandidate[]>();
  for (const candidate of candidates) {
    const keys = [`w:${candidate.wording}`, ...(candidate.conceptKey === '' ? [] : [`c:${candidate.conceptKey}`])];
    let group = keys.map((key) => groupByKey.get(key)).find((found) => found !== undefined);
    group ??= groups
      .slice(0, comparedGroupsLimit)
      .find((members) => sameMeaning(members[0] as GapCandidate, candidate));
    if (group === undefined) {
      group = [];
      groups.push(group);
    }
    group.push(candidate);
    for (const key of keys) if (!groupByKey.has(key)) groupByKey.set(key, group);
  }
  return groups
    .map((group) => ({
      example: exampleOf(group),
      count: group.length,
      languages: languagesOf(group),
      latest: group.reduce((latest, member) => (member.question.at > latest ? member.question.at : latest), ''),
    }))
    .sort((left, right) => right.count - left.count || right.latest.localeCompare(left.latest))
    .map(({ example, count, languages }) => ({ example, count, languages }));
}
