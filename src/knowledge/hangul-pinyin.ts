/**
 * Korean press writes a Chinese name by its Mandarin sound in Hangul, by the national rules for Chinese (외래어
 * 표기법, 중국어): 马化腾 Ma Huateng is 마화텅, 张一鸣 Zhang Yiming 장이밍, 快手 Kuaishou 콰이서우, 抖音 Douyin 더우인.
 * Romanizing such Hangul does not give the pinyin back (마화텅 reads "mahwateong"), so the rules are run forwards
 * over every pinyin syllable to build the table the other way: the Hangul of each syllable (one or two Hangul
 * syllables: 화, 서우, 위안) → the pinyin syllables written so. A Hangul word is then read back as the pinyin it may
 * spell, for matching only.
 */

// The initials in pinyin and the Hangul initial consonant (as a jamo index of a syllable: ㄱ 0 … ㅎ 18) each takes.
const initials: [string, number][] = [
  ['zh', 12],
  ['ch', 14],
  ['sh', 9],
  ['b', 7],
  ['p', 17],
  ['m', 6],
  ['f', 17],
  ['d', 3],
  ['t', 16],
  ['n', 2],
  ['l', 5],
  ['g', 0],
  ['k', 15],
  ['h', 18],
  ['j', 12],
  ['q', 14],
  ['x', 9],
  ['r', 5],
  ['z', 13],
  ['c', 14],
  ['s', 10],
  ['', 11],
];

// Vowel jamo indexes (ㅏ 0 … ㅣ 20) and the final consonants used: none 0, ㄴ 4, ㄹ 8, ㅇ 21.
const [a, ae, ya, eo, e, ye, o, wa, yo, u, wo, we, wi, yu, eu, i] = [
  0, 1, 2, 4, 5, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 20,
];
void ae;
const [none, n, ng] = [0, 4, 21];

/** A pinyin final and the Hangul it is written with: one or two syllables, each [vowel, final], the second plain ㅇ. */
const finals: [string, [number, number][]][] = [
  ['iang', [[ya, ng]]],
  ['iong', [[yo, ng]]],
  ['uang', [[wa, ng]]],
  ['ang', [[a, ng]]],
  ['eng', [[eo, ng]]],
  ['ing', [[i, ng]]],
  ['ong', [[u, ng]]],
  [
    'iao',
    [
      [ya, none],
      [o, none],
    ],
  ],
  ['ian', [[ye, n]]],
  [
    'uai',
    [
      [wa, none],
      [i, none],
    ],
  ],
  ['uan', [[wa, n]]],
  [
    'üan',
    [
      [wi, none],
      [a, n],
    ],
  ],
  [
    'ai',
    [
      [a, none],
      [i, none],
    ],
  ],
  [
    'ei',
    [
      [e, none],
      [i, none],
    ],
  ],
  [
    'ao',
    [
      [a, none],
      [o, none],
    ],
  ],
  [
    'ou',
    [
      [eo, none],
      [u, none],
    ],
  ],
  ['an', [[a, n]]],
  ['en', [[eo, n]]],
  ['er', [[eo, 8]]],
  ['ia', [[ya, none]]],
  ['ie', [[ye, none]]],
  ['iu', [[yu, none]]],
  ['in', [[i, n]]],
  ['ua', [[wa, none]]],
  ['uo', [[wo, none]]],
  [
    'ui',
    [
      [u, none],
      [i, none],
    ],
  ],
  ['un', [[u, n]]],
  ['üe', [[we, none]]],
  ['ün', [[wi, n]]],
  ['a', [[a, none]]],
  ['o', [[o, none]]],
  ['e', [[eo, none]]],
  ['i', [[i, none]]],
  ['u', [[u, none]]],
  ['ü', [[wi, none]]],
];

const syllable = (initial: number, vowel: number, final: number) =>
  String.fromCodePoint(0xac00 + initial * 588 + vowel * 28 + final);

/** After ㅈ, ㅊ, ㅅ, ㅉ, ㅆ the rules write a plain vowel for a y- one (jia 자, jian 젠, xiu 슈 → 수). */
const plainAfterSibilant: Record<number, number> = { [ya]: a, [ye]: e, [yo]: o, [yu]: u };
const sibilants = new Set([9, 10, 12, 13, 14]);
/** zhi, chi, shi, ri, zi, ci, si are written with ㅡ (즈, 츠, 스, 르, 쯔, 츠, 쓰). */
const buzzingInitials = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's']);
/** j, q, x (and y) take ü written u in pinyin (ju, qu, xu, yu, juan, yue, yun). */
const umlautInitials = new Set(['j', 'q', 'x']);

/** The Hangul of one pinyin syllable (initial + final), as the rules write it. */
function hangulOf(initial: string, jamo: number, final: string, parts: [number, number][]): string {
  if (final === 'i' && buzzingInitials.has(initial)) return syllable(jamo, eu, none);
  return parts
    .map(([vowel, coda], index) => {
      if (index > 0) return syllable(11, vowel, coda);
      const plain = sibilants.has(jamo) ? (plainAfterSibilant[vowel] ?? vowel) : vowel;
      return syllable(jamo, plain, coda);
    })
    .join('');
}

/** The spellings of the zero-initial syllables: y- and w- (yi 이, you 유, wei 웨이, yuan 위안). */
const zeroInitial: [string, string][] = [
  ['yi', 'i'],
  ['ya', 'ia'],
  ['ye', 'ie'],
  ['yao', 'iao'],
  ['you', 'iu'],
  ['yan', 'ian'],
  ['yin', 'in'],
  ['yang', 'iang'],
  ['ying', 'ing'],
  ['yong', 'iong'],
  ['yu', 'ü'],
  ['yue', 'üe'],
  ['yuan', 'üan'],
  ['yun', 'ün'],
  ['wu', 'u'],
  ['wa', 'ua'],
  ['wo', 'uo'],
  ['wai', 'uai'],
  ['wei', 'ui'],
  ['wan', 'uan'],
  ['wen', 'un'],
  ['wang', 'uang'],
  ['weng', 'eng'],
];

/** Initials that take no final in i- (zhi, shi, ri … are the plain i) or ü-. */
const noFrontFinals = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'g', 'k', 'h']);

/** Whether an initial and a final make a syllable of Mandarin (j, q, x only before i- and ü-; ü after n, l too). */
function pinyinSyllable(initial: string, final: string): boolean {
  if (umlautInitials.has(initial)) return /^[iü]/u.test(final);
  if (final.startsWith('ü')) return initial === 'n' || initial === 'l';
  if (final.startsWith('i') && final !== 'i') return !noFrontFinals.has(initial) && initial !== 'f';
  return !(final === 'i' && (initial === 'f' || initial === 'g' || initial === 'k' || initial === 'h'));
}

let table: Map<string, string[]> | undefined;

function buildTable(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const add = (hangul: string, pinyin: string) => {
    const list = result.get(hangul) ?? [];
    if (!list.includes(pinyin)) list.push(pinyin);
    result.set(hangul, list);
  };
  const partsOf = new Map(finals);
  for (const [initial, jamo] of initials) {
    if (initial === '') continue;
    for (const [final, parts] of finals) {
      if (!pinyinSyllable(initial, final)) continue;
      const written = umlautInitials.has(initial) ? final.replace('ü', 'u') : final;
      add(hangulOf(initial, jamo, final, parts), `${initial}${written}`);
    }
  }
  for (const [pinyin, final] of zeroInitial) {
    const parts = partsOf.get(final);
    if (parts === undefined) continue;
    // weng is 웡; the w- and y- syllables take ㅇ and their vowel (wei 웨이, yan 옌).
    const spelled = pinyin === 'weng' ? syllable(11, wo, ng) : hangulOf('', 11, final, parts);
    add(spelled, pinyin);
  }
  return result;
}

/** How many readings of one Hangul word are kept (a word of several syllables may be read many ways). */
const mostReadings = 6;

/**
 * The pinyin a Hangul word may spell (장이밍 → "zhangyiming", "jiangyiming" …), at most six, each syllable as the
 * rules write it; none when the word is no run of such syllables.
 */
export function hangulPinyin(word: string): string[] {
  table ??= buildTable();
  const syllables = [...word];
  const readings: string[][] = [[''], ...syllables.map(() => [])];
  for (let end = 1; end <= syllables.length; end += 1) {
    for (const length of [2, 1]) {
      if (end - length < 0) continue;
      const before = readings[end - length] as string[];
      const pinyin = table.get(syllables.slice(end - length, end).join('')) ?? [];
      const here = readings[end] as string[];
      for (const start of before)
        for (const next of pinyin) if (here.length < mostReadings) here.push(`${start}${next}`);
    }
  }
  return readings[syllables.length] as string[];
}
