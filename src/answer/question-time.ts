/**
 * How a question asks a time, in the six languages: when (a date, a day, a year, a founding) and for how long (a
 * span, an age, a running time).
 */

export const dateQuestion = new RegExp(
  [
    String.raw`\b(?:when|what year|which year|what date|which month|what month|since when|how long ago|deadline)\b`,
    // "Until what date", "by when": a deadline.
    '마감|언제까지|hạn chót|hạn cuối|締め切り|締切|いつまで|до какого числа|крайний срок|срок подачи|qachongacha',
    '언제|몇 년(?:도)?에|몇 월|며칠|khi nào|bao giờ|năm nào|ngày nào|tháng nào|thời gian nào',
    // "tháng mấy", "ngày mấy", "năm mấy": which month, day or year ("mấy tháng" asks how long).
    '(?:tháng|ngày|năm) mấy',
    'いつ|何年に|何月|何日|когда|в каком году|какого числа|в каком месяце|qachon|qaysi yil|qaysi oy',
    String.raw`\bkapan\b|\b(?:tahun|tanggal|bulan) berapa\b`,
    '什么时候|何时|哪一?年|哪一?天|几月|几号|哪个月',
    // Thai: "เมื่อไร" (when), "วันที่เท่าไร" (which date), "ปีไหน" (which year).
    'เมื่อ(?:ไร|ไหร่|ใด)|วัน(?:ไหน|ใด|ที่เท่า(?:ไร|ไหร่))',
    '(?:ปี|เดือน)(?:ไหน|ใด|อะไร)|ปี ?(?:เท่าไร|เท่าไหร่)|ตั้งแต่เมื่อ',
  ].join('|'),
  'iu',
);
/** A founding asked in other words: "when did X start", "生まれた", "できた会社", "làm từ năm nào". */
export const foundingAsked = new RegExp(
  [
    String.raw`\b(?:start(?:ed)?|begin|began|launch(?:ed)?|open(?:ed)?|born|created)\b`,
    '생겼|시작|できた|始ま|生まれ|bắt đầu|khai trương|появил|началась|начал|boshlan',
  ].join('|'),
  'iu',
);
export const dayQuestion = new RegExp(
  String.raw`\b(?:what|which) (?:date|day)\b|\bdeadline\b|` +
    '며칠|몇 월 며칠|몇월 며칠|ngày nào|ngày mấy|ngày bao nhiêu|何日|何月何日|какого числа|qaysi kun|哪一?天|几号|' +
    'วัน(?:ไหน|ใด|ที่เท่า(?:ไร|ไหร่))',
  'iu',
);
export const yearQuestion = new RegExp(
  String.raw`\b(?:what|which) year\b|연도|년도|몇 년|何年|năm nào|năm mấy|năm bao nhiêu|в каком году|какого года|qaysi yil|` +
    '哪一?年|ปี(?:ไหน|ใด|อะไร)',
  'iu',
);

export const durationQuestion = new RegExp(
  [
    String.raw`\bhow long\b|\bhow many (?:days|weeks|months|years|hours|minutes|seconds)\b|얼마나? ?(?:오래|걸|동안)|기간은|` +
      'bao lâu|trong bao lâu',
    // An age is asked as a length of life: "how old", "몇 살", "何歳", "bao nhiêu tuổi", "几岁".
    String.raw`\bhow old\b|몇\s?살|몇\s?세(?![계대기])|何(?:歳|才)|(?:bao nhiêu|mấy)\s+tuổi|几岁|多少岁|多大年纪`,
    // How long a work runs: "몇 분짜리", "何分", "dài bao nhiêu phút", "сколько минут", "多长".
    String.raw`몇\s?(?:분|초|시간)\s?짜리|何(?:分|秒)(?:間)?|(?:bao nhiêu|mấy)\s+(?:phút|giây|giờ)|` +
      String.raw`сколько (?:минут|секунд|часов)|多长|多少(?:分钟|秒)`,
    String.raw`\bhow much (?:time|experience)\b|bao nhiêu năm kinh nghiệm`,
    // "며칠 동안", "몇 년간", "mấy ngày", "何日間": a number of days or years is a duration, not a date.
    String.raw`(?:며칠|몇\s?(?:년|달|개월|주|시간|일))\s?(?:동안|간)|(?:bao nhiêu|mấy)\s+(?:ngày|tuần|tháng|năm)`,
    // "From which day to which day": a span.
    String.raw`từ (?:ngày|khi|hôm) nào (?:tới|đến) (?:ngày|khi|hôm) nào|\bfrom when (?:to|until) when\b|언제부터 언제까지`,
    'いつからいつまで|с какого (?:числа )?по какое|qachondan qachongacha',
    'どのくらい(?:の期間|続|かか)|何日間|何時間|何週間|何か月|何ヶ月|何年間',
    'как долго|сколько (?:времени|дней|недель|месяцев|лет)|qancha vaqt|qancha muddat|necha kun',
    String.raw`\bberapa (?:lama|hari|minggu|bulan|tahun|jam|menit|durasi|usia|umur)\b`,
    // A length asked by its noun: "상영 시간은", "러닝타임은", "撮影期間はどのくらい", "какова продолжительность",
    // "сколько длились съёмки", "제작에 몇 개월 걸렸어".
    String.raw`(?:상영\s?시간|러닝\s?타임|재생\s?시간)(?:은|는|이|가)?|` +
      String.raw`몇\s?(?:년|달|개월|주|시간|일|분)(?:이나|이|을|은)?\s?(?:걸|소요)`,
    '(?:期間|上映時間|尺)(?:は|が|って)?\\s*(?:どのくらい|どれくらい|どのぐらい|どれぐらい)',
    String.raw`(?<!\p{L})(?:продолжительност|длительност|хронометраж)\p{L}*|` +
      String.raw`(?<!\p{L})сколько\s+(?:[\p{L}-]+\s+){0,2}?(?:длил|длит|длят|продолжал|продлил)\p{L}*`,
    '多久|多长时间|多少(?:天|年|个月|周)|几(?:天|年|个月|周)(?!级)',
    // Thai: "นานเท่าไร", "กี่วัน", "กี่สัปดาห์", "กี่ปี", "กี่นาที", "กี่เดือน", "อายุเท่าไร".
    'นาน(?:เท่าไร|เท่าไหร่|แค่ไหน)|กี่ ?(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี|นาที|ชั่วโมง|วินาที)',
    'อายุ ?(?:เท่าไร|เท่าไหร่|กี่ปี)',
  ].join('|'),
  'iu',
);
