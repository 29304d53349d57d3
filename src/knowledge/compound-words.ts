/**
 * Korean, Japanese and Thai words written without a space: Korean verb endings on a work's noun (편집합니다 → 편집),
 * and compounds split at known lexicon words plus a closed list of team, room, person and verb endings
 * (컴포지팅팀 = 컴포지팅 + 팀, 字幕翻訳者 = 字幕 + 翻訳 + 者).
 */
import type { Script } from '../retrieval/text-normalize.js';

/**
 * Korean verb endings on a work's noun (편집합니다, 편집해, 번역해드립니다, 제작하는, 녹음된): the noun is the stem, so a
 * form of several words ("영상 편집") is found when its last word is written as a verb.
 */
const koreanVerbEndings = [
  '해드립니다',
  '해드려요',
  '해드려',
  '해드림',
  '합니다',
  '됩니다',
  '하였',
  '했습니다',
  '했다고',
  '한다고',
  '하겠다',
  '했으며',
  '하면서',
  '했다',
  '한다',
  '했고',
  '하여',
  '해서',
  '됐다',
  '된다',
  '되며',
  '되고',
  '해요',
  '하는',
  '하실',
  '하고',
  '하며',
  '하기',
  '하다',
  '되는',
  '해',
  '할',
  '한',
  '된',
].sort((left, right) => right.length - left.length);

export function koreanVerbStem(word: string): string | undefined {
  const ending = koreanVerbEndings.find((candidate) => word.endsWith(candidate));
  if (ending === undefined) return undefined;
  const stem = word.slice(0, -ending.length);
  return [...stem].length >= 2 ? stem : undefined;
}

/**
 * Korean nouns of a team, room, department or firm written onto a work's noun (촬영팀, 편집실, 번역업체, 자막파트): the
 * unit that does the work, never a subject of its own.
 */
export const koreanWorkUnits = [
  '팀',
  '실',
  '부',
  '부서',
  '파트',
  '작업',
  '업무',
  '업체',
  '회사',
  '전문',
  '담당',
  '인력',
  '스태프',
];

/**
 * Endings that may follow a known word inside one written Korean, Japanese or Thai word: a team, room, department or
 * piece of work, a person, polite and verb endings (하다 / します) — never a subject of their own.
 */
const compoundEndings: Partial<Record<Script, readonly string[]>> = {
  hangul: [
    ...koreanWorkUnits,
    '님',
    '분',
    '가능',
    '하다',
    '합니다',
    '해요',
    '해',
    '하는',
    '하실',
    '할',
    '한',
    '하고',
    '하며',
    '하기',
    '해드립니다',
    '해드려요',
    '드립니다',
    '됩니다',
    '되는',
    '된',
    '자',
    '가',
    '사',
    '원',
    '용',
  ],
  han: ['者', '家', '師', '員', '担当', '作業', '部', '課', '班', '室', '業務', '募集', '可能'],
  kana: [
    '者',
    '家',
    '師',
    '員',
    '担当',
    '作業',
    '部',
    '課',
    '班',
    '室',
    'チーム',
    'スタッフ',
    'マン',
    'する',
    'します',
    'できる',
  ],
};

/**
 * Splits a word of an unspaced script into known lexicon words and endings (the caller tries it where the whole
 * word names nothing): every character covered, at least one known word of two or more characters, fewest
 * pieces. Undefined when it cannot be split that way.
 */
export function splitCompound(
  word: string,
  script: Script,
  isKnownWord: (piece: string) => boolean,
  isFormWords: (pieces: readonly string[]) => boolean,
): string[] | undefined {
  if (script !== 'hangul' && script !== 'han' && script !== 'kana' && script !== 'other') return undefined;
  const characters = [...word];
  if (characters.length < 3) return undefined;
  const endings = new Set(
    script === 'han' || script === 'kana'
      ? [...(compoundEndings.han ?? []), ...(compoundEndings.kana ?? [])]
      : (compoundEndings[script] ?? []),
  );
  // best[i]: the fewest pieces covering characters[0, i), with how many are known words.
  const best: ({ pieces: string[]; known: number } | undefined)[] = [{ pieces: [], known: 0 }];
  for (let end = 1; end <= characters.length; end += 1) {
    for (let start = Math.max(0, end - 12); start < end; start += 1) {
      const before = best[start];
      if (before === undefined || (start === 0 && end === characters.length)) continue;
      const piece = characters.slice(start, end).join('');
      const known = end - start >= 2 && isKnownWord(piece) ? 1 : 0;
      if (known === 0 && !endings.has(piece)) continue;
      const candidate = { pieces: [...before.pieces, piece], known: before.known + known };
      const current = best[end];
      if (current === undefined || candidate.pieces.length < current.pieces.length) best[end] = candidate;
    }
  }
  const found = best[characters.length];
  if (found === undefined || found.known === 0 || found.pieces.length < 2) return undefined;
  // Two known words side by side are only taken as one form's words (자막번역 = 자막 번역): a longer word may
  // merely contain them (어시스턴트 is not 어시 + 스턴트).
  const knownRun = found.pieces.filter((piece) => !endings.has(piece));
  if (knownRun.length > 1 && !isFormWords(knownRun)) return undefined;
  return found.pieces;
}
