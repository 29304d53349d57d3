/**
 * Units of an answer that are names, in the six languages: a person's, an organization's, a school's and a
 * place's. A name the question itself gives is not an answer to it.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { foldDiacritics } from '../retrieval/text-normalize.js';
import { sentenceMemo, sentenceMemoByGlossary } from './sentence-memo.js';

// A word of a person's name: "Prasad", "Jung-soo", "O'Brien", "McDonald".
const latinNameWord = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}+)?`;
// Between two words, a nickname in quotes may stand: "Kiran 'KP' Prasad".
const nicknameGap = String.raw`\s(?:['‘"“]\p{Lu}[\p{L}.]*['’"”]\s)?`;
// A middle initial may stand between two words: "Herry B. Salim", "Akhauri P. Sinha".
const middleInitial = String.raw`(?:\s\p{Lu}\.)?`;
const latinName = new RegExp(
  String.raw`(?:^|[^\p{L}])(${latinNameWord}(?:${middleInitial}${nicknameGap}${latinNameWord}){1,2})(?=$|[^\p{L}])`,
  'gu',
);
// Chinese names start with a surname: these are the commonest, which with a title before or after mark a person
// ("董事长郑利嘉", "郑利嘉董事长"); a title next to any two characters ("董事长表示") is no name.
const chineseSurname =
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔' +
  '钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤俞赖]';
const chineseTitle =
  '(?:董事长|总经理|总裁|首席执行官|首席运营官|首席财务官|首席技术官|联合创始人|创始人|创办人|主席|总监|导演|制片人|监制|' +
  '编剧|负责人|院长|副总裁|社长|CEO)';
// A Korean name next to a title ("김용화 감독", "조시 맨델 CEO", "감독 봉준호", "원작자 윤인완이"): a word ending in a
// particle ("제작을 총괄", "회사의 대표") is no name, and after a title only a surname starts one ("대표 게임" is none).
const koreanSurname =
  '(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄' +
  '채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])';
const koreanTitle =
  '(?:대표이사|대표|회장|사장|이사장|이사|원장|감독|작가|기자|씨|교수|장관|대사|본부장|부장|팀장|센터장|위원장|총장|학장|' +
  '실장|국장|의원|총괄|아나운서|앵커|책임자|디렉터|프로듀서|최고경영자|최고운영책임자|최고재무책임자|최고기술책임자|' +
  '최고콘텐츠책임자|PD|CEO|CSO|CTO|CFO|COO|CAO)';
const personPatterns = [
  new RegExp(`[가-힣]{2,4}(?<![을를의에로와과도만])\\s?${koreanTitle}`, 'u'),
  new RegExp(
    // The title may carry its English acronym in brackets: "최고경영자(CEO) 천안니는".
    `(?:대표|회장|사장|감독|작가|원작자|창업자|설립자|교수|원장|대사|장관|최고경영자)(?:\\([A-Z]{2,4}\\))?\\s?` +
      `${koreanSurname}[가-힣]{1,2}` +
      '(?:(?![가-힣])|(?=[은는이가의을를과와도에](?![가-힣])))',
    'u',
  ),
  // A Japanese name's reading may stand between it and its title: "唐云康(タン ユンカン)氏".
  new RegExp(
    String.raw`[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}(?:[(（][\p{Script=Katakana}ー・\s]{2,20}[)）])?\s?` +
      '(?:氏|さん|社長|監督|代表|会長|教授|理事長|大使|局長|部長)',
    'u',
  ),
  // A Japanese title before the name, joined by の: "VFXディレクターの渋谷紀世子、" — a full name of three to five kanji (two
  // after a title are mostly a word: "社長の発言").
  new RegExp(
    String.raw`(?:ディレクター|プロデューサー|デザイナー|監督|社長|会長|代表|取締役|脚本家|作曲家|CEO|COO|CFO)の` +
      String.raw`\p{Script=Han}{3,5}(?=[、。がはとも])`,
    'u',
  ),
  new RegExp(
    `${chineseTitle}${chineseSurname}\\p{Script=Han}{1,2}|${chineseSurname}\\p{Script=Han}{1,2}${chineseTitle}`,
    'u',
  ),
  // Two capitalised Russian words, not after a preposition: "в Воронеже Дом анимации" is a place and a building; nor
  // a first word with an adjective's ending, which no given name has ("Второй Международный фестиваль").
  new RegExp(
    String.raw`(?<!(?:^|[\s«"(])(?:[вВ]о?|[нН]а|[иИ]з|[пП]о?д)\s)(?<!\p{Script=Cyrillic})` +
      String.raw`\p{Lu}[а-яё]+(?<!(?:ый|ой|ая|ое|ые|ых|ого|ому|ую)(?=\s))\s\p{Lu}[а-яё]+`,
    'u',
  ),
  /(?:ông|bà|anh|chị|đạo diễn|giám đốc)\s+\p{Lu}/u,
  // Thai writes a name as a given name and a surname apart, with a title or a role glued before it ("นายสันติ …",
  // "กำกับโดยคมภิญญ์ เข็มกำเนิด") or a role after it ("สันติ เลาหบูรณะกิจ ผู้จัดการทั่วไป") — not a company
  // ("โดยบริษัท …").
  new RegExp(
    String.raw`(?:นาย|นางสาว|นาง|คุณ|ดร\.|กำกับโดย|ผู้กำกับ|ประธานเจ้าหน้าที่บริหาร|ประธานกรรมการ|ประธาน|` +
      String.raw`กรรมการผู้จัดการ|ผู้จัดการทั่วไป|ผู้จัดการ|ผู้อำนวยการ|ผู้ก่อตั้ง|ซีอีโอ)\s?` +
      String.raw`(?!บริษัท|สำนัก|กระทรวง|กรม|สถาบัน|มหาวิทยาลัย|ช่อง|ค่าย)` +
      String.raw`\p{Script=Thai}{2,}\s\p{Script=Thai}{3,}|` +
      String.raw`(?<![\p{Script=Thai}])\p{Script=Thai}{2,}\s\p{Script=Thai}{3,}\s` +
      String.raw`(?:ผู้จัดการ|ประธาน|ผู้อำนวยการ|ผู้กำกับ|` +
      String.raw`ผู้ก่อตั้ง|ซีอีโอ|กรรมการผู้จัดการ|โปรดิวเซอร์)`,
    'u',
  ),
];

const personPatternsAll = personPatterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

// Capitalised runs that name organizations, places, events or works rather than people.
const notPersonWord = new RegExp(
  String.raw`^(?:studios?|program(?:me)?s?|entertainment|academy|university|college|school|institute|market|` +
    'festival|awards?|prize|city|county|state|council|agency|association|company|group|media|pictures|films?|' +
    'network|centre|center|department|ministry|office|project|fund|foundation|international|national|global|' +
    'creative|production|productions|animation|digital|arts|park|house|works|lab|labs|la|inc|ltd|corp|co|the|of|and|' +
    // A sentence's first word and a day or month are capitalised too ("On Friday the school signed …").
    'on|in|at|by|for|with|from|after|before|since|during|until|this|that|these|those|its|his|her|their|our|a|an|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|' +
    'september|october|november|december)$',
  'i',
);
/** A Russian word with an adjective's ending, which no given name has ("Второй Международный фестиваль"). */
const cyrillicAdjective = /^\p{Script=Cyrillic}+(?:ый|ой|ая|ое|ые|ых|ого|ому|ую)$/u;
/** A preposition of place right before a capitalised run, in the six languages. */
const locativeBefore = /(?:^|[\s(«"“])(?:in|at|near|from|into|в|во|на|из|под|tại|ở)\s+$/iu;
/** A word for a work right before a capitalised run: the work's title ("phim chiếu rạp Tản Viên Phong Châu"). */
const workBefore = /(?:^|\s)(?:phim|rạp|film|movie|series|sequel|мультфильм\p{L}*|фильм\p{L}*|сериал\p{L}*)\s+$/iu;
/** A quote mark right before a capitalised run: a quoted title ('Motu Patlu', “The Red Door”), not a person. */
const openingQuote = /["“‘'«『「]$/u;
const quotePairs: [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

/** Title case: every word capitalised but the small ones a title keeps in lower case. */
const titleCase = /^(?:\s*(?:\p{Lu}\S*|\d\S*|a|an|the|of|and|or|in|on|at|to|for|with|from|by|vs\.?)[,:!?.-]*)*\s*$/u;

/**
 * Whether a text ends inside a quoted title (a quote opened and not closed, its words so far in title case): a
 * capitalised run there is part of the title ("Small Potatoes Make Big Waves"), also past its first words — not a
 * quoted remark, where a name is one ("We hired Anna Kim").
 */
function insideQuotedTitle(head: string): boolean {
  const straight = head.split('"');
  let opened = straight.length % 2 === 0 ? straight[straight.length - 1] : undefined;
  for (const [open, close] of quotePairs) {
    const at = head.lastIndexOf(open);
    if (at > head.lastIndexOf(close) && (opened === undefined || at + 1 > head.length - opened.length))
      opened = head.slice(at + 1);
  }
  return opened !== undefined && titleCase.test(opened);
}

/**
 * Whether every word of a capitalised run is the question's, also when the run writes the question's name with marks
 * or spaces the question leaves out ("Sài Gòn Oppa" for "Saigon Oppa", "Ha Noi" for "Hanoi").
 */
function spellsQuestionNames(words: string[], entityWords: ReadonlySet<string>): boolean {
  if (words.every((word) => entityWords.has(word))) return true;
  const folded = new Set([...entityWords].map((word) => foldDiacritics(word)));
  const plain = words.map((word) => foldDiacritics(word));
  let index = 0;
  while (index < plain.length) {
    let end = index + 1;
    while (end <= plain.length && !folded.has(plain.slice(index, end).join(''))) end += 1;
    if (end > plain.length) return false;
    index = end;
  }
  return true;
}

/** Whether a sentence names a person (not counting the words of the question's own entities, nor places' names). */
export function hasPerson(sentence: string, entityWords: ReadonlySet<string>, glossary?: Glossary): boolean {
  return personSpans(sentence, entityWords, glossary).length > 0;
}

/** Where a sentence names a person: character spans [start, end) of the names (with a title the pattern holds). */
export function personSpans(
  sentence: string,
  entityWords: ReadonlySet<string>,
  glossary?: Glossary,
): { start: number; end: number }[] {
  const { runs, patterned } = peopleOf(glossary)(sentence);
  const spans: { start: number; end: number }[] = [];
  for (const run of runs)
    if (!spellsQuestionNames(run.words, entityWords)) spans.push({ start: run.start, end: run.end });
  for (const span of patterned) spans.push({ start: span.start, end: span.end });
  return spans;
}

/** What personSpans finds in a sentence before the question's names are set aside (see peopleOf). */
interface SentencePeople {
  /** Capitalised runs that may name a person, with their words lower-cased. */
  runs: { start: number; end: number; words: string[] }[];
  /** Names the person patterns find (a title with a name). */
  patterned: { start: number; end: number }[];
}

/** The person names of a sentence whatever the question: its capitalised runs that may be people, and the patterns'. */
const peopleOf = sentenceMemoByGlossary(sentencePeople);

function sentencePeople(sentence: string, glossary: Glossary | undefined): SentencePeople {
  const runs: SentencePeople['runs'] = [];
  for (const match of sentence.matchAll(latinName)) {
    const words = (match[1] as string).toLowerCase().split(/[ -]/);
    if (words.some((word) => notPersonWord.test(word)) || cyrillicAdjective.test(words[0] as string)) continue;
    const head = sentence.slice(0, match.index + match[0].indexOf(match[1] as string));
    if (openingQuote.test(head) || insideQuotedTitle(head)) continue;
    // After a preposition of place a capitalised run is where something is ("в Воронеже Дом", "in Santa Monica").
    if (locativeBefore.test(head) || workBefore.test(head)) continue;
    // A run that is a place in the lexicon, also with the words around it ("South Korea", "TP Hồ Chí Minh",
    // "Ho Chi Minh City"), is no person; one that only holds a place (Sydney Pollack, Paris Hilton) is.
    const start = match.index + match[0].indexOf(match[1] as string);
    const before = sentence.slice(0, start).split(/\s+/u).slice(-3).join(' ');
    const after = sentence
      .slice(start + (match[1] as string).length)
      .split(/\s+/u, 2)
      .join(' ');
    const last = words[words.length - 1] as string;
    if (
      glossary
        ?.findConcepts(`${before} ${match[1] as string}${after}`)
        .some(
          (hit) =>
            glossary.concepts.get(hit.conceptId)?.category === 'place' && hit.surface.toLowerCase().includes(last),
        )
    )
      continue;
    runs.push({ start, end: start + (match[1] as string).length, words });
  }
  const patterned: SentencePeople['patterned'] = [];
  for (const pattern of personPatternsAll)
    for (const match of sentence.matchAll(pattern))
      patterned.push({ start: match.index, end: match.index + match[0].length });
  return { runs, patterned };
}

const organizationPatterns = [
  /\b\p{Lu}{2,}[\p{Lu}\d&-]*\b/u,
  new RegExp(
    String.raw`\b\p{Lu}[\p{L}&'-]+(?:\s+\p{Lu}[\p{L}&'-]+)*\s+(?:Studios?|Inc\.?|Ltd\.?|Corp\.?|Co\.|Company|Agency|` +
      'Council|Academy|University|Institute|Association|Foundation|Group|Entertainment|Animation|Pictures|' +
      String.raw`Films?|Media|Network|Bank|Center|Centre|School|College|Festival|Lab|Labs|Works|Productions?|` +
      String.raw`Partners|Capital|Ventures|Holdings|Broadcasting|Television|TV|Games|Interactive|Digital|Post)\b`,
    'u',
  ),
  // A one-syllable suffix needs a name of two syllables before it: 진흥원 and 고용노동부 are bodies, 정원 (quota),
  // 직원 (staff), 인원 (headcount) and 지원 (support) are not.
  new RegExp(
    String.raw`(?:[가-힣A-Za-z]{2,}(?:사|원|회|청|부|처)|[가-힣A-Za-z]+(?:센터|재단|협회|학교|대학교|대학|공사|그룹|` +
      String.raw`스튜디오|엔터테인먼트|아카데미|은행|증권|캐피탈|벤처스|파트너스))(?=[은는이가을를의와과에도\s,.]|$)`,
    'u',
  ),
  // The suffix ends the name: 代表取締役社長 (a title), 社員 and 大学院生 go on with another Han letter (a name may
  // follow in Katakana: 映像制作会社ミライ).
  /株式会社|[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:社|協会|機構|財団|大学|学院|スタジオ)(?!\p{Script=Han})/u,
  // Without the i flag: with it \p{Lu} matches any letter ("bộ phim nối" is not an organization).
  new RegExp(
    String.raw`(?:[Cc]ông ty|[Tt]ập đoàn|[Hh]iệp hội|[Tt]rường|[Đđ]ại học|[Cc]ục|[Bb]ộ|[Vv]iện|[Hh]ọc viện|` +
      String.raw`[Hh]ãng|[Ss]tudio|[Qq]uỹ)\s+\p{Lu}`,
    'u',
  ),
  new RegExp(
    String.raw`«[^»]+»|(?<!\p{L})(?:[Кк]омпани|[Сс]туди|[Аа]гентств|[Аа]ссоциаци|[Уу]ниверситет|[Аа]кадеми|` +
      String.raw`[Фф]онд|[Бб]анк)[а-я]*\s+«?\p{Lu}`,
    'u',
  ),
  // A Russian body's name starts with its capitalised head noun inside a sentence ("с Агентством технологического
  // развития", "и Ассоциацией анимационного кино").
  new RegExp(
    String.raw`(?<=[\p{L}\d,;:»]\s+)(?:Агентств|Ассоциаци|Министерств|Фонд|Союз|Университет|Институт|Академи|Центр|` +
      String.raw`Департамент|Комитет|Управлени|Правительств|Администраци|Компани|Киностуди|Студи|Колледж|Училищ)[а-я]*`,
    'u',
  ),
];

/**
 * A Korean word that ends like a body (사, 원, 회) but is a person's title or an occupation (대표이사, 변호사, 임원,
 * 위원) or a gathering (대회, 설명회, 시사회): titles and events are not organizations.
 */
const koreanTitleOrEvent = new RegExp(
  String.raw`(?:이사|감사|변호사|회계사|세무사|노무사|변리사|의사|교사|강사|박사|검사|판사|목사|기사|간호사|사원|직원|` +
    String.raw`임원|위원|회원|의원|공무원|단원|팀원|교원|대원|상담원|대회|전시회|설명회|간담회|시사회|박람회|상영회|총회)$`,
  'u',
);
const hanOrKana = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/**
 * The organizations the patterns find in a sentence: where each starts, what it matched and where its name ends. A
 * pattern may stop at a name's first letter ("студия «В"): the name is read to the end of its word — in a script
 * written with spaces; Japanese and Chinese run on without one, so there the match is the name.
 */
function* organizationMatches(
  sentence: string,
  patterns: readonly RegExp[],
): Generator<{ start: number; matched: string; end: number }> {
  for (const pattern of patterns)
    for (const match of sentence.matchAll(pattern)) {
      const matched = match[0];
      if (koreanTitleOrEvent.test(matched)) continue;
      const after = match.index + matched.length;
      const rest = hanOrKana.test(matched) ? '' : (/^[\p{L}\d]*/u.exec(sentence.slice(after))?.[0] ?? '');
      yield { start: match.index, matched, end: after + rest.length };
    }
}

/**
 * Every name a pattern finds, not only the first (it may be the question's own: "Ringling works with Semkhor
 * Productions").
 */
const organizationNamePatterns = organizationPatterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** The names the patterns find in a sentence, kept for the sentences seen recently (sentence-memo.ts). */
const namedOrganizations = sentenceMemo((sentence) => [...organizationMatches(sentence, organizationNamePatterns)]);

/**
 * Whether a name a pattern found is the question's own entity under a longer name: "Ringling College of Art and
 * Design" or "Aardman Academy" when the question names Ringling or Aardman. `ownNames`: the question's name words.
 */
function ownName(name: string, ownNames: ReadonlySet<string> | undefined): boolean {
  if (ownNames === undefined || ownNames.size === 0) return false;
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .some((word) => ownNames.has(word.replace(/[«»"“”'’]/gu, '')));
}

/**
 * Whether a sentence names an organization (besides the question's own entities). With `ownNames`, a name that holds
 * one of the question's name words is the asked entity itself, not another organization (the answer).
 */
export function hasOrganization(
  sentence: string,
  entityWords: ReadonlySet<string>,
  ownNames?: ReadonlySet<string>,
): boolean {
  for (const { start, matched, end } of namedOrganizations(sentence)) {
    if (ownName(sentence.slice(start, end), ownNames)) continue;
    if (
      matched
        .toLowerCase()
        .split(/[\s-]+/)
        .some((word) => !entityWords.has(word))
    )
      return true;
  }
  return false;
}

/**
 * A legal form written before or after a name marks a company: "㈜손오공", "(주)미래엔", "株式会社カラー", "ООО «Иви»".
 * The name is one word, and in Japanese it stops at the kana of the words around it ("株式会社カラーの代表取締役").
 */
const legalFormWord = String.raw`(?:(?!\p{Script=Hiragana})[\p{L}\d])`;
const legalFormName = new RegExp(
  String.raw`(?:㈜|\(주\)|株式会社|有限会社|ООО|АО|ПАО)\s?«?${legalFormWord}{1,24}»?|` +
    String.raw`${legalFormWord}{1,24}(?:㈜|\(주\)|株式会社)`,
  'gu',
);

/**
 * Where a sentence names organizations other than the question's own (see hasOrganization): character spans of the
 * names the patterns find, and of names written with a legal form.
 */
export function organizationSpans(
  sentence: string,
  entityWords: ReadonlySet<string>,
  ownNames?: ReadonlySet<string>,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { start, matched, end } of organizationMatches(sentence, [...organizationNamePatterns, legalFormName])) {
    if (ownName(sentence.slice(start, end), ownNames)) continue;
    const words = matched.toLowerCase().split(/[\s-]+/u);
    if (words.every((word) => entityWords.has(word))) continue;
    spans.push({ start, end });
  }
  return spans;
}

const schoolPatterns = [
  new RegExp(
    String.raw`\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*\s+(?:University|College|School|Academy|Institute)\b|` +
      String.raw`\b(?:University|College|School|Academy|Institute) of\s+(?:the\s+)?\p{Lu}`,
    'u',
  ),
  /[가-힣A-Za-z]{2,}(?:대학교|대학|대|학교|아카데미|학원)(?=[은는이가을를의와과에도,.·\s]|$)/u,
  /(?:[Tt]rường|[Đđ]ại học|[Hh]ọc viện|[Cc]ao đẳng)\s+\p{Lu}/u,
  /[\p{Script=Han}\p{Script=Katakana}ー]+(?:大学|学院|学校|アカデミー)/u,
  /(?<!\p{L})(?:университет|колледж|академи|институт|училищ|вуз)[а-я]*/iu,
  /(?<!\p{L})(?:universitet|kollej|akademiya|institut|maktab)[a-z']*/iu,
];

const schoolNamePatterns = schoolPatterns.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** Whether a sentence names a school (a university, college, academy or school by its name) besides the asked one. */
export function hasSchool(sentence: string, ownNames?: ReadonlySet<string>): boolean {
  return schoolNamePatterns.some((pattern) =>
    [...sentence.matchAll(pattern)].some((match) => !ownName(match[0], ownNames)),
  );
}
