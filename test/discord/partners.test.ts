/**
 * `/partners` against the Discord stand-in with the real core and the shipped profiles: deferred
 * privately at once, then the organizations whose offers meet the question, with no mention
 * allowed, and an Interested button for each (recorded; both sides → introduction). And the
 * `/profile offer:` / `need:` taxonomy pickers: autocomplete from the taxonomy, a picked id stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPartners } from '../../adapters/discord/render-partners.js';
import { translate } from '../../adapters/i18n/translate.js';
import type { Json, StandInMessage, StandInUser } from '../stand-ins/discord-server.js';
import {
  bodyOf,
  buttonClick,
  type DiscordHarness,
  embedsOf,
  isCallbackOf,
  isChannelPost,
  isFollowUpOf,
  isOriginalEditOf,
  slashCommand,
  startHarness,
  stringOption,
} from './discord-harness.js';

const commandInteraction = 2;
const deferredMessage = 5;
const ephemeral = 64;
const componentInteraction = 3;
const autocompleteInteraction = 4;
const autocompleteResult = 8;

/** The ephemeral /partners reply a button sits on, as Discord sends it back with a click. */
function ephemeralReply(content: string, components: Json[]): StandInMessage {
  return {
    id: harness.standIn.user('reply-id').id,
    channel_id: harness.standIn.generalChannelId,
    author: harness.standIn.botUser,
    content,
    embeds: [],
    components,
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: 20,
    flags: ephemeral,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}

/** Runs /partners as `user`; returns the edit that carries the list. */
async function searchPartners(user: StandInUser, question: string) {
  const sent = harness.standIn.interaction({
    type: commandInteraction,
    data: slashCommand('partners', [stringOption('question', question)]),
    user,
  });
  return harness.standIn.waitForRequest(isOriginalEditOf(sent.token));
}

/** Clicks an Interested button; returns the private receipt (the deferred reply's edit) and the token. */
async function clickInterested(user: StandInUser, customId: string) {
  const sent = harness.standIn.interaction({
    type: componentInteraction,
    data: buttonClick(customId),
    user,
    message: ephemeralReply('Organizations that offer …', []),
  });
  const receipt = await harness.standIn.waitForRequest(isOriginalEditOf(sent.token));
  return { receipt, token: sent.token };
}

async function autocomplete(option: string, typed: string) {
  const sent = harness.standIn.interaction({
    type: autocompleteInteraction,
    data: slashCommand('profile', [{ ...stringOption(option, typed), focused: true } as never]),
    user: harness.standIn.user('typist'),
  });
  const callback = await harness.standIn.waitForRequest(isCallbackOf(sent.id));
  expect(bodyOf(callback).type).toBe(autocompleteResult);
  return (bodyOf(callback).data as { choices: { name: string; value: string }[] }).choices;
}

async function profileCommand(user: StandInUser, options: { name: string; value: string }[]) {
  const sent = harness.standIn.interaction({
    type: commandInteraction,
    data: slashCommand(
      'profile',
      options.map((option) => stringOption(option.name, option.value)),
    ),
    user,
  });
  return String(bodyOf(await harness.standIn.waitForRequest(isOriginalEditOf(sent.token))).content);
}

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

  it('lists them in Japanese for a member whose client is in Japanese (names as stored)', async () => {
    const { standIn, core } = harness;
    const question = 'Who offers video editing services?';
    const user = standIn.user('seeker-ja');
    const sent = standIn.interaction({
      type: commandInteraction,
      data: slashCommand('partners', [stringOption('question', question)]),
      user,
      locale: 'ja',
    });
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    const result = await core.findPartners(question, { asker: `discord:${String(user.id)}`, limit: 5 });
    expect(bodyOf(edit).content).toBe(renderPartners(result, 'ja').content);
    expect(String(bodyOf(edit).content)).toContain(translate('ja', 'partnersInterestedHint'));
    const rows = bodyOf(edit).components as { components: { label: string }[] }[];
    expect(rows[0]?.components[0]?.label).toBe(`興味あり: 1. ${result.partners[0]?.profile.name ?? ''}`);
  });
});

describe('Discord: Interested on /partners results', () => {
  it('puts an Interested button per organization; without a linked profile it says to run /profile', async () => {
    const { standIn, core } = harness;
    const question = 'Who offers video editing services?';
    const user = standIn.user('no-profile');
    const edit = await searchPartners(user, question);
    const result = await core.findPartners(question, { asker: `discord:${String(user.id)}`, limit: 5 });
    const rows = bodyOf(edit).components as { components: { custom_id: string; label: string }[] }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.components.map((button) => button.custom_id)).toEqual(
      result.partners.map((partner) => `interest:${partner.profile.id}`),
    );
    expect(rows[0]?.components[0]?.label).toBe(`Interested: 1. ${result.partners[0]?.profile.name ?? ''}`);

    const { receipt } = await clickInterested(user, rows[0]?.components[0]?.custom_id ?? '');
    expect(String(bodyOf(receipt).content)).toContain('run `/profile`');
    expect(bodyOf(receipt).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('records Interested, and introduces both sides when the partner says Interested too', async () => {
    const { standIn, core } = harness;
    const seeker = standIn.user('studio-member');
    const studio = await core.profiles.upsert(
      { name: 'Discord Button Studio', kind: 'studio', country: 'Vietnam', needs: ['video editing'] },
      { owner: `discord:${seeker.id}` },
    );
    await core.profiles.linkMember(`discord:${seeker.id}`, studio.id);
    const edit = await searchPartners(seeker, 'Who offers video editing services?');
    const firstButton = (bodyOf(edit).components as { components: { custom_id: string }[] }[])[0]?.components[0];
    const partnerId = (firstButton?.custom_id ?? '').slice('interest:'.length);
    const partner = await core.profiles.get(partnerId);
    const before = await core.report();

    const first = await clickInterested(seeker, firstButton?.custom_id ?? '');
    expect(bodyOf(first.receipt).content).toBe(
      `Noted: you are interested in **${partner.name}**. When they say so too, I will introduce you.`,
    );
    expect((await core.report()).interested).toBe(before.interested + 1);

    const other = standIn.user('partner-member');
    await core.profiles.linkMember(`discord:${other.id}`, partner.id);
    const second = await clickInterested(other, `interest:${studio.id}`);
    expect(String(bodyOf(second.receipt).content)).toContain('is interested too');
    const introduction = await standIn.waitForRequest(isFollowUpOf(second.token));
    const content = String(bodyOf(introduction).content);
    expect(content).toContain(`<@${seeker.id}>`);
    expect(content).toContain(`<@${other.id}>`);
    expect(bodyOf(introduction).flags ?? 0).toBe(0);
    expect((bodyOf(introduction).allowed_mentions as { users: string[] }).users.sort()).toEqual(
      [seeker.id, other.id].sort(),
    );
    expect((await core.report()).introduced).toBe(before.introduced + 1);
  });
});

describe('Discord: /profile taxonomy pickers', () => {
  it('answers autocomplete with at most 25 taxonomy entries, in Korean and in English', async () => {
    const korean = await autocomplete('offer', '합성');
    expect(korean.find((choice) => choice.value === 'compositing')?.name).toMatch(
      /^[\uac00-\ud7a3].* \(compositing\)$/,
    );
    const english = await autocomplete('need', 'composit');
    expect(english.slice(0, 3).map((choice) => choice.value)).toContain('compositing');
    expect(english.find((choice) => choice.value === 'compositing')?.name).toBe('compositing');
    const many = await autocomplete('offer', 'a');
    expect(many).toHaveLength(25);
    expect(many.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
  });

  it('stores a picked entry on the linked profile, where matching uses it; asks an unlinked member to register', async () => {
    const { standIn, core } = harness;
    const member = standIn.user('picker');
    expect(await profileCommand(member, [{ name: 'need', value: 'rotoscoping' }])).toContain(
      'Register your organization first',
    );

    const studio = await core.profiles.upsert(
      { name: 'Discord Roto Studio', kind: 'studio', country: 'South Korea' },
      { owner: `discord:${member.id}` },
    );
    await core.profiles.linkMember(`discord:${member.id}`, studio.id);
    expect(await profileCommand(member, [{ name: 'need', value: 'not typed from the list' }])).toContain(
      'is not on the list',
    );
    const added = await profileCommand(member, [{ name: 'need', value: 'rotoscoping' }]);
    expect(added).toContain('to what **Discord Roto Studio** needs');
    expect((await core.profiles.get(studio.id)).pickedNeeds).toEqual(['rotoscoping']);

    await core.profiles.upsert({
      name: 'Discord Roto Academy',
      kind: 'talent_center',
      offers: ['rotoscoping courses'],
    });
    const matches = await core.match(studio.id);
    expect(matches[0]?.b.name).toBe('Discord Roto Academy');
  });
});

describe('Discord: partner questions in mentions', () => {
  it('answers a mention that looks for partners with the organizations and their Interested buttons', async () => {
    const { standIn, core } = harness;
    const question = 'Who offers video editing services?';
    const expected = await core.findPartners(question, { limit: 5 });
    const before = standIn.requests.filter(isChannelPost(standIn.threadChannelId)).length;
    standIn.userMessage({
      author: standIn.user('mention-seeker'),
      channelId: standIn.threadChannelId,
      content: `<@${standIn.botUser.id}> ${question}`,
    });
    const partnersReply = await standIn.waitForRequest(
      (request) => isChannelPost(standIn.threadChannelId)(request) && Array.isArray(bodyOf(request).components),
    );
    expect(String(bodyOf(partnersReply).content)).toMatch(/^Organizations that offer /);
    const buttons = (bodyOf(partnersReply).components as { components: { custom_id: string }[] }[])[0]?.components;
    expect(buttons?.map((button) => button.custom_id)).toEqual(
      expected.partners.map((partner) => `interest:${partner.profile.id}`),
    );
    expect(bodyOf(partnersReply).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(standIn.requests.filter(isChannelPost(standIn.threadChannelId)).length).toBeGreaterThan(before);
  });

  it('tells a mention looking for partners nobody offers so, after the article answer', async () => {
    const { standIn, core } = harness;
    const question = 'Who can dub Korean dramas into Japanese?';
    expect((await core.findPartners(question, { limit: 5 })).partners).toEqual([]);
    const before = standIn.requests.filter(isChannelPost(standIn.threadChannelId)).length;
    standIn.userMessage({
      author: standIn.user('dubbing-seeker'),
      channelId: standIn.threadChannelId,
      content: `<@${standIn.botUser.id}> ${question}`,
    });
    const none = await standIn.waitForRequest(
      (request) =>
        isChannelPost(standIn.threadChannelId)(request) &&
        String(bodyOf(request).content).startsWith('No organization here offers dubbing yet.'),
    );
    expect(String(bodyOf(none).content)).toBe('No organization here offers dubbing yet. Organizers can add profiles.');
    expect(bodyOf(none).components ?? []).toEqual([]);
    // The article answer (what the sources hold closest) was posted before it.
    const posts = standIn.requests.filter(isChannelPost(standIn.threadChannelId)).slice(before);
    expect(posts.indexOf(none)).toBeGreaterThan(0);
  });
});
