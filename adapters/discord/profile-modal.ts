/**
 * The `/profile` modal (Discord allows five inputs) and its translation into the core's
 * ProfileInput. Validation is the core's (`profiles.upsert` throws BAD_INPUT with field paths);
 * this file only reshapes text: one offer or need per line, and "Country:", "City:",
 * "Languages:" lines in the "About" box.
 */
import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from 'discord.js';
import { organizationKinds, type Profile, type ProfileInput } from '../../src/index.js';
import { profileModalCustomId } from './custom-ids.js';

export const profileFields = {
  name: 'name',
  kind: 'kind',
  offers: 'offers',
  needs: 'needs',
  about: 'about',
} as const;

/** Modal labels by profile field path, so errors name what the member sees. */
const labels: Record<string, string> = {
  name: 'Organization name',
  kind: 'Kind',
  offers: 'Offers',
  needs: 'Needs',
  country: 'About → Country',
  city: 'About → City',
  languages: 'About → Languages',
  description: 'About',
};

/** "kind" → "Kind"; "offers[2]" or "offers.2" → "Offers (line 3)". */
export function profileFieldLabel(path: string): string {
  const match = /^([a-z]+)(?:\[(\d+)\]|\.(\d+))?/i.exec(path);
  const head = match?.[1] ?? path;
  const index = match?.[2] ?? match?.[3];
  const label = labels[head] ?? path;
  return index === undefined ? label : `${label} (line ${Number(index) + 1})`;
}

export function renderProfileModal(existing: Profile | undefined): APIModalInteractionResponseCallbackData {
  const about = [
    `Country: ${existing?.country ?? ''}`,
    `City: ${existing?.city ?? ''}`,
    `Languages: ${existing?.languages.join(', ') ?? ''}`,
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
        label,
        style,
        required: options.required,
        max_length: options.maxLength,
        placeholder: options.placeholder,
        ...(options.value === undefined || options.value === ''
          ? {}
          : { value: options.value.slice(0, options.maxLength) }),
      },
    ],
  });
  return {
    custom_id: profileModalCustomId(existing?.id),
    title: existing === undefined ? 'Register your organization' : 'Edit your organization',
    components: [
      input(profileFields.name, 'Organization name', TextInputStyle.Short, {
        value: existing?.name,
        placeholder: 'IT Park Uzbekistan',
        required: true,
        maxLength: 200,
      }),
      input(profileFields.kind, 'Kind', TextInputStyle.Short, {
        value: existing?.kind,
        placeholder: organizationKinds.join(', ').slice(0, 100),
        required: true,
        maxLength: 40,
      }),
      input(profileFields.offers, 'Offers (one per line)', TextInputStyle.Paragraph, {
        value: existing?.offers.join('\n'),
        placeholder: '3D animation training\nVFX compositing (Nuke)',
        required: false,
        maxLength: 4_000,
      }),
      input(profileFields.needs, 'Needs (one per line)', TextInputStyle.Paragraph, {
        value: existing?.needs.join('\n'),
        placeholder: 'Korean co-production partners\nInternships for graduates',
        required: false,
        maxLength: 4_000,
      }),
      input(profileFields.about, 'About (country, city, languages, more)', TextInputStyle.Paragraph, {
        value: about,
        placeholder: 'Country: Uzbekistan\nCity: Samarkand\nLanguages: uz, ru, en\nWhat you do, in a few sentences.',
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

/** "Talent center", "talent-center" → "talent_center"; anything else is left for the core to reject. */
function normalizeKind(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

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
    const field = /^\s*(country|city|languages?)\s*:\s*(.*)$/i.exec(line);
    if (field === null) {
      description.push(line);
      continue;
    }
    const key = (field[1] ?? '').toLowerCase();
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
