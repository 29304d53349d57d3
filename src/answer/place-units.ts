/**
 * Places a sentence names besides the ones the question names: a place in the lexicon or a place-like pattern in
 * each language ("in Vancouver", "서울시에서", "大阪市", "tại Hà Nội", "в Ульяновске", "Toshkentda").
 */
import type { Glossary } from '../knowledge/glossary.js';

// Each pattern captures the place's name (group 1): a place the question names itself is not where.
const placePatterns = [
  // "work out of Millennium Studios": where a company is based.
  /\b(?:in|at|from|to|out of)\s+(?:the\s+)?(\p{Lu}\p{L}+)/gu,
  /([가-힣]+)(?:시|도|구|군|동|읍|면|국|주)(?:에서|에|의|로)/gu,
  /([\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:県|市|区|町|都|州|国)/gu,
  /(?:tại|ở|đến)\s+(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*)/gu,
  // "в Ульяновске", "на площадке ульяновского Технокампуса": a name after a preposition and up to two words.
  /(?:^|\s)(?:в|во|на|из)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}\p{L}*)/gu,
  /(\p{Lu}\p{Ll}+)(?:da|dagi|ga)\b/gu,
  // Thai: a province, district or subdistrict by its marker ("จังหวัดเชียงใหม่", "ในเขตปทุมวัน", "อำเภอเมือง").
  /(?:จังหวัด|อำเภอ|เขต|ตำบล|แขวง)\s?(\p{Script=Thai}{2,})/gu,
];

/** Whether a place name is one the question names itself (as written, or inflected: "Ульяновске" ~ "ульяновск"). */
function namedByQuestion(name: string, entityWords: ReadonlySet<string>): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.every(
    (word) =>
      entityWords.has(word) ||
      [...entityWords].some((own) => own.length >= 4 && word.startsWith(own) && word.length - own.length <= 3),
  );
}

/**
 * Whether a sentence names a place besides the ones the question names ("Before it moved to Shreveport, where was it
 * based?" is not answered by "it is relocating to Shreveport"): a place in the lexicon, or a place-like pattern.
 */
export function hasPlace(
  sentence: string,
  glossary: Glossary | undefined,
  entityWords: ReadonlySet<string>,
  /**
   * The lexicon places the question names, with the places that hold them: in any language or script they are not
   * where ("Framestore孟买工作室在哪里?" is not answered by "the Mumbai space", "where in Sydney" not by "Sydney, Australia").
   */
  ownPlaces: ReadonlySet<string> = new Set(),
): boolean {
  const own = (conceptId: string) => ownPlaces.has(conceptId);
  if (glossary) {
    for (const hit of glossary.findConcepts(sentence)) {
      if (glossary.concepts.get(hit.conceptId)?.category !== 'place') continue;
      if (!entityWords.has(hit.surface) && !own(hit.conceptId)) return true;
    }
  }
  const ownLexiconPlace = (name: string) =>
    ownPlaces.size > 0 && (glossary?.findConcepts(name).some((hit) => own(hit.conceptId)) ?? false);
  return placePatterns.some((pattern) =>
    [...sentence.matchAll(pattern)].some(
      (match) => !namedByQuestion(match[1] as string, entityWords) && !ownLexiconPlace(match[1] as string),
    ),
  );
}
