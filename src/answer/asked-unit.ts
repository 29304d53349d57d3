/**
 * Whether a sentence answers the asked type: it holds a unit of that type (answer-units)
 * that the question did not bring itself. A number or year the question already names
 * ("… in 2024, when …", "240 seats — how many applied?") is context, not an answer, and a
 * relative date alone ("this year's market") does not say when.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { countMentions, hasAmount, hasCount, hasDate, hasDay, hasDuration } from './answer-units.js';
import { changeAsked, hasChangeFigure } from './asked-change.js';
import { askedScope, scopeAgrees } from './asked-scope.js';
import { hasClassCount } from './count-classes.js';
import { moneyBasesIn, moneyKindsIn } from './money-kinds.js';
import { hasOrganization, hasPerson, hasSchool } from './name-units.js';
import { hasPlace } from './place-units.js';
import { roleHeldByPerson } from './role-ties.js';
import { hasTitle } from './title-unit.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { AskedType } from './answer-units.js';
import { dayQuestion, foundingAsked, yearQuestion } from './question-time.js';
import { schoolQuestion, withWhomQuestion } from './question-types.js';

/**
 * A text with Thai digits written as ASCII ones ("๑๒๐ ล้านบาท" → "120 ล้านบาท"): Thai press writes figures either
 * way, and units are read on ASCII digits. One character for one, so positions stay.
 */
export function withAsciiDigits(text: string): string {
  return /[\u0E50-\u0E59]/u.test(text)
    ? text.replace(/[\u0E50-\u0E59]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0e50 + 48))
    : text;
}

/** The numbers written in digits in a text, without separators ("20,000" → "20000"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*\d|\d/gu)].map((match) => match[0].replace(/[,.]/g, ''));
}

/** The numbers a question names itself and the ordinal and relative year it asks about (asked-scope). */
export function askedFigures(question: string): Pick<QuestionAnalysis, 'numbers' | 'scope'> {
  return { numbers: new Set(numbersIn(question)), scope: askedScope(question) };
}

/** The sentence with the question's own numbers blanked out. */
export function withoutNumbers(sentence: string, numbers: ReadonlySet<string>): string {
  if (numbers.size === 0) return sentence;
  return sentence.replace(/\d[\d,.]*\d|\d/gu, (number) => (numbers.has(number.replace(/[,.]/g, '')) ? '…' : number));
}

// A relative date that names an edition ("this year's market", "올해의 행사"), not when something happened.
const editionDate = new RegExp(
  [
    String.raw`\b(?:this|last|next) (?:year|month|week)['’]s\b`,
    '(?:올해|작년|지난해|내년)의',
    '今年の|昨年の|来年の',
  ].join('|'),
  'giu',
);

/**
 * The day a Korean report was given ("…했다고 11일 밝혔다", "…고 회사 측이 지난 28일 전했다"): when the news was told,
 * not when what it tells happened.
 */
const reportDate = /(?:지난\s*)?\d{1,2}\s*일\s*(?:밝혔|전했|발표했|말했|알렸|설명했|덧붙였)/gu;

// "This year", "올해", "năm nay" alone: a year only relative to when the article was written.
// Followed by a part of it ("내년 봄", "来年春", "올해 하반기"), the year is kept: with the part, it says when.
const relativeYear = new RegExp(
  `(?:${[
    String.raw`\b(?:this|last|next) year\b`,
    '올해|작년|지난해|내년|năm nay|năm ngoái|năm sau|今年|昨年|来年',
    "в (?:этом|прошлом) году|shu yili|o'tgan yili",
  ].join('|')})(?!\\s*(?:の|의)?\\s*(?:봄|여름|가을|겨울|[상하]반기|[春夏秋冬]|[上下]半期))`,
  'giu',
);

/**
 * A date a figure is given as of ("as of 2020 there are 155 studios", "per 2020 ada …", "tính đến năm 2020", "2020년
 * 기준", "2020年時点", "по состоянию на 2020 год"): when the count was taken, not when anything happened.
 */
const asOfDate = new RegExp(
  [
    String.raw`\b(?:as of|as at|per|hingga|sampai)\s+(?:(?:end|the end|akhir|\p{L}+)\s+(?:of\s+)?)?\d{4}\b`,
    String.raw`tính đến (?:(?:cuối|hết|năm|tháng \d{1,2}(?:/| năm ))\s*)*\d{4}`,
    String.raw`\d{4}\s*년(?:\s*\d{1,2}\s*월)?\s*(?:말\s*)?기준`,
    String.raw`\d{4}年(?:\d{1,2}月)?(?:末)?(?:時点|現在)`,
    String.raw`по состоянию на (?:\d{1,2}\s+\p{L}+\s+)?\d{4}`,
  ].join('|'),
  'giu',
);

/** Whether a sentence holds a day (a day of a month or a weekday), not counting a Korean report date. */
export function hasEventDay(sentence: string): boolean {
  return hasDay(sentence.replace(reportDate, ' '));
}

/**
 * Whether a sentence holds a date, not counting an edition ("this year's market"), a Korean report date or a year
 * said only relative to the article ("this year").
 */
export function hasEventDate(sentence: string): boolean {
  return hasDate(
    sentence.replace(editionDate, ' ').replace(reportDate, ' ').replace(relativeYear, ' ').replace(asOfDate, ' '),
  );
}

/**
 * What a count counts, as far as it can be recognised in another language: its lexicon
 * concepts and whether it counts people; its plain words cannot be (an English article
 * does not say "проектов"). Undefined when the question names what it counts but none of
 * it can be recognised there: then no number of the sentence can be checked to count it,
 * and any number would do ("how many TV companies" answered by a count of something else).
 */
function acrossLanguages(counted: QuestionAnalysis['counted']): QuestionAnalysis['counted'] | null {
  if (!counted) return counted;
  const keys = new Set([...counted.keys].filter((key) => key.startsWith('@')));
  if (keys.size === 0 && counted.keys.size > 0 && !counted.people && !counted.percent) return null;
  // A counter is a word of the question's language ("편"), not the article's.
  return { ...counted, keys, counter: undefined, across: true };
}

/** A total asked for, in the six languages: "total", "overall", "전체", "총", "tổng", "合計", "всего", "jami". */
export const totalAsked = new RegExp(
  [
    String.raw`\b(?:total|overall|altogether|in all|combined)\b`,
    '전체|총\\s?(?:예산|금액|액|규모|사업비)|합계',
    'tổng|toàn bộ',
    '合計|総額|総事業費|全体',
    String.raw`(?<!\p{L})(?:всего|общ(?:ий|ая|ее|ую|ей|его)|итого)(?!\p{L})`,
    'jami|umumiy',
  ].join('|'),
  'iu',
);

/** An amount given per item or as a cap ("up to … per project", "작품별로 최대", "tối đa … mỗi", "1作品あたり最大"). */
const perItemAmount = new RegExp(
  [
    String.raw`\b(?:per|each|apiece|up to|at most|a maximum of|maximum of)\b`,
    '별로|당\\s|마다|최대|한도',
    'mỗi|tối đa|cho từng',
    'ごと|あたり|当たり|最大|上限',
    String.raw`(?<!\p{L})(?:на каждый|на каждую|за каждый|каждому|каждой|максимум|не более)(?!\p{L})`,
    "har bir|ko'pi bilan|maksimal",
  ].join('|'),
  'iu',
);

/** Words for a founding, in the six languages (the lexicon's "founding" concept says the same). */
export const founded = new RegExp(
  [
    String.raw`\b(?:founded|established|set up in|was formed|was created|founding)\b`,
    String.raw`\bsince its (?:founding|creation)\b`,
    '설립|창립|창업|창설|세워진|세워졌|만들어진',
    'thành lập|ra đời',
    String.raw`\b(?:didirikan|berdiri sejak)\b`,
    '設立|創立|創業|創設',
    '成立|创立|创办|创建|創辦',
    String.raw`(?<!\p{L})(?:основан|создан|учрежд|основани)[а-я]*`,
    'tashkil (?:etilgan|topgan)|asos solingan',
  ].join('|'),
  'iu',
);

/**
 * The clauses of a sentence: the stretches between commas, semicolons, colons, dashes and brackets (in every script),
 * and around "and" / "but" / "while" / "which" / "who" in English.
 */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[,;:、，；：()（）]|\s[—–-]\s|\s(?:and|but|while|which|who|whose|after|before|when)\s/iu)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** The sentence without the clauses that say when something was founded. */
function withoutFoundingClauses(sentence: string): string {
  if (!founded.test(sentence)) return sentence;
  return clausesOf(sentence)
    .filter((clause) => !founded.test(clause))
    .join(' , ');
}

/**
 * "50여 편", "1300여 곳", "50余部", "30多家": a number said roughly, with the approximation between it and its counter.
 * The counter still says what is counted, as it does right after the number ("222편").
 */
function withoutApproximation(sentence: string): string {
  return sentence.replace(/(\d)\s?(?:여|余|餘|多)(?=\s?[\p{Script=Hangul}\p{Script=Han}])/gu, '$1');
}

/** A sum said to be withheld, in the six languages ("was not disclosed", "비공개", "明らかにしていない", "未披露"). */
const undisclosed = new RegExp(
  [
    String.raw`\b(?:(?:was|were|is|are|has|have|been)\s+(?:not|n't)\s+(?:been\s+)?` +
      String.raw`(?:disclosed|revealed|announced|made public)|` +
      String.raw`(?:wasn't|weren't|isn't|aren't|hasn't|haven't)\s+(?:been\s+)?(?:disclosed|revealed)|undisclosed|` +
      String.raw`(?:did not|didn't|declined to)\s+(?:disclose|reveal|say how much))\b`,
    '비공개|공개하지 않|밝히지 않',
    'không (?:được )?(?:tiết lộ|công bố)',
    '明らかにしていない|明らかにされていない|非公開|公表していない',
    '未披露|未透露|未公开|未公布',
    String.raw`(?<!\p{L})не (?:раскрыва|раскрыл|сообща|называ|уточня)\p{L}*`,
  ].join('|'),
  'iu',
);

/** The lexicon places a question names (its place terms) with every place that holds them. */
function ownPlacesOf(analysis: QuestionAnalysis, glossary: Glossary | undefined): Set<string> {
  const own = new Set<string>();
  for (const term of analysis.terms) {
    if (term.role !== 'place') continue;
    for (const key of term.keys)
      if (key.startsWith('@')) for (const id of glossary?.withAncestors(key.slice(1)) ?? [key.slice(1)]) own.add(id);
  }
  return own;
}

/**
 * A count the question narrows by a place ("How many animators does Atomic's Vancouver studio have?") is not told by
 * a sentence whose places are all others — a sibling branch's ("Atomic's Ottawa studio grew to 90 animators", "the
 * U.K. studio has 150 employees"): the sentence must name no place, or one that is, holds or lies in an asked one.
 */
function askedPlaceAgrees(sentence: string, analysis: QuestionAnalysis, glossary: Glossary | undefined): boolean {
  if (!glossary) return true;
  const asked = analysis.terms.flatMap((term) =>
    term.role === 'place' ? term.keys.filter((key) => key.startsWith('@')).map((key) => key.slice(1)) : [],
  );
  if (asked.length === 0) return true;
  const around = new Set(asked.flatMap((id) => glossary.withAncestors(id)));
  const said = glossary
    .findConcepts(sentence)
    .filter((hit) => glossary.concepts.get(hit.conceptId)?.category === 'place')
    .map((hit) => hit.conceptId);
  return (
    said.length === 0 ||
    said.some((id) => around.has(id) || glossary.withAncestors(id).some((above) => asked.includes(above)))
  );
}

const jobClass: ReadonlySet<string> = new Set(['job']);
/** Posts or hiring asked ("何人の雇用を生む", "일자리", "how many jobs", "рабочих мест"), not who works there now. */
const postsAsked = new RegExp(
  [
    String.raw`\b(?:jobs?|positions?|vacanc(?:y|ies)|hir(?:e|es|ed|ing))\b`,
    '雇用|雇う|採用|求人|일자리|채용|고용|招聘|岗位|就业|việc làm|tuyển|ตำแหน่งงาน|จ้าง',
    String.raw`(?<!\p{L})(?:рабочих мест|ваканси\p{L}*|наня\p{L}*|нанима\p{L}*)`,
    String.raw`\b(?:lowongan|lapangan kerja|merekrut)\b`,
  ].join('|'),
  'iu',
);

/** A change or share asked ("how much did it grow") of no people, counter or class of things ("how many more"). */
function changeOfAnything(analysis: QuestionAnalysis): boolean {
  const counted = analysis.counted;
  if (counted?.people === true || (counted?.classes?.size ?? 0) > 0 || counted?.counter !== undefined) return false;
  return changeAsked(analysis.questionText ?? '');
}

/** Whether the sentence holds a unit of the asked type that the question does not name itself. */
export function holdsAskedUnit(
  rawSentence: string,
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
  crossing = false,
): boolean {
  // A sentence that names only another one ("the first feature" for the second, "this year" for last year).
  if (!scopeAgrees(rawSentence, analysis.scope)) return false;
  const sentence = withoutNumbers(withAsciiDigits(rawSentence), analysis.numbers ?? new Set());
  switch (analysis.type) {
    case 'count': {
      // Whether the places agree (a lexicon look-up over the sentence) is asked only of a sentence holding a count.
      const placed = () => askedPlaceAgrees(rawSentence, analysis, glossary);
      const counted = crossing ? acrossLanguages(analysis.counted) : analysis.counted;
      if (counted !== null && hasCount(withoutApproximation(sentence), counted, glossary)) return placed();
      // "增长了多少", "насколько выросла": a change asked of no named kind of thing is told as a percentage.
      if (changeOfAnything(analysis) && hasChangeFigure(sentence)) return placed();
      // Across languages a count noun no lexicon concept covers is still known by its class ("몇 석" ~ "500 seats"),
      // and so is one the question only names by its class ("何か国語": languages).
      const classes = analysis.counted?.classes;
      const byClassOnly =
        counted !== null &&
        counted !== undefined &&
        counted.keys.size > 0 &&
        [...counted.keys].every((key) => key.startsWith('@') && !glossary?.concepts.has(key.slice(1)));
      // A workforce asked in another language may be told as the posts it fills ("何人の雇用" ~ "create 180 jobs").
      const posts = crossing && postsAsked.test(analysis.questionText ?? '') ? jobClass : undefined;
      return (
        (((crossing || byClassOnly) &&
          classes !== undefined &&
          hasClassCount(sentence, classes, countMentions(sentence))) ||
          (posts !== undefined && hasClassCount(sentence, posts, countMentions(sentence)))) &&
        placed()
      );
    }
    case 'amount': {
      // "How much did sales grow", "얼마나 늘었어": a percentage or a multiple tells the change as well as a sum.
      if (!hasAmount(sentence)) return changeAsked(analysis.questionText ?? '') && hasChangeFigure(sentence);
      // "The size of the new round was not disclosed, but it has raised $40 million in total": the sum is withheld,
      // and the figure given is another one — the total, which answers only a question asking the total.
      if (undisclosed.test(sentence) && !(analysis.total === true && totalAsked.test(sentence))) return false;
      // A cap per item ("up to 3 billion won per work", "작품별로 최대") is not the total asked for.
      if (analysis.total === true && perItemAmount.test(sentence)) return false;
      // An amount of another kind of money is not the answer ("how much did X invest" answered by X's sales).
      // A net figure is not answered by an operating or pre-tax one beside it ("영업손실" for "the net loss").
      const basis = moneyBasesIn(analysis.questionText ?? '');
      const told = moneyBasesIn(sentence);
      if (basis.size > 0 && told.size > 0 && ![...told].some((each) => basis.has(each))) return false;
      const asked = analysis.moneyKinds;
      if (!asked || asked.size === 0) return true;
      const said = moneyKindsIn(sentence);
      return said.size === 0 || [...said].some((kind) => asked.has(kind));
    }
    case 'date': {
      // When something else happened is not when the entity was founded ("when did X meet Netflix" is not
      // answered by "X was founded in 1936"); a question about the founding is.
      // Only the founding's own clause is left out: "X, founded in 1978, opened the course in April 2023" answers when
      // the course opened.
      const dated = analysis.founding ? sentence : withoutFoundingClauses(sentence);
      // A Thai year of the Buddhist era ("ปี 2544", "พ.ศ. 2549") is a year too.
      if (analysis.year === true) return /(?:^|\D)(?:1[89]|20)\d{2}(?!\d)|(?:พ\.ศ\.|ปี)\s*25\d{2}(?!\d)/u.test(dated);
      return analysis.day === true ? hasEventDay(dated) : hasEventDate(dated);
    }
    case 'duration':
      return hasDuration(sentence);
    case 'place':
      return hasPlace(sentence, glossary, analysis.entityWords, ownPlacesOf(analysis, glossary));
    case 'person':
      return (
        (roleHeldByPerson(sentence, analysis, glossary) ?? hasPerson(sentence, analysis.entityWords, glossary)) ||
        (analysis.partner === true && hasOrganization(sentence, analysis.entityWords, analysis.nameWords))
      );
    case 'organization':
      // "Which university …": a school by its name; another organization is not the answer.
      return analysis.school === true
        ? hasSchool(sentence, analysis.nameWords)
        : hasOrganization(sentence, analysis.entityWords, analysis.nameWords);
    case 'title':
      return hasTitle(sentence, analysis.entityWords, glossary);
    default:
      return true;
  }
}

const quotedTitle = /["“«『「'‘][^"”»』」'’]{2,60}["”»』」'’]/u;
const latinProperNoun = /(?<=[\p{L}\d,;:]\s+)\p{Lu}[\p{L}\d&'-]+/gu;

/**
 * Whether a sentence names something besides the question's own entities: an organization,
 * a quoted title, a capitalised name inside the sentence. Such a sentence may be about that
 * other thing, so the question's entity must be named with it.
 */
export function namesSomethingElse(
  sentence: string,
  entityWords: ReadonlySet<string>,
  /** A word that names one of the question's own names in another script or spelling (see question-names). */
  questionName: (word: string) => boolean = () => false,
  /** The names the article's title writes: what the whole article is about, not something else. */
  titleNames?: ReadonlySet<string>,
): boolean {
  if (hasOrganization(sentence, entityWords, titleNames) || quotedTitle.test(sentence)) return true;
  for (const match of sentence.matchAll(latinProperNoun)) {
    if (questionName(match[0]) || titleNames?.has(match[0].toLowerCase())) continue;
    const words = match[0].toLowerCase().split(/[-']/u);
    if (words.some((word) => word.length > 1 && !entityWords.has(word))) return true;
  }
  return false;
}

const capitalisedRun =
  /(?<![\p{L}])\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?(?:\s\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)?){1,2}(?![\p{L}])/gu;

/**
 * The sentence without the people it names ("said director Marina Nebozhatko", "HR manager Amit Dolas"): a speaker or
 * a member of staff is not another subject whose fact the sentence may tell.
 */
export function withoutPersonNames(
  sentence: string,
  entityWords: ReadonlySet<string>,
  glossary: Glossary | undefined,
): string {
  return sentence.replace(capitalisedRun, (run) => (hasPerson(run, entityWords, glossary) ? ' ' : run));
}

/** The question shapes that narrow its type: a year, a day, a school, a partner, the money, a total, a founding. */
export function askedShape(type: AskedType, question: string) {
  const year = type === 'date' && yearQuestion.test(question);
  return {
    year,
    day: type === 'date' && !year && dayQuestion.test(question),
    school: type === 'organization' && schoolQuestion.test(question),
    partner: type === 'person' && withWhomQuestion.test(question),
    moneyKinds: type === 'amount' ? moneyKindsIn(question) : undefined,
    total: type === 'amount' && totalAsked.test(question),
    founding: type === 'date' && (founded.test(question) || foundingAsked.test(question)),
  };
}
