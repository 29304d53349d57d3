/**
 * Answers across languages without a model (issue 10 item 5): a place or name the question writes in its own script
 * ("토론토", "Монреале") is the same one a sentence of another language writes in Latin letters ("Toronto", "Montreal"),
 * so that sentence is not taken to be about something else — the company its article's title names still shows; and
 * retrieval ranks the question's lexicon places and organizations with the other terms that hold across languages.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { namesSomethingElse } from '../../src/answer/asked-unit.js';
import { createExtractiveAnswerer } from '../../src/answer/extractive-answer.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { questionNameMatcher } from '../../src/answer/question-names.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHybridRetriever, type RetrievedPassage } from '../../src/retrieval/hybrid-retriever.js';
import { openKnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { createTemporaryFolder, shippedKnowledgeDir } from '../helpers/temporary-folder.js';

function passage(document: number, title: string, text: string, language = 'en'): RetrievedPassage {
  const article = { id: `article-${document}`, title, language };
  return {
    document,
    fused: 1 / (1 + document),
    chunk: { id: `${article.id}#0`, articleId: article.id, title, position: 0, start: 0, text, article },
  };
}

const glossary = (await loadGlossary(path.join(shippedKnowledgeDir, 'glossary.yaml'))).glossary;

describe('a place the question names in another script', () => {
  it('is the question’s own name in a sentence that writes it in Latin letters', () => {
    for (const [question, sentence] of [
      ['Harbourlight 토론토 지사는 언제 문을 열었어?', 'The Toronto office opened in 2019.'],
      ['Когда Harbourlight открыла офис в Монреале?', 'The Montreal office opened in 2019.'],
      ['Harbourlight ở Toronto mở văn phòng khi nào?', 'The Toronto office opened in 2019.'],
    ] as const) {
      const analysis = analyseQuestion(question, glossary, emptyAliasIndex);
      const own = questionNameMatcher(analysis.terms, glossary);
      expect(namesSomethingElse(sentence, analysis.entityWords, own)).toBe(false);
      // Another city is still something else.
      expect(namesSomethingElse('The Vancouver office opened in 2014.', analysis.entityWords, own)).toBe(true);
    }
  });

  it('lets the article’s title show the company for a sentence deep in an English or Vietnamese article', () => {
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const english = passage(
      0,
      'Harbourlight Pictures expands across Canada',
      'Harbourlight Pictures is adding two studios in Canada. It has made visual effects for series since 2009. ' +
        'The Toronto studio is expected to create up to 120 new jobs.',
    );
    const korean = 'Harbourlight Pictures 토론토 스튜디오는 일자리를 몇 개 만들어?';
    const fromKorean = answer(korean, [english], { language: 'ko', query: korean });
    expect(fromKorean.grounded).toBe(true);
    expect(fromKorean.text).toMatch(/120 new jobs/);

    const vietnamese = passage(
      1,
      'Harbourlight Pictures mở rộng tại Canada',
      'Harbourlight Pictures sẽ mở thêm hai studio ở Canada. Công ty làm kỹ xảo cho phim truyền hình từ năm 2009. ' +
        'Văn phòng ở Montreal mở cửa vào năm 2017.',
      'vi',
    );
    const russian = 'В каком году Harbourlight Pictures открыла офис в Монреале?';
    const fromRussian = answer(russian, [vietnamese], { language: 'ru', query: russian });
    expect(fromRussian.grounded).toBe(true);
    expect(fromRussian.text).toMatch(/2017/);
  });
});

describe('an organization the article’s title names', () => {
  it('is what the article is about, not something else a sentence tells of', () => {
    const answer = createExtractiveAnswerer({ glossary, rarity: () => 0.5 });
    const korean = passage(
      0,
      'Harbourlight, 한빛영상협회와 VFX 인재 키운다',
      'Harbourlight가 한빛영상협회와 손잡고 VFX 인재를 키운다. 과정은 모두 세 가지다. ' +
        '첫 교육은 내년 6월까지 부산의 한빛영상협회 사옥에서 열린다.',
      'ko',
    );
    for (const [question, language] of [
      ['Where is the Harbourlight VFX training?', 'en'],
      ['HarbourlightのVFX研修はどこ?', 'ja'],
    ] as const) {
      const answered = answer(question, [korean], { language, query: question });
      // A grounded sentence is quoted (a "not covered" answer has no sureness report); whether it is given as sure is
      // the learnt model's call, which reads retrieval features this hand-made passage does not have.
      expect(answered.sureness?.tied).toBe(false);
      expect(answered.text).toMatch(/부산/);
    }
  });
});

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

function article(id: string, language: string, title: string, text: string): Article {
  return { id, language, title, text, file: `${id}.md`, tags: [] } as unknown as Article;
}

describe('retrieval of an article in another language by the places a question names', () => {
  it('keeps the article naming the asked city among the first, beside articles sharing the asker’s words', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    // Articles in the askers' languages that share their everyday words.
    const japanese = Array.from({ length: 4 }, (_, index) =>
      article(
        `ja-${index}`,
        'ja',
        `アニメ会社${index}の話`,
        `アニメ会社${index}で働く人は何人いるのか、会社は明らかにしていない。`,
      ),
    );
    const russian = Array.from({ length: 4 }, (_, index) =>
      article(
        `ru-${index}`,
        'ru',
        `Новости студии ${index}`,
        `Сколько человек работает в студии ${index}, студия не сообщила.`,
      ),
    );
    const korean = Array.from({ length: 4 }, (_, index) =>
      article(
        `ko-${index}`,
        'ko',
        `애니메이션 회사 ${index} 소식`,
        `회사 ${index}에서 일하는 사람은 몇 명인지 회사는 밝히지 않았다.`,
      ),
    );
    const english = article(
      'en-harbourlight',
      'en',
      'Harbourlight Pictures grows in Europe',
      'Harbourlight Pictures opened a visual effects studio in Vienna with 120 artists.',
    );
    const { index } = await openKnowledgeIndex({
      dataDir: temporary.folder,
      articles: [...japanese, ...russian, ...korean, english],
      glossary,
      embeddings: new HashedEmbedder(),
      logger: createSilentLogger(),
    });
    try {
      const retriever = createHybridRetriever({ index, embeddings: new HashedEmbedder(), glossary });
      for (const question of ['ウィーンの会社で働く人は何人?', 'В Вене сколько человек работает в компании?']) {
        // Among the first three: since session 15 a passage naming foreign companies also holds their consonant
        // skeletons (#…), which lengthen it for BM25, and here two near-identical Japanese passages sharing the asker's
        // words come first; not counting skeletons in the length was tried and cost the answer sets' tune half two
        // same-language and one cross-language answer.
        const found = await retriever.retrieve(question, { limit: 3 });
        expect(found.map((passage) => passage.chunk.article.id)).toContain('en-harbourlight');
        // Without the ranking over what holds across languages the asker's everyday words win.
        const plain = await retriever.retrieve(question, { limit: 3, weights: { dense: 0.2, lexical: 1, anchors: 0 } });
        expect(plain.map((passage) => passage.chunk.article.id)).not.toContain('en-harbourlight');
      }
    } finally {
      index.close();
    }
  });
});

describe('lexicon names through their inflections', () => {
  it('key a Russian passage and question by the country a declined adjective names', async () => {
    const { textKeys } = await import('../../src/answer/passage-analysis.js');
    const { lexicalTerms } = await import('../../src/retrieval/lexical-terms.js');
    // A Russian passage, found by a question in English or Korean that names the country.
    const sentence = 'Студия подписала договор с японской компанией.';
    expect(textKeys(sentence, glossary, emptyAliasIndex)).toContain('@japan');
    expect(lexicalTerms(sentence, glossary)).toContain('@japan');
    expect(lexicalTerms('Проект сделали вместе с французскими продюсерами.', glossary)).toContain('@france');
    // A Russian question about a Japanese or English article.
    const question = 'Какой статус получила студия в Японской ассоциации анимации?';
    expect(analyseQuestion(question, glossary, emptyAliasIndex).terms.flatMap((term) => term.keys)).toContain('@japan');
  });
});
