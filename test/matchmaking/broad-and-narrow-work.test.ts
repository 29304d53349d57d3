/**
 * Broad and narrow work (session 16 batch D): facial animation and 3D character animation are distinct crafts that
 * overlap, so an offer of the one meets a need for the other in part, and a detail of the need it meets in full
 * ("lip-sync") does not make it the whole; a tool named beside other work in an offer ("pipeline tools: Houdini / Nuke
 * integration") is that work's tool, not the tool's own craft. Also the readings
 * that batch showed missing: a 3D animator is a 3D character animator, "English and Mandarin dubbing" works into
 * both, 撮影部 in an anime studio is its compositing department, product animation is a look-alike field, and
 * Chinese needs for facial animation and art outsourcing. Real lexicon, no stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { createSenseChooser } from '../../src/matchmaking/choose-sense.js';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { statementLanguages } from '../../src/matchmaking/statement-languages.js';
import { shippedGlossary, shippedScorer } from './matchmaking-harness.js';

const threshold = defaultScoringSettings.meetThreshold;

describe('broad and narrow character animation', () => {
  it('counts facial animation as a part of 3D character animation and the reverse', async () => {
    const { score } = await shippedScorer();
    const need = '3D character animation outsourcing for our series';
    const whole = score(need, '3D character animation outsourcing');
    const face = score(need, 'Facial animation outsourcing');
    // A part of the work, not nearly the whole (as a narrower kind of a department would be).
    expect(face).toBeGreaterThan(threshold);
    expect(face).toBeLessThan(0.75 * whole);
    // The reverse: a broad offer meets a narrow need only in part, below the specialist.
    const narrow = 'Facial animation and lip sync for our cutscenes';
    expect(score(narrow, '3D character animation outsourcing: body mechanics, acting')).toBeLessThan(
      score(narrow, 'Facial animation outsourcing: lip sync, facial rigs'),
    );
  });

  it('does not let a facial specialist meeting one detail of the need stand for the whole need', async () => {
    const { score } = await shippedScorer();
    const need = 'Animator karakter 3D (paling mendesak): blocking sampai polish, lip-sync dialog';
    expect(score(need, '페이셜 애니메이션 외주: 표정 연기, 립싱크, 페이셜 리그')).toBeLessThan(
      score(need, 'Seriallar uchun 3D personaj animatsiyasi (autsorsing): tana harakatlari, aktyorlik'),
    );
  });

  it("reads a tool beside other work in an offer as that work's tool", async () => {
    const { score } = await shippedScorer();
    const need = 'FX artist Houdini: pyro, destruction';
    expect(score(need, 'Pipeline development for VFX: Python tools, Maya / Houdini / Nuke integration')).toBeLessThan(
      threshold,
    );
    expect(score(need, 'Houdini FX simulation outsourcing: pyro, destruction')).toBeGreaterThan(threshold);
  });

  it('reads a 3D animator need as 3D character animation work', async () => {
    const { score } = await shippedScorer();
    expect(score('3D 애니메이터 (Maya), 캐릭터 애니메이션 외주팀', '3D 캐릭터 애니메이션 외주')).toBeGreaterThan(
      threshold,
    );
  });
});

describe('readings batch D showed missing', () => {
  it('takes a language joined to a target language as a target too', () => {
    expect(statementLanguages('English and Mandarin dubbing of animated series').targets.sort()).toEqual(['en', 'zh']);
    expect(statementLanguages('Dubbing bahasa Inggris dan Mandarin, pengisi suara native').targets.sort()).toEqual([
      'en',
      'zh',
    ]);
    expect(statementLanguages('dub Korean dramas into Japanese').targets).toEqual(['ja']);
  });

  it('reads 撮影部 in an anime studio description as its compositing department', async () => {
    const glossary = await shippedGlossary();
    const senses = createSenseChooser(glossary);
    const field = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);
    expect(
      senses.chooseInField('satsuei-shooting', field('TVアニメの元請制作会社です。撮影部が4名しかいません。')),
    ).toBe('anime-compositing');
  });

  it('keeps product animation for companies apart from 3D work for a series or a game', async () => {
    const { score } = await shippedScorer();
    const offer = '제품 3D 애니메이션 (가전·의료기기 작동 원리 영상, 분해 애니메이션)';
    expect(score('3D 캐릭터 애니메이션 외주', offer)).toBe(0);
    expect(score('3D 애니메이션 시리즈 외주 스튜디오', offer)).toBe(0);
  });

  it('reads Chinese facial animation and art outsourcing needs', async () => {
    const { normalizer, score } = await shippedScorer();
    const need = '过场动画面部表情动画+口型（lip sync）外包：中/英/日三套配音对口型，Maya / MetaHuman面部绑定';
    expect(score(need, '페이셜 애니메이션 외주: 표정 연기, 립싱크, 블렌드셰이프·페이셜 리그')).toBeGreaterThan(
      threshold,
    );
    expect(normalizer.normalize('美术外包').concepts).toContain('game-art');
    // A need sharing only the word for outsourcing with an offer is not met by it.
    expect(score('美术外包', '特效师人才推荐（可远程外包）')).toBeLessThan(threshold);
  });
});
