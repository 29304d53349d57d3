/**
 * `/partners` against the Discord stand-in with the real core and the shipped profiles: deferred
 * privately at once, then the organizations whose offers meet the question, with no mention
 * allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPartners } from '../../adapters/discord/render-partners.js';
import {
  bodyOf,
  type DiscordHarness,
  embedsOf,
  isCallbackOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
} from './discord-harness.js';

const commandInteraction = 2;
const deferredMessage = 5;
const ephemeral = 64;

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

describe('Discord: /partners', () => {
  it('defers privately, then lists the organizations whose offers meet the question', async () => {
    const { standIn, core } = harness;
    const question = 'Who offers video editing services?';
    const user = standIn.user('seeker');
    const sent = standIn.interaction({
      type: commandInteraction,
      data: slashCommand('partners', [stringOption('question', question)]),
      user,
    });
    const callback = await standIn.waitForRequest(isCallbackOf(sent.id));
    expect(bodyOf(callback).type).toBe(deferredMessage);
    expect((bodyOf(callback).data as { flags?: number } | undefined)?.flags).toBe(ephemeral);
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));

    const result = await core.findPartners(question, { asker: `discord:${String(user.id)}`, limit: 5 });
    expect(result.partners.length).toBeGreaterThan(0);
    const expected = renderPartners(result);
    expect(bodyOf(edit).content).toBe(expected.content);
    expect(String(bodyOf(edit).content)).toMatch(/^Organizations that offer /);
    const titles = embedsOf(edit).map((embed) => embed.title);
    expect(titles).toEqual(
      result.partners.map((partner, index) => expect.stringContaining(`${index + 1}. ${partner.profile.name}`)),
    );
    expect(bodyOf(edit).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
