/**
 * The grammar of asking for a partner, per language: request forms (looking for, who can, ищу, 찾고 있어요, 探して,
 * qidiryapman, cari, หา, іздеймін, 找), questions of who may take part (eligibility, not a partner search), and words
 * of need or recommendation that ask for someone only in a part of a question that asks no fact.
 */
import { anyOf, pattern, within, words } from './question-regex.js';

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
export const requestPatterns: RegExp[] = [
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
    // "where can we …", "where can our editors learn …": the asker or the asker's people.
    '\\b(?:where (?:can|could|do|should|would) ' +
      '(?:i|we|one|you|(?:our|my) (?:\\S+ ){0,2}?(?:learn|study|train|find|hire|get|rent|outsource))|' +
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
  // "…を日貸ししているところを教えてください": someone doing it now, asked to be told of.
  new RegExp(`(?:ている|てる|できる|てくれる|られる)${agents.ja}を(?:教えて|紹介)`, 'u'),
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
  // "где наши монтажёры могут научиться …": the asker's people between "где" and the verb.
  pattern(
    '\\bгде\\s+(?:\\S+\\s+){1,3}?(?:могут|может|могли бы|смогут)\\s+(?:\\S+\\s+)?(?:научиться|поучиться|' +
      'выучиться|обучиться|освоить|найти|заказать|нанять)\\b',
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
  // Where to go to learn or order it: "o'rganish uchun qayerga borsa bo'ladi", "qayerda o'rgansa bo'ladi".
  new RegExp(
    "(?:o'rgan|o'qi|buyurtma|topsa|topish)\\S*\\s+(?:\\S+\\s+){0,2}?qayer(?:ga|da|dan)\\s|" +
      "qayer(?:ga|da|dan)\\s+(?:\\S+\\s+){0,2}?(?:o'rgan|o'qi|buyurtma|murojaat|bors)",
    'u',
  ),
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
export const eligibilityPatterns: RegExp[] = [
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
export const needPatterns: RegExp[] = [
  // Which organizations do it: a partner search, or a question about them ("which studios signed the deal?").
  pattern(
    `\\b(?:which|what) (?:\\S+\\s+){0,2}?${organizations}\\s+` +
      '(?:(?:else|here|around here|in \\S+|near \\S+)\\s+){0,2}' +
      '(?:can|could|(?:does|do)(?!\\s+(?:the|its|their|it|they|he|she|we|you|i|this|that|these|those)\\b)|' +
      'offers?|provides?|trains?|teach(?:es)?|makes?|handles?|takes?|rents?|specializ\\w*|specialis\\w*)\\b',
  ),
  pattern('\\bкакие\\s+(?:\\S+\\s+)?(?:студии|компании|школы|центры|курсы|команды|подрядчики)\\b'),
  pattern(
    '\\b(?:trung tâm|studio|công ty|đơn vị|đối tác|trường|bên|chỗ|nơi|lớp|khóa học|khoá học|khóa|khoá|nhóm|đội|' +
      'team|ekip|freelancer|người|thợ) nào\\b',
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
