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

/** People or teams who might do the work, in the languages the patterns below look for them. */
const agents = {
  ko: '(?:곳|데|업체|회사|스튜디오|학원|센터|기관|팀|사람|분|프리랜서|강사|외주처)',
  ja: '(?:会社|スタジオ|スクール|学校|教室|業者|人|方|チーム|ところ|所|フリーランス)',
  uz: '(?:studiya|markaz|firma|kompaniya|operator|maktab|jamoa|mutaxassis|odam|kurs|joy)',
  kk: '(?:студия|орталық|компания|команда|оператор|мектеп|маман|адам|курс)',
};

/**
 * Asking for someone who does something, per language (matched on the lower-cased question): asking who
 * does it, whether anyone does it, where to find, hire or learn it, saying it is needed or sought, asking
 * for a recommendation. A question must also name work the lexicon knows (see classifyQuestion).
 */
const partnerPatterns: RegExp[] = [
  // English
  new RegExp(
    `\\b(?:who|which ${organizations})\\s+` +
      '(?:can|could|does|do|should|offers?|provides?|trains?|teaches?|makes?|handles?)\\b',
    'u',
  ),
  new RegExp(
    `\\b(?:looking for|searching for|search for|need|needs|find|recommend|suggest)\\b.{0,40}\\b${organizations}\\b`,
    'u',
  ),
  new RegExp(`\\b(?:any|a|an)\\s+${organizations}\\s+(?:that|who|which|for|to)\\b`, 'u'),
  new RegExp(`\\bany\\s+${organizations}\\s+\\p{L}+ing\\b`, 'u'),
  /^(?:need|looking for|hiring)\b/u,
  /\b(?:is there|are there|where (?:can|could|do|should) (?:i|we)|(?:i|we) need)\b/u,
  /\b(?:need (?:a|an|some|someone)|looking for|hiring|to hire|recommend)\b/u,
  // Korean
  /(찾고\s*있|찾습니다|찾아\s*주|찾아요|찾는\s*중|추천해|추천\s*부탁|소개해|구해요|구합니다|구함|구하고|구하는\s*중)/u,
  new RegExp(
    `${agents.ko}\\s*(?:이|가|은|는|도)?\\s*(?:있나요|있을까요|있어요|있습니까|있음|있는지|없나요|없을까요|어디|추천)`,
    'u',
  ),
  /(할\s*수\s*있는|가능한|해\s*주는|해\s*줄)\s*(곳|업체|회사|스튜디오|팀|분|사람)|(연결|소개|추천)해\s*주(나요|세요|실|시나요|ㄹ\s*수)/u,
  /어디\s*(가|서|에서)?\s*(괜찮|좋|잘|구하|찾|배우|맡기|알아보)/u,
  /누가\s*.{0,30}(교육|가르치|가르쳐|양성|육성|대행|해\s*주|해\s*줄|할\s*수\s*있)/u,
  // Vietnamese
  /\b(có|tìm|cần tìm|cần|giới thiệu)\s+(trung tâm|studio|công ty|đơn vị|đối tác|xưởng|trường|nhóm)\b/u,
  /\b(có|tìm|cần tìm|cần|giới thiệu)\s+(ai|bên|người|đội|ekip|team|freelancer)\b/u,
  /\b(trung tâm|studio|công ty|đơn vị|đối tác|trường|bên|chỗ) nào\b/u,
  /\bai (có thể|làm được|nhận|dạy|đào tạo|làm)\b/u,
  /\b(ở đâu|chỗ nào)\b/u,
  // Japanese
  /(探して|探せば|探しています|紹介して|紹介いただけ|おすすめ|募集|頼みたい|頼める|お願いしたい|お願いできる|やってくれる|してくれる|できる(会社|スタジオ|ところ|人|チーム|業者))/u,
  new RegExp(
    `${agents.ja}(?:さん)?(?:って|は|が|も)?(?:ありますか|ありませんか|あります？|ある？|いますか|いませんか|いる？|知りませんか)`,
    'u',
  ),
  /(誰が|どこが).{0,30}(教え|育成|指導|やって|できる|請け負)|どこで(探|見つけ|頼|学|習|依頼)/u,
  /(している|してる|できる|やってる|教えてる|教えている)(ところ|会社|学校|スクール|スタジオ)(は|って)どこ/u,
  /(教えてる|教えている|教えてくれる|やってる|やっている)(会社|スタジオ|スクール|学校|教室|業者|人|ところ)/u,
  // Russian
  /(^|\s)(ищу|ищем|ищет|посоветуйте|порекомендуйте|подскажите)(\s|$)/u,
  new RegExp(
    'кто\\s+(?:(?:ещё|еще|там|здесь|у нас|в [^\\s]+)\\s+)*' +
      '(может|мог бы|сделает|делает|занимается|обучает|учит|преподаёт|преподает|снимет|возьм[её]тся|бер[её]тся)',
    'u',
  ),
  /(какие\s+(студии|компании|школы|центры)|нужн(а|ы|о)\s+(студия|подрядчик|партн[её]р|школа))/u,
  /(^|\s)(есть ли|где (найти|взять|заказать|можно|учат|обучают)|нужен|нужна|нужны|требуется|требуются)(\s|$)/u,
  // Uzbek
  /(qidiryapman|qidiryapmiz|izlayapman|izlayapmiz|kim qila oladi|tavsiya (qiling|bering)|qayerdan|bormi|bor mi|kerak)/u,
  /qaysi (studiya|kompaniya|markaz|maktab)/u,
  new RegExp(`(?:digan|ydigan)\\s+(?:\\S+\\s+)?${agents.uz}`, 'u'),
  // Indonesian
  /\b(mencari|cari|siapa yang|rekomendasi|butuh|perlu)\b/u,
  /\bada (yang|studio|perusahaan|lembaga|pusat|sekolah|tim|jasa|vendor)\b/u,
  // Thai
  /(กำลังหา|หาสตูดิโอ|หาบริษัท|หาทีม|หาคน|อยากหา|อยากได้|แนะนำ|ใครรับ|ใครทำ|ใครสอน)/u,
  /(มีสตูดิโอ|มีบริษัท|มีศูนย์|มีโรงเรียน|มีที่ไหน|ที่ไหนบ้าง)/u,
  // Kazakh
  /(іздеймін|іздейміз|іздеп|кім жасай алады|ұсыныңыз|ұсынып|қандай (студия|компания|орталық)|бар ма|қайдан|керек)/u,
  new RegExp(`(?:тын|тін|атын|етін|йтын|йтін)\\s+${agents.kk}`, 'u'),
  /кім\s.{0,30}(оқытады|үйретеді|дайындайды|жасайды|түсіреді)/u,
  // Chinese
  /(谁能|谁会|谁可以|誰能|有没有|有沒有|哪里|哪裡|哪儿|哪家|哪些公司|推荐|推薦|需要|找人|求推|有人接)/u,
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
  /\b(berapa|kapan|mengapa|kenapa|apa itu)\b/u,
  /(เมื่อไหร่|เมื่อไร|กี่|ทำไม|อะไร)/u,
  /(қашан|неше|қанша|не үшін)/u,
  /(多少|几个|几位|什么时候|何时|为什么|是谁|哪一年)/u,
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
