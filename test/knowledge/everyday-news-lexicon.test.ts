/**
 * The everyday words a member asks industry news with — a company starting out or someone leaving it, buying, the
 * writer, novel and main characters of a work, its theme and technique, someone's real name, a chain's cinemas,
 * and posts, approvals, lists, conditions, popularity — name one concept in every language, so a question in one
 * language meets an article in another; and a word with a second sense in the field is not taken for one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';

const { glossary, problems } = await loadGlossary(path.resolve('knowledge', 'glossary.yaml'));
const concepts = (text: string) => glossary.findConcepts(text, { morphology: true }).map((hit) => hit.conceptId);
const expectConcept = (concept: string, texts: string[]) => {
  for (const text of texts) expect(concepts(text), text).toContain(concept);
};

describe('everyday words of industry news', () => {
  it('load without a form claimed twice', () => {
    expect(problems).toEqual([]);
  });

  it('name the events of a company life across the languages', () => {
    expectConcept('starting-out', [
      'the streaming service started in 2006',
      '그 회사는 2010년에 시작됐다',
      'その会社は2006年に始まった',
      '公司从一家小工作室起步',
      'студия начала работу в 1995 году',
      'công ty bắt đầu hoạt động năm 2015',
    ]);
    expectConcept('leaving', [
      'she left the studio in 2019',
      '그는 회사를 떠났다',
      '長年勤めた会社を離れた',
      '他离开了公司',
      'он ушел из компании',
      'anh ấy rời khỏi hãng phim',
    ]);
    expectConcept('acquisition', ['the chain was bought in 2012', '公司买下这家工作室', 'объявила о покупке студии']);
  });

  it('name a work, its people and its make-up across the languages', () => {
    expectConcept('author-writer', [
      'a British writer',
      '원작자는 누구인가',
      '原作者の漫画家',
      '小说的作者',
      'автор проекта',
    ]);
    expectConcept('novel', [
      'based on a novel',
      '소설을 영화로',
      '小説が原作',
      '同名小说',
      'по роману',
      'cuốn tiểu thuyết',
    ]);
    expectConcept('source-material', [
      'the film is based on',
      '改编自同名小说',
      'снят по мотивам сказки',
      'chuyển thể từ truyện',
    ]);
    expectConcept('main-character', [
      'the main characters are',
      '주인공들은',
      '主人公の少年',
      '主角是',
      'главные герои',
    ]);
    expectConcept('story-theme', [
      'the festival theme was',
      '올해 주제는',
      'テーマは',
      '主题为',
      'под девизом',
      'chủ đề là',
    ]);
    expectConcept('technique', [
      'in a stop-motion technique',
      '3D 기법으로',
      '新しい技法',
      'в технике 3D',
      'kỹ thuật 3D',
    ]);
    expectConcept('real-name', [
      "the director's real name",
      '본명은',
      '本名は',
      '他的本名是杨宇',
      'настоящее имя',
      'tên thật là',
    ]);
  });

  it('name cinemas and the decisions and posts of people across the languages', () => {
    expectConcept('cinemas-screens', [
      'the movie theaters of the chain',
      '상영관이 몇 개',
      '映画館の数',
      '影院数量',
      'сеть кинотеатров',
      'cụm rạp',
    ]);
    expectConcept('post-position', [
      'what position does he hold',
      '직책은',
      '役職は',
      '担任什么职务',
      'на должность',
      'chức vụ gì',
    ]);
    expectConcept('approval', [
      'the board approved the list',
      '이사회가 승인했다',
      '取締役会で承認',
      '获得批准',
      'утвердили на заседании',
      'phê duyệt',
    ]);
    expectConcept('requirement', [
      'the entry requirements',
      '참가 조건',
      '応募条件',
      '参赛条件',
      'условия участия',
      'điều kiện dự thi',
    ]);
    expectConcept('popularity', [
      'the show was popular',
      '북미에서 인기를 모았다',
      '海外で人気',
      '很受欢迎',
      'популярный сериал',
      'nổi tiếng',
    ]);
  });

  it('name signature works, talks and screenings across the languages', () => {
    expectConcept('signature-work', [
      "the studio's flagship title",
      '그의 대표작은',
      '代表作は',
      '他的代表作',
      'флагманский проект',
    ]);
    expectConcept('talks', [
      'the two companies are in talks',
      '인수 협상',
      '買収交渉',
      '收购谈判',
      'ведут переговоры',
      'đàm phán',
    ]);
    expectConcept('screening', [
      'screened at the festival',
      '영화제에서 상영됐다',
      '上映会',
      '展映作品',
      'показ фильма',
      'được chiếu',
    ]);
  });

  it('take no word with a second sense in the field for one of them', () => {
    expect(concepts('웹툰 작가 170명')).not.toContain('author-writer');
    expect(concepts('the post houses of London')).not.toContain('post-position');
    expect(concepts('資格を取得した')).not.toContain('requirement');
    expect(concepts('phiên thảo luận của hội thảo')).not.toContain('talks');
  });
});
