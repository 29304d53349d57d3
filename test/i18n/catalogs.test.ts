/**
 * The adapters' message catalogs: every language has every English key with the same
 * placeholders and a non-empty text, and locale resolution picks the member's language.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../adapters/i18n/catalog-en.js';
import { chooseLocale, supportedLocale, supportedLocales } from '../../adapters/i18n/locales.js';
import { catalogs, placeholdersIn, translate } from '../../adapters/i18n/translate.js';
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
