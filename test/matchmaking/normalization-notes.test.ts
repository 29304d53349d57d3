/**
 * Normalization you can see: each offer and need maps to lexicon entries with a confidence,
 * phrases the lexicon cannot place are listed for organizers (import result and report) instead of
 * being matched loosely, Thai and other unspaced scripts are segmented, and a profile written in a
 * script the lexicon has no forms for gets a clear note.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStatementNormalizer } from '../../src/matchmaking/normalize-statement.js';
import { HashedEmbedder } from '../../src/retrieval/hashed-embedder.js';
import { createHarness, type Harness, shippedGlossary } from './matchmaking-harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('normalization', () => {
  it('places Thai (unspaced) and English statements on the same entries, with a confidence', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const thai = normalizer.normalize('นักวาดสตอรี่บอร์ด');
    const english = normalizer.normalize('storyboard artists');
    expect(thai.concepts.length).toBeGreaterThan(0);
    expect(thai.concepts).toEqual(english.concepts);
    expect(thai.unplaced).toEqual([]);
    const partial = normalizer.normalize('storyboard artists for volumetric hologram operas');
    const mention = partial.mentions.find((entry) => english.concepts.includes(entry.conceptId));
    expect(mention?.confidence).toBeGreaterThan(0);
    expect(mention?.confidence).toBeLessThan(1);
  });

  it('places Kazakh Cyrillic (қ ғ ө і), unspaced Thai and Indonesian trade words on the same entries as English', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const pairs: [string, string][] = [
      ['Корей сериалдарын қазақ тіліне дубляждау', 'dubbing'],
      ['Жарық қоюшылар және гафферлер', 'gaffer'],
      ['Өндірістік бухгалтерия: шығындар есебі', 'production accounting'],
      ['นักวาดอินบีทวีนและคลีนอัพ', 'in-betweening and clean-up'],
      ['พากย์ซีรีส์ไทยเป็นภาษาอินโดนีเซีย', 'dubbing'],
      ['Asisten flatting dan lineart untuk webtoon', 'flat colouring and line art for webtoons'],
    ];
    for (const [text, english] of pairs) {
      const placed = normalizer.normalize(text);
      expect(placed.unplaced, text).toEqual([]);
      for (const concept of normalizer.normalize(english).concepts) expect(placed.concepts, text).toContain(concept);
    }
  });

  it('lists no detail of placed work: an item under a heading that places work, or a part of a placed item', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    // "Sony Venice 2", "RED", "Cooke" are details of the camera rental the heading names; "voxel ballet" the same
    // item's other part beside dubbing.
    expect(normalizer.normalize('Camera rental: Sony Venice 2, RED, Cooke').unplaced).toEqual([]);
    expect(normalizer.normalize('dubbing and voxel ballet').unplaced).toEqual([]);
    // A separate item naming no work, and a heading placing none, are still listed.
    expect(normalizer.normalize('dubbing, voxel ballet').unplaced).toEqual(['voxel ballet']);
    expect(normalizer.normalize('Voxel ballet: Sony Venice 2, RED').unplaced).toEqual([
      'Voxel ballet: Sony Venice 2',
      'RED',
    ]);
  });

  it('reads a Thai list separated by spaces as parts of one item, and lists an item placing no work whole', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const thai = normalizer.normalize('นักแสดงสมทบ นักแสดงประกอบ นักแสดงเด็ก');
    expect(thai.segments.map((segment) => segment.text)).toEqual(['นักแสดงสมทบ', 'นักแสดงประกอบ', 'นักแสดงเด็ก']);
    const shared = thai.segments[0]?.itemSubjects ?? [];
    for (const segment of thai.segments) expect(segment.itemSubjects).toEqual(shared);
    expect(normalizer.normalize('voxel ballet and hologram opera').unplaced).toEqual([
      'voxel ballet and hologram opera',
    ]);
    expect(normalizer.normalize('บัลเลต์ว็อกเซล โอเปร่าโฮโลแกรม').unplaced).toEqual(['บัลเลต์ว็อกเซล โอเปร่าโฮโลแกรม']);
  });

  it('reads "for education" (교육용, 教育用) as what the work is for, not as teaching', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    for (const text of ['교육용 애니메이션 제작', '教育用アニメーション制作']) {
      const placed = normalizer.normalize(text);
      expect(placed.modes, text).toEqual([]);
      expect(placed.segments[0]?.subjects, text).toContain('animation');
    }
    expect(normalizer.normalize('애니메이션 교육').modes).not.toEqual([]);
    expect(normalizer.normalize('채용').modes).not.toEqual([]);
  });

  it('reads a slash list sharing its head words (하이/로우 폴리, 2D/3D animators) item by item', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const animators = normalizer.normalize('2D/3D animators');
    expect(animators.segments.map((segment) => segment.text)).toEqual(['2D animators', '3D animators']);
    expect(animators.segments[0]?.subjects).toEqual(normalizer.normalize('2D animators').segments[0]?.subjects);
    const poly = normalizer.normalize('하이/로우 폴리');
    expect(poly.segments.map((segment) => segment.text)).toEqual(['하이 폴리', '로우 폴리']);
    expect(poly.unplaced).toEqual([]);
    // A slash between whole items shares nothing.
    expect(normalizer.normalize('UI/UX, 2D/3D').segments.length).toBeGreaterThan(0);
    expect(normalizer.normalize('dubbing/3D animators').segments.map((segment) => segment.text)).toEqual([
      'dubbing',
      '3D animators',
    ]);
  });

  it('reads two verbs sharing one object (đóng và cho thuê đạo cụ, пошив и прокат костюмов) part by part', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const subjects = (text: string) => normalizer.normalize(text).segments.map((segment) => segment.subjects);
    // The first verb alone names nothing; with the object of the second it is work of its own.
    expect(subjects('thiết kế và dựng bối cảnh')).toEqual([['set-design'], ['set-construction']]);
    expect(subjects('пошив и прокат костюмов')).toEqual([['costume-design'], ['prop-and-costume-rental']]);
    expect(subjects('đóng và cho thuê đạo cụ')).toEqual([['props'], ['prop-and-costume-rental']]);
    // A part that names work of its own keeps to it.
    expect(subjects('dubbing và cho thuê đạo cụ')[0]).toEqual(['dubbing']);
  });

  it('lists no screen credit offered as a perk, and keeps credits or titles that may be work', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    for (const perk of [
      'Credit in the game',
      'Kredit di film bioskop',
      '엔딩 크레딧',
      'titrlarda ism',
      'เครดิตท้ายเรื่อง',
      'кредитэд нэр',
      'Кинонд нэр дурдах',
      'Фильм титрларида номи',
    ])
      expect(normalizer.normalize(perk).unplaced, perk).toEqual([]);
    // Bare титрлар may be title design or on-air captions: still listed when nothing places it.
    expect(normalizer.normalize('титрлар').unplaced).toEqual(['титрлар']);
  });

  it('keeps a number with thousands grouped by a comma in one item (4,000 frames)', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const texts = normalizer.normalize('roto, approx. 4,000 voxel frames').segments.map((segment) => segment.text);
    expect(texts).toEqual(['roto', 'approx. 4,000 voxel frames']);
    expect(normalizer.normalize('dubbing, 3D animation').segments).toHaveLength(2);
  });

  it('lists no deal term (a contract, a payment per episode or shift) nor clients named as such', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const terms = [
      'Оплата по договору',
      "qism boshiga to'lov",
      'Урт хугацааны гэрээ',
      'thanh toán USD theo milestone',
      '按集结算',
      '회차당 스태프 표준 단가',
      'Kontrak per episode',
    ];
    for (const term of terms) expect(normalizer.normalize(term).unplaced, term).toEqual([]);
    // The other parts of an item naming a deal term are its details; unknown work is still listed.
    for (const item of ['Credit in the game and store page', 'akomodasi dan per diem di lokasi'])
      expect(normalizer.normalize(item).unplaced, item).toEqual([]);
    expect(normalizer.normalize('voxel ballet').unplaced).toEqual(['voxel ballet']);
    expect(normalizer.normalize('paid contract, voxel ballet').unplaced).toEqual(['voxel ballet']);
    // So are the clients a profile names as such: whom it serves, a generic need.
    for (const clients of [
      'Property developers and architecture firms as clients',
      'Корпоративтік тапсырыс берушілер',
      '企业客户',
    ])
      expect(normalizer.normalize(clients).unplaced, clients).toEqual([]);
  });

  it('lists no item that only names a place, and still lists one naming unknown work beside a place', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    expect(normalizer.normalize("dubbing, Qozog'iston, Моңғолия").unplaced).toEqual([]);
    expect(normalizer.normalize('dubbing, voxel ballet in Toshkent').unplaced).toEqual(['voxel ballet in Toshkent']);
  });

  it('reads a Mongolian doer in -гч as the work behind it (эвлүүлэгч, editor: эвлүүлэг, editing), with case endings', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const editing = normalizer.normalize('Баримтат киноны эвлүүлэг').concepts;
    expect(editing).toContain('documentary-editing');
    for (const doer of ['Баримтат киноны эвлүүлэгч', 'баримтат киноны эвлүүлэгчид'])
      expect(normalizer.normalize(doer).concepts, doer).toEqual(expect.arrayContaining(editing));
  });

  it('lists no item that only names kinds of partner (production companies, broadcasters), and still lists unknown work beside them', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    for (const generic of ['Production companies', 'Film studios and broadcasters in Korea', 'Продакшн-компании'])
      expect(normalizer.normalize(generic).unplaced, generic).toEqual([]);
    expect(normalizer.normalize('voxel ballet for production companies').unplaced).toEqual([
      'voxel ballet for production companies',
    ]);
  });

  it('places the trades of the languages the lexicon reads least (Mongolian, Kazakh, Thai, Chinese, Indonesian)', async () => {
    const glossary = await shippedGlossary();
    const normalizer = createStatementNormalizer({ glossary, embedder: new HashedEmbedder({ glossary }) });
    const pairs: [string, string][] = [
      ['Кинонд зориулсан хиймэл цас, салхины машин', 'artificial snow and wind machines'],
      ['Лицензтэй пиротехникч', 'pyrotechnician'],
      ['Жасанды қар және жел машиналары', 'artificial snow and wind machines'],
      ['ครูฝึกสัตว์สำหรับกองถ่าย', 'animal trainers for film'],
      ['游戏本地化和本地化测试', 'game localization'],
      ['JBI untuk program berita', 'sign language interpreters'],
      ['Экспедицийн логистик', 'expedition logistics'],
      ['影视后期合成、擦威亚', 'compositing, wire removal'],
      ['动作捕捉、角色绑定', 'motion capture, 3D rigging'],
      ['จัดหาตัวประกอบ ฉากใต้น้ำ', 'extras casting, underwater filming'],
    ];
    for (const [text, english] of pairs) {
      const placed = normalizer.normalize(text);
      expect(placed.unplaced, text).toEqual([]);
      for (const concept of normalizer.normalize(english).concepts) expect(placed.concepts, text).toContain(concept);
    }
    // A Kazakh driver (жүргізушісі) is no TV presenter; a TV presenter still is.
    expect(normalizer.normalize('жүргізушісі бар көліктер').concepts).not.toContain('tv-presenting');
    expect(normalizer.normalize('жаңалықтар жүргізушісі').concepts).toContain('tv-presenting');
  });

  it('lists the phrases it cannot place at import and in the report, and notes a script the lexicon lacks', async () => {
    harness = await createHarness();
    const result = await harness.matchmaking.profiles.importMany(
      [
        { name: 'Hologram Opera', kind: 'studio', needs: ['volumetric hologram puppeteers', 'storyboard artists'] },
        { name: 'Phnom Penh Studio', kind: 'studio', languages: ['Khmer'], needs: ['អ្នកកាត់តវីដេអូ'] },
      ],
      { file: 'test' },
    );
    expect(result.problems).toEqual([]);
    expect(result.unplaced.map((entry) => entry.phrase)).toEqual(
      expect.arrayContaining(['volumetric hologram puppeteers', 'អ្នកកាត់តវីដេអូ']),
    );
    expect(result.unplaced.map((entry) => entry.phrase)).not.toContain('storyboard artists');
    expect(result.notes).toEqual([expect.stringMatching(/^Phnom Penh Studio: .*Khmer script/)]);
    const report = await harness.matchmaking.report();
    expect(report.unplacedPhrases).toContainEqual(
      expect.objectContaining({ side: 'need', phrase: 'volumetric hologram puppeteers' }),
    );
  });
});
