/**
 * Issue 10, session 27: where a sentence names an organization in Japanese and Korean. A company-kind suffix ends a
 * name (代表取締役社長 is a title, 社員 staff — not a body ending in 社), a title or a gathering is no organization
 * (대표이사, 변호사, 시사회), and a name found in text written without spaces ends where the pattern found it, not at
 * the end of the text. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { hasOrganization, organizationSpans } from '../../src/answer/name-units.js';

const names = (sentence: string) =>
  organizationSpans(sentence, new Set()).map((span) => sentence.slice(span.start, span.end));

describe('Japanese organizations', () => {
  it.each(['同社の代表取締役社長は記者会見で語った。', '取締役社長の任期は2年だ。', '大学院生は30人いる。'])(
    'a title or a longer word is none: %s',
    (sentence) => {
      expect(names(sentence)).toEqual([]);
      expect(hasOrganization(sentence, new Set())).toBe(false);
    },
  );

  it('ends a name at its suffix', () => {
    expect(names('サンライズ社の社員は300人だ。')).toEqual(['サンライズ社']);
    expect(names('東映アニメーション社は新作を発表した。')).toEqual(['東映アニメーション社']);
  });

  it('does not run a name on to the end of text written without spaces', () => {
    const sentence = '株式会社カラーの代表取締役社長である庵野秀明氏は新作を発表した。';
    const found = names(sentence);
    expect(found).toContain('株式会社カラー');
    expect(found.every((name) => !name.includes('の') && !name.includes('発表'))).toBe(true);
  });

  it('reads the name before a legal form without the words before it', () => {
    const found = names('アニメ制作のカラー株式会社は2006年に設立された。');
    expect(found).toContain('カラー株式会社');
    expect(found.some((name) => name.startsWith('アニメ'))).toBe(false);
  });
});

describe('Korean organizations', () => {
  it.each([
    '김민수 대표이사는 신작을 발표했다.',
    '담당 변호사는 말을 아꼈다.',
    '영화 시사회는 서울에서 열렸다.',
    '신규 임원은 세 명이다.',
  ])('a title or a gathering is none: %s', (sentence) => {
    expect(hasOrganization(sentence, new Set())).toBe(false);
  });

  it('still reads a body before the title', () => {
    expect(names('한빛엔터테인먼트 대표이사 김민수는 말했다.')).toEqual(['한빛엔터테인먼트']);
    expect(hasOrganization('한국콘텐츠진흥원은 사업을 주관했다.', new Set())).toBe(true);
    expect(hasOrganization('이 사업은 고용노동부와 함께 진행됐다.', new Set())).toBe(true);
  });
});
