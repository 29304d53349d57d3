/**
 * Places one segment of an offer or need ("Nuke compositing", "animatsiya kurslari", "Lighting") on lexicon
 * concepts by role (subject, mode, people, domain), with a confidence per mention: a word of several senses takes
 * the one the statement's other words point to, else the one the profile's field or the word's usual sense gives
 * (else it is listed as ambiguous), a course entry adds the work it
 * teaches, a bare crew or staff word is context only, and a segment with nothing placeable is listed for organizers.
 */
import type { ConceptHit, Glossary } from '../knowledge/glossary.js';
import { isStopWord, matchKey, wordTokens } from '../retrieval/text-normalize.js';
import { createSenseChooser } from './choose-sense.js';
import type { ConceptRoles } from './concept-roles.js';
import { outsideDepartment } from './concept-relations.js';
import type { ConceptMention, ConceptRole } from './normalize-statement.js';
import { createAudienceReader } from './audience-reading.js';

/**
 * A concept named together with its look-alike neighbour, or with the people of that neighbour's own field, is that
 * neighbour: casting (of actors) beside voice actors is voice casting, whose field is voice acting, and so are
 * auditions in a voice-casting offer. Only a neighbour's own parents below a department count, and not ones the
 * concept itself lies under; work of the field ("mixing" beside dubbing) is no such sign, and a look-alike trade
 * outside content production stays what it is.
 */
function createNeighbourReader(glossary: Glossary) {
  const category = (conceptId: string) => glossary.concepts.get(conceptId)?.category;
  const outside = (conceptId: string) => glossary.withAncestors(conceptId).includes(outsideDepartment);
  return (conceptId: string, subjects: readonly string[]): string => {
    if (outside(conceptId)) return conceptId;
    for (const neighbour of glossary.neighboursOf(conceptId)) {
      if (outside(neighbour)) continue;
      const own = glossary.withAncestors(conceptId);
      const field = (glossary.concepts.get(neighbour)?.broader ?? []).filter(
        (parent) => category(parent) !== 'department' && !own.includes(parent),
      );
      if (field.length === 0) continue;
      // Auditions beside voice casting are its own step, and so is casting beside voice actors.
      const named = subjects.some(
        (other) =>
          other !== conceptId &&
          (other === neighbour ||
            (category(other) === 'role' && field.some((parent) => glossary.withAncestors(other).includes(parent)))),
      );
      if (named) return neighbour;
    }
    return conceptId;
  };
}

/**
 * A screen credit offered as a perk ("credit in the game", "Kredit di serial", "엔딩 크레딧", "クレジット表記",
 * "เครดิตท้ายเรื่อง", "院线电影署名", "кредитэд нэр", "кинонд нэр дурдах" (a name mentioned in the film), and титры / titr
 * in the locative, "in the credits": "titrlarda ism", "упоминание в титрах", "титрларида номи", "титрт нэр"): a deal
 * term like a fee or a contract, no work to place. Bare титры / titrlar may be title design or on-air captions, so
 * only their locative counts.
 */
const screenCreditPerk = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:credits?|credited|kredit|titrlarda|titrlarida',
    '|титрах|титрлерде|титрлерінде|титрларында|титрларда|титрларида|титрт|кредит\\p{L}*|нэр дурда\\p{L}*)',
    '(?![\\p{L}\\p{M}])|크레딧|クレジット|エンドロール|เครดิต|署名',
  ].join(''),
  'iu',
);
const offersScreenCredit = (text: string) => screenCreditPerk.test(text);

/**
 * A deal term ("long-term contract", "оплата сменами", "qism boshiga to'lov", "thanh toán theo milestone", "按集结算",
 * "회차당 단가", "Урт хугацааны гэрээ"): how the work is paid or contracted, like a screen credit no work to place.
 */
const dealTerm = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:contract(?:s|ed|ing)?|paid|payments?|fees?|per diem|оплат\\p{L}*|договор\\p{L}*',
    "|контракт\\p{L}*|гонорар\\p{L}*|суточны\\p{L}*|shartnoma\\p{L}*|to['ʻ‘’]?lov\\p{L}*|kontrakt\\p{L}*",
    '|келісім-шарт\\p{L}*|төлем\\p{L}*|гэрээ\\p{L}*|төлбөр\\p{L}*|hợp đồng|thanh toán|thù lao|kontrak|pembayaran',
    '|dibayar|honorarium)(?![\\p{L}\\p{M}])|สัญญาจ้าง|ค่าตอบแทน|ค่าจ้าง|เบี้ยเลี้ยง|계약|단가|정산|契約|報酬|単価',
    '|合同|结算|报酬|稿酬|签约',
  ].join(''),
  'iu',
);

/**
 * Clients named as such ("as clients", "заказчики", "buyurtmachilar", "тапсырыс берушілер", "захиалагчид", "khách
 * hàng", "klien", "ลูกค้า", "客户"): whom the profile serves — a generic need, no work to place.
 */
const clientWords = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:clients?|customers?|клиент\\p{L}*|заказчик\\p{L}*|buyurtmachi\\p{L}*|mijoz\\p{L}*',
    '|тапсырыс беруш\\p{L}*|захиалагч\\p{L}*|khách hàng|klien|pelanggan)(?![\\p{L}\\p{M}])|ลูกค้า|고객|顧客|客户',
  ].join(''),
  'iu',
);

/**
 * Whether a segment names a term of the deal (a screen credit, a contract, a payment) or the clients served rather
 * than work: the other parts of its item are details of it ("credit in the game and store page", "akomodasi dan per
 * diem", "property developers and architecture firms as clients").
 */
export const namesDealTerm = (text: string): boolean =>
  offersScreenCredit(text) || dealTerm.test(text) || clientWords.test(text);

/**
 * Known words that name no work: places ("Моңғолия"), and kinds of organization ("production companies", "телеканалы",
 * "制作公司") — an item naming only those says where, or whom the profile wants as partners or clients: a generic
 * need, read, not a phrase to list.
 */
const knownNoWork = ['place', 'organization'];

/** How many content words name a place the lexicon knows ("Моңғолия", "Qozog'iston"): known words, and no work. */
function placeWordsIn(
  hits: readonly ConceptHit[],
  flags: readonly boolean[],
  isPlace: (id: string) => boolean,
): number {
  const words = new Set<number>();
  for (const hit of hits)
    if (isPlace(hit.conceptId))
      for (let position = hit.start; position < hit.end; position += 1) if (flags[position]) words.add(position);
  return words.size;
}

/** A Korean word made "for X" by -용 (교육용, 학습용; not 채용 or 고용, where 용 is part of the word). */
const koreanPurposeWord = /^\p{Script=Hangul}{2,}용$/u;

/** Whether a found form is written as a purpose ("for education"): a Korean -용 word, or Han 用 right after it. */
function writtenAsPurpose(segmentText: string, hit: ConceptHit): boolean {
  const words = wordTokens(segmentText).map((token) => token.word);
  return words.slice(hit.start, hit.end).some((word) => koreanPurposeWord.test(word)) || words[hit.end] === '用';
}

/** Per word of a text: whether it says what something is (not a stop word, delivery word or number). */
function contentWordFlags(text: string, isDeliveryKey: (key: string) => boolean): boolean[] {
  return wordTokens(text).map((token) => {
    const key = matchKey(token);
    return !(
      (key.length < 2 && token.script === 'latin') ||
      /^\d+$/.test(key) ||
      isDeliveryKey(key) ||
      isStopWord(token.word)
    );
  });
}

/** How many of the flags in [start, end) are set. */
function countTrue(flags: readonly boolean[], start = 0, end = flags.length): number {
  let count = 0;
  for (let position = Math.max(0, start); position < Math.min(end, flags.length); position += 1)
    if (flags[position]) count += 1;
  return count;
}

export function createSegmentPlacer(deps: {
  glossary: Glossary;
  roles: ConceptRoles;
  conceptsIn: (text: string) => readonly ConceptHit[];
}) {
  const { glossary, roles, conceptsIn } = deps;
  const { roleOf, isDeliveryKey } = roles;
  const senses = createSenseChooser(glossary);
  /**
   * The work a course entry ("animation courses", "film editing course") teaches, as the statement names it: the
   * work written inside the course's words (film editing), else the work the entry sits under. The course itself
   * stays a way of delivering.
   */
  const taughtIn = (segmentText: string, hit: ConceptHit): string[] => {
    const taught = roles.taughtSubjectsOf(hit.conceptId);
    if (taught.length === 0) return [];
    const inner = wordTokens(segmentText)
      .slice(hit.start, hit.end)
      .filter((token) => !isDeliveryKey(matchKey(token)))
      .map((token) => token.word)
      .join(' ');
    const named = glossary
      .findConcepts(inner, { morphology: true })
      .map((found) => found.conceptId)
      .filter((id) => id !== hit.conceptId && roleOf(id) === 'subject');
    return named.length > 0 ? named : taught;
  };
  const category = (conceptId: string) => glossary.concepts.get(conceptId)?.category;
  const neighbourInItsField = createNeighbourReader(glossary);
  const audience = createAudienceReader(
    glossary,
    (id) => roleOf(id) === 'subject' || roles.taughtSubjectsOf(id).length > 0,
  );
  const contentFlags = (text: string) => contentWordFlags(text, isDeliveryKey);

  /**
   * One segment's concepts by role, its mentions added to `mentions` and, when it names nothing the lexicon can
   * place (or only a word of several senses the statement does not choose between), a line for organizers.
   */
  const placeSegment = (
    segmentText: string,
    statementContext: readonly string[],
    mentions: ConceptMention[],
    unplaced: string[],
    /** The sense the profile's field (or the word's usual sense) gives a word the statement leaves open. */
    fieldSense: (conceptId: string) => string | undefined = (conceptId) => glossary.concepts.get(conceptId)?.usualSense,
  ): Record<ConceptRole, string[]> => {
    const lists: Record<ConceptRole, string[]> = { subject: [], mode: [], people: [], domain: [] };
    const flags = contentFlags(segmentText);
    const contentWords = countTrue(flags);
    const ambiguous: string[] = [];
    const hits = conceptsIn(segmentText);
    for (const found of hits) {
      let hit = found;
      if (senses.sensesOf(found.conceptId).length > 0) {
        const choice = senses.choose(found.conceptId, statementContext);
        const chosen = choice.chosen ?? fieldSense(found.conceptId);
        if (chosen === undefined) {
          const meanings = choice.senses.map((sense) => glossary.label(sense, 'en')).join(' or ');
          ambiguous.push(`${found.surface} (ambiguous: ${meanings})`);
          continue;
        }
        hit = { ...found, conceptId: chosen };
      }
      let role = roleOf(hit.conceptId);
      if (role === undefined) continue;
      // A way of delivering written as what the work is for (교육용 콘텐츠 "content for education", 教育用アニメ) says
      // what the work is, not how it is delivered: context.
      if (role === 'mode' && writtenAsPurpose(segmentText, hit)) role = 'domain';
      const hitWords = countTrue(flags, hit.start, hit.end);
      // A bare word for people ("crew", "staff", スタッフ, 스태프) places the item in its department, but is
      // no work of its own: context, never the reason for a match.
      if (role === 'subject' && hitWords === 0 && roles.isBareDeliveryWord(hit.surface)) role = 'domain';
      // The people an item is for ("a diving course for actors"): whom it serves, not what it offers.
      if (role === 'subject' && audience.servedIn(segmentText, hit, hits)) role = 'people';
      const confidence = Math.round((contentWords === 0 ? 1 : Math.min(1, hitWords / contentWords)) * 100) / 100;
      mentions.push({ conceptId: hit.conceptId, surface: hit.surface, confidence });
      if (!lists[role].includes(hit.conceptId)) lists[role].push(hit.conceptId);
      for (const taught of taughtIn(segmentText, hit)) {
        mentions.push({ conceptId: taught, surface: hit.surface, confidence });
        if (!lists.subject.includes(taught)) lists.subject.push(taught);
      }
    }
    lists.subject = lists.subject.map((id) => neighbourInItsField(id, lists.subject));
    // The most specific work named: a department or skill above another subject of the same item
    // ("rigging for 3D animated series") is its context, not a second thing asked for.
    // So is a whole department beside a craft of another one ("запись голосов до анимации": voice recording for
    // animation; "мультфильмдерді дыбыстау": voicing cartoons): the field the work is done for.
    const craft = lists.subject.some((id) => category(id) !== 'department' && !roles.isProduct(id));
    const context = lists.subject.filter(
      (id) =>
        lists.subject.some((other) => other !== id && glossary.withAncestors(other).includes(id)) ||
        (craft && category(id) === 'department'),
    );
    if (context.length > 0) {
      lists.subject = lists.subject.filter((id) => !context.includes(id));
      for (const id of context) if (!lists.domain.includes(id)) lists.domain.push(id);
    }
    if (ambiguous.length > 0) unplaced.push(...ambiguous);
    else if (
      lists.subject.length === 0 &&
      lists.mode.length === 0 &&
      contentWords > placeWordsIn(conceptsIn(segmentText), flags, (id) => knownNoWork.includes(category(id) ?? '')) &&
      !namesDealTerm(segmentText)
    )
      unplaced.push(segmentText);
    return lists;
  };
  return placeSegment;
}
