/**
 * Candidate same-story twins among the TUNE answer articles: pairs of articles from different sets that share several
 * rare names and figures (a story retold by two helpers, or one event told by two outlets). A twin that is not declared
 * `sameStory` makes a citation of it count as wrong even where it states the expected fact, so the candidates are
 * listed for a person to read and declare; nothing is changed by this script.
 *
 * Check articles are skipped by their set's `split` before any of their text is read.
 *
 *   npx tsx eval/story-twins.ts            the 40 best-scoring pairs in one language and across languages, with the
 *                                          shared tokens; pairs already declared are marked
 *   npx tsx eval/story-twins.ts --top 80   more of them
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { answerSetFolder } from './answers.js';

/** Tokens that name a thing or state a figure: numbers (separators dropped; `#`), capitalised Latin or Cyrillic words,
 * Hangul words of two syllables or more, and Han/kana runs as character pairs (`~`, which count for less: a pair is
 * often a common word). */
export function rareTokenCandidates(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of text.matchAll(/\d[\d,.]*\d|\d/gu)) {
    const figure = match[0].replace(/[,.](?=\d{3}\b)/gu, '').replace(/[.,]$/u, '');
    if (figure.replace(/\D/gu, '').length >= 2) tokens.add(`#${figure}`);
  }
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]{2,}/gu)) tokens.add(match[0].toLowerCase());
  for (const match of text.matchAll(/[\uAC00-\uD7A3]{2,}/gu)) tokens.add(match[0]);
  for (const match of text.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu)) {
    for (let index = 0; index + 2 <= match[0].length; index += 1) tokens.add(`~${match[0].slice(index, index + 2)}`);
  }
  return tokens;
}

interface TwinCandidate {
  left: string;
  right: string;
  score: number;
  shared: string[];
}

/** Pairs of articles from different sets that share at least two rare tokens (found in at most `maxDocumentFrequency`
 * articles in all), ranked by the summed rarity (log N/df) of those tokens. */
export function twinCandidates(
  articles: { file: string; set: string; tokens: Set<string> }[],
  maxDocumentFrequency = 3,
): TwinCandidate[] {
  const frequency = new Map<string, number>();
  for (const article of articles)
    for (const token of article.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const candidates: TwinCandidate[] = [];
  for (const [index, left] of articles.entries()) {
    for (const right of articles.slice(index + 1)) {
      if (left.set === right.set) continue;
      const shared = [...left.tokens].filter(
        (token) => right.tokens.has(token) && (frequency.get(token) ?? 0) <= maxDocumentFrequency,
      );
      const weight = (token: string) => (token.startsWith('~') ? 0.4 : 1);
      const score = shared.reduce(
        (sum, token) => sum + weight(token) * Math.log(articles.length / (frequency.get(token) ?? 1)),
        0,
      );
      if (shared.length >= 2) candidates.push({ left: left.file, right: right.file, score, shared });
    }
  }
  return candidates.sort((one, other) => other.score - one.score);
}

interface TuneArticle {
  file: string;
  set: string;
  language: string;
  sameStory?: string;
}

/** The tune articles of every answer set, with their set; check articles are left out here, before any text is read. */
function tuneArticles(): TuneArticle[] {
  const articles: TuneArticle[] = [];
  for (const name of readdirSync(answerSetFolder).filter((entry) => /^set-.*\.ya?ml$/u.test(entry))) {
    const parsed = parse(readFileSync(path.join(answerSetFolder, name), 'utf8')) as {
      articles?: (TuneArticle & { split: string })[];
    };
    for (const article of parsed.articles ?? []) {
      if (article.split !== 'tune') continue;
      articles.push({ file: article.file, set: name, language: article.language, sameStory: article.sameStory });
    }
  }
  return articles;
}

function main(): void {
  const topFlag = process.argv.indexOf('--top');
  const top = topFlag === -1 ? 40 : Number(process.argv[topFlag + 1]);
  const tune = tuneArticles();
  const declared = new Set(
    tune.flatMap((article) =>
      article.sameStory === undefined
        ? []
        : [`${article.file}|${article.sameStory}`, `${article.sameStory}|${article.file}`],
    ),
  );
  const languageOf = new Map(tune.map((article) => [article.file, article.language]));
  const candidates = twinCandidates(
    tune.map((article) => ({
      file: article.file,
      set: article.set,
      tokens: rareTokenCandidates(readFileSync(path.join(answerSetFolder, 'articles', article.file), 'utf8')),
    })),
  );
  const print = (title: string, list: TwinCandidate[]) => {
    process.stdout.write(`${title}\n`);
    for (const candidate of list.slice(0, top)) {
      const mark = declared.has(`${candidate.left}|${candidate.right}`) ? ' (declared)' : '';
      process.stdout.write(
        `${candidate.score.toFixed(1)}  ${candidate.left}  ${candidate.right}${mark}\n    ${candidate.shared.slice(0, 24).join(' ')}\n`,
      );
    }
  };
  print(
    'same language:',
    candidates.filter((each) => languageOf.get(each.left) === languageOf.get(each.right)),
  );
  print(
    'across languages:',
    candidates.filter((each) => languageOf.get(each.left) !== languageOf.get(each.right)),
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
