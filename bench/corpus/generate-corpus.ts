/**
 * The deterministic synthetic corpus: content-industry news articles in English (half),
 * Korean and Vietnamese (a quarter each), about fictional studios, training centres and
 * their partners, each carrying two or three unique facts among background sentences that
 * reuse the same skills, places, organizations and numbers. Every fact can be asked as a
 * question in any of the three languages; the passage that answers it is the chunk that
 * contains the fact sentence (its "marker").
 */
import type { Article } from '../../src/knowledge/article-schema.js';
import { SeededRandom } from './seeded-random.js';
import {
  type Fact,
  type FactType,
  factKey,
  type Money,
  type Organization,
  type Person,
  renderFact,
  renderFiller,
  renderQuestion,
  renderTitle,
} from './sentence-templates.js';
import {
  brandFirstParts,
  brandSecondParts,
  type CorpusLanguage,
  englishFamilyNames,
  englishGivenNames,
  formats,
  koreanFamilyNames,
  koreanFirstParts,
  koreanGivenNames,
  places,
  skills,
  vietnameseFamilyNames,
  vietnameseFirstParts,
  vietnameseGivenNames,
} from './vocabulary.js';

export interface CorpusQuestion {
  id: string;
  question: string;
  language: CorpusLanguage;
  passageLanguage: CorpusLanguage;
  kind: 'monolingual' | 'cross-language';
  factType: FactType;
  articleId: string;
  /** The fact sentence: a passage answers the question when its text contains this. */
  marker: string;
}

export interface CorpusOptions {
  /** Approximate number of chunks the core's chunker will make (900 characters, 150 overlap). */
  targetChunks: number;
  seed?: number;
  /** Questions asked in the language of their passage (split evenly across en, ko, vi). */
  monolingualQuestions?: number;
  /** Questions asked in another language than their passage (ko→en, vi→en, en→ko, en→vi, evenly). */
  crossLanguageQuestions?: number;
  /**
   * Streaming (the --huge tier): each article goes to `emit` as it is made instead of into `articles` (left empty),
   * and only the facts of every `keepFactsEvery`-th article are kept for questions, so memory stays flat. The same
   * seed makes the same articles either way.
   */
  emit?: (article: Article) => void;
  keepFactsEvery?: number;
}

export interface GeneratedCorpus {
  seed: number;
  articles: Article[];
  questions: CorpusQuestion[];
  factCount: number;
  /** UTF-8 bytes of all article texts and titles. */
  textBytes: number;
  /** What V8 needs for the same strings: one byte a character when all are Latin-1, two otherwise. */
  textStringBytes: number;
  languages: Record<CorpusLanguage, number>;
}

export const defaultCorpusSeed = 20_251_122;

function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Every organization name the vocabulary allows, in a seeded order. */
function organizationPool(random: SeededRandom): Organization[] {
  const pool: Organization[] = [];
  for (const first of brandFirstParts) {
    for (const second of brandSecondParts) {
      const name = `${first} ${second.en}`;
      // Latin brand names stay in Latin script in Korean and Vietnamese articles.
      pool.push({ names: { en: name, ko: name, vi: name } });
    }
  }
  for (const first of koreanFirstParts) {
    for (const second of brandSecondParts) {
      pool.push({
        names: {
          en: `${first.romanised} ${second.en}`,
          ko: `${first.ko}${second.ko}`,
          vi: `${first.romanised} ${second.en}`,
        },
      });
    }
  }
  for (const first of vietnameseFirstParts) {
    for (const second of brandSecondParts) {
      const name = `${first} ${second.vi}`;
      const folded = `${foldDiacritics(first)} ${second.en}`;
      pool.push({ names: { en: folded, ko: folded, vi: name } });
    }
  }
  return random.shuffle(pool);
}

function randomPerson(random: SeededRandom): Person {
  const origin = random.integer(0, 2);
  if (origin === 0) {
    const family = random.pick(koreanFamilyNames);
    const given = random.pick(koreanGivenNames);
    const romanised = `${family.romanised} ${given.romanised}`;
    return { names: { en: romanised, ko: `${family.ko}${given.ko}`, vi: romanised } };
  }
  if (origin === 1) {
    const name = `${random.pick(vietnameseFamilyNames)} ${random.pick(vietnameseGivenNames)}`;
    return { names: { en: foldDiacritics(name), ko: foldDiacritics(name), vi: name } };
  }
  const name = `${random.pick(englishGivenNames)} ${random.pick(englishFamilyNames)}`;
  return { names: { en: name, ko: name, vi: name } };
}

function randomMoney(random: SeededRandom): Money {
  return random.chance(0.5)
    ? { currency: 'krw', units: random.integer(5, 900) }
    : { currency: 'usd', units: random.integer(20, 5_000) };
}

const factTypes: readonly FactType[] = ['staff', 'office', 'programme', 'agreement', 'investment', 'leadership'];

function randomFact(type: FactType, organization: Organization, partner: Organization, random: SeededRandom): Fact {
  const skill = random.pickSkewed(skills, 0.6);
  const place = random.pickSkewed(places, 0.6);
  switch (type) {
    case 'staff':
      return { type, organization, skill, place, count: random.integer(4, 480) };
    case 'office':
      return { type, organization, place, month: random.integer(1, 12), year: random.integer(2012, 2025) };
    case 'programme':
      return {
        type,
        organization,
        skill,
        place,
        trainees: random.integer(8, 300),
        months: random.integer(2, 18),
        budget: randomMoney(random),
      };
    case 'agreement':
      return {
        type,
        organization,
        partner,
        format: random.pick(formats),
        count: random.integer(2, 40),
        day: random.integer(1, 28),
        month: random.integer(1, 12),
        year: random.integer(2016, 2025),
      };
    case 'investment':
      return { type, organization, partner, skill, place, amount: randomMoney(random) };
    case 'leadership':
      return { type, organization, place, person: randomPerson(random), year: random.integer(2010, 2025) };
  }
}

/** Chunks the core's splitter (900 characters, 150 overlap, paragraph and sentence separators) makes of a text this long; calibrated against it. */
export function estimatedChunkCount(length: number): number {
  return Math.max(1, Math.ceil((length - 120) / 760));
}

function stringBytes(text: string): number {
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: any code unit above one byte
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

const outlets: Record<CorpusLanguage, readonly string[]> = {
  en: ['Content Asia Daily', 'Screen Trade Weekly', 'Animation Business Review', 'Asia Media Journal'],
  ko: ['콘텐츠산업신문', '영상미디어일보', '한류비즈니스', '방송문화저널'],
  vi: ['Báo Điện ảnh', 'Tạp chí Nội dung Số', 'Tin tức Truyền thông', 'Diễn đàn Sáng tạo'],
};

interface StoredFact {
  fact: Fact;
  language: CorpusLanguage;
  articleId: string;
  marker: string;
}

export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const seed = options.seed ?? defaultCorpusSeed;
  const random = new SeededRandom(seed);
  const organizations = organizationPool(random);
  const usedKeys = new Set<string>();
  const facts: StoredFact[] = [];
  const articles: Article[] = [];
  const languages: Record<CorpusLanguage, number> = { en: 0, ko: 0, vi: 0 };
  let chunkEstimate = 0;
  let textBytes = 0;
  let textStringBytes = 0;
  let articleCount = 0;

  while (chunkEstimate < options.targetChunks) {
    const roll = random.next();
    const language: CorpusLanguage = roll < 0.5 ? 'en' : roll < 0.75 ? 'ko' : 'vi';
    const organization = random.pickSkewed(organizations, 0.3);
    let partner = random.pick(organizations);
    if (partner === organization)
      partner = organizations[(organizations.indexOf(organization) + 1) % organizations.length] as Organization;
    const id = `bench-${language}-${articleCount}`;

    const factSentences: string[] = [];
    const factCount = random.integer(2, 3);
    for (let attempt = 0; factSentences.length < factCount && attempt < factCount * 4; attempt += 1) {
      const fact = randomFact(random.pick(factTypes), organization, partner, random);
      const key = factKey(fact);
      if (usedKeys.has(key)) continue;
      usedKeys.add(key);
      const marker = renderFact(fact, language);
      if (articleCount % (options.keepFactsEvery ?? 1) === 0) facts.push({ fact, language, articleId: id, marker });
      factSentences.push(marker);
    }

    const mainSkill = random.pickSkewed(skills, 0.6);
    const mainPlace = random.pickSkewed(places, 0.6);
    const sentences: string[] = [];
    const fillerCount = random.integer(language === 'en' ? 8 : 11, language === 'en' ? 20 : 27);
    for (let index = 0; index < fillerCount; index += 1) {
      const skill = random.chance(0.5) ? mainSkill : random.pickSkewed(skills, 0.6);
      const place = random.chance(0.5) ? mainPlace : random.pickSkewed(places, 0.6);
      const subject = random.chance(0.7) ? organization : random.pick(organizations);
      sentences.push(renderFiller({ organization: subject, skill, place, random }, language));
    }
    for (const sentence of factSentences) sentences.splice(random.integer(0, sentences.length), 0, sentence);

    const paragraphs: string[] = [];
    for (let start = 0; start < sentences.length;) {
      const length = random.integer(2, 5);
      paragraphs.push(sentences.slice(start, start + length).join(' '));
      start += length;
    }
    const text = paragraphs.join('\n\n');
    const title = renderTitle(organization, partner, mainSkill, mainPlace, language, random);
    const month = random.integer(1, 12);
    const article: Article = {
      id,
      title,
      language,
      outlet: random.pick(outlets[language]),
      published: `${random.integer(2019, 2025)}-${String(month).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
      tags: [],
      text,
      file: `${id}.md`,
    };
    if (options.emit) options.emit(article);
    else articles.push(article);
    articleCount += 1;
    languages[language] += 1;
    chunkEstimate += estimatedChunkCount(text.length);
    textBytes += Buffer.byteLength(text) + Buffer.byteLength(title);
    textStringBytes += stringBytes(text) + stringBytes(title);
  }

  return {
    seed,
    articles,
    questions: sampleQuestions(facts, options, random),
    factCount: facts.length,
    textBytes,
    textStringBytes,
    languages,
  };
}

function sampleQuestions(facts: StoredFact[], options: CorpusOptions, random: SeededRandom): CorpusQuestion[] {
  const byLanguage: Record<CorpusLanguage, StoredFact[]> = { en: [], ko: [], vi: [] };
  for (const fact of facts) byLanguage[fact.language].push(fact);
  for (const list of Object.values(byLanguage)) random.shuffle(list);
  const taken = { en: 0, ko: 0, vi: 0 };
  const take = (language: CorpusLanguage): StoredFact | undefined => byLanguage[language][taken[language]++];
  const questions: CorpusQuestion[] = [];
  const add = (stored: StoredFact | undefined, language: CorpusLanguage, kind: CorpusQuestion['kind']) => {
    if (!stored) return;
    questions.push({
      id: `q${questions.length}`,
      question: renderQuestion(stored.fact, language),
      language,
      passageLanguage: stored.language,
      kind,
      factType: stored.fact.type,
      articleId: stored.articleId,
      marker: stored.marker,
    });
  };
  const monolingual = options.monolingualQuestions ?? 240;
  for (let index = 0; index < monolingual; index += 1) {
    const language = (['en', 'ko', 'vi'] as const)[index % 3] as CorpusLanguage;
    add(take(language), language, 'monolingual');
  }
  const crossLanguage = options.crossLanguageQuestions ?? 120;
  const directions: [CorpusLanguage, CorpusLanguage][] = [
    ['ko', 'en'],
    ['vi', 'en'],
    ['en', 'ko'],
    ['en', 'vi'],
  ];
  for (let index = 0; index < crossLanguage; index += 1) {
    const [questionLanguage, passageLanguage] = directions[index % directions.length] as [
      CorpusLanguage,
      CorpusLanguage,
    ];
    add(take(passageLanguage), questionLanguage, 'cross-language');
  }
  return questions;
}

/** The article as a knowledge file (front matter + Markdown body), as `matchcut ingest` stores it. */
export function articleFile(article: Article): string {
  const frontMatter = [
    '---',
    `id: ${article.id}`,
    `title: ${JSON.stringify(article.title)}`,
    `language: ${article.language}`,
    article.outlet ? `outlet: ${JSON.stringify(article.outlet)}` : undefined,
    article.published ? `published: ${article.published}` : undefined,
    '---',
  ].filter((line) => line !== undefined);
  return `${frontMatter.join('\n')}\n\n${article.text}\n`;
}
