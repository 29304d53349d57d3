/**
 * The grammar of questions in the six languages: question words and auxiliaries (never
 * what is asked), and Korean 하다/되다 verbs reduced to the noun they are built on.
 */
import type { AliasHit, AliasIndex } from '../knowledge/article-aliases.js';
import { aliasMetAsPlainWord } from './alias-words.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { WordToken } from '../retrieval/text-normalize.js';

// Endings of Korean 하다/되다 verbs built on a noun ("교육했나요" → "교육", "설립되었나요" → "설립"):
// the noun is what is asked, and the glossary knows it. Longest first.
const koreanVerbalEndings = [
  '되었습니까',
  '되었나요',
  '되었는지',
  '되었어요',
  '하였습니까',
  '하였나요',
  '했습니까',
  '됐습니까',
  '했는지',
  '했나요',
  '했어요',
  '됐나요',
  '됐어요',
  // Casual endings of members' questions ("언제부터 운영됐어", "몇 명 모집하니").
  '됐어',
  '됐지',
  '했지',
  '됐니',
  '했니',
  '됐냐',
  '했냐',
  '하니',
  '하냐',
  '되니',
  '하지',
  '되지',
  '할까',
  '될까',
  '합니까',
  '됩니까',
  '하나요',
  '되나요',
  '하는지',
  '되는지',
  '해요',
  '돼요',
  '했던',
  '했다',
  '하는',
  '되는',
  '되어',
  '하고',
  '하여',
  '해서',
  '하기로',
  '하기',
  '했어',
  '하면',
  '해야',
  '한다',
  '된다',
  '됐다',
  '된',
  '한',
  '할',
];

/** A Hangul word without a 하다/되다 ending when a noun of at least two syllables remains. */
export function koreanNounStem(word: string): string {
  for (const ending of koreanVerbalEndings) {
    if (word.endsWith(ending) && [...word].length - [...ending].length >= 2) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Words that only say what kind of answer is wanted or hold the grammar of a question
 * (question words, auxiliaries, copulas, "name", "country" in "which country"), in the six
 * languages. A source need not mention them, so they are not units.
 */
const questionWords = new Set(
  `
  what's who's where's when's how's name named called call kind type exactly actually currently until till country
  countries year years date month many much long
  금액 액수 날짜 장소 년 월 일 년도 연도 누구 무엇 뭐 어디 언제 몇 어떤 어느 무슨 이름 어떻게 얼마 얼마나 누가 무엇인가요 뭔가요 입니까 인가요 있나요 있습니까 나요 까요 곳 나라 국가 기간
  거야 거예요 건가요 건지 했어 했어요 했나 됐어 돼 돼요 뭐래
  ai gì nào đâu bao nhiêu mấy là không sao tên gọi những được đã sẽ hiện nay quốc gia nước khi giờ năm ngày tháng ở thế
  bao nhieu khi nao dau gi số tiền
  金額 日付 場所
  сумма дата место
  さ れ ま か し ました ましたか ます ますか ません でした でしょう ありま あり あります ありますか い いる います いますか して しています しましたか てい なっ なり なに なん 何 何年 何人 何社 いくつ
  誰 どこ いつ どの どんな 名前 とは 国 行われ 行われました くらい ぐらい つもり あっ だっ なの
  谁 什么 哪 哪一 哪个 哪些 哪里 哪儿 哪家 哪部 哪年 几 几个 多少 多少个 多长 多久 多大 是 的 了 吗 呢 在 有 何时 怎么 怎样 如何 叫 名字 年 月 日 什么时候 哪所 哪位 哪座 一共 总共
  сколько когда где кто какое какую каких какая какие каким какими такое такой такая такие какого какому числа
  можно
  является являются есть был была было были чем ли
  называется название зовут качестве страна страны страну стран году года год каком какой будет делать делает
  nima kim qachon qayerda qayer qancha nechta qanday qaysi edi bor nomi nom deb mamlakat mamlakatlar davlat
  apa apakah siapa siapakah berapa berapakah kapan kapankah dimana mana manakah bagaimana mengapa kenapa ada adalah
  sebutkan yang nama tahun tanggal bulan di ke dari dan sampai hingga antara
  ใคร อะไร ที่ไหน ไหน ใด ไร เมื่อไร เมื่อไหร่ กี่ เท่าไร เท่าไหร่ มี เป็น คือ ไหม หรือ บ้าง ครับ คะ ค่ะ ชื่อ
  `
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Korean question words with endings attached ("얼마야", "몇명이에요", "누구예요", "어디였어"), and counters with a copula.
const koreanQuestionStem =
  /^(?:얼마|몇|누구|누가|어디|언제|무엇|뭐|뭘|어느|어떤|어떻게|왜)|^(?:명|개|곳|편|건)(?:이|인|이에요|이야|예요|였|이었)/u;

export function isQuestionWord(word: string, key: string): boolean {
  return questionWords.has(word) || questionWords.has(key) || koreanQuestionStem.test(word);
}

/**
 * The question with Korean 하다/되다 verbs reduced to their nouns (so the glossary can find
 * them) — unless the glossary knows the verb itself ("대표하는" = represents, where "대표" =
 * a chief executive), then as that verb.
 */
export function questionText(question: string, glossary?: Glossary): string {
  return question.replace(/\p{Script=Hangul}+/gu, (word) => {
    const stem = koreanNounStem(word);
    if (stem === word) return word;
    const verb = `${stem}하는`;
    if (glossary && glossary.findConcepts(verb).length > 0) return verb;
    return stem;
  });
}

/**
 * Whether an alias the articles state is only a question word of the asker's language written as a word, not as the
 * name ("Ai là …" asks who; "AI" is the acronym an article gave for artificial intelligence).
 */
function questionWordNotName(
  tokens: readonly WordToken[],
  keys: readonly string[],
  hit: { start: number; end: number },
  rawQuestion: string,
): boolean {
  const token = tokens[hit.start];
  if (hit.end - hit.start !== 1 || token === undefined || !isQuestionWord(token.word, keys[hit.start] as string))
    return false;
  const capitals = token.word.toUpperCase();
  return !rawQuestion.split(/[^\p{L}\p{N}]+/u).includes(capitals);
}

/**
 * The aliases the articles state that the question names, without question words and other plain words taken for
 * names (see above and alias-words.ts).
 */
export function aliasHits(
  aliases: AliasIndex,
  tokens: readonly WordToken[],
  keys: readonly string[],
  rawQuestion: string,
): AliasHit[] {
  return aliases
    .findInKeys(keys, tokens)
    .filter(
      (hit) =>
        !questionWordNotName(tokens, keys, hit, rawQuestion) &&
        !aliasMetAsPlainWord(aliases, hit, tokens, keys, rawQuestion),
    );
}
