/**
 * A name of several words asked in Latin meets the Han text that writes it by the pinyin of its own words, when the
 * question adds a translated kind word ("… Culture", "… Group") or writes the name inside a longer capitalised run.
 */
import { describe, expect, it } from 'vitest';
import { textKeys } from '../../src/answer/passage-analysis.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { termMatch } from '../../src/answer/term-match.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { innerNameKeys } from '../../src/answer/name-spans.js';
import { wordTokens } from '../../src/retrieval/text-normalize.js';

/** How well each name term of a question is found in a sentence, by the term's word. */
function nameMatches(question: string, sentence: string): Map<string, number> {
  const keys = textKeys(sentence, undefined, emptyAliasIndex);
  const terms = analyseQuestion(question, undefined, emptyAliasIndex).terms.filter((term) => term.role === 'entity');
  return new Map(terms.map((term) => [term.word ?? term.keys[0] ?? '', termMatch(term, keys)]));
}

describe('the words inside a Latin name asked of Han text', () => {
  it('meet the Han name when a translated kind word follows it', () => {
    const found = nameMatches('Who founded Qingchen Yuedong Culture?', '北京青辰悦动文化有限公司成立于2019年。');
    expect(found.get('qingchen')).toBe(1);
    expect(found.get('yuedong')).toBe(1);
  });

  it('meet it when the name stands inside a longer run', () => {
    const found = nameMatches("Who led Xiaohongshu's Series D round?", '小红书完成D轮融资,由红杉领投。');
    expect(found.get('xiaohongshu')).toBe(1);
  });

  it('do not meet another name that shares one syllable', () => {
    const found = nameMatches('Who founded Qingchen Yuedong Culture?', '青岛文化公司成立于2019年。');
    expect(found.get('qingchen')).toBe(0);
    expect(found.get('yuedong')).toBe(0);
  });

  it('give no key to a short word or to the whole run again', () => {
    const tokens = wordTokens('Yu Group Holdings');
    const keys = innerNameKeys(tokens, 0, tokens.length);
    expect(keys.get(0) ?? []).not.toContain('%ᴾo');
    for (const list of keys.values()) for (const key of list) expect(key.length).toBeGreaterThanOrEqual(7);
  });
});
