/**
 * A local stand-in for news sites on 127.0.0.1: article pages in English, Korean, Vietnamese
 * and Japanese with the furniture real sites carry (navigation, a cookie banner, share bars,
 * related headlines, comments, footers), an RSS 2.0 and an Atom feed, a redirect chain, a
 * redirect loop, a page over 10 MB (plain, and gzip-compressed to far less), a gzip-compressed
 * page, a PDF, a feed with failing and duplicate items, and redirects to a private address and
 * to file:.
 * One article can be revised (`revise()`), and the Atom feed then marks its entry updated.
 * Every request is recorded (path and User-Agent).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface NewsPage {
  path: string;
  language: string;
  headline: string;
  byline: string;
  published: string;
  outlet: string;
  paragraphs: string[];
  /** Furniture text that must never reach an answer. */
  related: string[];
  comments: string[];
  /** Whether the page names its canonical URL (with tracking parameters that must be removed). */
  canonical: boolean;
}

const furniture = {
  en: {
    menu: ['Home', 'Film', 'Television', 'Animation', 'Markets', 'Opinion'],
    cookie: 'We use cookies to improve your experience. By continuing you accept our cookie policy. Accept all cookies',
    share: ['Share on Facebook', 'Share on X', 'Copy link', 'Print'],
    relatedLabel: 'Related stories',
    commentsLabel: 'Comments (3)',
    footer: '© 2025 Screen Trade Daily. All rights reserved. Terms of use · Privacy policy · Contact us',
  },
  ko: {
    menu: ['홈', '영화', '방송', '애니메이션', '웹툰', '오피니언'],
    cookie:
      '이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 정책에 동의하는 것으로 간주합니다. 모두 동의',
    share: ['페이스북 공유', '카카오톡 공유', '링크 복사', '인쇄'],
    relatedLabel: '관련 기사',
    commentsLabel: '댓글 (2)',
    footer: '© 2025 콘텐츠산업신문. 무단전재 및 재배포 금지. 이용약관 · 개인정보처리방침',
  },
  vi: {
    menu: ['Trang chủ', 'Điện ảnh', 'Truyền hình', 'Hoạt hình', 'Thị trường'],
    cookie: 'Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Chấp nhận tất cả',
    share: ['Chia sẻ Facebook', 'Chia sẻ Zalo', 'Sao chép liên kết'],
    relatedLabel: 'Tin liên quan',
    commentsLabel: 'Bình luận (2)',
    footer: '© 2025 Báo Công nghiệp Nội dung. Giấy phép số 123/GP-BTTTT. Liên hệ quảng cáo',
  },
  ja: {
    menu: ['ホーム', '映画', 'テレビ', 'アニメ', 'マーケット'],
    cookie: '当サイトではサービス向上のためにクッキーを使用しています。同意する',
    share: ['Xでシェア', 'LINEで送る', 'リンクをコピー'],
    relatedLabel: '関連記事',
    commentsLabel: 'コメント (2)',
    footer: '© 2025 コンテンツ産業ニュース 無断転載を禁じます 利用規約 プライバシーポリシー',
  },
} as const;

export const newsPages: NewsPage[] = [
  {
    path: '/news/en/harbor-lantern-stop-motion-workshop',
    language: 'en',
    headline: 'Harbor Lantern Studios opens a stop-motion workshop for 36 trainees in Busan',
    byline: 'Mira Okafor',
    published: '2025-10-14',
    outlet: 'Screen Trade Daily',
    paragraphs: [
      'Harbor Lantern Studios, a stop-motion animation company based in Glasgow, will open a training workshop in Busan next spring, the studio said on Tuesday.',
      'The workshop will take 36 trainees a year for a nine-month course in puppet fabrication, armature building and frame-by-frame animation. Trainees are paid a monthly stipend and the best graduates are offered contracts on the studio’s next series.',
      'The studio chose Busan because of the city’s growing animation cluster and its film school graduates. Its founder, Ailsa Brodie, said the Busan workshop would also serve as a second production floor for co-productions with Korean broadcasters.',
      'The first intake will be selected in February from portfolios, and classes will be taught in English with Korean interpretation.',
    ],
    related: ['Ten streaming deals that shaped the autumn market', 'Why dubbing studios are hiring again'],
    comments: ['Great news for Busan animators! Where do I apply?', 'Hope they hire local tutors too.'],
    canonical: true,
  },
  {
    path: '/news/ko/seoul-webtoon-color-academy',
    language: 'ko',
    headline: '서울 웹툰 채색 아카데미, 내년 수강생 48명 모집',
    byline: '박지현 기자',
    published: '2025-09-02',
    outlet: '콘텐츠산업신문',
    paragraphs: [
      '서울 마포구에 있는 웹툰 채색 아카데미가 내년 과정 수강생 48명을 모집한다고 2일 밝혔다.',
      '아카데미는 6개월 동안 선화 정리, 밑색, 명암과 배경 채색을 가르치며, 수료생 가운데 우수자는 협력 스튜디오 세 곳에 채용될 기회를 얻는다.',
      '아카데미 측은 해외 플랫폼으로 연재되는 작품이 늘면서 채색 인력 수요가 크게 늘었다고 설명했다. 수강료는 서울시와 업계 기금이 지원한다.',
    ],
    related: ['OTT 드라마 제작비 상승세 계속', '애니메이션 수출 역대 최대'],
    comments: ['좋은 기회네요', '지방에도 이런 과정이 생기면 좋겠어요'],
    canonical: true,
  },
  {
    path: '/news/vi/xuong-long-tieng-da-nang',
    language: 'vi',
    headline: 'Xưởng lồng tiếng Sông Hàn tuyển 25 diễn viên lồng tiếng tại Đà Nẵng',
    byline: 'Nguyễn Thu Hà',
    published: '2025-08-20',
    outlet: 'Báo Công nghiệp Nội dung',
    paragraphs: [
      'Xưởng lồng tiếng Sông Hàn tại Đà Nẵng cho biết sẽ tuyển 25 diễn viên lồng tiếng trong năm nay để đáp ứng các hợp đồng phim truyền hình Hàn Quốc.',
      'Các diễn viên được đào tạo ba tháng về kỹ thuật lồng tiếng, đồng bộ khẩu hình và thu âm trong phòng thu trước khi tham gia dự án đầu tiên.',
      'Giám đốc xưởng cho biết nhu cầu lồng tiếng tiếng Việt cho phim Hàn Quốc trên các nền tảng trực tuyến đã tăng gấp đôi trong hai năm qua.',
    ],
    related: ['Phim hoạt hình Việt ra mắt khán giả quốc tế', 'Liên hoan phim châu Á công bố giải thưởng'],
    comments: ['Tin rất hay', 'Mong có khóa học ở Hà Nội'],
    canonical: false,
  },
  {
    path: '/news/ja/sapporo-background-art-school',
    language: 'ja',
    headline: '札幌の背景美術スクール、来春に定員20人の新課程を開設',
    byline: '山田花子',
    published: '2025-11-05',
    outlet: 'コンテンツ産業ニュース',
    paragraphs: [
      '札幌市の背景美術スクールは、アニメの背景美術を学ぶ一年制の新課程を来年四月に開設すると発表した。定員は20人。',
      '新課程では美術設定、背景の手描き、デジタル彩色を学び、修了生は提携するアニメスタジオでの研修に参加できる。',
      '同スクールによると、配信作品の増加で背景美術の人材不足が続いており、地方での育成が求められているという。',
    ],
    related: ['アニメ制作費の上昇続く', '声優養成所の応募者が増加'],
    comments: ['素晴らしい取り組み', '東京以外でも学べるのは良い'],
    canonical: true,
  },
];

/** The article that `revise()` changes; the Atom feed marks it updated. */
export const revisedPagePath = '/news/en/kestrel-festival-market-dates';

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

export function renderNewsPage(page: NewsPage, base: string): string {
  const words = furniture[page.language as keyof typeof furniture];
  const canonical = page.canonical
    ? `<link rel="canonical" href="${base}${page.path}?utm_source=homepage&amp;utm_medium=web&amp;fbclid=abc123">`
    : '';
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.headline,
    author: { '@type': 'Person', name: page.byline },
    datePublished: `${page.published}T09:00:00+09:00`,
    publisher: { '@type': 'Organization', name: page.outlet },
  });
  return `<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(page.headline)} | ${escapeHtml(page.outlet)}</title>
${canonical}
<meta property="og:site_name" content="${escapeHtml(page.outlet)}">
<meta property="og:title" content="${escapeHtml(page.headline)}">
<script type="application/ld+json">${jsonLd}</script>
<script>window.dataLayer = window.dataLayer || []; function track(){ dataLayer.push(arguments); }</script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>${escapeHtml(words.cookie)}</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">${escapeHtml(page.outlet)}</a>
<nav class="main-menu"><ul>${words.menu.map((item) => `<li><a href="/${encodeURIComponent(item)}">${escapeHtml(item)}</a></li>`).join('')}</ul></nav></header>
<main>
<article>
<h1>${escapeHtml(page.headline)}</h1>
<div class="byline">${escapeHtml(page.byline)} · <time datetime="${page.published}T09:00:00+09:00">${page.published}</time></div>
<div class="share-bar">${words.share.map((item) => `<a href="#">${escapeHtml(item)}</a>`).join(' ')}</div>
${page.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<div class="share-bar bottom">${words.share.map((item) => `<a href="#">${escapeHtml(item)}</a>`).join(' ')}</div>
</article>
<section class="related-articles"><h2>${escapeHtml(words.relatedLabel)}</h2><ul>
${page.related.map((headline, index) => `<li><a href="/news/${page.language}/related-${index}">${escapeHtml(headline)}</a></li>`).join('\n')}
</ul></section>
<section id="comments" class="comments"><h2>${escapeHtml(words.commentsLabel)}</h2>
${page.comments.map((comment) => `<div class="comment"><p>${escapeHtml(comment)}</p></div>`).join('\n')}
</section>
</main>
<footer><p>${escapeHtml(words.footer)}</p></footer>
</body>
</html>`;
}

function revisedPage(version: number): NewsPage {
  const days = version === 1 ? 'four days' : 'five days';
  const exhibitors = version === 1 ? '120 exhibitors' : '140 exhibitors';
  return {
    path: revisedPagePath,
    language: 'en',
    headline: 'Kestrel Festival sets its content market dates',
    byline: 'Tom Reyes',
    published: '2025-07-01',
    outlet: 'Screen Trade Daily',
    paragraphs: [
      `The Kestrel Festival content market will run for ${days} in Almaty this October and expects ${exhibitors} from animation, drama and documentary companies.`,
      'Buyers from streaming platforms and broadcasters in Central Asia, Korea and Turkey have registered, the organizers said, and pitching sessions will be open to independent producers.',
      'The market will also host a co-production forum with training sessions on financing and rights for first-time producers.',
    ],
    related: ['Festival season guide'],
    comments: ['See you in Almaty!'],
    canonical: true,
  };
}

export interface NewsSite {
  base: string;
  /** Requests received: path and User-Agent. */
  requests: { path: string; userAgent: string | undefined }[];
  /** Publishes a new version of the revised article (the Atom feed marks it updated). */
  revise(): void;
  close(): Promise<void>;
}

function rssFeed(base: string): string {
  const items = [newsPages[0], newsPages[1]].map(
    (page) => `<item>
<title><![CDATA[${page?.headline}]]></title>
<link>${base}${page?.path}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">stand-in-${page?.path}</guid>
<pubDate>Tue, 14 Oct 2025 09:00:00 +0900</pubDate>
<description>A summary with <b>markup</b>.</description>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Screen Trade Daily — all news</title><link>${base}/</link><description>Film, TV and animation business news</description>
${items.join('\n')}
</channel></rss>`;
}

function atomFeed(base: string, version: number): string {
  const entries = [newsPages[2], newsPages[3]].map(
    (
      page,
    ) => `<entry><title>${page?.headline}</title><link rel="alternate" type="text/html" href="${base}${page?.path}"/>
<id>tag:stand-in,2025:${page?.path}</id><updated>2025-11-05T09:00:00Z</updated><summary>…</summary></entry>`,
  );
  entries.push(`<entry><title>Kestrel Festival sets its content market dates</title>
<link rel="alternate" type="text/html" href="${base}${revisedPagePath}?utm_campaign=atom"/>
<id>tag:stand-in,2025:kestrel-market</id><updated>2025-07-0${version}T10:00:00Z</updated></entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Asia content industry wire</title>
<link rel="self" href="${base}/feeds/atom.xml"/><id>tag:stand-in,2025:wire</id><updated>2025-11-05T09:00:00Z</updated>
${entries.join('\n')}
</feed>`;
}

/** An RSS feed whose items include a PDF, a redirect to a private address and a duplicate of a page. */
function mixedFeed(base: string): string {
  const links = [
    `${base}${newsPages[0]?.path}`,
    `${base}/report.pdf`,
    `${base}/to-private`,
    `${base}${newsPages[0]?.path}?utm_source=partner&amp;fbclid=dup`,
  ];
  const items = links.map(
    (link, index) => `<item><title>Item ${index}</title><link>${link}</link><guid>mixed-${index}</guid></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mixed wire</title>${items.join('\n')}</channel></rss>`;
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': type, ...headers });
  response.end(body);
}

/** A gzip-compressed page (a large one unpacks to more than it announces). */
function sendCompressed(response: ServerResponse, html: string) {
  const body = gzipSync(html);
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'content-length': String(body.length),
  });
  response.end(body);
}

/** Streams a page over 10 MB without announcing its length. */
function sendLargePage(response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const chunk = `<p>${'filler text '.repeat(5_000)}</p>\n`;
  let sent = 0;
  const write = () => {
    while (sent < 12 * 1024 * 1024) {
      sent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', write);
        return;
      }
    }
    response.end('</body></html>');
  };
  response.write('<!DOCTYPE html><html><body>');
  response.on('error', () => undefined);
  write();
}

export async function startNewsSite(): Promise<NewsSite> {
  let version = 1;
  const requests: NewsSite['requests'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    requests.push({ path: `${url.pathname}${url.search}`, userAgent: request.headers['user-agent'] });
    const page = newsPages.find((candidate) => candidate.path === url.pathname);
    const html = 'text/html; charset=utf-8';
    if (page) return send(response, 200, html, renderNewsPage(page, base));
    switch (url.pathname) {
      case revisedPagePath:
        return send(response, 200, html, renderNewsPage(revisedPage(version), base));
      case '/feeds/rss.xml':
        return send(response, 200, 'application/rss+xml; charset=utf-8', rssFeed(base));
      case '/compressed':
        return sendCompressed(response, renderNewsPage(newsPages[1] as NewsPage, base));
      case '/bomb':
        return sendCompressed(
          response,
          `<!DOCTYPE html><html><body><p>${'a'.repeat(12 * 1024 * 1024)}</p></body></html>`,
        );
      case '/feeds/mixed.xml':
        return send(response, 200, 'text/xml; charset=utf-8', mixedFeed(base));
      case '/feeds/atom.xml':
        return send(response, 200, 'application/atom+xml; charset=utf-8', atomFeed(base, version));
      case '/go/1':
        return send(response, 302, html, '', { location: '/go/2' });
      case '/go/2':
        return send(response, 301, html, '', { location: `${base}/go/3` });
      case '/go/3':
        return send(response, 307, html, '', { location: `${newsPages[0]?.path}?utm_source=newsletter&gclid=xyz` });
      case '/loop':
        return send(response, 302, html, '', { location: `/loop?n=${Number(url.searchParams.get('n') ?? '0') + 1}` });
      case '/huge':
        return sendLargePage(response);
      case '/report.pdf':
        return send(response, 200, 'application/pdf', '%PDF-1.7\n%binary\n');
      case '/to-private':
        return send(response, 302, html, '', { location: 'http://10.20.30.40/admin' });
      case '/to-metadata':
        return send(response, 301, html, '', { location: 'http://[::ffff:169.254.169.254]/latest/meta-data/' });
      case '/to-file':
        return send(response, 302, html, '', { location: 'file:///etc/passwd' });
      default:
        return send(response, 404, html, '<!DOCTYPE html><html><body><h1>Not found</h1></body></html>');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    revise: () => {
      version = 2;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
