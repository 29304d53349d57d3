/**
 * Where word forms meet names and places: a Korean particle is stripped only where what remains is a known form (or
 * the word as written is not one), a Vietnamese word with its tone marks meets only the same marks, an acronym keeps
 * its letters, a person's name that holds a place is still a person, and an alias is learnt inside one sentence.
 * A small made-up lexicon, so each rule is seen on its own.
 */
import { describe, expect, it } from 'vitest';
import { hasPerson } from '../../src/answer/name-units.js';
import { createAliasIndex, extractAliasPairs, groupAliases } from '../../src/knowledge/article-aliases.js';
import { createGlossary } from '../../src/knowledge/glossary.js';
import { articleAliasPairs } from '../../src/retrieval/learnt-aliases.js';
import { lexicalTerms, weightedQueryTerms } from '../../src/retrieval/lexical-terms.js';
import { vietnameseSpelling } from '../../src/retrieval/text-normalize.js';

const glossary = createGlossary([
  { id: 'hanoi', category: 'place', en: ['Hanoi'], ko: ['하노이'], vi: ['Hà Nội'] },
  { id: 'ukraine', category: 'place', en: ['Ukraine'], ko: ['우크라이나'] },
  { id: 'korea', category: 'place', en: ['Korea'], ko: ['한국'] },
  { id: 'da-nang', category: 'place', en: ['Da Nang'], vi: ['Đà Nẵng'] },
  { id: 'hue', category: 'place', en: ['Hue'] },
  { id: 'thanh-hoa', category: 'place', en: ['Thanh Hoa'], vi: ['Thanh Hóa'] },
  { id: 'kobe', category: 'place', en: ['Kobe'] },
  { id: 'kocca', category: 'organization', en: ['KOCCA'] },
  { id: 'sydney', category: 'place', en: ['Sydney'] },
  { id: 'south-korea', category: 'place', en: ['South Korea'] },
  { id: 'paris', category: 'place', en: ['Paris'] },
  { id: 'conference', category: 'concept', en: ['conference'], ko: ['국제회의'] },
  { id: 'studio', category: 'organization', en: ['studio'], ko: ['스튜디오'], vi: ['hãng phim'] },
]);

const found = (text: string, morphology = false) =>
  glossary.findConcepts(text, { morphology }).map((hit) => `${hit.conceptId}:${hit.surface}`);

describe('Korean particles and the names they end like', () => {
  it('a name whose last syllable is also a particle keeps it, bare or before another particle', () => {
    for (const morphology of [false, true]) {
      expect(found('하노이 스튜디오', morphology)).toEqual(['hanoi:하노이', 'studio:스튜디오']);
      expect(found('하노이의 스튜디오와 우크라이나', morphology)).toEqual([
        'hanoi:하노이',
        'studio:스튜디오',
        'ukraine:우크라이나',
      ]);
      expect(found('하노이에서 열린 국제회의에 한국이 왔다', morphology)).toEqual([
        'hanoi:하노이',
        'conference:국제회의',
        'korea:한국',
      ]);
    }
  });

  it('a name learnt from an article is never cut at a particle-like last syllable', () => {
    const aliases = createAliasIndex(groupAliases(extractAliasPairs('베트남 제작사 카이나(Kaina)가 문을 열었다.')));
    expect(aliases.groups.map((group) => group.forms)).toEqual([['Kaina', '카이나']]);
    const key = aliases.find('Kaina')[0]?.key;
    expect(key).toBeDefined();
    expect(aliases.find('카이나 스튜디오').map((hit) => hit.key)).toEqual([key]);
    expect(aliases.find('카이나와 계약').map((hit) => hit.key)).toEqual([key]);
    expect(aliases.find('카이와 계약')).toEqual([]);
  });
});

describe('Vietnamese tone marks', () => {
  it('two marked forms meet only with the same marks; a name in plain Latin meets any', () => {
    for (const morphology of [false, true]) {
      expect(found('Khu vực đa năng của hãng phim', morphology)).toEqual(['studio:hãng phim']);
      expect(found('Thành phố Đà Nẵng và Da Nang', morphology)).toEqual(['da-nang:đà nẵng', 'da-nang:da nang']);
      expect(found('Hang phim o Da Nang', morphology)).toEqual(['studio:hang phim', 'da-nang:da nang']);
      expect(found('Cố đô Huế', morphology)).toEqual(['hue:huế']);
      // Where the tone mark sits on "oa" is a spelling habit, not another word.
      expect(found('Thanh Hoá', morphology)).toEqual(['thanh-hoa:thanh hoá']);
    }
  });
});

describe("the English stemmer's stems of another language's forms", () => {
  const lexicon = createGlossary([
    { id: 'training', category: 'concept', en: ['training'], uz: ['trening'], vi: ['đào tạo'] },
    { id: 'casting', category: 'skill', en: ['casting'], uz: ['kasting'] },
    { id: 'marketing', category: 'skill', en: ['film marketing'], uz: ['marketing'] },
  ]);
  const foundIn = (text: string, morphology: boolean) =>
    lexicon.findConcepts(text, { morphology }).map((hit) => `${hit.conceptId}:${hit.surface}`);
  it('a word written as the bare stem of a foreign form is not that form; the form itself and English stems are', () => {
    for (const morphology of [false, true]) {
      // Uzbek "trening" and "kasting" are keyed tren and kast by the English stemmer: Vietnamese "trên" (on) and
      // Indonesian "tren" (trend) are no training, and "kast" is no word of any form.
      expect(foundIn('Phim được chiếu trên truyền hình', morphology)).toEqual([]);
      expect(foundIn('Tren pasar streaming naik', morphology)).toEqual([]);
      expect(foundIn('kast', morphology)).toEqual([]);
      expect(foundIn("Trening va kasting o'tkazildi", morphology)).toEqual(['training:trening', 'casting:kasting']);
      // An English form's bare stem is an English word of it (train ~ training, cast ~ casting).
      expect(foundIn('They train and cast new actors', morphology)).toEqual(['training:train', 'casting:cast']);
      // "marketing" is English only inside "film marketing": the Uzbek form alone does not make "market" one.
      expect(foundIn('The market grew', morphology)).toEqual([]);
      expect(foundIn('Marketing bo‘limi', morphology)).toEqual(['marketing:marketing']);
    }
  });

  it("a word with Vietnamese marks is read by no other language's endings or affixes", () => {
    // Made-up forms on the stems the Indonesian suffix -i and the Uzbek locative -da would leave.
    const forms = createGlossary([
      { id: 'tuning', category: 'concept', en: ['tuning'], ind: ['nguo'] },
      { id: 'lodging', category: 'concept', en: ['lodging'], uz: ['hotel'] },
    ]);
    const hits = (text: string) => forms.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);
    expect(hits('nguoi')).toEqual(['tuning']);
    expect(hits('hotelda')).toEqual(['lodging']);
    // Vietnamese "người" (person) folds to nguoi and "hotelđa" to hotelda, but neither takes an ending.
    expect(hits('người')).toEqual([]);
    expect(hits('hotelđa')).toEqual([]);
  });
});

describe('Vietnamese tone marks in the lexical index', () => {
  /** The word terms a question and a passage share (not name keys, which are loose by design). */
  const shared = (question: string, passage: string) => {
    const asked = new Set(weightedQueryTerms(question, undefined).map((term) => term.term));
    return [...new Set(lexicalTerms(passage, undefined))].filter((term) => asked.has(term) && !term.startsWith('%'));
  };
  it('a marked question word finds the same marks or plain Latin, never other marks', () => {
    const nang = `ʋ${vietnameseSpelling('nẵng')}`;
    expect(shared('Văn phòng ở Đà Nẵng', 'Khu vực đa năng của hãng')).toEqual([]);
    expect(shared('Văn phòng ở Đà Nẵng', 'Hãng mở văn phòng ở Đà Nẵng')).toContain(nang);
    expect(shared('Văn phòng ở Đà Nẵng', 'The office in Da Nang')).toEqual(['nang']);
    expect(shared('Office in Da Nang', 'Văn phòng ở Đà Nẵng')).toEqual(['nang°']);
    expect(shared('Office in Da Nang', 'The office in Da Nang')).toEqual(['office', 'nang']);
  });
});

describe('acronyms with a Latin case ending', () => {
  it('an all-capital word is never stemmed into a lexicon word written in small letters', () => {
    for (const morphology of [false, true]) {
      expect(found('KOBETA signed the agreement with KOBEDA', morphology)).toEqual([]);
      expect(found("KOCCA's office and KOCCAga, then Kobe", morphology)).toEqual([
        "kocca:kocca's",
        'kocca:koccaga',
        'kobe:kobe',
      ]);
    }
    // The same letters written as a word take their ending: Uzbek "Kobeda" is "in Kobe".
    expect(found('Kobeda', true)).toEqual(['kobe:kobeda']);
  });
});

describe('names that hold a place', () => {
  const none = new Set<string>();
  it('a run of name words with a place inside is a person unless the run is itself a place', () => {
    expect(hasPerson('The remake was directed by Sydney Pollack in 1975.', none, glossary)).toBe(true);
    expect(hasPerson('The heiress Paris Hilton opened the show.', none, glossary)).toBe(true);
    expect(hasPerson('The crew flew to South Korea in May.', none, glossary)).toBe(false);
    expect(hasPerson('The crew flew from Paris to Sydney in May.', none, glossary)).toBe(false);
  });
});

describe('aliases an article states', () => {
  it('are learnt inside one sentence: a name ending the sentence before is no part of the next one', () => {
    const pairs = articleAliasPairs(
      'The fund met in Kyiv. Korea Creative Content Agency (KOCCA) signed it.\nIt came to Seoul. Mr. Park joined.',
    );
    expect(pairs).toEqual([['Korea Creative Content Agency', 'KOCCA']]);
    expect(articleAliasPairs('Funding came from the U.S. Agency for International Development (USAID).')).toEqual([
      ['U.S. Agency for International Development', 'USAID'],
    ]);
  });
});
