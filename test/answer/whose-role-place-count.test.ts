/**
 * Whose role, whose place, whose count (issue 10 items 3–4): a person question's role must be held by the answer's
 * person and, where the sentence names the asked organization, be that organization's; a place the question names
 * (in any script) is not where; a count the question narrows by a place is not told by a sibling branch's sentence.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
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

describe('a person question that asks a role', () => {
  it("is not answered by another organization's head named beside the asked one", () => {
    const sentence =
      'The launch was attended by Ryu Minho, the KBS drama director, and Han Jisoo, chief executive of Daewon.';
    expect(holds('Who is the CEO of KBS?', sentence)).toBe(false);
    expect(holds('Who is the CEO of Daewon?', sentence)).toBe(true);
  });

  it('is not answered by a name the role is said of another body ("is to become the studio\'s president")', () => {
    const sentence =
      'Ken Sato, a board member at Tokai Broadcasting and a former swimmer, is expected to become the studio’s president.';
    expect(holds('Who is the president of Tokai Broadcasting?', sentence)).toBe(false);
    expect(
      holds('Who is the chairman of Tokai Broadcasting?', 'Mio Arai, chairman of Tokai Broadcasting, spoke.'),
    ).toBe(true);
  });

  it('reads the Korean order name, organization, title', () => {
    const sentence = '발표회에는 김하늘 MBC 예능부장과 이바다 한빛완구 대표가 참석했다.';
    expect(holds('MBC 사장은 누구야?', sentence)).toBe(false);
  });

  it('takes the role held after an aside ("Y, who used to run Z, has come on board as chairman")', () => {
    expect(
      holds(
        "Who is Oakfield VFX's new chairman?",
        'Ann Reed, who used to run Harbour Films, has come on board as chairman.',
      ),
    ).toBe(true);
  });
});

describe('a place question', () => {
  it('is not answered by the place it names itself, written in another script', () => {
    expect(holds('Framestore孟买工作室在哪里?', 'The Mumbai space is part of a wider plan.')).toBe(false);
    expect(holds('Framestore孟买工作室在哪里?', 'The Mumbai studio sits in Goregaon, at the Nesco IT Park.')).toBe(
      true,
    );
  });

  it('is not answered by the country that holds the city it names', () => {
    expect(holds('Where in Sydney is the new studio?', 'The studio will open in Australia next year.')).toBe(false);
  });
});

describe('a count narrowed by a place', () => {
  it("is not told by a sibling branch's figure", () => {
    const question = 'How many animators work at the Vancouver studio?';
    expect(holds(question, 'The Ottawa studio grew from 14 to 90 animators in a year.')).toBe(false);
    expect(holds(question, 'The Vancouver studio has 120 animators.')).toBe(true);
    expect(holds(question, 'The studio has 120 animators.')).toBe(true);
  });
});

describe('a person given only a sibling role', () => {
  it('is not the head asked for (a chief art officer for the CEO)', () => {
    const sentence = 'Mina Cho will take the post of chief art officer at Lumen Studio.';
    expect(holds('Who is the CEO of Lumen Studio?', sentence)).toBe(false);
    expect(holds('Who is the chief art officer of Lumen Studio?', sentence)).toBe(true);
  });
});

describe('a Russian capitalised run with an adjective first', () => {
  it('is no person ("Второй Международный фестиваль")', () => {
    const question = 'Кто директор фестиваля?';
    expect(holds(question, 'Второй Международный фестиваль анимационного кино прошёл в Хабаровске.')).toBe(false);
    expect(holds(question, 'Фестиваль открыл Юрий Москвин.')).toBe(true);
  });
});
