/**
 * Work that session 17's batch F put beside look-alikes: recording a written score with an orchestra (a scoring
 * session) is distinct from writing the music — each meets the other's need only in part; souvenir photos (記念撮影)
 * at a kimono rental are general photography, not cinematography; scanning and restoring film reels is read in Kazakh
 * and Russian, and copying family tapes or scanning office papers is no film restoration. Real lexicon, no stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorer } from './matchmaking-harness.js';

const threshold = defaultScoringSettings.meetThreshold;

describe('recording a score vs writing it', () => {
  it('meets a scoring-session need with an orchestra recording offer before a composer', async () => {
    const { score, normalizer } = await shippedScorer();
    const need = 'Scoring session for our feature film: 60-piece orchestra with conductor, recording to picture, mix';
    expect(normalizer.normalize(need).concepts[0]).toBe('orchestral-score-recording');
    const session = score(need, 'Scoring sessions: orchestra and conductor, recording to picture with click');
    const composer = score(need, 'Film score composition: main theme, spotting with the director');
    expect(session).toBeGreaterThanOrEqual(0.9);
    expect(composer).toBeGreaterThanOrEqual(threshold);
    expect(composer).toBeLessThan(session);
  });

  it('reads "film score" as the music to write, or beside recording work as the music to record', async () => {
    const { normalizer, score } = await shippedScorer();
    expect(normalizer.normalize('Film score for our feature film').concepts).toContain('music-composition');
    const stage = 'Orchestral recording sessions for film scores: orchestra and conductor';
    expect(normalizer.normalize(stage).concepts).not.toContain('music-composition');
    const thaiSession = 'อัดเสียงวงออร์เคสตราสำหรับดนตรีประกอบภาพยนตร์ อัดตามภาพ มีวาทยกร';
    expect(normalizer.normalize(thaiSession).concepts).toEqual(['orchestral-score-recording']);
    const need = 'Film score for our feature film: composer, main theme';
    expect(score(need, stage)).toBeLessThan(score(need, 'Composer: original music for films'));
  });

  it('meets a need to have music written only in part with a recording stage', async () => {
    const { score } = await shippedScorer();
    const need = 'Музыка к фильму: композитор, главная тема';
    const composer = score(need, 'Композитор: музыка к фильмам и сериалам');
    const session = score(need, 'Запись оркестра и струнных');
    expect(composer).toBeGreaterThan(session);
    expect(session).toBeLessThanOrEqual(0.5);
  });
});

describe('souvenir photos and film archives', () => {
  it('reads 記念撮影 at a kimono rental as general photography, which meets no cinematography need', async () => {
    const { score, relations, normalizer } = await shippedScorer();
    const offer = '着物レンタル（着付け付き）、カップルプラン、記念撮影';
    expect(normalizer.normalize(offer).concepts.some((id) => relations.isOutside(id))).toBe(true);
    expect(score('Wildlife cinematographer for a snow leopard documentary, 800 mm lenses', offer)).toBe(0);
    expect(score('High-speed cinematography at 1000 fps', offer)).toBe(0);
  });

  it('reads film scanning and restoration in Kazakh and Russian, and keeps home-video and office scanning apart', async () => {
    const { score } = await shippedScorer();
    const need = 'Кинохрониканы цифрлау: 35 мм таспаны 4K сканерлеу, сызат пен шаңды кетіру';
    const lab = score(need, 'Сканирование киноплёнки 35 мм и 16 мм в 4K, цифровая реставрация');
    expect(lab).toBeGreaterThanOrEqual(0.8);
    expect(score(need, 'VHS, MiniDV бейнекассеталарды цифрлау, флешкаға жазу')).toBeLessThan(threshold);
    expect(score(need, 'Поточное сканирование документов и микрофильмов, электронный архив')).toBeLessThan(threshold);
  });
});

describe('look-alike trades that share the words of a need', () => {
  const cases: { need: string; partner: string; lookAlike: string }[] = [
    {
      need: '무술팀: 검술 합 설계, 와이어 액션, 스턴트 더블',
      partner: '무술감독·액션 디자인, 스턴트 더블, 와이어 액션',
      lookAlike: '태권도·합기도 수련, 호신술, 태권도 시범단 공연',
    },
    {
      need: '時代劇衣裳の貸出：武家・町人の着物、袴、エキストラ80名分',
      partner: '時代劇衣裳の貸出と製作、撮影現場への衣裳部・着付師の派遣',
      lookAlike: '着物・浴衣レンタル、振袖レンタル、着付け教室',
    },
    {
      need: '游戏音效外包：技能音效、UI音效、战斗打击音效',
      partner: '游戏音效设计：技能、UI、战斗打击、环境音',
      lookAlike: 'KTV包房音响系统设计与安装，音效调试',
    },
  ];
  for (const { need, partner, lookAlike } of cases) {
    it(`meets "${need}" by the trade itself, not by a look-alike`, async () => {
      const { score, normalizer, relations } = await shippedScorer();
      expect(score(need, partner)).toBeGreaterThanOrEqual(threshold);
      expect(score(need, lookAlike)).toBeLessThan(threshold);
      expect(normalizer.normalize(lookAlike).concepts.some((id) => relations.isOutside(id))).toBe(true);
    });
  }
});
