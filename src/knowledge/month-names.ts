/** Month names across the languages dates are read in: index + 1 is the month's number. */

/** English month names in full (their first three letters are the usual abbreviation). */
export const englishMonthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Russian month stems, before the case ending ("октябр|я"); May's stem "ма" needs the whole word ("мая", "май"). */
export const russianMonthStems = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
