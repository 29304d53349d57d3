/**
 * The adapters' message catalogs: every language has every English key with the same
 * placeholders and a non-empty text, and locale resolution picks the member's language.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../adapters/i18n/catalog-en.js';
import { kindName } from '../../adapters/i18n/match-reasons.js';
import { chooseLocale, type Locale, supportedLocale, supportedLocales } from '../../adapters/i18n/locales.js';
import { catalogs, type MessageKey, placeholdersIn, translate } from '../../adapters/i18n/translate.js';
import { organizationKinds } from '../../src/index.js';
import { withoutCommandLineAdvice } from '../../adapters/i18n/error-messages.js';

const keys = Object.keys(english).sort();

describe('message catalogs', () => {
  it.each(supportedLocales.filter((locale) => locale !== 'en'))(
    '%s has every key, with the same placeholders',
    (locale) => {
      const catalog = catalogs[locale] as Record<string, string>;
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const key of keys) {
        const text = catalog[key] ?? '';
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholdersIn(text), `${locale}.${key}`).toEqual(placeholdersIn(english[key as keyof typeof english]));
        // A translation is a translation (command names and short labels like "Discord" aside).
        if (text.length > 40) expect(text, `${locale}.${key}`).not.toBe(english[key as keyof typeof english]);
      }
    },
  );

  it('fills placeholders and keeps command names', () => {
    expect(translate('ko', 'answeredIn', { channel: '<#42>' })).toBe('<#42>에 답했습니다.');
    expect(translate('ja', 'slackHelp')).toContain('`/matchcut ask <質問>`');
    expect(translate('en', 'voteChanged', { label: 'Helpful', counts: '2 / 1' })).toBe(
      'Changed your vote to Helpful. (2 / 1)',
    );
  });
});

describe('profile form texts fit the platforms', () => {
  // Slack: a modal title of at most 24 characters; Discord: a modal title and labels of at most 45.
  it.each(supportedLocales)('%s', (locale) => {
    for (const key of ['profileFormTitleNew', 'profileFormTitleEdit'] as const) {
      expect(translate(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(24);
    }
    const labels = ['profileFieldName', 'profileFieldLanguages', 'profileFieldOffers', 'profileFieldNeeds'] as const;
    for (const key of labels) expect(translate(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(45);
  });
});

describe('platform limits, in every language', () => {
  const text = (locale: Locale, key: MessageKey) => translate(locale, key);
  it.each(supportedLocales)('%s: Slack modal, options, buttons and sections', (locale) => {
    // Slack: modal title, submit and close ≤ 24; option texts and placeholders ≤ 75 (what we clip to); hints ≤ 150.
    for (const key of ['profileFormTitleNew', 'profileFormTitleEdit', 'slackFormSave', 'slackFormCancel'] as const) {
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(24);
    }
    const options = Object.keys(english).filter((key) => key.startsWith('slackKind')) as MessageKey[];
    const placeholders = Object.keys(english).filter((key) => /^slackForm.*Placeholder$/.test(key)) as MessageKey[];
    expect(options).toHaveLength(7);
    for (const key of [...options, ...placeholders, 'slackFormChooseOne'] as const) {
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(75);
    }
    expect(text(locale, 'slackFormPickerHint').length).toBeLessThanOrEqual(150);
    // Buttons: 75 on Slack, 80 on Discord.
    for (const key of Object.keys(english).filter((name) => name.startsWith('button')) as MessageKey[]) {
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(75);
    }
    // Every text fits a section (3,000) and a Discord message (2,000) with room for what is filled in.
    for (const key of Object.keys(english) as MessageKey[]) {
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(1_500);
    }
  });

  it.each(supportedLocales)('%s: the Discord profile form', (locale) => {
    // Discord: modal title and labels ≤ 45, placeholders ≤ 100; the kind box takes 40 characters.
    for (const key of ['discordFormTitleNew', 'discordFormTitleEdit'] as const) {
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(45);
    }
    const labels = [
      'profileFieldName',
      'profileFieldKind',
      'discordFormOffers',
      'discordFormNeeds',
      'discordFormAbout',
    ];
    for (const key of labels as MessageKey[])
      expect(text(locale, key).length, `${locale}.${key}`).toBeLessThanOrEqual(45);
    const about = translate(locale, 'discordFormAboutPlaceholder', {
      country: text(locale, 'profileFieldCountry'),
      city: text(locale, 'profileFieldCity'),
      languages: text(locale, 'discordFormLanguages'),
    });
    for (const placeholder of [
      about,
      text(locale, 'discordFormOffersPlaceholder'),
      text(locale, 'discordFormNeedsPlaceholder'),
    ]) {
      expect(placeholder.length, `${locale}: ${placeholder}`).toBeLessThanOrEqual(100);
    }
    for (const kind of organizationKinds) expect(kindName(kind, locale).length).toBeLessThanOrEqual(40);
    expect(text(locale, 'feedbackFieldTitle').length).toBeLessThanOrEqual(256);
  });

  it('kind names, About line names and digest titles tell the languages apart (they are read back)', () => {
    for (const kind of organizationKinds) {
      const names = supportedLocales.map((locale) => kindName(kind, locale).toLowerCase());
      for (const other of organizationKinds.filter((entry) => entry !== kind)) {
        for (const locale of supportedLocales) expect(names).not.toContain(kindName(other, locale).toLowerCase());
      }
    }
    const titles = supportedLocales.map((locale) => text(locale, 'digestTitle'));
    expect(new Set(titles).size).toBe(supportedLocales.length);
    const feedback = supportedLocales.map((locale) => text(locale, 'feedbackFieldTitle'));
    expect(new Set(feedback).size).toBe(supportedLocales.length);
  });
});

describe('no English left in the other catalogs', () => {
  // Command names (`/matchcut ask`), button names quoted as *Send digest*, and {placeholders} aside.
  const englishWords = /\b(the|and|your|with|organizations?|please|not|you|this|that|for|from|digest|suggestions?)\b/i;
  it.each(supportedLocales.filter((locale) => locale !== 'en'))('%s', (locale) => {
    for (const [key, value] of Object.entries(catalogs[locale])) {
      const prose = value
        .replace(/`[^`]*`/g, '')
        .replace(/\{\w+\}/g, '')
        .replace(/\*(Send digest|Ask matchcut)\*/g, '');
      expect(prose, `${locale}.${key}`).not.toMatch(englishWords);
    }
  });
});

describe('locale resolution', () => {
  it('reads platform tags and refuses languages it has no catalog for', () => {
    expect(supportedLocale('ja-JP')).toBe('ja');
    expect(supportedLocale('en-US')).toBe('en');
    expect(supportedLocale('uz_UZ')).toBe('uz');
    expect(supportedLocale('pt-BR')).toBeUndefined();
    expect(supportedLocale(undefined)).toBeUndefined();
  });

  it("prefers the member's own language, then the question's, then English", () => {
    expect(chooseLocale({ memberLocale: 'ko', questionLanguage: 'en' })).toBe('ko');
    // Uzbek is not a Discord locale: an Uzbek question from a client left in English gets Uzbek.
    expect(chooseLocale({ memberLocale: 'en-US', questionLanguage: 'uz' })).toBe('uz');
    expect(chooseLocale({ memberLocale: 'de', questionLanguage: 'ru' })).toBe('ru');
    expect(chooseLocale({ memberLocale: 'de', questionLanguage: 'fr' })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });
});

describe('command-line advice', () => {
  it("is replaced by the platform's own command", () => {
    const core =
      'No organization named "Nowhere". Organizers can list the registered organizations with `matchcut profiles list`.';
    expect(withoutCommandLineAdvice(core, 'discord', 'en')).toBe(
      'No organization named "Nowhere". To find registered organizations, use `/match`.',
    );
    expect(withoutCommandLineAdvice(core, 'slack', 'ru')).toBe(
      'No organization named "Nowhere". Чтобы найти зарегистрированные организации, используйте `/matchcut partners`.',
    );
    expect(withoutCommandLineAdvice('no article "x"; `matchcut articles list` shows the ids', 'slack', 'en')).toBe(
      'no article "x". An organizer can look into it.',
    );
    expect(withoutCommandLineAdvice('Run `/matchcut profile` first.', 'slack', 'en')).toBe(
      'Run `/matchcut profile` first.',
    );
  });
});
