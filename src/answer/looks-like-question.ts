/**
 * A general test of whether a chat message is a question (for channels in `auto` mode, where the
 * bot answers messages nobody addressed to it): a question mark in any script, or an opening
 * interrogative word or a closing question particle of the languages the bot serves (English,
 * Korean, Vietnamese, Japanese, Russian, Uzbek). Greetings, announcements and very short or very
 * long messages are not questions here; whether the answer is grounded is decided by `ask`.
 */

/** Shorter than this is chatter ("ok?"), longer is a post rather than a question. */
const shortestQuestion = 8;
const longestQuestion = 600;

const questionMark = /[?？؟]\s*["'”’»)]*\s*$/u;
const questionMarkInside = /[?？؟]/u;

const openingWords = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`who|whom|whose|what|which|where|when|why|how|is there|are there|does|do|did|can|could|should|would`,
      String.raw`has|have|is|are|any(?:one|body)? know|anyone|does anyone`,
      String.raw`кто|что|где|когда|почему|зачем|как|какой|какая|какие|каких|сколько|есть ли|можно ли|чей|куда|откуда`,
      String.raw`kim|nima|qayer(?:da|ga|dan)|qachon|nega|nima uchun|qanday|qaysi|qancha|kimlar`,
      String.raw`ai|cái gì|ở đâu|khi nào|tại sao|vì sao|làm sao|như thế nào|bao nhiêu|có ai`,
      String.raw`누가|무엇|뭐|어디|언제|왜|어떻게|어떤|몇|얼마`,
      String.raw`誰|何|どこ|いつ|なぜ|どうして|どう|どの|どんな|いくら|いくつ`,
    ].join('|') +
    String.raw`)(?=[\s,:]|$|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`,
  'iu',
);

const closingParticles = new RegExp(
  [
    // Korean: -까, -까요, -나요, -가요, -니, -습니까, -ㄴ가요
    String.raw`(?:까요?|나요|가요|니|습니까|인가요|을까요|ㄹ까요)[.!…]*$`,
    // Japanese: ですか, ますか, でしょうか, の?
    String.raw`(?:ですか|ますか|でしょうか|のか|かな|か)[。.!…]*$`,
    // Vietnamese: … không, … chưa, … à, … nào
    String.raw`\s(?:không|chưa|hả|nhỉ|phải không|được không)[.!…]*$`,
    // Uzbek: -mi, -mikan
    String.raw`\S(?:mi|mikan|chi)[.!…]*$`,
    // Russian: "… ли …"
    String.raw`\s+ли\s`,
  ].join('|'),
  'iu',
);

export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  if (trimmed.length < shortestQuestion || trimmed.length > longestQuestion) return false;
  if (questionMark.test(trimmed)) return true;
  // The last sentence decides: "Thanks! Who runs the VFX course in Tashkent" is a question.
  const sentences = trimmed.split(/(?<=[.!。！])\s*/u).filter((sentence) => sentence.trim() !== '');
  const last = (sentences.at(-1) ?? trimmed).trim();
  if (questionMarkInside.test(last)) return true;
  return openingWords.test(last) || closingParticles.test(last);
}
