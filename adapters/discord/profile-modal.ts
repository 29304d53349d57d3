/**
 * The `/profile` modal (Discord allows five inputs) and its translation into the core's
 * ProfileInput. Validation is the core's (`profiles.upsert` throws BAD_INPUT with field paths);
 * this file only reshapes text: one offer or need per line, and "Country:", "City:",
 * "Languages:" lines in the "About" box. The form is in the member's language; those line names and
 * the kinds are read back in any of the six languages (a member may switch Discord's language).
 */
import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from 'discord.js';
import { organizationKinds, type Profile, type ProfileInput } from '../../src/index.js';
import { kindName } from '../i18n/match-reasons.js';
import { defaultLocale, type Locale, supportedLocales } from '../i18n/locales.js';
import { type MessageKey, translate } from '../i18n/translate.js';
import { profileModalCustomId } from './custom-ids.js';

export const profileFields = {
  name: 'name',
  kind: 'kind',
  offers: 'offers',
  needs: 'needs',
  about: 'about',
} as const;

/** Discord: modal titles and labels of at most 45 characters, placeholders of at most 100. */
const modalLimits = { title: 45, label: 45, placeholder: 100 } as const;
const clipTo = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/** Modal labels by profile field path, so errors name what the member sees. */
const labelKeys: Record<string, MessageKey | [MessageKey, MessageKey]> = {
  name: 'profileFieldName',
  kind: 'profileFieldKind',
  offers: 'homeOffers',
  needs: 'homeNeeds',
  country: ['discordFormAboutShort', 'profileFieldCountry'],
  city: ['discordFormAboutShort', 'profileFieldCity'],
  languages: ['discordFormAboutShort', 'discordFormLanguages'],
  description: 'discordFormAboutShort',
};

/** "kind" → "Kind"; "offers[2]" or "offers.2" → "Offers (line 3)"; in the member's language. */
export function profileFieldLabel(path: string, locale: Locale = defaultLocale): string {
  const match = /^([a-z]+)(?:\[(\d+)\]|\.(\d+))?/i.exec(path);
  const head = match?.[1] ?? path;
  const index = match?.[2] ?? match?.[3];
  const key = Object.hasOwn(labelKeys, head) ? labelKeys[head] : undefined;
  const label =
    key === undefined
      ? path
      : Array.isArray(key)
        ? `${translate(locale, key[0])} → ${translate(locale, key[1])}`
        : translate(locale, key);
  return index === undefined ? label : translate(locale, 'discordFieldLine', { field: label, line: Number(index) + 1 });
}

/** The "About" box's line names in the member's language. */
const aboutNames = (locale: Locale) => ({
  country: translate(locale, 'profileFieldCountry'),
  city: translate(locale, 'profileFieldCity'),
  languages: translate(locale, 'discordFormLanguages'),
});

export function renderProfileModal(
  existing: Profile | undefined,
  locale: Locale = defaultLocale,
): APIModalInteractionResponseCallbackData {
  const t = (key: MessageKey) => translate(locale, key);
  const names = aboutNames(locale);
  const about = [
    `${names.country}: ${existing?.country ?? ''}`,
    `${names.city}: ${existing?.city ?? ''}`,
    `${names.languages}: ${existing?.languages.join(', ') ?? ''}`,
    existing?.description ?? '',
  ]
    .join('\n')
    .trimEnd();
  const input = (
    customId: string,
    label: string,
    style: TextInputStyle,
    options: { value: string | undefined; placeholder: string; required: boolean; maxLength: number },
  ) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id: customId,
        label: clipTo(label, modalLimits.label),
        style,
        required: options.required,
        max_length: options.maxLength,
        placeholder: clipTo(options.placeholder, modalLimits.placeholder),
        ...(options.value === undefined || options.value === ''
          ? {}
          : { value: options.value.slice(0, options.maxLength) }),
      },
    ],
  });
  return {
    custom_id: profileModalCustomId(existing?.id),
    title: clipTo(t(existing === undefined ? 'discordFormTitleNew' : 'discordFormTitleEdit'), modalLimits.title),
    components: [
      input(profileFields.name, t('profileFieldName'), TextInputStyle.Short, {
        value: existing?.name,
        placeholder: 'IT Park Uzbekistan',
        required: true,
        maxLength: 200,
      }),
      input(profileFields.kind, t('profileFieldKind'), TextInputStyle.Short, {
        value: existing === undefined ? undefined : kindName(existing.kind, locale),
        placeholder: organizationKinds.map((kind) => kindName(kind, locale)).join(', '),
        required: true,
        maxLength: 40,
      }),
      input(profileFields.offers, t('discordFormOffers'), TextInputStyle.Paragraph, {
        value: existing?.offers.join('\n'),
        placeholder: t('discordFormOffersPlaceholder'),
        required: false,
        maxLength: 4_000,
      }),
      input(profileFields.needs, t('discordFormNeeds'), TextInputStyle.Paragraph, {
        value: existing?.needs.join('\n'),
        placeholder: t('discordFormNeedsPlaceholder'),
        required: false,
        maxLength: 4_000,
      }),
      input(profileFields.about, t('discordFormAbout'), TextInputStyle.Paragraph, {
        value: about,
        placeholder: translate(locale, 'discordFormAboutPlaceholder', names),
        required: false,
        maxLength: 4_000,
      }),
    ],
  };
}

/**
 * The submitted text as a ProfileInput. Fields the modal does not show (aliases, contact,
 * sources, picked taxonomy entries) are kept from the profile being edited.
 */
export function profileInputFromModal(values: (field: string) => string, existing: Profile | undefined): ProfileInput {
  const lines = (text: string): string[] =>
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
      .filter((line) => line !== '');
  const about = parseAbout(values(profileFields.about));
  const input: ProfileInput = {
    name: values(profileFields.name).trim(),
    kind: normalizeKind(values(profileFields.kind)) as ProfileInput['kind'],
    offers: lines(values(profileFields.offers)),
    needs: lines(values(profileFields.needs)),
    languages: about.languages,
    description: about.description,
  };
  if (about.country !== undefined) input.country = about.country;
  if (about.city !== undefined) input.city = about.city;
  if (existing !== undefined) {
    input.id = existing.id;
    input.aliases = existing.aliases;
    input.sources = existing.sources;
    if (existing.contact !== undefined) input.contact = existing.contact;
    // Entries picked from the taxonomy (`/profile offer:` / `need:`) are not in the form: kept.
    if (existing.pickedOffers !== undefined) input.pickedOffers = existing.pickedOffers;
    if (existing.pickedNeeds !== undefined) input.pickedNeeds = existing.pickedNeeds;
  }
  return input;
}

const lowered = (text: string) => text.normalize('NFC').trim().toLowerCase();

/**
 * "Talent center", "talent-center" → "talent_center"; a kind's name in any of the six languages
 * ("스튜디오", "агентство / госорган") → its id; anything else is left for the core to reject.
 */
function normalizeKind(text: string): string {
  const typed = lowered(text);
  for (const kind of organizationKinds) {
    if (supportedLocales.some((locale) => lowered(kindName(kind, locale)) === typed)) return kind;
  }
  return typed.replace(/[\s-]+/g, '_');
}

/** The About box's line names in every language, each → the field it fills. */
const aboutFieldsByName = new Map<string, 'country' | 'city' | 'languages'>();
for (const locale of supportedLocales) {
  const names = aboutNames(locale);
  for (const field of ['country', 'city', 'languages'] as const) aboutFieldsByName.set(lowered(names[field]), field);
}
aboutFieldsByName.set('language', 'languages');

function parseAbout(text: string): {
  country: string | undefined;
  city: string | undefined;
  languages: string[];
  description: string;
} {
  let country: string | undefined;
  let city: string | undefined;
  let languages: string[] = [];
  const description: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const field = /^\s*([^:：\n]{1,40}?)\s*[:：]\s*(.*)$/u.exec(line);
    const key = field === null ? undefined : aboutFieldsByName.get(lowered(field[1] ?? ''));
    if (field === null || key === undefined) {
      description.push(line);
      continue;
    }
    const value = (field[2] ?? '').trim();
    if (key === 'country') country = value === '' ? undefined : value;
    else if (key === 'city') city = value === '' ? undefined : value;
    else
      languages = value
        .split(/[,;/]+/)
        .map((language) => language.trim())
        .filter((language) => language !== '');
  }
  return { country, city, languages, description: description.join('\n').trim() };
}
