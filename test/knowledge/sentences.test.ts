import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/answer/sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'The studio grew last year.A new office opened in May.',
      ['The studio grew last year.', 'A new office opened in May.'],
    ],
    [
      'Netflix Korea is based in the U.S. market report. It grew 3.5% on 04.03.2025 in Seoul.',
      ['Netflix Korea is based in the U.S. market report.', 'It grew 3.5% on 04.03.2025 in Seoul.'],
    ],
    [
      'The company opened offices in the U.S. The Seoul team has 40 people.',
      ['The company opened offices in the U.S.', 'The Seoul team has 40 people.'],
    ],
    [
      'Dr. Kim and J. K. Rowling met at Studio Co. Ltd. in Seoul. They talked.',
      ['Dr. Kim and J. K. Rowling met at Studio Co. Ltd. in Seoul.', 'They talked.'],
    ],
    ['Lotus Frame Inc. Chairman Park spoke. He was brief.', ['Lotus Frame Inc. Chairman Park spoke.', 'He was brief.']],
    [
      'Bright Reel Animation Pvt. Ltd., a Pune studio, joined Kite Pictures Pvt. The deal was signed.',
      ['Bright Reel Animation Pvt. Ltd., a Pune studio, joined Kite Pictures Pvt.', 'The deal was signed.'],
    ],
    [
      'It opened on Sept. 15 at No. 5 Main Street. Work began.',
      ['It opened on Sept. 15 at No. 5 Main Street.', 'Work began.'],
    ],
    // A figure's unit written short ends the sentence when a capitalised word follows, not before its noun.
    [
      'В 2021 году студию купил холдинг за $1,3 млрд. Покупатель закроет сделку в июне.',
      ['В 2021 году студию купил холдинг за $1,3 млрд.', 'Покупатель закроет сделку в июне.'],
    ],
    ['Выручка составила 5 млн. рублей за год.', ['Выручка составила 5 млн. рублей за год.']],
    [
      'Văn phòng mở tại TP.HCM vào ngày 8/10. PGS.TS. Nguyễn Văn An phát biểu. Ông cho biết thêm.',
      ['Văn phòng mở tại TP.HCM vào ngày 8/10.', 'PGS.TS. Nguyễn Văn An phát biểu.', 'Ông cho biết thêm.'],
    ],
    [
      'Офис открыт в 2025 г. Москва, т.е. в столице. Работают 40 человек.',
      ['Офис открыт в 2025 г. Москва, т.е. в столице.', 'Работают 40 человек.'],
    ],
    [
      '회사는 42명을 고용하고 있다. 이어 사무소를 열었다.또 교육도 한다.',
      ['회사는 42명을 고용하고 있다.', '이어 사무소를 열었다.', '또 교육도 한다.'],
    ],
    ['東京にスタジオを開いた。社員は40人だ！来年は？', ['東京にスタジオを開いた。', '社員は40人だ！', '来年は？']],
    ['彼は「来年も続ける。」と述べた。以上です。', ['彼は「来年も続ける。」と述べた。', '以上です。']],
    ['网飞在韩国培训了2400人。合作将继续。', ['网飞在韩国培训了2400人。', '合作将继续。']],
    [
      '『ラブライブ! スクールアイドルフェスティバル』の映像を手がけた。続編も担当する。',
      ['『ラブライブ! スクールアイドルフェスティバル』の映像を手がけた。', '続編も担当する。'],
    ],
    [
      '“We are ready,” she said. “Training starts now.” It did.',
      ['“We are ready,” she said.', '“Training starts now.”', 'It did.'],
    ],
    ['Visit ausfilm.com for details. Version 2.0 is out.', ['Visit ausfilm.com for details.', 'Version 2.0 is out.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('treats each line as its own paragraph', () => {
    expect(splitSentences('Title line\nFirst sentence. Second one.')).toEqual([
      'Title line',
      'First sentence.',
      'Second one.',
    ]);
  });
});
