/**
 * What a count counts, recognised across languages by its class: "몇 석" and "up to 500 seats", "how many tickets"
 * and "30.000 vé", "몇 회 상영" and "1.000 suất chiếu" count the same kind of thing although no word is shared. The
 * classes are the counters and count nouns of the six languages (grammar, like the people counters of answer-units),
 * not the trade's vocabulary, which the lexicon holds: a count the lexicon files under a concept is matched there.
 */

/** Each class with its words: Latin and Cyrillic ones also inflected (seats, сеансов), CJK ones right after a count. */
const countClassWords: Record<string, string> = {
  people: `people person persons employee staff worker workforce student trainee participant member artist creator
    expert specialist crew 명 사람 직원 인원 인력 학생 교육생 수강생 참가자 작가 전문가 người nhân viên nhân lực
    nhân sự học viên sinh viên chuyên gia nghệ sĩ 人 名 社員 従業員 人材 学生 受講生 参加者 человек сотрудник работник
    студент участник специалист คน ราย พนักงาน นักเรียน นักศึกษา user viewer author pupil 이용자 사용자 관객 ユーザー
    利用者 観客 用户 观众 员工 пользовател зрител автор orang peserta siswa murid pelajar mahasiswa karyawan pegawai
    pekerja kreator animator seniman anggota pengguna penonton`,
  // Subscribers are people of their own kind: "how many subscribers" is not answered by a count of users or viewers.
  subscriber: 'subscriber 구독자 가입자 有料会員 加入者 订阅用户 大会员 подписчик pelanggan ผู้สมัครสมาชิก',
  seat: 'seat 석 좌석 席 座席 мест место chỗ ghế ที่นั่ง',
  // 장 counts flat things, tickets first ("표가 몇 장").
  ticket: 'ticket admission 티켓 장 枚 チケット билет vé ตั๋ว ใบ tiket',
  screening: 'screening showing 회 상영 上映 回 сеанс показ suất รอบ',
  floor: 'floor storey 층 階 этаж tầng',
  project: 'project 프로젝트 과제 プロジェクト 案件 проект dự án',
  entry: 'entry entries submission application 출품작 응모작 응모 応募 заявк bài dự thi',
  // 편 counts episodes as well as works ("13분짜리 52편"): a counter may be of two classes.
  episode: 'episode 부작 화 회차 편 에피소드 話 エピソード серия серий эпизод tập ตอน',
  series: 'series 시리즈 シリーズ сериал мультсериал 系列 ภาค ซีซั่น',
  course: 'course class 과정 강좌 講座 コース 課程 курс khóa',
  // Posts to fill: what a workforce count is often given as ("create 180 jobs", "300 new positions", "рабочих мест").
  job: 'job position vacancy vacancies 일자리 채용 雇用 職 мест вакансий lowongan',
  area: 'square sq 평방 제곱 ㎡ 平方 квадратн m² persegi',
  language: 'language languages 언어 言語 язык 语言 bahasa ภาษา tiếng',
  share: 'share 주 株 股 акци saham',
  // A studio, a company or a place run by one: what "몇 곳", "多少家", "何社" count.
  studio: `studio company companies firm venue office branch cinema location site 스튜디오 회사 기업 업체 곳 개사 거점 지점
    スタジオ 会社 企業 社 拠点 家 公司 工作室 студи компани офис площадк hãng nơi perusahaan lokasi บริษัท แห่ง`,
  // A cinema, counted as a site ("256 lokasi", "212 cụm rạp", "215館") or by its screens ("1.350 layar", "64スクリーン").
  cinema:
    'cinema theater theatre multiplex 영화관 극장 映画館 劇場 館 影院 电影院 影城 кинотеатр rạp bioskop โรงภาพยนตร์',
  screen: 'screen auditorium 스크린 상영관 スクリーン 银幕 影厅 экран layar จอ',
  // A channel or a station ("30 televisi lokal", "5 телеканалов", "3개 채널").
  channel:
    'channel station broadcaster 채널 방송사 방송국 チャンネル 放送局 频道 电视台 канал телеканал kênh televisi stasiun ช่อง',
  // A place counted by its kind: cities, districts and provinces ("20 kecamatan", "65 kota", "12 городов"); countries.
  city: `city cities town district province region 도시 지역 都市 地域 城市 地区 город район област регион tỉnh quận
    huyện kota kabupaten kecamatan provinsi เมือง จังหวัด`,
  country: 'country countries 국가 나라 개국 か国 カ国 ヶ国 国家 стран nước negara ประเทศ',
  // A drama is a work too ("드라마를 한 해 3~4편", "сколько драм").
  work: `film movie work title feature drama 편 작품 영화 드라마 作品 タイトル 本 ドラマ 剧 фильм мультфильм картин
    произведен драм phim เรื่อง`,
};

// Thai is written without spaces too: its counters are read like CJK ones ("70 คนในปี", "26 ตอน").
const cjk = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Thai}]/u;

interface ClassWord {
  kind: string;
  word: string;
  cjk: boolean;
}

const classWords: ClassWord[] = Object.entries(countClassWords).flatMap(([kind, words]) =>
  words
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => ({ kind, word, cjk: cjk.test(word) })),
);
// Vietnamese two-syllable words are written with a space ("nhân lực", "dự án"): put back from the split above.
for (const [kind, phrases] of [
  [
    'people',
    ['nhân viên', 'nhân lực', 'nhân sự', 'học viên', 'sinh viên', 'chuyên gia', 'nghệ sĩ', 'lao động', 'người dùng'],
  ],
  ['project', ['dự án']],
  ['entry', ['bài dự thi']],
  ['job', ['việc làm', 'vị trí']],
  ['area', ['mét vuông']],
  ['language', ['ngôn ngữ']],
  ['share', ['cổ phiếu']],
  ['studio', ['công ty', 'địa điểm', 'cơ sở']],
  ['cinema', ['cụm rạp', 'rạp chiếu']],
  ['screen', ['phòng chiếu', 'màn hình']],
  ['channel', ['đài truyền hình']],
  ['city', ['thành phố']],
  ['country', ['quốc gia']],
  ['subscriber', ['thuê bao', 'người đăng ký']],
  ['work', ['tác phẩm']],
] as const) {
  for (const phrase of phrases) classWords.push({ kind, word: phrase, cjk: false });
}

const genericCounter = /^(?:개|가지|個|つ|个|种|種)?(?:의|の|的)?\s?/u;

/** Whether a text starts with a word (a Latin or Cyrillic word may go on: plural, case ending). */
function startsWithWord(text: string, item: ClassWord): boolean {
  if (!text.startsWith(item.word)) return false;
  if (item.cjk) return true;
  const next = text.slice(item.word.length, item.word.length + 4);
  // "seats", "сеансов", "tickets", but "vé" is not "về" and "class" is not "classic".
  if (/^\p{Script=Cyrillic}/u.test(item.word)) return true;
  return /^(?:s|es)?(?![\p{L}])/u.test(next);
}

/**
 * Whether a question's counted word names a class: a one-character counter only standing alone ("몇 석", "何席"), not
 * as the first syllable of a longer noun ("회원사" is no "회", "화요일" no "화").
 */
function namesClass(text: string, item: ClassWord): boolean {
  if (!startsWithWord(text, item)) return false;
  return !(item.cjk && item.word.length === 1 && cjk.test(text.slice(1)));
}

/** The count classes a question's counted words name ("석", "tickets", "сеансов", "bao nhiêu vé"). */
export function countClassesOf(texts: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (const raw of texts) {
    const text = raw.toLowerCase().trim();
    // The counted word is the first one or two words after "how many" / before 몇, or the counter itself.
    const starts = [0, ...[...text.matchAll(/\s+/gu)].map((match) => match.index + match[0].length)].slice(0, 3);
    for (const start of starts) {
      for (const item of classWords) if (namesClass(text.slice(start), item)) kinds.add(item.kind);
    }
  }
  return kinds;
}

/**
 * The count classes of the word right after a number ("5 series", "20부작", "30.000 vé"; "52편": episodes or works),
 * empty when it has none: what that number counts, whatever other words follow.
 */
export function classesRightAfter(after: string): Set<string> {
  const text = after.toLowerCase().trimStart();
  return new Set(classWords.filter((item) => startsWithWord(text, item)).map((item) => item.kind));
}

/** Whether a number word is an exact one ("five", "пять"), not a vague quantity ("hundreds", "dozens", "thousands"). */
function exactWord(sentence: string, mention: { start: number; end: number }): boolean {
  return !/^(?:hundreds?|dozens?|thousands?|сто)$/iu.test(sentence.slice(mention.start, mention.end));
}

/**
 * Whether a sentence holds a count of one of these classes: a number in digits with, right after it (CJK counters)
 * or within its next four words, a word of the class ("500 seats", "gần 30.000 vé", "1.000회", "75 local workers").
 */
export function hasClassCount(
  sentence: string,
  kinds: ReadonlySet<string>,
  mentions: readonly { start: number; end: number; word?: boolean }[],
): boolean {
  if (kinds.size === 0) return false;
  const wanted = classWords.filter((item) => kinds.has(item.kind));
  // A number word only when it is exact and the count noun follows it closely ("пять новых мультсериалов", "десять
  // серий"): "hundreds of artists", "dozens of studios" are vague quantities, no count to quote.
  for (const mention of mentions.filter((item) => item.word !== true || exactWord(sentence, item))) {
    const after = sentence.slice(mention.end, mention.end + 60).toLowerCase();
    // A general counter may stand between the number and the count noun ("21개 언어", "3つの作品", "5个工作室").
    const directly = after.trimStart().replace(genericCounter, '');
    if (wanted.some((item) => item.cjk && directly.startsWith(item.word))) return true;
    const words = [...after.matchAll(/[\p{L}]+/gu)].slice(0, mention.word === true ? 2 : 4);
    for (const word of words) {
      const rest = after.slice(word.index);
      if (wanted.some((item) => !item.cjk && startsWithWord(rest, item))) return true;
    }
  }
  return false;
}
