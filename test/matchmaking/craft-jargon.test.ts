/**
 * A craft asked for in its own jargon, an abbreviation or a loanword is met by an offer that says the same work in the
 * trade's plain words or another of its terms, in another language too: wire work (威亚, 吊钢丝, 와이어 액션, สลิง), on-set
 * editing (현장편집, 現場編集, монтаж на площадке), an acting coach (แอคติ้งโค้ช, 演技コーチ), a stand-in (光替, lighting
 * double), script supervision (스크립터, 촬영 기록, контроль непрерывности), making-of films (메이킹, 舞台裏映像), a
 * Steadicam (a body-mounted camera stabiliser), a chroma-key stage (хромакей павильон, green screen stage), a video
 * village and audio description in Vietnamese. Work that only shares their words — rope access on buildings, a
 * YouTube editing class, life coaching, fashion models, court stenography, wedding films, property walkthroughs, lawn
 * laying — meets none of them. Real lexicon, no stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { defaultScoringSettings } from '../../src/matchmaking/reciprocal-score.js';
import { shippedScorerPerFile } from './matchmaking-harness.js';

const threshold = defaultScoringSettings.meetThreshold;
const lexicon = shippedScorerPerFile();

/** A need in a craft's jargon, offers that say the same work otherwise, and offers that only share its words. */
const cases: { need: string; meets: string[]; lookAlikes: string[] }[] = [
  {
    need: '威亚师带队吊威亚，空中打斗',
    meets: ['钢丝特技：演员吊钢丝飞行', 'Wire work and flying rigs for actors', '와이어 액션 팀'],
    lookAlikes: ['高空作业：外墙清洗、吊篮安装'],
  },
  {
    need: '현장편집 기사 (장편 영화)',
    meets: ['On-set editing for features', 'монтаж на площадке', '現場編集'],
    lookAlikes: ['유튜브 브이로그 편집 강의'],
  },
  {
    need: 'แอคติ้งโค้ช สำหรับนักแสดงหน้าใหม่',
    meets: ['acting coach for film casts', '演技コーチ', 'ฝึกซ้อมการแสดงให้นักแสดงก่อนถ่ายทำ'],
    lookAlikes: ['life coaching for managers'],
  },
  {
    need: '光替，两名',
    meets: ['lighting stand-ins for lead actors', 'スタンドイン'],
    lookAlikes: ['fashion models for runway shows'],
  },
  {
    need: '스크립터 (영화)',
    meets: ['script supervisor', '촬영 기록 전문 팀', 'контроль непрерывности на площадке'],
    lookAlikes: ['법원 속기, 회의록 작성'],
  },
  {
    need: '메이킹 영상 촬영',
    meets: ['舞台裏ドキュメンタリー', 'making-of and featurettes for disc extras'],
    lookAlikes: ['wedding videography'],
  },
  {
    need: 'Steadicam op for long takes',
    meets: ['Body-mounted camera stabilizer operators with their own rig', 'оператор стедикама'],
    lookAlikes: ['Property walkthrough videos for real-estate brokers'],
  },
  {
    need: 'Хромакей павильоны, 6 ауысым',
    meets: ['green screen stage rental with cyclorama', 'аренда хромакей-павильона'],
    lookAlikes: ['газон төсеу, көгалдандыру'],
  },
];

describe('craft jargon met by plain words', () => {
  for (const { need, meets, lookAlikes } of cases) {
    it(`meets "${need}" by the same work said otherwise, and not by work sharing its words`, () => {
      const { score } = lexicon;
      const best = Math.min(...meets.map((offer) => score(need, offer)));
      for (const offer of meets) expect(score(need, offer), offer).toBeGreaterThanOrEqual(threshold);
      for (const offer of lookAlikes) {
        expect(score(need, offer), offer).toBeLessThan(threshold);
        expect(score(need, offer), offer).toBeLessThan(best);
      }
    });
  }

  it('reads a video village as video assist and a Vietnamese description for blind viewers as audio description', () => {
    const { normalizer } = lexicon;
    expect(normalizer.normalize('Мониторинг на съёмочной площадке: видеодеревня').concepts).toContain('video-assist');
    expect(normalizer.normalize('video village for the director').concepts).toContain('video-assist');
    expect(normalizer.normalize('Thuyết minh mô tả hình ảnh cho người khiếm thị').concepts).toContain(
      'audio-description',
    );
  });

  it('reads a katakana compound written with a middle dot as one term', () => {
    const { normalizer } = lexicon;
    expect(normalizer.normalize('インティマシー・コーディネーター（IC）').concepts).toContain('intimacy-coordination');
  });
});
