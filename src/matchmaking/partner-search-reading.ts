/**
 * Reading a partner question as a need, beyond what a profile statement says:
 * - the asker's own side is not the work sought: "where can OUR EDITORS learn colour grading?", "우리 팀 편집자들이",
 *   "うちの若手編集者が", "наши монтажёры", "các bạn dựng phim bên mình", "bizning operatorlarimiz", "tim editor kami",
 *   "ทีมตัดต่อของเรา" name who will learn or who asks, and colour grading is what is sought. Those words are left out
 *   of the need when other work remains ("who can train our editors?" still looks for editing training);
 * - the mode: a question asking where to learn or who teaches the work ("배울 수 있는 곳", "научиться", "dạy",
 *   "o'rganish", "belajar", "เรียน") is a need to learn it, read by the same scoring as a profile's training need
 *   ("colour grading training"), so schools and courses meet it and a vendor doing the work does not.
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

/** Asking where to learn the work or who teaches it, in each language (matched on the lower-cased question). */
const learning = new RegExp(
  [
    '(?<![\\p{L}])(?:learn|learning|study|studying|teach|teaches|teaching|taught|tutor\\p{L}*|(?<!of )courses?|' +
      'classes|workshops?|bootcamps?|lessons|schools?|academ(?:y|ies)|upskill\\p{L}*|get better at|' +
      'train (?:our|my|them)|trains)(?![\\p{L}])',
    '배우|배울|배워|가르치|가르쳐|교육(?!용)|강좌|강의|수업|학원|아카데미|레슨|양성',
    '学べ|学び|学ぶ|学習|習え|習い|習う|教える|教えて(?:い|る)|講座|スクール|専門学校|教室|研修|レッスン|育成',
    '(?<![\\p{L}])(?:на|вы|по|об|пере|из)?уч(?:ить|иться|ат|ит|ите|еб\\p{L}*)|обуч\\p{L}*|курс\\p{L}*|школ\\p{L}*|' +
      'преподава\\p{L}*|мастер-класс\\p{L}*|освоить',
    '(?<![\\p{L}\\p{M}])(?:học|dạy|đào tạo|khóa|khoá|lớp|giảng dạy|bồi dưỡng)(?![\\p{L}\\p{M}])',
    "(?<![\\p{L}])(?:o['’‘ʻʼ]?rgan\\p{L}*|o['’‘ʻʼ]?rgat\\p{L}*|o['’‘ʻʼ]?qit\\p{L}*|kurs\\p{L}*|maktab\\p{L}*|" +
      "ta['’‘ʻʼ]?lim\\p{L}*)",
    '(?<![\\p{L}])(?:belajar|mengajar|ngajar\\p{L}*|diajarkan|kursus|pelatihan|kelas|sekolah)(?![\\p{L}])',
    'เรียน|สอน|คอร์ส|อบรม|โรงเรียน',
    '(?<![\\p{L}])(?:оқыт\\p{L}*|үйрен\\p{L}*|үйрет\\p{L}*|мектеп\\p{L}*)',
    '培训|培訓|课程|課程|教学|教學|学习|學習|学校|學校',
  ].join('|'),
  'u',
);

export function asksToLearn(question: string): boolean {
  return learning.test(question.normalize('NFC').toLowerCase());
}

/**
 * Asking for the work to be done for the asker, in each language: who can do or make it, a vendor, contractor or
 * outsourcing, work ordered or handed over ("업체", "외주", "해 줄"; "外注", "業者", "やってくれる"; "подрядчик",
 * "сделать", "под заказ"; "nhận làm", "đơn vị"; "qilib beradigan"; "jasa", "bikin"; "รับทำ"; "外包"). Hiring people
 * is not among them: a school's graduates may meet a need to hire.
 */
const doing = new RegExp(
  [
    '(?<![\\p{L}])(?:who(?:\\s+else)?\\s+(?:can|could|would|will)\\s+(?:do|make|handle|shoot|film|dub|edit|create|' +
      'produce|deliver|take on|record|mix|animate|render)|outsourc\\p{L}*|vendors?|contractors?|freelanc\\p{L}*|' +
      'subcontract\\p{L}*|for us|done for)(?![\\p{L}])',
    '업체|외주|맡기|맡길|의뢰|해\\s*줄|해\\s*주는|해\\s*주실|해\\s*주시|대행|프리랜서|제작사',
    '外注|受託|委託|請け負|業者|頼め|頼みたい|依頼|お願いでき|やってくれ|してくれ|制作会社|代行|フリーランス|' +
      'できる(?:会社|人|ところ|スタジオ|チーム)|描ける|作れる|撮れる',
    '(?<![\\p{L}])(?:подрядчик\\p{L}*|аутсорс\\p{L}*|под заказ|заказать|сдела(?:ть|ет|ют)|дела(?:ет|ют)|' +
      'фрилансер\\p{L}*|сним(?:ет|ут)|снять)(?![\\p{L}])',
    '(?<![\\p{L}\\p{M}])(?:nhận làm|nhận|gia công|outsource|làm giúp|dịch vụ|đơn vị|làm|quay)(?![\\p{L}\\p{M}])',
    '(?<![\\p{L}])(?:\\p{L}+ib beradigan|qiladigan|\\p{L}*adigan|buyurtma\\p{L}*|autsors\\p{L}*|frilanser\\p{L}*)',
    '(?<![\\p{L}])(?:jasa|vendor|bikin\\p{L}*|buatkan|mengerjakan|garap\\p{L}*|terima|outsourcing|bantu)(?![\\p{L}])',
    'รับ(?!สมัคร)|จ้าง|ทำให้|ฟรีแลนซ์|บริษัท',
    '外包|接单|接單|代工|承接|帮忙做|幫忙做|能做|可以做',
  ].join('|'),
  'u',
);

export function asksToHaveDone(question: string): boolean {
  return doing.test(question.normalize('NFC').toLowerCase());
}

/** The mode a need's wording says: teaching it (`learn`), doing it for the asker (`do`), or neither / both. */
export function modeOf(delivery: { teaches: boolean; serves: boolean }): 'learn' | 'do' | undefined {
  if (delivery.teaches === delivery.serves) return undefined;
  return delivery.teaches ? 'learn' : 'do';
}

const subjectsOf = (need: NormalizedStatement) => need.segments.flatMap((segment) => segment.subjects);

/**
 * The need a partner question states and its mode: the asker's side left out when other work remains; a question
 * asking where to learn the work read as a need to learn it (as "colour grading training" in a profile would be), one
 * asking for it to be done as a need for a service ("colour grading outsourcing"), when its words say neither already.
 */
export function readPartnerNeed(
  asked: string,
  normalizer: Pick<StatementNormalizer, 'normalize'>,
): { need: NormalizedStatement; mode: 'learn' | 'do' | undefined } {
  let text = asked;
  let need = normalizer.normalize(text);
  const blanked = withoutAskerSide(asked);
  if (blanked !== undefined) {
    const other = normalizer.normalize(blanked);
    if (subjectsOf(other).length > 0) {
      text = blanked;
      need = other;
    }
  }
  let mode = modeOf(need.delivery);
  if (mode === undefined && !need.delivery.serves && !need.delivery.teaches) {
    // The same words a profile's training or outsourcing need would have: the scoring then reads it as one.
    if (asksToLearn(text)) need = normalizer.normalize(`${text}\ntraining`);
    else if (asksToHaveDone(text)) need = normalizer.normalize(`${text}\noutsourcing`);
    mode = modeOf(need.delivery);
  }
  return { need, mode };
}
