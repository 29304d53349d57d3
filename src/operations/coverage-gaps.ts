/**
 * Coverage gaps: the questions the articles did not answer (or whose answer members voted not
 * helpful), grouped by meaning so organizers see what is missing rather than a list of wordings.
 * Two questions share a gap when the shared lexicon finds the same concepts in them (concept ids
 * do not depend on the language, so a Korean and an English wording of one question meet), or when
 * their wording is a near duplicate (character trigrams). Nothing here knows any question.
 */
import type { CoverageGap, LoggedQuestion } from './question-log-types.js';

/** Finds the lexicon's concept ids in a text (the glossary's `findConcepts`). */
export type ConceptFinder = (text: string) => readonly string[];

/** Concept sets of at least this size meeting with this Jaccard overlap are the same meaning. */
const conceptOverlap = 2 / 3;
/** Character-trigram Jaccard overlap from which two wordings are near duplicates. */
const wordingOverlap = 0.6;
/** Pairwise comparisons run over this many questions at most (the rest join by exact keys only). */
const pairwiseLimit = 2_000;

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

function createUnionFind(size: number) {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    parent[index] = root;
    return root;
  };
  return {
    find,
    union(left: number, right: number) {
      const a = find(left);
      const b = find(right);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    },
  };
}

function sameMeaning(left: GapCandidate, right: GapCandidate): boolean {
  if (left.conceptKey !== '' && left.conceptKey === right.conceptKey) return true;
  if (left.concepts.size >= 2 && right.concepts.size >= 2 && jaccard(left.concepts, right.concepts) >= conceptOverlap)
    return true;
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
  const groups = createUnionFind(candidates.length);
  // Exact keys first (any number of questions), then pairwise comparisons over the most recent ones.
  const firstByKey = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    for (const key of [`w:${candidate.wording}`, candidate.conceptKey === '' ? '' : `c:${candidate.conceptKey}`]) {
      if (key === '') continue;
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, index);
      else groups.union(first, index);
    }
  });
  const compared = Math.min(candidates.length, pairwiseLimit);
  for (let left = 0; left < compared; left += 1) {
    for (let right = left + 1; right < compared; right += 1) {
      if (groups.find(left) === groups.find(right)) continue;
      if (sameMeaning(candidates[left] as GapCandidate, candidates[right] as GapCandidate)) groups.union(left, right);
    }
  }
  const members = new Map<number, GapCandidate[]>();
  candidates.forEach((candidate, index) => {
    const root = groups.find(index);
    const group = members.get(root);
    if (group === undefined) members.set(root, [candidate]);
    else group.push(candidate);
  });
  return [...members.values()]
    .map((group) => ({
      example: exampleOf(group),
      count: group.length,
      languages: languagesOf(group),
      latest: group.reduce((latest, member) => (member.question.at > latest ? member.question.at : latest), ''),
    }))
    .sort((left, right) => right.count - left.count || right.latest.localeCompare(left.latest))
    .map(({ example, count, languages }) => ({ example, count, languages }));
}
