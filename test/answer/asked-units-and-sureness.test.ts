/**
 * What counts as the asked unit (issue 10 item 3) and when a grounded sentence is given as sure (item 4): a
 * Korean report date is not when something happened, a day question needs a day, money and "3D" are not counts,
 * and two different answers that score alike make a "not sure — closest passage" answer, not a grounded one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCount, hasDay, hasDuration } from '../../src/answer/answer-units.js';
import { hasOrganization, hasSchool } from '../../src/answer/name-units.js';
import { hasPlace } from '../../src/answer/place-units.js';
import { hasTitle } from '../../src/answer/title-unit.js';
import { hasEventDate, holdsAskedUnit } from '../../src/answer/asked-unit.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { classifyQuestion } from '../../src/answer/question-types.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { shippedKnowledgeDir } from '../helpers/temporary-folder.js';

describe('the asked unit', () => {
  it('does not take the day a Korean report was given for the date of what it reports', () => {
    expect(hasEventDate('덱스터스튜디오는 방문단이 본사를 둘러봤다고 28일 밝혔다.')).toBe(false);
    expect(hasEventDate('교육이 모두 끝났다고 회사 측이 지난 11일 전했다.')).toBe(false);
    expect(hasEventDate('JPPA는 1993년에 만들어진 단체다.')).toBe(true);
    expect(hasEventDate('교육은 5월 13일 시작됐다.')).toBe(true);
  });

  it('does not take a year said only relative to the article ("this year") for a date', () => {
    expect(hasEventDate('The jury this year was made up of three producers.')).toBe(false);
    expect(hasEventDate('올해 일정을 모두 끝냈다.')).toBe(false);
    expect(hasEventDate('The studio opened in May last year.')).toBe(true);
  });

  it('answers "what date" with a day, not with a year or "this year"', () => {
    const question = analyseQuestion('Dự án được giới thiệu vào ngày nào?', undefined, emptyAliasIndex);
    expect(question.day).toBe(true);
    expect(holdsAskedUnit('Phim sẽ bấm máy vào đầu năm 2026.', question, undefined)).toBe(false);
    expect(holdsAskedUnit('Dự án được công bố ngày 11-8 tại Seoul.', question, undefined)).toBe(true);
    expect(hasDay('올해 일정을 모두 끝냈다.')).toBe(false);
    expect(hasDay('The market ran from February 17 to 21.')).toBe(true);
    const when = analyseQuestion('When did the studio open?', undefined, emptyAliasIndex);
    expect(when.day).toBe(false);
    expect(holdsAskedUnit('The studio opened in 2019.', when, undefined)).toBe(true);
  });

  it('asks "for how many days" as a duration, answered by a number of days or a span of days', () => {
    expect(classifyQuestion('회의는 며칠 동안 열렸어?')).toBe('duration');
    expect(classifyQuestion('Hội nghị diễn ra trong mấy ngày?')).toBe('duration');
    expect(classifyQuestion('会議は何日間開かれましたか?')).toBe('duration');
    expect(classifyQuestion('회의는 며칠에 열렸어?')).toBe('date');
    expect(classifyQuestion('Liên hoan kéo dài từ ngày nào tới ngày nào?')).toBe('duration');
    expect(classifyQuestion('영화제는 언제부터 언제까지야?')).toBe('duration');
    expect(hasDuration('Hội nghị diễn ra từ ngày 14 đến 16/10 tại TP.HCM.')).toBe(true);
    expect(hasDuration('The market was held from February 17 to 21.')).toBe(true);
    expect(hasDuration('회의는 14일부터 16일까지 열렸다.')).toBe(true);
    expect(hasDuration('The market opened on February 17.')).toBe(false);
  });

  it('does not count money, formats or the end of another Korean word', () => {
    const anything = { keys: new Set<string>(), people: false };
    expect(hasCount('The award is worth 20,000 euros.', anything, undefined)).toBe(false);
    expect(hasCount('It pays $74,000 on average.', anything, undefined)).toBe(false);
    expect(hasCount('The studio will make a 3D film.', anything, undefined)).toBe(false);
    expect(hasCount('올해 일정을 모두 끝냈다.', anything, undefined)).toBe(false);
    expect(hasCount('34 feature projects were presented.', anything, undefined)).toBe(true);
    expect(hasCount('두 회사가 계약했다.', anything, undefined)).toBe(true);
  });

  it('reads every number word of a sentence, not only the first', () => {
    const artists = { keys: new Set(['artist', 'artists']), people: false };
    expect(hasCount('The two studios said they would hire twelve artists next year.', artists, undefined)).toBe(true);
    expect(hasCount('The two studios said they would hire artists next year.', artists, undefined)).toBe(false);
  });

  it('answers "which university" with a school, not with another organization', () => {
    const question = analyseQuestion('Voronezh 스튜디오와 협정을 맺은 대학은 어디야?', undefined, emptyAliasIndex);
    expect(question.school).toBe(true);
    expect(holdsAskedUnit('The studio signed with Northwind Media Group.', question, undefined)).toBe(false);
    expect(holdsAskedUnit('The studio signed with Tyumen State University.', question, undefined)).toBe(true);
    expect(hasSchool('마지막 강의는 전주대에서 열렸다.')).toBe(true);
    expect(hasSchool('Соглашение подписал Тюменский государственный университет.')).toBe(true);
  });

  it('does not take a lower-case Vietnamese or Russian phrase for an organization', () => {
    expect(hasOrganization('Phim sẽ trở thành bộ phim nối hai quốc gia lại gần nhau.', new Set())).toBe(false);
    expect(hasOrganization('Dự án do Công ty Film Line thực hiện.', new Set())).toBe(true);
    expect(hasOrganization('Эта компания работает давно.', new Set())).toBe(false);
    expect(hasSchool('Sinh viên trường nghệ thuật tham gia.')).toBe(false);
    expect(hasSchool('Sinh viên Trường Đại học Mỹ thuật tham gia.')).toBe(true);
  });

  it('tells organization questions from questions that only mention organizations', () => {
    expect(classifyQuestion('what do partner universities actually get from the academy?')).not.toBe('organization');
    expect(classifyQuestion('Which studio made the series?')).toBe('organization');
    expect(classifyQuestion('영화 공동제작사는 어디야?')).toBe('organization');
    expect(classifyQuestion('Naver Webtoon liên doanh với những công ty Nhật Bản nào?')).toBe('organization');
  });
  it('asks "which film, which project" for a title, in every language, and not for an organization', () => {
    for (const question of [
      'Which project won the jury prize at the market?',
      'What animated series did the studio make for the broadcaster?',
      '그 제작사가 만든 작품은?',
      '어떤 영화가 상을 받았어?',
      'そのスタジオが手がけた作品は?',
      '賞を取った企画は?',
      'Studio đó làm bộ phim nào?',
      'Какой фильм студия выпустит первым?',
      'Как называется новый сериал?',
      'Studiya qaysi film ustida ishlayapti?',
      'Festivalning mavzusi nima?',
      "What's the name of the joint venture the two studios formed?",
      'Liên hoan năm nay có chủ đề là gì?',
    ])
      expect(classifyQuestion(question), question).toBe('title');
    expect(classifyQuestion('Which film body signed the agreement?')).not.toBe('title');
    expect(classifyQuestion('Which film festival gave the award?')).not.toBe('title');
    expect(classifyQuestion("What's the name of the studio's founder?")).not.toBe('title');
    expect(classifyQuestion('When was the film released?')).toBe('date');
    expect(classifyQuestion('How many films did the studio make?')).toBe('count');
  });

  it('answers a title question with a title the question does not name', () => {
    const none = new Set<string>();
    expect(hasTitle("The studio's next film, 'Blue Harbour', opens in May.", none)).toBe(true);
    expect(hasTitle("스튜디오는 '푸른 항구'를 내년에 공개한다.", none)).toBe(true);
    expect(hasTitle('スタジオは『青い港』を制作した。', none)).toBe(true);
    expect(hasTitle('Первым станет «Синяя гавань».', none)).toBe(true);
    expect(hasTitle('The prize went to Blue Harbour, a drama from Kyiv.', none)).toBe(true);
    expect(hasTitle('the studio will release two films next year.', none)).toBe(false);
    expect(hasTitle('스튜디오는 내년에 영화 두 편을 공개한다.', none)).toBe(false);
    // Vietnamese capitalises bodies and places and quotes its titles.
    expect(hasTitle('Bộ Văn hóa, Thể thao và Du lịch đã tổ chức họp báo tại Hà Nội.', none)).toBe(false);
    expect(hasTitle('Phim "Biển Xanh" đoạt giải cao nhất.', none)).toBe(true);
    // What the question names itself is not the answer.
    expect(hasTitle('Then Harbour Films signed in May.', new Set(['harbour', 'films', 'then']))).toBe(false);
  });
});

function passage(document: number, text: string, name = 'article'): RetrievedPassage {
  const article = { id: `${name}-${document}`, title: 'Northwind Animation news', language: 'en' };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title: article.title, position: 0, start: 0, text, article },
  };
}

describe('sureness', () => {
  const answer = createExtractiveAnswerer({ glossary: undefined });
  const context = (question: string) => ({ language: 'en', query: question });

  it('answers as not sure, quoting the closest passage, when two different answers score alike', () => {
    const question = 'When did Northwind Animation open?';
    const result = answer(
      question,
      [
        passage(0, 'Northwind Animation opened in 2015. Northwind Animation opened in 2019.'),
        passage(1, 'Animation schools open every year.'),
      ],
      context(question),
    );
    expect(result.grounded).toBe(false);
    expect(result.text).toMatch(/^I'm not sure/);
    expect(result.text).toMatch(/opened in 20(15|19)/);
    // The quoted passage first, then the closest other source.
    expect(result.citations.map((citation) => citation.articleId)).toEqual(['article-0', 'article-1']);
  });

  it('stays sure when two sentences give the same answer', () => {
    const question = 'When did Northwind Animation open?';
    const result = answer(
      question,
      [passage(0, 'Northwind Animation opened in 2015. Northwind Animation opened its doors in 2015.', 'report')],
      context(question),
    );
    expect(result.grounded).toBe(true);
    expect(result.text).toMatch(/2015/);
  });
});

describe('person questions asked with a word for leading', () => {
  it('want the head named, not any person near the company', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    // Every word known to the knowledge base (rarity below 1), as it is for words the articles hold.
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const question = "Who's the boss of Northwind Animation?";
    const context = { language: 'en', query: question };
    const otherPerson = passage(
      0,
      'Northwind Animation moved to Millennium Studios, where Mayor Adrian Perkins spoke.',
      'boss',
    );
    expect(answer(question, [otherPerson], context).grounded).toBe(false);
    const head = passage(1, 'Northwind Animation is led by Andru Davies, who founded it in Wales.', 'boss');
    const answered = answer(question, [head], context);
    expect(answered.grounded).toBe(true);
    expect(answered.text).toMatch(/Andru Davies/);
  });
});

describe('a sentence that refers back to the company ("the company\'s CEO")', () => {
  it('shows the entity an earlier sentence of the passage names, and only that one', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const question = "Who's the boss of Northwind Animation?";
    const context = { language: 'en', query: question };
    const titled = (document: number, text: string): RetrievedPassage => {
      const found = passage(document, text, 'back');
      const article = { ...found.chunk.article, title: 'An animation company moves north' };
      return { ...found, chunk: { ...found.chunk, title: article.title, article } };
    };
    const named = titled(
      0,
      'The company is Northwind Animation, which makes series for children. It will move to Leeds next year. ' +
        "Andru Davies, the company's CEO, said the jobs would reach 200.",
    );
    const answered = answer(question, [named], context);
    expect(answered.grounded).toBe(true);
    expect(answered.text).toMatch(/Andru Davies/);
    // "The company" is another one here.
    const other = titled(
      1,
      'Eastfield Pictures makes series for children. It will move to Leeds next year. ' +
        "Andru Davies, the company's CEO, said the jobs would reach 200.",
    );
    expect(answer(question, [other], context).grounded).toBe(false);
  });

  it('answers "with whom" with a partner, a person or an organization', () => {
    for (const question of [
      'С кем студия подписала соглашение?',
      'Northwind signed the deal with whom?',
      'Northwind은 누구와 계약했어?',
      'Northwindは誰と契約したの?',
      'Northwind ký hợp đồng với ai?',
    ]) {
      const analysis = analyseQuestion(question, undefined, emptyAliasIndex);
      expect(analysis.partner, question).toBe(true);
      expect(holdsAskedUnit('The deal was signed with Eastfield Pictures.', analysis, undefined), question).toBe(true);
    }
    const who = analyseQuestion('Who signed the deal for Northwind?', undefined, emptyAliasIndex);
    expect(who.partner).toBe(false);
    expect(holdsAskedUnit('The deal was signed with Eastfield Pictures.', who, undefined)).toBe(false);
    expect(
      hasOrganization('Соглашения студия заключила с Агентством технологического развития области.', new Set()),
    ).toBe(true);
  });

  it('does not answer an amount of one kind of money with another kind', () => {
    const invest = analyseQuestion('How much did Eastfield invest in Northwind?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind expects sales of 48 billion yen this year.', invest, undefined)).toBe(false);
    expect(holdsAskedUnit('Eastfield put 10 billion won into Northwind.', invest, undefined)).toBe(true);
    expect(holdsAskedUnit('The deal is worth 10 billion won.', invest, undefined)).toBe(true);
    const bought = analyseQuestion('How much did the city pay for the studio lot?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Jobs there pay an average salary of $74,000.', bought, undefined)).toBe(false);
    const budget = analyseQuestion('이번 사업 전체 예산은 얼마야?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('회사의 지난해 매출은 480억 원이다.', budget, undefined)).toBe(false);
    expect(holdsAskedUnit('사업 예산은 모두 200억 원이다.', budget, undefined)).toBe(true);
    const invested = analyseQuestion('Eastfield вложит сколько денег в филиал?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Выручка студии составила 2 млрд рублей.', invested, undefined)).toBe(false);
  });

  it('does not answer when something happened with when the entity was founded', () => {
    const met = analyseQuestion('When did Northwind meet Eastfield?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('Northwind was founded in 1936 and is one of the oldest studios.', met, undefined)).toBe(
      false,
    );
    expect(holdsAskedUnit('Northwind met Eastfield on June 10.', met, undefined)).toBe(true);
    const announced = analyseQuestion('提携はいつ発表された?', undefined, emptyAliasIndex);
    expect(holdsAskedUnit('ノースウィンドは2007年に設立された。', announced, undefined)).toBe(false);
    for (const question of [
      'When was Northwind founded?',
      'ノースウィンドって何年にできた会社?',
      'Northwind는 언제 설립됐어?',
    ])
      expect(
        holdsAskedUnit(
          'Northwind was founded in 2008.',
          analyseQuestion(question, undefined, emptyAliasIndex),
          undefined,
        ),
        question,
      ).toBe(true);
  });

  it('counts companies and projects across languages through the lexicon', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const companies = analyseQuestion('Сколько компаний состоит в ассоциации?', glossary, emptyAliasIndex);
    expect(holdsAskedUnit('기업 154곳이 회원사로 가입해 있다.', companies, glossary, true)).toBe(true);
    expect(holdsAskedUnit('협회는 1993년에 설립됐고 회원 명단은 비공개다.', companies, glossary, true)).toBe(false);
    const projects = analyseQuestion('市場では何件のプロジェクトが紹介された?', glossary, emptyAliasIndex);
    expect(
      holdsAskedUnit('The market presented 34 feature projects from 27 countries.', projects, glossary, true),
    ).toBe(true);
  });

  it('finds every organization a sentence names and a Russian place after its describing words', async () => {
    expect(
      hasOrganization('Northwind is working closely with Semkhor Productions on the facility.', new Set(['northwind'])),
    ).toBe(true);
    expect(hasOrganization('Northwind is working closely on the facility.', new Set(['northwind']))).toBe(false);
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    expect(hasPlace('Студия откроет филиал на площадке ульяновского Технокампуса.', glossary, new Set())).toBe(true);
    expect(hasPlace('Студия откроет филиал в следующем году.', glossary, new Set())).toBe(false);
  });
});

describe('a role in a question that does not ask for a person', () => {
  it('describes the entity and need not stand with the answer', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const question = 'How much did Goldman Sachs put into Northwind, the co-producer of the series?';
    const found = passage(0, 'Goldman Sachs invested 10 billion won in Northwind this year.', 'role');
    const answered = answer(question, [found], { language: 'en', query: question });
    // The sentence is grounded (a "not covered" answer has no sureness report and quotes nothing); whether it is given
    // as sure is the learnt model's call, which reads retrieval features this hand-made passage does not have.
    expect(answered.sureness).toBeDefined();
    expect(answered.sureness?.tied).toBe(false);
    expect(answered.text).toMatch(/10 billion won/);
  });
});

describe('a place the question names besides its entity', () => {
  it('must be named where the answer is', async () => {
    const { glossary } = await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'));
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const question = 'How much did Northwind invest in its studio in Seoul?';
    const context = { language: 'en', query: question };
    const elsewhere = passage(0, 'Northwind invested 5 billion won in a new studio in Busan.', 'place');
    expect(answer(question, [elsewhere], context).grounded).toBe(false);
    const there = passage(1, 'Northwind invested 5 billion won in a new studio in Seoul.', 'place');
    expect(answer(question, [there], context).grounded).toBe(true);
  });
});
