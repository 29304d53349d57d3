/**
 * Photo captions and credits in text captures, across languages: a credit label with its
 * source at the start of a line ("Photo: …", "(Photo = …) …", "사진 제공=…", "写真：…",
 * "Ảnh: …", "Фото: …", "[Photo by …]", "Courtesy of …") or closing it ("… in Seoul. Photo by
 * …", "… 있다. /연합뉴스", "… (Ảnh: TTXVN)"). A caption describes a picture the text does not
 * hold; it is no answer material, so the cleaner drops it and never joins it to a paragraph.
 */

/** Words that label a picture's credit or source. */
const creditLabel = [
  'photo(?:graph)?s?(?:\\s(?:credit|courtesy(?:\\sof)?|provided\\sby|supplied\\sby))?',
  'pictures?',
  'pictured(?:\\s(?:above|below|left|right|from\\sleft))?',
  'images?(?:\\s(?:credit|courtesy(?:\\sof)?|source))?',
  '(?:photo\\s|image\\s)?credits?',
  'illustration',
  'file\\sphoto',
  'screenshot',
  '(?:자료\\s?)?사진(?:\\s?제공)?',
  '그래픽',
  '이미지',
  '제공',
  '写真(?:提供)?',
  '画像(?:提供)?',
  '撮影',
  '提供',
  '出典',
  '图片?(?:来源)?',
  '摄影',
  '照片',
  'ảnh(?:\\sminh\\shọa|\\sminh\\shoạ|\\sđại\\sdiện)?',
  'nguồn\\sảnh',
  'фото(?:графия)?(?:\\sпредоставлено)?',
  'иллюстрация',
  'источник\\sфото',
  'кадр(?:\\sиз\\sфильма)?',
  'rasm',
  'surat',
].join('|');

/** "Photo: X", "사진=X", "写真：X", "Фото — X": the label and the sign that introduces its source. */
const labelled = `(?:${creditLabel})\\s*(?:[:=：＝|｜/／]|\\s[-–—]\\s|\\s?제공\\s?=)\\s*`;
/** The same, or "Photo by X" (a credit only when it is short: "Photos by the artists will be shown" is a sentence). */
const labelledOrBy = `(?:${labelled}|(?:${creditLabel})\\s+by\\s)`;
/** A credit standing first, in brackets, before the caption text: "(Photo = X) Directors at …", "[사진=X] …". */
const bracketedFirst = new RegExp(`^[(\\[（【〈<]\\s*${labelledOrBy}[^)\\]）】〉>]{1,80}[)\\]）】〉>]`, 'iu');
/** A line that starts with its credit label: "Photo: X", "Фото: пресс-служба", "写真：左から…". */
const labelFirst = new RegExp(`^${labelled}\\S`, 'iu');
/** "Photo by X", "Photos by X and Y": a short line. */
const byFirst = new RegExp(`^(?:${creditLabel})\\s+by\\s+[^.。!?]{1,60}$`, 'iu');
/** A credit said in words, without a sign: "Фото предоставлено пресс-службой", "Ảnh do studio cung cấp". */
const spelledCredit = new RegExp(
  String.raw`^(?:фото\s(?:предоставлено|из\sархива|пресс-службы)|(?:photo|image)s?\s(?:provided|supplied)\sby|` +
    String.raw`ảnh\sdo)\s[^.。!?]{1,60}\.?$`,
  'iu',
);
/** "Courtesy of X", "Photo courtesy of X". */
const courtesy = /^(?:(?:photo|image)s?\s)?courtesy(?:\sof)?\s+[^.。!?]{1,60}\.?$/iu;
const courtesyTail = '(?:(?:photo|image)s?\\s)?courtesy(?:\\sof)?\\s';
/**
 * A credit closing the line after a sentence or a description: "… in Seoul. Photo by X", "… (Ảnh: TTXVN)",
 * "… (AP Photo/Name)"; after a plain space only in brackets.
 */
const creditLast = new RegExp(
  `(?:(?:^|[.。!?！？"”」])\\s*[(\\[（【〈<]?|\\s[(\\[（【〈<])\\s*(?:\\p{Lu}{2,6}\\s)?(?:${labelledOrBy}|${courtesyTail})` +
    `[^.。!?\\n]{1,60}[)\\]）】〉>]?\\.?$`,
  'iu',
);
/** A wire or agency credit closing a caption: "… 있다. /연합뉴스", "… ceremony. / Yonhap", "2025.3.3/뉴스1". */
const slashCredit = new RegExp(
  String.raw`(?:[.。!?다]\s*|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*)[/／]\s?` +
    String.raw`(?:\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}|[가-힣\d]{2,10}(?:\s?제공|\s[가-힣]{2,4}\s?기자)?)$`,
  'u',
);

/** A line that begins a caption or credit: it is never the continuation of the paragraph above. */
export function startsCaption(line: string): boolean {
  const text = line.trim();
  return (
    // Korean captions open with a black triangle ("▲ 3일 부산에서 열린 개막식 모습"); lists use △ and ○.
    text.startsWith('▲') ||
    bracketedFirst.test(text) ||
    labelFirst.test(text) ||
    byFirst.test(text) ||
    courtesy.test(text) ||
    spelledCredit.test(text)
  );
}

/** A line that ends with a credit: the caption (or credit) ends there, nothing is joined after it. */
export function endsWithCredit(line: string): boolean {
  const text = line.trim();
  return creditLast.test(text) || slashCredit.test(text);
}

/** Whether a whole line is a photo caption or credit (up to a few sentences long). */
export function isCaptionLine(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text.length > 400) return false;
  return startsCaption(text) || endsWithCredit(text);
}

/** A long paragraph that a credit was glued onto (by a capture's line joins) loses only the credit. */
export function withoutCreditTail(line: string): string {
  const match = creditLast.exec(line) ?? slashCredit.exec(line);
  if (!match) return line;
  const keep = /^[.。!?！？"”」)다]/u.exec(match[0])?.[0] ?? '';
  return `${line.slice(0, match.index)}${keep}`.trimEnd();
}
