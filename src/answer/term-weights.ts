/**
 * How much each word of a question weighs when its sentences are scored (candidate-scoring.ts): by role and by how
 * rarely the knowledge base holds it, with a name guessed for scripts without capitals and an alias matched also by
 * the rarest word of its name.
 */
import { companyFormOnly } from '../knowledge/alias-forms.js';
import { isRelativeYearWord } from './asked-scope.js';
import type { WeightedTerm } from './candidate-scoring.js';
import type { QuestionAnalysis, QuestionTerm } from './question-analysis.js';

export function weighTerms(analysis: QuestionAnalysis, rarity: (key: string) => number): WeightedTerm[] {
  const hasEntity = analysis.terms.some((term) => term.role === 'entity');
  const subject = hasEntity ? undefined : uncasedSubject(analysis.terms, rarity);
  return analysis.terms.map((plain) => {
    const named = withRarestNameWord(plain, rarity);
    const term: QuestionTerm = plain === subject ? { ...named, role: 'entity', weight: 2 } : named;
    const rare = Math.max(
      ...term.keys.filter((key) => !key.startsWith('%')).map(rarity),
      term.keys.length === 0 ? 1 : 0,
    );
    return { term, sharp: term.weight * rare, smooth: term.weight * (0.5 + 0.5 * rare), known: rare < 1 };
  });
}

/**
 * Scripts without capitals cannot show a name by its case. A question there usually opens with what it asks
 * about ("스튜디오인요 창업 연도가 …", "キネマシトラスって …"): its first word, when the lexicon does not know it and
 * the knowledge base holds it rarely, is taken for a name.
 */
const uncasedNameRarity = 0.5;
/** How rarely the knowledge base holds a cross-script spelling of the word for it to be taken for a name. */
const spelledNameRarity = 0.7;

/**
 * A word any article may write, whatever it is about: a year told from the article's date ("작년", "去年") or a
 * company's legal form ("株式会社", "주식회사"). Rare as it may be, it is no name.
 */
function anyArticleWord(word: string): boolean {
  return isRelativeYearWord(word) || companyFormOnly(word);
}

function uncasedSubject(terms: QuestionTerm[], rarity: (key: string) => number): QuestionTerm | undefined {
  const first = terms
    .filter((term) => term.position !== undefined)
    .sort((left, right) => (left.position as number) - (right.position as number))[0];
  const word = first?.word;
  if (first === undefined || word === undefined || first.counted || first.role !== 'topic') return undefined;
  if (anyArticleWord(word)) return undefined;
  if (!/^[\p{Script=Hangul}\p{Script=Katakana}\p{Script=Han}ー]+$/u.test(word) || [...word].length < 2)
    return undefined;
  const rare = rarity(word);
  if (rare < 1) return rare >= uncasedNameRarity ? first : undefined;
  // A foreign name in the asker's script ("인피니트", "ディーディー"): no article writes the word itself, but one holds
  // its spelling in another script (a cross-script name key) rarely. Tune half: cross-language 147 -> 151/409,
  // grounded-but-wrong 100/485 -> 102/491 (at the 0.5 of a word written as asked: 151, 103/492, one right lost).
  return first.keys.some((key) => key.startsWith('%') && rarity(key) >= spelledNameRarity && rarity(key) < 1)
    ? first
    : undefined;
}

/** An alias term also matches by the rarest word of its name ("Edinburgh" of "Edinburgh College of Art"). */
function withRarestNameWord(term: QuestionTerm, rarity: (key: string) => number): QuestionTerm {
  if (!term.nameWords || term.nameWords.length === 0) return term;
  const known = term.nameWords.filter((word) => rarity(word) < 1);
  if (known.length === 0) return term;
  const rarest = Math.max(...known.map(rarity));
  return { ...term, keys: [...term.keys, ...known.filter((word) => rarity(word) >= rarest)] };
}
