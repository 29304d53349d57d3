/**
 * The lexicon concepts of a statement, including ones a plain longest-match scan misses: a
 * concept that starts inside a longer one and runs past its end ("Maya 3D" + "3D animation"), and
 * the skill behind a Korean, Japanese or Mongolian person suffix (편집자 = 편집 + 자, эвлүүлэгч = эвлүүлэг + ч).
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { wordTokens } from '../retrieval/text-normalize.js';
import type { ConceptRole } from './normalize-statement.js';

/** Endings that make a person of a skill: 편집자, 번역가, 기획자, 연출가; 編集者, 翻訳家, 技師. */
const hangulPersonSuffixes = '자가사원';
const hanPersonSuffixes = '者家師員';
/**
 * Mongolian makes the doer of a work by -ч on its noun in -г (эвлүүлэг "editing" → эвлүүлэгч "editor", гэрэлтүүлэг →
 * гэрэлтүүлэгч), before any case ending: эвлүүлэгчид, эвлүүлэгчийн.
 */
const mongolianDoer = /^(\p{Script=Cyrillic}{3,}г)ч(?:ид|ийн|ид?ийн|ээр|ийг)?$/u;
/** Offers and needs are found through inflections and one-word compounds too (see `FindConceptsOptions`). */
const morphology = { morphology: true } as const;
/** The form starting at a window's first word: a concept running on from inside a longer one. */
const leadingForm = { morphology: true, leading: true } as const;

export function createConceptFinder(glossary: Glossary, roleOf: (conceptId: string) => ConceptRole | undefined) {
  /**
   * Korean and Japanese name a person by a suffix on the skill (편집자 "editor" = 편집 "editing" + 자,
   * 번역가, 映像編集者), Mongolian by -ч (эвлүүлэгч): where the glossary has no such word, the skill behind it is
   * looked up.
   */
  const conceptsBehindPersonSuffixes = (text: string): ConceptHit[] => {
    const tokens = wordTokens(text);
    let stripped = false;
    const words = tokens.map((token) => {
      const characters = [...token.word];
      const last = characters.at(-1) ?? '';
      const suffixes =
        token.script === 'hangul'
          ? hangulPersonSuffixes
          : token.script === 'han' || token.script === 'kana'
            ? hanPersonSuffixes
            : '';
      if (characters.length >= 3 && suffixes.includes(last)) {
        stripped = true;
        return { word: characters.slice(0, -1).join(''), changed: true };
      }
      const doer = token.script === 'cyrillic' ? mongolianDoer.exec(token.word.toLowerCase()) : null;
      if (doer?.[1] !== undefined) {
        stripped = true;
        return { word: doer[1], changed: true };
      }
      return { word: token.word, changed: false };
    });
    if (!stripped) return [];
    return glossary
      .findConcepts(words.map((word) => word.word).join(' '))
      .filter((hit) => words.slice(hit.start, hit.end).some((word) => word.changed));
  };

  /**
   * Glossary concepts of a text, including ones that overlap a longer match: in "short-form video
   * editors" the glossary takes "short-form video" first, and "video editors" is found too.
   */
  const findAll = (text: string): ConceptHit[] => {
    const hits = [
      ...fieldForms(glossary, roleOf, text, glossary.findConcepts(text, morphology)),
      ...conceptsBehindPersonSuffixes(text),
    ];
    // A concept that starts inside a longer one and runs past its end ("Maya 3D" + "3D animation",
    // "short-form video" + "video editors") is found too; one that ends inside it is the longer one's
    // own words ("real estate video editing" is not video editing).
    const contexts = hits.filter((hit) => hit.end - hit.start >= 2);
    let found = [...hits];
    if (contexts.length > 0) {
      const words = wordTokens(text).map((token) => token.word);
      const running: ConceptHit[] = [];
      for (const hit of contexts) {
        for (let start = hit.start + 1; start < hit.end; start += 1) {
          const [first] = glossary.findConcepts(words.slice(start, start + 8).join(' '), leadingForm);
          if (first !== undefined && first.start === 0 && start + first.end > hit.end) {
            running.push({ ...first, start, end: start + first.end });
          }
        }
      }
      // A shorter find lying wholly inside one running on ("озвучания" in "кастинг актёров озвучания", where
      // "актёров озвучания" — voice actors — runs on from "кастинг актёров") is that longer form's own words.
      found = [
        ...found.filter(
          (hit) =>
            !running.some(
              (longer) =>
                longer.start <= hit.start && hit.end <= longer.end && longer.end - longer.start > hit.end - hit.start,
            ),
        ),
        ...running,
      ];
    }
    // A context word inside a subject ("영화" in "영화 편집자", film editor) says nothing more.
    const subjects = found.filter((hit) => roleOf(hit.conceptId) === 'subject');
    const kept = found.filter(
      (hit) =>
        roleOf(hit.conceptId) === 'subject' ||
        !subjects.some(
          (subject) =>
            subject.start < hit.end && hit.start < subject.end && subject.end - subject.start > hit.end - hit.start - 1,
        ),
    );
    const idioms = idiomSpans(text);
    const named = actsOfDepartments(glossary, kept);
    return named.filter(
      (hit, position) =>
        named.findIndex((other) => other.conceptId === hit.conceptId) === position &&
        !idioms.some(([start, end]) => start <= hit.start && hit.end <= end),
    );
  };

  // A statement's text is looked up again as its only segment: the most recent texts' concepts are kept.
  const recent = new Map<string, readonly ConceptHit[]>();
  const conceptsIn = (text: string): readonly ConceptHit[] => {
    let hits = recent.get(text);
    if (hits === undefined) {
      hits = Object.freeze(findAll(text));
      if (recent.size >= recentLimit) recent.delete(recent.keys().next().value as string);
      recent.set(text, hits);
    }
    return hits;
  };
  return conceptsIn;
}

const recentLimit = 256;

/**
 * A field word before a compound of two words whose head, with the field word, makes that field's own form: in
 * "웹툰 3D 배경" (webtoon 3D backgrounds) the compound "3D 배경" alone is game environment art, but 웹툰 with the head
 * 배경 is "웹툰 배경", webtoon background art — the head decides the work, the field word its field, and the word
 * between them (3D) is a detail. The compound's find is replaced by the field's form over all three words, unless
 * that form is a broader work than the compound's.
 */
function fieldForms(
  glossary: Glossary,
  roleOf: (conceptId: string) => ConceptRole | undefined,
  text: string,
  hits: readonly ConceptHit[],
): ConceptHit[] {
  const words = wordTokens(text).map((token) => token.word);
  return hits.map((compound) => {
    if (compound.end - compound.start !== 2 || roleOf(compound.conceptId) !== 'subject') return compound;
    const field = hits.find((hit) => hit.end === compound.start && hit.end - hit.start === 1);
    if (field === undefined || roleOf(field.conceptId) !== 'domain') return compound;
    const joined = `${words[field.start] ?? ''} ${words[compound.end - 1] ?? ''}`;
    const [own] = glossary.findConcepts(joined, leadingForm);
    if (own === undefined || own.start !== 0 || own.end !== 2 || roleOf(own.conceptId) !== 'subject') return compound;
    // A broader work than the compound's (드라마 번역 over 드라마 자막 번역: subtitle translation) says less.
    if (glossary.withAncestors(compound.conceptId).includes(own.conceptId)) return compound;
    return {
      conceptId: own.conceptId,
      surface: `${field.surface} ${compound.surface}`,
      start: field.start,
      end: compound.end,
    };
  });
}

/**
 * A department's name right before a word of several senses none of which is that department's work ("버추얼 프로덕션
 * 촬영", a virtual-production shoot; not cinematography nor anime compositing): the word is the department's own act,
 * said by the department and the work beside it, so it names no work of its own. Where one of its senses lies in the
 * department or in a department above it (애니메이션 촬영: anime compositing; 3D animation, beside 2D under animation),
 * the senses decide as usual.
 */
function actsOfDepartments(glossary: Glossary, hits: readonly ConceptHit[]): ConceptHit[] {
  const isDepartment = (id: string) => glossary.concepts.get(id)?.category === 'department';
  return hits.filter((hit) => {
    const senses = glossary.concepts.get(hit.conceptId)?.senses ?? [];
    if (senses.length === 0) return true;
    const department = hits.find((other) => other.end === hit.start && isDepartment(other.conceptId));
    if (department === undefined) return true;
    const field = glossary.withAncestors(department.conceptId).filter(isDepartment);
    return senses.some((sense) => glossary.withAncestors(sense).some((id) => field.includes(id)));
  });
}

/** Set phrases whose words read as trade words but are not ("of course" is no course). */
const idioms = [['of', 'course']];

/** Token spans [start, end) of the set phrases in a text. */
function idiomSpans(text: string): [number, number][] {
  const words = wordTokens(text).map((token) => token.word.toLowerCase());
  const spans: [number, number][] = [];
  for (const idiom of idioms)
    for (let start = 0; start + idiom.length <= words.length; start += 1)
      if (idiom.every((word, offset) => words[start + offset] === word)) spans.push([start, start + idiom.length]);
  return spans;
}
