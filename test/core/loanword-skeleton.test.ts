/**
 * Loanword skeletons (knowledge/loanword-skeleton.ts): a foreign name written by its sound in Hangul, Katakana or
 * Cyrillic meets its Latin spelling on one `#` key in nameKeys, and a question's two Hangul words are read as one
 * name the way an article's Latin run is.
 */
import { describe, expect, it } from 'vitest';
import { withoutUnheldSkeletons } from '../../src/answer/name-spans.js';
import { analyseQuestion } from '../../src/answer/question-analysis.js';
import { emptyAliasIndex } from '../../src/knowledge/article-aliases.js';
import { loanwordSkeleton } from '../../src/knowledge/loanword-skeleton.js';
import { weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { nameKeys } from '../../src/retrieval/name-keys.js';

const shared = (left: string, right: string) => {
  const keys = new Set(nameKeys(right));
  return nameKeys(left).filter((key) => key.startsWith('#') && keys.has(key));
};

describe('loanword skeletons', () => {
  it('reads English spelling as the loanword scripts hear it', () => {
    // A syllable-final r is not heard; soft c and g; a camel-cased run word by word.
    expect(loanwordSkeleton('Fletcher Moules')).toBe(loanwordSkeleton('플레처 물스'));
    expect(loanwordSkeleton('Animal Logic')).toBe(loanwordSkeleton('アニマル・ロジック'));
    expect(loanwordSkeleton('CyberAgent')).toBe(loanwordSkeleton('サイバーエージェント'));
    expect(loanwordSkeleton('Fitzgerald')).toBe(loanwordSkeleton('Фицджеральд'));
    // An initial vowel the script adds before s is not a consonant (에스커넥트).
    expect(loanwordSkeleton('Sconnect')).toBe(loanwordSkeleton('에스커넥트'));
  });

  it('hears "-ture" as "cher" and a final "-re" without its r, and drops a last s or z', () => {
    // Pictures ~ 픽쳐스 (a "tu" heard "ch", an r before a final "es" not heard); Centre ~ 센터.
    expect(loanwordSkeleton('Dream Pictures')).toBe(loanwordSkeleton('드림픽쳐스'));
    expect(loanwordSkeleton('Adventure Centre')).toBe(loanwordSkeleton('어드벤처센터'));
    // Studios ~ 스튜디오 (the plural not written), Wars ~ 워즈 (an s heard z): the last s or z is not kept.
    expect(loanwordSkeleton('Mammal Studios')).toBe(loanwordSkeleton('매멀스튜디오'));
    expect(loanwordSkeleton('Mammal Studios')).toBe(loanwordSkeleton('Mammal Studio'));
    // The dropped s still counts towards the four consonants a skeleton needs.
    expect(loanwordSkeleton('Cygames')).toBe(loanwordSkeleton('사이게임즈'));
    expect(loanwordSkeleton('Cygames')).toBeDefined();
  });

  it('reads a Katakana ジ before a vowel as the English "di" it writes', () => {
    // Made-up names: スタジオ is "Studio" (스튜디오 in Hangul), ラジオ "Radio".
    expect(loanwordSkeleton('Studio Marlow')).toBe(loanwordSkeleton('スタジオ・マーロウ'));
    expect(loanwordSkeleton('スタジオ・マーロウ')).toBe(loanwordSkeleton('스튜디오 말로우'));
    expect(loanwordSkeleton('Radio Denver')).toBe(loanwordSkeleton('ラジオデンバー'));
    // Elsewhere ジ stays a j (ジェンキンス ~ Jenkins).
    expect(loanwordSkeleton('Jenkins Media')).toBe(loanwordSkeleton('ジェンキンス・メディア'));
  });

  it('reads a Katakana ン before m as a doubled m', () => {
    expect(loanwordSkeleton('マンマル・スタジオ')).toBe(loanwordSkeleton('Mammal Studios'));
    expect(loanwordSkeleton('ハンマー・フィルムズ')).toBe(loanwordSkeleton('Hammer Films'));
  });

  it('gives no skeleton under four consonants, and tells different names apart', () => {
    expect(loanwordSkeleton('Blur')).toBeUndefined();
    expect(loanwordSkeleton('토비')).toBeUndefined();
    expect(loanwordSkeleton('Animal Logic')).not.toBe(loanwordSkeleton('Animal Kingdom'));
    expect(loanwordSkeleton('Netflix')).not.toBe(loanwordSkeleton('Nickelodeon'));
  });

  it('puts the skeleton among the name keys of every script, long Hangul loanwords too', () => {
    expect(shared('애니멀 로직 산타모니카 팀', 'Sydney house Animal Logic has grown')).not.toEqual([]);
    expect(shared('사이버에이전트가 세운 회사', 'the company CyberAgent said')).not.toEqual([]);
    expect(shared('Кевин Фицджеральд', 'associate creative director Kevin Fitzgerald')).toContain(
      `#${loanwordSkeleton('Fitzgerald') as string}`,
    );
    expect(shared('소유즈물트필름은', 'Студия «Союзмультфильм»')).not.toEqual([]);
  });

  it('reads two Hangul words of a question as one name', () => {
    const keys = analyseQuestion('애니멀 로직 팀을 이끄는 사람은 누구야?', undefined, emptyAliasIndex).terms.flatMap(
      (term) => term.keys,
    );
    expect(keys).toContain(`#${loanwordSkeleton('Animal Logic') as string}`);
  });

  it('weighs a skeleton in a query like any other key of a name', () => {
    const skeleton = `#${loanwordSkeleton('Animal Logic') as string}`;
    const term = weightedQueryTerms('애니멀 로직 산타모니카 팀', undefined).find((item) => item.term === skeleton);
    expect(term?.weight).toBe(1.5);
  });

  it('leaves out of a question the skeletons no article holds, so they do not make a word look rare', () => {
    const analysis = analyseQuestion('애니멀 로직 팀을 이끄는 사람은 누구야?', undefined, emptyAliasIndex);
    const skeleton = `#${loanwordSkeleton('Animal Logic') as string}`;
    const keys = (rarity: (key: string) => number) =>
      withoutUnheldSkeletons(analysis, rarity).terms.flatMap((term) => term.keys);
    expect(keys((key) => (key === skeleton ? 1 : 0.5))).not.toContain(skeleton);
    expect(keys(() => 0.5)).toContain(skeleton);
    // A term's own word stays, held or not.
    const unknown = withoutUnheldSkeletons(analysis, () => 1).terms;
    expect(unknown.map((term) => term.keys[0])).toEqual(analysis.terms.map((term) => term.keys[0]));
    expect(unknown.flatMap((term) => term.keys).filter((key) => /^#[a-z]+$/u.test(key))).toEqual([]);
  });
});
