import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';
import { findByline } from '../../src/knowledge/capture-metadata.js';
import { classifyLine, cleanCapture } from '../../src/knowledge/clean-capture.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const captures = path.join(repositoryRoot, 'test', 'fixtures', 'captures');

interface Expected {
  file: string;
  language: string;
  title: string;
  author: string;
  keeps: string[];
  /** Bylines and other furniture that must not be left in the text an answer quotes. */
  drops: string[];
}

const expectations: Expected[] = [
  {
    // Possessives ("Hong Kong's", "studio's", "Tokyo's") are not Uzbek oʻ/gʻ.
    file: 'en-possessive-market.txt',
    language: 'en',
    title: "Hong Kong's animation fund backs 12 studio projects",
    author: 'Daniel Reyes',
    keeps: ['Each project can receive up to HK$3 million, and the winners must start production within 18 months.'],
    drops: ['Daniel Reyes', 'Staff Reporter', 'Reporting by', 'Related stories'],
  },
  {
    // A hard-wrapped Korean capture: the headline ends "…키운다" and a deck follows it; neither is joined to the other.
    file: 'ko-wrapped-webtoon.txt',
    language: 'ko',
    title: '청람웹툰, 대전에 창작 스튜디오 열고 신인 작가 20명 키운다',
    author: '이수진',
    keeps: [
      '웹툰 제작사 청람웹툰이 대전 유성구에 창작 스튜디오를 열고 신인 작가 20명을 선발해 1년 동안 육성한다고 20일 밝혔다.',
    ],
    drops: ['이수진', '기자', '입력', '관련기사'],
  },
  {
    // A headline wrapped over two lines is one title.
    file: 'ru-wrapped-studio.txt',
    language: 'ru',
    title: 'В Екатеринбурге открылась студия компьютерной анимации для выпускников колледжей',
    author: 'Олег Миронов',
    keeps: ['По его словам, в первый год студия возьмет 25 стажеров, а лучшие из них получат постоянную работу.'],
    drops: ['Олег Миронов', 'корреспондент', 'Опубликовано', 'Читайте также'],
  },
  {
    // Japanese wraps at any character: the headline's second line is part of it, and "3DCGと\nVFX" takes no space.
    file: 'ja-wrapped-school.txt',
    language: 'ja',
    title: 'さくら映像学院、名古屋にCG専門コースを新設 初年度は40人を募集',
    author: '佐藤花子',
    keeps: [
      '専門学校のさくら映像学院は4月8日、名古屋校に3DCGとVFXを学ぶ2年制の専門コースを新設すると発表した。',
      '学院長の鈴木一郎氏は「即戦力となる人材を育てたい」と話した。',
    ],
    drops: ['佐藤花子', '関連記事', 'ツイート'],
  },
  {
    // A reporter's line between the lead and the rest of the text.
    file: 'vi-byline-academy.txt',
    language: 'vi',
    title: 'Học viện Sông Hàn mở lớp kỹ xảo miễn phí cho 60 sinh viên',
    author: 'Minh Anh',
    keeps: ['Học viên hoàn thành khóa học sẽ được giới thiệu thực tập tại 8 studio đối tác ở Đà Nẵng và TP.HCM.'],
    drops: ['Phóng viên', 'Minh Anh', 'Tin liên quan'],
  },
];

describe('cleanCapture: language, title and bylines of hard-wrapped and mixed captures', () => {
  it.each(expectations)('$file', async (expected) => {
    const raw = await readFile(path.join(captures, expected.file), 'utf8');
    const language = detectLanguage(raw);
    expect(language).toBe(expected.language);
    const cleaned = cleanCapture(raw, { language });
    expect(cleaned.title).toBe(expected.title);
    expect(cleaned.author).toBe(expected.author);
    const sentences = splitSentences(cleaned.text);
    for (const sentence of expected.keeps) expect(sentences).toContain(sentence);
    for (const furniture of expected.drops) expect(cleaned.text).not.toContain(furniture);
  });
});

describe('bylines across languages', () => {
  const bylines: [string, string][] = [
    ['By Daniel Reyes, reporter', 'Daniel Reyes'],
    ['By Daniel Reyes, Staff Reporter.', 'Daniel Reyes'],
    ['Daniel Reyes, reporter', 'Daniel Reyes'],
    ['Reporting by Priya Nair; editing by Tom Walsh', 'Priya Nair'],
    ['Story by Daniel Reyes | Photos by Ana Lim', 'Daniel Reyes'],
    ['글·사진=이수진 기자', '이수진'],
    ['[한빛뉴스=이수진 기자]', '이수진'],
    ['부산=이수진 기자', '이수진'],
    ['이수진 기자 (sujin@news.example)', '이수진'],
    ['Phóng viên Minh Anh', 'Minh Anh'],
    ['Minh Anh (Phóng viên)', 'Minh Anh'],
    ['PV Minh Anh', 'Minh Anh'],
    ['Bài, ảnh: Minh Anh', 'Minh Anh'],
    ['Ирина Соколова, корреспондент', 'Ирина Соколова'],
    ['Автор — Ирина Соколова', 'Ирина Соколова'],
    ['（文・佐藤花子）', '佐藤花子'],
    ['佐藤花子 記者', '佐藤花子'],
  ];
  it.each(bylines)('%s names %s and is no text', (line, name) => {
    expect(findByline(line)).toBe(name);
    expect(classifyLine(line).kind).toBe('byline');
  });

  it('keeps sentences that only start like a byline', () => {
    expect(classifyLine('By then the studio had moved to Lisbon.').kind).not.toBe('byline');
    expect(classifyLine('Grace Lam, director of the fund, said the money will go to development.').kind).toBe('prose');
  });

  it('tells English possessives and contractions from Uzbek oʻ and gʻ', () => {
    expect(detectLanguage("Hong Kong's fund said Tokyo's studio didn't move its artists to Chicago's office")).toBe(
      'en',
    );
    expect(detectLanguage("Studiya o'z faoliyatini boshladi va yosh mutaxassislarni ishga oladi")).toBe('uz');
  });
});
