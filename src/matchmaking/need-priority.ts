/**
 * Whether a need is marked as the profile's main one ("(main)", "URGENT:", "(главное)", "(срочно)",
 * "(최우선)", "(가장 시급)", "（最優先）", "(gấp nhất)", "(eng muhimi)", "(ең маңыздысы)", "(paling mendesak)",
 * "(สำคัญที่สุด)", "(хамгийн чухал)", "（最急）"). Organizations list several needs and say which one matters most
 * in a note: in brackets, or as a label before a colon at the start. A partner meeting that need ranks above one
 * meeting only the minor ones (see ./reciprocal-score.ts). Words of priority anywhere else in the
 * text ("main titles", "urgent news") are not notes and do not count.
 */

/** Priority words in the bot's languages, as organizations write them in a note (lower case). */
const priorityWords = [
  // English
  'main',
  'main need',
  'main gap',
  'top priority',
  'priority',
  'high priority',
  'urgent',
  'most urgent',
  'most important',
  'key need',
  'critical',
  'asap',
  'first priority',
  // Korean
  '최우선',
  '우선',
  '시급',
  '가장 시급',
  '급구',
  '긴급',
  '가장 중요',
  '핵심',
  '필수',
  // Vietnamese
  'gấp',
  'gấp nhất',
  'khẩn',
  'khẩn cấp',
  'ưu tiên',
  'ưu tiên số 1',
  'quan trọng nhất',
  'chính',
  // Japanese
  '最優先',
  '優先',
  '急募',
  '至急',
  '最重要',
  '重要',
  'メイン',
  // Russian
  'главное',
  'главная',
  'главный',
  'срочно',
  'в первую очередь',
  'важнее всего',
  'самое важное',
  'приоритет',
  'основное',
  'основная',
  // Uzbek
  'eng muhimi',
  'eng muhim',
  'muhim',
  'shoshilinch',
  'birinchi navbatda',
  'asosiy',
  // Kazakh
  'ең маңыздысы',
  'ең маңызды',
  'маңызды',
  'шұғыл',
  'бірінші кезекте',
  'басты',
  // Indonesian
  'paling mendesak',
  'mendesak',
  'utama',
  'prioritas',
  'paling penting',
  'segera',
  // Thai
  'สำคัญที่สุด',
  'ด่วน',
  'ด่วนที่สุด',
  'เร่งด่วน',
  'หลัก',
  'สำคัญ',
  // Mongolian
  'хамгийн чухал',
  'хамгийн яаралтай',
  'яаралтай',
  'нэн тэргүүнд',
  'чухал',
  // Chinese
  '最急',
  '紧急',
  '急需',
  '最优先',
  '优先',
  '最重要',
  '重要',
];

const known = new Set(priorityWords.map((word) => word.normalize('NFC')));

/** A note's text in brackets of any script, or a label before a colon that opens the need. */
const bracketNote = /[(（[【「]([^()（）[\]【】「」]{1,40})[)）\]】」]/gu;
const leadingLabel = /^\s*([^:：]{1,24})[:：]/u;

const fold = (note: string) =>
  note
    .normalize('NFC')
    .toLowerCase()
    .replace(/[!！.。;；\s]+/gu, ' ')
    .trim();

/** Whether one note is a priority word or a short phrase made of such words ("main need, urgent"). */
function isPriorityNote(note: string): boolean {
  const parts = note
    .split(/[,，、/／|]/u)
    .map(fold)
    .filter((part) => part !== '');
  // "главное", "срочно, главное", "main / urgent": every comma- or slash-separated part a priority word.
  return parts.length > 0 && parts.every((part) => known.has(part));
}

/** Whether a need carries a note that it is the main one. */
export function isPriorityNeed(text: string): boolean {
  for (const match of text.matchAll(bracketNote)) if (isPriorityNote(match[1] ?? '')) return true;
  const label = leadingLabel.exec(text);
  return label !== null && isPriorityNote(label[1] ?? '');
}

/** Words that mark a need as optional, in the bot's languages, as organizations write them in a note (lower case). */
const optionalWords = [
  // English
  'optional',
  'if possible',
  'nice to have',
  'not required',
  'not essential',
  // Korean
  '선택',
  '선택 사항',
  '가능하면',
  '필수 아님',
  // Vietnamese
  'không bắt buộc',
  'tùy chọn',
  'nếu có thể',
  // Japanese
  '任意',
  'できれば',
  '可能であれば',
  '必須ではない',
  // Russian
  'не обязательно',
  'необязательно',
  'по возможности',
  'желательно',
  // Uzbek
  'ixtiyoriy',
  'majburiy emas',
  "imkon bo'lsa",
  // Kazakh
  'міндетті емес',
  'мүмкін болса',
  // Indonesian
  'opsional',
  'tidak wajib',
  'jika memungkinkan',
  // Thai
  'ไม่บังคับ',
  'ถ้าเป็นไปได้',
  // Mongolian
  'заавал биш',
  'боломжтой бол',
  // Chinese
  '可选',
  '非必须',
  '如有可能',
];

const optional = new Set(optionalWords.map((word) => word.normalize('NFC')));

/**
 * Whether a need carries a note that it is optional ("(optional)", "(không bắt buộc)", "(не обязательно)", "（任意）"):
 * in brackets, as organizations write it beside a need they could do without.
 */
export function isOptionalNeed(text: string): boolean {
  for (const match of text.matchAll(bracketNote)) {
    const note = fold(match[1] ?? '');
    if (optional.has(note)) return true;
  }
  return false;
}

/** What a need marked as optional weighs against each other need: a partner meeting only it ranks below. */
export const optionalWeight = 0.5;

/**
 * What a need marked as the main one ("(main)", "(главное)", "(최우선)") weighs against each other need: a partner
 * meeting it ranks above one meeting two minor needs.
 */
export const priorityWeight = 3;

/** What the first listed specific need weighs against each later one when none is marked as the main one. */
export const firstNeedWeight = 1.25;

/**
 * What the first listed need (the one a studio leads with, none marked) weighs when a partner meets it in full: the
 * studio's main need, so that a partner meeting it ranks above one meeting it in part beside a minor need. Met only in
 * part, it keeps `firstNeedWeight`: a broad or look-alike reading of the main need gains nothing from leading the list.
 */
const fullFirstWeight = 2.5;

/** A met need's value from which the first listed need counts as met in full (see `fullFirstWeight`). */
const fullMeet = 0.75;

/** The first listed need's weight by how well it is met (see `fullFirstWeight`); other needs keep theirs. */
export const leadWeight = (weight: number, value: number): number =>
  weight === firstNeedWeight && value >= fullMeet ? fullFirstWeight : weight;
