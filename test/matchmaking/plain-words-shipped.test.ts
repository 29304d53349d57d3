/**
 * The shipped taxonomy's `plain` words (everyday words of what a craft's person does, see
 * src/matchmaking/plain-reading.ts): a need written by someone who does not know the craft's name reads as that craft
 * in any of the languages members write, everyday words of look-alike trades (weddings, nannies, parties, tax
 * returns) read as no craft, and no plain word belongs to two crafts (a shared word says nothing of either and only
 * cancels readings).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { createPlainReader, type PlainReader } from '../../src/matchmaking/plain-reading.js';
import { shippedGlossary } from './matchmaking-harness.js';

let glossary: Glossary;
let reader: PlainReader;
beforeAll(async () => {
  glossary = await shippedGlossary();
  const normalizer = createStatementNormalizer({ glossary, embedder: { embedText: () => [1] } });
  reader = createPlainReader(glossary, (id) => normalizer.roleOf(id) === 'subject', normalizer.nextSerial);
});

describe('needs in plain words over the shipped taxonomy', () => {
  it.each([
    ['Someone to make the fight scenes safe: two falls from a balcony', 'stunt-coordination'],
    ['Our old film reels have scratches and faded colours; we want clean files', 'film-restoration'],
    ['Нужно убрать тросы и удалить логотипы в сорока кадрах', 'prep-and-paint'],
    ['Cần người tìm diễn viên và tổ chức thử vai cho phim ngắn', 'casting'],
    ['需要人工降雨和造雾，拍三场夜戏', 'atmospheric-effects'],
    ['爆破シーンと炎上する車の撮影', 'pyrotechnics'],
    ['촬영장 아이들을 돌봐 주시고 촬영 중 수업도 챙겨 주실 분', 'child-performer-chaperoning'],
    ['ต้องการทีมทำฉากฝนตกและหิมะเทียม', 'atmospheric-effects'],
    ['Kami butuh kejar-kejaran mobil dan tabrakan mobil di jalan tol', 'stunt-driving'],
    ['Фильмге музыка керек: түпнұсқа музыка, он екі трек', 'music-composition'],
  ])('reads "%s" as %s', (text, craft) => {
    expect(reader.craftOf(text, false)?.conceptId).toBe(craft);
  });

  it.each([
    'Wedding videos and photos for your big day, with a drone',
    'Nannies and babysitting for families, evenings and weekends',
    'Birthday parties with clowns, balloons and face painting',
    'Scuba diving courses under the sea for beginners',
    'Tax rebate claims and bookkeeping for small businesses',
    'Furniture and decor for your new apartment',
    'Translation of documents and certificates, notarised',
  ])('reads no craft in the look-alike "%s"', (text) => {
    expect(reader.craftOf(text, false)).toBeUndefined();
  });

  it('gives no plain word to two crafts', () => {
    const owners = new Map<string, string[]>();
    for (const concept of glossary.concepts.values()) {
      for (const word of new Set((concept.plain ?? []).map((plain) => plain.normalize('NFC').toLowerCase()))) {
        owners.set(word, [...(owners.get(word) ?? []), concept.id]);
      }
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});
