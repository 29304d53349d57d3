/**
 * Reading a partner question as a need, beyond what a profile statement says:
 * - the asker's own side is not the work sought: "where can OUR EDITORS learn colour grading?", "우리 팀 편집자들이",
 *   "うちの若手編集者が", "наши монтажёры", "các bạn dựng phim bên mình", "bizning operatorlarimiz", "tim editor kami",
 *   "ทีมตัดต่อของเรา" name who will learn or who asks, and colour grading is what is sought. Those words are left out
 *   of the need when other work remains ("who can train our editors?" still looks for editing training);
 * - the mode: a question asking where to learn or who teaches the work ("배울 수 있는 곳", "научиться", "dạy",
 *   "o'rganish", "belajar", "เรียน") is a need to learn it, read by the same scoring as a profile's training need
 *   ("colour grading training"), so schools and courses meet it and a vendor doing the work does not. The words for
 *   it are the statement normalizer's (statement-delivery.ts `askedDelivery`).
 */
import type { NormalizedStatement, StatementNormalizer } from './normalize-statement.js';

const apostrophe = "['’‘ʻʼ`]?";

/**
 * The asker's people (or team) in each language: a first-person possessive with a word for people or a team, or a
 * word that names people by their work. Matched on the question as written, case-insensitively.
 */
const askerSides: RegExp[] = [
  // English: "our (junior) editors", "my team's animators", "our team", "our staff".
  new RegExp(
    '(?<![\\p{L}\\p{N}])(?:our|my)\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,2}?' +
      "(?:(?:team|studio|company)(?:'s)?(?:\\s+[\\p{L}-]+(?:ers|ors|ists|ians))?|staff|crew|people|employees|" +
      'students|trainees|juniors|interns|[\\p{L}-]+(?:ers|ors|ists|ians|ants))(?![\\p{L}\\p{N}])',
    'giu',
  ),
  // Korean: "우리 팀 편집자들이", "저희 회사 애니메이터들", "우리 직원들" — a word for people (ending in a person or
  // plural suffix) after 우리/저희.
  new RegExp(
    '(?:우리|저희)(?:\\s*(?:팀|회사|스튜디오|쪽|회사의|팀의))?(?:\\s+(?:신입|주니어|막내|젊은|새로\\s*온))?' +
      '\\s+[가-힣A-Za-z]*(?:자|가|사|원|터|너|러|트|생)?들?(?:이|가|은|는|을|를|도|한테|에게)?(?=\\s|$)',
    'gu',
  ),
  // Japanese: "うちの若手編集者", "弊社のアニメーターたち", "私たちのスタッフ".
  new RegExp(
    '(?:うちの|ウチの|弊社の|当社の|自社の|私たちの|わたしたちの|僕らの|我々の|うちら(?:の)?)(?:若手|新人|ジュニア|社内)?' +
      '[\\p{Script=Han}\\p{Script=Katakana}ー]{0,12}?(?:者|家|師|員|陣|チーム|スタッフ|メンバー|ター|ナー)?(?:たち|達)?' +
      '(?=[がはをにもの、\\s]|$)',
    'gu',
  ),
  // Chinese: "我们的剪辑师", "我们团队的动画师".
  /(?:我们|我們)(?:的)?(?:团队|團隊|公司)?(?:的)?[\p{Script=Han}]{0,4}?(?:师|師|员|員|们|們)/gu,
  // Russian: "наши (молодые) монтажёры", "наших аниматоров", "моя команда".
  new RegExp(
    '(?<![\\p{L}])(?:наш|мо)(?:и|их|им|ими|а|у|ей|его|ему|е|й|я|ю)\\s+(?:(?:молод|начинающ|нов|юн|штатн)\\p{L}*\\s+)?' +
      '(?:команд\\p{L}*|сотрудник\\p{L}*|\\p{L}+(?:[её]р|ист|ник|щик|тор|ер)(?:ы|ов|ам|ами|а|ов|у)?)(?![\\p{L}])',
    'giu',
  ),
  // Vietnamese: "các bạn dựng phim bên mình", "nhân viên của chúng tôi", "team mình".
  new RegExp(
    '(?<![\\p{L}\\p{M}])(?:các bạn|anh em|các em|nhân viên|nhân sự|đội ngũ|đội|nhóm|team|ê-kíp|ekip|thợ|họa sĩ)' +
      '(?:\\s+[\\p{L}\\p{M}]+){0,3}?\\s+(?:bên|của|ở)?\\s*(?:mình|tôi|chúng tôi|chúng mình|bọn mình|em|công ty)' +
      '(?![\\p{L}\\p{M}])',
    'giu',
  ),
  // Uzbek: "bizning operatorlarimiz", "yosh rassomlarimiz", "jamoamiz", "xodimlarimiz".
  new RegExp(
    `(?<![\\p{L}])(?:bizning\\s+)?(?:(?:yosh|yangi)\\s+)?(?:\\p{L}+lar(?:i)?miz|jamoamiz|bizning\\s+\\p{L}+)` +
      `(?:${apostrophe}(?:ni|ga|ning|da|dan))?(?![\\p{L}])`,
    'giu',
  ),
  // Indonesian: "tim editor kami", "karyawan kami", "animator kita".
  new RegExp(
    '(?<![\\p{L}])(?:(?:tim|staf|staff|karyawan|pegawai|kru|anak-anak|anak|para|murid|siswa)(?:\\s+\\p{L}+){0,2}?|' +
      '\\p{L}+(?:or|er|is))\\s+(?:kami|kita)(?![\\p{L}])',
    'giu',
  ),
  // Thai: "ทีมตัดต่อของเรา", "พนักงานของบริษัท", "น้องๆ ในทีม".
  /(?:ทีม|พนักงาน|น้อง|ช่าง|นัก|เด็ก)[\p{Script=Thai}ๆ]{0,15}?ของ(?:เรา|ผม|ฉัน|หนู|บริษัท)|น้อง\s*ๆ\s*ในทีม/gu,
];

/** The question with its asker's-side words blanked out, or undefined when it names none. */
export function withoutAskerSide(question: string): string | undefined {
  let text = question.normalize('NFC');
  let found = false;
  for (const side of askerSides) {
    side.lastIndex = 0;
    text = text.replace(side, (words) => {
      found = true;
      return ' '.repeat(words.length);
    });
  }
  return found ? text : undefined;
}

/** The mode a need's wording says: teaching it (`learn`), doing it for the asker (`do`), or neither / both. */
export function modeOf(delivery: { teaches: boolean; serves: boolean }): 'learn' | 'do' | undefined {
  if (delivery.teaches === delivery.serves) return undefined;
  return delivery.teaches ? 'learn' : 'do';
}

const subjectsOf = (need: NormalizedStatement) => need.segments.flatMap((segment) => segment.subjects);

/**
 * The need a partner question states and its mode: the asker's side left out when other work remains; read once as
 * a question (`normalizeQuestion`: a question asking where to learn the work is a need to learn it, as "colour grading
 * training" in a profile would be, one asking for it to be done a need for a service), and a second time whole only
 * when the asker's side held all the work it names.
 */
export function readPartnerNeed(
  asked: string,
  normalizer: Pick<StatementNormalizer, 'normalizeQuestion'>,
): { need: NormalizedStatement; mode: 'learn' | 'do' | undefined } {
  const blanked = withoutAskerSide(asked);
  const withoutSide = blanked === undefined ? undefined : normalizer.normalizeQuestion(blanked);
  const need =
    withoutSide !== undefined && subjectsOf(withoutSide).length > 0 ? withoutSide : normalizer.normalizeQuestion(asked);
  return { need, mode: modeOf(need.delivery) };
}
