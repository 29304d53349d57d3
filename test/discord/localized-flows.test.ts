/**
 * The flows localized last on Discord, end to end against the stand-in (real discord.js client,
 * real core): the /profile form and its validation replies, match reasons and kinds, the core's
 * member mistakes, organizer-only refusals, a digest in the organizer's language that keeps its
 * language after a click, and introductions in the clicking member's and the server's languages.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../adapters/i18n/translate.js';
import { everyonePermissions, type Json, type StandInMessage } from '../stand-ins/discord-server.js';
import {
  bodyOf,
  buttonClick,
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

const interactionType = { command: 2, component: 3, modalSubmit: 5 } as const;

const { started, allowPings } = twoMembersOnDiscord();

function modalInputs(data: Json): { customId: string; label: string; placeholder: string; value: string }[] {
  return (data.components as Json[]).flatMap((row) =>
    (row.components as Json[]).map((input) => ({
      customId: String(input.custom_id),
      label: String(input.label),
      placeholder: String(input.placeholder ?? ''),
      value: String(input.value ?? ''),
    })),
  );
}

describe('Discord /profile in the member language', () => {
  it('opens the form in Korean, reads Korean About lines and kind names back, and confirms in Korean', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const member = standIn.user('minji');
    const opened = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('profile'),
      user: member,
      locale: 'ko',
    });
    const form = bodyOf(await standIn.waitForRequest(isCallbackOf(opened.id))).data as Json;
    expect(form.title).toBe('조직 등록');
    const inputs = modalInputs(form);
    expect(inputs.map((input) => input.label)).toEqual([
      translate('ko', 'profileFieldName'),
      '유형',
      '제공하는 것 (한 줄에 하나씩)',
      '필요한 것 (한 줄에 하나씩)',
      '소개 (국가, 도시, 언어 등)',
    ]);
    expect(inputs[1]?.placeholder).toContain('스튜디오');
    expect(inputs[4]?.value).toBe('국가: \n도시: \n언어:');
    for (const input of inputs) {
      expect(input.label.length).toBeLessThanOrEqual(45);
      expect(input.placeholder.length).toBeLessThanOrEqual(100);
    }

    const submitted = standIn.interaction({
      type: interactionType.modalSubmit,
      data: modalSubmit('profile:new', {
        name: 'Busan Webtoon Lab',
        kind: '인재·교육 센터',
        offers: '웹툰 작화 교육',
        needs: '',
        about: '국가: 한국\n도시: 부산\n언어: ko, en\n웹툰 작가를 키우는 작은 학교.',
      }),
      user: member,
      locale: 'ko',
    });
    const saved = await standIn.waitForRequest(isOriginalEditOf(submitted.token));
    expect(contentOf(saved)).toBe(translate('ko', 'discordProfileSaved', { name: '**Busan Webtoon Lab**' }));
    const fields = (embedsOf(saved)[0]?.fields ?? []) as Json[];
    expect(fields.map((field) => field.name)).toEqual(['유형', '위치', '언어', '제공', '필요']);
    expect(fields[0]?.value).toBe('인재·교육 센터');
    expect(await core.profiles.forMember(`discord:${member.id}`)).toMatchObject({
      name: 'Busan Webtoon Lab',
      kind: 'talent_center',
      country: '한국',
      city: '부산',
      languages: ['ko', 'en'],
      description: '웹툰 작가를 키우는 작은 학교.',
    });
  });

  it('names the rejected fields in Vietnamese, with the problem in Vietnamese', async () => {
    const { harness: running } = await started();
    const { standIn, core } = running;
    const member = standIn.user('lan');
    const submitted = standIn.interaction({
      type: interactionType.modalSubmit,
      data: modalSubmit('profile:new', {
        name: 'Spaceship Studio',
        kind: 'spaceship',
        offers: '',
        needs: '',
        about: '',
      }),
      user: member,
      locale: 'vi',
    });
    const reply = contentOf(await standIn.waitForRequest(isOriginalEditOf(submitted.token)));
    expect(reply).toMatch(/^⚠️ Vui lòng sửa/);
    expect(reply).toContain('**Loại**: hãy chọn một trong các loại: hãng phim, trung tâm nhân lực / đào tạo');
    expect(reply).not.toMatch(/must be|Kind/);
    expect(await core.profiles.forMember(`discord:${member.id}`)).toBeUndefined();
  });
});

describe('Discord matchmaking in the member language', () => {
  it('/match gives reasons and kinds in Japanese (names, needs and offers as written)', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const sent = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('match', [stringOption('organization', 'Seoul Pixel Studio')]),
      user: standIn.user('visitor'),
      locale: 'ja',
    });
    const reply = await standIn.waitForRequest(isOriginalEditOf(sent.token));
    const [embed] = embedsOf(reply);
    expect(String(embed?.description)).toBe('スタジオ ↔ 人材・研修センター');
    const reasons = ((embed?.fields ?? []) as Json[]).slice(0, 2).map((field) => String(field.value));
    expect(reasons.join('\n')).toContain(
      'Seoul Pixel Studioは3D animatorsを必要としている ↔ Samarkand Animation Academyは',
    );
    expect(reasons.join('\n')).toContain('両者とも英語で仕事をしています');
    expect(reasons.join('\n')).not.toMatch(/ needs | offers |both work in/);
  });

  it("says the core's member mistakes in Korean and Russian: an unknown organization", async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    for (const [locale, expected] of [
      ['ko', '"Nowhere Films"이라는 조직이 없습니다.'],
      ['ru', 'Организации «Nowhere Films» нет.'],
    ] as const) {
      const sent = standIn.interaction({
        type: interactionType.command,
        data: slashCommand('match', [stringOption('organization', 'Nowhere Films')]),
        user: standIn.user(`visitor-${locale}`),
        locale,
      });
      // The public "thinking…" reply is replaced by a private follow-up.
      const reply = contentOf(await standIn.waitForRequest(isFollowUpOf(sent.token)));
      expect(reply).toContain(expected);
      expect(reply).not.toMatch(/No organization named|matchcut profiles/);
    }
  });

  it('refuses /digest and /add to members who are not organizers in their language', async () => {
    const { harness: running } = await started();
    const { standIn } = running;
    const digest = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('digest'),
      user: standIn.user('member-ru'),
      locale: 'ru',
    });
    const refusalOf = async (id: string) =>
      String((bodyOf(await standIn.waitForRequest(isCallbackOf(id))).data as Json).content);
    const digestRefusal = await refusalOf(digest.id);
    expect(digestRefusal).toMatch(/^Подборку знакомств могут отправлять только организаторы \(/);
    const add = standIn.interaction({
      type: interactionType.command,
      data: slashCommand('add', [stringOption('url', 'https://example.com/news')]),
      user: standIn.user('member-ko'),
      locale: 'ko',
    });
    const addRefusal = await refusalOf(add.id);
    expect(addRefusal).toMatch(/^죄송합니다. 지식 베이스에 글을 추가하는 것은 운영진\(/);
  });

  it('posts a Japanese organizer’s digest in Japanese, keeps it Japanese after an English click, and introduces in both languages', async () => {
    const { harness: running, members } = await started();
    const { standIn } = running;
    const channelId = standIn.matchmakingChannelId;
    const sent = standIn.interaction({
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
      locale: 'ja',
    });
    await standIn.waitForRequest(isOriginalEditOf(sent.token));
    const message = standIn
      .messagesIn(channelId)
      .find((entry) => /Seoul Pixel Studio/.test(String(entry.embeds[0]?.title))) as StandInMessage;
    const interested = buttonsOf(message).find((button) => button.label === '興味あり')?.customId ?? '';
    expect(interested).not.toBe('');

    // An English-speaking member clicks: the suggestion stays Japanese, their receipt is English.
    const first = standIn.interaction({
      type: interactionType.component,
      data: buttonClick(interested),
      user: members.studio,
      message,
      locale: 'en-US',
    });
    const updated = await standIn.waitForRequest(isOriginalEditOf(first.token));
    const feedback = ((embedsOf(updated)[0]?.fields ?? []) as Json[]).find((field) => field.name === 'フィードバック');
    expect(String(feedback?.value)).toContain('**Seoul Pixel Studio**: 興味あり');
    expect(String(feedback?.value)).toContain('**Samarkand Animation Academy**: 未回答');
    expect(contentOf(await standIn.waitForRequest(isFollowUpOf(first.token)))).toMatch(/^Recorded \*\*Interested\*\*/);

    // A Korean-speaking member of the other side clicks: Korean first (pinging both), then the server's English.
    standIn.interaction({
      type: interactionType.component,
      data: buttonClick(interested),
      user: members.academy,
      message,
      locale: 'ko',
    });
    const thread = await standIn.waitForRequest(
      (request) => request.method === 'POST' && request.path.endsWith(`/messages/${message.id}/threads`),
    );
    expect(String(bodyOf(thread).name)).toBe('소개: Seoul Pixel Studio × Samarkand Animation Academy');
    const introductions = await standIn.waitForRequests(isChannelPost(message.id), 2);
    const [korean, english] = introductions.map(contentOf);
    expect(korean).toMatch(/^서로 인사하세요! \*\*Seoul Pixel Studio\*\*와\(과\) \*\*Samarkand Animation Academy\*\*/);
    expect(korean).toContain('매칭 이유:');
    expect(english).toMatch(/^Meet each other! Both \*\*Seoul Pixel Studio\*\*/);
    const pingable = [members.studio.id, members.academy.id];
    allowPings(pingable);
    const mentions = introductions.map((request) => (bodyOf(request).allowed_mentions as Json).users as string[]);
    expect([...(mentions[0] ?? [])].sort()).toEqual([...pingable].sort());
    expect(mentions[1]).toEqual([]);
  });

  it('posts the scheduled digest in DISCORD_DIGEST_LANGUAGE (Vietnamese)', async () => {
    const { harness: running } = await started({
      MATCHCUT_DIGEST_CRON: '* * * * * *',
      MATCHCUT_DIGEST_CHANNEL: 'discord:1400000000000000003',
      DISCORD_DIGEST_LANGUAGE: 'vi',
    });
    const { standIn } = running;
    const post = await standIn.waitForRequest(
      (request) => isChannelPost(standIn.matchmakingChannelId)(request) && Array.isArray(bodyOf(request).components),
    );
    const fields = ((embedsOf(post)[0]?.fields ?? []) as Json[]).map((field) => String(field.name));
    expect(fields).toContain('Phản hồi');
    const labels = ((bodyOf(post).components as Json[])[0]?.components as Json[]).map((button) => button.label);
    expect(labels).toEqual([
      translate('vi', 'buttonInterested'),
      translate('vi', 'buttonNotAFit'),
      translate('vi', 'buttonAlreadyKnow'),
    ]);
  });
});
