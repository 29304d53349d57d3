import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import type { StatementScorer } from '../../src/matchmaking/statement-scorer.js';
import { shippedScorer } from './matchmaking-harness.js';

describe('readings of profile phrases (read20)', () => {
  let normalizer: StatementNormalizer;
  let scorer: StatementScorer;
  beforeAll(async () => {
    ({ normalizer, scorer } = await shippedScorer());
  });
  const subjectsOf = (text: string) => [
    ...new Set(normalizer.normalize(text).segments.flatMap((segment) => segment.subjects)),
  ];
  const score = (need: string, offer: string) =>
    scorer.score(normalizer.normalize(need), normalizer.normalize(offer)).score;

  it('reads a bare Han word in the sense of the statement’s language: 原画 is key animation in Japanese, concept art in Chinese', () => {
    expect(subjectsOf('原画を外注で描いていただける方')).toContain('key-animation');
    expect(subjectsOf('长期合作的原画师')).toContain('concept-art');
    // The statement's own words still decide first, and a look-alike field's sense is never the usual one.
    expect(subjectsOf('游戏原画外包')).toContain('concept-art');
    expect(subjectsOf('原画展の企画、原画の展示')).toEqual(['original-artwork']);
    expect(subjectsOf('手绘油画原画定制')).toEqual(['original-artwork']);
    expect(score('原画マンを募集', '絵本作家の原画展の企画、原画の展示')).toBe(0);
    expect(score('原画マンを募集', '原画をカット単位で受注')).toBeGreaterThanOrEqual(0.4);
  });

  it('reads a Thai verb phrase written without the nominaliser การ, and a Thai word with digits glued to it', () => {
    // The lexicon writes character rigging as การริกตัวละคร; organizations write หาทีมริกตัวละคร, รับริกตัวละคร.
    expect(subjectsOf('รับริกตัวละครสามมิติใน Maya')).toContain('3d-rigging');
    expect(subjectsOf('หาทีมริกตัวละคร3มิติ')).toContain('3d-rigging');
    expect(normalizer.normalize('หาทีมริกตัวละคร3มิติ').unplaced).toEqual([]);
    // การ is a word of its own: การ์ตูน (cartoon) is not การ + ตูน.
    expect(subjectsOf('การ์ตูน')).not.toContain('3d-rigging');
  });

  it('reads Mongolian words through the comitative and the reflexive possessive', () => {
    // камерын туслах (camera assistant) + -ууд (plural) + -тай ("with") + -гаа ("one's own").
    expect(subjectsOf('камерын туслахуудтайгаа')).toContain('camera-assistant');
    expect(normalizer.normalize('камерын туслахуудтайгаа').unplaced).toEqual([]);
  });

  it('takes the sense of a bare clean-up from the work around it: 2D drawings, captured motion or VFX plates', () => {
    expect(subjectsOf('clean-up and in-betweening for TV series')).toContain('clean-up-animation');
    expect(subjectsOf('VFX clean-up, wire removal')).not.toContain('clean-up-animation');
    expect(subjectsOf('motion capture clean-up and retargeting')).toContain('mocap-cleanup');
  });

  it('reads a Korean work noun through a prefix of time or repetition (후보정 is 보정, 재편집 is 편집)', () => {
    expect(subjectsOf('모캡 데이터 후보정 외주')).toContain('mocap-cleanup');
    expect(subjectsOf('사진 후보정')).toEqual(['photo-editing']);
    expect(score('모캡 데이터 후보정 외주', '바디프로필 사진 후보정')).toBe(0);
  });

  it('reads a Cyrillic job title in -ер / -ёр as the work it is made from', () => {
    // Mongolian хувцасны дизайн (costume design) → хувцасны дизайнер (costume designer).
    expect(subjectsOf('Хувцасны дизайнер')).toEqual(['costume-design']);
    expect(normalizer.normalize('Хувцасны дизайнер').unplaced).toEqual([]);
  });

  it('reads a field word before a compound with the compound’s head: 웹툰 3D 배경 is webtoon background art', () => {
    expect(subjectsOf('웹툰 3D 배경 외주')).toContain('webtoon-background-art');
    expect(subjectsOf('웹툰 3D 배경 외주')).not.toContain('environment-art');
    // Without the field word the compound stays what it is, and so it does where the field's form is broader.
    expect(subjectsOf('게임 3D 배경 외주')).toContain('environment-art');
    expect(subjectsOf('드라마 자막을 번역해드립니다')).toContain('subtitle-translation');
  });
});
