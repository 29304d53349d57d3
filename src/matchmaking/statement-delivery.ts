/**
 * How an offer or need is delivered, from its own wording: teaching the work (a course, class, academy,
 * curriculum, workshop, internship) or doing it for someone (outsourcing, a service, a vendor, staff supplied).
 * A school that teaches compositing meets a studio's need to hire or train compositors, not its need for a
 * compositing vendor; a compositing vendor does not meet a need for compositing training. An offer or need that
 * says neither (or both: "training and supply of ink & paint artists") is read by its work alone.
 */
import type { Glossary } from '../knowledge/glossary.js';

export interface StatementDelivery {
  /** It speaks of teaching the work: course, class, school, academy, workshop, curriculum, internship. */
  teaches: boolean;
  /** It speaks of doing the work for someone: outsourcing, a service, a vendor, contract work, staff supplied. */
  serves: boolean;
}

/** The taxonomy's ways of teaching and of doing work for others: anything at or under these. */
const teachingConcepts = ['training-and-education', 'training'];
const servingConcepts = ['outsourcing'];

/** Teaching words the lexicon may not place, in its languages (spaced scripts whole-word). */
const teachingWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}-])(?:courses?|class|classes|training|trainings|academy|academies|curricul\\p{L}*',
    'workshops?|bootcamps?',
    'lessons?|tuition|teaching|school|schools|masterclass\\p{L}*|đào tạo|khóa học|khoá học|lớp học|giảng dạy',
    'курс\\p{L}*|обучени\\p{L}*|школ\\p{L}*|тренинг\\p{L}*|мастер-класс\\p{L}*|стажировк\\p{L}*|kurs\\p{L}*',
    "o['ʻ‘’]?qitish\\p{L}*|ta['ʼ’]?lim\\p{L}*|trening\\p{L}*|maktab\\p{L}*|pelatihan|kursus|kelas|magang",
    'оқыту\\p{L}*|тағылымдама\\p{L}*)(?![\\p{L}\\p{M}])',
    '교육|강좌|강의|아카데미|양성|수업|클래스|講座|コース|育成|研修|課程|養成|実習|授業|学科|培训|课程',
    'หลักสูตร|อบรม|สอน',
  ].join('|'),
  'iu',
);

/** Words for doing the work for someone (a vendor, a service, outsourcing, staff supplied). */
const servingWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:services?|vendors?|outsourc\\p{L}*|subcontract\\p{L}*|outstaff\\p{L}*|for hire|on demand',
    'dịch vụ|gia công|thuê ngoài|cung ứng|услуг\\p{L}*|аутсорс\\p{L}*|аутстаф\\p{L}*|подряд\\p{L}*|субподряд\\p{L}*',
    'на заказ|autsors\\p{L}*|autstaf\\p{L}*|xizmat\\p{L}*|pudrat\\p{L}*|jasa|layanan|alih daya',
    'қызмет\\p{L}*)(?![\\p{L}\\p{M}])',
    '외주|용역|대행|수주|하청|서비스|파견|外注|受注|受託|請負|代行|下請|派遣|サービス|外包|代工|บริการ|รับจ้าง|รับทำ',
  ].join('|'),
  'iu',
);

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
    return { teaches, serves };
  };
}

/**
 * Whether an offer's way of delivering rules out a specific need: a need for a vendor (outsourcing, a service) is
 * not met by an offer that only teaches the work, and a need for training is not met by an offer that only does
 * the work for others. Needs and offers that say neither, or both, are not ruled out.
 */
export function deliveryMismatch(need: StatementDelivery, offer: StatementDelivery): boolean {
  if (need.serves && !need.teaches) return offer.teaches && !offer.serves;
  if (need.teaches && !need.serves) return offer.serves && !offer.teaches;
  return false;
}
