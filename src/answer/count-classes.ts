/**
 * What a count counts, recognised across languages by its class: "몇 석" and "up to 500 seats", "how many tickets"
 * and "30.000 vé", "몇 회 상영" and "1.000 suất chiếu" count the same kind of thing although no word is shared. The
 * classes are the counters and count nouns of the six languages (grammar, like the people counters of answer-units),
 * not the trade's vocabulary, which the lexicon holds: a count the lexicon files under a concept is matched there.
 */

/** Each class with its words: Latin and Cyrillic ones also inflected (seats, сеансов), CJK ones right after a count. */
const countClassWords: Record<string, string> = {
  people: `people person persons employee staff worker workforce student trainee participant member artist creator
    expert specialist crew 명 사람 직원 인원 인력 학생 교육생 수강생 참가자 작가 전문가 người nhân viên nhân lực
    nhân sự học viên sinh viên chuyên gia nghệ sĩ 人 名 社員 従業員 人材 学生 受講生 参加者 человек сотрудник работник
    студент участник специалист`,
  seat: 'seat 석 좌석 席 座席 мест место chỗ ghế',
  ticket: 'ticket admission 티켓 枚 チケット билет vé',
  screening: 'screening showing 회 상영 上映 回 сеанс показ suất',
  floor: 'floor storey 층 階 этаж tầng',
  project: 'project 프로젝트 과제 プロジェクト 案件 проект dự án',
  entry: 'entry entries submission application 출품작 응모작 응모 応募 заявк bài dự thi',
  episode: 'episode 부작 화 회차 에피소드 話 エピソード серия серий эпизод tập',
  series: 'series 시리즈 シリーズ сериал 系列',
  course: 'course class 과정 강좌 講座 コース 課程 курс khóa',
};

const cjk = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;

interface ClassWord {
  kind: string;
  word: string;
  cjk: boolean;
}

const classWords: ClassWord[] = Object.entries(countClassWords).flatMap(([kind, words]) =>
  words
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ({ kind, word, cjk: cjk.test(word) })),
);
// Vietnamese two-syllable words are written with a space ("nhân lực", "dự án"): put back from the split above.
for (const [kind, phrases] of [
  ['people', ['nhân viên', 'nhân lực', 'nhân sự', 'học viên', 'sinh viên', 'chuyên gia', 'nghệ sĩ']],
  ['project', ['dự án']],
  ['entry', ['bài dự thi']],
] as const) {
  for (const phrase of phrases) classWords.push({ kind, word: phrase, cjk: false });
}

/** Whether a text starts with a word (a Latin or Cyrillic word may go on: plural, case ending). */
function startsWithWord(text: string, item: ClassWord): boolean {
  if (!text.startsWith(item.word)) return false;
  if (item.cjk) return true;
  const next = text.slice(item.word.length, item.word.length + 4);
  // "seats", "сеансов", "tickets", but "vé" is not "về" and "class" is not "classic".
  if (/^\p{Script=Cyrillic}/u.test(item.word)) return true;
  return /^(?:s|es)?(?![\p{L}])/u.test(next);
}

/** The count classes a question's counted words name ("석", "tickets", "сеансов", "bao nhiêu vé"). */
export function countClassesOf(texts: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (const raw of texts) {
    const text = raw.toLowerCase().trim();
    // The counted word is the first one or two words after "how many" / before 몇, or the counter itself.
    const starts = [0, ...[...text.matchAll(/\s+/gu)].map((match) => match.index + match[0].length)].slice(0, 3);
    for (const start of starts) {
      for (const item of classWords) if (startsWithWord(text.slice(start), item)) kinds.add(item.kind);
    }
  }
  return kinds;
}

/**
 * The count class of the word right after a number ("5 series", "20부작", "30.000 vé"), if it has one: what that number
 * counts, whatever other words follow.
 */
export function classRightAfter(after: string): string | undefined {
  const text = after.toLowerCase().trimStart();
  return classWords.find((item) => startsWithWord(text, item))?.kind;
}

/**
 * Whether a sentence holds a count of one of these classes: a number in digits with, right after it (CJK counters)
 * or within its next four words, a word of the class ("500 seats", "gần 30.000 vé", "1.000회", "75 local workers").
 */
export function hasClassCount(
  sentence: string,
  kinds: ReadonlySet<string>,
  mentions: readonly { end: number; word?: boolean }[],
): boolean {
  if (kinds.size === 0) return false;
  const wanted = classWords.filter((item) => kinds.has(item.kind));
  // Digits only: a number word is often a vague quantity ("several hundred artists"), no count to quote.
  for (const mention of mentions.filter((item) => item.word !== true)) {
    const after = sentence.slice(mention.end, mention.end + 60).toLowerCase();
    const directly = after.trimStart();
    if (wanted.some((item) => item.cjk && directly.startsWith(item.word))) return true;
    const words = [...after.matchAll(/[\p{L}]+/gu)].slice(0, 4);
    for (const word of words) {
      const rest = after.slice(word.index);
      if (wanted.some((item) => !item.cjk && startsWithWord(rest, item))) return true;
    }
  }
  return false;
}
