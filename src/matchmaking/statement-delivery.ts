/**
 * How an offer or need is delivered, from its own wording: teaching the work (a course, class, academy,
 * curriculum, workshop, internship) or doing it for someone (outsourcing, a service, a vendor, staff supplied).
 * A school that teaches compositing meets a studio's need to hire or train compositors, not its need for a
 * compositing vendor; a compositing vendor does not meet a need for compositing training. An offer or need that
 * says neither (or both: "training and supply of ink & paint artists") is read by its work alone. A partner question
 * is read by the same words, and by its asking ones when they say neither (`askedDelivery`: "where can I learn…").
 */
import type { Glossary } from '../knowledge/glossary.js';
import type { OrganizationKind } from './types.js';

export interface StatementDelivery {
  /** It speaks of teaching the work: course, class, school, academy, workshop, curriculum, internship. */
  teaches: boolean;
  /** It speaks of doing the work for someone: outsourcing, a service, a vendor, contract work, staff supplied. */
  serves: boolean;
  /**
   * It names outsourced work itself — projects, orders, volume, contracts handed out ("外注案件あり", "외주 물량 제공",
   * "we outsource in-betweening", "giao việc gia công", "client projects") — not the doing of it ("受託制作",
   * "nhận gia công", "roto services"). As an offer that is a source of work, not a supplier of the skill; as a need,
   * a wish for such work (client projects), never a need for the skill.
   */
  handsOut: boolean;
  /**
   * It speaks of taking people on (hiring, staff positions) or of people already trained ("trained compositors",
   * "обученные специалисты", "đã qua đào tạo"): people who can do the work are wanted, whether a school trains them or
   * a partner supplies them — so a need that also asks for training is not one to learn only.
   */
  hires: boolean;
}

/** The taxonomy's ways of teaching and of doing work for others: anything at or under these. */
const teachingConcepts = ['training-and-education', 'training'];
const servingConcepts = ['outsourcing'];

/** Teaching words the lexicon may not place, in its languages (spaced scripts whole-word). */
const teachingWords = new RegExp(
  [
    // "of course" is no course, 교육용 ("for education", of content) no teaching.
    '(?<![\\p{L}\\p{M}-])(?:(?<!(?:^|[^\\p{L}])of\\s+)courses?|class|classes|training|trainings',
    'academy|academies|curricul\\p{L}*',
    'workshops?|bootcamps?',
    'lessons?|tuition|teaching|school|schools|masterclass\\p{L}*|upskill\\p{L}*|reskill\\p{L}*|retrain\\p{L}*',
    'learn|learning|đào tạo|khóa học|khoá học|lớp học|giảng dạy|bồi dưỡng|tập huấn|nâng cao tay nghề',
    'курс\\p{L}*|обуч\\p{L}*|школ\\p{L}*|тренинг\\p{L}*|мастер-класс\\p{L}*|стажировк\\p{L}*|переподготовк\\p{L}*',
    "научить|kurs\\p{L}*|o['ʻ‘’]?qitish\\p{L}*|o['ʻ‘’]?rgat\\p{L}*|ta['ʼ’]?lim\\p{L}*|trening\\p{L}*|maktab\\p{L}*",
    'pelatihan|kursus|kelas|magang|belajar|pembelajaran|peningkatan (?:keterampilan|kompetensi|kapasitas)',
    'nâng cao (?:kỹ năng|kĩ năng|năng lực)|біліктілі\\p{L}* арттыру\\p{L}*',
    'оқыту\\p{L}*|үйрет\\p{L}*|тағылымдама\\p{L}*)(?![\\p{L}\\p{M}])',
    '교육(?!용)|강좌|강의|아카데미|양성|수업|클래스|학원|워크숍|워크샵|트레이닝|레슨|역량 ?강화|스킬업',
    '講座|コース|育成|研修|課程|養成|実習|授業|学科|勉強会|ワークショップ|スクール|教室|レッスン|トレーニング|スキルアップ',
    'リスキリング|培训|课程',
    'หลักสูตร|อบรม|สอน|คอร์ส|เวิร์กช็อป|พัฒนาทักษะ|ฝึกทักษะ',
  ].join('|'),
  'iu',
);

/** Words for doing the work for someone (a vendor, a service, outsourcing, staff supplied). */
const servingWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:services?|vendors?|outsourc\\p{L}*|subcontract\\p{L}*|outstaff\\p{L}*|for hire|on demand',
    'dịch vụ|gia công|thuê ngoài|cung ứng|услуг\\p{L}*|аутсорс\\p{L}*|аутстаф\\p{L}*|подряд\\p{L}*|субподряд\\p{L}*',
    'на заказ|autsors\\p{L}*|autstaf\\p{L}*|xizmat(?!chi)\\p{L}*|pudrat\\p{L}*|jasa|layanan|alih daya',
    // қызметкер, xizmatchi: an employee, not a service.
    'қызмет(?!кер)\\p{L}*)(?![\\p{L}\\p{M}])',
    '외주|용역|대행|수주|하청|서비스|파견|外注|受注|受託|請負|代行|下請|派遣|サービス|外包|代工|บริการ|รับจ้าง|รับทำ',
  ].join('|'),
  'iu',
);

/** Words for taking people on, and for people already trained (spaced scripts whole-word). */
const hiringWords = new RegExp(
  [
    // A freelancer wanted ("colorist lepas", "freelance compositors") is someone to do the work, whatever else is said.
    '(?<![\\p{L}\\p{M}])(?:hire|hires|hiring|recruit\\p{L}*|headhunt\\p{L}*|full-time|in-house hires?|on staff',
    'freelanc\\p{L}*|фриланс\\p{L}*|frilans\\p{L}*|lepas|làm (?:việc )?tự do',
    'join (?:our|the) team|trained|certified|tuyển|tuyển dụng|đã qua đào tạo|được đào tạo|nhân sự chính thức',
    'найм\\p{L}*|нанять|нанима\\p{L}*|в штат|штатн\\p{L}*|трудоустро\\p{L}*|обученн\\p{L}*|подготовленн\\p{L}*',
    "shtat\\p{L}*|ishga olish|ishga qabul|yolla\\p{L}*|o['ʻ‘’]?qitilgan|tayyorlangan",
    'rekrut\\p{L}*|merekrut|perekrutan|karyawan tetap|terlatih|bersertifikat',
    'штат\\p{L}*|жұмысқа (?:алу|қабылда\\p{L}*)|оқытылған|дайындалған',
    // A certificate or licence the people wanted already hold ("camera operators with a diving certificate", 持证):
    // people to do the work, not a wish to earn the certificate.
    'licensed|licen[cs]e holders?|certificate holders?',
    'holding (?:an? )?(?:[\\p{L}-]+ ){0,2}(?:certificate|licen[cs]e)s?',
    'có chứng chỉ|có giấy phép|có bằng|имеющ\\p{L}* (?:сертификат|допуск|удостоверени|лицензи)\\p{L}*|с допуском',
    'sertifikatli|guvohnomali|litsenziyali|сертификаты бар|куәлігі бар|memiliki sertifikat',
    'berlisensi)(?![\\p{L}\\p{M}])',
    '채용|영입|구인|정규직|충원|교육받은|수료한|프리랜서|採用|人材募集|正社員|増員|研修を受けた|育成済み|フリーランス',
    '자격증 ?(?:소지|보유)|자격증을 (?:가진|보유한|소지한)|유자격|有資格|資格を(?:持つ|持った|保有)|資格保有|持证|持有证书',
    'รับสมัคร|จ้างงาน|พนักงานประจำ|รับพนักงาน|ผ่านการอบรม|ฟรีแลนซ์|มีใบอนุญาต|มีใบรับรอง',
  ].join('|'),
  'iu',
);

/**
 * Nouns for outsourced work that is given out (projects, orders, volume, contracts) and verbs for giving it out,
 * counted when the statement speaks of outsourcing; "client projects" and the like count on their own.
 */
const outsourcedWorkWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:projects?|orders?|contracts?|subcontracts?|work packages?|bids?|volumes?',
    'we outsource|to outsource',
    'outsource (?:our|some|part)|hand(?:ing)? out|dự án|hợp đồng|đơn hàng|đặt hàng|giao việc|giao gia công|giao dự án',
    'gửi dự án|thuê gia công|заказ\\p{L}*|контракт\\p{L}*|проект\\p{L}*|отда[её]м\\p{L}*|переда[её]м\\p{L}*',
    'buyurtma\\p{L}*',
    'loyiha\\p{L}*|shartnoma\\p{L}*|proyek|kontrak|pesanan|memberi\\p{L}*|тапсырыс\\p{L}*|жоба\\p{L}*',
    'келісімшарт\\p{L}*)(?![\\p{L}\\p{M}])',
    '案件|発注|委託|外注に出|물량|발주|일감|의뢰|계약|งานรับจ้าง|งานจ้าง|สัญญา|โปรเจกต์|โครงการ',
  ].join('|'),
  'iu',
);
/** Client work asked for or offered without the word outsourcing ("client projects", "new clients", "заказчики"). */
const clientWorkWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:client (?:projects?|work|orders?)|paid projects?|commissioned work|заказ\\p{L}*',
    'khách hàng|đơn hàng|buyurtma\\p{L}*|mijoz\\p{L}*|proyek klien|klien|pesanan|тапсырыс\\p{L}*)(?![\\p{L}\\p{M}])',
    '案件|일감|고객사|클라이언트|ลูกค้า',
  ].join('|'),
  'iu',
);
/** Words for taking work on and doing it (a vendor's words); "на заказ" is work made to order. */
const takingWorkWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:services?|for hire|on demand|we take on|take on|nhận|dịch vụ|cung ứng|услуг\\p{L}*',
    'принима\\p{L}*|выполня\\p{L}*|на заказ|аутстаф\\p{L}*|xizmat(?!chi)\\p{L}*|autstaf\\p{L}*|jasa|layanan|menerima',
    'қызмет(?!кер)\\p{L}*)(?![\\p{L}\\p{M}])',
    // Work done for a client ("projects for European studios", "cho đối tác Nhật", "для студий", 海外スタジオ向け).
    '(?<![\\p{L}\\p{M}])(?:for (?:\\p{L}+ )?(?:clients|customers|studios|partners|channels|broadcasters)',
    'cho (?:các )?(?:đối tác|khách hàng|studio|hãng)|для (?:\\p{L}+ )?(?:студий|клиентов|заказчиков|каналов)',
    'untuk (?:studio|klien)|uchun (?:studiyalar|mijozlar))(?![\\p{L}\\p{M}])',
    // The client named as the one served, in an oblique case ("присутствие заказчика", "по ТЗ заказчика", "с
    // заказчиком", "buyurtmachining talabi", "тапсырыс берушінің"): a detail of the work done, no work handed out.
    '(?<![\\p{L}\\p{M}])(?:заказчик(?:а|у|ом|е)|клиент(?:а|у|ом)|buyurtmachi(?:ning|ga)',
    'тапсырыс беруші(?:нің|ге))(?![\\p{L}\\p{M}])',
    'スタジオ向け|クライアント向け|受注|受託|請負|代行|引き受け|承ります|수주|대행|파견|บริการ|รับทำ|รับจ้าง',
  ].join('|'),
  'iu',
);
/**
 * What a partner question adds to the teaching words: asking where to learn the work or who teaches it ("배울 수
 * 있는 곳", "научиться", "dạy", "o'rganish", "mengajar", "เรียน"). Matched on the lower-cased question.
 */
const askingToLearnWords = new RegExp(
  [
    '(?<![\\p{L}])(?:study|studying|teach|teaches|taught|tutor\\p{L}*|get better at|train (?:our|my|them)|trains)' +
      '(?![\\p{L}])',
    '배우|배울|배워|가르치|가르쳐',
    '学べ|学び|学ぶ|学習|習え|習い|習う|教える|教えて(?:い|る)|専門学校',
    '(?<![\\p{L}])(?:на|вы|по|об|пере|из)?уч(?:ить|иться|ат|ит|ите|еб\\p{L}*)|преподава\\p{L}*|освоить',
    // Inside a word too, where the teaching words take only a whole one: киношкола, спецкурс, переобучиться.
    'обуч\\p{L}*|курс\\p{L}*|школ\\p{L}*|мастер-класс\\p{L}*',
    '(?<![\\p{L}\\p{M}])(?:học|dạy|khóa|khoá|lớp)(?![\\p{L}\\p{M}])',
    // With any apostrophe (the teaching words take fewer for o'rgat, ta'lim).
    "(?<![\\p{L}])(?:o['’‘ʻʼ]?rgan\\p{L}*|o['’‘ʻʼ]?rgat\\p{L}*|o['’‘ʻʼ]?qit\\p{L}*|ta['’‘ʻʼ]?lim\\p{L}*)",
    '(?<![\\p{L}])(?:mengajar|ngajar\\p{L}*|diajarkan|sekolah)(?![\\p{L}])',
    'เรียน',
    '(?<![\\p{L}])(?:оқыт\\p{L}*|үйрен\\p{L}*|мектеп\\p{L}*)',
    '培訓|課程|教学|教學|学习|學習|学校|學校',
  ].join('|'),
  'u',
);

/**
 * What a partner question adds to the service words: asking for the work to be done for the asker — who can do or
 * make it, a contractor, work ordered or handed over ("업체", "해 줄"; "業者", "やってくれる"; "сделать", "под заказ";
 * "nhận làm", "đơn vị"; "qilib beradigan"; "bikin"; "รับทำ"; "接单"). Hiring people is not among them: a school's
 * graduates may meet a need to hire. Matched on the lower-cased question.
 */
const askingToHaveDoneWords = new RegExp(
  [
    '(?<![\\p{L}])(?:who(?:\\s+else)?\\s+(?:can|could|would|will)\\s+(?:do|make|handle|shoot|film|dub|edit|create|' +
      'produce|deliver|take on|record|mix|animate|render)|contractors?|freelanc\\p{L}*|for us|done for)(?![\\p{L}])',
    '업체|맡기|맡길|의뢰|해\\s*줄|해\\s*주는|해\\s*주실|해\\s*주시|프리랜서|제작사',
    '委託|請け負|業者|頼め|頼みたい|依頼|お願いでき|やってくれ|してくれ|制作会社|フリーランス|' +
      'できる(?:会社|人|ところ|スタジオ|チーム)|描ける|作れる|撮れる',
    '(?<![\\p{L}])(?:под заказ|заказать|сдела(?:ть|ет|ют)|дела(?:ет|ют)|фрилансер\\p{L}*|сним(?:ет|ут)|снять)' +
      '(?![\\p{L}])',
    '(?<![\\p{L}\\p{M}])(?:nhận làm|nhận|làm giúp|đơn vị|làm|quay)(?![\\p{L}\\p{M}])',
    '(?<![\\p{L}])(?:\\p{L}+ib beradigan|qiladigan|\\p{L}*adigan|buyurtma\\p{L}*|frilanser\\p{L}*)',
    '(?<![\\p{L}])(?:bikin\\p{L}*|buatkan|mengerjakan|garap\\p{L}*|terima|bantu)(?![\\p{L}])',
    'รับ(?!สมัคร)|จ้าง|ทำให้|ฟรีแลนซ์|บริษัท',
    '接单|接單|承接|帮忙做|幫忙做|能做|可以做',
  ].join('|'),
  'u',
);

/** Thai nouns for contract work that contain the verb for taking it on. */
const thaiWorkNouns = /งานรับจ้าง|งานจ้าง/gu;

/** Whether a statement names outsourced work given out rather than its doing (see `StatementDelivery.handsOut`). */
function namesWorkHandedOut(text: string, outsourcing: boolean, teaching: boolean): boolean {
  // A course "for clients" and a vendor's "roto services" are no work handed out.
  if ((teaching && !outsourcing) || takingWorkWords.test(text.replace(thaiWorkNouns, ' '))) return false;
  return clientWorkWords.test(text) || (outsourcing && outsourcedWorkWords.test(text));
}

/**
 * The delivery a partner question asks for: its words read as a statement's (`read`); when they say neither teaching
 * nor service, asking where to learn the work or who teaches it is a need to learn it, read as a profile's training
 * need is (schools and courses meet it, a vendor doing the work does not), and asking for the work done a need for a
 * service.
 */
export function askedDelivery(question: string, read: StatementDelivery): StatementDelivery {
  if (read.teaches || read.serves) return read;
  const text = question.normalize('NFC').toLowerCase();
  if (askingToLearnWords.test(text)) return { ...read, teaches: true, handsOut: false };
  if (askingToHaveDoneWords.test(text)) {
    return { ...read, serves: true, handsOut: namesWorkHandedOut(question, true, false) };
  }
  return read;
}

export function createDeliveryReader(glossary: Glossary) {
  const cache = new Map<string, { teaches: boolean; serves: boolean }>();
  const kindOf = (conceptId: string) => {
    let kind = cache.get(conceptId);
    if (kind === undefined) {
      const ancestors = glossary.withAncestors(conceptId);
      // Students, graduates and instructors are people of a school, not the teaching itself.
      const person = glossary.concepts.get(conceptId)?.category === 'role';
      kind = {
        teaches: !person && teachingConcepts.some((id) => ancestors.includes(id)),
        serves: servingConcepts.some((id) => ancestors.includes(id)),
      };
      cache.set(conceptId, kind);
    }
    return kind;
  };
  /** The delivery a statement speaks of, from its concepts and its words. */
  return (text: string, conceptIds: readonly string[]): StatementDelivery => {
    let teaches = teachingWords.test(text);
    let serves = servingWords.test(text);
    for (const conceptId of conceptIds) {
      const kind = kindOf(conceptId);
      teaches ||= kind.teaches;
      serves ||= kind.serves;
    }
    return { teaches, serves, handsOut: namesWorkHandedOut(text, serves, teaches), hires: hiringWords.test(text) };
  };
}

/**
 * Whether an offer's way of delivering rules out a specific need: a need for a vendor (outsourcing, a service) is
 * not met by an offer that only teaches the work, and a need for training is not met by an offer that only does
 * the work for others. Needs and offers that say neither, or both, are not ruled out.
 */
export function deliveryMismatch(need: StatementDelivery, offer: StatementDelivery): boolean {
  // People who can do the work ("hire or train compositors") come from a school or from a partner supplying them.
  if (need.hires) return false;
  if (need.serves && !need.teaches) return offer.teaches && !offer.serves;
  if (need.teaches && !need.serves) return offer.serves && !offer.teaches;
  return false;
}

/** Kinds of organization whose offers, when one of them teaches, are what they teach (a school, a guild's academy). */
const teachingKinds: readonly OrganizationKind[] = ['talent_center', 'association', 'other'];

/**
 * Whether an organization teaches the work it names: a training center, association or other body with a course
 * among its offers, or any organization most of whose offers teach. Its offers that say neither teaching nor
 * service ("Nuke compositing", "Перезапись и сведение") are then read as what it teaches; a studio's (one paid
 * internship beside its work) as the work it does.
 */
export function teachesWork(kind: OrganizationKind, offers: readonly { delivery: StatementDelivery }[]): boolean {
  const teaching = offers.filter((offer) => offer.delivery.teaches).length;
  return teaching > 0 && (teachingKinds.includes(kind) || teaching * 2 > offers.length);
}

/**
 * Whether a need is one to learn the work (staff training in Nuke compositing, 직원 언리얼 교육, обучение сотрудников
 * монтажу) from an organization that does not teach it: then only offers that teach it (or plain offers of a
 * teaching organization) meet it, never a studio doing the work as a service. A school's own needs that speak of
 * teaching (instructors for its course, internships for its students) are not needs to learn, and nor is one that
 * also asks to hire, or for people already trained ("2 in-house hires or training for our editors").
 */
export function wantsToLearn(need: { delivery: StatementDelivery }, askerTeaches: boolean): boolean {
  return !askerTeaches && need.delivery.teaches && !need.delivery.serves && !need.delivery.hires;
}

/** Whether an offer teaches, read in its organization (a teaching organization's plain offers teach). */
export function offerTeaches(offer: { delivery: StatementDelivery }, providerTeaches: boolean): boolean {
  return offer.delivery.teaches || (providerTeaches && !offer.delivery.serves);
}

/** Ways of delivering that only say who an internship is for (students, graduates, trainees, hiring after it). */
const internshipCompanions = new Set(['internship', 'student', 'graduate', 'trainee', 'recruitment', 'young-talent']);

/** Whether an offer speaks only of internships (and whom they are for), not of teaching or doing the work. */
export function internshipOnly(offer: { modes: readonly string[] }): boolean {
  return offer.modes.includes('internship') && offer.modes.every((mode) => internshipCompanions.has(mode));
}
