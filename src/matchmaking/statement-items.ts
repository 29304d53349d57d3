/**
 * A statement's list items: where it splits ("VFX, animation and webtoon courses") and where it does not (inside the
 * lexicon's own forms such as "ink & paint", inside a bracket of details), and which bracketed asides say what the
 * work before them deals with rather than naming more work.
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { wordTokens } from '../retrieval/text-normalize.js';

/** Between the items of a list ("VFX, animation; webtoon"). */
const itemSeparator = /[,;，、；/·・|+&]/u;
/**
 * Between the parts of one item ("lighting and rendering for real-estate tours"): a qualifier may apply to all. Thai
 * writes no space between words and lists with a space ("นักแสดงสมทบ นักแสดงประกอบ ตัวประกอบ"), so a space between Thai
 * letters separates parts too.
 */
const conjunctionSeparator = new RegExp(
  [
    '\\s(?:and|or|as well as|plus|và|hoặc|cùng|및|또는|и|или|а также|va|yoki|hamda|ham|dan|atau|และ|หรือ|және|немесе)\\s',
    '(?<=\\p{Script=Thai})\\s+(?=\\p{Script=Thai})',
  ].join('|'),
  'iu',
);

/** A digit, a comma and three digits that end the number: the comma groups thousands. */
const thousandsComma = /^\d[,，]\d{3}(?!\d)/u;

/** Splits at the matches of `separator`, except where it stands inside one of the `spans` (token positions). */
function splitOutside(
  text: string,
  offset: number,
  separator: RegExp,
  spans: readonly ConceptHit[],
  full: string,
  brackets: readonly (readonly [number, number])[],
) {
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(separator)) {
    // Inside a bracket ("(ALEXA Mini LF/FX6)", "(props, makeup)"), a separator lists details of its item.
    const at = offset + match.index;
    if (brackets.some(([start, end]) => start < at && at < end)) continue;
    // A comma grouping the thousands of a number ("4,000 frames", "1,200 costumes") is no list mark.
    if (thousandsComma.test(text.slice(Math.max(0, match.index - 1), match.index + 5))) continue;
    if (spans.length > 0) {
      // The separator stands between the words before it and the next one.
      const boundary = wordTokens(full.slice(0, offset + match.index)).length;
      if (spans.some((hit) => hit.start < boundary && boundary < hit.end)) continue;
    }
    parts.push({ text: text.slice(from, match.index), offset: offset + from });
    from = match.index + match[0].length;
  }
  parts.push({ text: text.slice(from), offset: offset + from });
  return parts;
}

/**
 * A statement's items (at list separators) and their parts (at "and", "or", "và", "и"…), each with its item's
 * number and text; a separator inside one of the lexicon's forms ("ink & paint", "UI/UX", "M&E", "hair and makeup")
 * splits nothing.
 */
export function splitItems(
  text: string,
  hits: readonly ConceptHit[],
  isSubject: (conceptId: string) => boolean,
  /** Whether a text opens with a form of work running past its first word ("2D animators", "하이 폴리"). */
  opensWithWork: (text: string) => boolean = () => false,
  /** The work a text names (subject concepts); none by default. */
  workIn: (text: string) => readonly string[] = () => [],
): { piece: string; itemIndex: number; item: string }[] {
  const spans = hits.filter((hit) => hit.end - hit.start >= 2);
  // A bracket naming no work ("(ALEXA Mini LF/FX6)", "(Wildberries, Ozon)", "(Thai, Bahasa)") gives details of its
  // item: its separators split nothing. One listing kinds of work ("(deformer, peg, master controller)") is split.
  const brackets = [...text.matchAll(bracketGroup)]
    .map((match) => {
      const first = wordTokens(text.slice(0, match.index)).length;
      const last = first + wordTokens(match[0]).length;
      return { range: [match.index, match.index + match[0].length] as const, first, last };
    })
    .filter(({ first, last }) => !hits.some((hit) => hit.start >= first && hit.end <= last && isSubject(hit.conceptId)))
    .map(({ range }) => range);
  const items = splitOutside(text, 0, globalItemSeparator, spans, text, brackets);
  return items.flatMap((item, itemIndex) => {
    const shared = withSharedHead(item, items[itemIndex + 1], text, opensWithWork);
    if (shared !== undefined) return [{ piece: shared, itemIndex, item: shared }];
    const parts = splitOutside(item.text, item.offset, globalConjunctionSeparator, spans, text, brackets).map(
      (part) => part.text,
    );
    return withSharedObjects(parts, workIn).map((piece) => ({ piece, itemIndex, item: item.text }));
  });
}

/**
 * Two verbs sharing one object ("đóng và cho thuê đạo cụ", "thiết kế và dựng bối cảnh", "пошив и прокат костюмов",
 * "design and build sets"): a part of one or two words naming no work, before a conjunction, is read with the next
 * part's object — its words after its own verb (the next part less one or two leading words) — when together they
 * name work the next part does not (đóng đạo cụ: props, beside prop rental).
 */
function withSharedObjects(parts: readonly string[], workIn: (text: string) => readonly string[]): string[] {
  return parts.map((part, position) => {
    const own = part.trim();
    const next = parts[position + 1]?.trim().split(/\s+/u) ?? [];
    const words = own.split(/\s+/u).length;
    if (own === '' || words > 2 || next.length < 2 || workIn(own).length > 0) return part;
    const nextWork = workIn(next.join(' '));
    for (let verb = 1; verb <= Math.min(2, next.length - 1); verb += 1) {
      const joined = `${own} ${next.slice(verb).join(' ')}`;
      if (workIn(joined).some((id) => !nextWork.includes(id))) return joined;
    }
    return part;
  });
}

/**
 * A slash list sharing its head words ("하이/로우 폴리", "2D/3D animators", "high/low poly"): a one-word item before a
 * slash, read with the words after the next item's first word, when together they open with a form of work.
 * Undefined when the item is not such a one.
 */
function withSharedHead(
  item: { text: string; offset: number },
  next: { text: string; offset: number } | undefined,
  full: string,
  opensWithWork: (text: string) => boolean,
): string | undefined {
  if (next === undefined || full[next.offset - 1] !== '/') return undefined;
  const own = item.text.trim();
  const following = next.text.trim().split(/\s+/u);
  if (/\s/u.test(own) || own === '' || following.length < 2) return undefined;
  const joined = `${own} ${following.slice(1).join(' ')}`;
  return opensWithWork(joined) && !opensWithWork(own) ? joined : undefined;
}

const globalItemSeparator = new RegExp(itemSeparator.source, 'gu');
const globalConjunctionSeparator = new RegExp(conjunctionSeparator.source, 'giu');

/** A bracketed group ("(props, makeup, costume)", "（最優先）"). */
const bracketGroup = /[(（]([^()（）]{1,200})[)）]/gu;
const itemBreaks = [',', ';', '，', '、', '；'];

/**
 * The text with bracketed asides blanked out: a bracket whose work is unrelated to the work named just before it in the
 * same item ("continuity (props, makeup, costume, eyelines)": what continuity keeps track of; "safety training (for
 * actors)") says what that work deals with, not more work on offer. A bracket listing kinds of the work before it
 * ("VFX (compositing, roto)"), a gloss of it ("монтаж (editing)") or no work at all ("(main)", "(Unity, Cocos)") stays.
 */
export function withoutAsideBrackets(
  text: string,
  glossary: Glossary,
  isSubject: (conceptId: string) => boolean,
): string {
  if (!/[(（]/u.test(text)) return text;
  const subjectsOf = (part: string) => [
    ...new Set(
      glossary
        .findConcepts(part, { morphology: true })
        .map((hit) => hit.conceptId)
        .filter(isSubject),
    ),
  ];
  const related = (first: string, second: string) =>
    first === second ||
    glossary.withAncestors(first).includes(second) ||
    glossary.withAncestors(second).includes(first);
  return text.replace(bracketGroup, (whole: string, inside: string, offset: number) => {
    const before = text.slice(0, offset);
    const head = before.slice(Math.max(...itemBreaks.map((mark) => before.lastIndexOf(mark))) + 1);
    // A word of several senses before the bracket (撮影: camera work or anime compositing) may be decided by it.
    const headSubjects = subjectsOf(head).flatMap((id) => [id, ...(glossary.concepts.get(id)?.senses ?? [])]);
    if (headSubjects.length === 0) return whole;
    const insideSubjects = subjectsOf(inside);
    if (insideSubjects.length === 0) return whole;
    if (insideSubjects.some((inner) => headSubjects.some((outer) => related(inner, outer)))) return whole;
    return ' '.repeat(whole.length);
  });
}

/** A heading colon ("Spine 2D animation outsourcing: idle, attack, hit, death", "外注：…", "Курс: …"). */
const headingColon = /[:：]/u;
const firstItemBreak = new RegExp(`[${itemBreaks.join('')}]`, 'u');

/**
 * A statement's heading, when it opens with one before a colon ("Spine 2D animation outsourcing: skeletal, idle,
 * attack, hit"): the list after it gives details of that work, so each of its items is read with the heading's work
 * (an "attack and hit motions" item of a Spine 2D offer is 2D game animation). Undefined when there is no such heading
 * (a colon after the first item heads only its own item).
 */
export function headingOf(text: string): string | undefined {
  const colon = text.search(headingColon);
  if (colon <= 0) return undefined;
  const head = text.slice(0, colon);
  return firstItemBreak.test(head) ? undefined : head;
}

/**
 * What a statement could not place, for organizers: each segment's phrases, except a segment read with the work of its
 * list's heading or of its own item ("Camera rental: Sony Venice 2, Cooke" — "Cooke" is a detail of camera rental;
 * "rigging and skinning" beside 3D rigging): like a bracket of details, it is part of placed work, not a phrase the
 * lexicon missed. An item none of whose parts places work is listed whole, once ("ฝึกสุนัข คลาสลูกสุนัข", "contracts
 * and screen credits"), not part by part; an item one of whose parts names a term of the deal (a credit, a contract,
 * a payment: `dealTerms`) is about that term, and its other parts are its details ("credit in the game and store page",
 * "mehmonxona va kundalik to'lov"). A word of several senses the statement leaves open is listed wherever it stands.
 */
export function unplacedDetailsLeftOut(
  segments: readonly { text: string; heading: readonly string[]; itemSubjects: readonly string[] }[],
  segmentUnplaced: readonly (readonly string[])[],
  itemOf: readonly number[],
  itemTexts: ReadonlyMap<number, string>,
  /** Per segment: whether it names a term of the deal. */
  dealTerms: readonly boolean[] = [],
): string[] {
  const listed: string[] = [];
  const wholeItems = new Set<number>();
  const dealItems = new Set(itemOf.filter((_, position) => dealTerms[position] === true));
  segments.forEach((segment, position) => {
    const own = segmentUnplaced[position] ?? [];
    const item = itemOf[position] ?? -1;
    const readWithPlacedWork = segment.heading.length > 0 || segment.itemSubjects.length > 0 || dealItems.has(item);
    const parts = itemOf.filter((other) => other === item).length;
    for (const phrase of own) {
      if (phrase !== segment.text) listed.push(phrase);
      else if (readWithPlacedWork) continue;
      else if (parts > 1) {
        if (!wholeItems.has(item)) listed.push(itemTexts.get(item) ?? phrase);
        wholeItems.add(item);
      } else listed.push(phrase);
    }
  });
  return listed;
}

/** Whether a text opens with a form of work running past its first word ("2D animators", "하이 폴리"; see `splitItems`). */
export function createWorkOpener(glossary: Glossary, isSubject: (conceptId: string) => boolean) {
  return (text: string): boolean =>
    glossary
      .findConcepts(text, { morphology: true })
      .some((hit) => hit.start === 0 && hit.end >= 2 && isSubject(hit.conceptId));
}
