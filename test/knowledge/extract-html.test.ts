import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';
import { extractHtmlArticle } from '../../src/knowledge/extract-html.js';
import { cleanUrl } from '../../src/knowledge/html-metadata.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const captures = path.join(repositoryRoot, 'test', 'fixtures', 'captures');

describe('extractHtmlArticle', () => {
  it('reads JSON-LD, the canonical URL without tracking parameters, and the article without its furniture', async () => {
    const html = await readFile(path.join(captures, 'en-page.html'), 'utf8');
    const article = extractHtmlArticle(
      html,
      'https://www.screenledger.example/news/northwind-seoul-deal?utm_source=rss',
    );
    expect(article).toMatchObject({
      title: 'Northwind Pictures signs a three-film deal with a Seoul animation house',
      published: '2025-05-20',
      author: 'Tom Reyes',
      language: 'en',
      outlet: 'Screen Ledger',
      url: 'https://www.screenledger.example/news/northwind-seoul-deal?page=2',
    });
    const sentences = splitSentences(article.text);
    expect(sentences).toContain(
      'The first film, a musical comedy about a lighthouse keeper, goes into production in September with a budget of 18 million dollars.',
    );
    // A figure's caption describes a picture the text does not hold: no answer may quote it.
    expect(article.text).not.toContain("Blue Crane Animation's studio in Seoul");
    for (const furniture of [
      'cookies',
      'Sign in',
      'Subscribe',
      'Features',
      'Home',
      'By Tom Reyes',
      'Facebook',
      'LinkedIn',
      'Related',
      'Korean studios court',
      'Comments',
      'Log in',
      'Most read',
      'Festival line-ups',
      'rights reserved',
      'Photo: Blue Crane',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('reads meta tags and <time> when a page has no JSON-LD, and the Korean byline name', async () => {
    const html = await readFile(path.join(captures, 'ko-page.html'), 'utf8');
    const article = extractHtmlArticle(html);
    expect(article).toMatchObject({
      title: '별빛애니, 베트남 하노이에 제작 거점…현지 인력 50명 채용',
      published: '2025-06-02',
      author: '정하늘',
      language: 'ko',
      outlet: '콘텐츠데일리',
      url: 'https://www.contentsdaily.example/news/articleView.html?idxno=48213',
    });
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toContain(
      '이수현 별빛애니 대표는 "한국과 베트남 팀이 함께 작업하면 제작 기간을 3개월 줄일 수 있다"고 말했다.',
    );
    for (const furniture of [
      '로그인',
      '글자크기',
      '인쇄',
      '스크랩',
      '관련기사',
      '웹툰 제작사 해외 진출',
      '많이 본 뉴스',
      '무단전재',
      '개인정보',
      '입력 2025',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('prefers what the text is written in over a declared language in another script', () => {
    const html = `<html lang="en"><head><title>x</title></head><body><article><h1>제목입니다 오늘의 소식</h1>
      <p>애니메이션 제작사가 부산에 새 스튜디오를 열고 직원 40명을 채용한다고 밝혔다. 회사는 내년까지 인력을 두 배로 늘릴 계획이다.</p>
      <p>스튜디오는 배경 미술과 합성 작업을 맡으며 지역 대학과 함께 인턴 과정을 운영한다고 회사 측이 설명했다.</p></article></body></html>`;
    const article = extractHtmlArticle(html, 'https://example.org/a/1?utm_medium=email#top');
    expect(article.language).toBe('ko');
    expect(article.title).toBe('제목입니다 오늘의 소식');
    expect(article.url).toBe('https://example.org/a/1');
    expect(article.text).toContain('직원 40명을 채용한다고 밝혔다.');
  });
});

describe('cleanUrl', () => {
  it('drops tracking parameters and fragments, resolves relative links, refuses other schemes', () => {
    expect(cleanUrl('https://a.example/x?utm_source=t&id=5&gclid=1&fbclid=2#c')).toBe('https://a.example/x?id=5');
    expect(cleanUrl('/news/1?utm_campaign=x', 'https://a.example/list')).toBe('https://a.example/news/1');
    expect(cleanUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanUrl('file:///etc/passwd')).toBeUndefined();
  });
});

describe('extractHtmlArticle on plain pages', () => {
  it('finds the heading the <title> names without the site name, and reads fragments and empty input', () => {
    const page = `<html><head><title>Hue Pixel opens a studio - Daily Frames</title></head><body>
      <div id="menu"><a>Home</a> | <a>News</a> | <a>Sport</a> | <a>Video</a></div>
      <div class="content"><h2>Hue Pixel opens a studio in Hue</h2><div>By Lan Anh | 12 May 2025</div>
      <div>Hue Pixel, a new animation studio, opened in Hue on Monday.<br>It will hire 30 artists this year, the founder said.</div></div>
      <div class="footer">© 2025 Daily Frames. All rights reserved.</div></body></html>`;
    const article = extractHtmlArticle(page);
    expect(article).toMatchObject({
      title: 'Hue Pixel opens a studio in Hue',
      author: 'Lan Anh',
      published: '2025-05-12',
      outlet: 'Daily Frames',
    });
    expect(article.text).toBe(
      'Hue Pixel, a new animation studio, opened in Hue on Monday.\nIt will hire 30 artists this year, the founder said.',
    );
    expect(extractHtmlArticle('<p>Hue Pixel opened a studio in Hue on Monday and will hire 30 artists.</p>').text).toBe(
      'Hue Pixel opened a studio in Hue on Monday and will hire 30 artists.',
    );
    expect(extractHtmlArticle('')).toMatchObject({ text: '', language: 'und' });
  });
});
