import type { Article } from '../../src/knowledge/article-schema.js';

const subjects = [
  'VFX',
  'animation',
  'webtoon',
  'colour grading',
  'sound design',
  'subtitling',
  'compositing',
  'editing',
];
const places = ['Seoul', 'Busan', 'Samarkand', 'Tashkent', 'Hanoi', 'Da Nang', 'Tokyo', 'Almaty'];

/** Deterministic articles for index tests (`count` articles of about six sentences). */
export function syntheticArticles(count: number, seed = 1): Article[] {
  const articles: Article[] = [];
  for (let index = 0; index < count; index += 1) {
    const subject = subjects[(index * 7 + seed) % subjects.length] as string;
    const place = places[(index * 3 + seed) % places.length] as string;
    const text = [
      `Studio ${index} in ${place} announced a ${subject} program number ${index * 13 + seed}.`,
      `The studio employs ${20 + (index % 90)} people and trains ${subject} artists for international projects.`,
      `Organizers in ${place} said the partnership will run for ${1 + (index % 5)} years with local schools.`,
      `Graduates join productions for broadcasters and streaming platforms across Asia.`,
      `The ${subject} course ${index} accepts ${10 + (index % 40)} trainees every season.`,
    ].join(' ');
    articles.push({
      id: `synthetic-${seed}-${index}`,
      title: `${subject} program ${index} in ${place}`,
      language: 'en',
      text,
      file: `synthetic-${index}.md`,
      tags: [],
    });
  }
  return articles;
}
