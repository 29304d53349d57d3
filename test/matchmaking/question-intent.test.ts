/**
 * Telling a question that looks for partners from a fact question, in the languages members write in:
 * the intent evaluation (test/fixtures/eval/intents, written before the classifier was widened, by someone
 * who had read neither the code nor the lexicon) at the floors measured, and the shapes of a partner
 * question one by one with made-up questions (not the evaluation's).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureIntents } from '../../eval/intents.js';
import type { Glossary } from '../../src/knowledge/glossary.js';
import { loadGlossary } from '../../src/knowledge/load-glossary.js';
import { classifyQuestion, partnerPartOf } from '../../src/matchmaking/question-intent.js';
import { repositoryRoot } from '../helpers/temporary-folder.js';

let glossary: Glossary;
beforeAll(async () => {
  ({ glossary } = await loadGlossary(path.join(repositoryRoot, 'knowledge', 'glossary.yaml')));
});

describe('partner or fact question', () => {
  it('holds the evaluation floors on both halves', async () => {
    const { figures } = await measureIntents();
    // 2026-12-05: before the classifier was widened tune 22/60 partner, 1/8 both; check 20/60, 1/8. After: tune 45/60
    // partner, 7/8 both, 0/12 fact questions read as partner-only, 0/213 article questions read as partner; check
    // 40/60, 1/8, 0/12, 1/199. Most misses left have no lexicon entry for their work (Chinese, drone filming or
    // location services in some languages): with no work named there is no partner search to run. With the
    // taxonomy's Chinese forms (same day): tune 47/60 partner, 8/8 both; check 44/60, 2/8, 0/12, 1/199.
    // Session 11 (request grammar by language, needs only outside fact parts, fact parts by question words, past
    // events and named organizations): tune 52/60, 0/52 also read as fact, 8/8, 0/12, 0/213; check (read once at the
    // end) 49/60, 2/49, 5/8, 0/12, 3/199 — the article-set figure rose from 1 to 3 and is held there, not below.
    expect(figures.tune.partnerSeen).toBeGreaterThanOrEqual(52);
    expect(figures.tune.partnerAlsoFact).toBe(0);
    expect(figures.tune.bothSeen).toBeGreaterThanOrEqual(8);
    expect(figures.tune.factAsPartnerOnly).toBe(0);
    expect(figures.tune.articleFactAsPartner).toBe(0);
    expect(figures.check.partnerSeen).toBeGreaterThanOrEqual(49);
    expect(figures.check.bothSeen).toBeGreaterThanOrEqual(5);
    expect(figures.check.factAsPartnerOnly).toBe(0);
    expect(figures.check.articleFactAsPartner).toBeLessThanOrEqual(3);
    // Session 13's batch of the tune half (written before the product ran on it): 36/40 partner, 9/10 both, 0/20 fact
    // as partner-only before the session's changes; after, 40/40, 9/10, 0/20.
    expect(figures['tune s13'].partnerSeen).toBeGreaterThanOrEqual(40);
    expect(figures['tune s13'].bothSeen).toBeGreaterThanOrEqual(9);
    expect(figures['tune s13'].factAsPartnerOnly).toBe(0);
  });

  it.each([
    ['en', 'is there anyone around here doing motion capture cleanup?'],
    ['en', 'Need subtitles for a short film, any tips on who does that'],
    ['ko', '모션캡처 클린업 해 주는 곳이 있을까요?'],
    ['ko', '색보정 외주 맡길 데 어디가 좋아요?'],
    ['ja', 'モーションキャプチャーのクリーンアップをやってくれる会社はありますか'],
    ['ru', 'есть ли студии, которые делают цветокоррекцию для сериалов?'],
    ['ru', 'кто ещё обучает композитингу?'],
    ['vi', 'chỗ nào dạy dựng phim ở Hà Nội?'],
    ['uz', 'montaj qiladigan yaxshi studiya bormi?'],
    ['id', 'butuh colorist buat film pendek'],
    ['th', 'มีโรงเรียนสอนตัดต่อวิดีโอไหม'],
    ['kk', 'монтаж жасайтын студия бар ма?'],
    ['kk', 'кім дубляж жасайды?'],
    ['ko', '누가 애니메이터를 교육하나요?'],
    ['ja', 'コンポジットを教えているスクールはどこ？'],
    ['en', 'any schools teaching rigging in Almaty?'],
    // The asker's people as the subject: "where can our …" / "where could my team …" + learn, find, hire …
    ['en', 'Where can our junior animators learn rigging?'],
    ['en', 'where could my team find a subtitling vendor?'],
    // Session 13: "где <the asker's people> могут научиться", "… uchun qayerga", "…ているところを教えて", "khóa nào".
    ['ru', 'где наши аниматоры могут научиться риггингу?'],
    ['uz', "kompozitingni o'rganish uchun qayerga murojaat qilsa bo'ladi?"],
    ['ja', 'モーションキャプチャーのスタジオを時間貸ししているところを教えてください'],
    ['vi', 'Ở Đà Nẵng có khóa nào dạy hậu kỳ âm thanh không?'],
  ])('%s: “%s” looks for partners', (_language, question) => {
    expect(classifyQuestion(question, glossary).partner).toBe(true);
  });

  it.each([
    ['en', 'Who will run the new animation course in Busan?'],
    ['en', 'Who founded the studio that did the colour grading?'],
    ['ko', '그 VFX 스튜디오는 언제 설립됐어요?'],
    ['ru', 'сколько аниматоров работает в студии?'],
    ['vi', 'học viện lồng tiếng đó thành lập khi nào?'],
    ['th', 'สตูดิโอพากย์เสียงนี้ก่อตั้งเมื่อไหร่'],
    ['ja', 'そのアニメ制作会社はどこ？'],
    ['ko', '누가 그 애니메이션 스튜디오를 설립했어요?'],
  ])('%s: “%s” asks for a fact only', (_language, question) => {
    expect(classifyQuestion(question, glossary)).toEqual({ partner: false, fact: true });
  });

  it.each([
    ['ru', 'нужна студия цветокоррекции в Москве', 'moscow'],
    ['kk', 'Алматыда монтаж курсы бар ма?', 'almaty'],
    ['th', 'หาทีมพากย์เสียงในกรุงเทพ', 'bangkok'],
    ['id', 'cari studio animasi di Jogja', 'yogyakarta'],
    ['ja', '北海道でドローン撮影できる会社', 'hokkaido'],
    ['ko', '제주에서 촬영 코디네이터 구해요', 'jeju'],
  ])('%s: the city in “%s” is placed (%s)', (_language, question, place) => {
    const places = glossary
      .findConcepts(question)
      .filter((hit) => glossary.concepts.get(hit.conceptId)?.category === 'place')
      .map((hit) => hit.conceptId);
    expect(places).toContain(place);
  });
});

/** Partner (only), fact (only) or both, as a member would be answered. */
const intentOf = (question: string) => {
  const { partner, fact } = classifyQuestion(question, glossary);
  return partner ? (fact ? 'both' : 'partner') : 'fact';
};

describe('the grammar of asking for a partner (made-up questions, not the evaluation’s)', () => {
  it.each([
    ['en', 'does anyone know a good studio for motion capture cleanup?'],
    ['en', 'who else in Hanoi teaches 3D animation?'],
    ['en', 'where to learn rotoscoping online'],
    ['en', 'the studio we used for colour grading closed, any recommendations?'],
    ['ko', '색보정 배울 수 있는 곳 아시는 분?'],
    ['ko', '자막 번역 업체가 필요해요'],
    ['ja', 'モーションキャプチャーのスタジオ、いいところ知りませんか'],
    ['ru', 'хотим заказать дубляж сериала на казахский'],
    ['ru', 'Сколько стоит? И где ещё учат монтажу?'],
    ['vi', 'cần tìm đơn vị lồng tiếng phim Hàn'],
    ['vi', 'mọi người gợi ý giúp chỗ học dựng phim với'],
    ['th', 'ใครรู้จักสตูดิโอพากย์เสียงบ้าง'],
    ['th', 'ต้องการทีมตัดต่อวิดีโอ'],
    ['zh', '想找一家做字幕翻译的公司'],
    ['zh', '有人能做三维动画吗'],
  ])('%s: “%s” looks for partners', (_language, question) => {
    expect(classifyQuestion(question, glossary).partner).toBe(true);
  });

  it.each([
    ['kk', 'әуеден түсіретін команда іздейміз'],
    ['kk', 'дубляждайтын студия іздейміз'],
    ['uz', 'dron operatorini qidiryapmiz'],
  ])('%s: the work in “%s” is found through its word forms', (_language, question) => {
    expect(classifyQuestion(question, glossary).partner).toBe(true);
  });

  it.each([
    ['en', 'How many animators does the Korean industry need each year?'],
    ['en', 'What did the report recommend to dubbing studios?'],
    ['ru', 'сколько аниматоров нужно индустрии?'],
    ['vi', 'Việt Nam cần bao nhiêu họa sĩ hoạt hình?'],
    ['uz', "O'zbekistonga nechta animator kerak?"],
    ['id', 'Berapa animator yang dibutuhkan industri?'],
    ['ko', '업계에 필요한 애니메이터는 몇 명이에요?'],
    ['kk', 'Қазақстанға қанша аниматор керек?'],
    ['th', 'อุตสาหกรรมต้องการนักสร้างแอนิเมชันกี่คน'],
    ['zh', '韩国每年需要多少动画师？'],
  ])('%s: a need in a fact question (“%s”) asks a figure, not for partners', (_language, question) => {
    expect(intentOf(question)).toBe('fact');
  });

  it.each([
    ['en', 'Who can apply for the animation training program?'],
    ['ko', '누가 애니메이션 교육 프로그램에 지원할 수 있나요?'],
    ['ru', 'кто может подать заявку на обучение анимации?'],
    ['vi', 'ai có thể đăng ký khóa đào tạo hoạt hình?'],
    ['id', 'siapa yang bisa mendaftar pelatihan animasi?'],
    ['zh', '谁可以申请动画培训项目？'],
    ['en', 'Which companies does the agency support in dubbing?'],
    ['en', 'Is there a subsidy for dubbing in the KOCCA program?'],
  ])('%s: “%s” asks about a programme, not for partners', (_language, question) => {
    expect(intentOf(question)).toBe('fact');
  });
});

describe('a question that is both', () => {
  it.each([
    // A fact question word in one part, a request in another.
    ['en', 'How many students does KAFA take each year? And which other schools teach directing?'],
    ['ko', 'KAFA 원장은 누구예요? 연출 가르치는 학원도 추천해 주세요'],
    ['ru', 'в каком году основан Казахфильм? нужен колорист на проект'],
    ['vi', 'VTV ra mắt kênh mới năm nào? cần tìm studio lồng tiếng'],
    ['uz', "Uzbekkino rahbari kim? montaj o'rgatadigan kurs kerak"],
    ['id', 'Berapa anggaran program KOCCA? butuh studio dubbing juga'],
    ['kk', 'Қазақфильмді кім басқарады? монтаж үйрететін курс керек'],
    ['zh', 'CJ ENM什么时候成立的？我们需要字幕翻译公司'],
    // A past event, or a named or pointed-at organization, in a part that asks for no partner.
    ['en', 'Netflix opened a Seoul office — who can do Korean subtitles for us?'],
    ['en', 'Tell me about Studio Mir, and who else does 2D animation outsourcing?'],
    ['ja', 'そのスタジオの話が気になります。字幕をお願いできる会社ありますか'],
  ])('%s: “%s” gets partners and an article answer', (_language, question) => {
    expect(intentOf(question)).toBe('both');
  });

  it.each([
    ['en', 'need a colorist for a Netflix series, Seoul based'],
    ['ja', 'NHK向けの字幕をお願いできる会社ありますか'],
    ['ru', 'ищу студию дубляжа для сериала Netflix'],
    ['ko', '일본어 자막 해 주는 업체 있나요? 분량은 12부작이에요'],
  ])('%s: “%s” names an organization only as part of the request: partners only', (_language, question) => {
    expect(intentOf(question)).toBe('partner');
  });

  it('searches only the partner part when the fact part asks a count (何本, 何作, 何件, 何名)', () => {
    const question = 'そのスタジオは何本の作品を吹き替えたの？あと字幕を頼める会社も教えて';
    expect(intentOf(question)).toBe('both');
    expect(partnerPartOf(question)).not.toContain('吹き替え');
  });
});
