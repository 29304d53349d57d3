/**
 * Word forms the lexicon does not list, found by rule rather than by adding every inflection: `wordStems` gives the
 * stems of a word through Russian, Kazakh and Uzbek endings (./word-endings.ts), Indonesian affixes
 * (./indonesian-affixes.ts) and Korean verb endings (./compound-words.ts, which also splits Korean, Japanese and Thai
 * compounds). Matching compares stems on both sides, so a form written in its dictionary form ("цветокоррекция",
 * "tata cahaya") is found in an inflected text ("цветокоррекции", "penataan cahaya").
 */
import { type Script, stemLatin } from '../retrieval/text-normalize.js';
import { koreanVerbStem, koreanWorkUnits } from './compound-words.js';
import { indonesianStems } from './indonesian-affixes.js';
import {
  agentSuffixes,
  cyrillicAgentStems,
  cyrillicEndings,
  endingParses,
  minimumStem,
  russianVerbStem,
  stripChain,
  uzbekLatinEndings,
  uzbekVerbalNoun,
} from './word-endings.js';

/**
 * A Sino-Korean prefix of time or repetition on a work's noun, 후- (後, "post-") and 재- (再, "re-"): the work is the
 * noun's (후보정 "post-correction" is 보정, 재편집 "re-editing" 편집, 재촬영 "reshoot" 촬영). Only before a noun of two
 * syllables or more: in 후보, 재단, 재능 the letters are one word.
 */
const koreanWorkPrefix = /^[후재](\p{Script=Hangul}{2,})$/u;

/** A Korean word's stems: the work noun of a verb form (편집합니다 → 편집), and of a prefixed noun (후보정 → 보정). */
function koreanStems(key: string): string[] {
  const stems = new Set<string>();
  const verb = koreanVerbStem(key);
  if (verb !== undefined) stems.add(verb);
  for (const word of [key, verb]) {
    const noun = word === undefined ? undefined : koreanWorkPrefix.exec(word)?.[1];
    if (noun !== undefined) stems.add(noun);
  }
  stems.delete(key);
  return [...stems];
}

/** A Cyrillic loanword for a person in -ер on a noun of four letters or more (дизайнер, монтажер after ё → е). */
const loanPerson = /^(\p{Script=Cyrillic}{4,})ер$/u;

/** A key that may be an Indonesian word with a nasal prefix cut short by the English stemmer (penyunt). */
const indonesianPrefixed = /^(?:peng|peny|pen|pem|meng|meny|men|mem)\p{L}{3,}[^aeiou]$/u;

/**
 * The stems a word key may stand for, itself excluded: inflection-stripped forms, and for a word naming the person
 * who does the work, the work (kompozitingchi → kompoziting). Empty when no rule applies.
 */
export function wordStems(key: string, script: Script): string[] {
  if (script === 'hangul') return koreanStems(key);
  if ([...key].length < minimumStem + 1) return [];
  const stems = new Set<string>();
  if (script === 'cyrillic') {
    const folded = key.replace(/ё/gu, 'е');
    const stem = stripChain(folded, cyrillicEndings);
    stems.add(stem);
    for (const parse of endingParses(folded, cyrillicEndings)) stems.add(parse);
    for (const agent of agentSuffixes.cyrillic) {
      if (stem.endsWith(agent) && [...stem].length - agent.length >= minimumStem)
        stems.add(stem.slice(0, -agent.length));
    }
    for (const work of cyrillicAgentStems(folded)) stems.add(work);
    // A vowel that drops when an ending follows (раскадровок / раскадровка, образец / образцы): the stem without it.
    const fleeting = /^(\p{L}{3,})[ое]([кц])$/u.exec(folded);
    if (fleeting !== null) stems.add(`${fleeting[1]}${fleeting[2]}`);
    const verb = russianVerbStem(folded);
    if (verb !== undefined) stems.add(verb);
    // A loanword naming the person by -ер / -ёр on the work's noun, as Russian, Kazakh and Mongolian write it
    // (дизайнер ← дизайн, монтажёр ← монтаж, гример ← грим): the work is the noun's (хувцасны дизайнер is хувцасны
    // дизайн, costume design).
    for (const word of [folded, stem]) {
      const person = loanPerson.exec(word);
      if (person?.[1] !== undefined) stems.add(person[1]);
    }
  } else if (script === 'latin') {
    // Uzbek letters o' and g' are written with an apostrophe (o'qituvchilar, mashg'ulotlari).
    if (!/^[a-z]+(?:'[a-z]+)*$/u.test(key)) return [];
    const stem = stripChain(key, uzbekLatinEndings);
    if (stem !== key) stems.add(stem);
    const agent = /chi(?:(?:lar|lik)\p{L}*)?$/u;
    const beforeAgent = agent.test(key) ? stemLatin(key.replace(agent, '')) : '';
    if (beforeAgent.length >= minimumStem) stems.add(beforeAgent);
    for (const stem of indonesianStems(key)) stems.add(stem);
    // An affixed Indonesian word on a root in -ing (penyunting, menyunting ← sunting) was cut like an English -ing
    // word when keyed (penyunt): its affixes are read off the word as written.
    if (indonesianPrefixed.test(key)) for (const stem of indonesianStems(`${key}ing`)) stems.add(stem);
    const verbalNoun = uzbekVerbalNoun(key);
    if (verbalNoun !== undefined) stems.add(verbalNoun);
  }
  stems.delete(key);
  return [...stems];
}

/**
 * A text word's stems (`wordStems`), and for a Korean word ending in the unit that does the work (촬영팀, 디자인팀,
 * 번역업체), the work's noun: a form of several words is found when its last word is written with its team ("드론
 * 촬영팀" is 드론 촬영, drone filming; "사운드 디자인팀" 사운드 디자인). Read on the text's side only: the lexicon's own
 * 촬영팀 (the crew) stays a form of its own, and a bare 촬영 is not read as it.
 */
export function textWordStems(key: string, script: Script): string[] {
  const stems = wordStems(key, script);
  if (script !== 'hangul') return stems;
  for (const unit of koreanWorkUnits) {
    const noun = key.endsWith(unit) ? key.slice(0, -unit.length) : '';
    if ([...noun].length >= 2 && !stems.includes(noun)) stems.push(noun);
  }
  return stems;
}
