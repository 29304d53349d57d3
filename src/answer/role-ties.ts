/**
 * Whose role: a person question that asks a role ("Who is the CEO of X", "X 사장은 누구야", "X的董事长是谁") is answered
 * by a person who holds that role in the sentence — the role written beside the name ("X's CEO Y", "Y, CEO of X",
 * "Y 대표", "Y社長", "董事长Y") — and, where the sentence names the asked organization, that organization's role ("Y,
 * chairman of X"), not another's ("정영홍 EBS 애니메이션부장과 전인천 영실업 대표" does not name EBS's head; "Fukuda, a
 * director at Nippon TV, is to become the studio's president" does not name Nippon TV's president).
 */
import type { Glossary } from '../knowledge/glossary.js';
import { organizationSpans, personSpans } from './name-units.js';
import type { QuestionAnalysis } from './question-analysis.js';

interface Span {
  start: number;
  end: number;
}

/** Every role concept of the lexicon with the roles under it, once per lexicon. */
const narrowerByGlossary = new WeakMap<Glossary, Map<string, Set<string>>>();

function narrowerRoles(glossary: Glossary): Map<string, Set<string>> {
  let narrower = narrowerByGlossary.get(glossary);
  if (narrower === undefined) {
    narrower = new Map();
    for (const [id, concept] of glossary.concepts) {
      if (concept.category !== 'role') continue;
      for (const above of glossary.withAncestors(id)) {
        const set = narrower.get(above) ?? new Set<string>();
        set.add(id);
        narrower.set(above, set);
      }
    }
    narrowerByGlossary.set(glossary, narrower);
  }
  return narrower;
}

/**
 * The roles that answer the asked one: itself, the broader roles above it ("chairman" for "CEO": both head the
 * company) and the narrower ones under it — not a sibling under the same broader role (a chief art officer is no CEO).
 */
function answeringRoles(analysis: QuestionAnalysis, glossary: Glossary | undefined) {
  const concepts = new Set<string>();
  const words: string[] = [];
  for (const term of analysis.terms) {
    if (term.relation !== true) continue;
    const conceptKey = term.keys.find((key) => key.startsWith('@'));
    if (conceptKey !== undefined && glossary) {
      const id = conceptKey.slice(1);
      for (const above of glossary.withAncestors(id)) concepts.add(above);
      for (const below of narrowerRoles(glossary).get(id) ?? []) concepts.add(below);
    } else if (term.word !== undefined) words.push(term.word);
  }
  return { concepts, words, siblings: siblingRoles(concepts, analysis, glossary) };
}

/**
 * Roles beside the asked one under the same broader role that do not answer it: "COO" and "chief art officer" beside
 * "CEO" (all executives). A person the sentence gives only such a role is not the one asked for.
 */
function siblingRoles(answering: ReadonlySet<string>, analysis: QuestionAnalysis, glossary: Glossary | undefined) {
  const siblings = new Set<string>();
  if (!glossary) return siblings;
  const parents = new Set(
    analysis.terms.flatMap((term) =>
      term.relation === true
        ? term.keys.flatMap((key) => (key.startsWith('@') ? (glossary.concepts.get(key.slice(1))?.broader ?? []) : []))
        : [],
    ),
  );
  for (const parent of parents)
    for (const id of narrowerRoles(glossary).get(parent) ?? [])
      if (!answering.has(id) && glossary.concepts.get(id)?.broader?.includes(parent)) siblings.add(id);
  return siblings;
}

function occurrences(sentence: string, surface: string): Span[] {
  const spans: Span[] = [];
  const lower = sentence.toLowerCase();
  const wanted = surface.toLowerCase();
  if (wanted === '') return spans;
  for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + wanted.length)) {
    const latin = /^[a-z]/u.test(wanted);
    // A Latin word stands alone ("CEO", not "CEOs'" inside another word); other scripts are matched inside words.
    if (latin && (/\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(at + wanted.length)))) continue;
    spans.push({ start: at, end: at + wanted.length });
  }
  return spans;
}

/** Where the sentence writes one of the roles (and the asked office words, when `words` are given). */
function roleMentions(
  sentence: string,
  concepts: ReadonlySet<string>,
  words: readonly string[],
  glossary: Glossary | undefined,
) {
  const spans: Span[] = [];
  for (const hit of glossary?.findConcepts(sentence) ?? [])
    if (concepts.has(hit.conceptId)) spans.push(...occurrences(sentence, hit.surface));
  for (const word of words) spans.push(...occurrences(sentence, word));
  return spans;
}

function gapBetween(sentence: string, left: Span, right: Span): string {
  const [first, second] = left.start <= right.start ? [left, right] : [right, left];
  return first.end >= second.start ? '' : sentence.slice(first.end, second.start);
}

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * A name and its role stand together: a few words apart ("Y, CEO of X", "Y has come on board as chairman"), an
 * aside between commas left out ("Y, who used to run Z, has come on board as chairman"), no clause between.
 */
function personHolds(gap: string): boolean {
  const main = gap.replace(/^\s*,[^,]*,/u, ' ');
  return wordsOf(main) <= 6 && !/[;:!?。；：]/u.test(gap);
}

/** Whether a person holds a role written near the name, with no other name between them. */
function holdsRole(sentence: string, people: readonly Span[], person: Span, role: Span): boolean {
  return personHolds(gapBetween(sentence, person, role)) && !personBetween(people, person, role);
}

/** Whether another person's name starts between two spans: the role then is that person's. */
function personBetween(people: readonly Span[], left: Span, right: Span): boolean {
  const [from, to] = left.start <= right.start ? [left.end, right.start] : [right.end, left.start];
  return people.some((other) => other.start > from && other.start < to);
}

/**
 * A role and an organization stand together: "X's CEO", "CEO of X", "X 대표", "X의 대표", "X社長", "X首席执行官" —
 * at most two words apart, no clause, list or "and" between ("EBS 부장과 전인천 영실업 대표").
 */
function organizationHolds(gap: string): boolean {
  return (
    wordsOf(gap) <= 2 &&
    !/[,;:、，；：]/u.test(gap) &&
    !/(?:^|\s)(?:and|und|et|và|и)(?:\s|$)|[\p{Script=Hangul}](?:과|와|및)(?:\s|$)|(?:^|\s)및(?:\s|$)|[和与及]/u.test(
      gap,
    )
  );
}

/**
 * Where the sentence writes the question's own organization: its name words as written, or a named body of the
 * lexicon it names ("KBS", "EBS") in any of its forms — a name in another script is not found here.
 */
function entityMentions(sentence: string, analysis: QuestionAnalysis, glossary: Glossary | undefined): Span[] {
  const bodies = new Set(
    analysis.terms.flatMap((term) =>
      term.role === 'entity' ? term.keys.filter((key) => key.startsWith('@')).map((key) => key.slice(1)) : [],
    ),
  );
  const named =
    bodies.size === 0
      ? []
      : (glossary?.findConcepts(sentence) ?? []).filter((hit) => bodies.has(hit.conceptId)).map((hit) => hit.surface);
  return [...(analysis.nameWords ?? []), ...named]
    .filter((word) => word.length >= 2)
    .flatMap((word) => occurrences(sentence, word));
}

/**
 * Whether a person holds the asked role in the sentence: undefined when the question asks no role, or the sentence
 * writes it beside no name (the role may stand in the sentence before, or head a list); otherwise whether — when the
 * sentence names the asked organization — a name holds it there.
 */
export function roleHeldByPerson(
  sentence: string,
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
): boolean | undefined {
  const roles = answeringRoles(analysis, glossary);
  if (roles.concepts.size === 0 && roles.words.length === 0) return undefined;
  const people = personSpans(sentence, analysis.entityWords, glossary);
  const mentions = roleMentions(sentence, roles.concepts, roles.words, glossary);
  if (mentions.length === 0) {
    // Every name holds only a sibling role ("山内隆裕 … 取締役COO" for the president): none is the one asked for.
    const others = roleMentions(sentence, roles.siblings, [], glossary);
    const holdsOther = (person: Span) => others.some((other) => holdsRole(sentence, people, person, other));
    return others.length > 0 && people.length > 0 && people.every(holdsOther) ? false : undefined;
  }
  const held = mentions.flatMap((mention) =>
    people.filter((person) => holdsRole(sentence, people, person, mention)).map((person) => ({ mention, person })),
  );
  // A role said in a list's head ("강사진에는 …", "the speakers include …") is held by no name beside it.
  if (held.length === 0) return undefined;
  const entities = entityMentions(sentence, analysis, glossary);
  // Not naming the asked organization, the sentence writes each role it gives a name beside another organization
  // ("㈜손오공(대표 최신규)", "庵野秀明氏が社長を務める映像制作会社カラー"): that one's head, not the asked one's. Only in the
  // question's own script: written in another, the asked name is not found here and the other may be itself.
  if (
    entities.length === 0 &&
    asksNamedBody(analysis) &&
    mainScript(sentence) === mainScript(analysis.questionText ?? '') &&
    held.every(({ mention }) => otherBodysRole(sentence, mention, analysis))
  )
    return false;
  // The organization stands with the role or with the name that holds it ("테디웍스의 이재진 감독").
  return (
    entities.length === 0 ||
    held.some(({ mention, person }) =>
      entities.some(
        (entity) =>
          organizationHolds(gapBetween(sentence, entity, mention)) ||
          organizationHolds(gapBetween(sentence, entity, person)),
      ),
    )
  );
}

/** Whether the question names the body whose role it asks ("Who heads Studio X"): an entity of its own. */
function asksNamedBody(analysis: QuestionAnalysis): boolean {
  return analysis.terms.some((term) => term.role === 'entity');
}

/** Whether a role is written right beside another organization the sentence names ("X 대표", "CEO of X", "X社長"). */
function otherBodysRole(sentence: string, mention: Span, analysis: QuestionAnalysis): boolean {
  return organizationSpans(sentence, analysis.entityWords, analysis.nameWords).some((body) =>
    organizationHolds(gapBetween(sentence, body, mention)),
  );
}

const scripts: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['thai', /\p{Script=Thai}/u],
];

/** The script most of a text's letters are written in (Han and kana count as one). */
export function mainScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const letter of text.match(/\p{L}/gu) ?? []) {
    const found = scripts.find(([, pattern]) => pattern.test(letter));
    if (found) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((left, right) => right[1] - left[1])[0]?.[0];
}
