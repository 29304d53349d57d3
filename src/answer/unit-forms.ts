/**
 * Forms of a unit the trade press writes in the eight languages beyond a plain number with its unit (answer-units): a
 * part of a year (a quarter, a half, a season with its year, a release window), a Thai day with an abbreviated month, a
 * share said as a fraction or with a percent word before the number, and a length said with a number word.
 */

const thaiShortMonth =
  String.raw`(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|` + String.raw`ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)`;

/** A Thai day with an abbreviated month ("8 ต.ค.", "15 ม.ค. 2567"): news writes the month short more often than not. */
export const thaiShortDay = new RegExp(String.raw`\d{1,2}\s*${thaiShortMonth}`, 'u');

/**
 * A part of a year said as when something happens: "Q3", "the third quarter", "the first half", "next spring",
 * "상반기", "3분기", "내년 봄", "上半期", "第3四半期", "来春", "今秋", "上半年", "第三季度", "明年春季", "春节档", "quý 3",
 * "mùa xuân", "dịp Tết", "в третьем квартале", "весной", "kuartal ketiga", "semester pertama", "ไตรมาส 3",
 * "ครึ่งปีแรก". A relative year alone ("next year") still says no time (asked-unit); with a part of it, it does.
 */
export const yearPart = new RegExp(
  [
    String.raw`\bQ[1-4]\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\b(?:first|second) half\b|` +
      String.raw`\bH[12]\s+(?:19|20)?\d{2}\b|\bFY\s?'?\d{2,4}\b|` +
      String.raw`\b(?:next|this|last|early|late|mid-?)\s*(?:spring|summer|autumn|fall|winter)\b|` +
      String.raw`\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:next|this|last) year\b`,
    String.raw`[상하]반기|\d\s?분기|(?:올해|내년|작년|지난해|올|이번|다음|지난)\s?(?:봄|여름|가을|겨울)(?![가-힣])`,
    String.raw`[上下]半期|第?\d\s*四半期|第[一二三四]四半期|(?:今|来|昨)(?:年の?)?(?:春|夏|秋|冬)`,
    String.raw`[上下]半年|第?[一二三四1-4]季度|(?:今|明|去)年的?(?:春|夏|秋|冬)(?:季|天)?|` +
      '(?:春节|暑期|国庆|贺岁|五一|寒假|圣诞)档',
    String.raw`(?<!\p{L})quý\s+(?:\d|I{1,3}|IV|một|hai|ba|bốn)(?!\p{L})|(?<!\p{L})nửa\s+(?:đầu|cuối|sau)\s+năm|` +
      String.raw`(?<!\p{L})mùa\s+(?:xuân|hè|hạ|thu|đông)(?!\p{L})|dịp Tết`,
    String.raw`(?<!\p{L})(?:перв|втор|трет|четв[её]рт)\p{L}*\s+квартал\p{L}*|\d\s*(?:-?м\s+)?квартал\p{L}*|` +
      String.raw`(?<!\p{L})(?:перв|втор)\p{L}*\s+(?:половин|полугоди)\p{L}*|` +
      String.raw`(?<!\p{L})(?:весной|летом|осенью|зимой)(?!\p{L})`,
    String.raw`\bkuartal\s+(?:[1-4]|I{1,3}|IV|pertama|kedua|ketiga|keempat)\b|` +
      String.raw`\bsemester\s+(?:pertama|kedua|I{1,2}|[12])\b|` +
      String.raw`\bmusim\s+(?:semi|panas|gugur|dingin)\b`,
    String.raw`ไตรมาส(?:ที่)?\s*[1-4]|ครึ่ง(?:ปี)?(?:แรก|หลัง)`,
  ].join('|'),
  'iu',
);

/**
 * A share as news writes it besides "62%": "62 pct", "62％", "45 เปอร์เซ็นต์", "ร้อยละ 45", "百分之四十五", "3割", "三成",
 * a fraction ("3분의 1", "3分の1", "三分之一", "a third", "một phần ba", "треть", "sepertiga", "หนึ่งในสาม").
 */
export const shareFigure = new RegExp(
  [
    String.raw`\d[\d.,]*\s*(?:%|％|퍼센트|프로|percent|per cent|pct\b|phần trăm|процент[а-я]*|foiz|persen|パーセント|` +
      String.raw`เปอร์เซ็นต์)`,
    String.raw`ร้อยละ\s*\d|百分之[\d一二两三四五六七八九十百点.]+|\d(?:\.\d+)?\s*割(?!引)|` +
      String.raw`(?<![一二三四五六七八九十\d])[一二三四五六七八九\d]成(?=[，。、,.\s]|$|以上|以下|左右|多)`,
    String.raw`\d\s*분의\s*\d|\d\s*分の\s*\d|[一二三四五六七八九十\d]分之[一二三四五六七八九十\d]`,
    String.raw`\b(?:a|one|two) (?:third|quarter)s?\b|\btwo-thirds\b|(?<!(?:first|second)\s)\bhalf (?:of|the)\b`,
    String.raw`(?<!\p{L})một phần (?:hai|ba|tư|năm)(?!\p{L})|(?<!\p{L})(?:треть|четверть|половин)\p{L}*`,
    String.raw`\b(?:sepertiga|seperempat|setengah|separuh)\b|ครึ่งหนึ่ง|หนึ่งในสาม|หนึ่งในสี่`,
  ].join('|'),
  'iu',
);

/**
 * A length said with a number word: "석 달", "한 해", "두 시간", "两周", "三个月", "半年" (not "上半年"), "một năm",
 * "полтора года", "dua minggu", "sebulan".
 */
export const wordLength = new RegExp(
  [
    String.raw`(?<![가-힣])(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?:달|해|시간|주일?)(?:간|동안|째)?(?![가-힣])`,
    '(?<![上下第])[一二两三四五六七八九十半]{1,3}\\s*(?:个月|個月|周|星期|天|年|小时|小時|分钟|分鐘)',
    String.raw`(?<!\p{L})(?:một|vài|mấy)\s+(?:giờ|ngày|tuần|tháng|năm)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:полтора|полторы)\s+(?:год|месяц|недел|час|дн)\p{L}*`,
    String.raw`\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+` +
      String.raw`(?:jam|hari|minggu|pekan|bulan|tahun|menit)\b|\bse(?:jam|hari|minggu|pekan|bulan|tahun)\b`,
  ].join('|'),
  'iu',
);

/** Lengths in Chinese units after digits ("3个月", "10天", "2周"): answer-units' list holds the Japanese and Korean. */
export const chineseLengthUnit = '个月|個月|天|周|星期|小时|小時|分钟|分鐘';
