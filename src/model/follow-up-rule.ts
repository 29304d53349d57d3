/**
 * The offline follow-up rule: when a question looks like a follow-up ("and how many
 * experts taught there?", "그럼 거기서는?", "Còn ở Hà Nội thì sao?"), carry the key terms
 * of the earlier question(s) — content words, names, numbers — into it, so retrieval sees
 * a standalone query. A question that stands on its own is returned unchanged.
 * It knows openers and pronouns in English, Korean, Vietnamese, Japanese, Russian and Uzbek.
 */
import type { ConversationTurn } from '../answer/types.js';
import { isStopWord, stripKoreanParticle } from '../retrieval/text-normalize.js';

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words that open a follow-up, matched at the start of the question (then a space, comma or the end). */
const openers = [
  // English
  'and',
  'what about',
  'how about',
  'also',
  'then',
  'so',
  'but',
  'or',
  'plus',
  'and what about',
  'same for',
  'what else',
  // Korean
  '그럼',
  '그러면',
  '그리고',
  '그래서',
  '그런데',
  '근데',
  '또',
  '또한',
  '그렇다면',
  // Vietnamese
  'còn',
  'vậy',
  'thế',
  'và',
  'thế còn',
  'vậy còn',
  'rồi',
  // Japanese
  'じゃあ',
  'じゃ',
  'では',
  'それで',
  'そして',
  'また',
  'それなら',
  'あと',
  'ところで',
  // Russian
  'а',
  'и',
  'тогда',
  'ещё',
  'еще',
  'также',
  'так',
  // Uzbek
  'va',
  'unda',
  "xo'sh",
  'xoʻsh',
  'yana',
  'shuningdek',
  'keyin',
].sort((left, right) => right.length - left.length);

/** Pronouns and pointers that refer back, as whole words (lower-case). */
const referringWords = new Set([
  // English ("it" is checked separately so the acronym "IT" does not count)
  'there',
  'its',
  'they',
  'them',
  'their',
  'theirs',
  'those',
  'he',
  'she',
  'him',
  'his',
  'her',
  'hers',
  // Vietnamese
  'đó',
  'đấy',
  'ấy',
  'họ',
  'nó',
  // Russian
  'там',
  'туда',
  'оттуда',
  'они',
  'их',
  'им',
  'него',
  'неё',
  'нее',
  'ему',
  'ей',
  'он',
  'она',
  'оно',
  'тот',
  'та',
  'те',
  'этот',
  'эта',
  'эти',
  // Uzbek
  'ular',
  'ularning',
  'ularda',
  'u',
  'uning',
  'unda',
  "o'sha",
  'oʻsha',
  'shu',
  'yerda',
]);

/** Pointers inside words in scripts without spaces or with particles attached (Korean, Japanese). */
const referringFragments = [
  '그곳',
  '거기',
  '그것',
  '그거',
  '그들',
  '그분',
  '이곳',
  '여기',
  '그 회사',
  '그 기관',
  '그때',
  'そこ',
  'あそこ',
  'それ',
  '彼ら',
  '彼女',
  '同社',
  '同機関',
  '同センター',
  'その',
];
const notReferring = ['それぞれ'];

const existentialVerbs = new Set(['is', 'are', 'was', 'were', "'s", 's']);

/** Words that only ask (never key terms), besides the shared stop words. */
const questionWords = new Set([
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'many',
  'much',
  'does',
  'did',
  'do',
  'is',
  'are',
  'was',
  'were',
  '누가',
  '누구',
  '무엇',
  '뭐',
  '언제',
  '어디',
  '어디서',
  '어떻게',
  '몇',
  '왜',
  '어느',
  '어떤',
  '있나',
  '있어',
  '있나요',
  '했나',
  '했어',
  '했나요',
  '인가요',
  'ai',
  'gì',
  'nào',
  'đâu',
  'sao',
  'bao',
  'nhiêu',
  'thì',
  'không',
  'ở',
  '誰',
  '何',
  'いつ',
  'どこ',
  'なぜ',
  'どう',
  'どの',
  'いくつ',
  '何人',
  'ですか',
  'か',
  'кто',
  'что',
  'когда',
  'где',
  'почему',
  'как',
  'какой',
  'сколько',
  'kim',
  'nima',
  'qachon',
  'qayerda',
  'qanday',
  'necha',
  'nechta',
  'qaysi',
  'edi',
  'mi',
]);

interface SurfaceWord {
  /** As written (NFC). */
  text: string;
  lower: string;
  /** Index among the word-like segments. */
  position: number;
  /** True when it opens a sentence. */
  sentenceStart: boolean;
}

function surfaceWords(text: string): SurfaceWord[] {
  const words: SurfaceWord[] = [];
  let sentenceStart = true;
  for (const segment of wordSegmenter.segment(text.normalize('NFC'))) {
    if (!segment.isWordLike) {
      if (/[.!?。！？]/u.test(segment.segment)) sentenceStart = true;
      continue;
    }
    words.push({ text: segment.segment, lower: segment.segment.toLowerCase(), position: words.length, sentenceStart });
    sentenceStart = false;
  }
  return words;
}

function startsWithOpener(question: string): boolean {
  const lower = question
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^[\s"'“”«»(—–-]+/u, '');
  return openers.some((opener) => {
    if (!lower.startsWith(opener)) return false;
    const next = lower.slice(opener.length, opener.length + 1);
    return next === '' || /[\s,，、.?？!！:;…-]/u.test(next);
  });
}

function hasReferringWord(question: string): boolean {
  const words = surfaceWords(question);
  for (const [index, word] of words.entries()) {
    if (word.text === 'it' || word.text === 'It') return true;
    if (!referringWords.has(word.lower)) continue;
    if (word.lower === 'there') {
      const previous = words[index - 1]?.lower;
      const next = words[index + 1]?.lower;
      if (
        (previous !== undefined && existentialVerbs.has(previous)) ||
        (next !== undefined && existentialVerbs.has(next))
      )
        continue;
    }
    return true;
  }
  let normalized = question.normalize('NFC');
  for (const exclusion of notReferring) normalized = normalized.split(exclusion).join(' ');
  return referringFragments.some((fragment) => normalized.includes(fragment));
}

function isContentWord(word: SurfaceWord): boolean {
  const key = /\p{Script=Hangul}/u.test(word.lower) ? stripKoreanParticle(word.lower) : word.lower;
  // Acronyms are names even when they spell a stop word ("IT Park", "US").
  if (/^\p{Lu}{2,}$/u.test(word.text)) return true;
  if (isStopWord(word.lower) || isStopWord(key) || questionWords.has(word.lower) || questionWords.has(key))
    return false;
  if (referringWords.has(word.lower) || word.text === 'it' || word.text === 'It') return false;
  if (referringFragments.some((fragment) => key.startsWith(fragment))) return false;
  if (openers.includes(word.lower)) return false;
  // Single Latin or Cyrillic letters, and short runs of hiragana (particles, verb endings), carry nothing.
  if (/^[\p{Script=Latin}\p{Script=Cyrillic}]$/u.test(word.lower)) return false;
  if (/^\p{Script=Hiragana}{1,2}$/u.test(word.text)) return false;
  return true;
}

/** True when the question needs the conversation to be understood. */
export function looksLikeFollowUp(question: string): boolean {
  if (question.trim() === '') return false;
  if (startsWithOpener(question) || hasReferringWord(question)) return true;
  return surfaceWords(question).filter(isContentWord).length === 0;
}

/** Key terms of a text: content words (Korean particles stripped), names and numbers, in order, without repeats. */
export function keyTerms(text: string): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of surfaceWords(text)) {
    if (!isContentWord(word)) continue;
    const term = /\p{Script=Hangul}/u.test(word.text) ? stripKoreanParticle(word.text) : word.text;
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/** Names from an answer's first sentence: capitalised words that do not open the sentence, and acronyms. */
function namesFromAnswer(text: string): string[] {
  const firstSentence = text.replace(/\[\d+\]/g, ' ').split(/(?<=[.!?。！？])\s/u)[0] ?? '';
  const names: string[] = [];
  for (const word of surfaceWords(firstSentence)) {
    const acronym = /^\p{Lu}{2,}$/u.test(word.text);
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word.text) && !word.sentenceStart;
    if ((acronym || capitalised) && isContentWord(word)) names.push(word.text);
  }
  return names;
}

const maximumCarriedTerms = 12;
const maximumUserTurnsBack = 3;

/**
 * The offline rewrite: the question unchanged when it stands alone (or there is no earlier
 * turn); otherwise the question followed by the key terms of the earlier question(s) and
 * the names in the last answer's first sentence.
 */
export function rewriteFollowUpOffline(question: string, history: readonly ConversationTurn[]): string {
  const earlier = history.filter((turn) => turn.text.trim() !== '');
  if (earlier.length === 0 || !looksLikeFollowUp(question)) return question;
  const carried: string[] = [];
  let userTurns = 0;
  for (let index = earlier.length - 1; index >= 0 && userTurns < maximumUserTurnsBack; index -= 1) {
    const turn = earlier[index] as ConversationTurn;
    if (turn.role !== 'user') continue;
    userTurns += 1;
    carried.push(...keyTerms(turn.text));
    if (!looksLikeFollowUp(turn.text)) break;
  }
  const lastAnswer = [...earlier].reverse().find((turn) => turn.role === 'assistant');
  if (lastAnswer) carried.push(...namesFromAnswer(lastAnswer.text));

  const present = new Set(keyTerms(question).map((term) => term.toLowerCase()));
  const terms: string[] = [];
  for (const term of carried) {
    const key = term.toLowerCase();
    if (present.has(key)) continue;
    present.add(key);
    terms.push(term);
    if (terms.length === maximumCarriedTerms) break;
  }
  return terms.length === 0 ? question : `${question.trim()} ${terms.join(' ')}`;
}
