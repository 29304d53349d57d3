/**
 * One Han name written three ways is one name: Chinese writes 动画 and 宫崎骏 in simplified forms, Taiwan and Hong Kong
 * 動畫 and 宮崎駿, Japan 動画 in its own simplified forms (shinjitai), and the Latin and Korean press write a Chinese
 * name by its Mandarin sound (王长田 is Wang Changtian, 왕창톈). Two readings make them meet:
 * - a character-variant fold: every character to its traditional form (OpenCC's tables of the MIT/Apache-2.0
 *   `opencc-js` package: simplified → traditional, Japanese shinjitai → traditional), before a character is read;
 * - its Mandarin pinyin without tones (the per-character table of the MIT `pinyin-pro` package), one syllable per
 *   character, a polyphonic character in its most common reading (长 is chang, never zhang).
 * Both tables ship inside their packages; nothing is fetched at run time. The readings are for matching only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface PinyinPro {
  pinyin(text: string, options: { toneType: 'none'; type: 'array'; v: boolean }): string[];
}

const load = createRequire(import.meta.url);
let variants: Map<string, string> | undefined;
let pinyinPro: PinyinPro | undefined;

const syllables = new Map<string, string | undefined>();
const hanCharacter = /^\p{Script=Han}$/u;

/**
 * OpenCC's character tables (`opencc-js/dict/…`, each "from to[ other]|…"): simplified → traditional and Japanese
 * shinjitai → traditional, a character's first traditional form where a table gives several (发 is 發 or 髮).
 */
function variantTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const name of ['STCharacters', 'JPShinjitaiCharacters']) {
    const source = readFileSync(load.resolve(`opencc-js/dict/${name}`), 'utf8');
    const entries = JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
    for (const entry of entries.split('|')) {
      const [from, to] = entry.split(' ');
      if (from !== undefined && to !== undefined && !table.has(from)) table.set(from, to);
    }
  }
  return table;
}

/** A Han character's traditional form (itself when it is one, or when the tables do not know it). */
export function foldedHan(character: string): string {
  variants ??= variantTable();
  return variants.get(character) ?? character;
}

/** A text with each Han character folded to its traditional form (see foldedHan). */
export function foldedHanText(text: string): string {
  let result = '';
  for (const character of text) result += hanCharacter.test(character) ? foldedHan(character) : character;
  return result;
}

/** A Han character's pinyin syllable without tone (ü as v), undefined when the table has none. */
export function pinyinSyllable(character: string): string | undefined {
  if (syllables.has(character)) return syllables.get(character);
  pinyinPro ??= load('pinyin-pro') as PinyinPro;
  const read = (form: string) => {
    const syllable = pinyinPro?.pinyin(form, { toneType: 'none', type: 'array', v: true })[0];
    return syllable !== undefined && /^[a-z]+$/u.test(syllable) ? syllable : undefined;
  };
  const syllable = read(character) ?? read(foldedHan(character));
  syllables.set(character, syllable);
  return syllable;
}

/** The pinyin of a run of Han characters, syllables joined ("wangchangtian"); undefined when one has none. */
export function hanPinyin(run: string): string | undefined {
  let reading = '';
  for (const character of run) {
    const syllable = pinyinSyllable(character);
    if (syllable === undefined) return undefined;
    reading += syllable;
  }
  return reading;
}

/** Han names are two to four characters long (王微, 王长田, 哔哩哔哩; 司马相如). */
const [shortestName, longestName] = [2, 4];

/**
 * The pinyin of every stretch of two to four characters of a Han run: Chinese writes its names run into the words
 * around them (光线传媒董事长王长田在…), so any such stretch may be the name another script writes by its sound.
 */
export function hanNameReadings(run: string): { reading: string; from: number; to: number }[] {
  const characters = [...run];
  const read = characters.map((character) => pinyinSyllable(character));
  const readings: { reading: string; from: number; to: number }[] = [];
  for (let start = 0; start + shortestName <= characters.length; start += 1) {
    let reading = '';
    for (let length = 1; length <= longestName && start + length <= characters.length; length += 1) {
      const syllable = read[start + length - 1];
      if (syllable === undefined) break;
      reading += syllable;
      if (length >= shortestName) readings.push({ reading, from: start, to: start + length });
    }
  }
  return readings;
}

/** Characters of Chinese grammar no name is written with (的, 了, 在, 是 …): a stretch holding one is no name. */
const grammarCharacter = /[的了在是和与及或也都就并还已曾让给请对从为把被将向于这那其该等他她它们吗呢吧]/u;

/** Whether a stretch of Han characters may be a name: it holds no character of Chinese grammar. */
export const mayBeHanName = (stretch: string) => !grammarCharacter.test(stretch);

const hanName = /^\p{Script=Han}{2,4}$/u;

/**
 * A form and, for a Han name of two to four letters, the forms another text may write it in: its traditional
 * letters (宫崎骏 → 宮崎駿) and its pinyin, the family name apart ("yang yu", "wang changtian") and all in one word
 * ("jiaozi", "bilibili").
 */
export function hanNameForms(form: string): string[] {
  if (!hanName.test(form)) return [form];
  const forms = [form];
  const folded = foldedHanText(form);
  if (folded !== form) forms.push(folded);
  const syllables = [...form].map(pinyinSyllable);
  if (syllables.every((syllable) => syllable !== undefined))
    forms.push(`${syllables[0]} ${syllables.slice(1).join('')}`, syllables.join(''));
  return forms;
}
