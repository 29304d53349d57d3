import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { createAliasIndex, extractAliasPairs, groupAliases } from '../../src/knowledge/article-aliases.js';
import { aliasHits } from '../../src/answer/question-words.js';
import { matchKey, wordTokens } from '../../src/retrieval/text-normalize.js';

/** The alias group keys a question names, with the aliases these article sentences state. */
function namedAliases(sentences: string, question: string): string[] {
  const aliases = createAliasIndex(groupAliases(extractAliasPairs(sentences)));
  const tokens = wordTokens(question);
  return aliasHits(aliases, tokens, tokens.map(matchKey), question).map((hit) => hit.key);
}

const statements =
  'The Pacific Animation Forum (PAF) opened on Monday. The Television Animation Conference (TAC) met in June. ' +
  'Delegates of the Sound Archive Media Association (SAMA) came too.';

describe('an acronym an article states, met as a plain word of the asker', () => {
  it('is the name where the question writes it in capitals', () => {
    expect(namedAliases(statements, 'When did PAF open?')).toHaveLength(1);
    expect(namedAliases(statements, 'TAC họp khi nào?')).toHaveLength(1);
    expect(namedAliases(statements, 'Kapan SAMA didirikan?')).toHaveLength(1);
  });

  it('is no name where the question writes it in small letters or with its marks', () => {
    // Indonesian "kerja sama" (cooperation), Vietnamese "hợp tác" (cooperation) and "Tác giả" (author).
    expect(namedAliases(statements, 'Siapa yang bekerja sama dengan studio itu?')).toEqual([]);
    expect(namedAliases(statements, 'Studio hợp tác với ai?')).toEqual([]);
    expect(namedAliases(statements, 'Tác giả của phim là ai?')).toEqual([]);
  });

  it('still finds the long form and a name written as a word', () => {
    expect(namedAliases(statements, 'Where did the Pacific Animation Forum meet?')).toHaveLength(1);
    const brand = '국내 OTT 왓챠(WATCHA)는 성장했다.';
    expect(namedAliases(brand, 'How many users does Watcha have?')).toHaveLength(1);
  });
});

describe('a lone Han or Hangul letter an article put in brackets', () => {
  it('names nothing in a question', () => {
    const dated = '発表は2021年8月9日(月)に行われた。同社(株)は東京にある。';
    expect(namedAliases(dated, '売上高は何月に発表された?')).toEqual([]);
    expect(namedAliases(dated, '月の売上はいくら?')).toEqual([]);
  });
});

describe('a plain word of the lexicon an article stated beside a name', () => {
  it('is asked as the lexicon knows it, and an acronym in capitals stays the alias', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const aliases = createAliasIndex(
      groupAliases(extractAliasPairs('김영수 콘텐츠전략부문장(사장)은 밝혔다. 온라인동영상서비스(OTT) 시장이 커졌다.')),
    );
    const keysOf = (question: string) => analyseQuestion(question, glossary, aliases).terms.flatMap((t) => t.keys);
    expect(keysOf('그 회사 사장은 누구야?')).toContain('@chief-executive');
    expect(keysOf('그 회사 사장은 누구야?').some((key) => key.startsWith('&'))).toBe(false);
    expect(keysOf('OTT 시장은 얼마나 커졌어?').some((key) => key.startsWith('&'))).toBe(true);
  });
});
