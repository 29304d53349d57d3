/**
 * The part of a numbered work a question asks about: a sequel, a numbered film or series named with its number
 * ("Lật mặt 6", "Kung Fu Panda 2", «Чебурашка 2», "《罗小黑战记2》", "『キングダム2』"). A sentence that names the same work
 * only with another number ("Lật mặt 7 thu 483 tỷ đồng") or closed without one («Чебурашка», "《罗小黑战记》": the first
 * part, where the title is quoted whole) tells another part's figures, however well it holds the asked unit.
 */

/** A numbered part the question names: the word (or, in Han and Kana, the last two characters) before the number. */
export interface AskedPart {
  head: string;
  number: string;
}

const closing = String.raw`["”»』」》）)'’]`;

/**
 * What right after a number makes it a measure, not a part's number: a letter, a Han counter or a digit glued to it
 * ("3D", "2편", "2億"; not a Kana particle, "2の"), a decimal, a date or a time ("1/9", "10:30"), or a word of time,
 * people or scale ("2 years", "6 tháng", "3 млн").
 */
const measureAfter = new RegExp(
  [
    String.raw`^(?:[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\d%]|[.,/:-]\d)`,
    // Han counters and scales ("2億", "3年", "5部"); another Han word after a Latin title is the sentence going on.
    '^[万萬億亿千百十年月日人名部集話话回個个件本家元円倍位季期号號度周歳岁分秒時时作弾]',
    String.raw`^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|people|persons|million|billion|thousand|` +
      String.raw`percent|per|năm|tháng|tuần|ngày|giờ|phút|lần|người|tỷ|tỉ|triệu|nghìn|ngàn|tahun|bulan|hari|orang|` +
      String.raw`juta|miliar|ribu|лет|год|месяц|недел|дн|час|минут|раз|человек|тыс|млн|млрд)(?!\p{L})`,
  ].join('|'),
  'iu',
);

const latinHead =
  /([\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’-]*)\s?(\d{1,2})(?!\d)/gu;
const hanHead = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(\d{1,2})(?!\d)/gu;

/** The numbered parts a question names (a number of one or two digits right after a word, not a measure). */
export function askedParts(question: string): AskedPart[] {
  const parts: AskedPart[] = [];
  for (const pattern of [hanHead, latinHead]) {
    for (const match of question.matchAll(pattern)) {
      const after = question.slice((match.index ?? 0) + match[0].length);
      if (measureAfter.test(after)) continue;
      const word = match[1] as string;
      const han = pattern === hanHead;
      // "第2", "제3": an ordinal, which asked-scope reads; a Latin word must not be a digit's letter ("Q3", "S2").
      if ((han && /[第]$/u.test(word)) || (!han && [...word].length < 2)) continue;
      const head = han ? [...word].slice(-2).join('') : word.toLowerCase();
      if (!parts.some((part) => part.head === head)) parts.push({ head, number: String(Number(match[2])) });
    }
  }
  return parts;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const headPattern = (part: AskedPart, after: string, flags: string) => {
  const edge = /^[\p{Script=Han}\p{Script=Katakana}ー]/u.test(part.head) ? '' : String.raw`(?<![\p{L}\p{M}])`;
  return new RegExp(`${edge}${escaped(part.head)}${after}`, flags);
};

/**
 * Whether a sentence may tell of the asked part: it names the work with the asked number, or names it neither with
 * another number nor closed whole without one.
 */
export function partAgrees(sentence: string, part: AskedPart): boolean {
  const numbered = headPattern(part, String.raw`\s?(\d{1,2})(?![\d.,])`, 'giu');
  const numbers = [...sentence.matchAll(numbered)].map((match) => String(Number(match[1])));
  if (numbers.includes(part.number)) return true;
  if (numbers.length > 0) return false;
  return !headPattern(part, closing, 'iu').test(sentence);
}

/**
 * Whether a sentence and the one before it (quoted with it when it names what the sentence leaves out) may tell of
 * the asked parts: a sentence that does not name the work at all tells of the part the sentence before names.
 */
export function partsHeld(parts: readonly AskedPart[], sentence: string, before: string | undefined): boolean {
  return parts.every(
    (part) =>
      partAgrees(sentence, part) &&
      (headPattern(part, '', 'iu').test(sentence) || before === undefined || partAgrees(before, part)),
  );
}
