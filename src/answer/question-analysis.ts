/**
 * What a question asks, in the six languages: the asked type (count, amount, date, place,
 * person, organization, definition, other), what a count counts, and the question's terms
 * with their role — entities (names, acronyms, organizations, aliases the articles state)
 * weigh more than topic words. Each term carries every key it may be found under: its word,
 * its lexicon concept, its alias group, the loose key of the name it belongs to.
 */
import type { AliasIndex } from '../knowledge/article-aliases.js';
import type { Glossary } from '../knowledge/glossary.js';
import { looseNameKey } from '../knowledge/romanize.js';
import { looseKeysOf } from '../retrieval/name-keys.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { type AskedType, employment, moneyKindsIn } from './answer-units.js';
import { founded } from './asked-unit.js';
import { numbersIn } from './asked-unit.js';
import { isQuestionWord, koreanNounStem, questionText } from './question-words.js';

export interface QuestionTerm {
  /** Any of these keys in a sentence matches the term. */
  keys: string[];
  /** The word key, also matched as the start of a longer word (compounds, stems). */
  word?: string | undefined;
  role: 'entity' | 'place' | 'topic';
  /** Weight before rarity. */
  weight: number;
  /** Broader concepts: a text naming only those matches in part. */
  broader: string[];
  /** What a count question counts: satisfied by the count unit itself. */
  counted?: boolean;
  /** A role ("CEO", "대표", "директор"): who is asked about must hold it. */
  relation?: boolean;
  /**
   * The words of a name the articles state as an alias ("Edinburgh College of Art"): a text naming only part of
   * it matches by its rarest word, never by a common one ("art", "of").
   */
  nameWords?: string[];
  /** Where a plain word stands in the question (0 = first word). */
  position?: number;
}

export interface QuestionAnalysis {
  type: AskedType;
  /** A date question that asks for a year ("what year", "몇 년", "何年"). */
  year?: boolean;
  /** A date question that asks for a day ("what date", "며칠", "ngày nào"): a year or "this year" does not answer. */
  day?: boolean;
  /** An organization question that asks for a school ("which university", "어느 학교", "대학은 어디"). */
  school?: boolean;
  /**
   * A person question that asks with whom something was done ("with whom", "с кем", "누구와", "誰と", "với ai"): a
   * partner, as often an organization as a person.
   */
  partner?: boolean;
  /** For a date or a year: whether the founding is asked ("when was X founded", "창업 연도", "何年にできた"). */
  founding?: boolean;
  /** For an amount: the kinds of money asked about (investment, revenue, pay, cost, prize, rebate). */
  moneyKinds?: Set<string>;
  /** For a count: the counted word's keys and whether it counts people. */
  counted?: { keys: Set<string>; people: boolean; percent: boolean; workforce: boolean } | undefined;
  terms: QuestionTerm[];
  /** Lower-cased words of the question's entities (an answer must name something else). */
  entityWords: Set<string>;
  /** Numbers the question names itself (a sentence repeating them does not answer with them). */
  numbers?: Set<string>;
  /** The asker's language, when known (a sentence in another language cannot share its plain words). */
  language?: string | undefined;
}

const amountQuestion = new RegExp(
  [
    String.raw`\bhow much\b`,
    String.raw`\b(?:budget|cost|price|fee|tuition)\b`,
    'kinh phí|chi phí|ngân sách|예산|비용|사업비|투자금|予算|費用|бюджет|стоимост|narx|byudjet',
    String.raw`\b(?:budget|cost|price|worth|invest(?:ed|ment)?|fund(?:ing)?|revenue|sales)\b.*\?`,
    String.raw`얼마|금액|규모|투자[^?]*\?`,
    'bao nhiêu tiền|trị giá|bao nhiêu (?:đồng|usd|tỷ)|いくら|金額|投資額',
    'сколько (?:стоит|стоил|денег|рубл|долл)|какая сумма|qancha pul|qancha mablag',
  ].join('|'),
  'iu',
);
const dateQuestion = new RegExp(
  [
    String.raw`\b(?:when|what year|which year|what date|which month|what month|since when|how long ago)\b`,
    '언제|몇 년(?:도)?에|몇 월|며칠|khi nào|bao giờ|năm nào|ngày nào|tháng nào|thời gian nào',
    'いつ|何年に|何月|何日|когда|в каком году|какого числа|в каком месяце|qachon|qaysi yil|qaysi oy',
  ].join('|'),
  'iu',
);
const schoolQuestion = new RegExp(
  [
    String.raw`\b(?:which|what)\s+(?:\w+\s+)?(?:schools?|universit(?:y|ies)|colleges?|institutes?|academ(?:y|ies))\b`,
    String.raw`(?:어느|어떤)\s?(?:대학|학교)|(?:대학|학교)(?:은|는|이|가)?\s*(?:어디|누구)`,
    'trường nào|đại học nào|học viện nào',
    'どの(?:大学|学校)|どこの(?:大学|学校)',
    String.raw`как(?:ой|ая|ое|ие|ом|ую)\s+(?:университет|колледж|вуз|институт|академи|школ|училищ)`,
    'qaysi (?:universitet|maktab|kollej)',
  ].join('|'),
  'iu',
);
const withWhomQuestion = new RegExp(
  [
    String.raw`\bwith whom\b|\bwho\b.*\bwith\s*\??$`,
    String.raw`(?<!\p{L})с кем(?!\p{L})`,
    '누구(?:와|랑|하고)|誰と|だれと|với ai|cùng ai|kim bilan',
  ].join('|'),
  'iu',
);
/** A founding asked in other words: "when did X start", "生まれた", "できた会社", "làm từ năm nào". */
const foundingAsked =
  /\b(?:start(?:ed)?|begin|began|launch(?:ed)?|open(?:ed)?|born|created)\b|생겼|시작|できた|始ま|生まれ|bắt đầu|khai trương|появил|началась|начал|boshlan/iu;
const dayQuestion =
  /\b(?:what|which) (?:date|day)\b|며칠|몇 월 며칠|몇월 며칠|ngày nào|ngày bao nhiêu|何日|何月何日|какого числа|qaysi kun/iu;
const yearQuestion =
  /\b(?:what|which) year\b|연도|년도|몇 년|何年|năm nào|năm bao nhiêu|в каком году|какого года|qaysi yil/iu;
const countQuestion = new RegExp(
  [
    String.raw`\b(?:how many|number of|how large|how big)\b`,
    '몇|bao nhiêu|mấy|何人|何社|何校|何本|何件|何回|何名|何カ国|何か国|いくつ|сколько|nechta|necha|qancha',
    String.raw`(?:[가-힣]+)\s?수(?:는|가|를)?\s*\??$`,
  ].join('|'),
  'iu',
);
const personQuestion = new RegExp(
  [
    String.raw`\b(?:who|whom|whose)\b|누구|누가|\bai\b|誰|だれ`,
    String.raw`(?<!\p{L})кто(?!\p{L})|(?<!\p{L})кого(?!\p{L})|(?<!\p{L})кем(?!\p{L})`,
    String.raw`\bkim\b|\bkimlar\b`,
  ].join('|'),
  'iu',
);
const placeQuestion = new RegExp(
  [
    String.raw`\b(?:where|which cit(?:y|ies)|which countr(?:y|ies)|what cit(?:y|ies)|what countr(?:y|ies)|` +
      String.raw`which regions?|in which)\b`,
    '어디|어느 (?:나라|도시|지역)|ở đâu|tại đâu|nơi nào|thành phố nào|nước nào|quốc gia nào|どこ|どの(?:国|都市|地域)',
    String.raw`(?<!\p{L})где(?!\p{L})|(?<!\p{L})куда(?!\p{L})|в каком (?:городе|регионе)|в какой стране`,
    'qayerda|qayer|qaysi (?:shahar|davlat|mamlakat)',
  ].join('|'),
  'iu',
);
const organizationQuestion = new RegExp(
  [
    // "what do partner universities get" asks what they get: an auxiliary after "what" opens another question.
    String.raw`\b(?:which|what)\s+(?!(?:do|does|did|is|are|was|were|will|can|could|has|have|had)\b)(?:\w+\s+)?` +
      String.raw`(?:company|companies|organi[sz]ations?|studios?|agenc(?:y|ies)|firms?|` +
      String.raw`institutions?|schools?|universit(?:y|ies)|broadcasters?|platforms?|partners?|` +
      String.raw`investors?|institutes?)\b`,
    String.raw`(?:어느|어떤|어떠한)\s?(?:회사|기업|기관|단체|스튜디오|업체|대학|학교|투자사)`,
    String.raw`(?:회사|기업|기관|단체|업체|곳|제작사|투자사|배급사|협력사|대학|학교)(?:은|는|이|가)?\s*(?:어디|누구)`,
    // "những công ty Nhật Bản nào": the kind, a few words, then "nào".
    String.raw`(?:công ty|tổ chức|đơn vị|hãng|studio|trường)(?:\s+[\p{L}]+){0,3}\s+nào`,
    'どの(?:会社|企業|団体|機関|スタジオ|大学)|どこの(?:会社|企業)',
    // "持株会社はどこ", "提携先はどこ": an organization asked with "where".
    '(?:会社|企業|団体|機関|スタジオ|先|相手|大学|学校)(?:は|が)?\\s*どこ',
    String.raw`как(?:ая|ое|ие|ой|ую)\s+(?:компани|студи|организаци|агентств|университет|школ|колледж|училищ)`,
    'qaysi (?:kompaniya|tashkilot|studiya)',
  ].join('|'),
  'iu',
);
const definitionQuestion =
  /\b(?:what is|what are|what's|what was)\b|무엇인가|뭔가요|란\s?무엇|이란|là gì|とは|что такое|\bnima\b/iu;

const durationQuestion = new RegExp(
  [
    String.raw`\bhow long\b|\bhow many (?:days|weeks|months|years)\b|얼마나 (?:오래|걸|동안)|기간은|bao lâu|trong bao lâu`,
    // "며칠 동안", "몇 년간", "mấy ngày", "何日間": a number of days or years is a duration, not a date.
    String.raw`(?:며칠|몇\s?(?:년|달|개월|주|시간|일))\s?(?:동안|간)|(?:bao nhiêu|mấy)\s+(?:ngày|tuần|tháng|năm)`,
    // "From which day to which day": a span.
    String.raw`từ (?:ngày|khi|hôm) nào (?:tới|đến) (?:ngày|khi|hôm) nào|\bfrom when (?:to|until) when\b|언제부터 언제까지`,
    'いつからいつまで|с какого (?:числа )?по какое|qachondan qachongacha',
    'どのくらい(?:の期間|続|かか)|何日間|何時間|何週間|何か月|何ヶ月|何年間',
    'как долго|сколько (?:времени|дней|недель|месяцев|лет)|qancha vaqt|qancha muddat|necha kun',
  ].join('|'),
  'iu',
);

/**
 * Which work, which title: "which film …", "what was the project called", "어떤 작품", "どの作品", "企画は?",
 * "phim nào", "какой фильм", "qaysi loyiha"; a theme or a slogan is asked by its quoted words too.
 */
const titleQuestion = new RegExp(
  [
    String.raw`\b(?:which|what)\s+(?:[\w'-]+\s+){0,2}(?:films?|movies?|shows?|series|titles?|projects?|animes?|` +
      String.raw`animated (?:films?|series|features?)|dramas?|webtoons?|features?|shorts?|documentar(?:y|ies)|games?)\b` +
      // "which film body", "what film festival": the work word describes an organization.
      String.raw`(?!\s+(?:bod(?:y|ies)|compan(?:y|ies)|studios?|festivals?|markets?|schools?|associations?|agenc(?:y|ies)|` +
      String.raw`organi[sz]ations?|institutes?|funds?|commissions?|councils?|unions?|guilds?|academ(?:y|ies)))`,
    String.raw`\bwhat (?:is|was|are|were|'s) (?:the |their |its |his |her )?(?:theme|slogan|title)\b`,
    // "What's the name of the joint venture / the new studio / the scheme": a name, not a description.
    String.raw`\bwhat(?:'s| is| was) the (?:new |official )?name of\b(?!\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:director|ceo|head|founder|chair\w*|president|producer|writer|author)\b)`,
    String.raw`\b(?:called|titled|named)\s*\??$`,
    String.raw`(?:어떤|어느|무슨)\s?(?:작품|영화|드라마|애니메이션|애니|웹툰|시리즈|프로젝트|게임)`,
    String.raw`(?:작품|영화|드라마|애니메이션|웹툰|시리즈|프로젝트|게임)(?:은|는|이|가)?\s*(?:뭐|무엇|어떤 ?것|어디)?\s*[?？]?$`,
    String.raw`(?:주제|슬로건|제목|타이틀)(?:가|는|은|이)\s*(?:뭐|무엇)`,
    String.raw`(?:どの|どんな|何という|なんという)\s?(?:作品|映画|アニメ|ドラマ|シリーズ|企画|プロジェクト|番組|タイトル|ゲーム)`,
    String.raw`(?:作品|映画|アニメ|企画|番組|タイトル|テーマ|プロジェクト)(?:は|って)(?:どれ|何|なに|なん)?\s*[?？]?$`,
    String.raw`のはどれ\s*[?？]?$`,
    String.raw`(?:phim|bộ phim|tác phẩm|dự án|loạt phim|series|webtoon|trò chơi)\s+(?:[\p{L}]+\s+){0,3}nào`,
    String.raw`chủ đề (?:là )?gì|có tên (?:là )?gì|mang tên gì`,
    String.raw`(?<!\p{L})как(?:ой|ая|ое|ие|ого|ую|им)\s+(?:[\p{L}-]+\s+)?(?:фильм|мультфильм|проект|сериал|произведени|` +
      String.raw`картин|аниме|шоу|игр)|как называ|(?<!\p{L})какая тема|(?<!\p{L})какой (?:лозунг|девиз)`,
    String.raw`qaysi (?:film|loyiha|serial|asar|multfilm|o'yin)|nomi nima|mavzusi nima`,
  ].join('|'),
  'iu',
);

export function classifyQuestion(question: string): AskedType {
  if (durationQuestion.test(question)) return 'duration';
  if (titleQuestion.test(question) && !dateQuestion.test(question) && !countQuestion.test(question)) return 'title';
  if (organizationQuestion.test(question) && !dateQuestion.test(question) && !countQuestion.test(question))
    return 'organization';
  if (amountQuestion.test(question) && !/\bhow many\b/i.test(question)) return 'amount';
  if (dateQuestion.test(question)) return 'date';
  if (countQuestion.test(question)) return 'count';
  if (organizationQuestion.test(question)) return 'organization';
  if (personQuestion.test(question)) return 'person';
  if (placeQuestion.test(question)) return 'place';
  if (definitionQuestion.test(question)) return 'definition';
  return 'other';
}

const peopleWords = new Set(
  `people person persons employee staff worker student trainee participant member graduate artist creator instructor
  expert specialist crew
  명 인 사람 직원 학생 인원 수강생 교육생 참가자 졸업생 작가 인력 전문가 강사 수료생 사원
  người nhân viên học viên sinh viên thành viên chuyên gia giảng viên nghệ sĩ
  人 名 社員 従業員 学生 受講生 参加者 人材 専門家 講師
  человек сотрудник студент участник специалист эксперт преподаватель
  kishi nafar xodim talaba ishtirokchi mutaxassis`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

function firstWordsBeforeGrammar(text: string): string {
  const kept: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '' || isStopWord(word.toLowerCase())) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** What a count question counts: the word after "how many" (or before 몇, with its counter). */
function countedOf(question: string, glossary: Glossary | undefined): QuestionAnalysis['counted'] {
  const counter = /(?:몇\s?(명|개|곳|편|건|회|개국|개사|팀|가지)|何(人|名|社|校|本|件|回|カ国|か国))/u.exec(question);
  const after = /(?:how many|number of|bao nhiêu|mấy|сколько|nechta|necha|qancha)\s+((?:[\p{L}'-]+\s*){1,4})/iu.exec(
    question,
  );
  // Only the words up to the first grammar word count ("how many jobs is …" counts jobs).
  if (after?.[1]) after[1] = firstWordsBeforeGrammar(after[1]);
  const before = /([가-힣]+)\s(?:수(?:는|가|를)?(?=[\s?]|$)|몇)|([가-힣]+?)(?:의\s)?(?:수는|수가)(?=[\s?]|$)/u.exec(
    question,
  );
  const percent =
    /percent|per cent|percentage|%|퍼센트|비율|phần trăm|tỷ lệ|tỉ lệ|процент|доля|foiz|パーセント|割合/iu.test(
      question,
    );
  const words = [after?.[1], before?.[1] ?? before?.[2]].filter((text): text is string => text !== undefined);
  const keys = new Set<string>();
  let people = counter?.[1] === '명' || counter?.[2] === '人' || counter?.[2] === '名';
  for (const text of words) {
    const tokens = wordTokens(text).filter((token) => !isStopWord(token.word));
    const first = tokens.slice(0, 2);
    for (const token of first) {
      const key = matchKey(token);
      keys.add(koreanNounStem(key));
      if (peopleWords.has(key) || peopleWords.has(token.word)) people = true;
    }
    for (const hit of glossary?.findConcepts(text) ?? []) {
      keys.add(`@${hit.conceptId}`);
      const category = glossary?.concepts.get(hit.conceptId)?.category;
      if (category === 'role' || hit.conceptId === 'headcount') people = true;
    }
  }
  if (counter?.[1] === '개국' || counter?.[2] === 'カ国' || counter?.[2] === 'か国') keys.add('@country');
  // "How many people does X employ": the count must be of X's workforce.
  const workforce = employment.test(question);
  return { keys, people, percent, workforce };
}

const entityCategories = new Set(['organization', 'person', 'program']);
const questionStarters = new RegExp(
  '^(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|can|could|will|has|have|' +
    'tell|name|list)$',
  'i',
);

/**
 * A loose key of a name (its sound, any script) names it only when long enough: "Toon" loosely is "don", which
 * many words of other languages share.
 */
function distinctiveLooseKey(key: string): boolean {
  return !/^[%#]/u.test(key) || [...key].length > 4;
}

const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * Whether a capitalised first word is a name. Any sentence starts with a capital: in English a first word that
 * is not a question word is a name ("Framestore opened when?"); a Latin word in a question in another script is
 * one; in Vietnamese and Russian, where questions often open with a plain noun ("Dự án …", "Какая школа …"),
 * only when the next word is capitalised too (a name of several words).
 */
function startsWithName(question: string, word: string, next: string | undefined): boolean {
  if (questionStarters.test(word)) return false;
  if (next !== undefined && /^\p{Lu}/u.test(next)) return true;
  if (
    /\p{Script=Latin}/u.test(word) &&
    /[\p{Script=Hangul}\p{Script=Han}\p{Script=Kana}\p{Script=Cyrillic}]/u.test(question)
  )
    return true;
  return !vietnameseLetters.test(question) && !/^\p{Script=Cyrillic}/u.test(word);
}

/**
 * Lower-cased words written as names in the question: capitalised (not the first word), acronyms, words
 * with digits.
 */
function casedEntityWords(question: string): Set<string> {
  const words = new Set<string>();
  const matches = [
    ...question.matchAll(
      /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}][\p{Script=Latin}\p{Script=Cyrillic}\p{N}'’&.-]*/gu,
    ),
  ];
  for (const [index, match] of matches.entries()) {
    const word = match[0].replace(/[’'.]s?$/u, '');
    const acronymLike = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(word) || (/\d/.test(word) && /\p{L}/u.test(word));
    const capitalised = /^\p{Lu}/u.test(word) && (index > 0 || startsWithName(question, word, matches[1]?.[0]));
    if ((acronymLike || capitalised || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word)) && !/^\p{Script=Hangul}/u.test(word)) {
      for (const part of word.toLowerCase().split(/[-]/)) words.add(part);
      words.add(word.toLowerCase());
    }
  }
  return words;
}

export function analyseQuestion(
  rawQuestion: string,
  glossary: Glossary | undefined,
  aliases: AliasIndex,
): QuestionAnalysis {
  const type = classifyQuestion(rawQuestion);
  const question = questionText(rawQuestion, glossary);
  const tokens = wordTokens(question);
  const keys = tokens.map(matchKey);
  const cased = casedEntityWords(rawQuestion);
  const terms: QuestionTerm[] = [];
  const covered = new Set<number>();
  const entityWords = new Set<string>();
  const cover = (start: number, end: number) => {
    for (let position = start; position < end; position += 1) covered.add(position);
  };
  for (const hit of aliases.findInKeys(keys)) {
    const nameWords = keys.slice(hit.start, hit.end).filter((key) => !isStopWord(key));
    terms.push({ keys: [hit.key], role: 'entity', weight: 3, broader: [], nameWords });
    for (const key of keys.slice(hit.start, hit.end)) entityWords.add(key);
    cover(hit.start, hit.end);
  }
  for (const hit of glossary?.findConcepts(question) ?? []) {
    if ([...Array(hit.end - hit.start).keys()].some((offset) => covered.has(hit.start + offset))) continue;
    const concept = glossary?.concepts.get(hit.conceptId);
    const category = concept?.category ?? 'concept';
    // A named organization ("KOCCA") is an entity; a kind of organization ("studio") is a topic word.
    const named = /^\p{Lu}/u.test(concept?.en[0] ?? '');
    const role = entityCategories.has(category) && named ? 'entity' : category === 'place' ? 'place' : 'topic';
    const nominal = role !== 'topic' || category === 'role';
    const broader = nominal
      ? []
      : (glossary?.withAncestors(hit.conceptId) ?? [])
          .filter((id) => id !== hit.conceptId && glossary?.concepts.get(id)?.category !== 'department')
          .map((id) => `@${id}`);
    terms.push({
      keys: [`@${hit.conceptId}`],
      role,
      weight: role === 'entity' ? 3 : 1.2,
      broader,
      relation: category === 'role',
    });
    if (role !== 'topic') for (const word of hit.surface.split(' ')) entityWords.add(word);
    cover(hit.start, hit.end);
  }
  // Runs of name words share the loose key of the whole name ("Ha Jung-su" ~ 하정수).
  let position = 0;
  while (position < tokens.length) {
    if (covered.has(position)) {
      position += 1;
      continue;
    }
    const token = tokens[position] as (typeof tokens)[number];
    const key = keys[position] as string;
    const isEntity = cased.has(token.word) || cased.has(key);
    if (!isEntity) {
      if (!isStopWord(token.word) && !isStopWord(key) && !isQuestionWord(token.word, key) && !/^\d{1,2}$/.test(key)) {
        const loose = token.script === 'latin' ? [] : looseKeysOf(token.word, aliases);
        terms.push({
          keys: [key, ...loose],
          word: key,
          position,
          role: 'topic',
          weight: topicWeight(token.word, token.script, key),
          broader: [],
        });
      }
      position += 1;
      continue;
    }
    let end = position;
    while (
      end < tokens.length &&
      !covered.has(end) &&
      (cased.has((tokens[end] as (typeof tokens)[number]).word) || cased.has(keys[end] as string))
    )
      end += 1;
    const run = tokens.slice(position, end).map((item) => item.word);
    const runKeys = looseKeysOf(run.join(''), aliases);
    const weight = Math.max(1.5, 3 / (end - position));
    for (let index = position; index < end; index += 1) {
      const word = keys[index] as string;
      entityWords.add((tokens[index] as (typeof tokens)[number]).word);
      if (isStopWord(word)) continue;
      const loose = [...runKeys, `%${looseNameKey(word)}`].filter(distinctiveLooseKey);
      terms.push({ keys: [word, ...loose], word, role: 'entity', weight, broader: [] });
    }
    position = end;
  }
  const counted = type === 'count' ? countedOf(rawQuestion, glossary) : undefined;
  for (const term of terms) if (counted && term.keys.some((key) => counted.keys.has(key))) term.counted = true;
  const year = type === 'date' && yearQuestion.test(rawQuestion);
  const day = type === 'date' && !year && dayQuestion.test(rawQuestion);
  const school = type === 'organization' && schoolQuestion.test(rawQuestion);
  const partner = type === 'person' && withWhomQuestion.test(rawQuestion);
  const moneyKinds = type === 'amount' ? moneyKindsIn(rawQuestion) : undefined;
  const founding = type === 'date' && (founded.test(rawQuestion) || foundingAsked.test(rawQuestion));
  return {
    type,
    year,
    day,
    school,
    partner,
    moneyKinds,
    founding,
    counted,
    terms,
    entityWords,
    numbers: new Set(numbersIn(rawQuestion)),
  };
}

const koreanPredicateEnding =
  /(은|는|한|된|인|할|던|든|있는|하는|했다|했나요|습니까|나요|까요|까|니까|어요|아요|죠|요|었|았|였|다|어|아|야|지|해|냐|니|래)$/;
const koreanQuestionEnding = /(나요|니까|까요|는가|던가)$/;

function topicWeight(word: string, script: string, key: string): number {
  const length = [...word].length;
  if (
    script === 'hangul' &&
    (length === 1 || (koreanPredicateEnding.test(word) && length <= 3) || koreanQuestionEnding.test(word))
  )
    return 0.3;
  if ((script === 'kana' || script === 'han') && (length === 1 || (length === 2 && /\p{Script=Hiragana}/u.test(word))))
    return 0.3;
  if (script === 'latin' && key.length <= 2) return 0.5;
  return 1;
}
