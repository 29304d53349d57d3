/**
 * Why a cross-language tune question's right article is not among the eight passages read (tune half only; sets in
 * SKIP_SETS are left out, so held-out sets are never listed): its rank in the fused ranking (to 100), in the BM25
 * ranking and in the ranking over the terms that hold across scripts (anchors), which anchor terms the right
 * article's passages hold, and the article the anchors rank first. Counts by kind: no anchor term met (the name
 * or figure is not keyed alike on both sides), met but outranked. Diagnosis, not a figure:
 *
 *   SKIP_SETS=ao,ap,aq npx tsx bench/probe/cross-retrieval-misses.ts [--set n] [--list]
 */
import { weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { openAnswerSetKnowledge } from '../../eval/answer-set-knowledge.js';
import { setsFromArguments } from '../../eval/set-flag.js';

const sets = setsFromArguments(process.argv);
const list = process.argv.includes('--list');
const skip = new Set((process.env.SKIP_SETS ?? '').split(',').filter((name) => name !== ''));
const { set, opened, idByFile, languageByFile, close } = await openAnswerSetKnowledge('matchcut-cross-misses-');
const counts = new Map<string, number>();
const isAnchor = (term: string) => /^[%#&@]/u.test(term) || /\d/u.test(term);
try {
  const index = opened.index;
  for (const item of set.answerable) {
    if (item.split !== 'tune' || (sets !== undefined && !sets.includes(item.set)) || skip.has(item.set)) continue;
    const language = languageByFile.get(item.file);
    if (language === item.lang) continue;
    const articleId = idByFile.get(item.file);
    const read = await opened.retriever.retrieve(item.q, { limit: 8 });
    if (read.some((passage) => passage.chunk.article.id === articleId)) continue;
    const wide = await opened.retriever.retrieve(item.q, { limit: 100, depth: 100 });
    const fusedRank = wide.findIndex((passage) => passage.chunk.article.id === articleId) + 1;
    const terms = weightedQueryTerms(item.q, opened.knowledge.glossary, index.aliases);
    const ofArticle = (document: number) => index.chunk(document).article.id === articleId;
    const lexical = index.lexical.search(terms, 200);
    const lexicalRank = lexical.findIndex((hit) => ofArticle(hit.document)) + 1;
    const anchors = terms.filter((term) => isAnchor(term.term));
    const anchorHits = anchors.length > 0 ? index.lexical.search(anchors, 200) : [];
    const anchorRank = anchorHits.findIndex((hit) => ofArticle(hit.document)) + 1;
    const met = anchors.filter((term) => index.lexical.search([term], 500).some((hit) => ofArticle(hit.document)));
    const kind =
      anchors.length === 0 ? 'no anchor term in the question' : met.length === 0 ? 'no anchor term met' : 'outranked';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (list) {
      const first = anchorHits[0] ? index.chunk(anchorHits[0].document) : undefined;
      process.stdout.write(
        `[${item.set} ${item.lang}>${language}] ${kind}: ${item.q}\n` +
          `   fused ${fusedRank || '>100'} lexical ${lexicalRank || '-'} anchors ${anchorRank || '-'}; ` +
          `met ${met.map((term) => term.term).join(' ')} | unmet ${anchors
            .filter((term) => !met.includes(term))
            .map((term) => term.term)
            .join(' ')}\n` +
          `   anchors first: ${first ? `${first.article.language} ${first.article.title.slice(0, 80)}` : '-'}\n` +
          `   right: ${language} ${set.articles.find((article) => article.file === item.file)?.file ?? ''}\n`,
      );
    }
  }
} finally {
  await close();
}
for (const [kind, count] of [...counts].sort(([, left], [, right]) => right - left))
  process.stdout.write(`${kind}: ${count}\n`);
