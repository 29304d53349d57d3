/** Uzbek forms written in the Latin alphabet, turned into the Cyrillic one by letter and digraph. */
const uzbekDigraphs: [RegExp, string][] = [
  [/o'/gu, 'ў'],
  [/g'/gu, 'ғ'],
  [/sh/gu, 'ш'],
  [/ch/gu, 'ч'],
  [/yo/gu, 'ё'],
  [/yu/gu, 'ю'],
  [/ya/gu, 'я'],
  [/ye/gu, 'е'],
  [/ts/gu, 'ц'],
  [/(?<![\p{L}])e/gu, 'э'],
];
const uzbekLetters: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  "'": 'ъ',
};

/**
 * An Uzbek form in the Latin alphabet written in the Cyrillic one, which many Uzbek organizations still use
 * ("ovoz rejissyori" → "овоз режиссёри", "animatsiya" → "анимация"). Text without Latin letters comes back as it is.
 */
export function uzbekLatinToCyrillic(form: string): string {
  if (!/[a-z]/iu.test(form)) return form;
  // Abbreviations and words with digits (VFX, 3D) are written the same in both alphabets.
  return form
    .normalize('NFC')
    .replace(/[ʻʼ’‘`]/gu, "'")
    .split(/(\s+|-)/u)
    .map((word) => {
      if (/\d/u.test(word) || /^[A-Z]{2,}$/u.test(word)) return word;
      let text = word.toLowerCase();
      for (const [pattern, letter] of uzbekDigraphs) text = text.replace(pattern, letter);
      return [...text].map((character) => uzbekLetters[character] ?? character).join('');
    })
    .join('');
}
