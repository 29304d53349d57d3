/**
 * The asked type of a question, in the six languages: how many, how much, when, for how long, where, who, which
 * organization, which work or title, what is — and the question shapes that narrow a type (a year, a day, a school,
 * a partner asked "with whom", a founding).
 */
import type { AskedType } from './answer-units.js';
import { copulaQuestion, sizedMoneyKindsIn, whichMoney } from './money-kinds.js';
import { amountQuestion, moneyAsked, moneyWordQuestion } from './question-money.js';
import { dateQuestion, durationQuestion } from './question-time.js';

function moneyNounAsked(question: string): boolean {
  if (whichMoney.test(question)) return true;
  const kinds = sizedMoneyKindsIn(question);
  // "매출에서 … 차지하는 비중은?": a share of the money is asked, not the money.
  const share = shareOfMarket.test(question.replace(/\b(?:share|stock) prices?\b|\ba share\b/giu, ' '));
  return (
    kinds.length > 0 &&
    !share &&
    copulaQuestion.test(question) &&
    !othersAsked(question) &&
    !countQuestion.test(question)
  );
}

/** "Where does the money come from", "where do the trainees come from": a source, not a place to name. */
const sourceQuestion = /\bwhere\b.*\b(?:come|comes|came|coming)\s+from\b|\bfrom where\b/iu;
/** "What percentage", "bao nhiêu phần trăm", "몇 퍼센트", "何パーセント", "сколько процентов": a share, counted. */
const percentQuestion = new RegExp(
  String.raw`\bwhat (?:percent(?:age)?|share)\b|\bhow many percent\b|(?:bao nhiêu|mấy) phần trăm|몇\s?(?:퍼센트|%|프로)|` +
    '何(?:パーセント|%)|сколько процент|какой процент|necha foiz|berapa persen|' +
    // "취업률은 얼마였어", "就職率はどのくらい", "tỷ lệ … là bao nhiêu": a rate is a share.
    String.raw`[가-힣](?:률|율)(?:은|는|이|가)?\s*(?:얼마|몇)|率(?:は|が)?\s*(?:いくら|どのくらい|どれくらい|何)|` +
    String.raw`(?:tỷ|tỉ) lệ[^?]*(?:bao nhiêu|mấy)|` +
    // A stake asked: "какую долю", "какой долей", "지분을 얼마나", "持ち株比率は": a share of the company, in percent.
    String.raw`(?<!\p{L})как(?:ую|ой|ова)\s+(?:[\p{L}-]+\s+)?дол(?:ю|ей|я)(?!\p{L})|지분(?:율)?(?:을|은|이|는)?\s*(?:얼마|몇)|` +
    // A share asked by its noun: "market share", "what proportion", "비중은 얼마", "비율은?", "比率は?", "構成比は",
    // "占比多少", "比例是多少", "百分之几", "bao nhiêu %", "กี่เปอร์เซ็นต์", "ร้อยละเท่าไร", "สัดส่วนเท่าไร".
    String.raw`\b(?:market|audience|viewing|box[- ]office) share\b|\bwhat (?:proportion|fraction|portion)\b|` +
    String.raw`\bhow much of (?:the|its|their) market\b|` +
    String.raw`(?:비중|비율|점유율)(?:은|는|이|가)?\s*(?:얼마|몇|[?？]?\s*$)|` +
    String.raw`(?:比率|構成比|割合|シェア|占有率)(?:は|が|って)?\s*(?:いくら|どのくらい|どれくらい|何|[?？]?\s*$)|` +
    String.raw`(?:占比|比例|比重|份额|占有率)(?:是|为|有)?\s*多少|百分之几|` +
    String.raw`(?:bao nhiêu|mấy)\s*%|` +
    String.raw`กี่\s?(?:เปอร์เซ็นต์|%)|ร้อยละ\s?(?:เท่าไร|เท่าไหร่)|` +
    String.raw`(?:สัดส่วน|ส่วนแบ่ง)\p{Script=Thai}*?(?:เท่าไร|เท่าไหร่)`,
  'iu',
);
/**
 * "SWA는 어떤 기관이야?", "What kind of school is Northwind?": what the entity is, not which one — a description.
 */
const kindOfQuestion = new RegExp(
  [
    String.raw`(?:은|는)\s*(?:어떤|무슨)\s?[가-힣]{1,6}(?:이야|야|이에요|예요|인가요|입니까|이지|일까)\s*[?？]?$`,
    String.raw`\bwhat (?:kind|sort|type) of \w+ (?:is|are|was|were)\b`,
  ].join('|'),
  'iu',
);
/** "Which minister", "what director", "어느 감독", "какой режиссёр": a person by the role asked. */
const roleQuestion = new RegExp(
  [
    String.raw`\b(?:which|what)\s+(?:[\w'-]+\s+)?(?:ministers?|directors?|ceos?|heads?|founders?|presidents?|` +
      String.raw`chair(?:man|woman|person)?|producers?|managers?|secretar(?:y|ies)|officials?|executives?|mayors?|` +
      String.raw`governors?|ambassadors?|spokes(?:man|woman|person))\b(?!\s+(?:of|at|for)\s+(?:the\s+)?\w+\s*\??$)`,
    String.raw`(?:어느|어떤)\s?(?:감독|장관|대표|사장|회장|임원|작가)`,
    String.raw`(?<!\p{L})как(?:ой|ая|ие|ого|ому|им)\s+(?:министр|режисс[её]р|директор|руководител|продюсер)`,
  ].join('|'),
  'iu',
);
export const schoolQuestion = new RegExp(
  [
    String.raw`\b(?:which|what)\s+(?:\w+\s+)?(?:schools?|universit(?:y|ies)|colleges?|institutes?|academ(?:y|ies))\b`,
    String.raw`(?:어느|어떤)\s?(?:대학|학교)|(?:대학|학교)(?:은|는|이|가)?\s*(?:어디|누구)`,
    'trường nào|đại học nào|học viện nào',
    'どの(?:大学|学校)|どこの(?:大学|学校)',
    // Every case of "какой": "с каким университетом" (with which university) too.
    String.raw`как(?:ой|ая|ое|ие|ом|ую|им|ими|ого|ому|их)\s+(?:университет|колледж|вуз|институт|академи|школ|училищ)`,
    'qaysi (?:universitet|maktab|kollej)',
  ].join('|'),
  'iu',
);
export const withWhomQuestion = new RegExp(
  [
    String.raw`\bwith whom\b|\bwho\b.*\bwith\s*\??$`,
    String.raw`(?<!\p{L})с кем(?!\p{L})`,
    '누구(?:와|랑|하고)|誰と|だれと|với ai|cùng ai|kim bilan',
  ].join('|'),
  'iu',
);
/**
 * How big a place is ("얼마나 커", "広さは", "面积多大", "какая площадь", "diện tích bao nhiêu", "how many square feet"):
 * a size, said with a number (square feet, floors, seats), not money.
 */
const sizeQuestion = new RegExp(
  [
    String.raw`얼마나\s?(?:커|큰|크|넓)|면적|広さ|面積|面积|(?<!\p{L})(?:площад|размер)\p{L}*|diện tích|rộng bao nhiêu`,
    String.raw`\b(?:how (?:big|large)|square (?:feet|foot|met(?:er|re)s))\b`,
    '有?多大(?!年纪)',
  ].join('|'),
  'iu',
);
const marketAsked = /市场|市場|thị trường|시장|(?<!\p{L})рын(?:ок|ка|ке|ку)|\bmarkets?\b/iu;
/** A market's share ("North America's slice of the market", "점유율", "占比") is counted, not money. */
const shareOfMarket =
  /\b(?:share|slice|portion|part|percent)\b|비중|점유율|占比|份额|シェア|доля|долю|thị phần|tỷ trọng/iu;
const countQuestion = new RegExp(
  [
    String.raw`\b(?:how many|number of|how large|how big)\b`,
    '몇|bao nhiêu|mấy|何人|何社|何校|何本|何件|何回|何名|何カ国|何か国|何ヶ国|何ケ国|いくつ|сколько|nechta|necha|qancha',
    String.raw`\bberapa\b`,
    String.raw`(?:[가-힣]+)\s?수(?:는|가|를)?\s*\??$`,
    // Japanese: "来場者数は?", "社員数は": a number asked by its noun.
    String.raw`\p{Script=Han}数(?:は|って)\s*(?:いくつ|どのくらい|どれくらい)?\s*[?？]?\s*$`,
    // Chinese: "多少家企业", "几届", "有多少".
    '多少|几(?=[个家部名位所项件条集次届场本款人])',
    // Thai: "กี่" before a counter ("กี่คน", "กี่ตอน", "กี่ประเทศ"), "จำนวนเท่าไร", "เท่าไร" alone.
    'กี่|จำนวน(?:เท่าไร|เท่าไหร่)|เท่าไร|เท่าไหร่',
  ].join('|'),
  'iu',
);
const personQuestion = new RegExp(
  [
    String.raw`\b(?:who|whom|whose)\b|누구|누가|\bai\b|誰|だれ`,
    String.raw`(?<!\p{L})кто(?!\p{L})|(?<!\p{L})кого(?!\p{L})|(?<!\p{L})кем(?!\p{L})`,
    String.raw`\bkim\b|\bkimlar\b|\bsiapa(?:kah)?\b`,
    '谁',
    // Thai: "ใคร".
    'ใคร',
  ].join('|'),
  'iu',
);
const placeQuestion = new RegExp(
  [
    String.raw`\b(?:where|which cit(?:y|ies)|which countr(?:y|ies)|what cit(?:y|ies)|what countr(?:y|ies)|` +
      String.raw`which regions?|in which|(?:which|what) (?:building|district|neighbou?rhood|street|venue|address)s?)\b`,
    '어디|어느 (?:나라|도시|지역)|ở đâu|tại đâu|nơi nào|thành phố nào|nước nào|quốc gia nào|どこ|どの(?:国|都市|地域)',
    // "nằm ở khu nào", "quận nào", "tỉnh nào": which area, district or province.
    '(?:khu(?: vực)?|quận|huyện|tỉnh|vùng|phường|địa điểm) nào',
    String.raw`(?<!\p{L})где(?!\p{L})|(?<!\p{L})куда(?!\p{L})|в каком (?:городе|регионе)|в какой стране`,
    'qayerda|qayer|qaysi (?:shahar|davlat|mamlakat)',
    String.raw`\b(?:di ?mana|ke ?mana|kota (?:apa|mana)|negara (?:apa|mana))\b`,
    '哪里|哪儿|在哪|哪个(?:城市|国家|地区)|哪座城市',
    // Thai: "ที่ไหน", "ที่ใด", "ประเทศไหน", "เมืองอะไร".
    'ที่(?:ไหน|ใด)|(?:ประเทศ|เมือง|จังหวัด|ภูมิภาค|สถานที่)(?:ไหน|ใด|อะไร)',
  ].join('|'),
  'iu',
);
const organizationQuestion = new RegExp(
  [
    // "what do partner universities get" asks what they get: an auxiliary after "what" opens another question.
    String.raw`\b(?:which|what)\s+(?!(?:do|does|did|is|are|was|were|will|can|could|has|have|had)\b)(?:\w+\s+)?` +
      String.raw`(?:company|companies|organi[sz]ations?|studios?|agenc(?:y|ies)|firms?|` +
      String.raw`institutions?|schools?|universit(?:y|ies)|broadcasters?|platforms?|partners?|` +
      String.raw`investors?|institutes?|bod(?:y|ies)|associations?|unions?|guilds?|councils?|foundations?|` +
      String.raw`ministr(?:y|ies)|departments?|groups?|banks?)\b`,
    String.raw`(?:어느|어떤|어떠한)\s?(?:회사|기업|기관|단체|스튜디오|업체|대학|학교|투자사|플랫폼|방송사|채널|배급사|제작사)`,
    String.raw`(?:회사|기업|기관|단체|업체|곳|제작사|투자사|배급사|협력사|대학|학교|스튜디오|협회|재단|방송사|플랫폼|` +
      String.raw`방송국|채널|투자자|벤처캐피탈|운용사|주주)` +
      // "스튜디오는 어디에 있어", "어디서 열려": 어디 with a particle of place asks where the body is, not which one.
      String.raw`(?:은|는|이|가)?\s*(?:어디(?!\s*(?:에|서|로|쯤))|누구)`,
    // "어디랑 협약했어", "どことの提携": the partner asked as "where with".
    String.raw`어디(?:와|랑|하고)(?![가-힣])|どこと`,
    // "những công ty Nhật Bản nào": the kind, a few words, then "nào".
    // "tổ chức ở thành phố nào" (held in which city) organizes; the words between say no place.
    String.raw`(?:công ty|tổ chức|đơn vị|hãng|studio|trường|nền tảng|kênh|đài)` +
      String.raw`(?:\s+(?!(?:ở|tại)(?!\p{L}))[\p{L}]+){0,3}\s+(?<!(?:thành phố|nước|quốc gia|tỉnh|khu vực)\s+)nào`,
    'どの(?:会社|企業|団体|機関|スタジオ|大学|学校|放送局|テレビ局|局|チャンネル)|' +
      'どこの(?:会社|企業|団体|機関|スタジオ|大学|学校|放送局|テレビ局|局|チャンネル)',
    // "持株会社はどこ", "提携先はどこ": an organization asked with "where".
    // "スタジオはどこにある", "どこで開催": どこ with a particle of place asks where, not which body.
    '(?:会社|企業|団体|機関|スタジオ|先|相手|大学|学校|株主)(?:は|が)?\\s*どこ(?!\\s*(?:に|で|へ|から))',
    // "制作会社は?": a kind of body asked alone.
    '(?:会社|企業|団体|機関|スタジオ|配給|制作|提携先|株主)(?:は|って)\\s*[?？]?\\s*$',
    String.raw`как(?:ая|ое|ие|ой|ую|им|ими|ого|ому|их)\s+` +
      String.raw`(?:компани|кинокомпани|студи|организаци|агентств|университет|школ|колледж|училищ|платформ|` +
      String.raw`фонд|телеканал|канал|холдинг|банк|дистрибьютор|онлайн-кинотеатр|сервис)`,
    'qaysi (?:kompaniya|tashkilot|studiya)',
    String.raw`\b(?:perusahaan|lembaga|organisasi|studio|universitas|sekolah|kampus|asosiasi|platform|` +
      String.raw`rumah produksi|stasiun televisi|televisi|bank|investor|distributor)\s+(?:apa|mana)\b`,
    '哪(?:家|个|些|所)(?:公司|企业|机构|工作室|学校|大学|学院|单位|平台|频道|电视台|卫视|网站|银行|基金|出版社)|' +
      '(?:母公司|公司|机构)是(?:哪|谁)',
    // Thai: "บริษัทไหน", "สตูดิโออะไร", "ค่ายไหน", "หน่วยงานใด".
    '(?:บริษัท|สตูดิโอ|ค่าย|หน่วยงาน|องค์กร|สถาบัน|มหาวิทยาลัย|โรงเรียน|สมาคม|ช่อง|แพลตฟอร์ม)(?:ไหน|ใด|อะไร)',
  ].join('|'),
  'iu',
);
const definitionQuestion = new RegExp(
  [
    String.raw`\b(?:what is|what are|what's|what was)\b|무엇인가|뭔가요|란\s?무엇|이란|là gì|とは|что такое|\bnima\b|คืออะไร`,
    // "What does OTT mean", "OTT는 뭐야", "OTTって何", "什么是", "是什么意思", "что означает", "apa itu", "หมายถึงอะไร".
    String.raw`\bwhat does\b.*\b(?:mean|stand for)\b|\bmeaning of\b`,
    String.raw`[\p{L}\d](?:은|는|이|가|란)\s*(?:뭐|무엇)(?:야|예요|이에요|이야|인가요|죠)?\s*[?？]?\s*$`,
    'って(?:何|なに|なん)|什么是|是什么(?:意思)?|什么意思',
    String.raw`(?<!\p{L})что (?:означает|значит|представляет собой)(?!\p{L})`,
    String.raw`\bapa(?:kah)? itu\b|\bapa yang dimaksud\b|\bapa arti\b`,
    'หมายถึงอะไร|หมายความว่าอะไร',
  ].join('|'),
  'iu',
);

/**
 * Which work, which title: "which film …", "what was the project called", "어떤 작품", "どの作品", "企画は?",
 * "phim nào", "какой фильм", "qaysi loyiha"; a theme or a slogan is asked by its quoted words too.
 */
const titleQuestion = new RegExp(
  [
    // "What was Webtoon's revenue": an auxiliary then a name asks about the name's thing, not which work.
    String.raw`\b(?:which|what)\s+` +
      String.raw`(?!(?:is|are|was|were|do|does|did|has|have|had)\s+(?!(?:the|its|their|his|her)\s))` +
      String.raw`(?:[\w'-]+\s+){0,2}(?:films?|movies?|shows?|series|titles?|projects?|animes?|` +
      String.raw`animated (?:films?|series|features?)|dramas?|webtoons?|features?|shorts?|` +
      String.raw`documentar(?:y|ies)|games?)\b` +
      // "which film body", "what film festival": the work word describes an organization.
      String.raw`(?!\s+(?:bod(?:y|ies)|compan(?:y|ies)|studios?|festivals?|markets?|schools?|associations?|` +
      String.raw`agenc(?:y|ies)|` +
      String.raw`organi[sz]ations?|institutes?|funds?|commissions?|councils?|unions?|guilds?|academ(?:y|ies)))`,
    String.raw`\bwhat (?:is|was|are|were|'s) (?:the |their |its |his |her )?(?:theme|slogan|title)\b`,
    // "What's the name of the joint venture / the new studio / the scheme": a name, not a description.
    String.raw`\bwhat(?:'s| is| was) the (?:new |official )?name of\b(?!\s+(?:the\s+)?(?:[\w'’]+\s+)?` +
      String.raw`(?:director|ceo|head|founder|chair\w*|president|producer|writer|author)\b)`,
    String.raw`\b(?:called|titled|named)\s*\??$`,
    String.raw`(?:어떤|어느|무슨)\s?(?:작품|영화|드라마|애니메이션|애니|웹툰|시리즈|프로젝트|게임)`,
    // "개막작은 뭐야", "차기작은 뭐야": a word for a work by its place in a programme or a career.
    String.raw`(?:작품|영화|드라마|애니메이션|웹툰|시리즈|프로젝트|게임|개막작|폐막작|신작|출품작|상영작|수상작|데뷔작|` +
      String.raw`차기작|대표작|후속작)(?:은|는|이|가)?\s*` +
      String.raw`(?:(?:뭐|무엇)(?:야|예요|이야|인가요|일까|지)?|어떤 ?것|어디)?\s*[?？]?$`,
    String.raw`(?:주제|슬로건|제목|타이틀)(?:가|는|은|이)\s*(?:뭐|무엇)`,
    String.raw`(?:どの|どんな|何という|なんという)\s?(?:作品|映画|アニメ|ドラマ|シリーズ|企画|プロジェクト|番組|タイトル|ゲーム)`,
    String.raw`(?:作品|映画|アニメ|企画|番組|タイトル|テーマ|プロジェクト)(?:は|って)(?:どれ|何|なに|なん)?\s*[?？]?$`,
    String.raw`のはどれ\s*[?？]?$`,
    String.raw`(?:phim|bộ phim|tác phẩm|dự án|loạt phim|series|webtoon|trò chơi)\s+(?:[\p{L}]+\s+){0,3}nào`,
    String.raw`chủ đề (?:là )?gì|có tên (?:là )?gì|mang tên gì`,
    // "tại sự kiện nào", "어떤 행사", "どのイベント": which event, by its name.
    String.raw`(?:sự kiện|hội chợ|triển lãm) nào|(?:어떤|어느|무슨)\s?행사|どの(?:イベント|催し)`,
    // "Какой первый полнометражный фильм": a word, then an adjective, may stand before the work.
    String.raw`(?<!\p{L})как(?:ой|ая|ое|ие|ого|ую|им)\s+` +
      String.raw`(?:[\p{L}-]+\s+)?(?:[\p{L}-]+(?:ый|ий|ой|ая|ое|ые|ие|ого|ую)\s+)?` +
      String.raw`(?:фильм|мультфильм|проект|сериал|произведени|` +
      String.raw`картин|аниме|шоу|игр)|как называ|(?<!\p{L})какая тема|(?<!\p{L})какой (?:лозунг|девиз)`,
    String.raw`qaysi (?:film|loyiha|serial|asar|multfilm|o'yin)|nomi nima|mavzusi nima`,
    String.raw`\b(?:film|serial|proyek|judul|karya)\s+(?:[\p{L}-]+\s+){0,3}(?:apa|mana)\b`,
    '哪部|哪(?:些|个)(?:电影|影片|作品|动画|剧|项目)|什么(?:作品|电影|影片|动画|项目)',
    // Thai: "เรื่องไหน", "หนังเรื่องอะไร", "ผลงานใด", "ภาคไหน".
    '(?:เรื่อง|ผลงาน|ภาพยนตร์|หนัง|ซีรีส์|การ์ตูน|ภาค|โครงการ)(?:อะไร|ไหน|ใด)',
  ].join('|'),
  'iu',
);

const whichThing =
  /\b(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|kind|type|sort)\b)\w+/iu;

/** Whether a question asks for something besides money: who, where, how many, which thing ("which trade bodies"). */
function othersAsked(question: string): boolean {
  return (
    /\bhow many\b/iu.test(question) ||
    personQuestion.test(question) ||
    placeQuestion.test(question) ||
    whichThing.test(question)
  );
}

/**
 * A clause that only sets the time of what is asked: "How many employees did it have when Kim joined?", "Сколько
 * сотрудников было, когда назначили …", "When the studio opened, who ran it?". Its "when" is a conjunction followed
 * by a subject ("when did …" asks); the main clause's question word decides the type.
 */
const timeClause = new RegExp(
  [
    String.raw`\bwhen(?:ever)?\s+(?!(?:did|does|do|is|was|were|are|will|would|can|could|has|have|had|should|exactly|` +
      String.raw`and|or|to|until|till)\b)[^,?？]*`,
    // Russian: "…, когда …" after a comma; or leading "Когда …, сколько …" before another question word.
    String.raw`,\s*когда(?!\p{L})[^,?？]*|` +
      String.raw`^\s*когда(?!\p{L})[^,?？]*,(?=\s*(?:сколько|кто|где|как|что|чей|чья|чьи)(?!\p{L}))`,
  ].join('|'),
  'giu',
);

/** The question's type, read from its main clause when a time clause is set apart and the rest still asks something. */
export function classifyQuestion(question: string): AskedType {
  const main = question.replace(timeClause, ' ');
  if (main !== question) {
    const type = classifyClause(main);
    if (type !== 'other') return type;
  }
  return classifyClause(question);
}

function classifyClause(question: string): AskedType {
  if (durationQuestion.test(question)) return 'duration';
  if (percentQuestion.test(question)) return 'count';
  if (sourceQuestion.test(question)) return 'other';
  if (kindOfQuestion.test(question)) return 'definition';
  if (roleQuestion.test(question)) return 'person';
  if (titleQuestion.test(question) && !dateQuestion.test(question) && !countQuestion.test(question)) return 'title';
  if (organizationQuestion.test(question) && !dateQuestion.test(question) && !countQuestion.test(question))
    return 'organization';
  // How big a market is: its size in money ("How big is the animation market?", "市场规模有多大?").
  if (sizeQuestion.test(question))
    return marketAsked.test(question) && !shareOfMarket.test(question) ? 'amount' : 'count';
  if (amountQuestion.test(question) && !/\bhow many\b/i.test(question)) return 'amount';
  if (moneyAsked(question)) return 'amount';
  if (dateQuestion.test(question)) return 'date';
  if (moneyNounAsked(question)) return 'amount';
  if (moneyWordQuestion.test(question) && !othersAsked(question)) return 'amount';
  if (countQuestion.test(question)) return 'count';
  if (organizationQuestion.test(question)) return 'organization';
  if (personQuestion.test(question)) return 'person';
  if (placeQuestion.test(question)) return 'place';
  if (definitionQuestion.test(question)) return 'definition';
  return 'other';
}
