/**
 * Matchmaking words the adapters share: organization kinds, the core's match reasons (written from
 * `MatchReason.message`, its code and parameters) and taxonomy labels in the reader's language.
 * English, and reasons stored before they had a code, show the core's own English `text`.
 * Language and country names come from the runtime's Intl data; names, needs and offers are the
 * profiles' own words and stay as written.
 */
import type { ConceptLabels, MatchReason, OrganizationKind } from '../../src/index.js';
import type { Locale } from './locales.js';
import { type MessageKey, translate } from './translate.js';

const kindKeys: Readonly<Record<OrganizationKind, MessageKey>> = {
  studio: 'kindStudio',
  talent_center: 'kindTalentCenter',
  agency: 'kindAgency',
  platform: 'kindPlatform',
  broadcaster: 'kindBroadcaster',
  association: 'kindAssociation',
  other: 'kindOther',
};

/** "studio" → "스튜디오"; an unknown kind as written (underscores as spaces). */
export function kindName(kind: string, locale: Locale): string {
  const key = Object.hasOwn(kindKeys, kind) ? kindKeys[kind as OrganizationKind] : undefined;
  return key === undefined ? kind.replace(/_/g, ' ') : translate(locale, key);
}

/** A taxonomy entry's label in the reader's language, else English; undefined without labels. */
export function conceptLabel(labels: ConceptLabels | undefined, locale: Locale): string | undefined {
  if (labels === undefined) return undefined;
  return labels[locale] ?? labels.en;
}

const displayName = (locale: Locale, type: 'language' | 'region', code: string): string | undefined => {
  try {
    const name = new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(code);
    return name === undefined || name === '' ? undefined : name;
  } catch {
    return undefined;
  }
};

/** ["ko", "en"] → "한국어 및 영어" (the runtime's names and list format for the locale). */
export function languageList(codes: readonly string[], locale: Locale): string {
  const names = codes.map((code) => displayName(locale, 'language', code) ?? code);
  try {
    return new Intl.ListFormat([locale], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** "UZ" → "우즈베키스탄"; the English name the core gave when the runtime knows none. */
export function countryDisplayName(code: string, englishName: string, locale: Locale): string {
  return /^[a-z]{2}$/i.test(code) ? (displayName(locale, 'region', code.toUpperCase()) ?? englishName) : englishName;
}

/** One reason as plain text (the adapters escape it) in the reader's language. */
export function reasonText(reason: MatchReason, locale: Locale): string {
  const message = reason.message;
  if (locale === 'en' || message === undefined) return reason.text;
  const note = (labels: ConceptLabels | undefined): string => {
    const label = conceptLabel(labels, locale);
    return label === undefined ? '' : translate(locale, 'reasonNote', { label });
  };
  switch (message.code) {
    case 'need_offer':
      return translate(locale, 'reasonNeedOffer', {
        needing: message.needing,
        need: message.need,
        note:
          message.sharedWords !== undefined && message.sharedWords.length > 0
            ? translate(locale, 'reasonWordsNote', { words: message.sharedWords.join(', ') })
            : note(message.conceptLabels),
        offering: message.offering,
        offer: message.offer,
      });
    case 'asked_for':
      return translate(locale, 'reasonAskedFor', {
        question: message.question,
        note: note(message.conceptLabels),
        offering: message.offering,
        offer: message.offer,
      });
    case 'shared_languages':
      return translate(locale, 'reasonSharedLanguages', { languages: languageList(message.languages, locale) });
    case 'same_city':
      return translate(locale, 'reasonSamePlace', { place: message.city });
    case 'same_country':
      return translate(locale, 'reasonSamePlace', {
        place: countryDisplayName(message.country, message.name, locale),
      });
    case 'same_article':
      return translate(locale, 'reasonSameArticle', { title: message.title });
    default:
      return reason.text;
  }
}

/** What a partner search looked for, as taxonomy labels in the reader's language ("더빙, 자막"). */
export function searchedLabels(
  needs: readonly { label: string; labels?: ConceptLabels | undefined }[],
  locale: Locale,
) {
  return needs.map((need) => conceptLabel(need.labels, locale) ?? need.label).join(', ');
}
