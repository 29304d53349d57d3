/**
 * Tells a member's question that looks for a partner ("who can dub Korean dramas into Japanese?",
 * "ищу студию для цветокоррекции", "Việt Nam có trung tâm nào đào tạo dựng phim không?") from a
 * question about facts ("How many people work at IT Works Korea?"); a question can be both. A
 * partner question asks for someone who does something, in the languages members write in.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { normalizeText } from '../retrieval/text-normalize.js';
import type { OrganizationKind, QuestionIntent } from './types.js';

/** A regular expression from alternatives (kept as lists so that each language's words stay readable). */
const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
const organizations = anyOf([
  'studios?',
  'companies',
  'company',
  'centers?',
  'centres?',
  'schools?',
  'academ(?:y|ies)',
  'vendors?',
  'teams?',
  'organi[sz]ations?',
  'partners?',
  'freelancers?',
  'someone',
  'anyone',
  'providers?',
  'suppliers?',
]);

/** Asking for someone who does something, per language (matched on the lower-cased question). */
const partnerPatterns: RegExp[] = [
  // English
  new RegExp(`\\b(?:who|which ${organizations})\\s+(?:can|could|does|do|offers?|provides?|trains?)\\b`, 'u'),
  new RegExp(
    `\\b(?:looking for|searching for|search for|need|needs|find|recommend|suggest)\\b.{0,40}\\b${organizations}\\b`,
    'u',
  ),
  new RegExp(`\\b(?:any|a|an)\\s+${organizations}\\s+(?:that|who|which|for|to)\\b`, 'u'),
  // Korean
  /(찾고\s*있|찾습니다|찾아\s*주|찾아요|추천해|추천\s*부탁|소개해)/u,
  /(업체|스튜디오|센터|학원|기관|회사|곳|팀)\s*(있나요|있을까요|있습니까|어디|없나요|추천)/u,
  /(할\s*수\s*있는|가능한)\s*(곳|업체|회사|스튜디오|팀|분)/u,
  // Vietnamese
  /\b(có|tìm|cần tìm|giới thiệu)\s+(trung tâm|studio|công ty|đơn vị|đối tác|xưởng|trường|nhóm|ai)\b/u,
  /\b(trung tâm|studio|công ty|đơn vị|đối tác|trường) nào\b/u,
  /\bai (có thể|làm được|nhận)\b/u,
  // Japanese
  /(探して|紹介して|紹介いただけ|おすすめ|できる(会社|スタジオ|ところ|人|チーム))/u,
  /(会社|スタジオ|スクール|学校|パートナー)は(あります|ありません|いますか)/u,
  // Russian
  /(^|\s)(ищу|ищем|ищет|посоветуйте|порекомендуйте|подскажите)(\s|$)/u,
  /кто\s+(может|мог бы|сделает|делает|занимается)/u,
  /(какие\s+(студии|компании|школы|центры)|нужн(а|ы|о)\s+(студия|подрядчик|партн[её]р|школа))/u,
  // Uzbek
  /(qidiryapman|qidiryapmiz|izlayapman|izlayapmiz|kim qila oladi|tavsiya (qiling|bering))/u,
  /qaysi (studiya|kompaniya|markaz|maktab)/u,
  // Indonesian, Thai, Kazakh
  /\b(mencari|cari|siapa yang bisa|rekomendasi|ada (studio|perusahaan|lembaga|pusat))\b/u,
  /(กำลังหา|หาสตูดิโอ|หาบริษัท|แนะนำ|ใครรับ|มีสตูดิโอ|มีบริษัท|มีศูนย์)/u,
  /(іздеймін|іздейміз|кім жасай алады|ұсыныңыз|қандай (студия|компания|орталық))/u,
];

/** Asking for a fact: how many, when, what is, why… */
const factPatterns: RegExp[] = [
  /\b(how (many|much|long)|when|what (is|are|was|were|did|does)|why|where is)\b/u,
  /\b(who is|who are|who (signed|founded|leads|runs))\b/u,
  /(몇|언제|무엇|뭐|왜|얼마|누구인가|누가)/u,
  /\b(bao nhiêu|khi nào|là gì|tại sao|vì sao|ai là)\b/u,
  /(何人|いつ|何が|なぜ|どのくらい|とは)/u,
  /(сколько|когда|почему|что такое|кто такой|кто подписал)/u,
  /\b(nechta|qachon|nima uchun|necha)\b/u,
];

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
  return kindWords.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

export function classifyQuestion(question: string, glossary?: Glossary): QuestionIntent {
  const text = normalizeText(question);
  const asksForSomeone = partnerPatterns.some((pattern) => pattern.test(text));
  // Partner search needs work to look for (a skill, role or department), not only a kind of organization.
  const namesWork =
    glossary === undefined ||
    glossary.findConcepts(question).some((hit) => {
      const category = glossary.concepts.get(hit.conceptId)?.category;
      return category === 'skill' || category === 'role' || category === 'department' || category === 'service';
    });
  const partner = asksForSomeone && namesWork;
  const factMarkers = factPatterns.some((pattern) => pattern.test(text));
  return { partner, fact: !partner || factMarkers };
}
