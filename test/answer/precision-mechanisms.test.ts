/**
 * Issue 10 point 4, grounding decided on the sentence shown, by method: the question's own names are not its answer,
 * only the clause of a founding is left out of a date question, … Small synthetic passages in several languages.
 */
import { describe, expect, it } from 'vitest';
import { hasOrganization, hasPerson, hasSchool } from '../../src/answer/name-units.js';
import { hasPlace } from '../../src/answer/place-units.js';
import { clausesOf, holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { refersBack } from '../../src/answer/referring-back.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { emptyAliasIndex, extractAliasPairs } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';

const ask = (question: string) => analyseQuestion(question, undefined, emptyAliasIndex);

describe('the question names its own places and organizations', () => {
  it('is not answered "where" by a place it names itself', () => {
    const before = ask('Before moving to Harrowgate, where was Northwind based?');
    expect(holdsAskedUnit('Northwind is relocating to Harrowgate this spring.', before, undefined)).toBe(false);
    expect(holdsAskedUnit('Northwind was based in Brackley until last year.', before, undefined)).toBe(true);
    const vietnamese = ask('Trước khi chuyển đến Harrowgate, Northwind đặt trụ sở ở đâu?');
    expect(holdsAskedUnit('Northwind sẽ chuyển đến Harrowgate vào tháng 5.', vietnamese, undefined)).toBe(false);
    expect(holdsAskedUnit('Northwind từng đặt trụ sở tại Brackley.', vietnamese, undefined)).toBe(true);
    // Russian inflects the name the question writes: "в Ульяновске" is the question's "Ульяновск".
    expect(hasPlace('Студия переехала в Ульяновске.', undefined, new Set(['ульяновск']))).toBe(false);
    expect(hasPlace('Студия переехала в Самару.', undefined, new Set(['ульяновск']))).toBe(true);
    // "work out of": where a company is based.
    expect(hasPlace('It will work out of Millennium Studios.', undefined, new Set())).toBe(true);
  });

  it('is not answered "which company" or "which school" by the asked entity under a longer name', () => {
    const partner = ask('Which production company is Ringwood partnering with?');
    expect(partner.type).toBe('organization');
    expect(
      holdsAskedUnit('The president of the Ringwood College of Art opened the building.', partner, undefined),
    ).toBe(false);
    expect(holdsAskedUnit('Ringwood is working with Semkhor Productions on it.', partner, undefined)).toBe(true);
    const names = new Set(['ringwood']);
    expect(hasSchool('Ringwood College of Art signed the deal.', names)).toBe(false);
    expect(hasSchool('Ringwood signed the deal with Tyumen State University.', names)).toBe(true);
    // Vietnamese and Russian names of the bodies the question names itself.
    expect(hasOrganization('Trường Ringwood đã ký thỏa thuận.', new Set(), names)).toBe(false);
    expect(hasOrganization('Ringwood đã ký với Công ty Semkhor.', new Set(), names)).toBe(true);
    expect(hasOrganization('Документ подписала студия «Воронеж».', new Set(), new Set(['воронеж']))).toBe(false);
    expect(
      hasOrganization('Студия «Воронеж» подписала документ с «Союзмультфильмом».', new Set(), new Set(['воронеж'])),
    ).toBe(true);
  });
});

describe('a date question and the founding', () => {
  it('leaves out only the founding clause, so another date of the sentence still answers', () => {
    const opened = ask('代アニのアニメ3DCG科はいつから?');
    expect(holdsAskedUnit('1978年に設立された学院は、2023年4月に「アニメ3DCG科」を開設した。', opened, undefined)).toBe(
      true,
    );
    expect(holdsAskedUnit('1978年に設立された学院は、3DCG科を開設した。', opened, undefined)).toBe(false);
    const english = ask('When did Northwind open its games course?');
    expect(
      holdsAskedUnit('Northwind, founded in 1936, opened its games course in April 2023.', english, undefined),
    ).toBe(true);
    expect(holdsAskedUnit('Northwind was founded in 1936.', ask('When did Northwind meet Eastfield?'), undefined)).toBe(
      false,
    );
    expect(clausesOf('Northwind, founded in 1936, opened a course and hired staff.')).toEqual([
      'Northwind',
      'founded in 1936',
      'opened a course',
      'hired staff.',
    ]);
  });
});

const tinyGlossary = createGlossary([
  { id: 'executive', category: 'role', en: ['chairman', 'chair'], vi: ['chủ tịch'], ko: ['회장'] },
  { id: 'association', category: 'concept', en: ['association'], vi: ['hiệp hội'], ko: ['협회'] },
]);

function passage(document: number, text: string, language = 'en'): RetrievedPassage {
  const article = { id: `article-${document}`, title: 'Northwind news', language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

describe('a person question that asks for a role', () => {
  const answer = createExtractiveAnswerer({ glossary: tinyGlossary, rarity: () => 0.5 });

  it('wants the role with the name, not in the next sentence', () => {
    for (const [question, language, apart, together] of [
      [
        'Who is the chairman of the Northwind Association?',
        'en',
        'On Monday in Leeds, the Northwind Association and Eastfield College signed a deal. Ann Smith, chairman of ' +
          'the association, was there.',
        'On Monday, the Northwind Association signed a deal. Its chairman Ann Smith was there.',
      ],
      [
        'Chủ tịch Hiệp hội Northwind là ai?',
        'vi',
        'Chiều 29/3, tại TP Hà Nội, Hiệp hội Northwind và Trường Eastfield đã ký thỏa thuận. Có mặt tại buổi lễ có ' +
          'bà Ngô Lan, Chủ tịch Hiệp hội.',
        'Chiều 29/3, Hiệp hội Northwind đã ký thỏa thuận. Bà Ngô Lan, Chủ tịch Hiệp hội Northwind, có mặt.',
      ],
    ] as const) {
      const context = { language, query: question };
      const answered = answer(question, [passage(0, apart, language)], context);
      // The name that stands with the role, or nothing: never the first sentence's names.
      if (answered.grounded) expect(answered.text, question).toMatch(/Ann Smith|Ngô Lan/);
      const held = answer(question, [passage(1, together, language)], context);
      expect(held.grounded, question).toBe(true);
      expect(held.text, question).toMatch(/Ann Smith|Ngô Lan/);
    }
  });
});

describe('a sentence that refers back to the entity', () => {
  const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

  it('shows it as the sentence before would, so the one that says what is asked wins', () => {
    for (const [question, language, text, expected] of [
      [
        'Which university signed a training agreement with Northwind?',
        'en',
        'Northwind signed two documents on Friday. Under the agreement they signed, the Leeds Art College will open. ' +
          'The studio also signed a training agreement with Tyumen State University.',
        /Tyumen State University/,
      ],
      [
        'С каким университетом студия «Норд» подписала учебное соглашение?',
        'ru',
        'Студия «Норд» подписала в пятницу два документа. По учебному соглашению, подписанному в пятницу, откроется колледж. ' +
          'Еще одно учебное соглашение студия подписала с Тюменским университетом.',
        /Тюменским университетом/,
      ],
    ] as const) {
      // One document number per passage: the answerer keeps a passage's analysis by its id.
      const answered = answer(question, [passage(language === 'en' ? 2 : 3, text, language)], {
        language,
        query: question,
      });
      expect(answered.grounded, question).toBe(true);
      expect(answered.text, question).toMatch(expected);
    }
  });

  it('is a lower-case description in English: "the Studio Labs complex" names something', () => {
    expect(refersBack("The studio's head said so.")).toBe(true);
    expect(refersBack('It is the last piece of the Studio Labs complex.')).toBe(false);
    expect(refersBack('Еще одно соглашение студия заключила с университетом.')).toBe(true);
    expect(refersBack('Документ подписала студия «Воронеж».')).toBe(false);
  });
});

describe('an acronym an article states in brackets', () => {
  it('is an alias only of a name whose initials it holds, so a country before it is not the body', () => {
    // Vietnamese writes a body's name in lower case; the capitalised words before the brackets are its country.
    expect(extractAliasPairs('Hiệp hội Xúc tiến Điện ảnh Việt Nam (VFDA) đã ký thỏa thuận.')).toEqual([]);
    expect(extractAliasPairs('The Vietnam Film Development Association (VFDA) signed it.')).toContainEqual([
      'Vietnam Film Development Association',
      'VFDA',
    ]);
    expect(extractAliasPairs('The Japan Post-Production Association (JPPA) met.')).toContainEqual([
      'Japan Post-Production Association',
      'JPPA',
    ]);
    // A Russian name shortened by its English acronym stays an alias.
    expect(extractAliasPairs('Корейское агентство креативного контента (далее — KOCCA).')).toHaveLength(1);
  });
});

describe('a total asked for', () => {
  it('is not answered by an amount per item or a cap', () => {
    for (const [question, perItem, whole] of [
      [
        'What is the total budget of the Northwind programme?',
        'The programme gives each project up to 3 million dollars.',
        'The programme has a budget of 40 million dollars.',
      ],
      [
        '이번 노스윈드 사업 전체 예산은 얼마야?',
        '노스윈드 사업은 작품별로 최대 30억 원의 제작비를 지원한다.',
        '노스윈드 사업의 예산은 300억 원이다.',
      ],
      [
        'Tổng kinh phí của chương trình Northwind là bao nhiêu?',
        'Chương trình Northwind hỗ trợ tối đa 2 tỷ đồng cho mỗi dự án.',
        'Chương trình Northwind có kinh phí 50 tỷ đồng.',
      ],
    ] as const) {
      const analysed = ask(question);
      expect(analysed.type, question).toBe('amount');
      expect(holdsAskedUnit(perItem, analysed, undefined), question).toBe(false);
      expect(holdsAskedUnit(whole, analysed, undefined), question).toBe(true);
    }
    // Without a total asked, a cap answers "how much".
    expect(
      holdsAskedUnit(
        'The programme gives each project up to 3 million dollars.',
        ask('How much does the programme give?'),
        undefined,
      ),
    ).toBe(true);
  });
});

describe('a city named after a person', () => {
  it('is a place when the lexicon knows it with the words around it', () => {
    const glossary = createGlossary([
      {
        id: 'ho-chi-minh-city',
        category: 'place',
        en: ['Ho Chi Minh City', 'HCMC'],
        vi: ['Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh'],
      },
    ]);
    const none = new Set<string>();
    expect(hasPerson('Chiều 29/3, tại TP Hồ Chí Minh, hai bên đã ký thỏa thuận.', none, glossary)).toBe(false);
    expect(hasPerson('The studio opened an office in Ho Chi Minh City last year.', none, glossary)).toBe(false);
    expect(hasPerson('Tại TP Hồ Chí Minh, ông Ngô Văn Lâm đã ký thỏa thuận.', none, glossary)).toBe(true);
    expect(hasPerson('In Ho Chi Minh City, Andru Davies signed the deal.', none, glossary)).toBe(true);
  });
});
