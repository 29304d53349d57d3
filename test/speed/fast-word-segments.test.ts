/**
 * The fast word scan (src/retrieval/fast-word-segments.ts) must give exactly the tokens Intl.Segmenter gives:
 * on every letter it handles, on seeded random mixed-script strings built from the characters whose rules it
 * models (and some it hands back to the segmenter), and on the real articles of the evaluation set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAliasIndex } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { fastWordSegments } from '../../src/retrieval/fast-word-segments.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { lexicalTerms } from '../../src/retrieval/lexical-terms.js';
import { analyseText } from '../../src/retrieval/text-analysis.js';
import { segmenterWordTokens, wordTokens } from '../../src/retrieval/text-normalize.js';
import { repositoryRoot, shippedKnowledgeDir } from '../helpers/temporary-folder.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';

const same = (text: string) => expect(wordTokens(text), JSON.stringify(text)).toEqual(segmenterWordTokens(text));

describe('fast word scan', () => {
  it('handles plain English, Korean, Vietnamese and Russian lines itself', () => {
    for (const line of [
      "the studio's 1,100 artists (U.S.) don't work: 3.5 days",
      '스튜디오인요는 2024년 서울에서 120명을 고용했다.',
      'Hãng phim đã đào tạo 1.200 người tại TP.HCM.',
      'Компания «Мультпрактика» наняла 45 аниматоров.',
    ]) {
      expect(fastWordSegments(line.toLowerCase()), line).toBeDefined();
      same(line);
    }
    // Scripts and marks it leaves to the segmenter.
    for (const piece of ['東京のスタジオ', 'snake_case', 'a·b', 'ทดสอบ', 'x\u0301', '😀a']) {
      expect(fastWordSegments(piece), piece).toBeUndefined();
    }
  });

  it('gives the segmenter’s tokens for every Latin and Cyrillic letter it handles, alone and between others', () => {
    const lines: string[] = [];
    for (let code = 0x41; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      if (!/^[\p{Script=Latin}\p{Script=Cyrillic}]$/u.test(character) || fastWordSegments(character) === undefined)
        continue;
      lines.push(
        `${character} a${character}b 1${character}2 x.${character} ${character}'д ${character}:1 한${character}`,
      );
    }
    expect(lines.length).toBeGreaterThan(1_000);
    same(lines.join('\n'));
  });

  it('gives the segmenter’s tokens on seeded random mixed-script strings', () => {
    const random = createRandom(17);
    const alphabet = [
      ...'abzéđưĐAZдЯё한국가힣019',
      ...' \t\u00a0.,;:\'’‘"“”«»()-–—…!?/&%$#@[]',
      // Characters the scan hands back to the segmenter: the whole piece must still come out right.
      ...'_·：。、東の\u0301ㄱ٣١',
    ];
    for (let sample = 0; sample < 3_000; sample += 1) {
      const length = 1 + Math.floor(random() * 40);
      let text = '';
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      same(text);
    }
  });

  it('gives the segmenter’s tokens on the evaluation articles (eight languages)', () => {
    const folder = path.join(repositoryRoot, 'test', 'fixtures', 'eval', 'answers', 'articles');
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) same(readFileSync(path.join(folder, file), 'utf8'));
  });
});

describe('one segmentation per passage', () => {
  it('gives the same vector and BM25 terms as the embedder and the terms reading the text apart', async () => {
    const file = path.join(shippedKnowledgeDir, 'glossary.yaml');
    const { glossary } = await loadGlossary(file, { taxonomyFile: null });
    const other = createGlossary([
      { id: 'post-production', category: 'skill', en: ['post-production'], ko: ['후반 작업'] },
    ]);
    const aliases = createAliasIndex({
      groups: [{ forms: ['Korea Creative Content Agency', 'KOCCA', '한국콘텐츠진흥원'] }],
      names: [],
    });
    const texts = [
      'Korea Creative Content Agency (KOCCA) funds post-production training in Busan for 120 VFX artists.',
      '한국콘텐츠진흥원은 부산에서 후반 작업 교육을 열었다. 스튜디오인요의 애니메이터 45명이 참여했다.',
      'Hãng phim Studio Inyo đào tạo 1.200 người về hậu kỳ tại TP.HCM.',
      'Компания «Мультпрактика» наняла 45 аниматоров в Москве; 東京のスタジオと共同制作。',
    ];
    for (const text of texts) {
      const analysed = analyseText(text, glossary);
      expect(lexicalTerms(text, glossary, aliases, analysed)).toEqual(lexicalTerms(text, glossary, aliases));
      // A reader with another lexicon looks the concepts up itself.
      expect(lexicalTerms(text, other, aliases, analysed)).toEqual(lexicalTerms(text, other, aliases));
      for (const embedder of [new HashedEmbedder({ glossary }), new HashedEmbedder({ glossary: other })])
        expect(embedder.embedText(text, analysed)).toEqual(embedder.embedText(text));
    }
    expect(lexicalTerms(texts[0] as string, glossary, aliases)).toContain('@kocca');
  });
});
