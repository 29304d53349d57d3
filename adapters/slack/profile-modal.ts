/**
 * The "organization profile" modal: rendering it (pre-filled when the member already has a
 * profile), with pickers of taxonomy entries for what it offers and needs besides the free text
 * (multi external selects whose options the options listener finds in the core's taxonomy, as the
 * member types), reading a view_submission back into the core's ProfileInput, and turning
 * validation problems (zod issues or the core's BAD_INPUT) into `response_action: errors`
 * keyed by the modal's block ids.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import {
  type MatchcutError,
  type OrganizationKind,
  organizationKinds,
  type Profile,
  type ProfileInput,
  type TaxonomyChoice,
} from '../../src/index.js';
import { fieldProblemText } from '../i18n/field-problems.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { type MessageKey, translate } from '../i18n/translate.js';

export const profileModalCallbackId = 'matchcut_profile';

/** Block ids of the modal's inputs; they equal the ProfileInput field they fill. */
export const profileBlockIds = [
  'name',
  'kind',
  'country',
  'city',
  'languages',
  'offers',
  'pickedOffers',
  'needs',
  'pickedNeeds',
  'description',
  'contact',
] as const;
export type ProfileBlockId = (typeof profileBlockIds)[number];

const valueActionId = 'value';
/** The action id of the taxonomy pickers: the options listener answers their `block_suggestion` requests. */
export const taxonomyPickerActionId = 'matchcut_taxonomy_pick';
/** Slack: at most 100 selected options; option text and description at most 75 characters. */
const pickedLimit = 50;
const optionTextLimit = 75;

const kindLabels: Record<OrganizationKind, MessageKey> = {
  studio: 'slackKindStudio',
  talent_center: 'slackKindTalentCenter',
  agency: 'slackKindAgency',
  platform: 'slackKindPlatform',
  broadcaster: 'slackKindBroadcaster',
  association: 'slackKindAssociation',
  other: 'slackKindOther',
};

/** Slack: placeholders and option texts of at most 75 characters, hints of at most 150. */
const clipTo = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

export interface ProfileModalMetadata {
  /** The profile being edited (keeps its id when renamed). */
  profileId?: string | undefined;
  /** Where the command was run, for the confirmation. */
  channelId?: string | undefined;
}

const metadataSchema = z.object({ profileId: z.string().optional(), channelId: z.string().optional() });

export function parseProfileModalMetadata(text: string | undefined): ProfileModalMetadata {
  if (text === undefined || text === '') return {};
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

function textInput(options: {
  blockId: ProfileBlockId;
  label: string;
  optional?: boolean;
  multiline?: boolean;
  maxLength: number;
  initial?: string | undefined;
  placeholder?: string;
  hint?: string;
}): types.InputBlock {
  const initial = options.initial?.slice(0, options.maxLength);
  return {
    type: 'input',
    block_id: options.blockId,
    optional: options.optional ?? true,
    label: plain(options.label),
    ...(options.hint === undefined ? {} : { hint: plain(options.hint) }),
    element: {
      type: 'plain_text_input',
      action_id: valueActionId,
      multiline: options.multiline ?? false,
      max_length: options.maxLength,
      ...(initial === undefined || initial === '' ? {} : { initial_value: initial }),
      ...(options.placeholder === undefined ? {} : { placeholder: plain(options.placeholder) }),
    },
  };
}

const clipOption = (text: string) => (text.length > optionTextLimit ? `${text.slice(0, optionTextLimit - 1)}…` : text);

/** A taxonomy entry as a select option: its label, and the English label (or its category) below. */
export function taxonomyOption(choice: TaxonomyChoice): types.PlainTextOption {
  const detail = choice.label === choice.englishLabel ? choice.category : choice.englishLabel;
  return { text: plain(clipOption(choice.label)), value: choice.id, description: plain(clipOption(detail)) };
}

/** The messages and picker block of the offers and needs inputs. */
const listKeys = {
  offers: {
    label: 'profileFieldOffers',
    placeholder: 'slackFormOffersPlaceholder',
    picker: 'pickedOffers',
    pickedLabel: 'slackFormOffersPicked',
  },
  needs: {
    label: 'profileFieldNeeds',
    placeholder: 'slackFormNeedsPlaceholder',
    picker: 'pickedNeeds',
    pickedLabel: 'slackFormNeedsPicked',
  },
} as const satisfies Record<
  'offers' | 'needs',
  { label: MessageKey; placeholder: MessageKey; picker: 'pickedOffers' | 'pickedNeeds'; pickedLabel: MessageKey }
>;

function pickerInput(
  blockId: 'pickedOffers' | 'pickedNeeds',
  label: string,
  picked: readonly TaxonomyChoice[],
  locale: Locale,
) {
  const block: types.InputBlock = {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    hint: plain(clipTo(translate(locale, 'slackFormPickerHint'), 150)),
    element: {
      type: 'multi_external_select',
      action_id: taxonomyPickerActionId,
      placeholder: plain(clipTo(translate(locale, 'slackFormPickerPlaceholder'), optionTextLimit)),
      min_query_length: 1,
      max_selected_items: pickedLimit,
      ...(picked.length === 0 ? {} : { initial_options: picked.slice(0, pickedLimit).map(taxonomyOption) }),
    },
  };
  return block;
}

/** The profile's picked taxonomy entries, labelled (`Matchcut.taxonomy.describe`). */
export interface PickedChoices {
  offers: readonly TaxonomyChoice[];
  needs: readonly TaxonomyChoice[];
}

/** The form in the member's language (labels, placeholders, hints, kinds); what members wrote stays as written. */
export function renderProfileModal(
  profile: Profile | undefined,
  metadata: ProfileModalMetadata,
  picked: PickedChoices = { offers: [], needs: [] },
  locale: Locale = defaultLocale,
): types.ModalView {
  const t = (key: MessageKey) => translate(locale, key);
  const placeholder = (key: MessageKey) => clipTo(t(key), optionTextLimit);
  const kindOption = (kind: OrganizationKind): types.PlainTextOption => ({
    text: plain(clipTo(t(kindLabels[kind]), optionTextLimit)),
    value: kind,
  });
  const kindBlock: types.InputBlock = {
    type: 'input',
    block_id: 'kind',
    label: plain(t('profileFieldKind')),
    element: {
      type: 'static_select',
      action_id: valueActionId,
      placeholder: plain(placeholder('slackFormChooseOne')),
      options: organizationKinds.map(kindOption),
      ...(profile === undefined ? {} : { initial_option: kindOption(profile.kind) }),
    },
  };
  /** The free-text list (one entry a line) and the taxonomy picker of offers or needs. */
  const listInputs = (list: 'offers' | 'needs') => {
    const keys = listKeys[list];
    return [
      textInput({
        blockId: list,
        label: t(keys.label),
        multiline: true,
        maxLength: 3_000,
        initial: profile?.[list].join('\n'),
        placeholder: placeholder(keys.placeholder),
        hint: t('slackFormOnePerLine'),
      }),
      pickerInput(keys.picker, t(keys.pickedLabel), picked[list], locale),
    ];
  };
  return {
    type: 'modal',
    callback_id: profileModalCallbackId,
    title: plain(clipTo(t(profile === undefined ? 'profileFormTitleNew' : 'profileFormTitleEdit'), 24)),
    submit: plain(clipTo(t('slackFormSave'), 24)),
    close: plain(clipTo(t('slackFormCancel'), 24)),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      textInput({
        blockId: 'name',
        label: t('profileFieldName'),
        optional: false,
        maxLength: 200,
        initial: profile?.name,
        placeholder: placeholder('slackFormNamePlaceholder'),
      }),
      kindBlock,
      textInput({ blockId: 'country', label: t('profileFieldCountry'), maxLength: 100, initial: profile?.country }),
      textInput({ blockId: 'city', label: t('profileFieldCity'), maxLength: 100, initial: profile?.city }),
      textInput({
        blockId: 'languages',
        label: t('profileFieldLanguages'),
        maxLength: 500,
        initial: profile?.languages.join(', '),
        placeholder: placeholder('slackFormLanguagesPlaceholder'),
        hint: t('slackFormSeparateWithCommas'),
      }),
      ...listInputs('offers'),
      ...listInputs('needs'),
      textInput({
        blockId: 'description',
        label: t('profileFieldDescription'),
        multiline: true,
        maxLength: 3_000,
        initial: profile?.description,
      }),
      textInput({
        blockId: 'contact',
        label: t('profileFieldContact'),
        maxLength: 300,
        initial: profile?.contact,
        placeholder: placeholder('slackFormContactPlaceholder'),
      }),
    ],
  };
}

/** The shape of `view.state.values` for our inputs (what Slack sends back). */
const stateValuesSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.object({
      type: z.string(),
      value: z.string().nullish(),
      selected_option: z.object({ value: z.string() }).nullish(),
      selected_options: z.array(z.object({ value: z.string() })).nullish(),
    }),
  ),
);

const splitList = (text: string | undefined, separator: RegExp): string[] =>
  (text ?? '')
    .split(separator)
    .map((item) => item.replace(/^[\s•*-]+/, '').trim())
    .filter((item) => item !== '');

/** Reads the submitted modal into the core's ProfileInput (validation is the core's job). */
export function readProfileSubmission(values: unknown, metadata: ProfileModalMetadata): ProfileInput {
  const parsed = stateValuesSchema.safeParse(values);
  const state = parsed.success ? parsed.data : {};
  const text = (blockId: ProfileBlockId): string | undefined => {
    const value = state[blockId]?.[valueActionId]?.value ?? undefined;
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
  };
  const kind = state.kind?.[valueActionId]?.selected_option?.value;
  // A picker missing from the state (a form opened before they existed) leaves the profile's picks as they are.
  const picked = (blockId: 'pickedOffers' | 'pickedNeeds') => {
    const element = state[blockId]?.[taxonomyPickerActionId];
    return element === undefined
      ? undefined
      : [...new Set((element.selected_options ?? []).map((option) => option.value))];
  };
  const input: ProfileInput = {
    name: text('name') ?? '',
    kind: (kind ?? '') as OrganizationKind,
    languages: splitList(text('languages'), /[,;\n]+/),
    offers: splitList(text('offers'), /\n+/),
    needs: splitList(text('needs'), /\n+/),
    description: text('description') ?? '',
  };
  if (metadata.profileId !== undefined) input.id = metadata.profileId;
  const pickedOffers = picked('pickedOffers');
  const pickedNeeds = picked('pickedNeeds');
  if (pickedOffers !== undefined) input.pickedOffers = pickedOffers;
  if (pickedNeeds !== undefined) input.pickedNeeds = pickedNeeds;
  const country = text('country');
  const city = text('city');
  const contact = text('contact');
  if (country !== undefined) input.country = country;
  if (city !== undefined) input.city = city;
  if (contact !== undefined) input.contact = contact;
  return input;
}

export interface FieldProblem {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/**
 * Problems → `{ blockId: message }` for `response_action: errors`, in the member's language (the schema's
 * usual problems; anything else as the core wrote it); fields without an input land on the name.
 */
export function errorsForBlocks(problems: FieldProblem[], locale: Locale = defaultLocale): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = String(problem.path[0] ?? 'name');
    const blockId: ProfileBlockId = (profileBlockIds as readonly string[]).includes(field)
      ? (field as ProfileBlockId)
      : 'name';
    const index = problem.path[1];
    const text = fieldProblemText(problem.message, locale);
    const message =
      typeof index === 'number' ? translate(locale, 'profileLine', { line: index + 1, message: text }) : text;
    errors[blockId] = errors[blockId] === undefined ? message : `${errors[blockId]}; ${message}`.slice(0, 500);
  }
  return errors;
}

const issueListSchema = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }));
/** The core's `details.problems`: KnowledgeProblem-shaped, with field paths like "offers[1]" or "languages". */
const problemListSchema = z.array(z.object({ field: z.string(), message: z.string() }));

/** "offers[1]" → ['offers', 1]; "front.matter" → ['front', 'matter']; "(root)" → []. */
export function pathFromField(field: string): Array<string | number> {
  if (field === '(root)' || field === '') return [];
  const path: Array<string | number> = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

/**
 * Field problems carried by the core's BAD_INPUT error: `details.problems` (field paths) or
 * `details.issues` (zod issues) when present, otherwise "field: message" pieces in the user
 * message, otherwise one problem on the name.
 */
export function problemsFromError(error: MatchcutError): FieldProblem[] {
  const problems = problemListSchema.safeParse(error.details?.problems);
  if (problems.success && problems.data.length > 0)
    return problems.data.map((problem) => ({ path: pathFromField(problem.field), message: problem.message }));
  const issues = issueListSchema.safeParse(error.details?.issues);
  if (issues.success && issues.data.length > 0) return issues.data;
  const field = error.details?.field;
  if (typeof field === 'string') return [{ path: field.split('.'), message: error.userMessage }];
  const fromText: FieldProblem[] = [];
  for (const match of error.userMessage.matchAll(/(?:^|[;\n]\s*|→\s*)([a-z]+)(?:\.(\d+)|\[(\d+)\])?:\s*([^;\n]+)/g)) {
    const [, name = '', dotIndex, bracketIndex, message = ''] = match;
    if (!(profileBlockIds as readonly string[]).includes(name)) continue;
    const index = dotIndex ?? bracketIndex;
    fromText.push({ path: index === undefined ? [name] : [name, Number(index)], message: message.trim() });
  }
  return fromText.length > 0 ? fromText : [{ path: ['name'], message: error.userMessage }];
}
