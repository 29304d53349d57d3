/**
 * Reading profiles in the thinner languages (issue #11) so that a partner the scorer meets is not dropped afterwards.
 * A television channel named in Kazakh, Indonesian or Thai is one of the field's kinds of organization, so a profile
 * that names it shows the content industry and its offers count in full (`offerFocus`). A freelancer wanted
 * ("editor lepas", "freelance", "фрилансер") is someone to do the work: the need is no wish to learn, whatever a
 * clause about the team learning says, and a vendor's offer meets it. And background painting for animation in
 * Chinese is background art.
 */
import { describe, expect, it } from 'vitest';
import { profileFieldReader } from '../../src/matchmaking/field-evidence.js';
import { createConceptRelations } from '../../src/matchmaking/concept-relations.js';
import { deliveryMismatch, wantsToLearn } from '../../src/matchmaking/statement-delivery.js';
import { shippedGlossary, shippedScorerPerFile } from './matchmaking-harness.js';

const shipped = shippedScorerPerFile();

describe('a television channel in the thinner languages', () => {
  it('is a broadcaster, and a profile naming it beside its own work shows the content industry', async () => {
    const glossary = await shippedGlossary();
    const relations = createConceptRelations(glossary, { roleOf: shipped.normalizer.roleOf });
    const field = profileFieldReader(glossary, shipped.normalizer, relations.isOutside);
    for (const [channel, offer] of [
      ['Телеарналарға қызмет көрсетеміз', 'Жылжымалы телевизиялық станция жалға беру, видеомикшер'],
      ['Klien kami stasiun televisi swasta', 'Sewa mobil OB van dengan vision mixer untuk siaran langsung'],
      ['ลูกค้าของเราคือสถานีโทรทัศน์', 'ให้เช่ารถถ่ายทอดสด OB พร้อมสวิตเชอร์'],
    ] as const) {
      const concepts = field.conceptsOf(channel);
      expect(concepts, channel).toContain('broadcaster');
      expect(field.inContentField([], { needs: [channel], offers: [offer] }), channel).toBe(true);
    }
  });
});

describe('a freelancer wanted', () => {
  it('is no wish to learn, even beside a clause about the team learning', () => {
    const read = shipped.normalizer.normalize;
    for (const need of [
      'Editor lepas untuk film dokumenter selama tim kami masih belajar',
      'Freelance compositors while our juniors are in training',
      'Фрилансер-монтажёр, пока наша команда проходит обучение',
    ]) {
      const statement = read(need);
      expect(wantsToLearn(statement, false), need).toBe(false);
      expect(deliveryMismatch(statement.delivery, read('Video editing services for documentaries').delivery)).toBe(
        false,
      );
    }
    // A course asked for is still one.
    expect(wantsToLearn(read('Pelatihan editing untuk tim kami'), false)).toBe(true);
  });
});

describe('background painting for animation in Chinese', () => {
  it('is background art', () => {
    for (const offer of ['动画背景绘制外包', '背景美术：按设定稿绘制彩色背景'])
      expect(shipped.normalizer.normalize(offer).concepts, offer).toContain('background-art');
  });
});
