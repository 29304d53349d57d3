/**
 * The vocabulary of page furniture shared by news sites across languages: share, print,
 * font-size and comment tools, counters, login and subscription prompts, cookie banners,
 * section labels that open headline lists, tags and photo captions and credits (photo-captions.ts). General web
 * vocabulary only — no site's own wording.
 */
import { copyrightNotice, withoutTimestamp } from './capture-metadata.js';
import { isCaptionLine } from './photo-captions.js';

/** Tool and counter words: a line made only of these (and numbers, separators) is a tool row. */
const toolPhrases = [
  // English
  'print this page',
  'print',
  'share this article',
  'share on \\w+',
  'share',
  'email',
  'e-mail',
  'tweet',
  'facebook',
  'twitter',
  'linkedin',
  'whatsapp',
  'telegram',
  'pinterest',
  'reddit',
  'kakao ?talk',
  'line',
  'copy link',
  'copy url',
  'link',
  'save',
  'bookmark',
  'listen',
  'listen to this article',
  'font size',
  'text size',
  'comments?',
  'reply',
  'likes?',
  'views?',
  'min(?:ute)?s? read',
  'read',
  'a-',
  'a\\+',
  'aa',
  'x',
  'dictionary',
  'translate',
  'follow',
  'gift article',
  'audio',
  'more',
  'report',
  'top',
  // Korean
  '공유(?:하기)?',
  '인쇄(?:하기)?',
  '글자\\s?크기',
  '글씨\\s?크기',
  '가-',
  '가\\+',
  '스크랩',
  '댓글',
  '좋아요',
  '화나요',
  '화나',
  '슬퍼요',
  '후속기사\\s?원해요',
  '추천(?:해요)?',
  '북마크',
  '기사\\s?저장',
  '카카오톡',
  '페이스북',
  '트위터',
  '링크\\s?복사',
  'url\\s?복사',
  '본문\\s?듣기',
  '번역',
  '지면\\s?보기',
  '구독',
  '조회(?:수)?',
  '기사\\s?공유',
  '(?:더\\s)?(?:크게|작게)',
  '보통',
  '조정',
  '글자',
  '프린트',
  '이메일',
  '제보',
  // Vietnamese
  'chia sẻ',
  'lưu',
  'in',
  'cỡ chữ',
  'bình luận',
  'thích',
  'gửi',
  'zalo',
  'phản hồi',
  'theo dõi',
  'lượt xem',
  'nghe',
  'tải về',
  // Russian
  'поделиться',
  'печать',
  'версия для печати',
  'отправить другу',
  'комментари\\p{L}*',
  'просмотр\\p{L}*',
  'нравится',
  'сохранить',
  'подписаться',
  'в закладки',
  // Uzbek
  'ulashish',
  'chop etish',
  'izoh(?:lar)?',
  "ko['ʻ‘’]rishlar(?: soni)?",
  "obuna(?: bo['ʻ‘’]lish)?",
  'saqlash',
  // Japanese and Chinese
  'ツイート',
  'シェア',
  'はてブ',
  'lineで送る',
  '印刷',
  'いいね！?',
  'ブックマーク',
  '保存',
  'コメント',
  'メール',
  '分享',
  '打印',
  '评论',
  '評論',
  '收藏',
  '微信',
  '微博',
  '字号',
  '阅读',
  '閲覧数?',
];
const toolPattern = new RegExp(`(?<![\\p{L}])(?:${toolPhrases.join('|')})(?![\\p{L}])`, 'giu');

/** Labels that open a list of other headlines (or a poll): what follows them is not the article. */
export const sectionLabel = new RegExp(
  `^(?:${[
    'related(?: articles?| stories| news| posts| content| coverage)?',
    'more (?:in|from|on|stories from) .{1,40}',
    'more stories',
    'most (?:read|viewed|popular|shared)',
    'popular(?: now| stories)?',
    'trending(?: now)?',
    'latest(?: news| stories)?(?: from .{1,40})?',
    'read more',
    'read next',
    'see also',
    'you may also like',
    'recommended(?: for you)?',
    '(?:reader )?comments?(?: \\(?\\d+\\)?)?',
    'bình luận(?: \\(?\\d+\\)?)?',
    '댓글(?: \\(?\\d+\\)?)?',
    'комментари[йиев]*(?: \\(?\\d+\\)?)?',
    'コメント(?: \\(?\\d+\\)?)?',
    '评论(?: \\(?\\d+\\)?)?',
    "editor'?s picks?",
    'top stories',
    'other news',
    'poll',
    'see more related articles?',
    '관련\\s?기사',
    '관련\\s?뉴스',
    '(?:가장\\s)?많이\\s?본\\s?(?:뉴스|기사)',
    '인기\\s?기사',
    '최신\\s?기사',
    '주요\\s?뉴스',
    '추천\\s?기사',
    '이\\s?시각\\s?.{0,10}뉴스',
    '설문',
    '함께\\s?보면\\s?좋은\\s?기사',
    'tin liên quan',
    'bài liên quan',
    'xem nhiều',
    'đọc nhiều',
    'tin mới(?: nhất)?',
    'tin khác',
    'cùng chuyên mục',
    'có thể bạn quan tâm',
    'bình chọn',
    'tin nổi bật',
    'читайте также',
    'другие новости(?: раздела| по теме)?',
    'популярное',
    'самое читаемое',
    'похожие новости',
    'по теме',
    'опрос',
    'новости партнеров',
    'сейчас читают',
    '関連記事',
    '関連ニュース',
    'おすすめ記事',
    '人気記事',
    'ランキング',
    '最新ニュース',
    'アンケート',
    'あわせて読みたい',
    "(?:tegishli|o['ʻ‘’]xshash|so['ʻ‘’]nggi) yangiliklar",
    "ko['ʻ‘’]p o['ʻ‘’]qilgan(?:lar)?",
    '相关新闻',
    '相关阅读',
    '热门(?:文章|新闻)?',
    '推荐阅读',
    '相關新聞',
  ].join('|')})\\s*[:：]?$`,
  'iu',
);

/** Sentences that only furniture says: prompts to log in, comment, subscribe, accept cookies. */
const promptPatterns: RegExp[] = [
  /\b(?:log ?in|sign ?in|sign ?up|register|subscribe)\b.*\b(?:comment|account|connect|post|conversation|continue)/iu,
  /\b(?:log ?in|sign ?in|sign ?up|register|subscribe)\b.*\b(?:member|newsletter|read)/iu,
  /\byou must be logged in\b|\bto (?:write|post|leave|add) (?:a )?comments?\b/iu,
  /\bcomments? (?:are|is) (?:closed|disabled)/iu,
  /\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b/iu,
  /\baccept (?:all )?cookies\b/iu,
  /\bmanage preferences\b|\bprivacy policy\b.*\bterms\b|\bterms of (?:use|service)\b/iu,
  /\bis a (?:staff )?(?:reporter|writer|correspondent|editor) (?:for|at|with)\b/iu,
  /^(?:reach|contact|follow) (?:him|her|them|the (?:author|writer))\b/iu,
  /\bsubscribe to (?:our|the) newsletter\b|\bsign up for (?:our|the) newsletter\b/iu,
  /쿠키를?\s?(?:사용|수집|허용)|쿠키\s?사용에\s?동의|댓글을?\s?(?:작성|입력|남기)|로그인\s?(?:후|하시면|이 필요)|뉴스레터/u,
  /sử dụng cookie|đồng ý.*cookie|nhập nội dung bình luận|bình luận sẽ được (?:kiểm duyệt|duyệt)|đăng nhập để/iu,
  /использу\p{L}* (?:файлы )?cookie|куки|добавить комментарий|зарегистрированн\w+ пользовател|подпишитесь/iu,
  /cookieを使用|cookieの使用|クッキーを使用|コメントを(?:書く|投稿)|ログインして|会員登録/iu,
  /使用cookie|登录后|注册|订阅/u,
];

/** Labels of tag lists, photo credits and advertising slots. */
const labelledFurniture: RegExp[] = [
  /^(?:tags?|teglar|kalit so['ʻ‘’]zlar|태그|키워드|từ khóa|tag|теги|метки|ключевые слова|タグ|キーワード|标签|關鍵字)\s*[:：]/iu,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|광고|quảng cáo|реклама|広告|广告|pr)$/iu,
  // A link to another article set inside the text ("Read also: …", "Xem thêm: …", "Читайте также: …").
  new RegExp(
    '^(?:read (?:also|more|next)|see also|related|also read|xem thêm|đọc thêm|tin liên quan|читайте также|' +
      'смотрите также|по теме|관련\\s?기사|함께 보면 좋은 기사|あわせて読みたい|関連記事|相关阅读|延伸阅读)\\s*[:：»>›-]\\s*[^.!?。]{5,150}$',
    'iu',
  ),
  /^\[[^\]]{2,60}\]$/u,
  /^(?:home|bosh sahifa|홈|trang chủ|главная|ホーム|首页)\s*[>›»/]/iu,
];

/** Whether a line is made only of tools, counters and timestamps ("Share  X  Print", "댓글 0", "Просмотров: 641"). */
export function isToolRow(line: string): boolean {
  const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;
  const found = line.match(toolPattern);
  if (!found) return false;
  const rest = withoutTimestamp(line.replace(toolPattern, ' ')).replace(/[\d\s.,:;|·•/\\[\]()<>+\-*#@!?'"“”‘’]+/gu, '');
  const total = letters(line);
  // What is left once tools are gone: nothing, or a short place or section name beside a counter.
  return letters(rest) <= Math.max(2, total * 0.2) && line.split(/\s+/u).length <= 24;
}

/** A breadcrumb or menu: several short items between separators (|, >, ›, », ·, /, runs of spaces, [ ]). */
export function isMenuRow(line: string): boolean {
  const items = line.split(/\s*(?:[|｜>›»·•]|\/(?=\s)| {2,}|\]\s*\[)\s*/u).filter((item) => /\p{L}/u.test(item));
  if (items.length < 2) return false;
  const short = items.every((item) => item.split(/\s+/u).length <= 5 && item.length <= 40);
  if (/[>›»]/u.test(line) && short && !/[.!?。]$/u.test(line)) return true;
  // Breadcrumbs that end with the page's own headline: "News › Documentary › Harbor Light opens a lab in Busan".
  const crumbs = items.slice(0, -1);
  if (
    items.length >= 3 &&
    (line.match(/\s[>›»/]\s/gu)?.length ?? 0) >= 2 &&
    crumbs.every((item) => item.split(/\s+/u).length <= 3 && item.length <= 25)
  ) {
    return true;
  }
  // Two section names side by side ("콘텐츠 · 웹툰", "News / Asia").
  if (
    items.length === 2 &&
    line.length <= 30 &&
    /[·•/|]/u.test(line) &&
    items.every((item) => item.split(/\s+/u).length <= 2)
  ) {
    return !/\d/u.test(line);
  }
  return short && items.length >= 3 && !/[.。!?]$/u.test(line);
}

/** Whether a line is furniture by its wording: prompts, cookies, copyright, tags, credits, labels. */
export function isFurnitureLine(line: string): boolean {
  if (line.length <= 2) return true;
  if (line.length <= 400 && copyrightNotice.test(line)) return true;
  if (labelledFurniture.some((pattern) => pattern.test(line)) || isCaptionLine(line)) return true;
  if (line.length <= 300 && promptPatterns.some((pattern) => pattern.test(line))) return true;
  return isToolRow(line);
}
