/**
 * What a question asks about, as units a passage can cover: glossary concepts (one unit
 * each, whatever the language they are written in) and the remaining content words.
 * Coverage of these units decides whether the sources answer the question.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';

export interface QueryUnit {
  key: string;
  kind: 'concept' | 'word';
  weight: number;
  /** For a concept: its broader concepts' keys (a text naming only those covers it in part). */
  broader?: string[];
}

export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'other';

// Korean verb/adjective endings: these words carry little of what is asked.
const koreanPredicateEnding = /(은|는|한|된|인|할|던|있는|하는|했다|했나요|습니까|나요|까요|까|니까|어요|아요|죠|요|었|았|였|다)$/;

// A Korean predicate that ends the question ("열렸나요", "했습니까"): its stem is a verb, rarely what is asked.
const koreanQuestionEnding = /(나요|니까|까요|는가|던가)$/;

// Endings of Korean 하다/되다 verbs built on a noun ("교육했나요" → "교육", "설립되었나요" → "설립"):
// the noun is what is asked, and the glossary knows it. Longest first.
const koreanVerbalEndings = [
  '되었습니까', '되었나요', '되었는지', '되었어요', '하였습니까', '하였나요', '했습니까', '됐습니까', '했는지', '했나요', '했어요', '됐나요', '됐어요',
  '합니까', '됩니까', '하나요', '되나요', '하는지', '되는지', '해요', '돼요', '했던', '했다', '하는', '되는', '되어', '하고', '하여', '해서', '된', '한', '할',
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
  name named called call kind type exactly actually currently until till country countries
  누구 무엇 뭐 어디 언제 몇 어떤 어느 무슨 이름 어떻게 얼마 얼마나 누가 무엇인가요 뭔가요 입니까 인가요 있나요 있습니까 나요 까요 곳 나라 국가 기간
  ai gì nào đâu bao nhiêu mấy là không sao tên gọi những được đã sẽ hiện nay quốc gia nước
  さ れ ま か し ました ましたか ます ますか ません でした でしょう ありま あり あります ありますか い いる います いますか して しています しましたか てい なっ なり なに なん 何 何年 何人 何社 いくつ 誰 どこ いつ どの どんな 名前 とは 国 行われ 行われました
  такое такой такая такие является являются есть был была было были чем ли называется название зовут качестве страна страны страну стран году года год каком какой будет делать делает
  nima kim qachon qayerda qayer qancha nechta qanday qaysi edi bor nomi nom deb mamlakat mamlakatlar davlat
  `.split(/\s+/).filter((word) => word !== ''),
);

function isQuestionWord(word: string, key: string): boolean {
  return questionWords.has(word) || questionWords.has(key);
}

// Vietnamese generic nouns and question phrases written as several syllables ("công ty" = company),
// as match keys; they count only when no glossary concept holds them ("công ty truyền hình").
const vietnameseGenericPhrases = ['cong ty', 'doanh nghiep', 'to chuc', 'co quan', 'la gi', 'linh vuc', 'nhu the nao', 'the nao', 'la ai', 'o dau', 'khi nao', 'bao gio', 'nam nao', 'ngay nao'].map((phrase) => phrase.split(' '));

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

const nominalCategories = new Set(['role', 'person', 'organization', 'place']);

/** Concepts that name the kind of answer rather than its subject ("사람", "người", "people"). */
const answerKindConcepts = new Set(['headcount']);

/** Whether a unit key is such an answer-kind concept (what a number question counts). */
export function isAnswerKindConcept(key: string): boolean {
  return key.startsWith('@') && answerKindConcepts.has(key.slice(1));
}

export function queryUnits(rawQuestion: string, glossary: Glossary | undefined): QueryUnit[] {
  const question = questionText(rawQuestion, glossary);
  const type = answerTypeOf(rawQuestion);
  const tokens = wordTokens(question);
  const units = new Map<string, QueryUnit>();
  const covered = new Set<number>();
  if (glossary) {
    const hits = glossary.findConcepts(question);
    // "How many experts…": when the question names the people it counts, the people-count concept adds nothing.
    const namesRole = hits.some((hit) => glossary.concepts.get(hit.conceptId)?.category === 'role' && !answerKindConcepts.has(hit.conceptId));
    for (const hit of hits) {
      for (let position = hit.start; position < hit.end; position += 1) covered.add(position);
      // "Who is the person who…": the people-count concept is then the kind of answer, not its subject.
      if (answerKindConcepts.has(hit.conceptId) && (type === 'person' || namesRole)) continue;
      // Partial credit from a broader concept only for things done or offered (education ⊃ training),
      // not for who or where: a division director is no CEO, Korea is not Seoul.
      const partialByBroader = !nominalCategories.has(glossary.concepts.get(hit.conceptId)?.category ?? '');
      const broader = partialByBroader ? glossary.withAncestors(hit.conceptId).filter((id) => id !== hit.conceptId).map((id) => `@${id}`) : [];
      units.set(`@${hit.conceptId}`, { key: `@${hit.conceptId}`, kind: 'concept', weight: 1.2, broader });
    }
  }
  const keys = tokens.map(matchKey);
  for (let position = 0; position < tokens.length; position += 1) {
    for (const phrase of vietnameseGenericPhrases) {
      if (phrase.every((word, offset) => keys[position + offset] === word && !covered.has(position + offset))) {
        for (let offset = 0; offset < phrase.length; offset += 1) covered.add(position + offset);
      }
    }
  }
  for (const [position, token] of tokens.entries()) {
    if (covered.has(position)) continue;
    const key = matchKey(token);
    if (isStopWord(token.word) || isStopWord(key) || isQuestionWord(token.word, key)) continue;
    if (/^\d{1,2}$/.test(key)) continue;
    let weight = 1;
    if (token.script === 'hangul' && ([...token.word].length === 1 || (koreanPredicateEnding.test(token.word) && [...token.word].length <= 3) || koreanQuestionEnding.test(token.word))) weight = 0.3;
    // Short Japanese tokens are mostly verb stems and endings (開い, た).
    if ((token.script === 'kana' || token.script === 'han') && ([...token.word].length === 1 || ([...token.word].length === 2 && /\p{Script=Hiragana}/u.test(token.word)))) weight = 0.3;
    if (token.script === 'latin' && key.length <= 2) weight = 0.5;
    if (!units.has(key)) units.set(key, { key, kind: 'word', weight });
  }
  return [...units.values()];
}

/** The set of unit keys a text contains (words by match key, concepts as @id). */
export function textUnitKeys(text: string, glossary: Glossary | undefined): Set<string> {
  const keys = new Set<string>();
  for (const token of wordTokens(text)) keys.add(matchKey(token));
  if (glossary) {
    for (const hit of glossary.findConcepts(text)) {
      for (const id of glossary.withAncestors(hit.conceptId)) keys.add(`@${id}`);
    }
  }
  return keys;
}

/** Weighted share of the units that the keys cover, 0..1. */
export function coverage(units: QueryUnit[], keys: Set<string>): number {
  let total = 0;
  let found = 0;
  for (const unit of units) {
    total += unit.weight;
    if (keys.has(unit.key)) {
      found += unit.weight;
      continue;
    }
    // "Training" asked, "education" written: the broader concept answers it in part.
    if (unit.broader?.some((key) => keys.has(key))) {
      found += unit.weight * 0.5;
      continue;
    }
    // A word also counts when a longer word in the text starts with it (Korean compounds, English stems).
    if (unit.kind === 'word' && [...unit.key].length >= 2) {
      for (const key of keys) {
        if (key.length > unit.key.length && key.startsWith(unit.key) && !key.startsWith('@')) {
          found += unit.weight * 0.8;
          break;
        }
      }
    }
  }
  return total === 0 ? 0 : found / total;
}

const numberQuestion = /\b(how many|how much|how long|number of|what percentage)\b|몇|얼마|bao nhiêu|mấy|сколько|何人|いくつ|何社|何件|何名|何回|necha|qancha/iu;
const dateQuestion = /\b(when|what year|what date|since when)\b|언제|몇 년|khi nào|bao giờ|năm nào|ngày nào|когда|в каком году|いつ|何年|qachon|qaysi yil/iu;
const personQuestion = /\b(who|whom|whose)\b|누구|누가|\bai\b|кто|кого|誰|だれ|\bkim\b/iu;
const placeQuestion = /\b(where|which city|which country)\b|어디|ở đâu|где|どこ|qayerda|qayer/iu;

export function answerTypeOf(question: string): AnswerType {
  if (numberQuestion.test(question)) return 'number';
  if (dateQuestion.test(question)) return 'date';
  if (personQuestion.test(question)) return 'person';
  if (placeQuestion.test(question)) return 'place';
  return 'other';
}

const monthNames = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|tháng|ngày|월|일|年|月|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр/iu;

export function matchesAnswerType(sentence: string, type: AnswerType): boolean {
  switch (type) {
    case 'number':
      return /\d/.test(sentence);
    case 'date':
      return /\b(1[89]|20)\d{2}\b/.test(sentence) || (monthNames.test(sentence) && /\d/.test(sentence));
    case 'person':
      return /\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+){1,2}\b/u.test(sentence.slice(1)) || /[가-힣]{2,4}\s?(대표|회장|이사|본부장|감독|원장)/.test(sentence);
    case 'place':
      return /\b(in|at)\s+\p{Lu}/u.test(sentence) || /tại\s+\p{Lu}/u.test(sentence);
    default:
      return false;
  }
}
