/**
 * Normalises one offer or need ("thiết kế nhân vật 2D", "Korean subtitle translation") for
 * matching: the original words are kept; the text is split into segments at list separators
 * ("VFX, animation and webtoon courses"), each segment is mapped to glossary concepts, and the
 * whole statement gets a sparse embedding vector and index terms so that words the glossary
 * does not know are still matched by similarity.
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { type SparseVector, toSparseVector } from './sparse-vector.js';

export { type SparseVector, sparseDot, toSparseVector } from './sparse-vector.js';

/** What the matcher needs from an embedder: one deterministic vector per text. */
export interface TextEmbedder {
  embedText(text: string): number[];
}

export interface ConceptMention {
  conceptId: string;
  /** The words as written in the statement. */
  surface: string;
  /** 0..1: how much of its item the concept's words cover ("compositing" in "Nuke compositing for features": 0.5). */
  confidence: number;
}

export interface StatementSegment {
  text: string;
  /** Concepts that say what the segment is about (VFX, subtitling, film editors). */
  subjects: string[];
  /** Concepts that only say how it is delivered (training, internships, mentoring). */
  modes: string[];
  /** Concepts that only say who or with whom (experts, students, creators, partners). */
  people: string[];
  /** Broad domains (film, webtoon, content industry, Korean language) and tools (Maya): context, never off-topic. */
  domains: string[];
  /** All of the above. */
  concepts: string[];
  /** As an offer: its subjects and domains with the delivery and who-words of the whole statement. */
  asOffer: string[];
  /** Subjects of the whole list item the segment belongs to ("lighting" and "real-estate tours" in one item). */
  itemSubjects: string[];
}

/** What a concept contributes to an offer or a need. */
export type ConceptRole = 'subject' | 'mode' | 'people' | 'domain';

export interface NormalizedStatement {
  /** Unique per normaliser, for fast caches. */
  serial: number;
  text: string;
  mentions: ConceptMention[];
  /** Every matchable concept of the statement (subjects and modes). */
  concepts: string[];
  /** Delivery and who-words of the whole statement: in "training specialists in VFX, animation and editing" they apply to every item. */
  modes: string[];
  people: string[];
  segments: StatementSegment[];
  vector: SparseVector;
  /** Word keys for the term index (stop words and delivery words left out). */
  terms: string[];
  /** Items of the statement the lexicon cannot place (no work and no way of delivering found), for organizers. */
  unplaced: string[];
}

export interface StatementNormalizer {
  normalize(text: string): NormalizedStatement;
  /** How a concept counts in matching (see `ConceptRole`); undefined when it cannot stand for an offer or need. */
  roleOf(conceptId: string): ConceptRole | undefined;
  /** Whether a concept only names a way of delivering something (training…) or a generic kind of people or partner. */
  isMode(conceptId: string): boolean;
  /** Whether a concept can stand for an offer or a need (not a place, person or organization). */
  isMatchable(conceptId: string): boolean;
  /** Whether a concept names a software product (Nuke, Unreal Engine): sharing only the tool is weak evidence. */
  isProduct(conceptId: string): boolean;
}

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
трудоустройство найм работа выпускники выпускников студенты студентов проекты заказы контракты контракт клиенты долгосрочные
ish bitiruvchilar talabalar loyihalar buyurtmalar shartnoma shartnomalar
pelatihan kursus magang lulusan mahasiswa perekrutan proyek kontrak klien mitra kerja sama layanan jasa
ฝึกอบรม หลักสูตร ฝึกงาน นักศึกษา โครงการ สัญญา ลูกค้า พันธมิตร
оқыту курс курстар тағылымдама түлектер студенттер жұмыс жоба келісімшарт серіктес
교육 교육과정 과정 강좌 강의 훈련 양성 아카데미 학교 연수 인턴 인턴십 멘토링 멘토 서비스 외주 지원 인력 전문가 전문 인재 팀 협력 네트워킹 세미나 워크숍 행사
đào tạo khóa học khoá học lớp học lớp trường học học viện giảng dạy thực tập cố vấn dịch vụ hỗ trợ nhân lực chuyên gia nhân sự đội ngũ hợp tác sự kiện hội thảo
研修 講座 教育 育成 学校 トレーニング コース インターン インターンシップ メンタリング サービス 支援 人材 専門家 チーム
обучение курсы курс тренинг тренинги школа академия стажировка стажировки наставничество услуги услуга поддержка специалисты специалист кадры персонал команда
oʻqitish o'qitish talim ta'lim kurs kurslar trening maktab akademiya amaliyot xizmat xizmatlar mutaxassis mutaxassislar kadrlar jamoa
`;

/** Concepts labelled with these words (cooperation, partnership…) only say "with someone". */
const partnershipWords = 'cooperation collaboration partnership partnerships partner partners';

/** Between the items of a list ("VFX, animation; webtoon"). */
const itemSeparator = /[,;，、；/·・|+&]/u;
/** Between the parts of one item ("lighting and rendering for real-estate tours"): a qualifier may apply to all. */
const conjunctionSeparator =
  /\s(?:and|or|as well as|plus|và|hoặc|cùng|및|또는|и|или|а также|va|yoki|hamda|ham|dan|atau|และ|หรือ|және|немесе)\s/iu;

/** Endings that make a person of a skill: 편집자, 번역가, 기획자, 연출가; 編集者, 翻訳家, 技師. */
const hangulPersonSuffixes = '자가사원';
const hanPersonSuffixes = '者家師員';

const unmatchableCategories = new Set(['place', 'person', 'organization']);

export interface CreateStatementNormalizerDeps {
  glossary: Glossary;
  embedder: TextEmbedder;
  /** How many distinct statement texts to keep normalised (profiles repeat short phrases a lot). */
  cacheSize?: number;
}

export function createStatementNormalizer(deps: CreateStatementNormalizerDeps): StatementNormalizer {
  const { glossary, embedder } = deps;
  const cacheSize = deps.cacheSize ?? 50_000;
  const deliveryKeys = new Set(wordTokens(deliveryWords).map(matchKey));
  const partnershipKeys = new Set(wordTokens(partnershipWords).map(matchKey));
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

  /**
   * Korean and Japanese name a person by a suffix on the skill (편집자 "editor" = 편집 "editing" + 자,
   * 번역가, 映像編集者): where the glossary has no such word, the skill behind it is looked up.
   */
  const conceptsBehindPersonSuffixes = (text: string): ConceptHit[] => {
    const tokens = wordTokens(text);
    let stripped = false;
    const words = tokens.map((token) => {
      const characters = [...token.word];
      const last = characters.at(-1) ?? '';
      const suffixes =
        token.script === 'hangul'
          ? hangulPersonSuffixes
          : token.script === 'han' || token.script === 'kana'
            ? hanPersonSuffixes
            : '';
      if (characters.length >= 3 && suffixes.includes(last)) {
        stripped = true;
        return { word: characters.slice(0, -1).join(''), changed: true };
      }
      return { word: token.word, changed: false };
    });
    if (!stripped) return [];
    return glossary
      .findConcepts(words.map((word) => word.word).join(' '))
      .filter((hit) => words.slice(hit.start, hit.end).some((word) => word.changed));
  };

  /**
   * Glossary concepts of a text, including ones that overlap a longer match: in "short-form video
   * editors" the glossary takes "short-form video" first, and "video editors" is found too.
   */
  const conceptsIn = (text: string): ConceptHit[] => {
    const hits = [...glossary.findConcepts(text), ...conceptsBehindPersonSuffixes(text)];
    // A concept that starts inside a longer one and runs past its end ("Maya 3D" + "3D animation",
    // "short-form video" + "video editors") is found too; one that ends inside it is the longer one's
    // own words ("real estate video editing" is not video editing).
    const contexts = hits.filter((hit) => hit.end - hit.start >= 2);
    const found = [...hits];
    if (contexts.length > 0) {
      const words = wordTokens(text).map((token) => token.word);
      for (const hit of contexts) {
        for (let start = hit.start + 1; start < hit.end; start += 1) {
          const [first] = glossary.findConcepts(words.slice(start, start + 8).join(' '));
          if (first !== undefined && first.start === 0 && start + first.end > hit.end) {
            found.push({ ...first, start, end: start + first.end });
          }
        }
      }
    }
    // A context word inside a subject ("영화" in "영화 편집자", film editor) says nothing more.
    const subjects = found.filter((hit) => roleOf(hit.conceptId) === 'subject');
    const kept = found.filter(
      (hit) =>
        roleOf(hit.conceptId) === 'subject' ||
        !subjects.some(
          (subject) =>
            subject.start < hit.end && hit.start < subject.end && subject.end - subject.start > hit.end - hit.start - 1,
        ),
    );
    return kept.filter((hit, position) => kept.findIndex((other) => other.conceptId === hit.conceptId) === position);
  };

  /** Per word of a text: whether it says what something is (not a stop word, delivery word or number). */
  const contentFlags = (text: string): boolean[] =>
    wordTokens(text).map((token) => {
      const key = matchKey(token);
      return !(
        (key.length < 2 && token.script === 'latin') ||
        /^\d+$/.test(key) ||
        isDeliveryKey(key) ||
        isStopWord(token.word)
      );
    });
  const countTrue = (flags: readonly boolean[], start = 0, end = flags.length) => {
    let count = 0;
    for (let position = Math.max(0, start); position < Math.min(end, flags.length); position += 1)
      if (flags[position]) count += 1;
    return count;
  };

  const cache = new Map<string, NormalizedStatement>();
  let serial = 0;

  const normalize = (text: string): NormalizedStatement => {
    const cached = cache.get(text);
    if (cached) return cached;
    const mentions: ConceptMention[] = [];
    const segments: StatementSegment[] = [];
    const unplaced: string[] = [];
    const pieces = text
      .split(itemSeparator)
      .flatMap((item, itemIndex) => item.split(conjunctionSeparator).map((piece) => ({ piece, itemIndex })));
    const itemOf: number[] = [];
    for (const { piece, itemIndex } of pieces) {
      const segmentText = piece?.trim() ?? '';
      if (segmentText === '') continue;
      itemOf.push(itemIndex);
      const lists: Record<ConceptRole, string[]> = { subject: [], mode: [], people: [], domain: [] };
      const flags = contentFlags(segmentText);
      const contentWords = countTrue(flags);
      for (const hit of conceptsIn(segmentText)) {
        const role = roleOf(hit.conceptId);
        if (role === undefined) continue;
        const confidence = contentWords === 0 ? 1 : Math.min(1, countTrue(flags, hit.start, hit.end) / contentWords);
        mentions.push({
          conceptId: hit.conceptId,
          surface: hit.surface,
          confidence: Math.round(confidence * 100) / 100,
        });
        if (!lists[role].includes(hit.conceptId)) lists[role].push(hit.conceptId);
      }
      // The most specific work named: a department or skill above another subject of the same item
      // ("rigging for 3D animated series") is its context, not a second thing asked for.
      const context = lists.subject.filter((id) =>
        lists.subject.some((other) => other !== id && glossary.withAncestors(other).includes(id)),
      );
      if (context.length > 0) {
        lists.subject = lists.subject.filter((id) => !context.includes(id));
        for (const id of context) if (!lists.domain.includes(id)) lists.domain.push(id);
      }
      if (lists.subject.length === 0 && lists.mode.length === 0 && contentWords > 0) unplaced.push(segmentText);
      segments.push({
        text: segmentText,
        subjects: lists.subject,
        modes: lists.mode,
        people: lists.people,
        domains: lists.domain,
        concepts: [...lists.subject, ...lists.mode, ...lists.people, ...lists.domain],
        asOffer: [],
        itemSubjects: [],
      });
    }
    const concepts = [...new Set(mentions.map((mention) => mention.conceptId))];
    const modes = [...new Set(segments.flatMap((segment) => segment.modes))];
    const people = [...new Set(segments.flatMap((segment) => segment.people))];
    segments.forEach((segment, position) => {
      segment.asOffer = [...new Set([...segment.subjects, ...segment.domains, ...modes, ...people])];
      const sameItem = segments.filter((_, other) => itemOf[other] === itemOf[position]);
      segment.itemSubjects = [...new Set(sameItem.flatMap((other) => other.subjects))];
    });
    const terms = new Set<string>();
    for (const token of wordTokens(text)) {
      const key = matchKey(token);
      if (key.length < 2 && token.script === 'latin') continue;
      if (/^\d+$/.test(key) || isDeliveryKey(key) || isStopWord(token.word)) continue;
      terms.add(key);
    }
    serial += 1;
    const normalized: NormalizedStatement = {
      serial,
      text,
      mentions,
      concepts,
      modes,
      people,
      segments,
      vector: toSparseVector(embedder.embedText(text)),
      terms: [...terms],
      unplaced,
    };
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
    cache.set(text, normalized);
    return normalized;
  };

  const isProduct = (conceptId: string): boolean => {
    let cached = toolCache.get(conceptId);
    if (cached === undefined) {
      cached = namedLikeProduct(conceptId);
      toolCache.set(conceptId, cached);
    }
    return cached;
  };
  return { normalize, roleOf, isMode, isMatchable, isProduct };
}
