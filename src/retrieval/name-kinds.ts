/**
 * How a name's words are read (name-keys.ts): runs of its neighbouring words, and the kinds of company Korean and
 * Japanese write into a name as one word (덱스터스튜디오, キネマシトラスアニメーション): loanwords, so the name
 * before them is what an article in another script writes alone ("Dexter").
 */
export const hangulKinds = [
  '스튜디오스',
  '스튜디오',
  '엔터테인먼트',
  '픽처스',
  '픽쳐스',
  '필름스',
  '필름',
  '미디어',
  '애니메이션',
  '프로덕션',
  '게임즈',
  // Investors and groups ("한국투자파트너스", "헤드랜드캐피털파트너스", "대교인베스트먼트", "반다이남코그룹").
  '파트너스',
  '캐피털',
  '캐피탈',
  '인베스트먼트',
  '벤처스',
  '홀딩스',
  '그룹',
  '컴퍼니',
  '커뮤니케이션즈',
  '커뮤니케이션스',
  '네트웍스',
  '웍스',
];
export const katakanaKinds = [
  'スタジオ',
  'エンターテインメント',
  'エンタテインメント',
  'ピクチャーズ',
  'フィルム',
  'メディア',
  'アニメーション',
  'プロダクション',
  'ゲームス',
  'パートナーズ',
  'キャピタル',
  'インベストメント',
  'ホールディングス',
  'グループ',
  'カンパニー',
  'コミュニケーションズ',
  'ワークス',
];

/** The name before a kind of company written into it as one word, when at least two letters are left. */
export function withoutKind(word: string, kinds: readonly string[]): string | undefined {
  const kind = kinds.find((candidate) => word.endsWith(candidate));
  if (kind === undefined) return undefined;
  const name = word.slice(0, -kind.length);
  return [...name].length >= 2 ? name : undefined;
}

/**
 * The names before every kind written into a word, the kinds taken off one by one from its end: "헤드랜드캐피털파트너스"
 * gives 헤드랜드캐피털 and 헤드랜드 (Headland Capital Partners, Headland Capital, Headland). Empty when no kind ends it.
 */
export function withoutKinds(word: string, kinds: readonly string[]): string[] {
  const names: string[] = [];
  for (let name = withoutKind(word, kinds); name !== undefined; name = withoutKind(name, kinds)) names.push(name);
  return names;
}

/** The runs of one to three neighbouring words of a name, each joined; a single word of under three letters is none. */
export function visitNameWindows(words: readonly string[], visit: (joined: string) => void): void {
  for (let start = 0; start < words.length; start += 1) {
    let joined = words[start] as string;
    if (joined.length >= 3) visit(joined);
    for (let length = 2; length <= 3 && start + length <= words.length; length += 1) {
      joined += words[start + length - 1] as string;
      visit(joined);
    }
  }
}

/** How many words a name's longest window holds: a name of four words is keyed whole by its sound alone. */
const longestWindow = 4;

/**
 * The runs of four neighbouring words of a longer name, each joined: Korean and Japanese write a foreign name of four
 * words as one word (Red Dog Culture House ~ 레드독컬처하우스), which only its loanword skeleton meets.
 */
export function visitLongNameWindows(words: readonly string[], visit: (joined: string) => void): void {
  for (let start = 0; start + longestWindow <= words.length; start += 1)
    visit(words.slice(start, start + longestWindow).join(' '));
}

/** A Latin name's plural ending: an s after a letter other than s, u or i (Minions, not Wallace, Campus or Paris). */
const latinPlural = /(?<=\p{Script=Latin}[^\Wsui])s$/u;
/** A Cyrillic name's plural endings, in the cases other than the nominative singular («Миньоны», «Миньонов»). */
const cyrillicPlural = /(?<=\p{Script=Cyrillic}{3})(?:ы|и|ов|ев|ами|ями|ах|ях)$/u;

/** The kinds of body English names in the plural: alone, a word every script writes for many names. */
const pluralKinds = new Set(
  ['studios', 'pictures', 'films', 'productions', 'games', 'partners', 'holdings', 'works', 'networks'].concat([
    'communications',
    'ventures',
    'records',
    'brothers',
    'bros',
    'animations',
    'entertainments',
    'media',
    'news',
  ]),
);

/**
 * The forms of a question's name in the other number's script habits: a Latin plural without its s (Minions →
 * Minion: Russian writes the stem and its own ending, Миньоны), a Cyrillic plural with a Latin s on its stem
 * (Миньонов → Миньонs, read as Minions). Empty for a name that is not a plural.
 */
export function pluralForms(name: string): string[] {
  if (latinPlural.test(name)) return pluralKinds.has(name.toLowerCase()) ? [] : [name.slice(0, -1)];
  const ending = cyrillicPlural.exec(name);
  return ending === null ? [] : [`${name.slice(0, ending.index)}s`];
}
