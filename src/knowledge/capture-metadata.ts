/**
 * Metadata written in a capture's own text: publication dates in the formats news pages
 * use across languages ("Jul 31, 2024", "입력 2025.12.11 10:52", "Thứ Hai, 15/5/2023",
 * "10.06.2021 22:56", "2019年7月1日", "10 июня 2021"), bylines ("By …", "… 기자",
 * "Tác giả: …", "文:…", "Автор: …") and the outlet named by a copyright line.
 */

import { englishMonthNames, russianMonthStems as russianMonths } from './month-names.js';

const englishMonths = englishMonthNames.map((name) => name.slice(0, 3));
/** Uzbek (Latin) month names where they differ from the English stems. */
const uzbekMonths = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
];

/** Labels of a publication time, and of a later revision, across languages. */
export const publishedLabel = new RegExp(
  '(입력|등록|게재|발행|published|posted|đăng lúc|ngày đăng|xuất bản|опубликовано|дата публикации|' +
    "e['ʼ]lon qilindi|公開|掲載|配信|发布)",
  'iu',
);
export const updatedLabel =
  /(수정|업데이트|updated|last updated|modified|cập nhật|обновлено|изменено|yangilandi|更新|最終更新|修改)/iu;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const english = englishMonths.findIndex((month) => lower.startsWith(month));
  if (english >= 0) return english + 1;
  const uzbek = uzbekMonths.findIndex((month) => lower.startsWith(month));
  if (uzbek >= 0) return uzbek + 1;
  // "мая" and "май" are May; "март"/"марта" March: test the longer stems first.
  if (/^ма[йя]$/u.test(lower)) return 5;
  const russian = russianMonths.findIndex((month, index) => index !== 4 && lower.startsWith(month));
  return russian >= 0 ? russian + 1 : undefined;
}

type DateReader = (match: RegExpExecArray, language: string | undefined) => string | undefined;

const dateReaders: [RegExp, DateReader][] = [
  // 2025-04-25, 2025.12.11, 2025/12/11, 2025. 12. 11.
  [/(?<!\d)(\d{4})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{1,2})(?!\d)/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // 2025년 12월 11일, 2019年7月1日
  [/(\d{4})\s?[년年]\s?(\d{1,2})\s?[월月]\s?(\d{1,2})\s?[일日]/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // ngày 15 tháng 5 năm 2023
  [/(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})/iu, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  // 15/5/2023, 10.06.2021, 07-31-2024: day first except for English slashes with a month first.
  [
    /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./])/u,
    (m, language) => {
      const [first, second, year] = [+m[1]!, +m[3]!, +m[4]!];
      const monthFirst = m[2] !== '.' && language === 'en' && first <= 12;
      return monthFirst ? isoDate(year, first, second) : isoDate(year, second, first);
    },
  ],
  // Jul 31, 2024 / July 31 2024 / Sept. 5, 2024
  [
    /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u,
    (m) => {
      const month = monthFromName(m[1]!);
      return month ? isoDate(+m[3]!, month, +m[2]!) : undefined;
    },
  ],
  // 31 July 2024 / 25 Apr. 2025 / 10 июня 2021
  [
    /(?<!\d)(\d{1,2})\s+([A-Za-z]{3,9}|[а-яё]{3,9})\.?,?\s+(\d{4})(?!\d)/iu,
    (m) => {
      const month = monthFromName(m[2]!);
      return month ? isoDate(+m[3]!, month, +m[1]!) : undefined;
    },
  ],
];

/** The first calendar date written in a line, as YYYY-MM-DD. */
export function findDate(line: string, language?: string): string | undefined {
  let best: { index: number; date: string } | undefined;
  for (const [pattern, read] of dateReaders) {
    const match = pattern.exec(line);
    if (!match) continue;
    const date = read(match, language);
    if (date && (best === undefined || match.index < best.index)) best = { index: match.index, date };
  }
  return best?.date;
}

/**
 * The date a line gives as the publication date: the date after a "published" label,
 * else the first date unless the line only gives an update time.
 */
export function findPublishedDate(line: string, language?: string): string | undefined {
  const labelled = publishedLabel.exec(line);
  if (labelled) {
    const date = findDate(line.slice(labelled.index), language);
    if (date) return date;
  }
  const updated = updatedLabel.exec(line);
  if (updated) return findDate(line.slice(0, updated.index), language);
  return findDate(line, language);
}

/** Times, days of the week and time zones that stand beside a date in a timestamp. */
const timestampNoise = new RegExp(
  [
    String.raw`\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`,
    String.raw`\(?(?:gmt|utc|kst|jst|msk|ict)\s*[+-]?\s*\d{0,2}\)?`,
    // Short day names only before a comma or a date: "Thu" and "Sun" are also given names.
    String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\b(?:mon|tue|wed|thu|fri|sat|sun)\b(?=\.?,|\.?\s+\d)`,
    String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`,
    String.raw`[월화수목금토일]요일|\([월화수목금토일]\)`,
    String.raw`[月火水木金土日]曜日?|（[月火水木金土日]）|\([月火水木金土日]\)`,
    String.raw`(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)`,
    String.raw`\b(?:today|yesterday|hôm nay|сегодня|вчера|오늘|어제)\b`,
    String.raw`[0-9]+\s*(?:hours?|minutes?|mins?|days?)\s+ago|[0-9]+\s*(?:시간|분|일)\s*전`,
  ].join('|'),
  'giu',
);

const globalDatePatterns = dateReaders.map(([pattern]) => new RegExp(pattern.source, `${pattern.flags}g`));
const allPublishedLabels = new RegExp(publishedLabel.source, 'giu');
const allUpdatedLabels = new RegExp(updatedLabel.source, 'giu');

/** The text of a line once its dates, times, weekdays, time zones and timestamp labels are taken out. */
export function withoutTimestamp(line: string): string {
  let rest = line;
  for (const pattern of globalDatePatterns) rest = rest.replace(pattern, ' ');
  return rest
    .replace(timestampNoise, ' ')
    .replace(allPublishedLabels, ' ')
    .replace(allUpdatedLabels, ' ')
    .replace(/\b(?:on|at|date|time|ngày|lúc|в)\b/giu, ' ')
    .replace(/[\s|·•,:;()[\]/–—-]+/gu, ' ')
    .trim();
}

/** A personal name in Latin or Cyrillic letters: two to four capitalised words ("Daniel Reyes", "Lê Văn Hòa"). */
const personName =
  String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|di|bin|al|le|la|ter)\s+)?` +
  String.raw`\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
/** Job titles a byline puts beside the name, in the languages the product meets. */
const reporterRole =
  String.raw`(?:(?:senior|staff|chief|special|contributing|freelance)\s+)?(?:reporter|writer|correspondent|editor|` +
  String.raw`contributor|journalist)|phóng viên|pv|cộng tác viên|ctv|nhà báo|корреспондент|журналист|обозреватель|` +
  String.raw`redaktor|muxbir|jurnalist`;
/** A Korean reporter's sign: name, then 기자/특파원 (with the outlet or place before it and an e-mail after). */
const koreanReporter =
  String.raw`^[[(]?(?:[^\]=)]{1,20}=\s*)?(?:(?:글|사진|글·사진|사진·글|글/사진)\s*=?\s*)?(?:[\p{L}\d]+\s+)?` +
  String.raw`(?<name>[가-힣]{2,4})\s*(?:기자|특파원|선임기자|객원기자|통신원|인턴기자)[\])]?` +
  String.raw`(?:\s*[(<]?[\w.+-]+@[\w.-]+[)>]?)?$`;

const bylinePatterns: RegExp[] = [
  new RegExp(
    String.raw`^(?:by|story by|written by|words by|reporting by|report by|reporter|text|author)\s*[:\-–]?\s+` +
      String.raw`(?<name>${personName}|[^|[\]()@;,]{2,60}?)\s*` +
      String.raw`(?:,\s*(?:${reporterRole})\b.*|;.*|\[.*\]|\(.*\)|\|.*|[·•]\s.*|\S+@\S+)?\.?$`,
    'iu',
  ),
  new RegExp(koreanReporter, 'u'),
  new RegExp(
    String.raw`^(?:tác giả|phóng viên|pv|ctv|nhóm phóng viên|bài(?: và ảnh| và clip)?|bài,\s*ảnh|theo)` +
      String.raw`\s*(?:[:\-–]\s*(?<name>.{2,60})|\s(?<bare>${personName}))$`,
    'iu',
  ),
  new RegExp(String.raw`^(?:автор|текст|корреспондент|фото и текст)\s*[:\-–—]\s*(?<name>.{2,60})$`, 'iu'),
  // A name followed by its role: "Daniel Reyes, reporter", "Minh Anh (Phóng viên)", "Ирина Соколова, корреспондент".
  new RegExp(String.raw`^(?<name>${personName})\s*(?:,|[-–—]|\()\s*(?:${reporterRole})\)?\.?$`, 'iu'),
  /(?:^|\s|[（(])(?:文|取材・文|記者|筆者|作者|记者)\s*[:：/／・]\s*(?<name>[^\s|）)]{2,30})/u,
  /^[（(]?(?<name>[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2,8})\s*(?:記者|特派員|编辑)[）)]?$/u,
];

/** The author a byline line names, or undefined when the line is not a byline. */
export function findByline(line: string): string | undefined {
  if (line.length > 120) return undefined;
  for (const pattern of bylinePatterns) {
    const match = pattern.exec(line.trim());
    const name = (match?.groups?.name ?? match?.groups?.bare)?.trim();
    if (name && !/\d{3,}/u.test(name)) return name;
  }
  return undefined;
}

/** A byline's name shaped like a person's name (capitalised words, or a Korean or Japanese name), not a phrase. */
export function isPersonName(name: string): boolean {
  return (
    new RegExp(`^${personName}$`, 'u').test(name) ||
    /^[가-힣]{2,4}$|^[\p{Script=Han}\p{Script=Katakana}]{2,8}$/u.test(name)
  );
}

/** Copyright and reproduction notices in the languages the product meets. */
export const copyrightNotice = new RegExp(
  String.raw`^(?:©|ⓒ|\(c\)|copyright\b|bản quyền|저작권)|all rights reserved|무단\s?전재|재배포\s?금지|` +
    'при цитировании|перепечатка|все права защищены|cấm sao chép|ghi rõ nguồn|無断転載|無断複製|版权所有|版權所有',
  'iu',
);

/** The outlet a copyright line names ("ⓒ 이데일리, 무단전재…", "© 2024 Ausfilm", "Copyright (c) X All Rights Reserved."). */
export function findOutlet(line: string): string | undefined {
  const notice = /(?:©|ⓒ|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>.{2,})$/iu.exec(line.slice(0, 300));
  const name = notice?.groups?.name
    ?.split(/\s*(?:[,|(<>]|\.\s|\.$|\s무단|무단|all rights|\d{4})/iu)[0]
    ?.replace(/^(?:bản quyền thuộc|bản quyền)\s*/iu, '')
    .replace(/^www\./iu, '')
    .replace(/[\s,]+(?:llc|inc|ltd|pvt|pty|corp|co|gmbh|jsc)\.?(?:\s+(?:ltd|llc)\.?)?$/iu, '')
    .trim();
  if (!name || name.length < 2 || /^(?:all rights|bản quyền)/iu.test(name)) return undefined;
  return name;
}
