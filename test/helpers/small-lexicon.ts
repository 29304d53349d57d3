/**
 * A lexicon of two concepts, written as a knowledge folder's glossary.yaml (no taxonomy.yaml beside it), for
 * tests whose subject is not the lexicon: a first open builds its caches and index in ~2.3 s of CPU instead of
 * ~6 s with the shipped lexicon, and every later open reads less.
 */
export const twoConceptLexicon = [
  '- id: animation-studio',
  '  category: organization',
  '  en: [animation studio, animation studios]',
  '  ko: [애니메이션 스튜디오]',
  '- id: training',
  '  category: service',
  '  en: [training, trainees]',
  '  ru: [обучение]',
  '',
].join('\n');
