/**
 * What a question asks about its entity besides the asked type: what a count counts (the word after "how many", the
 * noun or counter after 몇 / 何) and the office a "who is" question names.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, type WordToken, wordTokens } from '../retrieval/text-normalize.js';
import { employment } from './people-counts.js';
import { countClassesOf } from './count-classes.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { koreanNounStem } from './question-words.js';

const peopleWords = new Set(
  `people person persons employee staff worker student trainee participant member graduate artist creator instructor
  expert specialist crew
  명 인 사람 직원 학생 인원 수강생 교육생 참가자 졸업생 작가 인력 전문가 강사 수료생 사원
  người nhân viên học viên sinh viên thành viên chuyên gia giảng viên nghệ sĩ
  人 名 社員 従業員 学生 受講生 参加者 人材 専門家 講師
  员工 职工 人员 成员 学生 学员 艺术家 画师 专家
  человек сотрудник студент участник специалист эксперт преподаватель
  kishi nafar xodim talaba ishtirokchi mutaxassis
  orang karyawan pegawai peserta siswa murid pelajar mahasiswa pekerja kreator animator seniman anggota pengguna
  penonton pupil user viewer author 이용자 사용자 관객 회원 ユーザー 利用者 観客 用户 观众`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Russian people nouns by their stem, any case ending ("сотрудников", "пользователей", "зрителей", "авторов"). */
const russianPeople = new RegExp(
  '^(?:человек|сотрудник|работник|студент|участник|специалист|эксперт|преподавател|пользовател|зрител|автор|' +
    'аниматор|художник)',
  'u',
);

/** Vietnamese people nouns of two syllables ("nhân sự", "lao động", "người dùng"): read as written. */
const vietnamesePeople = /^(?:nhân sự|nhân viên|nhân lực|lao động|người dùng|khán giả|học viên|sinh viên)/iu;

/** Whether a counted word counts people, in any language the grammar knows. */
function countsPeople(token: WordToken, key: string): boolean {
  return peopleWords.has(key) || peopleWords.has(token.word) || russianPeople.test(token.word.toLowerCase());
}

/** What a Korean or Japanese counter counts, as a lexicon concept. */
const counterConcepts: Record<string, string> = {
  편: '@film',
  개사: '@company',
  社: '@company',
  校: '@educational-institution',
};

/** Counters that say which kind of thing is counted (a general counter, "개", "회", "명", "件", says too little). */
const kindCounters = new Set([
  '편',
  '곳',
  '개국',
  '개사',
  '社',
  '校',
  '本',
  'カ国',
  'か国',
  'ヶ国',
  'ケ国',
  '家',
  '部',
  '所',
  '届',
  '集',
]);

/** Whether a word is a count noun of things (seats, tickets, floors), not of people. */
function thingCounted(word: string): boolean {
  const classes = countClassesOf([word]);
  return classes.size > 0 && !classes.has('people');
}

function firstWordsBeforeGrammar(text: string): string {
  const kept: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '' || isStopWord(word.toLowerCase()) || indonesianGrammar.test(word)) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/** "Thứ mấy", "lần thứ mấy", "몇 번째", "какой по счёту", "which edition", "何番目": the question asks for an ordinal. */
const rankQuestion = new RegExp(
  String.raw`thứ (?:mấy|bao nhiêu)|몇\s?(?:번째|회째|위)|какой по сч[её]ту|какое место|` +
    String.raw`\b(?:which|what) (?:edition|rank|place)\b|何(?:番目|回目|位)|nechanchi`,
  'iu',
);

/** "How many" in each language and the words after it ("berapa jumlah karyawan": jumlah is "the number of"). */
const howManyWords = new RegExp(
  String.raw`(?:how many|number of|bao nhiêu|mấy|сколько|nechta|necha|qancha|berapa(?:\s+(?:jumlah|banyak))?)` +
    String.raw`\s+((?:[\p{L}'-]+\s*){1,4})`,
  'iu',
);

/** Words that say which ones are counted, not what: new, more, other, additional, further (en ru vi uz). */
const countModifier = new RegExp(
  '^(?:new|more|other|additional|extra|further|different|current|existing|total|' +
    'новы[хе]?|других|дополнительных|mới|khác|thêm|yangi)$',
  'iu',
);

/** Indonesian prepositions and joiners after the counted noun ("studio di Bali", "orang yang bekerja"). */
const indonesianGrammar = /^(?:di|ke|dari|yang|untuk|pada|dengan|dan|dalam|sejak|selama)$/iu;

/**
 * The word before 몇 is what is counted when it is bare or the subject or object ("상영작이 몇 편", "직원을 몇 명"): a topic,
 * a place or time ("6기는 몇 명", "페스티벌에서 몇 편", "부문에는 몇 편") or an adverb ("모두 몇 편", "올해 몇 명") only sets
 * the scene, and the counter says what is counted (measured on the tune half: same-language +2 against reading the
 * topic as what is counted, "전문가는 몇 명" then found by its people counter).
 */
function countedBefore(before: RegExpExecArray | null): string | undefined {
  const word = before?.[1] ?? before?.[2];
  if (word === undefined || /(?:은|는|에서|에는|에서는|에게|에|으로|와|과|랑|하고|도|까지|부터)$/u.test(word))
    return undefined;
  return koreanSceneWords.has(word) ? undefined : word;
}

/** Korean adverbs and times that can stand before 몇 without being counted. */
const koreanSceneWords = new Set(
  '모두 다 총 전부 전체 대략 약 올해 작년 지난해 내년 현재 지금 이번 당시 매년 해마다 한 해 모두해서'.split(' '),
);

/**
 * A stake asked about, in each language: "what share of", "how big a stake", "多少股份", "지분", "cổ phần", "持ち株",
 * "какую долю", "berapa persen saham". Its answer is a percentage.
 */
export const stakeAsked = new RegExp(
  [
    String.raw`\b(?:stakes?|share of|shareholding|market share|(?:what|which) share)\b|股份|股权|持股|지분|cổ phần|phần vốn|` +
      '持ち株|株式の|出資比率|市场份额|シェア|점유율|thị phần',
    String.raw`(?<!\p{L})(?:дол(?:я|ю|ей|и)|пакет акций)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** What a count question counts: the word after "how many" (or before 몇, with its counter). */
export function countedOf(question: string, glossary: Glossary | undefined): QuestionAnalysis['counted'] {
  const counter =
    // "何か国語" counts languages, not countries. A longer counter stands before its first syllable ("개국" before "개").
    new RegExp(
      String.raw`(?:몇\s?(개국|개사|명|개|곳|편|건|회|팀|가지)|何(人|名|社|校|本|件|回|カ国|か国|ヶ国|ケ国)(?!語)|` +
        String.raw`(?:多少|几)\s?(家|部|所|届|集|名|位|人|个)|` +
        String.raw`กี่\s?(คน|ตอน|เรื่อง|ประเทศ|บริษัท|แห่ง|ที่นั่ง|ใบ|รอบ|ภาค|ครั้ง|ชิ้น|ตัว|ภาษา|สาขา|โรง|ราย))`,
      'u',
    ).exec(question);
  const after = howManyWords.exec(question);
  // Only the words up to the first grammar word count ("how many jobs is …" counts jobs).
  if (after?.[1]) after[1] = firstWordsBeforeGrammar(after[1]);
  const before = /([가-힣]+)\s(?:수(?:는|가|를)?(?=[\s?]|$)|몇)|([가-힣]+?)(?:의\s)?(?:수는|수가)(?=[\s?]|$)/u.exec(
    question,
  );
  const percent =
    /percent|per cent|percentage|persen|%|퍼센트|비율|phần trăm|tỷ lệ|tỉ lệ|процент|доля|foiz|パーセント|割合|率/iu.test(
      question,
    ) ||
    // A share asked by its noun: "비중", "占比", "比例", "份额", "構成比", "สัดส่วน", "ร้อยละ", "pangsa", "proportion".
    /비중|占比|比例|比重|份额|百分|構成比|เปอร์เซ็นต์|ร้อยละ|สัดส่วน|ส่วนแบ่ง|\bpangsa\b|\bporsi\b|\bproportion\b/iu.test(
      question,
    ) ||
    // A rate ("취업률", "경쟁률") is a share.
    /[가-힣](?:률|율)(?:은|는|이|가|을|를|도)?(?![가-힣])/u.test(question) ||
    // A stake held in a company is a share of it, told as a percentage ("48.85% of TVING", "株式の51%").
    stakeAsked.test(question);
  // "과정은 몇 학기야": a noun after 몇 that is no counter of the list is what is counted ("학기"), not the word before.
  const counterNoun = counter
    ? undefined
    : /몇\s?([가-힣]{1,4})/u
        .exec(question)?.[1]
        ?.replace(
          /(?:이에요|예요|인가요|입니까|이야|나요|이죠|일까|야|냐|나|지|죠|은|는|이|가|을|를|으로|로|째)$/u,
          '',
        );
  const counting = counterNoun === undefined || counterNoun === '' ? countedBefore(before) : counterNoun;
  // Chinese: people after "多少" or "几" ("有多少员工", "多少名成员"); what else is counted is left to the counter, as a
  // word of the asker's language no article in another language holds ("多少支广告" and "3000편").
  // A classifier of the counter list above already says what is counted ("多少家企业": 家).
  const chinese = /(?:多少|几)(?![家部所届集名位人个])(?:[项件条次场本款支种座间台]\s?)?([\p{Script=Han}]{1,4})/u
    .exec(question)?.[1]
    ?.replace(/[了吗呢的啊呀]+$/u, '');
  const chinesePeople =
    chinese !== undefined && (peopleWords.has(chinese) || employment.test(chinese)) ? chinese : undefined;
  const words = [after?.[1], counting, chinesePeople].filter((text): text is string => text !== undefined);
  const keys = new Set<string>();
  let people =
    counter?.[1] === '명' ||
    counter?.[2] === '人' ||
    counter?.[2] === '名' ||
    /^[名位人]$/u.test(counter?.[3] ?? '') ||
    counter?.[4] === 'คน' ||
    counter?.[4] === 'ราย';
  for (const text of words) {
    const words = wordTokens(text).filter((token) => !isStopWord(token.word));
    // "How many new seasons": a modifier before the noun says which ones, not what is counted ("three new shows").
    const tokens = words.length > 1 ? words.filter((token) => !countModifier.test(token.word)) : words;
    const first = tokens.slice(0, 2);
    for (const token of first) {
      const key = matchKey(token);
      keys.add(koreanNounStem(key));
      if (countsPeople(token, key)) people = true;
    }
    if (vietnamesePeople.test(text.trim())) people = true;
    for (const hit of glossary?.findConcepts(text) ?? []) {
      keys.add(`@${hit.conceptId}`);
      const category = glossary?.concepts.get(hit.conceptId)?.category;
      if (category === 'role' || hit.conceptId === 'headcount') people = true;
    }
    // "How many artist seats": the last noun of an English compound is what is counted, a thing, not people.
    if (text === after?.[1] && first.length === 2 && thingCounted(first[1]?.word ?? '')) people = false;
  }
  // "취업률은 얼마": the rate asked is what the share must be of ("경쟁률" is not "취업률").
  const rate = /([가-힣]+(?:률|율))(?:은|는|이|가|을|를|도)?(?![가-힣])/u.exec(question)?.[1];
  if (percent && rate !== undefined) keys.add(rate);
  // What is counted by its class, for an article in another language (count-classes): "몇 석" ~ "500 seats".
  const classes = countClassesOf([
    ...words,
    // "多少个国家", "几个城市": the noun after the general counter 个 says what is counted, by its class.
    /(?:多少|几)\s?个\s?([\p{Script=Han}]{1,4})/u.exec(question)?.[1] ?? '',
    counter?.[1] ?? counter?.[2] ?? counter?.[3] ?? counter?.[4] ?? '',
    /何([席枚階話])/u.exec(question)?.[1] ?? '',
  ]);
  if (
    ['개국', 'カ国', 'か国', 'ヶ国', 'ケ国', 'ประเทศ'].includes(counter?.[1] ?? counter?.[2] ?? counter?.[4] ?? '') ||
    (counter?.[3] === '个' && classes.has('country'))
  )
    keys.add('@country');
  // "何か国語", "몇 개 국어": languages, known by their class in any article ("45 языков", "21개 언어").
  if (/何[かカヶ]国語|몇\s?개\s?국어/u.test(question)) {
    classes.add('language');
    keys.add('@language');
  }
  // A counter says what is counted, in any language: 편 works (films, series), 개사 / 社 companies, 校 schools.
  const counted = counter?.[1] ?? counter?.[2] ?? counter?.[3];
  if (counted !== undefined && Object.hasOwn(counterConcepts, counted)) keys.add(counterConcepts[counted] as string);
  // "How many people does X employ": the count must be of X's workforce.
  const workforce = employment.test(question);
  // A workforce is not any people counted (trainees, applicants): its class alone does not say employment.
  if (workforce) classes.delete('people');
  // A counter of one kind of thing ("편" works, "곳" places, "校" schools), not a general one ("개", "회", "명").
  // A Thai counter after กี่ is what is counted ("กี่ตอน": episodes): a word of the asker's language, matched by its
  // class in an article in another one, and right after a number in a Thai one ("26 ตอน").
  const thai = counter?.[4] !== undefined && !people ? counter[4] : undefined;
  if (thai !== undefined) keys.add(thai);
  const kindCounter = counted !== undefined && kindCounters.has(counted) ? counted : thai;
  // A noun right after 몇 that no counter of the list names is a counter itself ("몇 차로" and "3차로 나눠").
  const nounCounter = counterNoun !== undefined && /^[가-힣]{1,3}$/u.test(counterNoun) ? counterNoun : undefined;
  return {
    keys,
    people,
    percent,
    workforce,
    classes,
    rank: rankQuestion.test(question),
    counter: kindCounter ?? nounCounter,
  };
}

/**
 * The office a "who is" question asks about, in English: the noun before "of / at / for" ("the head of …", "the HR
 * manager at …") or at the end after a possessive ("Telangana's IT secretary").
 */
const officeBeforePreposition = new RegExp(
  String.raw`^\s*who(?:'s|’s| is| was| are| were)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,2}?` +
    String.raw`([\p{Ll}]{3,})\s+(?:of|at|for|in)\s`,
  'iu',
);
const officeAfterPossessive =
  /^\s*who(?:'s|’s| is| was)\s+[\p{L}'’.-]+['’]s?\s+(?:[\p{L}-]+\s+)?([\p{Ll}]{3,})\s*\??\s*$/iu;

export function askedOffice(question: string): string | undefined {
  const office = officeBeforePreposition.exec(question) ?? officeAfterPossessive.exec(question);
  const word = office?.[1]?.toLowerCase();
  return word === undefined ? undefined : matchKey({ word, script: 'latin' } as WordToken);
}
