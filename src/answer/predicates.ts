/**
 * What a question says happened — its predicate: hired, invested, opened, signed, trained, founded, released, met,
 * partnered, won, completed, applied, acquired, selected — in the six languages, by the stems of its verbs and nouns
 * ("hire", "채용", "tuyển", "採用", "нанят", "ishga ol"). A passage often holds several units of the asked type about
 * one entity (its staff and the jobs it will add, the year it was founded and the month it opened a studio): the
 * unit that answers is the one told with the question's predicate, best in the same clause. Words for holding any
 * event ("열리다", "開く", "held") are left out: they do not say what happened.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { clausesOf, holdsAskedUnit } from './asked-unit.js';
import type { Candidate } from './candidate-scoring.js';
import type { QuestionAnalysis } from './question-analysis.js';

/** Kinds of events, each with the stems that say it in en / ko / vi / ja / ru / uz (case-insensitive). */
const predicateKinds: Record<string, RegExp> = {
  hire: kind(
    String.raw`\b(?:hir(?:e|es|ed|ing)|recruit\w*|jobs?|new (?:staff|employees|positions))\b`,
    '채용|고용|일자리|신규 인력|뽑(?:을|는|았|기)',
    'tuyển|việc làm',
    '採用|雇用|雇う|雇い|雇っ|求人',
    String.raw`(?<!\p{L})(?:наня|наним|найм|трудоустр|рабочи[хм] мест|ваканси)`,
    'ishga ol|yolla|ish o.rin',
  ),
  invest: kind(
    String.raw`\b(?:invest\w*|fund(?:s|ed|ing)?|financ\w*|backed|backing|stake)\b`,
    '투자|출자|펀딩|자금',
    'đầu tư|rót vốn|tài trợ',
    '投資|出資|資金',
    String.raw`(?<!\p{L})(?:инвест|влож|финансир)`,
    'investitsiya|sarmoya|mablag',
  ),
  open: kind(
    String.raw`\b(?:open(?:s|ed|ing)?|launch\w*|unveil\w*|inaugurat\w*|kick(?:s|ed)? off|debut\w*|start(?:s|ed)?|` +
      String.raw`began|begin\w*)\b`,
    '개소|개관|개원|개설|개막|오픈|출범|문을 열|시작|론칭|선보',
    'khai trương|khánh thành|khai mạc|khai giảng|ra mắt|mở|bắt đầu|khởi động',
    '開設|開業|開校|開所|開幕|開講|オープン|開始|始動|発足|始ま',
    String.raw`(?<!\p{L})(?:откр|запуск|запуст|старт|начал|начн|начина)`,
    'ochil|ochdi|ochgan|ishga tushir|boshla',
  ),
  sign: kind(
    String.raw`\b(?:sign(?:s|ed|ing)?|agreements?|deals?|contracts?|mou|pact|memorand\w*)\b`,
    '체결|협약|계약|맺|서명|양해각서',
    'ký|kí|thỏa thuận|thoả thuận|hợp đồng|biên bản ghi nhớ',
    '締結|契約|調印|結ん|合意|交わ|覚書',
    String.raw`(?<!\p{L})(?:подпис|соглашени|договор|заключ|меморандум)`,
    'imzola|shartnoma|kelishuv|memorandum',
  ),
  train: kind(
    String.raw`\b(?:train\w*|teach\w*|taught|courses?|class(?:es)?|educat\w*|lectures?|tutor\w*|masterclass\w*)\b`,
    '교육|강의|강좌|양성|수업|가르|연수',
    'đào tạo|giảng dạy|dạy|khóa học|lớp học|huấn luyện',
    '育成|教育|講義|講座|授業|教え|研修|養成',
    String.raw`(?<!\p{L})(?:обуч|учит|учат|учил|курс|преподав|подготов|образоват)`,
    "o'qit|oʻqit|ta'lim|taʼlim|kurs|tayyorla",
  ),
  release: kind(
    String.raw`\b(?:releas\w*|premier\w*|air(?:s|ed|ing)?|broadcast\w*|screen(?:s|ed|ing)|publish\w*|` +
      String.raw`stream(?:s|ed|ing)?|hit (?:theaters|theatres|cinemas))\b`,
    '개봉|방송|방영|공개|출시|상영|연재|발매',
    'phát hành|công chiếu|ra rạp|phát sóng|trình chiếu|chiếu',
    '公開|放送|配信|上映|発売|刊行|連載',
    String.raw`(?<!\p{L})(?:выпуст|выпуск|выйд|выход|вышел|вышл|прокат|премьер|показ|эфир)`,
    'chiqar|namoyish|efir',
  ),
  found: kind(
    String.raw`\b(?:found(?:ed|ing|er|ers)?|establish\w*|set up|formed|created)\b`,
    '설립|창립|창업|창설|세워',
    String.raw`thành lập|ra đời|\bdidirikan\b|\bmendirikan\b`,
    '設立|創立|創業|創設|立ち上げ',
    String.raw`(?<!\p{L})(?:основ|создан|учрежд)`,
    'tashkil (?:etilgan|topgan)|asos solingan',
  ),
  meet: kind(
    String.raw`\b(?:meet(?:s|ing|ings)?|met|talks|visit\w*)\b`,
    '만나|만남|만났|회동|방문|면담|회담',
    'gặp|thăm|hội đàm|hội kiến',
    '会談|面会|訪問|会っ|会う|視察|見学',
    String.raw`(?<!\p{L})(?:встреч|встрет|визит|посет|переговор)`,
    'uchrash|tashrif',
  ),
  partner: kind(
    String.raw`\b(?:partner\w*|cooperat\w*|co-operat\w*|collaborat\w*|team(?:s|ed)? up|` +
      String.raw`join(?:s|ed)? (?:forces|hands)|` +
      String.raw`work(?:s|ed|ing)? (?:\w+ )?with|alliance)\b`,
    '협력|협업|제휴|손잡|손을 잡|파트너|공동',
    'hợp tác|bắt tay|liên kết|đối tác|chung tay',
    '提携|協力|連携|協業|組ん|手を組|パートナー|共同',
    String.raw`(?<!\p{L})(?:сотруднич|партн[её]р|совместн|альянс)`,
    'hamkor|sherik',
  ),
  win: kind(
    String.raw`\b(?:w[io]n|wins|winning|winner|award\w*|prizes?)\b`,
    '수상|상을|대상|우승|최우수상',
    'giải|đoạt|thắng|trao',
    '受賞|賞|優勝|グランプリ',
    String.raw`(?<!\p{L})(?:наград|приз|преми[яию]|побед|выиграл)`,
    "mukofot|g'olib|gʻolib|yutib",
  ),
  complete: kind(
    String.raw`\b(?:complet\w*|graduat\w*|finish\w*)\b`,
    '수료|마쳐|마친|마쳤|졸업|이수',
    'hoàn thành|tốt nghiệp',
    '修了|卒業',
    String.raw`(?<!\p{L})(?:окончи|заверши|выпускник)`,
    'tugat|bitir',
  ),
  apply: kind(
    String.raw`\b(?:appl(?:y|ied|ies|icants?|ications?)|sign(?:ed)? up|register\w*|enrol\w*)\b`,
    '지원자|지원했|신청|응모|접수',
    'đăng ký|ứng tuyển|nộp đơn',
    '応募|申し込|申込|出願',
    String.raw`(?<!\p{L})(?:заявк|подал|записал|регистр)`,
    'ariza|ro.yxat',
  ),
  acquire: kind(
    String.raw`\b(?:acquir\w*|acquisition\w*|bought|buy\w*|purchas\w*|takeover|took over|take over)\b`,
    '인수|매입|사들',
    'mua lại|thâu tóm',
    '買収|取得',
    String.raw`(?<!\p{L})(?:купи|покуп|приобр|поглощ)`,
    'sotib ol',
  ),
  select: kind(
    String.raw`\b(?:select\w*|chosen|chose|picked|shortlist\w*|nominat\w*)\b`,
    '선정|뽑혔|선발|선택|후보',
    'được chọn|lựa chọn|tuyển chọn|đề cử',
    '選ば|選出|採択|ノミネート|選定',
    String.raw`(?<!\p{L})(?:отобран|выбран|отбор|номинир)`,
    'tanlan|nomzod',
  ),
};

function kind(...languages: string[]): RegExp {
  return new RegExp(languages.join('|'), 'iu');
}

/** The kinds of event a text tells of. */
export function predicatesIn(text: string): string[] {
  return Object.entries(predicateKinds)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

/**
 * How well a sentence tells of one of the asked events: 1 when a clause holds both the event and a unit of the asked
 * type (`holdsUnit`), 0.5 when the sentence tells of the event elsewhere, 0 when it does not.
 */
export function predicateHeld(
  sentence: string,
  asked: readonly string[],
  holdsUnit: (text: string) => boolean,
): number {
  if (asked.length === 0) return 0;
  const patterns = asked.map((name) => predicateKinds[name] as RegExp);
  if (!patterns.some((pattern) => pattern.test(sentence))) return 0;
  const clauses = clausesOf(sentence);
  if (clauses.length <= 1) return 1;
  return clauses.some((clause) => patterns.some((pattern) => pattern.test(clause)) && holdsUnit(clause)) ? 1 : 0.5;
}

/** How much a sentence that tells of the asked event in the unit's clause gains over one that does not. */
const askedEventWeight = 0.1;

/**
 * The asked event decides between units of the asked type: a sentence that tells of it (best in the unit's clause)
 * ranks above one that does not, and when some grounded sentence tells of it, the grounded ones that do not hold
 * another fact of the entity (its staff, not the jobs it will add) and are not answers.
 */
export function preferAskedEvent(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  glossary: Glossary | undefined,
): void {
  preferAskedKind(candidates, analysis, glossary);
  preferAskedOffice(candidates, analysis);
  keepAskedEdition(candidates, analysis);
  preferToldEvent(candidates, analysis);
}

/**
 * "Who is the new chairman": the lexicon may file an office under a broader role that another office shares ("chairman"
 * and "chief executive" both executives), so a sentence naming someone's other office holds the role too. When a
 * grounded sentence writes the office as the question does, the grounded ones that do not are another office's.
 */
function preferAskedOffice(candidates: Candidate[], analysis: QuestionAnalysis): void {
  if (analysis.type !== 'person') return;
  const offices = analysis.terms.flatMap((term) => (term.relation && term.surface ? [term.surface.toLowerCase()] : []));
  if (offices.length === 0) return;
  const grounded = candidates.filter((candidate) => candidate.grounded);
  const writes = (candidate: Candidate) => {
    const sentence = (candidate.analysed.sentences[candidate.index] as string).toLowerCase();
    return offices.some((office) => sentence.includes(office));
  };
  const writing = grounded.filter(writes);
  if (writing.length === 0 || writing.length === grounded.length) return;
  for (const candidate of grounded) if (!writes(candidate)) candidate.grounded = false;
}

/** The asked kind of event (hired, opened …) decides between units of the asked type (see preferAskedEvent). */
function preferAskedKind(candidates: Candidate[], analysis: QuestionAnalysis, glossary: Glossary | undefined): void {
  const asked = analysis.predicates ?? [];
  const typed = analysis.type !== 'other' && analysis.type !== 'definition';
  if (asked.length === 0 || !typed) return;
  const held = new Map<Candidate, number>();
  for (const candidate of candidates) {
    if (!candidate.evidence.unit) continue;
    const sentence = candidate.analysed.sentences[candidate.index] as string;
    const strength = predicateHeld(sentence, asked, (clause) =>
      holdsAskedUnit(clause, analysis, glossary, candidate.evidence.crossing),
    );
    held.set(candidate, strength);
    candidate.score += askedEventWeight * strength;
  }
  // Only when the asked event is told with a unit elsewhere: refusing every sentence that tells of another event cost
  // more right answers than wrong ones on the tune half (same 62 -> 61, cross 45 -> 42, grounded-but-wrong 6 -> 5).
  const grounded = candidates.filter((candidate) => candidate.grounded);
  if (!grounded.some((candidate) => held.get(candidate) === 1)) return;
  for (const candidate of grounded) {
    if ((held.get(candidate) ?? 0) > 0) continue;
    // It tells of another event: its unit is that event's.
    const sentence = candidate.analysed.sentences[candidate.index] as string;
    if (predicatesIn(sentence).some((name) => !asked.includes(name))) candidate.grounded = false;
  }
}

/**
 * The numbered or lettered round, cohort, edition or phase a question names ("Series A", "2차 교육", "6기", "第3回",
 * "lần thứ 2", "второй сезон" aside): each label as its kind and value ("series:a", "차:2").
 */
function editionLabels(text: string): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  const add = (kind: string, value: string) => {
    const values = labels.get(kind) ?? new Set<string>();
    values.add(value.toLowerCase());
    labels.set(kind, values);
  };
  for (const match of text.matchAll(
    /\b(series|round|season|phase|batch|cohort|edition|stage|tranche)\s+([A-Z]|\d{1,2}|[IVX]{1,4})(?![\p{L}\d])/giu,
  ))
    add((match[1] as string).toLowerCase(), match[2] as string);
  for (const match of text.matchAll(/(?<![\d.,])(\d{1,2})\s?(차|기|期)(?![\p{Script=Hangul}\p{Script=Han}])/gu))
    add(match[2] as string, match[1] as string);
  for (const match of text.matchAll(/第\s?(\d{1,2})\s?(回|期|弾)/gu)) add(match[2] as string, match[1] as string);
  for (const match of text.matchAll(/(?<!\p{L})(khóa|đợt|mùa|lần thứ)\s+(\d{1,2}|[IVX]{1,4})(?![\p{L}\d])/giu))
    add((match[1] as string).toLowerCase(), match[2] as string);
  return labels;
}

/**
 * A question about one of several rounds of the same kind ("How much did X raise in its Series A", "2차 교육은 언제
 * 시작해") is not answered by a sentence that tells only another round of that kind ("closed a Series B round", "1차
 * 교육은 6월 22일까지"): the article's unit is that round's.
 */
function keepAskedEdition(candidates: Candidate[], analysis: QuestionAnalysis): void {
  const asked = editionLabels(analysis.questionText ?? '');
  if (asked.size === 0) return;
  for (const candidate of candidates) {
    if (!candidate.grounded) continue;
    const told = editionLabels(candidate.analysed.sentences[candidate.index] as string);
    for (const [kind, values] of asked) {
      const other = told.get(kind);
      if (other && ![...values].some((value) => other.has(value))) candidate.grounded = false;
    }
  }
}

/** Below this share of the question's own words (candidate-scoring `own`) a best sentence says next to nothing. */
const weakOwn = 0.3;

/** How much more of what the question says happened a sentence must tell to take the answer from another. */
const toldEventMargin = 0.3;

/**
 * An article often gives several units of the asked type for different events (two dates, this year's and last year's
 * counts): the one that answers is told with what the question says happened. When the best grounded sentence tells
 * none of it and another sentence of the same article holds a unit of the asked type and tells it — grounded, or
 * failing only because it does not name the entity the article's other sentence names ("the festival", "同社") — that
 * one is the answer, and the sentences of that article that tell less of the event are not.
 */
export function preferToldEvent(candidates: Candidate[], analysis: QuestionAnalysis): void {
  const typed = analysis.type !== 'other' && analysis.type !== 'definition';
  if (!typed) return;
  const best = candidates.filter((candidate) => candidate.grounded).sort((left, right) => right.score - left.score)[0];
  // Only a best sentence that says next to nothing of the question besides its entity gives way.
  if (!best || best.evidence.event > 0 || best.evidence.own >= weakOwn) return;
  const article = best.passage.chunk.articleId;
  const rival = candidates
    .filter(
      (candidate) =>
        candidate.passage.chunk.articleId === article &&
        (candidate.grounded || candidate.evidence.unnamed) &&
        candidate.evidence.event >= toldEventMargin,
    )
    .sort((left, right) => right.evidence.event - left.evidence.event || right.score - left.score)[0];
  if (!rival) return;
  for (const candidate of candidates)
    if (
      candidate.passage.chunk.articleId === article &&
      candidate.evidence.event < rival.evidence.event - toldEventMargin
    )
      candidate.grounded = false;
  rival.grounded = true;
  rival.score = Math.max(rival.score, best.score + askedEventWeight);
}
