/**
 * The words a count of people is read by, in each language: people in general, a workforce, employment as a question
 * asks it and as a sentence tells it, the counters after a number and the bodies of people before it (answer-units).
 */

/** Words that count people in general (a people counter answers them). */
export const genericPeople = new Set(
  'people person persons member 명 인 사람 인원 người 人 名 человек kishi nafar orang'.split(' '),
);

/**
 * Words that count a workforce: the count must stand with employment ("employs 42 people", "직원 3명",
 * "450 сотрудников").
 */
export const workforceWords = new Set(
  (
    'employee employ staff worker workforce hire 직원 사원 인력 nhân viên 社員 従業員 職員 сотрудник работник xodim ' +
    '员工 职工 雇员 karyawan pegawai'
  )
    .split(' ')
    .filter((word) => word !== ''),
);
export const peopleClass = new Set(['people']);

export const employment = new RegExp(
  'employ|staff|workforce|hire|hiring|직원|사원|인력|일하|근무|채용|nhân viên|nhân sự|làm việc|tuyển|' +
    '社員|従業員|職員|働|雇用|сотрудник|работник|работа|штат|xodim|ishla|员工|职工|雇员|雇佣|聘用|招聘|karyawan|pegawai|' +
    // A company's size in people: "70名体制", "200人の体制" (its staff), "พนักงาน".
    '[名人]の?体制|พนักงาน',
  'iu',
);

/**
 * Employment as a sentence tells it by a workforce's number: also working there and being laid off ("120 VFX
 * specialists working on …", "laid off 35 people", "cần 30.000 lao động", "merumahkan 120 karyawan", "ปลด 35 คน").
 */
export const employmentTold = new RegExp(
  `${employment.source}|\\bwork(?:s|ing|ers?)?\\b|laid off|lay(?:s|ing)? off|layoffs?|let go|job cuts|해고|감원|` +
    'lao động|sa thải|解雇|人員削減|уволи|сокращ|裁员|bekerja|tenaga kerja|PHK|ปลด|เลิกจ้าง|ทำงาน',
  'iu',
);

// "500여 명", "500여명" (some 500 people), "約30人余り": an approximate number counts people too.
export const peopleCounter =
  /^\s*(?:여\s?|余)?(?:명|인(?![가-힣])|人|名|người|человек|чел\.|kishi|nafar|orang|people|persons?)/iu;

/** A body of people the number measures, said before it: "a staff of 150", "a workforce of about 300". */
export const peopleBefore = new RegExp(
  String.raw`\b(?:staff|workforce|headcount|team|crew)\s+(?:of\s+)?` +
    String.raw`(?:about|around|some|nearly|almost|over|more than|roughly)?\s*$`,
  'iu',
);
