/**
 * The grammar of asking for facts, per language: fact question words (how many, when, 몇, いつ, сколько, bao nhiêu,
 * 多少), past events told of (founded, 설립, 設立, основал, 成立), an organization pointed at ("that school", "그
 * 스튜디오"), and asking who or which.
 */
import { pattern, start, end, words } from './question-regex.js';

/** Asking for a fact: how many, when, why, what is, who founded or leads… */
export const factPatterns: RegExp[] = [
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
  /(何人|何名|何社|何年|何校|何本|何作|何件|いつ|何が|何を|なぜ|どうして|どのくらい|どれくらい|とは|誰が(設立|創業|作った|始めた|率い|代表)|代表は誰|社長は誰|誰ですか)/u,
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
export const eventPatterns: RegExp[] = [
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
export const pointedOrganization = new RegExp(
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

/**
 * Asking who or which ("who does the dubbing for Studio Mir's shows?", "кто делает", "誰が", "哪家"): about a named
 * organization, it asks how things stand there, a fact, besides any partners.
 */
export const whoOrWhich = new RegExp(
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
export const whoAsked = new RegExp(
  ['\\b(?:who|кто|ai|kim|siapa|кім)\\b', '누가|누구|誰|だれ|ใคร|谁'].join('|').replaceAll('\\b', `(?:${start}|${end})`),
  'u',
);
