/**
 * How a lexicon concept counts in an offer or a need: what it is about (a subject: compositing,
 * subtitling), how it is delivered (a mode: training, internships), who or with whom (people:
 * experts, partners), or context (a domain or tool: film, Blender); places, people and
 * organizations never stand for an offer or need.
 */
import type { Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import type { ConceptRole } from './normalize-statement.js';

/**
 * Words that say how something is delivered or who does it, not what it is about, in the
 * glossary languages. A concept whose preferred English label is made of these words
 * (training, education, internships, talent development), anything under such a concept
 * (mentoring, masterclass, workshop), and a role that names people without a skill (experts,
 * students, creators) is a "mode" concept: it never makes an offer off-topic.
 */
const deliveryWords = `
training train trainings course courses class classes education educational program programme programs programmes
workshop workshops bootcamp bootcamps camp school schools academy academies lesson lessons tuition teaching teach
learning learn curriculum certification certificate internship internships intern interns mentoring mentorship mentor
mentors coaching coach service services outsourcing outsource support team teams staff personnel specialist
specialists expert experts professional professionals talent talents worker workers crew crews development
capacity building short term online offline practical hands on partner partners partnership partnerships
cooperation collaboration networking network event events seminar seminars masterclass masterclasses
recruitment recruiting hiring hire employment employer employers job jobs placement placements career careers
contract contracts project projects client clients order orders vendor vendors graduate graduates student students
trainee trainees alumni paid long term remote freelance freelancers opportunity opportunities work
채용 취업 일자리 고용 수료생 졸업생 학생 프로젝트 계약 발주 고객 연계 기회 유급 장기
tuyển dụng việc làm sinh viên học viên dự án hợp đồng khách hàng cơ hội dài hạn có lương
採用 就職 求人 学生 修了生 卒業生 案件 発注 外注 契約 継続 有給 長期
трудоустройство найм работа выпускники выпускников студенты студентов проекты заказы контракты контракт клиенты
долгосрочные партнёры партнеры заказчики заказчик зарубежные зарубежом рубежом новые ученики компании
ish bitiruvchilar talabalar loyihalar buyurtmalar shartnoma shartnomalar
xorijiy hamkorlar hamkorlik mijozlar buyurtmachi buyurtmachilar yangi tinglovchilar korxonalar uzoq muddatli
pelatihan kursus magang lulusan mahasiswa perekrutan proyek kontrak klien mitra kerja sama layanan jasa
siswa murid peserta baru perusahaan luar negeri asing jangka panjang sebagai
ฝึกอบรม หลักสูตร ฝึกงาน นักศึกษา โครงการ สัญญา ลูกค้า พันธมิตร นักเรียน ต่าง ประเทศ ใหม่ องค์กร ทำงาน
оқыту курс курстар тағылымдама түлектер студенттер жұмыс жоба келісімшарт серіктес
серіктестер серіктестік шетелдік тапсырыс берушілер беруші клиенттер жаңа оқушылар компаниялар компаниялары ұзақ
мерзімді тұрақты
교육 교육과정 과정 강좌 강의 훈련 양성 아카데미 학교 연수 인턴 인턴십 멘토링 멘토 서비스 외주 지원 인력 전문가 전문 인재 팀 협력 네트워킹 세미나 워크숍 행사
스태프 크루
đào tạo khóa học khoá học lớp học lớp trường học học viện giảng dạy thực tập cố vấn dịch vụ hỗ trợ nhân lực chuyên gia
nhân sự đội ngũ hợp tác sự kiện hội thảo
研修 講座 教育 育成 学校 トレーニング コース インターン インターンシップ メンタリング サービス 支援 人材 専門家 チーム
スタッフ クルー
обучение курсы курс тренинг тренинги школа академия стажировка стажировки наставничество услуги услуга поддержка
специалисты специалист кадры персонал команда
oʻqitish o'qitish talim ta'lim kurs kurslar trening maktab akademiya amaliyot xizmat xizmatlar mutaxassis
mutaxassislar kadrlar jamoa
`;

/**
 * Advice about work rather than the work: a concept labelled only with these (and delivery) words ("consulting",
 * "advisory services") is broad — beside other work in a need ("VFX pipeline consulting", "집필 컨설팅") it says how that
 * work is wanted, and a bare offer of it covers such a need only in part.
 */
const adviceWords = 'consulting consultancy consultant consultants advisory advice adviser advisers advisor advisors';

/** Concepts labelled with these words (cooperation, partnership…) only say "with someone". */
const partnershipWords = 'cooperation collaboration partnership partnerships partner partners';

const unmatchableCategories = new Set(['place', 'person', 'organization']);

export interface ConceptRoles {
  roleOf(conceptId: string): ConceptRole | undefined;
  isMode(conceptId: string): boolean;
  isMatchable(conceptId: string): boolean;
  isProduct(conceptId: string): boolean;
  /** Whether a concept is bare advice about work ("consulting"; see `adviceWords`). */
  isAdvice(conceptId: string): boolean;
  /** A word that only says how or with whom (or a stop word). */
  isDeliveryKey(key: string): boolean;
  /** One word that only says who or how ("crew", "staff", スタッフ, 스태프), not a stop word. */
  isBareDeliveryWord(text: string): boolean;
  /**
   * For a course entry (named after the work it teaches, under a way of delivering and under that work:
   * "animation course" under training and animation), the work it teaches; empty for anything else.
   */
  taughtSubjectsOf(conceptId: string): string[];
}

export function createConceptRoles(glossary: Glossary): ConceptRoles {
  const deliveryKeys = new Set(wordTokens(deliveryWords).map(matchKey));
  const partnershipKeys = new Set(wordTokens(partnershipWords).map(matchKey));
  const adviceKeys = new Set(wordTokens(adviceWords).map(matchKey));
  const isDeliveryKey = (key: string) => deliveryKeys.has(key) || isStopWord(key);

  const isMatchable = (conceptId: string): boolean => {
    const concept = glossary.concepts.get(conceptId);
    return concept !== undefined && !unmatchableCategories.has(concept.category);
  };
  const labelIsDelivery = (conceptId: string): boolean => {
    const label = glossary.concepts.get(conceptId)?.en[0];
    if (label === undefined) return false;
    const keys = wordTokens(label).map(matchKey);
    return keys.length > 0 && keys.every(isDeliveryKey);
  };
  const labelIsPartnership = (conceptId: string): boolean => {
    const label = glossary.concepts.get(conceptId)?.en[0];
    return (
      label !== undefined &&
      wordTokens(label)
        .map(matchKey)
        .some((key) => partnershipKeys.has(key))
    );
  };
  const isAdvice = (conceptId: string): boolean => {
    const label = glossary.concepts.get(conceptId)?.en[0];
    if (label === undefined) return false;
    const keys = wordTokens(label).map(matchKey);
    return keys.some((key) => adviceKeys.has(key)) && keys.every((key) => adviceKeys.has(key) || isDeliveryKey(key));
  };
  const hasNarrower = new Set([...glossary.concepts.values()].flatMap((concept) => concept.broader));
  /**
   * A software tool (Premiere Pro, Autodesk Maya, ZBrush): a stand-alone skill named like a product,
   * every word capitalised. It says how the work is done, so it is context: "Maya 3D animation
   * course" is about 3D animation.
   */
  const namedLikeProduct = (conceptId: string): boolean => {
    const concept = glossary.concepts.get(conceptId);
    if (concept?.category !== 'skill' || hasNarrower.has(conceptId)) return false;
    const label = concept.en[0] ?? '';
    const words = label.split(/\s+/).filter((word) => word !== '');
    // Every word capitalised, and not an acronym ("ADR", "DIT" are work, not products).
    return words.length > 0 && /\p{Ll}/u.test(label) && words.every((word) => !/^\p{Ll}/u.test(word));
  };
  const isTool = (conceptId: string): boolean =>
    namedLikeProduct(conceptId) && (glossary.concepts.get(conceptId)?.broader.length ?? 0) === 0;
  const toolCache = new Map<string, boolean>();
  const roleCache = new Map<string, ConceptRole | undefined>();
  const roleOf = (conceptId: string): ConceptRole | undefined => {
    if (roleCache.has(conceptId)) return roleCache.get(conceptId);
    const concept = glossary.concepts.get(conceptId);
    let role: ConceptRole | undefined;
    const ancestors = glossary.withAncestors(conceptId);
    if (concept === undefined || !isMatchable(conceptId)) role = undefined;
    else if (concept.category === 'role' && concept.broader.length === 0) role = 'people';
    else if (ancestors.some(labelIsPartnership)) role = 'people';
    else if (ancestors.some(labelIsDelivery)) role = 'mode';
    else if (concept.category === 'concept' || isTool(conceptId)) role = 'domain';
    else role = 'subject';
    roleCache.set(conceptId, role);
    return role;
  };
  const isMode = (conceptId: string) => {
    const role = roleOf(conceptId);
    return role === 'mode' || role === 'people';
  };
  const isProduct = (conceptId: string): boolean => {
    let cached = toolCache.get(conceptId);
    if (cached === undefined) {
      cached = namedLikeProduct(conceptId);
      toolCache.set(conceptId, cached);
    }
    return cached;
  };
  const taughtCache = new Map<string, string[]>();
  const taughtSubjectsOf = (conceptId: string): string[] => {
    let taught = taughtCache.get(conceptId);
    if (taught === undefined) {
      taught =
        roleOf(conceptId) === 'mode' && !labelIsDelivery(conceptId)
          ? (glossary.concepts.get(conceptId)?.broader ?? []).filter((parent) => roleOf(parent) === 'subject')
          : [];
      taughtCache.set(conceptId, taught);
    }
    return taught;
  };
  const isBareDeliveryWord = (text: string) => {
    const keys = wordTokens(text).map(matchKey);
    return keys.length === 1 && deliveryKeys.has(keys[0] as string) && !isStopWord(keys[0] as string);
  };
  return { roleOf, isMode, isMatchable, isProduct, isAdvice, isDeliveryKey, isBareDeliveryWord, taughtSubjectsOf };
}
