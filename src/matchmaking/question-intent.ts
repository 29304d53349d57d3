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
import type { OrganizationKind, QuestionIntent } from './types.js';

/** A regular expression from alternatives (kept as lists so that each language's words stay readable). */
const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
/** Word edges that know every script (JavaScript's `\b` knows only ASCII letters: "đơn vị", "ищу,"). */
const start = '(?<![\\p{L}\\p{M}\\p{N}])';
const end = '(?![\\p{L}\\p{M}\\p{N}])';
/** Any of the alternatives, anywhere (scripts written without spaces, stems). */
const within = (alternatives: readonly string[]) => new RegExp(anyOf(alternatives), 'u');
/** The alternatives as whole words. */
const words = (alternatives: readonly string[]) => new RegExp(`${start}${anyOf(alternatives)}${end}`, 'u');
/** A pattern whose `\b` edges know every script. */
const pattern = (source: string) => new RegExp(source.replaceAll('\\b', '(?:' + start + '|' + end + ')'), 'u');

const organizations = anyOf([
  'studios?',
  'companies',
  'company',
  'centers?',
  'centres?',
  'schools?',
  'academ(?:y|ies)',
  'institutes?',
  'courses?',
  'classes',
  'vendors?',
  'teams?',
  'crews?',
  'houses?',
  'shops?',
  'agenc(?:y|ies)',
  'organi[sz]ations?',
  'partners?',
  'freelancers?',
  'contractors?',
  'specialists?',
  'experts?',
  'pros?',
  'artists?',
  'people',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'providers?',
  'suppliers?',
  'places?',
  'services?',
]);

/** People or teams who might do the work, in the languages the patterns below look for them. */
const agents = {
  ko: '(?:곳|데|업체|회사|스튜디오|학원|센터|기관|팀|사람|분|프리랜서|강사|외주처|전문가|작가|기사)',
  ja: '(?:会社|スタジオ|スクール|学校|教室|業者|人|方|チーム|ところ|所|フリーランス|先生|講座)',
  uz: '(?:studiya|markaz|firma|kompaniya|operator|maktab|jamoa|mutaxassis|odam|kurs|joy|usta|xizmat)',
  kk: '(?:студия|орталық|компания|команда|оператор|мектеп|маман|адам|курс|топ)',
};

/**
 * Asking for someone who does something, per language (matched on the lower-cased question): asking who
 * does it, whether anyone does it, where to find, hire or learn it, saying one looks for it, asking for a
 * recommendation or an introduction. These forms ask for someone wherever they stand.
 */
const requestPatterns: RegExp[] = [
  // English
  pattern(
    `\\bwho(?:'s|'re)?\\s+` +
      '(?:(?:else|here|around here|in \\S+|near \\S+)\\s+){0,2}' +
      // "which companies does the agency support": "does" before a subject asks about them.
      '(?:can|could|(?:does|do)(?!\\s+(?:the|its|their|it|they|he|she|we|you|i|this|that|these|those)\\b)|' +
      'should|offers?|provides?|trains?|teach(?:es)?|makes?|handles?|takes?|rents?|specializ\\w*|specialis\\w*|' +
      'knows?|is good|are good|good at|available|is doing|are doing)\\b',
  ),
  pattern(`\\bwho(?:'s| is| are|'re)\\s+(?:good|available|reliable|fast|cheap|affordable|doing|offering|teaching)\\b`),
  pattern(
    `\\b(?:looking for|searching for|search for|hire|seeking|help (?:me|us) find)\\b.{0,40}\\b${organizations}\\b`,
  ),
  pattern(
    `\\b(?:a|an|some)\\s+(?:\\S+\\s+){0,3}?${organizations}\\s+(?:that|who|which)\\s+(?:can|could|does|do|offers?|` +
      'provides?|teaches?|trains?|handles?|takes?|rents?|specializ\\w*|works? on)\\b',
  ),
  pattern(`\\b${organizations}\\s+(?:to|who can|that can)\\s+(?:do|make|handle|teach|train|shoot|film|dub|edit)\\b`),
  /^(?:looking for|hiring|seeking|searching for|in search of)\b/u,
  pattern(
    '\\b(?:where (?:can|could|do|should|would) (?:i|we|one|you)|' +
      'where to (?:find|hire|get|learn|study|rent|book|outsource|go)|who to (?:call|contact|ask|hire))\\b',
  ),
  pattern(
    "\\b(?:(?:i|we)(?:'m|'re| am| are) (?:looking|searching|hiring)|looking for|hiring|to hire|" +
      '(?:does|do|can|could) (?:anyone|anybody|someone|somebody)|(?:anyone|anybody) (?:know|knows|here|around)|' +
      'know (?:any|a good|of any|someone|somebody)|can you (?:recommend|suggest|connect|introduce|refer|point)|' +
      '(?:any|some) (?:recommendations?|suggestions?|leads|contacts|tips on who)|' +
      '(?:can|could|would) you (?:please )?(?:recommend|suggest)|please (?:recommend|suggest)|' +
      '(?:want|wants|would like|need) to (?:hire|outsource|find|commission|book|rent))\\b',
  ),
  // Korean
  within([
    '찾고\\s*있',
    '찾습니다',
    '찾아\\s*주',
    '찾아요',
    '찾는\\s*중',
    '찾는데',
    '추천해',
    '추천\\s*(?:부탁|좀|해\\s*주|바랍|받고|받을)',
  ]),
  within([
    '소개해',
    '소개\\s*(?:부탁|좀)',
    '구해요',
    '구합니다',
    '구함',
    '구하고',
    '구하는\\s*중',
    '구인\\s*(?:합니다|중|해요)',
    '섭외',
  ]),
  new RegExp(
    `${agents.ko}\\s*(?:이|가|은|는|도|좀)?\\s*(?:있나요|있을까요|있어요|있습니까|있음|있는지|없나요|없을까요|어디|추천|` +
      '있나|있니|있을까|있으면|없나|없을까|아시는|아는)',
    'u',
  ),
  new RegExp(
    '(?:할\\s*수\\s*있는|가능한|해\\s*주는|해\\s*줄|해\\s*주실|하시는|잘하는|가르치는|가르쳐\\s*주는)\\s*' +
      '(?:곳|업체|회사|스튜디오|팀|분|사람|데|학원|센터|프리랜서|강사)',
    'u',
  ),
  /(연결|소개|추천)해\s*주(나요|세요|실|시나요|ㄹ\s*수)/u,
  /어디\s*(가|서|에서)?\s*(괜찮|좋|잘|구하|찾|배우|맡기|알아보|의뢰)/u,
  /누가\s*.{0,30}(교육|가르치|가르쳐|양성|육성|대행|해\s*주|해\s*줄|할\s*수\s*있)/u,
  /(맡기고\s*싶|맡길|의뢰하고\s*싶|의뢰할|외주\s*(줄|주고|맡)|배우고\s*싶|배울\s*수\s*있는)/u,
  /(아시는\s*분|아는\s*분|아시면|알고\s*계신\s*분)/u,
  // Vietnamese
  pattern(
    '\\b(?:có|tìm|cần tìm|giới thiệu|thuê|kiếm|muốn tìm|muốn thuê|muốn học|xin)\\s+(?:trung tâm|studio|công ty|' +
      'đơn vị|đối tác|xưởng|trường|nhóm|lớp|khóa học|khoá học|chỗ|nơi|ai|bên|người|đội|ekip|team|freelancer|thợ)\\b',
  ),
  pattern('\\bai (?:có thể|làm được|nhận|dạy|đào tạo|làm|biết|chuyên|giới thiệu)\\b'),
  pattern('\\b(?:có ai|ai biết|xin review|xin info|xin thông tin|ở đâu|chỗ nào|nơi nào|cần gấp)\\b'),
  // Japanese
  within(['探して', '探せば', '探し中', '紹介して', '紹介いただけ', '紹介(?:ください|お願い|してもら)']),
  within(['頼みたい', '頼める', 'お願いしたい', 'お願いできる', '依頼したい', '依頼できる', '外注したい']),
  within(['やってくれる', 'してくれる', 'できる(?:会社|スタジオ|ところ|人|チーム|業者)']),
  new RegExp(
    `${agents.ja}(?:さん)?(?:って|は|が|も)?(?:ありますか|ありませんか|あります？|ある？|いますか|いませんか|いる？|知りませんか|` +
      'あれば|いれば|ない？|ないですか)',
    'u',
  ),
  /(誰が|どこが).{0,30}(教え|育成|指導|やって|できる|請け負)|どこで(探|見つけ|頼|学|習|依頼)/u,
  /(している|してる|できる|やってる|教えてる|教えている)(ところ|会社|学校|スクール|スタジオ)(は|って)どこ/u,
  /(教えてる|教えている|教えてくれる|やってる|やっている)(会社|スタジオ|スクール|学校|教室|業者|人|ところ)/u,
  /(知っている人|知ってる人|ご存知の方|ご存じの方|いい(会社|スタジオ|ところ|スクール|学校|人))/u,
  // Russian
  words(['ищу', 'ищем', 'ищет', 'ищут', 'разыскиваю', 'нанять', 'найму', 'наймём', 'наймем']),
  pattern(
    '\\bкто(?:-нибудь|-то)?\\s+(?:(?:ещё|еще|там|здесь|тут|у нас|в [^\\s]+)\\s+)*' +
      '(?:может|мог бы|сможет|умеет|сделает|делает|занимается|обучает|учит|преподаёт|преподает|снимет|' +
      'возьм[её]тся|бер[её]тся|знает)\\b',
  ),
  pattern(
    '\\bгде\\s+(?:(?:можно|бы|ещё|еще|тут|здесь)\\s+){0,2}(?:найти|взять|заказать|учат|обучают|научиться|' +
      'поучиться|выучиться|арендовать|нанять|можно)\\b',
  ),
  pattern('\\b(?:хочу|хотим|хотелось бы)\\s+(?:\\S+\\s+)?(?:заказать|найти|научиться|выучиться|нанять|отдать)\\b'),
  pattern('\\b(?:есть кто|есть кто-нибудь|знаете (?:кого|студи|компани|школ|хорош))'),
  pattern(
    '\\bесть ли\\s+(?:\\S+\\s+){0,4}?(?:кто|студи|компани|школ|курс|центр|команд|подрядчик|специалист|фрилансер|' +
      'агентств|люди|мастер|оператор|преподавател|организаци)',
  ),
  // Uzbek
  words([
    'qidiryapman',
    'qidiryapmiz',
    'qidiraman',
    'qidiramiz',
    'qidirmoqdamiz',
    'izlayapman',
    'izlayapmiz',
    'izlayman',
    'izlaymiz',
    'kim qila oladi',
    'tavsiya qiling',
    'tavsiya bering',
    'tavsiya qilasizmi',
    'maslahat bering',
    'bilasizmi',
    'topsam',
    'topish mumkin',
  ]),
  new RegExp(`${agents.uz}\\S*\\s+(?:\\S+\\s+)?(?:bormi|bor mi|bormikan)`, 'u'),
  new RegExp(`(?:digan|ydigan|adigan)\\s+(?:\\S+\\s+)?${agents.uz}`, 'u'),
  // Indonesian
  words([
    'mencari',
    'cari',
    'nyari',
    'minta saran',
    'ada saran',
    'ada info',
    'ada yang tahu',
    'ada yang tau',
    'siapa yang bisa',
    'siapa saja yang bisa',
    'di mana bisa',
    'dimana bisa',
    'mau belajar',
    'mau sewa',
    'tempat belajar',
  ]),
  pattern('\\bada (?:yang|studio|perusahaan|lembaga|pusat|sekolah|tim|jasa|vendor|kursus|tempat)\\b'),
  // Thai
  within(['กำลังหา', 'หาสตูดิโอ', 'หาบริษัท', 'หาทีม', 'หาคน', 'หาที่', 'อยากหา', 'อยากได้', 'อยากเรียน', 'อยากจ้าง']),
  within(['ใครรับ', 'ใครทำ', 'ใครสอน', 'ใครรู้จัก', 'มีใคร', 'จ้าง', 'รับทำ', 'ช่วยแนะนำ', 'แนะนำหน่อย', 'แนะนำบ้าง']),
  /(มีสตูดิโอ|มีบริษัท|มีศูนย์|มีโรงเรียน|มีทีม|มีคอร์ส|มีที่ไหน|ที่ไหนบ้าง|ที่ไหนดี)/u,
  // Kazakh
  within(['іздеймін', 'іздейміз', 'іздеп', 'кім жасай алады', 'ұсыныңыз', 'ұсынып', 'ұсынасыз', 'кеңес беріңіз']),
  within(['қайдан', 'қай жерде', 'білесіз бе']),
  new RegExp(`(?:тын|тін|атын|етін|йтын|йтін)\\s+${agents.kk}`, 'u'),
  new RegExp(`${agents.kk}\\S*\\s+(?:\\S+\\s+)?(?:бар ма|бар болса)`, 'u'),
  /кім\s.{0,30}(оқытады|үйретеді|дайындайды|жасайды|түсіреді)/u,
  // Chinese
  within(['谁能', '谁会', '谁可以', '誰能', '誰會', '誰可以', '有没有', '有沒有', '哪里', '哪裡', '哪儿']),
  within([
    '找人',
    '有人接',
    '想找',
    '在找',
    '寻找',
    '尋找',
    '找一',
    '找个',
    '找個',
    '找家',
    '能接',
    '可以接',
    '可以租',
    '接外包',
  ]),
  within(['介绍一', '介紹一', '求推']),
  /有.{0,24}?(公司|工作室|团队|團隊|人|机构|機構|学校|學校|培训班|培訓班|老师|老師|棚|地方).{0,8}?(吗|嗎|么|麼)/u,
];

/**
 * Who may take part (apply, register, join): a question about a programme's rules, not a search for someone who
 * does the work ("who can apply for the animation training?", "누가 지원할 수 있나요", "кто может подать заявку").
 */
const eligibilityPatterns: RegExp[] = [
  pattern(
    '\\bwho (?:can|could|may|is eligible to|are eligible to) (?:apply|join|participate|take part|attend|register|' +
      'enrol|enroll|sign up|qualify|receive|get|benefit|submit|enter)\\b',
  ),
  /누가.{0,40}(지원|신청|참여|참가|응모|수강)/u,
  /(誰が|だれが|どんな人が).{0,30}(応募|申し込|申込|参加|申請|受講|利用)/u,
  pattern(
    '\\bкто\\s+(?:\\S+\\s+){0,2}?(?:может|могут|сможет|имеет право)\\s+(?:\\S+\\s+)?(?:подать|участвовать|' +
      'принять участие|записаться|претендовать|получить|податься|поступить)',
  ),
  pattern('\\bai (?:có thể|được|có quyền) (?:đăng ký|tham gia|nộp|ứng tuyển|nhận hỗ trợ|nhận học bổng|hưởng)'),
  pattern("\\bkim\\b.{0,30}(?:ariza|ishtirok|qatnash|ro'yxatdan)"),
  pattern('\\bsiapa (?:saja )?yang (?:bisa|boleh|dapat) (?:mendaftar|daftar|ikut|berpartisipasi|melamar|mengajukan)'),
  /ใคร.{0,30}(สมัคร|เข้าร่วม|มีสิทธิ์)/u,
  /кім.{0,30}(өтініш|қатыса|тіркел)/u,
  /(谁|誰).{0,12}(申请|申請|报名|報名|参加|參加|参与|參與)/u,
];

/**
 * A word of need, advice or recommendation, or asking whether there is any ("need", "is there a studio", "нужен",
 * "подскажите", "kerak", "需要", "推荐"): a request in a part of the question that asks no fact; where the part does,
 * it is a figure, a report's wording or a question about what happened ("how many animators does the industry
 * need?", "what did the report recommend?", "were any studios part of the deal?").
 */
const needPatterns: RegExp[] = [
  // Which organizations do it: a partner search, or a question about them ("which studios signed the deal?").
  pattern(
    `\\b(?:which|what) (?:\\S+\\s+){0,2}?${organizations}\\s+` +
      '(?:(?:else|here|around here|in \\S+|near \\S+)\\s+){0,2}' +
      '(?:can|could|(?:does|do)(?!\\s+(?:the|its|their|it|they|he|she|we|you|i|this|that|these|those)\\b)|' +
      'offers?|provides?|trains?|teach(?:es)?|makes?|handles?|takes?|rents?|specializ\\w*|specialis\\w*)\\b',
  ),
  pattern('\\bкакие\\s+(?:\\S+\\s+)?(?:студии|компании|школы|центры|курсы|команды|подрядчики)\\b'),
  pattern(
    '\\b(?:trung tâm|studio|công ty|đơn vị|đối tác|trường|bên|chỗ|nơi|lớp|khóa học|khoá học|nhóm|đội|team|ekip|' +
      'freelancer|người|thợ) nào\\b',
  ),
  /qaysi (studiya|kompaniya|markaz|maktab|jamoa|kurs)/u,
  /қандай (студия|компания|орталық|мектеп|курс)/u,
  /(哪家|哪些公司|哪些工作室)/u,
  pattern(`\\b(?:is|are) there\\s+(?:\\S+\\s+){0,4}?${organizations}\\b`),
  pattern(`\\bany\\s+(?:\\S+\\s+){0,3}?${organizations}\\b`),
  within(['おすすめ', 'オススメ', 'お勧め', '募集']),
  words(['посоветуйте', 'посоветуете', 'порекомендуйте', 'порекомендуете', 'подскажите', 'подскажете']),
  words(['qayerdan', 'tavsiya']),
  words(['rekomendasi', 'rekomen']),
  words(['gợi ý']),
  /^(?:need|needs|needed)\b/u,
  pattern('\\b(?:i|we)(?:\\s+\\S+)?\\s+(?:need|needs|require)\\b'),
  pattern(`\\b(?:need|needs|require|requires)\\b.{0,40}\\b${organizations}\\b`),
  pattern('\\bneed (?:a|an|some|someone|somebody|help)\\b'),
  /^(?:recommend|suggest)\b/u,
  pattern(`\\b(?:recommend|suggest)\\b.{0,40}\\b${organizations}\\b`),
  /(필요해요|필요합니다|필요한데|필요해서|필요하다|필요함)/u,
  /(必要です|必要なんです|欲しい|ほしい)/u,
  words(['нужен', 'нужна', 'нужны', 'нужно', 'требуется', 'требуются', 'необходим', 'необходима']),
  pattern('\\bнужн(?:а|ы|о)\\s+(?:студия|подрядчик|партн[её]р|школа)\\b'),
  words(['cần', 'đang cần']),
  words(['kerak', 'zarur']),
  words(['butuh', 'perlu', 'membutuhkan', 'memerlukan']),
  /(ต้องการ|แนะนำ)/u,
  /(керек|қажет)/u,
  /(需要|急需|求介|求助|推荐|推薦)/u,
];

/** Asking for a fact: how many, when, why, what is, who founded or leads… */
const factPatterns: RegExp[] = [
  pattern(
    '\\b(?:how (?:many|much|long|old|big|large)|when|what (?:year|date|is|are|was|were|did|does|has|have|happened)|' +
      "what's|why|where (?:is|are|was|were|did)|which year|in what year|since when|how did)\\b",
  ),
  pattern(
    '\\b(?:who (?:is|are|was|were|founded|started|created|runs|ran|leads|led|heads|headed|owns|owned|signed|' +
      'directed|produced|won|funded|hosted|organi[sz]ed|announced|chairs)|whose)\\b',
  ),
  /(몇|언제|무엇|뭐예요|뭐야|뭔가요|뭐죠|왜|얼마|어디에 있|위치가|누구(예요|에요|야|인가요|입니까|죠|지|인지|였))/u,
  /누가\s*.{0,20}(설립|창립|세웠|만들었|이끌|운영하|대표|맡고|맡았)/u,
  pattern('\\b(?:bao nhiêu|khi nào|lúc nào|hồi nào|năm nào|bao giờ|là gì|là ai|tại sao|vì sao|ai là|mấy|gì)\\b'),
  pattern('\\b(?:ở|tại) đâu (?:vậy|thế)?\\s*\\?'),
  /(何人|何社|何年|何校|いつ|何が|何を|なぜ|どうして|どのくらい|どれくらい|とは|誰が(設立|創業|作った|始めた|率い|代表)|代表は誰|社長は誰|誰ですか)/u,
  words([
    'сколько',
    'когда',
    'почему',
    'зачем',
    'что такое',
    'кто такой',
    'кто такая',
    'кто такие',
    'в каком году',
    'где находится',
    'где находятся',
  ]),
  pattern(
    '\\bкто\\s+(?:\\S+\\s+)?(?:основал|основала|создал|создала|руководит|возглавляет|возглавил|подписал|подписала|' +
      'открыл|открыла|запустил|владеет|стоит во главе)\\b',
  ),
  words(['nechta', 'qachon', 'nima uchun', 'necha', 'qancha', 'qaysi yil', 'qayerda joylashgan']),
  pattern('\\b(?:kim\\s*\\?|kim$|kim (?:asos|tashkil|boshqar|rahbar)|rahbari kim|nima\\s*\\?)'),
  words(['berapa', 'kapan', 'mengapa', 'kenapa', 'apa', 'apa itu', 'sejak kapan', 'tahun berapa']),
  pattern('\\bsiapa\\b(?! (?:saja )?yang (?:bisa|dapat|mampu|mau|terima|menerima|melayani|ngajar|mengajar|tahu|tau))'),
  /(เมื่อไหร่|เมื่อไร|กี่|ทำไม|อะไร|ใครเป็น|ใครก่อตั้ง|ปีไหน|ปีอะไร)/u,
  /(қашан|неше|қанша|не үшін|қай жылы|кім басқарады|кім құрды|басқарады\s*\?|кім\s*\?)/u,
  /(多少|几个|几位|幾個|幾位|什么时候|什麼時候|何时|何時|为什么|為什麼|是谁|是誰|哪一年|哪年|什么是|什麼是|谁创办|誰創辦)/u,
  /在(哪里|哪儿|哪裡)\s*[？?]?$/u,
  /(了什么|了什麼|是什么|是什麼)/u,
  /^(?:did|was|were)\s/u,
];

/** A past event told of: founding, opening, signing, launching, announcing… (a thing that happened). */
const eventPatterns: RegExp[] = [
  pattern(
    '\\b(?:founded|opened|signed|launched|established|announced|acquired|released|hosted|held|merged|set up|' +
      'was created|were created|was awarded|won)\\b',
  ),
  /(설립|창립|개관|개원|개교|출범|체결|발표했|발표된|생겼|열렸|세워졌|문을 열|인수했)/u,
  /(設立|創業|創立|開校|開業|開設|締結|発表し|発表され|オープンした|買収)/u,
  pattern(
    '\\b(?:основал\\p{L}*|основан\\p{L}*|открыл(?:а|о|и|ась|ся|ось|ись)?|подписал\\p{L}*|запустил\\p{L}*|' +
      'объявил\\p{L}*|создан\\p{L}*|учрежд\\p{L}*|провел\\p{L}*|провёл\\p{L}*)\\b',
  ),
  pattern('\\b(?:thành lập|ra đời|ký kết|đã ký|khai trương|ra mắt|công bố)\\b'),
  pattern('\\b(?:ochilgan|ochildi|tashkil etilgan|tashkil topgan|asos solgan|asos solingan|imzolagan|imzoladi)\\b'),
  pattern('\\b(?:didirikan|mendirikan|diluncurkan|meluncurkan|menandatangani|ditandatangani|dibuka|diresmikan)\\b'),
  /(ก่อตั้ง|เปิดตัว|ลงนาม|เซ็นสัญญา|เซ็น mou|เปิดสำนักงาน)/u,
  /(құрылды|құрылған|ашылды|ашылған|қол қойды|іске қосты|негізін қалады)/u,
  /(成立|创办|創辦|创立|創立|签署|簽署|签约|簽約|开业|開業|开设|開設|推出了|创建|創建)/u,
];

/** A pointing word before an organization the member has read of: "that school", "그 스튜디오", "その会社". */
const pointedOrganization = new RegExp(
  [
    '\\b(?:that|this|the same) (?:\\S+\\s+){0,2}?(?:studio|company|school|academy|center|centre|agency|institute)\\b',
    '(?<![가-힣])(?:그|해당|저)\\s+(?:\\S+\\s*){0,2}?(?:스튜디오|회사|학원|센터|기관|학교|업체|아카데미)',
    '(?:その|あの|この)\\s*\\S{0,12}?(?:スタジオ|会社|スクール|学校|センター|機関)',
    '\\b(?:эта|эту|этой|та|ту|той|этот|тот|этом|том)\\s+(?:\\S+\\s+)?(?:студи|компани|школ|академи|центр|агентств)',
    '(?:trung tâm|studio|công ty|trường|học viện|hãng)(?: \\S+){0,3}? (?:đó|ấy)\\b',
    "\\b(?:o'sha|bu|shu) (?:\\S+ )?(?:studiya|kompaniya|markaz|maktab|akademiya)",
    '(?:studio|perusahaan|sekolah|lembaga) (?:\\S+ )?(?:itu|tersebut|ini)\\b',
    '(?:สตูดิโอ|บริษัท|โรงเรียน|ศูนย์)\\S{0,16}?(?:นั้น|นี้)',
    '\\b(?:сол|бұл|осы)\\s+(?:\\S+\\s+)?(?:студия|компания|мектеп|орталық)',
    '(?:那家|这家|那个|这个|該|该)\\S{0,10}?(?:公司|工作室|学校|學校|机构|機構|中心)',
  ]
    .join('|')
    .replaceAll('\\b', `(?:${start}|${end})`),
  'u',
);

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
 * Asking who or which ("who does the dubbing for Studio Mir's shows?", "кто делает", "誰が", "哪家"): about a named
 * organization, it asks how things stand there, a fact, besides any partners.
 */
const whoOrWhich = new RegExp(
  [
    '\\b(?:who|whom|which)\\b',
    '\\b(?:кто|какие|какая|какой|какую|ai|kim|qaysi|siapa|кім|қай|қандай)\\b',
    '\\S+ nào\\b',
    '누가|누구|어느|어떤|誰|だれ|どこ|どの|ใคร|ไหน|谁|哪',
  ]
    .join('|')
    .replaceAll('\\b', `(?:${start}|${end})`),
  'u',
);

/** Asking who (not which): "who does the dubbing for Kazakhfilm?" asks who works for that organization. */
const whoAsked = new RegExp(
  ['\\b(?:who|кто|ai|kim|siapa|кім)\\b', '누가|누구|誰|だれ|ใคร|谁'].join('|').replaceAll('\\b', `(?:${start}|${end})`),
  'u',
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
  const parts = questionParts(question).map((part) => {
    const text = normalizeText(part);
    return {
      part,
      text,
      asksFact: factPatterns.some((fact) => fact.test(text)),
      event: eventPatterns.some((event) => event.test(text)),
      requests: requestPatterns.some((request) => request.test(text)),
      needs: needPatterns.some((need) => need.test(text)),
      eligibility: eligibilityPatterns.some((rule) => rule.test(text)),
    };
  });
  return parts.map((read) => ({
    ...read,
    /** It asks for someone: a request form, or a need in a part that asks no fact and tells of no event. */
    asksForSomeone: !read.eligibility && (read.requests || (read.needs && !read.asksFact && !read.event)),
  }));
}

export function classifyQuestion(question: string, glossary?: Glossary): QuestionIntent {
  const text = normalizeText(question);
  const parts = readParts(question);
  const asksForSomeone = parts.some((part) => part.asksForSomeone);
  // Partner search needs work to look for (a skill, role or department), not only a kind of organization.
  const namesWork =
    glossary === undefined || conceptsOf(question, glossary).some((hit) => isWork(glossary, hit.conceptId));
  const partner = asksForSomeone && namesWork;
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
