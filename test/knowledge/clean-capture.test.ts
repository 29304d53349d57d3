import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';
import { cleanCapture } from '../../src/knowledge/clean-capture.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';
import { unwrapLines } from '../../src/knowledge/unwrap-lines.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const captures = path.join(repositoryRoot, 'test', 'fixtures', 'captures');

interface Expected {
  file: string;
  language: string;
  title: string;
  published: string;
  author: string | undefined;
  outlet: string;
  /** Sentences the article must keep whole. */
  keeps: string[];
  /** Furniture that must be gone (menus, timestamps, tools, related headlines, prompts, footers). */
  drops: string[];
}

const expectations: Expected[] = [
  {
    file: 'en-wrapped-studio.txt',
    language: 'en',
    title: 'Harbor Light Animation opens a second studio in Lisbon',
    published: '2025-03-03',
    author: 'Maria Okafor',
    outlet: 'Frame & Reel Media',
    keeps: [
      "Harbor Light Animation, the Dublin-based studio behind several children's series for European broadcasters, said on Monday that it will open a second studio in Lisbon in June.",
      'The company hired 60 artists last year.',
      "Chief executive Dr. Aoife Brennan said the U.S. market now accounts for 3.5 percent of the studio's revenue, a share she expects to triple once the Lisbon team starts work on a co-production with a Toronto partner.",
    ],
    drops: [
      'Home',
      'Sign in',
      'By Maria',
      'Updated',
      'Tweet',
      'Font size',
      'Related stories',
      'Animation hiring slows',
      'Streamers cut',
      'Tags:',
      'views',
      'logged in',
      'cookies',
      'rights reserved',
      'News | Studios',
    ],
  },
  {
    file: 'ko-academy.txt',
    language: 'ko',
    title: '해오름스튜디오, 부산에 VFX 아카데미 열고 신입 30명 뽑는다',
    published: '2025-03-18',
    author: '김민지',
    outlet: '한빛뉴스',
    keeps: [
      '시각효과 전문 기업 해오름스튜디오가 부산 해운대구에 VFX 아카데미를 열고 첫 교육생 30명을 모집한다고 18일 밝혔다.',
      '회사는 지난해 매출 120억 원을 올렸고 직원은 85명이다.',
    ],
    drops: [
      '입력',
      '수정',
      '글자크기',
      '인쇄',
      '댓글',
      '관련기사',
      '부산 영상산업 일자리',
      '많이 본',
      '좋아요',
      '무단전재',
      '[한빛뉴스',
      '로그인',
      '김민지 기자',
    ],
  },
  {
    file: 'vi-festival.txt',
    language: 'vi',
    title: 'Liên hoan phim hoạt hình Đà Nẵng thu hút 80 dự án từ 12 quốc gia',
    published: '2025-04-10',
    author: 'Minh Châu',
    outlet: 'Báo Văn Hóa Số',
    keeps: [
      'Theo PGS.TS. Lê Văn Hòa, trưởng ban giám khảo, nhiều dự án đến từ các studio trẻ tại TP.HCM và Hà Nội.',
      'Giải thưởng lớn nhất trị giá 200 triệu đồng sẽ được trao vào ngày 20/4.',
    ],
    drops: [
      'GMT+7',
      'Cập nhật',
      'Tác giả',
      'Chia sẻ',
      'Tin liên quan',
      'Xem thêm',
      'nhà đầu tư',
      'Phim hoạt hình Việt tìm đường',
      'Bình luận',
      'đăng nhập',
      'Bản quyền',
      'Thời sự |',
    ],
  },
  {
    file: 'ja-studio.txt',
    language: 'ja',
    title: 'みなと動画、福岡に新スタジオ開設 3年で100人採用へ',
    published: '2025-02-14',
    author: undefined,
    outlet: 'アニメ産業ニュース',
    keeps: [
      'アニメ制作会社のみなと動画は2025年2月14日、福岡市に新しいスタジオを開設すると発表した。',
      '作画と撮影の拠点として、3年間で100人を採用する計画だ。',
      '代表の山田太郎氏は「地方にも制作の現場を広げたい」と述べた。',
    ],
    drops: ['ログイン', 'ツイート', '更新', '関連記事', '地方進出が加速', 'タグ', 'Cookie', 'Copyright', 'ホーム'],
  },
  {
    file: 'ru-college.txt',
    language: 'ru',
    title: 'В Самаре откроют колледж анимации на 200 студентов',
    published: '2025-03-12',
    author: 'Ирина Соколова',
    outlet: 'АО «Новости Поволжья»',
    keeps: [
      'В Самаре к сентябрю 2025 г. откроют колледж анимации, рассчитанный на 200 студентов.',
      'По ее словам, т.е. уже в этом году, колледж примет первых 50 студентов по направлениям «анимация» и «компьютерная графика».',
    ],
    drops: [
      'Опубликовано',
      'Автор',
      'Просмотров',
      'Поделиться',
      'Читайте также',
      'фестиваль уличного кино',
      'Комментарии',
      'зарегистрированные',
      'При цитировании',
      'Главная',
    ],
  },
  {
    file: 'uz-studio.txt',
    language: 'uz',
    title: 'Samarqandda animatsiya studiyasi ochildi: 40 nafar yosh mutaxassis ishga olinadi',
    published: '2025-04-14',
    author: undefined,
    outlet: 'Kun.uz',
    keeps: [
      'Studiya rahbari Dilshod Karimovning aytishicha, jamoa Koreya va Yaponiya kompaniyalari uchun 2D animatsiya va kompozitsiya ishlarini bajaradi.',
    ],
    drops: [
      "E'lon qilindi",
      'Yangilandi',
      "Ko'rishlar",
      'Ulashish',
      'Chop etish',
      'Teglar',
      'Tegishli yangiliklar',
      'Toshkentda kino',
      'Izoh',
      'huquqlar',
      'Bosh sahifa',
    ],
  },
];

describe('cleanCapture on multilingual web captures', () => {
  it.each(expectations)('$file: headline, date, byline, outlet, whole sentences, no furniture', async (expected) => {
    const raw = await readFile(path.join(captures, expected.file), 'utf8');
    const language = detectLanguage(raw);
    expect(language).toBe(expected.language);
    const cleaned = cleanCapture(raw, { language });
    expect(cleaned.title).toBe(expected.title);
    expect(cleaned.published).toBe(expected.published);
    expect(cleaned.author).toBe(expected.author);
    expect(cleaned.outlet).toBe(expected.outlet);
    const sentences = splitSentences(cleaned.text);
    for (const sentence of expected.keeps) expect(sentences).toContain(sentence);
    for (const furniture of expected.drops) expect(cleaned.text).not.toContain(furniture);
    expect(cleaned.text).not.toContain(expected.title);
  });

  it('keeps a known title out of the text and searches no headline', () => {
    const cleaned = cleanCapture(
      'Known title\n\nThe studio said on Monday that it would hire 40 artists in Hanoi next year.',
      { title: 'Known title' },
    );
    expect(cleaned.title).toBeUndefined();
    expect(cleaned.text).toBe('The studio said on Monday that it would hire 40 artists in Hanoi next year.');
  });
});

it('takes the headline above its deck, not the longer deck, and not a section name above the headline', () => {
  const body =
    'Harbor Light Animation said on Monday that it would open a second studio in Lisbon with 40 artists next ' +
    'spring, its first outside Portugal.\n\nThe studio will work on two feature films and a series for streaming ' +
    'services, the company said in a statement.';
  const deckThenDate = cleanCapture(
    `Tribune News\nHome | News | Business\n\nPOST & VFX\n\nHarbor Light opens second studio\n\n` +
      `Animation house plans to hire 40 artists in Lisbon for two features and a streaming series\n\n` +
      `March 3, 2025\n\n${body}`,
  );
  expect(deckThenDate.title).toBe('Harbor Light opens second studio');
  expect(deckThenDate.text).toContain('Animation house plans to hire 40 artists');
  const dateThenDeck = cleanCapture(
    `부산뉴스\n홈 | 사회 | 문화\n\n부산 애니 스튜디오, 리스본에 두 번째 스튜디오\n2025-03-03 10:00  작성자 : 김도윤\n\n` +
      `장편 2편·시리즈 1편 제작…현지 아티스트 40명 채용 계획\n\n${body}`,
  );
  expect(dateThenDeck.title).toBe('부산 애니 스튜디오, 리스본에 두 번째 스튜디오');
});

describe('unwrapLines', () => {
  it('joins lines wrapped at a fixed width and keeps paragraph ends, lists and rows', () => {
    const lines = [
      'The studio opened its doors in Lisbon this spring and will hire forty',
      'artists for its first feature, a musical about a lighthouse keeper who',
      'dreams of the sea.',
      '',
      'The company was founded in Dublin in 2009 by two former compositors. It',
      'now employs 120 people across three cities.',
      '- Lisbon studio: 40 artists',
      'Share   Tweet   Email',
    ];
    expect(unwrapLines(lines)).toEqual([
      'The studio opened its doors in Lisbon this spring and will hire forty artists for its first feature, a musical about a lighthouse keeper who dreams of the sea.',
      '',
      'The company was founded in Dublin in 2009 by two former compositors. It now employs 120 people across three cities.',
      '- Lisbon studio: 40 artists',
      'Share   Tweet   Email',
    ]);
  });

  it('joins Japanese without a space and Korean with one', () => {
    const japanese = [
      'アニメ制作会社のみなと動画は福岡市に新しいスタジ',
      'オを開設すると発表した。作画と撮影の拠点として三',
      '年間で百人を採用する計画だ。同社は東京都杉並区に',
      '本社を置き、テレビシリーズの制作を手がけている。',
    ];
    expect(unwrapLines(japanese)).toEqual([
      'アニメ制作会社のみなと動画は福岡市に新しいスタジオを開設すると発表した。作画と撮影の拠点として三年間で百人を採用する計画だ。同社は東京都杉並区に本社を置き、テレビシリーズの制作を手がけている。',
    ]);
    const korean = [
      '해오름스튜디오가 부산 해운대구에 VFX 아카데미를',
      '열고 첫 교육생 30명을 모집한다고 18일 밝혔다.',
      '교육은 4월 7일부터 6개월 동안 진행되며 합성과',
      '라이팅 과정으로 나뉜다고 회사 측이 설명했다.',
    ];
    expect(unwrapLines(korean)).toEqual([
      '해오름스튜디오가 부산 해운대구에 VFX 아카데미를 열고 첫 교육생 30명을 모집한다고 18일 밝혔다. 교육은 4월 7일부터 6개월 동안 진행되며 합성과 라이팅 과정으로 나뉜다고 회사 측이 설명했다.',
    ]);
  });

  it('joins a Japanese line left short because a Latin word did not fit, not one that ends a sentence', () => {
    const japanese = [
      'みなと動画は福岡市に新しいスタジオを開設すると発表した。作画と撮',
      '影の拠点として新卒と経験者をあわせ三年間で採用する人数は、',
      'AnimeJapanで発表した通り百人を予定している。同社は杉並区に本社を',
      '置く。',
      '2019年に設立された同社は、テレビシリーズの制作を手がけている。',
    ];
    expect(unwrapLines(japanese)).toEqual([
      'みなと動画は福岡市に新しいスタジオを開設すると発表した。作画と撮影の拠点として新卒と経験者をあわせ三年間で採用する人数は、AnimeJapanで発表した通り百人を予定している。同社は杉並区に本社を置く。',
      '2019年に設立された同社は、テレビシリーズの制作を手がけている。',
    ]);
  });
});

describe('cleanCapture on plain text', () => {
  it('keeps a short list inside the text and a note without furniture whole', () => {
    const note = [
      'Blue Crane crew for the Lisbon co-production',
      '',
      'The studio named the leads who will travel to Lisbon for the first month of production.',
      'Ana Sousa',
      'Minh Tran',
      'Joon Park',
      'Lena Hart',
      'They will work with the Lisbon team on layout and compositing until the end of June.',
    ].join('\n');
    const cleaned = cleanCapture(note);
    expect(cleaned.title).toBe('Blue Crane crew for the Lisbon co-production');
    expect(cleaned.text.split('\n')).toEqual(note.split('\n').slice(2));
  });
});

describe('cleanCapture on Markdown', () => {
  it('keeps a Markdown table inside the article', () => {
    const markdown = [
      '# Studio headcounts in 2025',
      '',
      'The three studios reported their headcounts to the festival market this spring.',
      '',
      '| Studio | City | Staff |',
      '|---|---|---|',
      '| Blue Crane | Seoul | 150 |',
      '| Hue Pixel | Hue | 30 |',
      '| Harbor Light | Lisbon | 60 |',
      '',
      'All three said they would hire more compositors before the end of the year.',
    ].join('\n');
    const cleaned = cleanCapture(markdown);
    expect(cleaned.title).toBe('Studio headcounts in 2025');
    expect(cleaned.text).toContain('| Blue Crane | Seoul | 150 |');
    expect(cleaned.text).toContain('All three said they would hire more compositors before the end of the year.');
  });
});

describe('a Thai capture of short paragraphs', () => {
  // Thai writes no full stop: each short paragraph ends where its line ends.
  const capture = [
    'ข่าวบันเทิง | การ์ตูน | 5 มี.ค. 2567 | แชร์ | ความคิดเห็น',
    '',
    'สตูดิโอไทยเปิดตัวซีรีส์แอนิเมชันใหม่ ออกอากาศ 4 ประเทศ',
    '',
    'บริษัท ฟ้าใส แอนิเมชัน จำกัด (Fasai Animation) ผู้ผลิตการ์ตูนสำหรับเด็กที่ก่อตั้งในกรุงเทพฯ เปิดตัวซีรีส์แอนิเมชันสามมิติเรื่องใหม่ในงานแถลงข่าวเมื่อวานนี้',
    '',
    'ซีรีส์ชุดนี้มีทั้งหมด 26 ตอน ตอนละ 11 นาที',
    '',
    'ใช้งบประมาณราว 40,000 ดอลลาร์สหรัฐต่อตอน',
    '',
    'จะออกอากาศทางช่องเด็กใน 4 ประเทศตั้งแต่เดือนมิถุนายน',
    '',
    'แท็ก: แอนิเมชัน, การ์ตูน | ข่าวที่เกี่ยวข้อง',
  ].join('\n');

  it('keeps every paragraph and its headline as the title, without the tag row', () => {
    const cleaned = cleanCapture(capture);
    expect(cleaned.title).toBe('สตูดิโอไทยเปิดตัวซีรีส์แอนิเมชันใหม่ ออกอากาศ 4 ประเทศ');
    for (const kept of ['26 ตอน ตอนละ 11 นาที', '40,000 ดอลลาร์สหรัฐต่อตอน', 'ใน 4 ประเทศตั้งแต่เดือนมิถุนายน'])
      expect(cleaned.text).toContain(kept);
    expect(cleaned.text).not.toContain('แท็ก');
    expect(cleaned.text).not.toContain('ความคิดเห็น');
  });
});
