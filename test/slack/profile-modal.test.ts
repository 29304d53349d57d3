import { describe, expect, it } from 'vitest';
import {
  errorsForBlocks,
  parseProfileModalMetadata,
  problemsFromError,
  profileBlockIds,
  readProfileSubmission,
  renderProfileModal,
} from '../../adapters/slack/profile-modal.js';
import { badInput } from '../../src/errors.js';
import { type Profile, profileInputSchema } from '../../src/matchmaking/profile-schema.js';

const profile: Profile = {
  id: 'it-park-uzbekistan',
  name: 'IT Park Uzbekistan',
  aliases: [],
  kind: 'agency',
  country: 'Uzbekistan',
  city: 'Tashkent',
  languages: ['Uzbek', 'Russian', 'English'],
  offers: ['3D animation training', 'office space in Samarkand'],
  needs: ['Korean studio partners'],
  description: 'Runs IT Works Korea in Samarkand.',
  affiliations: [],
  contact: 'hello@example.com',
  sources: [],
  origin: 'member',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** view.state.values as Slack sends it back for our inputs. */
function stateValues(values: Partial<Record<string, string>>, kind?: string): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const id of profileBlockIds) {
    if (id === 'kind') {
      state.kind = {
        value: {
          type: 'static_select',
          selected_option: kind === undefined ? null : { text: { type: 'plain_text', text: kind }, value: kind },
        },
      };
    } else {
      state[id] = { value: { type: 'plain_text_input', value: values[id] ?? null } };
    }
  }
  return state;
}

describe('profile modal', () => {
  it('renders inputs for every field, pre-filled when editing', () => {
    const view = renderProfileModal(profile, { profileId: profile.id, channelId: 'C1' });
    expect(view.callback_id).toBe('matchcut_profile');
    expect(view.blocks.map((block) => block.block_id)).toEqual([...profileBlockIds]);
    expect(parseProfileModalMetadata(view.private_metadata)).toEqual({
      profileId: 'it-park-uzbekistan',
      channelId: 'C1',
    });
    const offers = view.blocks.find((block) => block.block_id === 'offers');
    expect(offers).toMatchObject({
      element: { initial_value: '3D animation training\noffice space in Samarkand', multiline: true },
    });
    expect(view.blocks.find((block) => block.block_id === 'kind')).toMatchObject({
      element: { initial_option: { value: 'agency' } },
    });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const fresh = renderProfileModal(undefined, {});
    expect(fresh.blocks.find((block) => block.block_id === 'name')).not.toHaveProperty('element.initial_value');
  });

  it('reads a submission into the core profile input', () => {
    const input = readProfileSubmission(
      stateValues(
        {
          name: ' Saigon Post House ',
          country: 'Vietnam',
          languages: 'Vietnamese, English;Korean',
          offers: '• color grading\n\n- sound mixing ',
          needs: 'Korean co-producers',
          contact: 'a@b.c',
        },
        'studio',
      ),
      { profileId: 'saigon-post' },
    );
    expect(input).toEqual({
      id: 'saigon-post',
      name: 'Saigon Post House',
      kind: 'studio',
      country: 'Vietnam',
      languages: ['Vietnamese', 'English', 'Korean'],
      offers: ['color grading', 'sound mixing'],
      needs: ['Korean co-producers'],
      description: '',
      contact: 'a@b.c',
    });
    expect(profileInputSchema.safeParse(input).success).toBe(true);
  });

  it('maps the core schema problems to the modal blocks', () => {
    const input = readProfileSubmission(stateValues({ name: '', offers: 'x'.repeat(301) }), {});
    const result = profileInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = errorsForBlocks(result.error?.issues ?? []);
    expect(Object.keys(errors).sort()).toEqual(['kind', 'name', 'offers']);
    expect(errors.offers).toBe('Line 1: must be at most 300 characters');
    expect(errors.name).toBe('must not be empty');
  });

  it('reads field problems from the core BAD_INPUT error', () => {
    const fromCore = badInput(
      'The profile is not valid: offers[1]: must be at most 300 characters; kind: must be one of studio, agency.',
      {
        details: {
          problems: [
            { file: 'profile', field: 'offers[1]', message: 'must be at most 300 characters' },
            { file: 'profile', field: 'kind', message: 'must be one of studio, agency' },
            { file: 'profile', field: '(root)', message: 'expected object' },
          ],
        },
      },
    );
    expect(errorsForBlocks(problemsFromError(fromCore))).toEqual({
      offers: 'Line 2: must be at most 300 characters',
      kind: 'must be one of studio, agency',
      name: 'expected object',
    });
    const withIssues = badInput('invalid profile', {
      details: { issues: [{ path: ['needs', 2], message: 'must not be empty' }] },
    });
    expect(errorsForBlocks(problemsFromError(withIssues))).toEqual({ needs: 'Line 3: must not be empty' });
    const withText = badInput('profile → languages: expected array; city: too long');
    expect(errorsForBlocks(problemsFromError(withText))).toEqual({ languages: 'expected array', city: 'too long' });
    const vague = badInput('A profile named "X" belongs to someone else');
    expect(errorsForBlocks(problemsFromError(vague))).toEqual({ name: 'A profile named "X" belongs to someone else' });
  });
});
