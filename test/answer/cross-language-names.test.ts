/**
 * Names written another way across languages and scripts: a question's "Studio Inyo" or
 * "Goldman Sachs" finds the article that writes 스튜디오인요 or 골드만삭스, through the loose keys
 * of the names the articles write (learnt with the index) and a spelling distance; and the
 * language-independent ranking keeps such an article in front of articles that only share the
 * asker's everyday words.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article-schema.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { createAliasIndex, emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loanwordSkeleton } from '../../src/knowledge/loanword-skeleton.js';
import { looseNameKey, sameNameSpelling } from '../../src/knowledge/romanize.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { openKnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { aliasFileName, learnAliases, readAliases } from '../../src/retrieval/learnt-aliases.js';
import { nameKeys } from '../../src/retrieval/name-keys.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function temporaryDataDir() {
  const temporary = await createTemporaryFolder();
  cleanup = temporary.cleanup;
  return temporary.folder;
}

const spelled = (left: string, right: string) => sameNameSpelling(looseNameKey(left), looseNameKey(right));

describe('one name spelt in several scripts', () => {
  it('accepts the vowels and letters loanwords add or drop', () => {
    expect(spelled('Studio Inyo', '스튜디오인요')).toBe(true);
    expect(spelled('Goldman Sachs', '골드만삭스')).toBe(true);
    expect(spelled('Bushiroad', 'ブシロード')).toBe(true);
    expect(spelled('FelixFilm', 'フェリックスフィルム')).toBe(true);
    expect(spelled('Netflix', '넷플릭스')).toBe(true);
    expect(spelled('Berlinale', '베를리날레')).toBe(true);
    expect(spelled('Livetone', '라이브톤')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(spelled('Framestore', 'Frameboxx')).toBe(false);
    expect(spelled('Seoul', 'Sejong')).toBe(false);
    expect(spelled('Lukich', 'Lukas')).toBe(false);
    expect(spelled('Kishiwara', 'Kiriwara')).toBe(false);
    // Short keys match only as written: 'Toon' is not 'Tune'.
    expect(spelled('Toon', 'Tune')).toBe(false);
  });

  it('reads a possessive as the name itself', () => {
    expect(looseNameKey("Inyo's")).toBe(looseNameKey('Inyo'));
    expect(nameKeys("Studio Inyo's 3D series")).toContain(`%${looseNameKey('Studio Inyo')}`);
  });

  it('keeps a Hangul name whose last syllable looks like a particle', () => {
    expect(nameKeys("'뽀롱뽀롱 뽀로로'를 만든 회사")).toContain(`%${looseNameKey('뽀로로')}`);
  });

  it("gives a question's CamelCase name the skeleton its loanword spelling has (CyberAgent ~ 사이버에이전트)", () => {
    const heard = `#${loanwordSkeleton('사이버에이전트')}`;
    expect(nameKeys('CyberAgent')).toContain(heard);
    const keys = analyseQuestion("Who runs CyberAgent's new studio?", undefined, emptyAliasIndex).terms.flatMap(
      (term) => term.keys,
    );
    expect(keys).toContain(heard);
  });
});

describe('the names the articles write, learnt with the index', () => {
  it('are written beside the alias groups and give a question their spellings', async () => {
    const folder = await temporaryDataDir();
    const learnt = await learnAliases(folder, [
      { title: '스튜디오인요, 중국 투자 유치', text: '스튜디오인요는 직원 41명을 두고 있다. 골드만삭스가 투자했다.' },
    ]);
    expect(learnt.names).toContain(`%${looseNameKey('스튜디오인요')}`);
    const stored = JSON.parse(await readFile(path.join(folder, aliasFileName), 'utf8')) as { names: string[] };
    expect(stored.names).toEqual(learnt.names);
    const aliases = createAliasIndex(await readAliases(folder));
    expect(aliases.spellingsOf([`%${looseNameKey('Studio Inyo')}`])).toEqual([`%${looseNameKey('스튜디오인요')}`]);
    expect(aliases.spellingsOf([`%${looseNameKey('Goldman Sachs')}`])).toEqual([`%${looseNameKey('골드만삭스')}`]);
    // A name the articles write as asked needs no other spelling; an unknown one finds none.
    expect(aliases.spellingsOf([`%${looseNameKey('스튜디오인요')}`])).toEqual([]);
    expect(aliases.spellingsOf([`%${looseNameKey('Pixar Animation')}`])).toEqual([]);
  });

  it('give an article the names of its lead sentence as its subject, wherever its title is read', async () => {
    const folder = await temporaryDataDir();
    const title = "'예비 웹툰 잡카데미' 올해 일정 마무리";
    const learnt = await learnAliases(folder, [
      {
        title,
        text:
          "웹툰 제작사 씨엔씨레볼루션(CNC Revolution)이 운영을 맡은 '예비 웹툰 잡카데미'가 끝났다. " +
          '모집 정원은 240명이었지만 지원자는 372명에 달했다.',
      },
    ]);
    const aliases = createAliasIndex(await readAliases(folder));
    const [group] = aliases.find('CNC Revolution');
    expect(group?.key).toBeDefined();
    expect(learnt.subjects?.[0]?.keys).toContain(group?.key);
    // The title (and a chunk, which starts with it) names the company; another text does not.
    expect(aliases.find(title).map((hit) => hit.key)).toContain(group?.key);
    expect(aliases.find(`${title}\n모집 정원은 240명이었다.`).map((hit) => hit.key)).toContain(group?.key);
    expect(aliases.find('모집 정원은 240명이었다.').map((hit) => hit.key)).not.toContain(group?.key);
  });

  it('reads an alias file of an older generation (groups only) as having no names', async () => {
    const folder = await temporaryDataDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(folder, aliasFileName), JSON.stringify({ groups: [{ forms: ['KOCCA', '콘진원'] }] }));
    const learnt = await readAliases(folder);
    expect(learnt).toEqual({ groups: [{ forms: ['KOCCA', '콘진원'] }], names: [], subjects: [] });
    expect(createAliasIndex(learnt).find('콘진원')[0]?.key).toBe('&kocca');
    // A file of another shape (a group of one form, a subject without keys) is read as holding nothing.
    for (const broken of [{ groups: [{ forms: ['KOCCA'] }] }, { groups: [], subjects: [{ title: 'KOCCA' }] }]) {
      await writeFile(path.join(folder, aliasFileName), JSON.stringify(broken));
      expect(await readAliases(folder)).toEqual({ groups: [], names: [], subjects: [] });
    }
  });
});

function article(id: string, language: string, title: string, text: string): Article {
  return { id, language, title, text, file: `${id}.md`, tags: [] } as unknown as Article;
}

describe('retrieval across languages', () => {
  it('finds the article that writes the asked name in another script before articles in the asker language', async () => {
    const dataDir = await temporaryDataDir();
    const vietnamese = Array.from({ length: 12 }, (_, index) =>
      article(
        `vi-${index}`,
        'vi',
        `Studio hoạt hình số ${index} ở Hà Nội`,
        `Studio ${index} hiện có nhiều người làm việc trong lĩnh vực hoạt hình. ` +
          `Hiện studio có bao nhiêu người làm việc với các đối tác trong nước?`,
      ),
    );
    const korean = article(
      'ko-inyo',
      'ko',
      '애니메이션 제작사, 중국서 투자 유치',
      '애니메이션 제작사 스튜디오인요는 현재 41명이 일하고 있다. 스튜디오인요는 2015년에 설립됐다.',
    );
    const { index } = await openKnowledgeIndex({
      dataDir,
      articles: [...vietnamese, korean],
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger: createSilentLogger(),
    });
    try {
      const retriever = createHybridRetriever({ index, embeddings: new HashedEmbedder(), glossary: undefined });
      const question = 'Studio Inyo hiện có bao nhiêu người làm việc?';
      const [first] = await retriever.retrieve(question, { limit: 5 });
      expect(first?.chunk.article.id).toBe('ko-inyo');
      // Without the language-independent ranking the asker's everyday words win.
      const plain = await retriever.retrieve(question, { limit: 5, weights: { dense: 0.2, lexical: 1, anchors: 0 } });
      expect(plain[0]?.chunk.article.id).not.toBe('ko-inyo');
    } finally {
      index.close();
    }
  });
});

describe('counts across languages', () => {
  it('reads a count written in words, in Cyrillic too, with what it counts from the lexicon', async () => {
    const { loadGlossary } = await import('../../src/knowledge/load-glossary.js');
    const { hasCount } = await import('../../src/answer/answer-units.js');
    const { glossary } = await loadGlossary(path.resolve(import.meta.dirname, '../../knowledge/glossary.yaml'));
    const films = { keys: new Set(['@feature-film']), people: false };
    expect(hasCount('Сейчас в работе у студии четыре полнометражных фильма.', films, glossary)).toBe(true);
    expect(hasCount('Студия выпустила сериал.', films, glossary)).toBe(false);
    const countries = { keys: new Set(['@country']), people: false };
    expect(hasCount('Phim tham dự năm nay đến từ 45 quốc gia.', countries, glossary)).toBe(true);
    expect(hasCount('The market presented 34 projects from 27 countries.', countries, glossary)).toBe(true);
    const studios = { keys: new Set(['@animation-studio']), people: false };
    expect(hasCount('Сегодня в России работает около 90 анимационных студий.', studios, glossary)).toBe(true);
  });
});

describe('dates across languages', () => {
  it('reads a month after a preposition as a date, not the verb "may"', async () => {
    const { hasDate } = await import('../../src/answer/answer-units.js');
    expect(hasDate('The new company was launched in South Korea in May.')).toBe(true);
    expect(hasDate('The studio may hire more artists.')).toBe(false);
  });
});
