/**
 * A word the industry uses for several kinds of work (bare "lighting", 조명, 照明, освещение: on set,
 * in CG or in a TV studio) is an entry with `senses` in the lexicon. The statement's other words
 * choose the sense: one of them when it is named outright ("audio description … a separate AD stem", "игровые
 * трейлеры и монтаж трейлеров"), else the one under or above them, or sharing a close broader concept with them
 * ("lighting for animated series" is CG lighting, "lighting, gaffers" on-set lighting). Closeness is measured from
 * the sense's own department (its first broader concept), and a word under a look-alike of that department points
 * away from it: 撮影 beside 2D animation is anime compositing, beside 3D animation or VFX it is filming. With no
 * such word, or a tie, the phrase is ambiguous and listed for organizers instead of being matched.
 */
import type { Glossary, GlossaryLanguage } from '../knowledge/glossary.js';
import { createAncestorDistances } from './ancestor-distances.js';
import { outsideDepartment } from './concept-relations.js';

/** How far apart (steps up from the sense plus steps up from the other word) still counts as the same context. */
const contextReach = 3;

export interface SenseChoice {
  /** The concept the word means here, undefined when the statement does not tell. */
  chosen: string | undefined;
  /** Every sense the lexicon gives the word. */
  senses: readonly string[];
}

/**
 * The language a Han-script statement is written in, by the other scripts beside its Han characters: kana is Japanese,
 * Hangul Korean, Han alone Chinese. Undefined for a statement with no Han characters.
 */
export function hanStatementLanguage(text: string): GlossaryLanguage | undefined {
  if (!/\p{Script=Han}/u.test(text)) return undefined;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  return 'zh';
}

export function createSenseChooser(glossary: Glossary) {
  const distancesUp = createAncestorDistances(glossary);
  const isOutside = (conceptId: string) => glossary.withAncestors(conceptId).includes(outsideDepartment);
  /**
   * A Han word's own sense in the statement's language (原画: key animation in Japanese, concept art in Chinese): the
   * one sense of the content industry whose forms in that language use the word (第二原画; 概念原画). A look-alike
   * field's sense (原画展, an exhibition of original artwork) is never the usual one: the statement must name it.
   */
  const usualInLanguage = (conceptId: string, text: string): string | undefined => {
    const concept = glossary.concepts.get(conceptId);
    const language = hanStatementLanguage(text);
    if (concept === undefined || language === undefined) return concept?.usualSense;
    const words = concept[language];
    const using = concept.senses.filter(
      (sense) =>
        !isOutside(sense) &&
        (glossary.concepts.get(sense)?.[language] ?? []).some((form) => words.some((word) => form.includes(word))),
    );
    return using.length === 1 ? using[0] : concept.usualSense;
  };
  const neighboursOf = (conceptId: string): readonly string[] => glossary.concepts.get(conceptId)?.neighbours ?? [];
  /**
   * How close another word of the statement is to a sense: next to it when one lies under the other ("animated
   * series" above CG lighting, "gaffer" under on-set lighting), else the shortest path through a broader concept
   * both lie under.
   */
  const closeness = (sense: string, other: string): number => {
    const senseUp = distancesUp(sense);
    if (senseUp.has(other) || distancesUp(other).has(sense)) return 1;
    let best = Number.POSITIVE_INFINITY;
    for (const [ancestor, otherDistance] of distancesUp(other)) {
      const senseDistance = senseUp.get(ancestor);
      if (senseDistance !== undefined) best = Math.min(best, senseDistance + otherDistance);
    }
    return best;
  };

  /**
   * How close a word of the statement is to a sense, measured from the sense's own department (its first broader
   * concept: 2D animation for anime compositing, so 撮影 is compositing only beside anime work, not beside VFX);
   * a word under a look-alike of that department (3D animation beside 2D) points away from the sense.
   */
  const contextDistance = (sense: string, other: string): number => {
    if (other === sense) return 0;
    if (distancesUp(other).has(sense)) return 1;
    const home = glossary.concepts.get(sense)?.broader[0] ?? sense;
    const otherUp = distancesUp(other);
    for (const lookalike of [...distancesUp(home).keys()].flatMap(neighboursOf)) {
      if (other === lookalike || otherUp.has(lookalike)) return Number.POSITIVE_INFINITY;
    }
    // Two senses in one department (music production or audio post for a recording studio): the direct path decides.
    return closeness(home, other) + Math.min(closeness(sense, other), 9) / 10;
  };

  return {
    /** The senses of a concept; empty for a word with one meaning. */
    sensesOf(conceptId: string): readonly string[] {
      return glossary.concepts.get(conceptId)?.senses ?? [];
    },
    /** The sense a word takes when neither the statement nor the profile's field decides: its own in the language. */
    usualIn: usualInLanguage,
    /** Which sense the other concepts of the statement point to. */
    choose(conceptId: string, context: readonly string[]): SenseChoice {
      const senses = glossary.concepts.get(conceptId)?.senses ?? [];
      const others = context.filter((other) => other !== conceptId);
      let chosen: string | undefined;
      let best = contextReach + 1;
      let tie = false;
      for (const sense of senses) {
        const distance = Math.min(...others.map((other) => contextDistance(sense, other)));
        if (distance < best) {
          best = distance;
          chosen = sense;
          tie = false;
        } else if (distance === best) tie = true;
      }
      return { chosen: tie ? undefined : chosen, senses };
    },
    /**
     * Which sense the profile's field points to, when the statement alone does not tell: each work the profile names
     * elsewhere (its other offers and needs, its description) votes for the sense whose own department — the first
     * broader concept, as 2D animation for anime compositing — lies within reach of it; the sense with most votes
     * wins, else the word's usual sense in the statement's language (`usualIn`), else none.
     */
    chooseInField(conceptId: string, field: readonly string[], text = ''): string | undefined {
      const concept = glossary.concepts.get(conceptId);
      const senses = concept?.senses ?? [];
      const votes = new Map<string, number>();
      for (const other of new Set(field)) {
        if (other === conceptId) continue;
        let nearest: string | undefined;
        let best = contextReach + 1;
        let tie = false;
        for (const sense of senses) {
          const distance = contextDistance(sense, other);
          if (distance < best) {
            best = distance;
            nearest = sense;
            tie = false;
          } else if (distance === best) tie = true;
        }
        if (nearest !== undefined && !tie) votes.set(nearest, (votes.get(nearest) ?? 0) + 1);
      }
      const ranked = [...votes].sort((left, right) => right[1] - left[1]);
      const [first, second] = ranked;
      if (first !== undefined && (second === undefined || first[1] > second[1])) return first[0];
      return usualInLanguage(conceptId, text);
    },
  };
}
