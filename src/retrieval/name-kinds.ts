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
  '필름스',
  '필름',
  '미디어',
  '애니메이션',
  '프로덕션',
  '게임즈',
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
];

/** The name before a kind of company written into it as one word, when at least two letters are left. */
export function withoutKind(word: string, kinds: readonly string[]): string | undefined {
  const kind = kinds.find((candidate) => word.endsWith(candidate));
  if (kind === undefined) return undefined;
  const name = word.slice(0, -kind.length);
  return [...name].length >= 2 ? name : undefined;
}

/** The runs of one to three neighbouring words of a name, each joined; a single word of under three letters is none. */
export function visitNameWindows(words: readonly string[], visit: (joined: string) => void): void {
  for (let start = 0; start < words.length; start += 1) {
    let joined = '';
    for (let length = 1; length <= 3 && start + length <= words.length; length += 1) {
      joined += words[start + length - 1] as string;
      if (length > 1 || joined.length >= 3) visit(joined);
    }
  }
}
