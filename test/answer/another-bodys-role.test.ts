/**
 * Another body's role (issue 10, grounded-but-wrong): a sentence that does not name the organization a person question
 * asks about, but writes the asked role right beside another organization it names, gives that organization's head —
 * not the asked one's. Only where the question and the sentence share a script: written in another, the asked name
 * is not found in the sentence and the organization beside the role may be the asked one itself.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { organizationSpans } from '../../src/answer/name-units.js';
import { mainScript } from '../../src/answer/role-ties.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

let glossary: Glossary;
beforeAll(async () => {
  ({ glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml')));
});

const holds = (question: string, sentence: string) =>
  holdsAskedUnit(sentence, analyseQuestion(question, glossary, emptyAliasIndex), glossary);

describe('a role written beside another organization', () => {
  it('does not answer who heads the asked one (Japanese)', () => {
    const sentence = '山田太郎氏が社長を務める映像制作会社ミライ(東京)など2社は、新会社を設立したと発表した。';
    expect(holds('Zスタジオの社長は誰?', sentence)).toBe(false);
  });

  it('does not answer who heads the asked one (English)', () => {
    const sentence = 'At the launch of the fund, Harbor Pictures CEO Maria Lopez thanked its partners.';
    expect(holds('Who is the CEO of Northwind Games?', sentence)).toBe(false);
  });

  it("still answers with the asked organization's own head", () => {
    expect(holds('Who is the CEO of Northwind Games?', 'Northwind Games chief executive Maria Lopez spoke.')).toBe(
      true,
    );
    expect(holds('Zスタジオの社長は誰?', '社長には田中一郎氏が就いた。')).toBe(true);
  });

  it('leaves a sentence in another script to the other checks', () => {
    const sentence = '山田太郎氏が社長を務める映像制作会社ミライは、新会社を設立した。';
    expect(holds('Who is the president of Z Studio?', sentence)).toBe(true);
  });
});

describe('organization spans', () => {
  it('reads a name written with a legal form as a company', () => {
    const sentence = '조합을 이끈 ㈜한빛(대표 김민수)은 완구 업체다.';
    const spans = organizationSpans(sentence, new Set());
    expect(spans.map((span) => sentence.slice(span.start, span.end))).toContain('㈜한빛');
  });

  it("leaves out the question's own name", () => {
    const sentence = 'Harbor Pictures and Northwind Games signed the deal.';
    const names = organizationSpans(sentence, new Set(['northwind', 'games']), new Set(['northwind'])).map((span) =>
      sentence.slice(span.start, span.end),
    );
    expect(names).toContain('Harbor Pictures');
    expect(names).not.toContain('Northwind Games');
  });
});

describe('main script', () => {
  it('counts Han and kana as one script and finds the most used one', () => {
    expect(mainScript('新会社「Zスタジオ」を設立した')).toBe('han');
    expect(mainScript('Who heads 카카오 Studio?')).toBe('latin');
    expect(mainScript('케나즈 대표는 누구야?')).toBe('hangul');
    expect(mainScript('')).toBeUndefined();
  });
});
