/**
 * Issue 10, session 27: a company's legal form written in brackets beside its name ("손오공(주)", "カラー(株)") was
 * learnt at ingest as an alias of every company written with it, joining them all into one alias group. A legal form
 * alone is never an alias or a name; an index written before this (format 14) is rebuilt, not read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { companyFormOnly } from '../../src/knowledge/alias-forms.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { indexFormatVersion, openKnowledgeIndex } from '../../src/retrieval/knowledge-index.js';
import { learnAliasGroups } from '../../src/retrieval/learnt-aliases.js';
import { createTemporaryFolder } from '../helpers/temporary-folder.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const article = (id: string, language: string, title: string, text: string): Article => ({
  id,
  title,
  language,
  text,
  file: `${id}.md`,
  tags: [],
});

const toyMaker = article(
  'toy-maker',
  'ko',
  '완구업체 실적',
  '손오공(주)는 1996년 설립된 완구 회사다. 손오공(Sonokong)은 올해 매출 500억원을 거뒀다.',
);
const publisher = article(
  'publisher',
  'ko',
  '교과서 출판사 소식',
  '미래엔(주)는 교과서를 내는 출판사다. 미래엔(Mirae-N)은 직원 300명을 새로 뽑는다.',
);
const studios = article(
  'studios',
  'ja',
  'アニメ制作会社の決算',
  'カラー(株)は2006年に設立された。サンライズ(株)は東京に本社を置く。',
);

/** The group (its forms) that holds a form, if any. */
const groupOf = (groups: { forms: string[] }[], form: string) => groups.find((group) => group.forms.includes(form));

describe('a legal form alone', () => {
  it.each([
    '주',
    '(주)',
    '㈜',
    '주식회사',
    '株',
    '(株)',
    '㈱',
    '株式会社',
    '有限公司',
    'Cty TNHH',
    'Công ty TNHH',
    'ООО',
    'LLC',
  ])('is only a legal form: %s', (form) => {
    expect(companyFormOnly(form)).toBe(true);
  });

  it.each(['Co., Ltd.', 'Inc.', 'PT Tbk', '사단법인'])('is only a legal form: %s', (form) => {
    expect(companyFormOnly(form)).toBe(true);
  });

  it.each([
    '손오공',
    '(주)손오공',
    'KOCCA',
    'Studio Mir',
    'カラー',
    '株式会社カラー',
    'CJ ENM',
    'Иви',
    'AG',
    'Coco',
    '주주',
  ])('names something: %s', (form) => {
    expect(companyFormOnly(form)).toBe(false);
  });
});

describe('aliases learnt from articles about companies written with a legal form', () => {
  it('keeps two "(주)" companies in groups of their own', () => {
    const { groups } = learnAliasGroups([toyMaker, publisher]);
    expect(groupOf(groups, '손오공')?.forms).toContain('Sonokong');
    expect(groupOf(groups, '미래엔')?.forms).toContain('Mirae-N');
    expect(groupOf(groups, '손오공')?.forms).not.toContain('미래엔');
    expect(groups.flatMap((group) => group.forms).some(companyFormOnly)).toBe(false);
  });

  it('learns no group from "(株)" written after two Japanese names', () => {
    const { groups } = learnAliasGroups([studios]);
    expect(groups).toEqual([]);
  });
});

describe('an index written when a legal form was learnt as an alias', () => {
  it('is rebuilt, and its rebuilt aliases keep the two companies apart', async () => {
    const temporary = await createTemporaryFolder();
    cleanup = temporary.cleanup;
    const dataDir = temporary.folder;
    const options = {
      dataDir,
      articles: [toyMaker, publisher],
      glossary: undefined,
      embeddings: new HashedEmbedder(),
      logger: createSilentLogger(),
    };
    const first = await openKnowledgeIndex(options);
    const folder = first.index.folder;
    first.index.close();
    // What format 14 wrote: one group joined by "주", under the older format's number.
    const manifestFile = path.join(folder, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify({ ...manifest, formatVersion: 14 }));
    const aliasFile = path.join(folder, 'aliases.json');
    const aliases = JSON.parse(await readFile(aliasFile, 'utf8')) as Record<string, unknown>;
    await writeFile(
      aliasFile,
      JSON.stringify({ ...aliases, groups: [{ forms: ['Mirae-N', 'Sonokong', '미래엔', '손오공', '주'] }] }),
    );
    const second = await openKnowledgeIndex(options);
    expect(second).toMatchObject({ rebuilt: true, reason: `the index format changed (14 → ${indexFormatVersion})` });
    const [toyKey] = second.index.aliases.find('손오공');
    const [publisherKey] = second.index.aliases.find('미래엔');
    expect(toyKey?.key).toBeDefined();
    expect(publisherKey?.key).toBeDefined();
    expect(toyKey?.key).not.toBe(publisherKey?.key);
    expect(second.index.aliases.find('주')).toEqual([]);
    second.index.close();
  });
});
