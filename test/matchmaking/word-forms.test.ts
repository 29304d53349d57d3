import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { splitCompound } from '../../src/knowledge/compound-words.js';
import { uzbekLatinToCyrillic } from '../../src/knowledge/uzbek-cyrillic.js';
import { textWordStems, wordStems } from '../../src/knowledge/word-forms.js';
import { cityKey } from '../../src/matchmaking/languages-and-regions.js';
import { createStatementNormalizer, type StatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { normalizeText, scriptOf, stripKoreanParticle, wordTokens } from '../../src/retrieval/text-normalize.js';
import { createRandom } from '../fixtures/profiles/synthetic-profiles.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';
import { shippedGlossary } from './matchmaking-harness.js';

// Made-up phrases, one language at a time: each is found only through a rule (an ending, an affix, a compound,
// another alphabet), not because the taxonomy lists that exact form.
describe('word forms the taxonomy does not list', () => {
  let glossary: Glossary;
  let normalizer: StatementNormalizer;
  beforeAll(async () => {
    glossary = await shippedGlossary();
    normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
  });
  const subjectsOf = (text: string) => [
    ...new Set(normalizer.normalize(text).segments.flatMap((segment) => segment.subjects)),
  ];
  const plain = (text: string) => glossary.findConcepts(text).map((hit) => hit.conceptId);

  it('Russian: case endings on every word of a form (художников-постановщиков, по озвучиванию)', () => {
    expect(plain('ищем художников-постановщиков')).not.toContain('production-design');
    expect(subjectsOf('ищем художников-постановщиков')).toEqual(['production-design']);
    expect(subjectsOf('услуги по озвучиванию')).toEqual(['dubbing']);
    expect(wordStems('цветокоррекции', 'cyrillic')).toEqual(wordStems('цветокоррекция', 'cyrillic'));
  });

  it('Russian: a verb and its verbal noun share a stem (монтируем / монтирование, озвучиваем / озвучивание)', () => {
    expect(wordStems('монтируем', 'cyrillic')).toContain('монтиров');
    expect(wordStems('монтирование', 'cyrillic')).toContain('монтиров');
    expect(wordStems('озвучиваем', 'cyrillic')).toContain('озвучива');
    expect(wordStems('озвучивать', 'cyrillic')).toContain('озвучива');
    expect(plain('субтитрируем фильмы')).not.toContain('subtitling');
    expect(subjectsOf('субтитрируем фильмы')).toEqual(['subtitling']);
  });

  it('Kazakh: plural and possessive chains (режиссерлері → режиссер)', () => {
    expect(subjectsOf('дыбыс режиссерлері керек')).toEqual(['sound-engineer']);
    expect(wordStems('режиссерлері', 'cyrillic')).toContain('режиссер');
  });

  it('Uzbek (Latin): suffix chains and the -chi of the person who does the work', () => {
    expect(subjectsOf('animatorlarimiz uchun')).toEqual(['animator']);
    expect(subjectsOf('kompozitingchilar kerak')).toEqual(['compositing']);
  });

  it('Uzbek (Cyrillic): the Latin forms written in Cyrillic', () => {
    expect(uzbekLatinToCyrillic('ovoz rejissyori')).toBe('овоз режиссёри');
    expect(uzbekLatinToCyrillic('3D animatsiya')).toBe('3D анимация');
    expect(subjectsOf('овоз режиссёрлари керак')).toEqual(['sound-engineer']);
    expect(subjectsOf('монтажчилар керак')).toEqual(['video-editor']);
  });

  it('Indonesian: pe-/pen-…-an nominalisations (penataan cahaya, penganimasian)', () => {
    expect(wordStems('penataan', 'latin')).toContain('tata');
    expect(subjectsOf('penganimasian karakter 3D')).toEqual(['3d-character-animation']);
    expect(subjectsOf('perekaman suara')).toEqual(['sound-recording']);
  });

  it('Indonesian: a bare pe-/me- only before l, r, w, y, m, n (pelukis, merawat), so Peking is no pe- + king', () => {
    expect(wordStems('pelukis', 'latin')).toContain('lukis');
    expect(wordStems('merawat', 'latin')).toContain('rawat');
    expect(wordStems('peking', 'latin')).not.toContain('king');
    expect(wordStems('mekanik', 'latin')).not.toContain('kanik');
  });

  it('Korean: team, room and verb endings on a known word (컴포지팅팀, 색보정실, 더빙해)', () => {
    expect(plain('컴포지팅팀 충원')).not.toContain('compositing');
    expect(subjectsOf('컴포지팅팀 충원')).toEqual(['compositing']);
    expect(subjectsOf('색보정실 외주')).toEqual(['color-grading']);
    expect(subjectsOf('더빙해 드립니다')).toEqual(['dubbing']);
    expect(subjectsOf('자막번역합니다')).toEqual(['subtitle-translation']);
  });

  it('Korean: a team or firm on the last word of a form of several words (드론 촬영팀, 사운드 디자인팀)', () => {
    // 촬영팀 alone is the lexicon's word for the crew; after 드론 it is the team of a two-word form, 드론 촬영.
    expect(subjectsOf('촬영팀')).toEqual(['on-set-crew']);
    expect(subjectsOf('드론 촬영팀')).toEqual(['drone-cinematography']);
    expect(subjectsOf('사운드 디자인팀 외주')).toEqual(['sound-design']);
    expect(subjectsOf('컬러 그레이딩팀')).toEqual(['color-grading']);
    expect(textWordStems('촬영팀', 'hangul')).toContain('촬영');
    // The lexicon's side keeps its forms whole: a bare 촬영 is not the crew.
    expect(wordStems('촬영팀', 'hangul')).toEqual([]);
  });

  it('Korean: the last word of a form written as a verb (영상을 편집합니다, 자막을 번역해드립니다)', () => {
    expect(wordStems('편집합니다', 'hangul')).toEqual(['편집']);
    expect(wordStems('제작하는', 'hangul')).toEqual(['제작']);
    // Two syllables are kept whole (대한 is no 대 + 한).
    expect(wordStems('대한', 'hangul')).toEqual([]);
    expect(plain('영상을 편집합니다')).toEqual([]);
    expect(subjectsOf('영상을 편집합니다')).toEqual(['video-editing']);
    expect(subjectsOf('드라마 자막을 번역해드립니다')).toContain('subtitle-translation');
  });

  it('Japanese: the object particle between a noun and its verbal noun (映像を編集します)', () => {
    expect(plain('映像を編集します')).toEqual([]);
    expect(subjectsOf('映像を編集します')).toEqual(['video-editing']);
    // Only を: の links words that are often no one form (a の rule made look-alikes in an earlier session).
    expect(subjectsOf('映像の編集')).toEqual([]);
  });

  it('Korean: a longer word that merely contains two known words is not split (어시스턴트)', () => {
    const known = new Set(['어시', '스턴트']);
    expect(
      splitCompound(
        '어시스턴트',
        'hangul',
        (piece) => known.has(piece),
        () => false,
      ),
    ).toBeUndefined();
    expect(subjectsOf('수료생 어시스턴트 매칭')).not.toContain('stunt-coordination');
  });

  it('Japanese: person and task endings split off a known compound', () => {
    const known = new Set(['字幕', '翻訳']);
    expect(
      splitCompound(
        '字幕翻訳者',
        'han',
        (piece) => known.has(piece),
        (pieces) => pieces.join(' ') === '字幕 翻訳',
      ),
    ).toEqual(['字幕', '翻訳', '者']);
    expect(subjectsOf('リギング担当')).toEqual(['3d-rigging']);
  });

  it('Thai: an unspaced phrase is segmented against the taxonomy’s Thai labels', () => {
    expect(subjectsOf('รับพากย์เสียงภาษาไทย')).toEqual(['dubbing']);
    expect(subjectsOf('ทำซับไตเติ้ลภาษาอังกฤษ')).toEqual(['subtitling']);
  });

  it('Kazakh: the person who does the work with endings of its own (монтаждаушылар), a trade in -лық/-лік', () => {
    expect(wordStems('монтаждаушылар', 'cyrillic')).toContain('монтаж');
    expect(wordStems('дыбыстаушыға', 'cyrillic')).toContain('дыбыс');
    expect(wordStems('операторлық', 'cyrillic')).toContain('оператор');
    expect(wordStems('жобасында', 'cyrillic')).toContain('жоба');
    expect(wordStems('фильмінде', 'cyrillic')).toContain('фильм');
    expect(plain('монтаждаушылар керек')).toEqual([]);
    expect(subjectsOf('монтаждаушылар керек')).toEqual(['video-editor']);
  });

  it('Kazakh: a work named by its verb (түсіреміз, монтаждаймыз, түсіретін)', () => {
    // Every reading of the endings is kept (түсіреміз is also read as түсіре + -міз): the verb's stem is among them.
    expect(wordStems('түсіру', 'cyrillic')).toEqual(['түсір']);
    expect(wordStems('түсіреміз', 'cyrillic')).toContain('түсір');
    expect(wordStems('түсіретін', 'cyrillic')).toContain('түсір');
    expect(wordStems('монтаждаймыз', 'cyrillic')).toContain('монтаж');
    expect(subjectsOf('бейне монтаждаймыз')).toEqual(['video-editing']);
    // Russian plurals keep the stem of their singular (награды, склады).
    expect(wordStems('награды', 'cyrillic')).toEqual(wordStems('награда', 'cyrillic'));
  });

  it('Uzbek (Latin): the -lik of a trade and -chilik (rejissyorlik, montajchilik)', () => {
    expect(wordStems('rejissyorlik', 'latin')).toContain('rejissyor');
    expect(wordStems('montajchilik', 'latin')).toContain('montaj');
    expect(subjectsOf('operatorlik mahorati')).toEqual(['cinematography']);
  });

  it('Uzbek (Latin): a verb in any person is its verbal noun (olamiz, tayyorlaymiz → olish, tayyorlash)', () => {
    expect(wordStems('olamiz', 'latin')).toContain('olish');
    expect(wordStems('tayyorlaymiz', 'latin')).toContain('tayyorlash');
    expect(wordStems('qiladi', 'latin')).toContain('qilish');
    // (A bare "dron" names drone filming by itself, so the aerial form without it shows the verb.)
    expect(plain('havodan suratga olamiz')).toEqual([]);
    expect(subjectsOf('havodan suratga olamiz')).toEqual(['drone-cinematography']);
  });

  it('Indonesian: di-, me-…-i and ke-…-an around another affix (dikembangkan, mewarnai, kepenulisan)', () => {
    expect(wordStems('dikembangkan', 'latin')).toContain('kembang');
    expect(wordStems('mewarnai', 'latin')).toContain('warna');
    expect(wordStems('kepenulisan', 'latin')).toContain('tulis');
    // A root ending in -i keeps it without a verbal prefix; ke- needs its -an.
    expect(wordStems('animasi', 'latin')).not.toContain('animas');
    expect(wordStems('kemeja', 'latin')).not.toContain('meja');
  });

  it('Thai: forms read by letters, across the segmenter’s cuts and both loanword spellings (ชั่น / ชัน)', () => {
    // The segmenter cuts เว็บตูน differently before ที่; the Royal Institute spells โปรดักชัน, most people โปรดักชั่น.
    expect(wordTokens('เว็บตูนที่เปิด').map((token) => token.word)).not.toContain('ตูน');
    // ไทย (Thailand) is a place the plain scan finds; the webtoon form only the letter reading finds.
    expect(plain('แพลตฟอร์มเว็บตูนที่เปิดตลาดไทย')).toEqual(['thailand']);
    expect(subjectsOf('แพลตฟอร์มเว็บตูนที่เปิดตลาดไทย')).toEqual(['webtoon-and-comics']);
    expect(plain('งานโพสต์โปรดักชั่น')).toEqual([]);
    expect(subjectsOf('งานโพสต์โปรดักชั่น')).toEqual(['post-production']);
    expect(subjectsOf('สอนแอนิเมชั่น')).toContain('animation');
    // A form with Latin or digit words after its Thai ones (แอนิเมชัน 2D), written the other way.
    expect(subjectsOf('ทำแอนิเมชั่น 2D')).toEqual(['2d-animation']);
  });

  it('a wedding, in Kazakh or Thai, makes an item wedding work (a look-alike field)', () => {
    expect(subjectsOf('үйлену тойын видеоға түсіру')).toContain('weddings-and-celebrations');
    expect(subjectsOf('ถ่ายวิดีโองานแต่งงาน')).toContain('wedding-videography');
    // Russian "той" (a pronoun) is no wedding.
    expect(subjectsOf('монтаж в той же студии')).not.toContain('weddings-and-celebrations');
  });
});

// Pieces of plain Latin or Cyrillic words (letters, digits, spaces, marks that never join words) are split without
// Intl.Segmenter: their words must be exactly the ones the segmenter finds.
describe('word tokens without the segmenter', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const segmented = (text: string) =>
    normalizeText(text)
      .split(/\n+/)
      .flatMap((line) => [...segmenter.segment(line)])
      .filter((segment) => segment.isWordLike)
      .map((segment) => {
        const script = scriptOf(segment.segment);
        const word = script === 'hangul' ? stripKoreanParticle(segment.segment) : segment.segment;
        return word === segment.segment ? { word, script } : { word, script, whole: segment.segment };
      });
  const differing = (texts: readonly string[]) =>
    texts.filter((text) => JSON.stringify(wordTokens(text)) !== JSON.stringify(segmented(text)));

  it('are the segmenter’s words for the lexicon’s forms and for the tune profiles', async () => {
    const glossary = await shippedGlossary();
    const tune = parseYaml(
      await readFile(path.join(repositoryRoot, 'test/fixtures/eval/profiles/tune.yaml'), 'utf8'),
    ) as { offers?: string[]; needs?: string[] }[];
    const texts = [
      ...[...glossary.concepts.keys()].flatMap((id) => glossary.formsOf(id)),
      ...tune.flatMap((profile) => [...(profile.offers ?? []), ...(profile.needs ?? [])]),
    ];
    // Han, kana and Thai never take the quick way.
    const spaced = texts.filter((text) => !/[\p{Script=Han}\p{Script=Kana}\p{Script=Thai}]/u.test(text));
    expect(spaced.length).toBeGreaterThan(10_000);
    expect(differing(spaced)).toEqual([]);
  });

  it('are the segmenter’s words for generated strings of letters, digits and separators', () => {
    const random = createRandom(7);
    const alphabet = [
      ...'abcxyz019 -/()&+,;',
      'é',
      'ệ',
      'đ',
      'ñ',
      'ß',
      'ø',
      'ǀ',
      'ж',
      'ё',
      'қ',
      'ө',
      '.',
      "'",
      ':',
      '_',
    ];
    const texts = Array.from({ length: 3_000 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 16) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
    expect(differing(texts)).toEqual([]);
  });
});

describe("words that are names of JavaScript objects' members", () => {
  it('are plain words: "set constructor", a city called "constructor" or "__proto__" do not crash or match', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(() => glossary.findConcepts(`set ${word} and prop maker`, { morphology: true }), word).not.toThrow();
      expect(() => normalizer.normalize(`${word} for film sets`), word).not.toThrow();
      expect(typeof cityKey(word), word).toBe('string');
    }
  });
});

// Made-up wording (not from any evaluation set): trade names for work that a fresh profile batch found missing or
// misread — department and job-board titles, and look-alike trades kept apart from production work.
describe('trade words: sound in Kazakh, modelling and game effects, cel-look CG, look-alike trades', () => {
  let normalizer: StatementNormalizer;
  beforeAll(async () => {
    const glossary = await shippedGlossary();
    normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
  });
  const subjectsOf = (text: string) => [
    ...new Set(normalizer.normalize(text).segments.flatMap((segment) => segment.subjects)),
  ];

  it('Kazakh: bare дыбыс is sound, not dubbing (дыбыстау); sound editing is its own work', () => {
    expect(subjectsOf('дыбыс монтажы')).toEqual(['sound-editing']);
    expect(subjectsOf('кино дыбысы және монтажшылар')).not.toContain('dubbing');
    expect(subjectsOf('сериалдарды қазақша дыбыстау')).toContain('dubbing');
    expect(subjectsOf('шу эффектілері')).toEqual(['foley']);
  });

  it('sync sound (синхронды дыбыс, синхронный звук, suara sinkron) is recorded on set, not lip-sync dubbing', () => {
    expect(subjectsOf('синхронды дыбыс, бум-оператор')).toContain('sound-recording');
    expect(subjectsOf('синхронды дыбыс, бум-оператор')).not.toContain('dubbing-adaptation');
    expect(subjectsOf('синхронный звук на площадке')).toEqual(['sound-recording']);
    expect(subjectsOf('perekaman suara sinkron untuk film pendek')).toContain('sound-recording');
    // Lip-sync in dubbing stays dubbing work.
    expect(subjectsOf('ерін синхроны')).toEqual(['dubbing-adaptation']);
  });

  it("an animation's colour script in Kazakh and Russian is background art, not a screenplay", () => {
    expect(subjectsOf('түс сценарийін жасайтын суретші')).toContain('background-art');
    expect(subjectsOf('түс сценарийін жасайтын суретші')).not.toContain('screenwriting');
    expect(subjectsOf('цветовой сценарий для мультфильма')).toContain('background-art');
    expect(subjectsOf('цветовой сценарий для мультфильма')).not.toContain('screenwriting');
  });

  it('low-poly modelling is modelling, not foley (폴리)', () => {
    expect(subjectsOf('로우 폴리 소품 모델링')).toContain('3d-modeling');
    expect(subjectsOf('로우 폴리 소품 모델링')).not.toContain('foley');
    expect(subjectsOf('ローポリの背景アセット')).toContain('3d-modeling');
  });

  it('game effects by their job titles, cel-look CG, facial rigs', () => {
    expect(subjectsOf('모바일 RPG 이펙트 디자이너 채용')).toContain('real-time-vfx');
    expect(subjectsOf('エフェクトデザイナー募集')).toContain('real-time-vfx');
    expect(subjectsOf('ロボットアニメのトゥーンシェーディング')).toContain('toon-shaded-cg');
    expect(subjectsOf('facial rig for a creature')).toEqual(['facial-rigging']);
  });

  it('look-alike trades: fireworks and riding tours are outside production work', () => {
    expect(subjectsOf('여름 축제 불꽃놀이 대행')).toContain('fireworks-and-stage-effects');
    expect(subjectsOf('여름 축제 불꽃놀이 대행')).not.toContain('special-effects');
    expect(subjectsOf('конные туры по Алтаю')).toEqual(['tourism']);
  });

  it('Mongolian: genitive, plural and instrumental endings on a known word (трюкийн, каскадёруудын, гримчинээр)', () => {
    expect(subjectsOf('трюкийн зохион байгуулагч')).toEqual(['stunt-coordination']);
    expect(subjectsOf('каскадёруудын')).toEqual(['stunt-coordination']);
    expect(subjectsOf('гримчинээр')).toEqual(['makeup']);
    expect(wordStems('трюкийн', 'cyrillic')).toContain('трюк');
    const course = normalizer.normalize('тоглоомын эффектийн сургалт').segments[0];
    expect(course?.subjects).toEqual(['real-time-vfx']);
    expect(course?.modes).toEqual(['training']);
    expect(normalizer.normalize('ศิษย์เก่าของเรา').segments[0]?.modes).toEqual(['graduate']);
  });

  it('Uzbek mikshirlash and fake blood as makeup effects', () => {
    expect(subjectsOf('serial ovozini mikshirlash')).toContain('sound-mixing');
    expect(subjectsOf('бутафорская кровь и раны')).toContain('sfx-makeup');
  });

  it('3D game character animation in Mongolian, Kazakh and Korean is game animation, not animation at large', () => {
    expect(subjectsOf('Тоглоомын 3D дүрийн анимаци')).toEqual(['game-animation']);
    expect(subjectsOf('Ойын кейіпкерлерінің 3D анимациясы')).toEqual(['game-animation']);
    expect(subjectsOf('인게임 캐릭터 애니메이션')).toEqual(['game-animation']);
    expect(subjectsOf('Морьтой дүрийн хөдөлгөөн')).toEqual(['3d-character-animation']);
  });

  it('"of course" is no course and 교육용 (educational content) no teaching; staff training still is', () => {
    for (const text of ['of course we can help with VFX', '유아 교육용 3D 애니메이션 콘텐츠 제작']) {
      const statement = normalizer.normalize(text);
      expect(statement.concepts, text).not.toContain('training');
      expect(statement.delivery.teaches, text).toBe(false);
    }
    expect(normalizer.normalize('사내 직원 교육').delivery.teaches).toBe(true);
  });

  it('event hostesses and paid crowds are outside production work; Thai extras and child actors are casting', () => {
    expect(subjectsOf('พริตตี้ พีซี พนักงานต้อนรับ สำหรับงานอีเว้นท์')).toEqual(['event-promotional-staff']);
    expect(subjectsOf('ทีมแคสติ้ง หานักแสดงประกอบ นักแสดงเด็ก')).toEqual(expect.arrayContaining(['extras-casting', 'actor']));
    expect(subjectsOf('ทีมแคสติ้ง หานักแสดงประกอบ นักแสดงเด็ก')).not.toContain('event-promotional-staff');
  });

  it("Mongolian dubbing words: voice actors, children's voices, the dubbing director", () => {
    expect(subjectsOf('дуу оруулагч жүжигчид, хүүхдийн хоолой, дуу оруулалтын найруулагч')).toEqual([
      'voice-acting',
      'dubbing-direction',
    ]);
    expect(subjectsOf('Монгол хэлээр дуу оруулах жүжигчид')).toEqual(['voice-acting']);
  });

  it('Mongolian riding tours and lessons are tourism; horse stunts and trained horses are film work', () => {
    expect(subjectsOf('Хүүхэд, томчуудад морь унах сургалт')).toEqual(['tourism']);
    expect(subjectsOf('Морин аялал 1–10 хоног')).toEqual(['tourism']);
    expect(subjectsOf('Морин трюк')).toEqual(['horse-stunts']);
    expect(subjectsOf('Зураг авалтад сургасан морь')).toEqual(['animal-wrangling']);
  });

  it('Mongolian and Thai: makeup, wranglers, stunts; ลิปซิงค์ spelt with ค', () => {
    expect(subjectsOf('гримчин')).toEqual(['makeup']);
    expect(subjectsOf('адуучин')).toEqual(['animal-wrangling']);
    expect(subjectsOf('трюк')).toEqual(['stunt-coordination']);
    expect(subjectsOf('งานลิปซิงค์')).toContain('dubbing');
  });

  it('an ending is read off every way its letters allow, in the order a word takes endings (құрылысы, регионы)', () => {
    // Kazakh: a possessive -ы after a stem in -с, not -сы after -л; Russian: the plural -ы, not a Turkic -ны.
    expect(wordStems('құрылысы', 'cyrillic')).toContain('құрылыс');
    expect(wordStems('регионы', 'cyrillic')).toContain('регион');
    expect(wordStems('пульті', 'cyrillic')).toContain('пульт');
    // A Russian ending ends the word: no Turkic case before it (монтажные is no монтаж + -ны + -е).
    expect(wordStems('монтажные', 'cyrillic')).not.toContain('монтаж');
    expect(wordStems('экрандау', 'cyrillic')).not.toContain('экран');
    expect(subjectsOf('LED экран')).not.toContain('adaptation-writing');
    // The vowel a Russian genitive plural gains (раскадровка → раскадровок).
    expect(subjectsOf('пять раскадровок')).toEqual(['storyboarding']);
  });

  it('Mongolian dative-locative -д / -т and the plural -чид of a person in -ч', () => {
    expect(wordStems('эвлүүлэгт', 'cyrillic')).toContain('эвлүүлэг');
    expect(wordStems('наадамд', 'cyrillic')).toContain('наадам');
    expect(subjectsOf('хөгжмийн зохиолчид')).toEqual(['composer']);
    // Not after a short stem: стенды and стены stay apart.
    expect(wordStems('стенд', 'cyrillic')).not.toContain('стен');
  });

  it("Uzbek (Latin): words with o' and g', and -miz after a vowel", () => {
    expect(wordStems("mashg'ulotlari", 'latin')).toContain("mashg'ulot");
    expect(subjectsOf("o'yinlarni ishlab chiqarish")).toEqual(['games-and-cinematics']);
    expect(subjectsOf('animatsiyamiz')).toEqual(['animation']);
  });

  it('Indonesian: an affixed word on a root in -ing, cut like English -ing when keyed (penyunting ~ penyuntingan)', () => {
    // "penyuntingan gambar" is a form; "penyunting" is keyed "penyunt", its root "sunting" is found all the same.
    expect(subjectsOf('penyunting gambar')).toEqual(['film-editing']);
    expect(wordStems('penyunt', 'latin')).toContain('sunting');
  });
});
