/**
 * A need written in plain words (what the person does, not the craft's name) is read as the craft whose `plain` words
 * it holds: two of them at least, three beside other work the need names, and more than of any other craft. One word
 * is never enough, words count where they stand at a word's start (or anywhere in scripts written without spaces),
 * and a word inside a longer one of the same craft counts once. A hand-made lexicon, not the shipped one.
 */
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { createPlainReader } from '../../src/matchmaking/plain-reading.js';

const glossary = createGlossary([
  { id: 'crew', category: 'department', en: ['film crew'] },
  {
    id: 'camera-rigging',
    category: 'skill',
    broader: ['crew'],
    en: ['camera rigging'],
    plain: ['move the camera', 'camera', 'rails', 'crane', '카메라 이동', '레일', 'тележк', 'рельсы'],
  },
  {
    id: 'sound-effects',
    category: 'skill',
    broader: ['crew'],
    en: ['sound effects performing'],
    plain: ['footsteps', 'door sounds', 'in sync with the picture', '발소리', '문 소리'],
  },
  {
    id: 'fight-safety',
    category: 'skill',
    broader: ['crew'],
    en: ['fight safety'],
    plain: ['fight scenes', 'falls', 'crane'],
  },
  { id: 'translation', category: 'skill', en: ['translation'] },
]);
const subjects = new Set(['camera-rigging', 'sound-effects', 'fight-safety', 'translation']);
const normalizer = createStatementNormalizer({ glossary, embedder: { embedText: () => [1] } });
const reader = createPlainReader(glossary, (id) => subjects.has(id), normalizer.nextSerial);

describe('reading a need in plain words', () => {
  it('reads two plain words of one craft as that craft, in spaced and in glued scripts', () => {
    expect(reader.craftOf('Someone to move the camera along rails on the pier', false)?.conceptId).toBe(
      'camera-rigging',
    );
    expect(reader.craftOf('부두 위 레일 깔고 카메라 이동 맡아 줄 분', false)?.conceptId).toBe('camera-rigging');
    expect(reader.craftOf('Тележки и рельсы на 20 смен', false)?.conceptId).toBe('camera-rigging');
    expect(reader.craftOf('발소리와 문 소리를 다시 만들어 줄 분', false)?.conceptId).toBe('sound-effects');
  });

  it('never reads a craft from one plain word, nor from a word inside another word', () => {
    expect(reader.craftOf('A camera for our shoot', false)).toBeUndefined();
    expect(reader.craftOf('Guardrails and scaffolding for the stage', false)).toBeUndefined();
    // "camera" inside "move the camera" counts once: one plain word of the craft, not two.
    expect(reader.craftOf('Someone to move the camera', false)).toBeUndefined();
  });

  it('reads nothing when two crafts hold as many plain words', () => {
    expect(reader.craftOf('fight scenes with falls, a camera on rails', false)).toBeUndefined();
  });

  it('asks for a third word when the need already names other work', () => {
    expect(reader.craftOf('footsteps and door sounds', true)).toBeUndefined();
    expect(reader.craftOf('footsteps and door sounds, in sync with the picture', true)?.conceptId).toBe(
      'sound-effects',
    );
  });

  it('adds the craft to the need, keeps the words, and gives the copy a serial of its own', () => {
    const need = normalizer.normalize('Someone to move the camera along rails');
    const read = reader.read(need);
    expect(read).not.toBe(need);
    expect(read.concepts).toContain('camera-rigging');
    expect(read.segments.some((segment) => segment.subjects.includes('camera-rigging'))).toBe(true);
    expect(read.mentions.at(-1)?.confidence).toBeLessThan(1);
    expect(read.serial).toBeGreaterThan(need.serial);
    expect(reader.read(need)).toBe(read);
    const plain = normalizer.normalize('Translation of two documents');
    expect(reader.read(plain)).toBe(plain);
  });
});
