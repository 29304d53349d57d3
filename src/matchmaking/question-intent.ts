/**
 * Tells a member's question that looks for a partner ("who can dub Korean dramas into Japanese?",
 * "ищу студию для цветокоррекции", "Việt Nam có trung tâm nào đào tạo dựng phim không?") from a
 * question about facts ("How many people work at IT Works Korea?"); a question can be both.
 *
 * A partner question asks for someone who does something: by the grammar of a request in each language
 * (looking for, need, recommend, who can, is there a … that can; ищу, нужен, посоветуйте, кто может; 찾고
 * 있어요, 추천, 있나요; có … nào, cần tìm, ai có thể; 探しています, 紹介, いますか; qidiryapman, kerak; cari,
 * butuh; หา, ต้องการ; іздеймін, керек; 找, 有…吗), and it names work the lexicon knows. A word of need or
 * recommendation alone ("need", "нужны", "kerak", "需要") is a request only in a part of the question that asks
 * no fact ("how many colorists does the industry need?" asks a figure).
 *
 * A question also asks for facts when it asks a fact question word (how many, when, why, who founded; 몇, 언제;
 * いつ, 何人; сколько, когда; bao nhiêu, khi nào; qachon; berapa, kapan; เมื่อไหร่; қашан; 多少, 什么时候), tells of
 * a past event (founded, opened, signed; 설립, 개관; 設立, 開校; основал, открылась; thành lập; ochilgan; didirikan;
 * ก่อตั้ง; құрылды; 成立, 创办), or names a particular organization (KOCCA, "Studio Mir", "that school") in a
 * part of the question that asks for no partner.
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { normalizeText } from '../retrieval/text-normalize.js';
import { createConceptRoles } from './concept-roles.js';
import { createConceptFinder } from './find-statement-concepts.js';
import { eventPatterns, factPatterns, pointedOrganization, whoAsked, whoOrWhich } from './fact-question-patterns.js';
import { eligibilityPatterns, needPatterns, requestPatterns } from './partner-request-patterns.js';
import { anyOf } from './question-regex.js';
import type { OrganizationKind, QuestionIntent } from './types.js';

const partSeparators = new RegExp(
  [
    '[?？!！。;；\\n]+',
    // A dash between spaces: "Studio Dragon signed a deal with Netflix — are there studios that do subtitling?"
    '\\s+[—–-]\\s+',
    ',?\\s+(?:and|also|plus|и|а также|và|còn|với lại|va|hamda|dan|juga|және|әрі)\\s+',
    '、?(?:あと|それと|그리고|另外|还有|還有|并且|並且|แล้ว|และ)',
    // Thai writes no spaces between words: a space ends a clause.
    '\\s(?=\\p{Script=Thai})(?<=\\p{Script=Thai}\\s)',
  ].join('|'),
  'iu',
);

/**
 * A question's parts: its sentences, and the parts joined by "and" ("When did X open, and who can train colorists
 * there?", "когда открылась школа и кто ещё там учит").
 */
function questionParts(text: string): string[] {
  return text
    .split(partSeparators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The lexicon's concepts in a question, found as partner search finds a need's: through inflections and
 * one-word compounds ("дронмен түсіретін", "operatorni"), person suffixes (편집자) and overlapping forms.
 */
const findersByGlossary = new WeakMap<Glossary, (text: string) => readonly ConceptHit[]>();
function conceptsOf(question: string, glossary: Glossary): readonly ConceptHit[] {
  let finder = findersByGlossary.get(glossary);
  if (finder === undefined) {
    finder = createConceptFinder(glossary, createConceptRoles(glossary).roleOf);
    findersByGlossary.set(glossary, finder);
  }
  return finder(question);
}

/** Work the lexicon knows (a skill, role or department), not only a kind of organization or a place. */
const isWork = (glossary: Glossary, conceptId: string) => {
  const category = glossary.concepts.get(conceptId)?.category;
  return category === 'skill' || category === 'role' || category === 'department' || category === 'service';
};

/** An organization known by its own name (KOCCA, Netflix), not a kind of organization (studio, school). */
const isNamedOrganization = (glossary: Glossary, conceptId: string) => {
  const concept = glossary.concepts.get(conceptId);
  return concept?.category === 'organization' && /^\p{Lu}/u.test(concept.en[0] ?? '');
};

/**
 * A name written as one inside a sentence ("Studio Mir", "CGF", "Lumine"): capitalised words, not opening the
 * sentence, that the lexicon does not know (as work, a place or a language: "Hà Nội", "Korean").
 */
function namesSomething(part: string, glossary: Glossary | undefined): boolean {
  const name = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&+'-]*";
  const runs = new RegExp(`(?<=[\\p{L}\\p{N},:)]\\s+)${name}(?:\\s+${name})*`, 'gu');
  const candidates = [...part.matchAll(runs)].map((match) => match[0]);
  if (glossary === undefined) return candidates.length > 0;
  // Words of a lexicon phrase are no name of their own ("Anh" in "tiếng Anh", English).
  const known = new Set(conceptsOf(part, glossary).flatMap((hit) => normalizeText(hit.surface).split(/\s+/u)));
  return candidates.some((candidate) =>
    normalizeText(candidate)
      .split(/\s+/u)
      .some((word) => !known.has(word)),
  );
}

/** How each part of a question reads: asking a fact, telling of an event, asking for someone, or a need. */
function readParts(question: string) {
  return questionParts(question).map((part) => {
    const text = normalizeText(part);
    const asksFact = factPatterns.some((fact) => fact.test(text));
    const requests = requestPatterns.some((request) => request.test(text));
    const needs = needPatterns.some((need) => need.test(text));
    const eligibility = eligibilityPatterns.some((rule) => rule.test(text));
    // Tried only when asked for: V8 compiles the event patterns on their first test (a tenth of a second of a cold
    // `matchcut ask`), and a fact question never needs them.
    let event: boolean | undefined;
    const tellsEvent = () => (event ??= eventPatterns.some((pattern) => pattern.test(text)));
    return {
      part,
      text,
      asksFact,
      get event() {
        return tellsEvent();
      },
      requests,
      needs,
      eligibility,
      /** It asks for someone: a request form, or a need in a part that asks no fact and tells of no event. */
      asksForSomeone: !eligibility && (requests || (needs && !asksFact && !tellsEvent())),
    };
  });
}

export function classifyQuestion(question: string, glossary?: Glossary): QuestionIntent {
  const text = normalizeText(question);
  const parts = readParts(question);
  const asksForSomeone = parts.some((part) => part.asksForSomeone);
  // Partner search needs work to look for (a skill, role or department), not only a kind of organization (looked up
  // only for a question asking for someone: the lexicon's inflections are not needed for the others).
  const namesWork = () =>
    glossary === undefined || conceptsOf(question, glossary).some((hit) => isWork(glossary, hit.conceptId));
  const partner = asksForSomeone && namesWork();
  if (!partner) return { partner, fact: true };
  const namedOrganization = (part: string) =>
    pointedOrganization.test(normalizeText(part)) ||
    (glossary !== undefined && glossary.findConcepts(part).some((hit) => isNamedOrganization(glossary, hit.conceptId)));
  // A part that asks for no partner and names an organization asks about it; so does a part asking who or which
  // when the organization is one the lexicon knows by name ("who does the dubbing for KBS dramas?").
  const fact =
    factPatterns.some((pattern) => pattern.test(text)) ||
    eventPatterns.some((event) => event.test(text)) ||
    parts.some((read) =>
      !read.requests && !read.needs
        ? namedOrganization(read.part) || namesSomething(read.part, glossary)
        : (whoOrWhich.test(read.text) && namedOrganization(read.part)) ||
          (whoAsked.test(read.text) && namesSomething(read.part, glossary)),
    );
  return { partner, fact };
}

/**
 * The words of a question that say what partner is sought: the question without its parts that only ask a fact or
 * tell of an event ("When did KOCCA open its Hanoi office, and who can train colorists there?" → "who can train
 * colorists there"), so that the work named in a fact part is not searched for. The whole question when every
 * part asks a fact.
 */
export function partnerPartOf(question: string): string {
  const kept = readParts(question).filter((read) => read.asksForSomeone || (!read.asksFact && !read.event));
  return kept.length === 0 ? question : kept.map((read) => read.part).join('. ');
}

const trainingPlaces = anyOf([
  'training (?:centers?|centres?)',
  'schools?',
  'academ(?:y|ies)',
  'institutes?',
  '학원',
  '교육\\s*기관',
  '아카데미',
  '센터',
  'trung tâm',
  'trường',
  'học viện',
  'スクール',
  '学校',
  '専門学校',
  'アカデミー',
  'школ[аыуе]',
  'центр',
  'академи[яи]',
  'колледж',
  'курсы',
  'markaz',
  'maktab',
  'akademiya',
  'lembaga',
  'pusat pelatihan',
  'ศูนย์ฝึก',
  'โรงเรียน',
  'орталық',
  'мектеп',
]);
const kindWords: [OrganizationKind, RegExp][] = [
  ['studio', /(studios?|스튜디오|제작사|xưởng phim|スタジオ|制作会社|студи[яиюейю]|studiya|สตูดิโอ|студия)/u],
  ['talent_center', new RegExp(trainingPlaces, 'u')],
];

/** The kinds of organization the question asks for ("a studio", "trung tâm"); none when it does not say. */
export function kindsAskedFor(question: string): OrganizationKind[] {
  const text = normalizeText(question);
  return kindWords.filter(([, kind]) => kind.test(text)).map(([kind]) => kind);
}

/** Latin and Hangul text: V8 compiles a pattern separately for one-byte and two-byte strings. */
const warmUpSamples = ['a question about some work', '어떤 작업에 관한 질문'];

/**
 * Runs each of the check's patterns a few times, one pattern per `betweenSteps`: V8 compiles and interprets a
 * pattern the first times it runs (~120 ms for all of them in a fresh process, ~0.5 s on a loaded machine), which
 * a bot's first mentions would otherwise pay on its event loop. Leaves every pattern's state as it found it.
 */
export async function warmQuestionIntent(betweenSteps: () => Promise<void>): Promise<number> {
  const patterns = [
    partSeparators,
    ...factPatterns,
    ...eventPatterns,
    ...requestPatterns,
    ...needPatterns,
    ...eligibilityPatterns,
    pointedOrganization,
    whoOrWhich,
    whoAsked,
    ...kindWords.map(([, pattern]) => pattern),
  ];
  for (const pattern of patterns) {
    const lastIndex = pattern.lastIndex;
    for (let run = 0; run < 3; run += 1) {
      for (const sample of warmUpSamples) {
        pattern.lastIndex = 0;
        pattern.test(sample);
      }
    }
    pattern.lastIndex = lastIndex;
    await betweenSteps();
  }
  return patterns.length;
}
