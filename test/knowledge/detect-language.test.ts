import { describe, expect, it } from 'vitest';
import { stripControlCharacters } from '../../src/knowledge/control-characters.js';
import { detectLanguage } from '../../src/knowledge/detect-language.js';

const questions: [string, string][] = [
  ['en', 'How many people work at IT Works Korea?'],
  ['en', 'Who runs the Melbourne studio?'],
  ['en', 'When did Framestore open Launchpad?'],
  ['en', 'What does 콘진원 do?'],
  ['en', 'Where is Scanline VFX based?'],
  ['ko', '넷플릭스와 교육 협약을 맺은 기관은?'],
  ['ko', 'Netflix와 KOCCA가 맺은 협약은?'],
  ['ko', 'IT Works Korea 직원은 몇 명?'],
  ['vi', 'Netflix đã đào tạo bao nhiêu người?'],
  ['vi', 'KOCCA mở văn phòng ở đâu?'],
  ['vi', 'Ai là giám đốc?'],
  ['ja', 'サマルカンドに事務所を開いた会社は?'],
  ['ja', 'Netflixの研修は何人?'],
  ['ja', '東京で開催されたのはいつですか'],
  ['zh', '网飞在韩国培训了多少人？'],
  ['zh', '这家公司在哪里？'],
  ['zh', '韓國內容振興院在哪裡'],
  ['ru', 'Сколько человек работает в IT Works Korea?'],
  ['ru', 'Где находится офис?'],
  ['ru', 'Кто возглавляет студию?'],
  ['uk', 'Скільки людей працює в компанії?'],
  ['uk', 'Де знаходиться їхній офіс?'],
  ['kk', 'Компанияда қанша адам жұмыс істейді?'],
  ['uz', 'Компания қаерда жойлашган?'],
  ['uz', 'Kompaniyada qancha odam ishlaydi?'],
  ['uz', "Samarqandda qaysi kompaniya ofis ochdi va u nima bilan shug'ullanadi?"],
  ['uz', 'Oʻzbekistonda nechta studiya bor?'],
  ['uz', 'Ofis qayerda joylashgan?'],
  ['th', 'บริษัทนี้มีพนักงานกี่คน'],
  // Names in Latin letters inside questions in other languages.
  ['ru', 'Зачем Netflix Korea Production открыла офис в Seoul?'],
  ['ru', 'Сколько фильмов покажет Annecy International Festival?'],
  ['uz', 'Blue Crane Animation Studio rahbari kim?'],
  ['en', 'Who signed for Blue Crane Animation in Seoul?'],
  ['id', 'Berapa banyak orang bekerja di perusahaan itu?'],
  ['id', 'Di mana kantor Netflix?'],
  ['fr', 'Combien de personnes travaillent chez Netflix?'],
  ['es', '¿Cuántas personas trabajan en la empresa?'],
  ['de', 'Wie viele Leute arbeiten bei Netflix?'],
];

describe('detectLanguage', () => {
  it.each(questions)('%s: %s', (language, question) => {
    expect(detectLanguage(question)).toBe(language);
  });

  it('tags article texts that quote names in other scripts', () => {
    expect(
      detectLanguage(
        '스캔라인VFX는 서울 상암 DMC에 스튜디오를 열고 Netflix, Disney 작품의 시각효과를 맡는다고 밝혔다.',
      ),
    ).toBe('ko');
    expect(
      detectLanguage('Netflix Korea said on Thursday that it signed an MOU with 한국콘텐츠진흥원 (KOCCA) in Seoul.'),
    ).toBe('en');
    expect(
      detectLanguage('Студия Lotus Frame открыла академию композитинга в Дананге и обучит 120 специалистов.'),
    ).toBe('ru');
    // An Irish name written twice ("O'Brien") in a long English text is no Uzbek o'.
    const english =
      'Harbor Pixel, an animation company with studios in Dallas and Hollywood, is opening in Montreal and says the ' +
      'new studio will soon be its biggest. "By Year 3 we expect Montreal to hold half of our staff," president ' +
      "and CEO Steve O'Brien said. About 60 people have already been hired at the local studio, which opened in " +
      "early March in the Nordelec building, according to O'Brien. The company also looked at Toronto, Vancouver " +
      'and Atlanta before it chose the city for its cost of living, its skilled workforce and its tax incentives.';
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage("O'zbekiston animatsiya studiyalari bu yil to'rtta yangi serial chiqaradi.")).toBe('uz');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('2025 — 42 %')).toBe('und');
  });
});

describe('stripControlCharacters', () => {
  it('removes ANSI and OSC escapes and C0/C1 controls, keeps tabs and newlines', () => {
    const hostile =
      'Red \u001b[31malert\u001b[0m\u0007 \u001b]8;;https://x.test\u0007link\u001b]8;;\u001b\\ ok\u009b2J\r\nnext\tcol\u0000\u0085';
    expect(stripControlCharacters(hostile)).toBe('Red alert link ok\nnext\tcol');
  });
});
