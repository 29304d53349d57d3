import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';
import { prepareArticle } from '../../src/knowledge/load-articles.js';
import { isCaptionLine } from '../../src/knowledge/photo-captions.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const captures = path.join(repositoryRoot, 'test', 'fixtures', 'captures');

async function prepare(name: string) {
  const file = path.join(captures, name);
  const { article, problems } = prepareArticle(file, await readFile(file, 'utf8'), 'fallback');
  expect(problems).toEqual([]);
  if (!article) throw new Error(`${name} gave no article`);
  return article;
}

const labSentences = [
  'Harbor Light Pictures said on Monday it will open a documentary lab in Busan this spring, taking 15 young directors for a six-month program.',
  'The lab will give each director a grant of 20 million won and access to an editing suite, the company said in a statement.',
];
/** Breadcrumbs, mastheads, separators, captions, credits and Markdown link syntax. */
const labFurniture = [
  'Home',
  'Documentary ›',
  'Reelwire',
  '===',
  '***',
  'Photo',
  'Courtesy',
  'Yonhap',
  'Haeundae',
  '](',
];

describe('one capture as .txt, .md and .html: same title, date, byline and text', () => {
  it.each(['en-breadcrumb-lab.txt', 'en-breadcrumb-lab.md', 'en-breadcrumb-lab.html'])('%s', async (name) => {
    const article = await prepare(name);
    // Not the breadcrumb line above the heading, nor the site's tagline above its log-in row.
    expect(article.title).toBe('Harbor Light Pictures opens a documentary lab in Busan for 15 young directors');
    expect(article).toMatchObject({ language: 'en', published: '2025-03-03', author: 'Claire Whitman' });
    const sentences = splitSentences(article.text);
    for (const sentence of labSentences) expect(sentences).toContain(sentence);
    expect(article.text).toMatch(/Applications close on April 10, and the first class starts in May, /u);
    for (const furniture of labFurniture) expect(article.text).not.toContain(furniture);
  });
});

describe('title, date and byline in Markdown and HTML captures across languages', () => {
  const cases: [string, { title: string; published: string; author: string }, string[]][] = [
    [
      'ko-separator-masthead.md',
      {
        title: '부산영상위원회, 신인 다큐 감독 15명 선발해 6개월 제작 지원',
        published: '2025-03-03',
        author: '김도윤',
      },
      ['사진', '편집실에서 작업', '홈', '기자'],
    ],
    [
      'ko-separator-masthead.html',
      {
        title: '부산영상위원회, 신인 다큐 감독 15명 선발해 6개월 제작 지원',
        published: '2025-03-03',
        author: '김도윤',
      },
      ['사진', '▲', '기자', '입력'],
    ],
    [
      'vi-masthead-captions.html',
      // "Thu" is her name here, not Thursday.
      {
        title: 'Studio Mây Xanh mở xưởng hoạt hình ở Huế, tuyển 45 họa sĩ trẻ',
        published: '2025-11-04',
        author: 'Thu Hà',
      },
      ['Ảnh', 'làm việc tại xưởng', 'Phóng viên'],
    ],
    [
      'ru-school-breadcrumbs.md',
      { title: 'В Казани откроют школу анимации на 120 студентов', published: '2025-11-12', author: 'Ирина Соколова' },
      ['Фото', 'Главная', 'корреспондент'],
    ],
    [
      'ja-studio-breadcrumbs.md',
      {
        title: 'ひかり動画、仙台に3DCGスタジオを開設 2027年までに120人を採用へ',
        published: '2026-11-04',
        author: '高橋健',
      },
      ['写真', 'ホーム', '文：'],
    ],
  ];
  it.each(cases)('%s', async (name, expected, drops) => {
    const article = await prepare(name);
    expect(article).toMatchObject(expected);
    expect(splitSentences(article.text).length).toBeGreaterThanOrEqual(2);
    for (const furniture of drops) expect(article.text).not.toContain(furniture);
  });
});

describe('Markdown headings', () => {
  it("takes the heading that names the text, not a level-one heading holding the site's name", async () => {
    const article = await prepare('en-site-heading-lab.md');
    expect(article).toMatchObject({
      title: 'Harbor Light Pictures opens a documentary lab in Busan for 15 young directors',
      published: '2025-03-03',
      author: 'Claire Whitman',
    });
    expect(splitSentences(article.text)).toEqual([
      ...labSentences,
      'Applications close on April 10, and the first class starts in May, the company added.',
    ]);
  });
});

describe('a capture tool header (Title, URL Source, Published Time, Markdown Content)', () => {
  it('gives the title without the site name, the address and the date when no heading stands above the text', async () => {
    const article = await prepare('en-capture-header.md');
    expect(article).toMatchObject({
      title: 'Harbor Light Pictures opens a documentary lab in Busan',
      url: 'https://reelwire.example/news/harbor-light-lab',
      published: '2025-03-03',
    });
    expect(splitSentences(article.text)).toEqual(labSentences);
  });
});

describe('mastheads, separator lines and captions in plain-text captures', () => {
  it('Korean: the headline between ==== lines, not the menu above them; captions and credit tails dropped', async () => {
    const article = await prepare('ko-separator-masthead.txt');
    expect(article).toMatchObject({
      title: '부산영상위원회, 신인 다큐 감독 15명 선발해 6개월 제작 지원',
      language: 'ko',
      published: '2025-03-03',
      author: '김도윤',
    });
    expect(splitSentences(article.text)).toEqual([
      '부산영상위원회는 신인 다큐멘터리 감독 15명을 선발해 6개월 동안 제작을 지원한다고 3일 밝혔다.',
      '선발된 감독에게는 1인당 2천만 원의 제작비와 편집실 사용 권한이 주어진다.',
      '신청은 4월 10일까지이며 첫 교육은 5월에 시작한다고 위원회는 설명했다.',
    ]);
  });

  it('Vietnamese: the headline, not the tagline nor breadcrumbs ending with it; "Ảnh:" and "(Ảnh: …)" dropped', async () => {
    const article = await prepare('vi-masthead-captions.txt');
    expect(article).toMatchObject({
      title: 'Studio Mây Xanh mở xưởng hoạt hình ở Huế, tuyển 45 họa sĩ trẻ',
      language: 'vi',
      published: '2025-11-04',
      author: 'Thu Hà',
    });
    for (const furniture of ['Ảnh', 'ngày khai trương', 'Tin tức điện ảnh', 'Đăng nhập', '*', '›'])
      expect(article.text).not.toContain(furniture);
    expect(splitSentences(article.text)).toHaveLength(3);
  });

  it('Russian: with no headline in the capture, the site tagline above its log-in row is not taken as the title', async () => {
    const article = await prepare('ru-masthead-no-headline.txt');
    expect(article.title).toBe('ru-masthead-no-headline');
    expect(article.language).toBe('ru');
    expect(article.text).not.toContain('Фото');
    expect(article.text).not.toContain('Новости индустрии');
    expect(splitSentences(article.text)).toHaveLength(3);
  });
});

describe('hard-wrapped Japanese and Korean', () => {
  it('Japanese wrapped by display columns joins without spaces, Latin words and figures included', async () => {
    const article = await prepare('ja-column-wrapped-studio.txt');
    expect(article.title).toBe('ひかり動画、仙台に3DCGスタジオを開設 2027年までに120人を採用へ');
    const sentences = splitSentences(article.text);
    expect(sentences).toContain(
      'アニメ制作会社のひかり動画は11月4日、宮城県仙台市に3DCGとVFXを手がける新スタジオ「ひかり動画 仙台スタジオ」を開設すると発表した。',
    );
    expect(sentences).toContain(
      '新スタジオは仙台駅から徒歩5分のオフィスビルに入居し、延べ床面積は約1,500平方メートル。',
    );
    expect(article.text).not.toContain('写真');
  });

  it('Korean cut at a fixed width mid-word and mid-number joins without a space, except where the cut fell on one', async () => {
    const article = await prepare('ko-fixed-width-studio.txt');
    const sentences = splitSentences(article.text);
    expect(sentences).toContain('투자 규모는 총 1,200,000,000원이며 2027년 3월까지 단계적으로 인력을 늘린다.');
    expect(sentences).toContain('실습생에게는 월 1,500,000원의 지원금이 지급된다.');
    expect(article.text).toContain('재학생 현장 실습 과정도 함께 운영한다.');
    expect(article.text).toContain('애니메이션 제작자로 성장할 수 있는 환경을 만들겠다');
    // The same article wrapped at word breaks keeps its spaces: both give one text.
    expect((await prepare('ko-word-wrapped-studio.txt')).text).toBe(article.text);
  });
});

describe('photo captions and credits across languages', () => {
  const captions = [
    'Photo: Harbor Light Pictures',
    '(Photo = Harbor Light Pictures) Directors at the editing suite in Haeundae',
    '[Photo by Kim Min-ji]',
    'Courtesy of Harbor Light Pictures',
    'Directors at the editing suite in Haeundae. Photo by Kim Min-ji',
    'Kim Min-ji speaks at the ceremony. (AP Photo/Lee Jin-man)',
    'Students at the opening ceremony on Monday. / Yonhap',
    '사진=연합뉴스',
    '▲ 해운대 영상센터 편집실 전경',
    '사진 제공=부산영상위원회',
    '(사진=부산영상위원회 제공) 해운대 편집실에서 작업 중인 감독들',
    '개막식 모습. [사진=부산시]',
    '감독들이 작업하고 있다. 2025.3.3/뉴스1',
    '写真：左から佐藤氏、鈴木氏',
    '（写真提供：みなと動画）',
    'Ảnh: TTXVN',
    'Các đạo diễn trẻ tại buổi lễ khai mạc. (Ảnh: Minh Anh)',
    'Фото: пресс-служба студии',
    'Фото предоставлено пресс-службой',
  ];
  const sentences = [
    "Photos by the studio's artists will be shown at the festival in May this year.",
    'The studio shared a photo of the team on its website, the company said.',
    'The fund covers 50/50 of the costs, and the studio works 24/7 during production.',
    '회사 측은 사진 제공을 거부했다.',
    'Ảnh hưởng của dự án rất lớn.',
    'Фотостудия откроется в мае.',
  ];
  it.each(captions)('%s is a caption', (line) => expect(isCaptionLine(line)).toBe(true));
  it.each(sentences)('%s is text', (line) => expect(isCaptionLine(line)).toBe(false));
});
