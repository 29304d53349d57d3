import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import type { Matchcut } from '../../src/core-types.js';
import { createTestCore } from '../helpers/test-core.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';

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
      kind: 'choose one of: studio, agency / public body',
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

describe('profile modal: taxonomy pickers', () => {
  const compositing = {
    id: 'compositing',
    label: '컴포지팅',
    englishLabel: 'compositing',
    language: 'ko',
    category: 'skill',
  };

  it('renders multi external selects with the picked entries, and reads the picks back', () => {
    const view = renderProfileModal(
      { ...profile, pickedOffers: ['compositing'] },
      {},
      { offers: [compositing], needs: [] },
    );
    const picker = view.blocks.find((block) => block.block_id === 'pickedOffers');
    expect(picker).toMatchObject({
      optional: true,
      element: {
        type: 'multi_external_select',
        action_id: 'matchcut_taxonomy_pick',
        min_query_length: 1,
        initial_options: [{ value: 'compositing', text: { text: '컴포지팅' }, description: { text: 'compositing' } }],
      },
    });
    expect(view.blocks.find((block) => block.block_id === 'pickedNeeds')).not.toHaveProperty('element.initial_options');
    const state = {
      name: { value: { type: 'plain_text_input', value: 'Picks Studio' } },
      kind: { value: { type: 'static_select', selected_option: { value: 'studio' } } },
      pickedOffers: {
        matchcut_taxonomy_pick: {
          type: 'multi_external_select',
          selected_options: [{ value: 'compositing' }, { value: 'rotoscoping' }, { value: 'compositing' }],
        },
      },
      pickedNeeds: { matchcut_taxonomy_pick: { type: 'multi_external_select', selected_options: [] } },
    };
    const input = readProfileSubmission(state, {});
    expect(input.pickedOffers).toEqual(['compositing', 'rotoscoping']);
    expect(input.pickedNeeds).toEqual([]);
    // A form without the pickers leaves the profile's picks alone.
    expect(readProfileSubmission(stateValues({ name: 'X' }, 'studio'), {})).not.toHaveProperty('pickedOffers');
  });

  describe('against the Slack stand-in', () => {
    let core: Matchcut;
    let cleanupCore: () => Promise<void>;
    let harness: SlackHarness;
    beforeAll(async () => {
      ({ core, cleanup: cleanupCore } = await createTestCore());
      harness = await startSlackHarness(core);
    });
    afterAll(async () => {
      await harness.close();
      await cleanupCore();
    });

    const suggest = async (value: string) => {
      const response = await harness.sendInteraction({
        type: 'block_suggestion',
        user: { id: 'U0MEMBER1', username: 'member', team_id: 'T0TEST01' },
        container: { type: 'view', view_id: 'V0PROFILE' },
        view: { id: 'V0PROFILE', type: 'modal', callback_id: 'matchcut_profile', private_metadata: '{}' },
        action_id: 'matchcut_taxonomy_pick',
        block_id: 'pickedOffers',
        value,
      });
      expect(response.status).toBe(200);
      return (JSON.parse(response.body) as { options: { value: string; text: { text: string } }[] }).options;
    };

    it('answers an options request with taxonomy entries in Korean and in English', async () => {
      const korean = await suggest('합성');
      const koreanCompositing = korean.find((option) => option.value === 'compositing');
      expect(koreanCompositing?.text.text).toMatch(/[\uac00-\ud7a3]/);
      const english = await suggest('composit');
      expect(english.slice(0, 3).map((option) => option.value)).toContain('compositing');
      expect(english.find((option) => option.value === 'compositing')?.text.text).toBe('compositing');
      const many = await suggest('a');
      expect(many).toHaveLength(100);
      expect(many.every((option) => option.text.text.length <= 75)).toBe(true);
    });

    it('saves a picked entry on the profile, where matching uses it', async () => {
      const response = await harness.sendInteraction({
        type: 'view_submission',
        user: { id: 'U0PICKER', username: 'picker', team_id: 'T0TEST01' },
        trigger_id: 'trigger-submit',
        view: {
          id: 'V0VIEW2',
          type: 'modal',
          callback_id: 'matchcut_profile',
          private_metadata: '{}',
          state: {
            values: {
              name: { value: { type: 'plain_text_input', value: 'Roto Needs Studio' } },
              kind: { value: { type: 'static_select', selected_option: { value: 'studio' } } },
              country: { value: { type: 'plain_text_input', value: 'South Korea' } },
              pickedNeeds: {
                matchcut_taxonomy_pick: { type: 'multi_external_select', selected_options: [{ value: 'rotoscoping' }] },
              },
            },
          },
          hash: 'h',
          team_id: 'T0TEST01',
          app_id: 'A0TESTAPP',
          bot_id: harness.api.botId,
        },
        response_urls: [],
      });
      expect(response.status).toBe(200);
      expect(response.body).toBe('');
      await harness.api.waitForCall('chat.postMessage', (call) => call.body.channel === 'U0PICKER');
      const saved = await core.profiles.forMember('slack:U0PICKER');
      expect(saved).toMatchObject({ name: 'Roto Needs Studio', needs: [], pickedNeeds: ['rotoscoping'] });
      await core.profiles.upsert({
        name: 'Roto Paint Academy',
        kind: 'talent_center',
        offers: ['rotoscoping courses'],
      });
      const matches = await core.match('Roto Needs Studio');
      expect(matches[0]?.b.name).toBe('Roto Paint Academy');
      expect(matches[0]?.reasons.some((reason) => reason.concept === 'rotoscoping')).toBe(true);
    });
  });
});
