/**
 * Renders the neutral Answer for a terminal (plain text) and for --json.
 */
import { type Answer, type CoreAnswer, stripControlCharacters } from '../../src/index.js';

export function answerToJson(answer: CoreAnswer) {
  return {
    ...(answer.answerId === undefined ? {} : { answerId: answer.answerId }),
    answer: answer.text,
    grounded: answer.grounded,
    path: answer.path,
    language: answer.language,
    query: answer.query,
    ...(answer.notice ? { notice: answer.notice } : {}),
    citations: answer.citations.map((citation) => ({
      n: citation.n,
      articleId: citation.articleId,
      title: citation.title,
      outlet: citation.outlet ?? null,
      published: citation.published ?? null,
      url: citation.url ?? null,
      quote: citation.quote,
    })),
  };
}

export function renderAnswerText(answer: Answer, options: { color?: boolean } = {}): string {
  const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
  // Article text is printed on a terminal: no escape sequence from a source reaches it.
  const safe = stripControlCharacters;
  const lines: string[] = [];
  if (answer.notice) lines.push(dim(`(${safe(answer.notice)})`));
  lines.push(safe(answer.text), '');
  if (answer.citations.length > 0) {
    lines.push(bold(answer.grounded ? 'Sources' : 'Closest sources'));
    for (const citation of answer.citations) {
      const where = [citation.outlet, citation.published].filter(Boolean).map(String).map(safe).join(', ');
      lines.push(`[${citation.n}] ${safe(citation.title)}${where ? ` — ${where}` : ''}`);
      lines.push(dim(`    “${safe(citation.quote).replace(/\s+/g, ' ')}”`));
      if (citation.url) lines.push(dim(`    ${safe(citation.url)}`));
    }
  }
  return lines.join('\n');
}
