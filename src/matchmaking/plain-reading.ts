/**
 * A need written in plain words: a producer who does not know a craft's name says what the person does ("someone to
 * make the fight scenes safe for the actors", "people who stand where the actors stand while we light"). The
 * taxonomy's `plain` words of a craft (everyday words of what the person does, in any language) read such a need as
 * that craft — weakly, and only where it holds several of them: at least two distinct plain words of one craft (three
 * when the need already names some other work), more than of any other craft. One plain word is never enough: "camera"
 * or "scenes" alone say nothing of a trade.
 *
 * An offer is read so (by the same rule) only when its profile, described, shows the content industry (see
 * ./field-evidence.ts): a look-alike's offer ("safe falls for women", "camera and crane hire for removals") comes
 * from a profile of another industry and is never made a craft by these words; the outside trades and declared
 * look-alikes still keep apart what the lexicon reads as different work.
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { ConceptMention, NormalizedStatement } from './normalize-statement.js';

/** Plain words of one craft a need must hold (distinct, not inside one another). */
const minimumWords = 2;
/** The same where the need already names other work: the plain words must outweigh a reading the lexicon made. */
const minimumBesideWork = 3;
/** How sure a plain reading is, against a form of the lexicon (1). */
const plainConfidence = 0.5;
/** Needs whose reading is kept (as the normaliser's cache). */
const keptCopies = 50_000;

/** Scripts written without spaces between words (or with endings glued on): a plain word is found anywhere in them. */
const glued = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʻʼ‘`]/g, "'");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PlainCraft {
  conceptId: string;
  /** Words found anywhere (glued scripts). */
  anywhere: string[];
  /** Words found at the start of a word ("костюм" in "костюмы"), as one pattern; undefined when none. */
  wordStart: RegExp | undefined;
}

/** Where one craft's plain words stand in a text: spans, the longest kept where they overlap. */
function plainSpans(craft: PlainCraft, text: string): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const word of craft.anywhere) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      found.push({ start: at, end: at + word.length, word });
    }
  }
  if (craft.wordStart !== undefined) {
    for (const match of text.matchAll(craft.wordStart)) {
      const word = match[1] ?? '';
      const start = (match.index ?? 0) + match[0].length - word.length;
      found.push({ start, end: start + word.length, word });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const span of found) {
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * Which crafts may hold enough plain words in a text, found in one pass: each plain word is filed under its first two
 * characters (one for a one-character word), and only the words filed under the characters at a word's start (or, for
 * glued scripts, at any place) are compared. A craft is asked the exact question only when as many of its distinct
 * words start somewhere in the text as a reading needs: with 78 crafts of plain words, most statements ask none.
 */
interface PlainIndex {
  /** Words that start a word, by their first two characters (or the one of a one-character word). */
  starting: Map<string, { word: string; craft: number }[]>;
  /** Words found anywhere (glued scripts), by their first character. */
  anywhere: Map<string, { word: string; craft: number }[]>;
}

const letterOrDigit = /[\p{L}\p{N}']/u;

function filePlainWord(
  index: Map<string, { word: string; craft: number }[]>,
  key: string,
  word: string,
  craft: number,
) {
  const list = index.get(key);
  if (list === undefined) index.set(key, [{ word, craft }]);
  else list.push({ word, craft });
}

/** For each craft index, how many distinct plain words of it start (or stand, when glued) somewhere in the text. */
function plainCandidates(index: PlainIndex, text: string): Map<number, Set<string>> {
  const found = new Map<number, Set<string>>();
  const note = (entries: { word: string; craft: number }[] | undefined, at: number) => {
    for (const { word, craft } of entries ?? []) {
      if (!text.startsWith(word, at)) continue;
      const words = found.get(craft);
      if (words === undefined) found.set(craft, new Set([word]));
      else words.add(word);
    }
  };
  for (let at = 0; at < text.length; at += 1) {
    note(index.anywhere.get(text[at] ?? ''), at);
    if (at > 0 && letterOrDigit.test(text[at - 1] ?? '')) continue;
    note(index.starting.get(text.slice(at, at + 2)), at);
    note(index.starting.get(text[at] ?? ''), at);
  }
  return found;
}

export interface PlainReader {
  /** The need with the craft its plain words say added, or the same object when they say none. */
  read(need: NormalizedStatement): NormalizedStatement;
  /** The craft a text's plain words say, with those words; undefined when none (see the module comment). */
  craftOf(text: string, namesWork: boolean): { conceptId: string; words: string[] } | undefined;
}

export function createPlainReader(
  glossary: Glossary,
  isSubject: (conceptId: string) => boolean,
  /** A new statement serial (the normaliser's): the read copy is another statement for every cache keyed by serial. */
  nextSerial: () => number,
): PlainReader {
  const crafts: PlainCraft[] = [];
  const index: PlainIndex = { starting: new Map(), anywhere: new Map() };
  for (const concept of glossary.concepts.values()) {
    const words = [...new Set((concept.plain ?? []).map(fold))];
    if (words.length === 0 || !isSubject(concept.id)) continue;
    const anywhere = words.filter((word) => glued.test(word));
    const starting = words.filter((word) => !glued.test(word)).sort((a, b) => b.length - a.length);
    for (const word of anywhere) filePlainWord(index.anywhere, word.slice(0, 1), word, crafts.length);
    for (const word of starting) filePlainWord(index.starting, word.slice(0, 2), word, crafts.length);
    crafts.push({
      conceptId: concept.id,
      anywhere,
      wordStart:
        starting.length === 0
          ? undefined
          : new RegExp(`(?:^|[^\\p{L}\\p{N}'])(${starting.map(escape).join('|')})`, 'gu'),
    });
  }

  const craftOf = (text: string, namesWork: boolean) => {
    if (crafts.length === 0) return undefined;
    const folded = fold(text);
    const needed = namesWork ? minimumBesideWork : minimumWords;
    let best: { conceptId: string; words: string[] } | undefined;
    let runnerUp = 0;
    // A craft with fewer candidate words than a reading needs can neither be read nor tie with one that is.
    for (const [at, candidates] of plainCandidates(index, folded)) {
      const craft = crafts[at];
      if (craft === undefined || candidates.size < needed) continue;
      const words = [...new Set(plainSpans(craft, folded).map((span) => span.word))];
      if (words.length > (best?.words.length ?? 0)) {
        runnerUp = best?.words.length ?? 0;
        best = { conceptId: craft.conceptId, words };
      } else if (words.length > runnerUp) runnerUp = words.length;
    }
    if (best === undefined || best.words.length < needed || best.words.length === runnerUp) return undefined;
    return best;
  };

  /** The read copy of each need, by the need's serial. */
  const copies = new Map<number, NormalizedStatement>();
  const read = (need: NormalizedStatement): NormalizedStatement => {
    const kept = copies.get(need.serial);
    if (kept !== undefined) return kept;
    const made = readPlainly(need);
    if (copies.size >= keptCopies) copies.delete(copies.keys().next().value as number);
    copies.set(need.serial, made);
    return made;
  };
  const readPlainly = (need: NormalizedStatement): NormalizedStatement => {
    const named = need.segments.flatMap((segment) => segment.subjects);
    const found = craftOf(need.text, named.length > 0);
    if (found === undefined || named.includes(found.conceptId)) return need;
    const id = found.conceptId;
    const open = need.segments.filter((segment) => segment.subjects.length === 0);
    const widened = new Set(open.length > 0 ? open : need.segments);
    const mention: ConceptMention = { conceptId: id, surface: found.words.join(', '), confidence: plainConfidence };
    return {
      ...need,
      serial: nextSerial(),
      mentions: [...need.mentions, mention],
      concepts: [...need.concepts, id],
      segments: need.segments.map((segment) =>
        widened.has(segment)
          ? {
              ...segment,
              subjects: [...segment.subjects, id],
              concepts: [...segment.concepts, id],
              itemSubjects: [...segment.itemSubjects, id],
            }
          : segment,
      ),
    };
  };

  return { read, craftOf };
}
