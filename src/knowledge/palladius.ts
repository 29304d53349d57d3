/**
 * Russian writes a Chinese name by its Mandarin sound in the Palladius system (饺子 Jiaozi is Цзяоцзы, 俞明宏 Yu
 * Minghong is Юй Минхун, 田晓鹏 Tian Xiaopeng is Тянь Сяопэн), whose letters are not pinyin's read in Cyrillic (j and z
 * are цз, x is с, zh is чж, -n is -нь, -ng is -н). A Cyrillic word that is wholly a run of Palladius syllables is read
 * back to its pinyin, so that it meets the name's Han letters (by their pinyin keys) and its Latin spelling.
 */
import { boundedMemo } from '../retrieval/bounded-memo.js';

const initials: Record<string, string> = {
  b: 'б',
  p: 'п',
  m: 'м',
  f: 'ф',
  d: 'д',
  t: 'т',
  n: 'н',
  l: 'л',
  g: 'г',
  k: 'к',
  h: 'х',
  zh: 'чж',
  ch: 'ч',
  sh: 'ш',
  r: 'ж',
  z: 'цз',
  c: 'ц',
  s: 'с',
};
/** Finals after an initial that is not j, q or x. */
const plainFinals: Record<string, string> = {
  a: 'а',
  o: 'о',
  e: 'э',
  ai: 'ай',
  ei: 'эй',
  ao: 'ао',
  ou: 'оу',
  an: 'ань',
  en: 'энь',
  ang: 'ан',
  eng: 'эн',
  ong: 'ун',
  u: 'у',
  ua: 'уа',
  uo: 'о',
  uai: 'уай',
  ui: 'уй',
  uan: 'уань',
  un: 'унь',
  uang: 'уан',
};
/** Finals that start with i (after b, p, m, d, t, n, l and the palatal j, q, x). */
const iFinals: Record<string, string> = {
  i: 'и',
  ia: 'я',
  ie: 'е',
  iao: 'яо',
  iu: 'ю',
  ian: 'янь',
  in: 'инь',
  iang: 'ян',
  ing: 'ин',
  iong: 'юн',
};
/** Finals with ü (written u after j, q, x and y). */
const yuFinals: Record<string, string> = { u: 'юй', ue: 'юэ', uan: 'юань', un: 'юнь' };

/** Syllables without an initial, written with y or w in pinyin. */
const zeroInitial: Record<string, string> = {
  yi: 'и',
  ya: 'я',
  ye: 'е',
  yao: 'яо',
  you: 'ю',
  yan: 'янь',
  yin: 'инь',
  yang: 'ян',
  ying: 'ин',
  yong: 'юн',
  yu: 'юй',
  yue: 'юэ',
  yuan: 'юань',
  yun: 'юнь',
  wu: 'у',
  wa: 'ва',
  wo: 'во',
  wai: 'вай',
  wei: 'вэй',
  wan: 'вань',
  wen: 'вэнь',
  wang: 'ван',
  weng: 'вэн',
  er: 'эр',
};

/** Every Palladius syllable (lower case) with its pinyin. */
function syllableTable(): Map<string, string> {
  const table = new Map<string, string>();
  const put = (cyrillic: string, pinyin: string) => {
    if (!table.has(cyrillic)) table.set(cyrillic, pinyin);
  };
  for (const [initial, written] of Object.entries(initials)) {
    for (const [final, ending] of Object.entries(plainFinals)) put(`${written}${ending}`, `${initial}${final}`);
    if ('bpmdtnl'.includes(initial))
      for (const [final, ending] of Object.entries(iFinals)) put(`${written}${ending}`, `${initial}${final}`);
  }
  for (const [initial, written] of [
    ['j', 'цз'],
    ['q', 'ц'],
    ['x', 'с'],
  ] as const) {
    for (const [final, ending] of Object.entries(iFinals)) put(`${written}${ending}`, `${initial}${final}`);
    for (const [final, ending] of Object.entries(yuFinals)) put(`${written}${ending}`, `${initial}${final}`);
  }
  for (const [initial, written] of [
    ['zh', 'чж'],
    ['ch', 'ч'],
    ['sh', 'ш'],
    ['r', 'ж'],
  ] as const)
    put(`${written}и`, `${initial}i`);
  for (const [initial, written] of [
    ['z', 'цз'],
    ['c', 'ц'],
    ['s', 'с'],
  ] as const)
    put(`${written}ы`, `${initial}i`);
  for (const [final, ending] of Object.entries(plainFinals)) if (!final.startsWith('u')) put(ending, final);
  for (const [pinyin, cyrillic] of Object.entries(zeroInitial)) put(cyrillic, pinyin);
  return table;
}

let syllables: Map<string, string> | undefined;
const longestSyllable = 5;

/**
 * The pinyin of a Cyrillic word (or words run together) read as Palladius syllables, the reading with the fewest
 * syllables; undefined when it is not wholly such a run or is a single syllable (a Russian word as often).
 */
export function palladiusPinyin(word: string): string | undefined {
  // Most names are not Cyrillic: answered before the memo, so they never take a place in it.
  return cyrillicLetter.test(word.charAt(0)) ? cyrillicPinyin(word) : undefined;
}

const cyrillicLetter = /[а-яё]/iu;

const cyrillicPinyin = boundedMemo(50_000, (word: string): string | undefined => {
  const text = word.toLowerCase().replace(/ё/gu, 'е');
  if (!/^[а-яь]+$/u.test(text)) return undefined;
  syllables ??= syllableTable();
  const best: ({ count: number; pinyin: string } | undefined)[] = [{ count: 0, pinyin: '' }];
  for (let end = 1; end <= text.length; end += 1) {
    for (let length = 1; length <= longestSyllable && length <= end; length += 1) {
      const before = best[end - length];
      const pinyin = syllables.get(text.slice(end - length, end));
      if (before === undefined || pinyin === undefined) continue;
      const current = best[end];
      if (current === undefined || before.count + 1 < current.count)
        best[end] = { count: before.count + 1, pinyin: `${before.pinyin}${pinyin}` };
    }
  }
  const reading = best[text.length];
  return reading !== undefined && reading.count >= 2 ? reading.pinyin : undefined;
});
