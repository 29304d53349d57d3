/**
 * Issue 10 point 3, units of the asked type that compete: the one told with the question's predicate (hired, founded,
 * partnering …) answers; a sentence that tells of another event holds that event's unit. Small synthetic passages.
 */
import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import type { Candidate } from '../../src/answer/candidate-scoring.js';
import { hasPerson } from '../../src/answer/name-units.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { predicateHeld, predicatesIn } from '../../src/answer/predicates.js';
import { groundedMargin } from '../../src/answer/sentence-choice.js';
import { retrievedPassage } from '../helpers/retrieved-passage.js';

const passage = retrievedPassage;

const answer = createExtractiveAnswerer({ glossary: undefined, rarity: () => 0.5 });

describe('the asked event', () => {
  it('is read in the six languages, and not from words for holding any event', () => {
    expect(predicatesIn('How many people will Northwind hire?')).toContain('hire');
    expect(predicatesIn('노스윈드는 몇 명을 채용하나요?')).toContain('hire');
    expect(predicatesIn('Northwind tuyển bao nhiêu người?')).toContain('hire');
    expect(predicatesIn('ノースウィンドは何人を採用する?')).toContain('hire');
    expect(predicatesIn('Сколько человек наймет «Норд»?')).toContain('hire');
    expect(predicatesIn('Northwind nechta odamni ishga oladi?')).toContain('hire');
    expect(predicatesIn('С кем сотрудничает студия?')).toEqual(['partner']);
    expect(predicatesIn('간담회는 언제 열렸어?')).toEqual([]);
    // Not from the words of a name the question writes.
    expect(
      analyseQuestion('When did the Northwind Job Creation Program become law?', undefined, emptyAliasIndex).predicates,
    ).toEqual([]);
    expect(analyseQuestion('When will Northwind hire the new staff?', undefined, emptyAliasIndex).predicates).toEqual([
      'hire',
    ]);
  });

  it('counts most in the clause that holds the unit', () => {
    const hasYear = (text: string) => /\d{4}/.test(text);
    expect(predicateHeld('Northwind, founded in 1936, opened a studio.', ['found'], hasYear)).toBe(1);
    expect(
      predicateHeld('Northwind, which was founded by Ann Smith, opened a studio in 2019.', ['found'], hasYear),
    ).toBe(0.5);
    expect(predicateHeld('Northwind opened a studio in 2019.', ['found'], hasYear)).toBe(0);
  });

  it('chooses the unit told with it over another fact of the same entity', () => {
    for (const [question, language, text, expected] of [
      [
        'Which production company is Northwind partnering with on the facility?',
        'en',
        'With that one word from Ann Smith, president of the Northwind College of Art, the school opened the ' +
          'Eastfield Post-Production Facility, a production company building. Northwind is working closely with ' +
          'Brackley Productions on the facility.',
        /Brackley Productions/,
      ],
      [
        'ノースウィンドって何年にできた会社?',
        'ja',
        'ノースウィンドは2019年7月1日、イーストフィールドと包括的な業務提携を締結した。ノースウィンドは2008年の設立。',
        /2008年/,
      ],
      [
        '노스윈드는 언제 설립된 회사야?',
        'ko',
        '노스윈드는 2019년 7월 이스트필드와 업무협약을 체결했다. 노스윈드는 2008년에 설립됐다.',
        /2008년/,
      ],
      [
        'Когда была основана студия «Норд»?',
        'ru',
        'Студия «Норд» подписала соглашение с Тюменским университетом в 2021 году. Студия «Норд» основана в 1998 году.',
        /1998/,
      ],
      [
        'Northwind sẽ tuyển bao nhiêu người?',
        'vi',
        'Hiện Northwind có 42 nhân viên làm việc tại Hà Nội. Northwind sẽ tuyển thêm 150 người trong năm tới.',
        /150 người/,
      ],
    ] as const) {
      // One document number per passage: the answerer keeps a passage's analysis by its id.
      const answered = answer(question, [passage(question.length, text, language)], { language, query: question });
      expect(answered.grounded, question).toBe(true);
      expect(answered.text, question).toMatch(expected);
    }
  });
});

describe('a fact told without repeating the entity', () => {
  it('is shown by an earlier sentence of the passage when the sentence names nothing else', () => {
    for (const [question, language, title, text, expected] of [
      [
        'How many people completed the Northwind Academy course this year?',
        'en',
        'Northwind Academy ends its tour',
        'The Northwind Academy, a youth training course run by the webtoon studio Northwind, has ended its tour for ' +
          'this year. Lectures were given at twelve universities. In the end 237 people completed the course.',
        /237 people/,
      ],
      [
        '노스윈드 아카데미 올해 수료한 사람 몇 명이에요?',
        'ko',
        '노스윈드 아카데미, 올해 순회 교육 마무리',
        '웹툰 제작사 노스윈드가 운영을 맡은 청년 교육 과정 노스윈드 아카데미가 올해 일정을 모두 끝냈다고 회사 측이 ' +
          '11일 전했다. 올해 과정에는 모두 12개 대학에서 강의가 열렸다. 최종적으로 237명이 과정을 마쳐 수료율은 ' +
          '98.8%로 집계됐다.',
        /237명/,
      ],
    ] as const) {
      const answered = answer(question, [passage(question.length, text, language, title)], {
        language,
        query: question,
      });
      expect(answered.grounded, question).toBe(true);
      expect(answered.text, question).toMatch(expected);
    }
  });

  it('is not shown so when the sentence names another organization', () => {
    const question = 'How many people completed the Northwind Academy course this year?';
    const text =
      'The Northwind Academy, a youth training course run by the webtoon studio Northwind, has ended its tour for ' +
      'this year. Lectures were given at twelve universities. At Eastfield College, 237 people completed a course.';
    const answered = answer(question, [passage(400, text, 'en', 'Northwind Academy ends its tour')], {
      language: 'en',
      query: question,
    });
    expect(answered.grounded).toBe(false);
  });
});

describe('two sentences that name the same thing', () => {
  const candidate = (sentence: string, score: number) =>
    ({
      grounded: true,
      score,
      index: 0,
      keys: new Set<string>(),
      analysed: { sentences: [sentence], sentenceKeys: [new Set<string>()], titleKeys: new Set<string>() },
    }) as unknown as Candidate;
  const question = { numbers: new Set<string>(), keys: new Set(['колледж', 'college']) };

  it('give one answer, however differently the rest is said', () => {
    const same = [
      candidate('Он предусматривает создание колледжа креативных индустрий.', 0.67),
      candidate('В здании разместится областной колледж креативных индустрий, а музей откроется позже.', 0.66),
    ];
    expect(groundedMargin(same, question)).toBeCloseTo(0.67);
    const english = [
      candidate('The deal creates the Eastfield College of Creative Industries.', 0.67),
      candidate('The building will house a regional college of creative industries next year.', 0.66),
    ];
    expect(groundedMargin(english, question)).toBeCloseTo(0.67);
    const other = [
      candidate('Он предусматривает создание колледжа креативных индустрий.', 0.67),
      candidate('В здании разместится художественное училище, а музей откроется позже.', 0.66),
    ];
    expect(groundedMargin(other, question)).toBeCloseTo(0.01);
  });
});

describe('a name the question writes without marks or spaces', () => {
  it('is not another person when an article writes it with them', () => {
    const own = new Set(['saigon', 'oppa']);
    expect(hasPerson('Theo kế hoạch, "Sài Gòn Oppa" sẽ bấm máy vào đầu năm 2026.', own)).toBe(false);
    expect(hasPerson('"Sài Gòn Oppa" is written by Ann Smith.', own)).toBe(true);
    expect(hasPerson('Sài Gòn Oppa will be shot next year.', new Set(['oppa']))).toBe(true);
  });
});

describe('an ordinal in the question', () => {
  it('counts editions and names nothing', () => {
    const analysed = analyseQuestion(
      'How many countries had films at the 5th Hanoi International Film Festival?',
      undefined,
      emptyAliasIndex,
    );
    expect(analysed.terms.find((term) => term.word === '5th')?.role).not.toBe('entity');
    expect(analysed.terms.find((term) => term.word === 'hanoi')?.role).toBe('entity');
  });
});
