/**
 * Names written as news writes them, across scripts and forms: an acronym spelled out by its words' initials (with
 * "&" or "và" between them, lower-case words counted in Vietnamese and Russian names), a Chinese name run into the
 * words before it, a bracket that is part of a Chinese company's name or an amount converted, and an acronym written
 * in Hangul or Katakana letter names (아이엘엠 = ILM, 엠83 = M83); a person's name with an apostrophe or a nickname
 * inside, glued to a Chinese title, or followed by its Katakana reading before the title.
 */
import { describe, expect, it } from 'vitest';
import { hasPerson } from '../../src/answer/name-units.js';
import { extractAliasPairs } from '../../src/knowledge/article-aliases.js';
import { spelledLetters } from '../../src/knowledge/romanize.js';
import { nameKeys } from '../../src/retrieval/name-keys.js';

describe('aliases an article states with an acronym', () => {
  it('spells an acronym with "&" between the words', () => {
    expect(
      extractAliasPairs('Industrial Light & Magic (ILM), the visual effects arm of Lucasfilm, opens.'),
    ).toContainEqual(['Industrial Light & Magic', 'ILM']);
  });

  it('counts every word of a Vietnamese or Russian name, the shortest run of words that spells the acronym', () => {
    expect(extractAliasPairs('Công ty Hãng phim Hoạt hình Việt Nam (HHVN) đón nhận Huân chương.')).toContainEqual([
      'Hoạt hình Việt Nam',
      'HHVN',
    ]);
    expect(extractAliasPairs('Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTT&DL) dự lễ.')).toContainEqual([
      'Văn hóa Thể thao và Du lịch',
      'VHTT&DL',
    ]);
    expect(extractAliasPairs('Студия сотрудничает с Воронежский государственный университет (ВГУ).')).toContainEqual([
      'Воронежский государственный университет',
      'ВГУ',
    ]);
    expect(extractAliasPairs('Trường Đại học Điện ảnh (ĐHĐA) tuyển sinh.')).toContainEqual([
      'Đại học Điện ảnh',
      'ĐHĐA',
    ]);
    // Initials that spell another acronym are no alias of the words before it.
    expect(extractAliasPairs('Hiệp hội Xúc tiến Điện ảnh Việt Nam (VFDA) đã ký thỏa thuận.')).toEqual([]);
  });

  it('takes a Chinese name from after the words run into it', () => {
    expect(extractAliasPairs('俞敏洪说,周六他应追光动画(Light Chaser Animation)邀请看了影片。')).toEqual([
      ['追光动画', 'Light Chaser Animation'],
    ]);
    expect(extractAliasPairs('两人2001年在法国欧洲工商管理学院(INSEAD)读书。')).toContainEqual([
      '法国欧洲工商管理学院',
      'INSEAD',
    ]);
  });

  it('learns no alias from a place inside a company name or an amount in another currency', () => {
    expect(extractAliasPairs('合弁会社の中国名は哆啦哔梦(上海)文化传播有限公司である。')).toEqual([]);
    expect(extractAliasPairs('合計1億元超(16億円超)の資金を調達した。')).toEqual([]);
  });
});

describe('acronyms written out in Hangul or Katakana letter names', () => {
  it('reads the letters a word spells out, and nothing from other words', () => {
    expect(spelledLetters('아이엘엠')).toBe('ilm');
    expect(spelledLetters('エム・ビー・エー')).toBe('mba');
    expect(spelledLetters('스튜디오')).toBeUndefined();
  });

  it('keys such a word as its Latin acronym is keyed, also with digits written after it', () => {
    // "ilm" is the word key of ILM in an article or a question.
    expect(nameKeys('아이엘엠 뭄바이 스튜디오는')).toContain('ilm');
    expect(nameKeys('엠83은 2022년 4월')).toContain('m83');
  });
});

describe('a person named the way news writes names', () => {
  const none = new Set<string>();

  it('reads a Latin name with an apostrophe or a quoted nickname inside', () => {
    expect(hasPerson("Kiran 'KP' Prasad will lead the studio.", none)).toBe(true);
    expect(hasPerson("Steve O'Brien joined last year.", none)).toBe(true);
  });

  it('reads a Chinese name glued to a title before or after it, but not a title alone', () => {
    expect(hasPerson('苏州舞之动画股份有限公司董事长郑利嘉接受记者采访。', none)).toBe(true);
    expect(hasPerson('郑利嘉董事长表示公司将扩大。', none)).toBe(true);
    expect(hasPerson('董事长表示公司将扩大。', none)).toBe(false);
  });

  it('reads a Japanese name whose reading stands between it and its title', () => {
    expect(hasPerson('責任者、唐云康(タン ユンカン)氏はコメントしている。', none)).toBe(true);
  });
});
