/**
 * The lexicon's places of the world (knowledge/glossary.yaml, "places (world)"): made-up sentences in each language
 * find the country or city where one is meant, and not in the look-alike words of that language (Vietnamese "phương
 * pháp", Korean "오만 원", Japanese 英語, Russian "того", Indonesian "lima tahun", English "turkey" or "Chad").
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPlace } from '../../src/answer/place-units.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { cityKey, countryKey, countryName, profilePlace } from '../../src/matchmaking/languages-and-regions.js';
import { localNeeds, localPlacesIn } from '../../src/matchmaking/local-places.js';
import type { NormalizedStatement } from '../../src/matchmaking/normalize-statement.js';

let glossary: Glossary;

beforeAll(async () => {
  const loaded = await loadGlossary(path.resolve('knowledge/glossary.yaml'));
  expect(loaded.problems).toEqual([]);
  glossary = loaded.glossary;
});

/** The place concepts a text names, as answering and retrieval find them (and with inflections and compounds). */
function places(text: string, morphology = false): string[] {
  return glossary
    .findConcepts(text, { morphology })
    .filter((hit) => glossary.concepts.get(hit.conceptId)?.category === 'place')
    .map((hit) => hit.conceptId);
}

describe('places of the world in each language', () => {
  it.each([
    ['en', 'The studio opened an office in Australia and hired two Australian producers.', ['australia', 'australia']],
    ['en', 'She moved from the UK to Berlin before the festival in Cannes.', ['united-kingdom', 'berlin', 'cannes']],
    ['en', 'Annecy, Toronto and Busan are on the sales agent’s calendar.', ['annecy', 'toronto', 'busan']],
    ['en', 'A co-production between North Korea and South Korea is unlikely.', ['north-korea', 'south-korea']],
    ['en', 'Crews from Mexico City and New York met in Los Angeles.', ['mexico-city', 'new-york', 'los-angeles']],
    ['ru', 'Сколько анимационных студий работает в Австралии?', ['australia']],
    ['ru', 'Австралийский продюсер открыл офис в Берлине и в Каннах.', ['australia', 'berlin', 'cannes']],
    ['ru', 'Французской компании помогла студия из Новосибирска.', ['france', 'novosibirsk']],
    ['ko', '영국 제작사가 호주 스튜디오와 공동 제작한다.', ['united-kingdom', 'australia']],
    ['ko', '독일 베를린과 인도 뭄바이에서 촬영했다.', ['germany', 'berlin', 'india', 'mumbai']],
    ['ko', '하노이에서 열린 행사에 우크라이나와 벨기에 스튜디오가 왔다.', ['hanoi', 'ukraine', 'belgium']],
    ['vi', 'Hãng phim có văn phòng tại nước Anh, Hoa Kỳ và Ấn Độ.', ['united-kingdom', 'united-states', 'india']],
    ['vi', 'Đạo diễn người Pháp quay phim ở Vương quốc Anh và nước Úc.', ['france', 'united-kingdom', 'australia']],
    ['ja', 'イギリスとフランスの共同制作で、豪州のカンヌ出品作。', ['united-kingdom', 'france', 'australia', 'cannes']],
    ['uz', 'Studiya Avstraliyada va Fransiyada ofis ochdi.', ['australia', 'france']],
    ['kk', 'Студия Қазақстанда және Ұлыбританияда жұмыс істейді.', ['kazakhstan', 'united-kingdom']],
    ['th', 'สตูดิโอในออสเตรเลียและญี่ปุ่น', ['australia', 'japan']],
    ['ind', 'Kantor kami di Jerman, Inggris dan Surabaya.', ['germany', 'united-kingdom', 'surabaya']],
    ['zh', '在澳大利亚和新西兰拍摄', ['australia', 'new-zealand']],
  ])('%s: %s', (_language, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('look-alike words are not places', () => {
  it.each([
    ['en', 'We ate turkey with Chad and Jordan in Georgia’s kitchen, then had to polish the script.'],
    ['en', 'Tom Holland and Sofia Coppola watched an Elia Kazan film; the PNG files had a perm and a chili.'],
    ['vi', 'Anh ấy làm việc theo phương pháp mới về mỹ thuật và ý tưởng đạo đức.'],
    ['vi', 'Ký ức về áo dài, lao động ba lần, thủy điện, mong có tổng giám đốc.'],
    ['ko', '오만 원으로 수단과 방법을 가리지 않고 빈 공간에 선전 효과를 냈다.'],
    ['ko', '웹툰이란 무엇인가요? 차량을 인도받았다.'],
    ['ja', '英語の字幕と米の仏教、独立系のスタジオ。'],
    ['ru', 'В том же году того же чада не было, кубы льда растаяли.'],
    ['ind', 'Lima tahun pengalaman, surat lamaran, bahan baku dan medan perang.'],
  ])('%s: %s', (_language, text) => {
    expect(places(text)).toEqual([]);
  });

  it('a Vietnamese "tổng", an Uzbek "Malika" and an acronym are no places, even through stems and endings', () => {
    expect(places('Tổng giám đốc Malika Karimova', true)).toEqual([]);
    expect(places('KOBETA signed the agreement', true)).toEqual([]);
  });
});

describe('places where answers and matchmaking use them', () => {
  it('a sentence naming a city or country in any script holds a place', () => {
    const none = new Set<string>();
    expect(hasPlace('호주 시장은 작년에 두 배로 커졌다.', glossary, none)).toBe(true);
    expect(hasPlace('ムンバイの制作会社が参加した。', glossary, none)).toBe(true);
    expect(hasPlace('오만 원짜리 티켓이 팔렸다.', glossary, none)).toBe(false);
  });

  it('a need for local work in a city counts for its country', () => {
    expect(localPlacesIn('local fixer for our shoot in Surabaya', glossary)).toEqual(['id']);
    expect(localPlacesIn('местный продюсер для съёмок в Шымкенте', glossary)).toEqual(['kz']);
    expect(localPlacesIn('현지 코디네이터 (하이퐁)', glossary)).toEqual(['vn']);
    expect(localPlacesIn('群演全部在西安本地组织', glossary)).toEqual(['cn']);
  });

  it('a need for local work naming no place is local where the description says the work is', () => {
    const needs = ['현지 로케이션 헌팅 및 코디네이터(픽서), 촬영 허가 대행', '편집 감독'].map((text) => ({
      text,
      localTo: [] as string[],
    })) as unknown as NormalizedStatement[];
    const description = '2027년 봄 베트남 하노이·호이안에서 8부작 드라마를 촬영할 예정입니다.';
    expect(localNeeds(needs, description, 'kr', glossary).map((need) => need.localTo)).toEqual([['vn'], []]);
    // No place in the description: the profile's own country.
    expect(localNeeds(needs, '드라마 제작사입니다.', 'kr', glossary)[0]?.localTo).toEqual(['kr']);
  });
});

describe('where a profile is, from the lexicon', () => {
  it('a country written in any language is one key (ISO 3166), and a city counts for its country', () => {
    const vietnam = [
      'Vietnam',
      'Việt Nam',
      'Вьетнам',
      'ベトナム',
      '베트남',
      'Vyetnam',
      'VN',
      'TP. Hồ Chí Minh',
      'Hà Nội',
    ];
    expect(vietnam.map((text) => countryKey(text, glossary))).toEqual(vietnam.map(() => 'vn'));
    const others = ["O'zbekiston", 'Oʻzbekiston', 'Қазақстан', 'Республика Казахстан', 'ประเทศไทย', 'Монгол Улс'];
    expect(others.map((text) => countryKey(text, glossary))).toEqual(['uz', 'uz', 'kz', 'kz', 'th', 'mn']);
    expect([countryKey('Pilipinas'), countryKey('Hoa Kỳ'), countryKey('England', glossary)]).toEqual([
      'ph',
      'us',
      'gb',
    ]);
    // Unknown words stay themselves, and a two-letter one is no code ("Mỹ" is not Malaysia).
    expect([countryKey('Atlantis', glossary), countryKey('Mỹ', glossary)]).toEqual(['atlantis', 'my?']);
    expect([countryName('kz', '-'), countryName('my?', 'Mỹ')]).toEqual(['Kazakhstan', 'Mỹ']);
  });

  it('a city written in any language or script is one key', () => {
    const saigon = ['TP. Hồ Chí Minh', 'Ho Chi Minh City', 'Saigon', '호치민'];
    expect(saigon.map((text) => cityKey(text, glossary))).toEqual(saigon.map(() => 'ho chi minh city'));
    expect(['Алматы', 'Almaty', 'Алматыда'].map((text) => cityKey(text, glossary))).toEqual([
      'almaty',
      'almaty',
      'almaty',
    ]);
    expect(cityKey('Springfield', glossary)).toBe('springfield');
  });

  it('a profile without a country field is placed by its city or the one city its description names', () => {
    expect(profilePlace({ city: 'Đà Nẵng' }, glossary)).toEqual({ country: 'vn', city: 'da nang' });
    expect(
      profilePlace(
        { description: 'Студия анимации, базируемся в Алматы, работаем с корейскими заказчиками' },
        glossary,
      ),
    ).toEqual({ country: 'kz', city: 'almaty' });
    expect(profilePlace({ description: 'We dub for clients in Japan and Korea.' }, glossary)).toEqual({
      country: undefined,
      city: undefined,
    });
  });

  it('a profile with a country field and no city is in the one city its description names in that country', () => {
    const place = (description: string) => profilePlace({ country: '中国', description }, glossary);
    expect(place('驻西安的群演经纪公司，长期服务在西安、咸阳实景拍摄的剧组。').city).toBe(cityKey('西安', glossary));
    // A city abroad, or two cities, say nothing of where it is.
    expect(place('我们为首尔和东京的客户服务。').city).toBeUndefined();
    expect(profilePlace({ country: 'Việt Nam', description: 'Phòng thu ở Hà Nội và TP.HCM.' }, glossary).city).toBe(
      undefined,
    );
  });
});
