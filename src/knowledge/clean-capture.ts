/**
 * Cleans web captures: keeps the article text, drops page furniture (login and comment
 * prompts, print/share buttons, breadcrumbs, tag lists, "related" and "more in" headline
 * lists, duplicated captions) so an answer never cites a login prompt.
 */

const furnitureLinePatterns: RegExp[] = [
  /^(print|dictionary|share|tweet|email|e-mail|facebook|twitter|kakao ?talk|line|copy link|font size|listen|lock icon|s|a|aa|\+|-|x)(\s+(print|dictionary|share|tweet|email))*$/i,
  /\b(log ?in|sign ?in|sign ?up|register)\b.*\b(comment|account|connect|post)/i,
  /\byou must be logged in\b/i,
  /\bto (write|post|leave) (a )?comments?\b/i,
  /^help-image\b/i,
  /social comment\??$/i,
  /standards board policy/i,
  /^\(?\d+\s*\/\s*\d+\s*자\)?$/,
  /^home\s*>\s*/i,
  /^tags?\s*[:\s]/i,
  /^(advertisement|sponsored|subscribe( now)?|newsletter|cookie(s)? (policy|settings)|accept cookies)\b/i,
  /^(copyright|©|ⓒ|all rights reserved)/i,
  /^-?\s*see more related articles?$/i,
  /^(related articles?|related stories|related news|more in .{1,40}|most (read|viewed|popular)|trending|latest news|editor'?s picks?)$/i,
  /^(bình luận|chia sẻ|đăng nhập|xem thêm|tin liên quan|bài liên quan)\b/i,
  /^(댓글|로그인|관련기사|관련 기사|많이 본 뉴스|공유하기|기사 공유)\b/,
  /^(комментарии|поделиться|читайте также|войдите)\b/i,
  /^with the korea joongang daily$/i,
];

const headlineSectionStart = /^(-?\s*see more related articles?|related articles?|related stories|related news|more in .{1,40}|most (read|viewed|popular)|trending|latest news|tin liên quan|bài liên quan|관련기사|관련 기사|많이 본 뉴스|читайте также)$/i;

/** A line that looks like a headline in a list: short, no sentence end. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 140 && line.split(' ').length <= 22 && !/[.!?。…”"]$/.test(line);
}

export interface CleanedCapture {
  text: string;
  /** A date found in capture furniture ("date 2025-04-25", "Published: 25 Apr. 2025"). */
  published?: string | undefined;
  /** A byline found in the capture ("BY SHIN MIN-HEE"). */
  author?: string | undefined;
  removedLines: number;
}

const months: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

export function findPublishedDate(line: string): string | undefined {
  const iso = /\b(?:date|published|updated)?:?\s*(\d{4})-(\d{2})-(\d{2})\b/i.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dayMonthYear = /\bpublished:?\s*(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(line);
  if (dayMonthYear) {
    const month = months[(dayMonthYear[2] as string).toLowerCase()];
    if (month) return `${dayMonthYear[3]}-${month}-${(dayMonthYear[1] as string).padStart(2, '0')}`;
  }
  return undefined;
}

export function cleanCapture(raw: string): CleanedCapture {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const seen = new Set<string>();
  let published: string | undefined;
  let author: string | undefined;
  let removed = 0;
  let inHeadlineList = false;

  for (const original of lines) {
    let line = original.replace(/\s+/g, ' ').trim();
    if (line === '') {
      kept.push('');
      continue;
    }
    const leadingDate = /^date\s+(\d{4}-\d{2}-\d{2})\s+/i.exec(line);
    if (leadingDate) {
      published ??= leadingDate[1];
      line = line.slice(leadingDate[0].length).trim();
    }
    if (/^published:/i.test(line)) {
      published ??= findPublishedDate(line);
      removed += 1;
      continue;
    }
    const byline = /^(?:by|By|BY)\s+([\p{Lu}][\p{Lu}\p{L}' -]{2,60}?)(?:\s*\[.*\])?$/u.exec(line);
    if (byline) {
      author ??= (byline[1] as string).trim();
      removed += 1;
      continue;
    }
    if (headlineSectionStart.test(line)) {
      inHeadlineList = true;
      removed += 1;
      continue;
    }
    if (inHeadlineList) {
      if (looksLikeHeadline(line)) {
        removed += 1;
        continue;
      }
      inHeadlineList = false;
    }
    if (furnitureLinePatterns.some((pattern) => pattern.test(line)) || line.length <= 2) {
      removed += 1;
      continue;
    }
    const key = line.toLowerCase();
    if (seen.has(key)) {
      removed += 1;
      continue;
    }
    seen.add(key);
    kept.push(line);
  }
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, published, author, removedLines: removed };
}
