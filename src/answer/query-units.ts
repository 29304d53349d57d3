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
}

export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'other';

// Korean verb/adjective endings: these words carry little of what is asked.
const koreanPredicateEnding = /(은|는|한|된|인|할|던|있는|하는|했다|했나요|습니까|나요|까요|까|니까|어요|아요|죠|요)$/;

export function queryUnits(question: string, glossary: Glossary | undefined): QueryUnit[] {
  const tokens = wordTokens(question);
  const units = new Map<string, QueryUnit>();
  const covered = new Set<number>();
  if (glossary) {
    for (const hit of glossary.findConcepts(question)) {
      units.set(`@${hit.conceptId}`, { key: `@${hit.conceptId}`, kind: 'concept', weight: 1.2 });
      for (let position = hit.start; position < hit.end; position += 1) covered.add(position);
    }
  }
  for (const [position, token] of tokens.entries()) {
    if (covered.has(position)) continue;
    const key = matchKey(token);
    if (isStopWord(token.word) || isStopWord(key)) continue;
    if (/^\d{1,2}$/.test(key)) continue;
    let weight = 1;
    if (token.script === 'hangul' && ([...token.word].length === 1 || (koreanPredicateEnding.test(token.word) && [...token.word].length <= 3))) weight = 0.3;
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

const numberQuestion = /\b(how many|how much|number of|what percentage)\b|몇|얼마|bao nhiêu|mấy|сколько|何人|いくつ|何社|何件|何名|何回|necha|qancha/iu;
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
