/**
 * Matchmaking on Discord, end to end: the real discord.js Client against the Discord
 * stand-in, the real core on a temporary directory. /match, /profile (modal and validation),
 * /digest (organizer check, embeds with buttons), feedback clicks, introductions, and the
 * scheduled digest.
 */
import { describe, expect, it } from 'vitest';
import { parseFeedbackCustomId } from '../../adapters/discord/custom-ids.js';
import { renderMatches } from '../../adapters/discord/render.js';
import { translate } from '../../adapters/i18n/translate.js';
import {
  everyonePermissions,
  type Json,
  manageGuildPermission,
  type RecordedRequest,
  type StandInMessage,
} from '../stand-ins/discord-server.js';
import {
  bodyOf,
  buttonClick,
  type DiscordHarness,
  embedsOf,
  isCallbackOf,
  isChannelPost,
  isFollowUpOf,
  isOriginalEditOf,
  modalSubmit,
  slashCommand,
  stringOption,
} from './discord-harness.js';
import { buttonsOf, contentOf, twoMembersOnDiscord } from './two-members.js';

const interactionType = { command: 2, component: 3, autocomplete: 4, modalSubmit: 5 } as const;
const callbackType = { message: 4, deferredMessage: 5, deferredUpdate: 6, autocomplete: 8, modal: 9 } as const;
const ephemeral = 64;

const { started, allowPings } = twoMembersOnDiscord();
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** /digest channel:<id> as a member with the organizer role. */
function digestInteraction(running: DiscordHarness, channelId: string, locale?: string) {
  const { standIn } = running;
  return standIn.interaction({
    type: interactionType.command,
    data: slashCommand('digest', [{ name: 'channel', type: 7, value: channelId }], {
      channels: {
        [channelId]: {
          id: channelId,
          type: 0,
          name: String(standIn.channel(channelId)?.name),
          permissions: everyonePermissions.toString(),
        },
      },
    }),
    user: standIn.user('organizer'),
    roles: [standIn.organizerRoleId],
    ...(locale === undefined ? {} : { locale }),
  });
}

/** Runs /digest as an organizer and returns the suggestion messages it posted. */
async function postDigest(running: DiscordHarness): Promise<StandInMessage[]> {
  const { standIn } = running;
  const sent = digestInteraction(running, standIn.matchmakingChannelId);
  await standIn.waitForRequest(isOriginalEditOf(sent.token));
  return standIn.messagesIn(standIn.matchmakingChannelId);
}

describe('Discord: /match', () => {
  it('defers, then shows the matches the core finds, with reasons for both sides and sources', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match', [stringOption('organization', 'Seoul Pixel Studio')]),
      user: standIn.user('visitor'),
    });
    const callback = await standIn.waitForRequest(isCallbackOf(sent.id));
    expect(bodyOf(callback).type).toBe(callbackType.deferredMessage);
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));

    const expected = renderMatches('Seoul Pixel Studio', await core.match('seoul-pixel-studio', { limit: 5 }));
    expect(contentOf(edit)).toBe(expected.content);
    expect(bodyOf(edit).embeds).toEqual(json(expected.embeds));
    const [first] = embedsOf(edit);
    expect(first?.title).toBe('Seoul Pixel Studio ↔ Samarkand Animation Academy');
    const fields = Object.fromEntries(
      ((first?.fields ?? []) as Json[]).map((field) => [field.name, String(field.value)]),
    );
    expect(fields['For Seoul Pixel Studio']).toMatch(/3D animat/);
    expect(fields['For Samarkand Animation Academy']).toMatch(/internships/);
  });

  it('shows the matches in Korean to a member whose client is in Korean (names and reasons as stored)', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match', [stringOption('organization', 'Seoul Pixel Studio')]),
      user: standIn.user('visitor-ko'),
      locale: 'ko',
    });
    const edit = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    const matches = await core.match('seoul-pixel-studio', { limit: 5 });
    const expected = renderMatches('Seoul Pixel Studio', matches, 'ko');
    expect(contentOf(edit)).toBe(expected.content);
    expect(contentOf(edit)).toMatch(/^\*\*Seoul Pixel Studio\*\*에 가장 잘 맞는 파트너/);
    const names = ((embedsOf(edit)[0]?.fields ?? []) as Json[]).map((field) => field.name);
    expect(names).toContain(translate('ko', 'matchFor', { name: 'Seoul Pixel Studio' }));
    expect(String((embedsOf(edit)[0]?.footer as Json | undefined)?.text)).toMatch(/^매칭 \d+%/);
  });

  it("uses the member's own organization when none is given, and explains how to link one otherwise", async () => {
    const { harness: running, members } = await started();
    const { standIn } = running;
    const own = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match'),
      user: members.academy,
    });
    expect(contentOf(await standIn.waitForRequest(isOriginalEditOf(own.token)))).toMatch(
      /^Best matches for \*\*Samarkand Animation Academy\*\*/,
    );

    const stranger = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match'),
      user: standIn.user('stranger'),
    });
    const hint = await standIn.waitForRequest(isFollowUpOf(stranger.token));
    expect(bodyOf(hint).flags).toBe(ephemeral);
    expect(contentOf(hint)).toMatch(/register yours with `\/profile`/);
  });

  it('suggests organization names while typing (autocomplete)', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const sent = standIn.interaction({
      type: interactionType.autocomplete,
      data: slashCommand('match', [{ ...stringOption('organization', 'samar'), focused: true } as never]),
      user: standIn.user('visitor'),
    });
    const callback = await standIn.waitForRequest(isCallbackOf(sent.id));
    expect(bodyOf(callback)).toMatchObject({ type: callbackType.autocomplete });
    const choices = (bodyOf(callback).data as Json).choices as Json[];
    expect(choices).toContainEqual({ name: 'Samarkand Animation Academy', value: 'samarkand-animation-academy' });
    expect(choices.every((choice) => String(choice.name).toLowerCase().includes('samar'))).toBe(true);
    // A payload for the shared mention check.
    const ask = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match', [stringOption('organization', 'samarkand-animation-academy')]),
      user: standIn.user('visitor'),
    });
    await standIn.waitForRequest(isOriginalEditOf(ask.token));
  });
});

describe('Discord: /profile', () => {
  it('opens a modal, prefilled for a linked member, and saves what is submitted as the member’s profile', async () => {
    const { harness: running, members } = await started();
    const { standIn, core } = running;
    const opened = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('profile'),
      user: members.studio,
    });
    const modal = bodyOf(await standIn.waitForRequest(isCallbackOf(opened.id)));
    expect(modal.type).toBe(callbackType.modal);
    const data = modal.data as Json;
    expect(data.custom_id).toBe('profile:seoul-pixel-studio');
    const inputs = (data.components as Json[]).map((row) => (row.components as Json[])[0] as Json);
    expect(inputs.map((input) => input.custom_id)).toEqual(['name', 'kind', 'offers', 'needs', 'about']);
    expect(inputs[0]?.value).toBe('Seoul Pixel Studio');
    expect(inputs[3]?.value).toBe('3D animators\nVFX compositing artists');
    expect(String(inputs[4]?.value)).toMatch(/^Country: South Korea\nCity: Seoul\nLanguages: en, ko/);

    const newcomer = standIn.user('newcomer');
    const blank = standIn.interaction({ type: interactionType.command, data: slashCommand('profile'), user: newcomer });
    expect((bodyOf(await standIn.waitForRequest(isCallbackOf(blank.id))).data as Json).custom_id).toBe('profile:new');

    const submitted = standIn.interaction({
      type: interactionType.modalSubmit,
      data: modalSubmit('profile:new', {
        name: 'Hanoi Webtoon Lab',
        kind: 'Talent center',
        offers: '- webtoon drawing courses\n- storyboard training\n',
        needs: 'Korean publishing partners',
        about: 'Country: Vietnam\nCity: Hanoi\nLanguages: vi, en\nA small school for comic artists.',
      }),
      user: newcomer,
    });
    const deferred = bodyOf(await standIn.waitForRequest(isCallbackOf(submitted.id)));
    expect(deferred).toEqual({ type: callbackType.deferredMessage, data: { flags: ephemeral } });
    const saved = await standIn.waitForRequest(isOriginalEditOf(submitted.token));
    expect(contentOf(saved)).toMatch(/^Saved \*\*Hanoi Webtoon Lab\*\*/);

    const profile = await core.profiles.forMember(`discord:${newcomer.id}`);
    expect(profile).toMatchObject({
      name: 'Hanoi Webtoon Lab',
      kind: 'talent_center',
      country: 'Vietnam',
      city: 'Hanoi',
      languages: ['vi', 'en'],
      offers: ['webtoon drawing courses', 'storyboard training'],
      needs: ['Korean publishing partners'],
      description: 'A small school for comic artists.',
      origin: 'member',
    });
  });

  it('shows the fields the core rejected, only to the member, and saves nothing', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const member = standIn.user('typo');
    const submitted = standIn.interaction({
      type: interactionType.modalSubmit,
      data: modalSubmit('profile:new', {
        name: 'Spaceship Studio',
        kind: 'spaceship',
        offers: 'rockets',
        needs: '',
        about: '',
      }),
      user: member,
    });
    const reply = await standIn.waitForRequest(isOriginalEditOf(submitted.token));
    expect(contentOf(reply)).toMatch(
      /^⚠️ Please fix this field:\n• \*\*Kind\*\*: choose one of: studio, talent \/ training center/,
    );
    expect(bodyOf(await standIn.waitForRequest(isCallbackOf(submitted.id))).data).toEqual({ flags: ephemeral });
    expect(await core.profiles.forMember(`discord:${member.id}`)).toBeUndefined();
  });

  it('refuses to overwrite an organization linked to other members', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const intruder = standIn.user('intruder');
    const submitted = standIn.interaction({
      type: interactionType.modalSubmit,
      data: modalSubmit('profile:new', {
        name: 'Seoul Pixel Studio',
        kind: 'studio',
        offers: 'nothing',
        needs: '',
        about: '',
      }),
      user: intruder,
    });
    const reply = await standIn.waitForRequest(isOriginalEditOf(submitted.token));
    expect(contentOf(reply)).toMatch(/^⚠️ You can't do that: "Seoul Pixel Studio" is managed by its linked members/);
    expect((await core.profiles.get('seoul-pixel-studio')).needs).toEqual(['3D animators', 'VFX compositing artists']);
  });
});

describe('Discord: /digest and feedback', () => {
  it('refuses a member without the organizer role or Manage Server, ephemerally, without making a digest', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('digest'),
      user: standIn.user('member'),
      roles: [],
      permissions: everyonePermissions,
    });
    const refusal = bodyOf(await standIn.waitForRequest(isCallbackOf(sent.id)));
    expect(refusal.type).toBe(callbackType.message);
    expect((refusal.data as Json).flags).toBe(ephemeral);
    expect(String((refusal.data as Json).content)).toMatch(/^Only organizers can send a matchmaking digest/);
    expect((await core.report()).digests).toBe(0);
    expect(standIn.requests.some((request) => request.method === 'POST' && request.path.endsWith('/messages'))).toBe(
      false,
    );
  });

  it('posts the digest of a Japanese organizer in Japanese, and tells them what was posted in Japanese', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const sent = digestInteraction(running, standIn.matchmakingChannelId, 'ja');
    const summary = contentOf(await standIn.waitForRequest(isOriginalEditOf(sent.token)));
    expect(summary).toMatch(/^<#\d+> に提案を \d+ 件投稿しました。/);
    const posted = standIn.messagesIn(standIn.matchmakingChannelId);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    const first = posted[0] as StandInMessage;
    expect(buttonsOf(first).map((button) => button.label)).toEqual(['興味あり', '合わない', 'もう知っている']);
    const fields = (first.embeds[0]?.fields ?? []) as Json[];
    expect(fields.map((field) => field.name)).toContain('フィードバック');
    expect(String(first.embeds[0]?.description)).not.toMatch(/studio|talent center|agency/);
  });

  it('posts one embed per suggestion with reasons, sources and three buttons for an organizer (role)', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const posted = await postDigest(running);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    for (const message of posted) {
      expect(message.embeds).toHaveLength(1);
      const buttons = buttonsOf(message);
      expect(buttons.map((button) => button.label)).toEqual(['Interested', 'Not a fit', 'Already know them']);
      const parsed = buttons.map((button) => parseFeedbackCustomId(button.customId));
      expect(parsed.map((entry) => entry?.verdict)).toEqual(['interested', 'not_a_fit', 'know']);
      expect(new Set(parsed.map((entry) => entry?.suggestionId)).size).toBe(1);
    }
    // Suggestions between organizations of the knowledge base carry their article sources.
    const sourced = posted
      .flatMap((message) => (message.embeds[0]?.fields ?? []) as Json[])
      .filter((field) => field.name === 'Sources');
    expect(sourced.length).toBeGreaterThan(0);
    for (const field of sourced) expect(String(field.value)).toMatch(/^\*\*\[1\]\*\* /);
    const pair = posted.find(
      (message) =>
        /Seoul Pixel Studio/.test(String(message.embeds[0]?.title)) &&
        /Samarkand Animation Academy/.test(String(message.embeds[0]?.title)),
    );
    const fields = ((pair?.embeds[0]?.fields ?? []) as Json[]).map((field) => String(field.name));
    expect(fields).toEqual(
      expect.arrayContaining(['For Seoul Pixel Studio', 'For Samarkand Animation Academy', 'Feedback']),
    );

    const summary = standIn.requests.find(
      (request) => request.method === 'PATCH' && request.path.endsWith('/messages/@original'),
    );
    expect(contentOf(summary as RecordedRequest).split('\n')[0]).toBe(
      `Posted ${posted.length} suggestion${posted.length === 1 ? '' : 's'} to <#${standIn.matchmakingChannelId}>.`,
    );
    expect((await core.report()).digests).toBe(1);
  });

  it('tells the organizer which permission it lacks in the target channel, before making a digest', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const sent = digestInteraction(running, standIn.readOnlyChannelId);
    const reply = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    expect(contentOf(reply)).toBe(
      `⚠️ You can't do that: I can't post in <#${standIn.readOnlyChannelId}>: give me Send Messages there.`,
    );
    expect((await core.report()).digests).toBe(0);
    expect(standIn.requests.some(isChannelPost(standIn.readOnlyChannelId))).toBe(false);
  });

  it('refuses /digest in a DM', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('digest'),
      user: standIn.user('member'),
      dm: true,
    });
    const refusal = bodyOf(await standIn.waitForRequest(isCallbackOf(sent.id)));
    expect(refusal).toMatchObject({ type: callbackType.message, data: { flags: ephemeral } });
    expect(String((refusal.data as Json).content)).toMatch(/run `\/digest` in a server channel/);
  });

  it('accepts a member with Manage Server as an organizer, posting in the current channel by default', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('digest'),
      user: standIn.user('admin'),
      permissions: everyonePermissions | manageGuildPermission,
    });
    await standIn.waitForRequest(isOriginalEditOf(sent.token));
    expect(standIn.requests.filter(isChannelPost(standIn.generalChannelId)).length).toBeGreaterThanOrEqual(1);
  });

  it('records a click, updates the message with the choice, and introduces both sides in a thread when both are interested', async () => {
    const { harness: running, members } = await started();
    const { standIn, core } = running;
    const posted = await postDigest(running);
    const message = posted.find(
      (entry) =>
        /Seoul Pixel Studio/.test(String(entry.embeds[0]?.title)) &&
        /Samarkand Animation Academy/.test(String(entry.embeds[0]?.title)),
    ) as StandInMessage;
    const interested = buttonsOf(message).find((button) => button.label === 'Interested')?.customId ?? '';
    const suggestionId = parseFeedbackCustomId(interested)?.suggestionId;

    const first = standIn.interaction({
      type: interactionType.component,
      data: buttonClick(interested),
      user: members.studio,
      message,
    });
    expect(bodyOf(await standIn.waitForRequest(isCallbackOf(first.id)))).toEqual({ type: callbackType.deferredUpdate });
    const updated = await standIn.waitForRequest(isOriginalEditOf(first.token));
    const feedbackField = ((embedsOf(updated)[0]?.fields ?? []) as Json[]).find((field) => field.name === 'Feedback');
    expect(String(feedbackField?.value)).toMatch(/\*\*Seoul Pixel Studio\*\*: Interested/);
    expect(String(feedbackField?.value)).toMatch(/\*\*Samarkand Animation Academy\*\*: no answer yet/);
    expect(bodyOf(updated).components).toEqual(json(message.components));
    const receipt = await standIn.waitForRequest(isFollowUpOf(first.token));
    expect(bodyOf(receipt).flags).toBe(ephemeral);
    expect(contentOf(receipt)).toMatch(/^Recorded \*\*Interested\*\* for \*\*Seoul Pixel Studio\*\*/);
    expect(standIn.requests.some((request) => request.path.endsWith('/threads'))).toBe(false);

    const second = standIn.interaction({
      type: interactionType.component,
      data: buttonClick(interested),
      user: members.academy,
      message,
    });
    const thread = await standIn.waitForRequest(
      (request) =>
        request.method === 'POST' &&
        request.path === `/channels/${standIn.matchmakingChannelId}/messages/${message.id}/threads`,
    );
    expect(bodyOf(thread).name).toBe(`Intro: ${String(message.embeds[0]?.title).replace(' ↔ ', ' × ')}`);
    const introduction = await standIn.waitForRequest(isChannelPost(message.id));
    expect(contentOf(introduction)).toContain(`<@${members.studio.id}>`);
    expect(contentOf(introduction)).toContain(`<@${members.academy.id}>`);
    const pingable = [members.studio.id, members.academy.id];
    allowPings(pingable);
    expect(((bodyOf(introduction).allowed_mentions as Json).users as string[]).sort()).toEqual([...pingable].sort());
    await standIn.waitForRequest(isOriginalEditOf(second.token));

    const report = await core.report();
    expect(report.introduced).toBe(1);
    expect(report.interested).toBeGreaterThanOrEqual(1);
    expect(suggestionId).toBeDefined();
  });

  it('tells a member who is on neither side that they cannot answer, and leaves the message as it was', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const [message] = await postDigest(running);
    const notAFit = buttonsOf(message as StandInMessage).find((button) => button.label === 'Not a fit')?.customId ?? '';
    const click = standIn.interaction({
      type: interactionType.component,
      data: buttonClick(notAFit),
      user: standIn.user('bystander'),
      message: message as StandInMessage,
    });
    const refusal = await standIn.waitForRequest(isFollowUpOf(click.token));
    expect(bodyOf(refusal).flags).toBe(ephemeral);
    expect(contentOf(refusal)).toMatch(/^⚠️ You can't do that: Only .* can answer this suggestion/);
    expect(standIn.requests.some(isOriginalEditOf(click.token))).toBe(false);
  });

  it('posts the scheduled digest (MATCHCUT_DIGEST_CRON) to MATCHCUT_DIGEST_CHANNEL', async () => {
    const { harness: running } = await started({
      MATCHCUT_DIGEST_CRON: '* * * * * *',
      MATCHCUT_DIGEST_CHANNEL: 'discord:1400000000000000003',
    });
    const { standIn } = running;
    const post = await standIn.waitForRequest(
      (request) => isChannelPost(standIn.matchmakingChannelId)(request) && Array.isArray(bodyOf(request).components),
    );
    expect(embedsOf(post)).toHaveLength(1);
    expect(
      running.log
        .records()
        .some(
          (record) =>
            record.msg === 'scheduled the Discord digest' && record.channelId === standIn.matchmakingChannelId,
        ),
    ).toBe(true);
  });
});
