/**
 * Match reasons in the reader's language: the real core returns each reason's code and parameters
 * (with the taxonomy entry's labels by language) beside its English text, and the adapters write
 * them from the catalogs; a reason stored before it had a code shows its English text. Also the
 * profile form's words read back in any language (Discord's About box, kind names) and the
 * schema's field problems in the member's language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileInputFromModal } from '../../adapters/discord/profile-modal.js';
import { fieldProblemText } from '../../adapters/i18n/field-problems.js';
import { kindName, languageList, reasonText, searchedLabels } from '../../adapters/i18n/match-reasons.js';
import type { Matchcut } from '../../src/core-types.js';
import type { MatchReason } from '../../src/index.js';
import { createTestCore } from '../helpers/test-core.js';

let core: Matchcut;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const created = await createTestCore();
  core = created.core;
  cleanup = created.cleanup;
  await core.profiles.upsert({
    name: 'Hanoi Story House',
    kind: 'studio',
    country: 'Vietnam',
    city: 'Hanoi',
    languages: ['vi', 'en'],
    needs: ['thiết kế nhân vật 2D'],
    offers: ['internships for graduates'],
  });
  await core.profiles.upsert({
    name: 'Hanoi Character Academy',
    kind: 'talent_center',
    country: 'Vietnam',
    city: 'Hanoi',
    languages: ['vi', 'en'],
    offers: ['2D character design courses'],
    needs: ['internships for graduates'],
  });
});
afterEach(async () => cleanup());

describe('match reasons from the core', () => {
  it('carry a code and parameters beside the English text, with the entry labelled in every language', async () => {
    const [match] = await core.match('Hanoi Story House');
    expect(match?.b.name).toBe('Hanoi Character Academy');
    const reasons = match?.reasons ?? [];
    for (const reason of reasons) expect(reason.message, reason.text).toBeDefined();
    const need = reasons.find((reason) => reason.message?.code === 'need_offer' && reason.side === 'a');
    expect(need?.text).toMatch(/^Hanoi Story House needs thiết kế nhân vật 2D \(.+\) ↔ Hanoi Character Academy offers/);
    const labels = need?.message?.code === 'need_offer' ? need.message.conceptLabels : undefined;
    expect(labels?.en).toBeDefined();
    expect(Object.keys(labels ?? {})).toEqual(expect.arrayContaining(['en', 'ko', 'ja', 'ru']));
    expect(reasons.map((reason) => reason.message?.code)).toEqual(
      expect.arrayContaining(['need_offer', 'shared_languages', 'same_city']),
    );
    expect(reasons.find((reason) => reason.message?.code === 'shared_languages')?.message).toEqual({
      code: 'shared_languages',
      languages: ['vi', 'en'],
    });
  });

  it('are written in Korean, Japanese, Russian and Uzbek, English staying the core text', async () => {
    const [match] = await core.match('Hanoi Story House');
    const reasons = match?.reasons ?? [];
    const need = reasons.find((reason) => reason.message?.code === 'need_offer' && reason.side === 'a') as MatchReason;
    const labels = need.message?.code === 'need_offer' ? (need.message.conceptLabels ?? {}) : {};
    expect(reasonText(need, 'en')).toBe(need.text);
    const korean = reasonText(need, 'ko');
    expect(korean).toBe(
      `Hanoi Story House은(는) thiết kế nhân vật 2D (${labels.ko})이(가) 필요 ↔ Hanoi Character Academy은(는) ` +
        `${need.message?.code === 'need_offer' ? need.message.offer : ''} 제공`,
    );
    expect(reasonText(need, 'ja')).toContain(`（${labels.ja}）を必要としている`);
    const languages = reasons.find((reason) => reason.message?.code === 'shared_languages') as MatchReason;
    expect(reasonText(languages, 'ru')).toBe('обе стороны работают на языках: вьетнамский и английский');
    expect(reasonText(languages, 'ja')).toBe('両者ともベトナム語、英語で仕事をしています');
    const city = reasons.find((reason) => reason.message?.code === 'same_city') as MatchReason;
    expect(reasonText(city, 'uz')).toBe('ikkalasi ham bir joyda: Hanoi');
    for (const locale of ['ko', 'ja', 'ru', 'uz', 'vi'] as const) {
      for (const reason of reasons) expect(reasonText(reason, locale)).not.toMatch(/ needs | offers |both /);
    }
  });

  it('a reason stored before it had a code shows its English text in every language', () => {
    const stored: MatchReason = { side: 'both', kind: 'region', text: 'both are in Hanoi' };
    expect(reasonText(stored, 'ko')).toBe('both are in Hanoi');
  });

  it('a partner search returns what it looked for with labels by language', async () => {
    const result = await core.findPartners('who offers 2D character design courses?');
    expect(result.needs.length).toBeGreaterThan(0);
    expect(result.needs[0]?.labels?.en).toBe(result.needs[0]?.label);
    expect(searchedLabels(result.needs, 'ko')).toBe(
      result.needs.map((need) => need.labels?.ko ?? need.label).join(', '),
    );
    const inVietnam = await core.findPartners('who offers 2D character design courses in Vietnam?');
    expect(inVietnam.place).toBe('Vietnam');
    expect(inVietnam.placeLabels?.en).toBe('Vietnam');
    expect(inVietnam.placeLabels?.ko).toBe('베트남');
    const asked = result.partners[0]?.reasons[0];
    expect(asked?.message?.code).toBe('asked_for');
    expect(reasonText(asked as MatchReason, 'vi')).toMatch(/^bạn tìm who offers 2D character design courses\?/);
  });
});

describe('words read back from the forms', () => {
  it('Discord: About lines and kind names in any of the six languages', () => {
    const values: Record<string, string> = {
      name: 'Казань Анимация',
      kind: 'кадровый / учебный центр',
      offers: '• курсы 2D-анимации',
      needs: '',
      about: 'Страна: Россия\nГород: Казань\nЯзыки: ru, en\nМы учим аниматоров.',
    };
    expect(profileInputFromModal((field) => values[field] ?? '', undefined)).toMatchObject({
      kind: 'talent_center',
      country: 'Россия',
      city: 'Казань',
      languages: ['ru', 'en'],
      offers: ['курсы 2D-анимации'],
      description: 'Мы учим аниматоров.',
    });
    const japanese = { ...values, kind: 'スタジオ', about: '国：日本\n都市: 東京\n言語: ja' };
    expect(profileInputFromModal((field) => japanese[field as keyof typeof japanese] ?? '', undefined)).toMatchObject({
      kind: 'studio',
      country: '日本',
      city: '東京',
      languages: ['ja'],
    });
  });

  it("the schema's field problems in the member's language; other problems as the core wrote them", () => {
    expect(fieldProblemText('must not be empty', 'ko')).toBe('비워 둘 수 없습니다');
    expect(fieldProblemText('must be at most 300 characters', 'uz')).toBe('koʻpi bilan 300 ta belgi');
    expect(fieldProblemText('Too big: expected array to have <=50 items', 'ru')).toBe('не больше 50 пунктов');
    expect(fieldProblemText('must be one of studio, agency', 'ja')).toBe(
      `次の種類から1つ選んでください: ${kindName('studio', 'ja')}, ${kindName('agency', 'ja')}`,
    );
    expect(fieldProblemText('"x" is not one of this profile\'s offers or needs', 'ko')).toBe(
      '"x" is not one of this profile\'s offers or needs',
    );
    expect(languageList(['ko', 'uz'], 'vi')).toBe('Tiếng Hàn và Tiếng Uzbek');
  });

  it("a need met on shared words alone names those words in the reader's language, not a taxonomy entry", () => {
    const reason: MatchReason = {
      side: 'a',
      kind: 'need_offer',
      text: 'Studio Ari needs 한지 질감 배경 (shared words: 한지, 질감) ↔ Paper Lab offers 한지 질감 배경 제작',
      message: {
        code: 'need_offer',
        needing: 'Studio Ari',
        need: '한지 질감 배경',
        offering: 'Paper Lab',
        offer: '한지 질감 배경 제작',
        sharedWords: ['한지', '질감'],
      },
    };
    expect(reasonText(reason, 'ko')).toBe(
      'Studio Ari은(는) 한지 질감 배경 (공통 단어: 한지, 질감)이(가) 필요 ↔ Paper Lab은(는) 한지 질감 배경 제작 제공',
    );
    expect(reasonText(reason, 'ru')).toContain('(общие слова: 한지, 질감)');
    const { sharedWords: _dropped, ...withoutWords } = reason.message as { sharedWords?: string[] };
    expect(reasonText({ ...reason, message: withoutWords as MatchReason['message'] }, 'ko')).not.toContain('공통 단어');
  });
});
