/**
 * Slack App Home: `app_home_opened` (the Home tab) → `views.publish` of the member's Home
 * (render-app-home.ts), filled from the core: the linked profile and its latest suggestions, and for
 * organizers the report, coverage gaps and last digest. Its buttons: Edit / Create profile opens the
 * profile modal (the views listener saves it and republishes the Home); Send digest (organizers,
 * checked again on click) posts a digest through the same path as `/matchcut digest` and republishes
 * the Home with the outcome. The feedback buttons are the digest's (the actions listener records them
 * and republishes the Home when they were clicked there).
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { isMatchcutError } from '../../../src/index.js';
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { digestFailureReply, postDigest } from '../digest-posting.js';
import { replyForError } from '../error-replies.js';
import { loadProfileFormData } from '../profile-form-data.js';
import { renderProfileModal } from '../profile-modal.js';
import {
  type AppHomeMember,
  type AppHomeOrganizer,
  appHomeActionIds,
  channelMention,
  digestActionsBlockId,
  renderAppHome,
} from '../render-app-home.js';
import type { SlackContext } from '../slack-context.js';
import { digestPostedText } from '../subcommands/digest.js';

/** Suggestions shown in a member's Home. */
const suggestionsShown = 5;

const homeOpenedSchema = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().regex(/^[UW][A-Z0-9]+$/),
  tab: z.string().optional(),
});

/** The Send digest click: who, and the channel picked next to the button (from the Home's view state). */
const sendDigestBodySchema = z.object({
  user: z.object({ id: z.string() }),
  view: z
    .object({
      state: z
        .object({
          values: z.record(
            z.string(),
            z.record(z.string(), z.object({ selected_conversation: z.string().nullish() }).passthrough()),
          ),
        })
        .optional(),
    })
    .optional(),
});

const interactionBodySchema = z.object({ user: z.object({ id: z.string() }), trigger_id: z.string() });

async function loadMember(context: SlackContext, userId: string, locale: Locale): Promise<AppHomeMember> {
  const { core } = context;
  try {
    const profile = await core.profiles.forMember(`slack:${userId}`);
    if (profile === undefined || core.latestSuggestions === undefined) return { profile, suggestions: [] };
    const suggestions = await core.latestSuggestions(profile.id, { limit: suggestionsShown });
    return { profile, suggestions };
  } catch (error) {
    context.logFailure('reading the member profile for the App Home', error, { userId });
    const problem = translate(locale, 'homeProfileUnreadable', { reason: replyForError(error, locale) });
    return { profile: undefined, suggestions: [], problem };
  }
}

/** The schedule's channel, else the last Slack digest's. */
function defaultDigestChannel(context: SlackContext, lastChannel: string | undefined): string | undefined {
  const scheduled = context.config.digestSchedule?.channel;
  if (scheduled !== undefined) return scheduled;
  if (lastChannel?.startsWith('slack:') !== true) return undefined;
  const id = lastChannel.slice('slack:'.length);
  return /^[CG][A-Z0-9]{2,}$/.test(id) ? id : undefined;
}

async function loadOrganizer(context: SlackContext, userId: string, locale: Locale): Promise<AppHomeOrganizer> {
  const { core } = context;
  const problems: string[] = [];
  const [report, lastDigest] = await Promise.all([
    core.report().catch((error: unknown) => {
      context.logFailure('the organizer report for the App Home', error, { userId });
      problems.push(translate(locale, 'homeReportUnavailable', { reason: replyForError(error, locale) }));
      return undefined;
    }),
    core.showDigest().catch((error: unknown) => {
      if (isMatchcutError(error) && error.code === 'NOT_FOUND') return undefined;
      context.logFailure('the last digest for the App Home', error, { userId });
      problems.push(translate(locale, 'homeLastDigestUnreadable', { reason: replyForError(error, locale) }));
      return undefined;
    }),
  ]);
  return {
    report,
    lastDigest,
    defaultChannel: defaultDigestChannel(context, lastDigest?.digest.channel),
    ...(problems.length === 0 ? {} : { problem: problems.join(' ') }),
  };
}

/**
 * Publishes the Home of a Slack user (`U…`), with organizer parts for organizers. `notice` (mrkdwn,
 * escaped) is shown at the top, in the member's language like the rest. Failures are logged, never thrown:
 * the Home is a view, not an answer.
 */
export async function publishAppHome(context: SlackContext, userId: string, notice?: string): Promise<void> {
  try {
    const locale = await context.locales.localeFor(userId);
    const [member, organizer] = await Promise.all([
      loadMember(context, userId, locale),
      context.organizers.isOrganizer(userId).then((yes) => (yes ? loadOrganizer(context, userId, locale) : undefined)),
    ]);
    const view = renderAppHome({ member, organizer, notice, locale });
    await context.client.views.publish({ user_id: userId, view });
    context.logger.info(
      { userId, organizer: organizer !== undefined, blocks: view.blocks.length },
      'App Home published',
    );
  } catch (error) {
    context.logger.warn({ err: error, userId }, 'could not publish the App Home');
  }
}

async function openProfileModal(context: SlackContext, userId: string, triggerId: string): Promise<void> {
  const { linked, picked, locale } = await loadProfileFormData(context, userId);
  try {
    await context.client.views.open({
      trigger_id: triggerId,
      view: renderProfileModal(linked, { profileId: linked?.id }, picked, locale),
    });
  } catch (error) {
    context.logger.warn({ err: error, userId }, 'could not open the profile modal from the App Home');
    await publishAppHome(context, userId, translate(locale, 'slackFormOpenFailed'));
  }
}

/** The channel picked next to Send digest, else the default one. */
function pickedChannel(body: z.infer<typeof sendDigestBodySchema>): string | undefined {
  const picked = body.view?.state?.values[digestActionsBlockId]?.[appHomeActionIds.digestChannel];
  const channel = picked?.selected_conversation ?? undefined;
  return channel !== undefined && /^[CG][A-Z0-9]{2,}$/.test(channel) ? channel : undefined;
}

async function sendDigest(context: SlackContext, body: z.infer<typeof sendDigestBodySchema>): Promise<void> {
  const userId = body.user.id;
  const locale = await context.locales.localeFor(userId);
  if (!(await context.organizers.isOrganizer(userId))) {
    context.logger.info({ userId }, 'digest from the App Home refused: not an organizer');
    await publishAppHome(context, userId, translate(locale, 'onlyOrganizersDigest'));
    return;
  }
  let channel = pickedChannel(body);
  if (channel === undefined) {
    const last = await context.core.showDigest().catch(() => undefined);
    channel = defaultDigestChannel(context, last?.digest.channel);
  }
  if (channel === undefined) {
    await publishAppHome(context, userId, translate(locale, 'homePickDigestChannel'));
    return;
  }
  let notice: string;
  try {
    const { digest, alreadyPosted } = await postDigest(context, channel, { locale });
    const count = digest.suggestions.length;
    notice =
      count === 0
        ? translate(locale, 'slackDigestNothingNew')
        : `:white_check_mark: ${digestPostedText(locale, count, alreadyPosted, channelMention(channel, locale))}`;
    context.logger.info({ userId, channel, digestId: digest.id, count }, 'digest sent from the App Home');
  } catch (error) {
    context.logFailure('sending a digest from the App Home', error, { userId, channel });
    notice = `:warning: ${digestFailureReply(error, channel, locale)}`;
  }
  await publishAppHome(context, userId, notice);
}

export function register(app: App, context: SlackContext): void {
  app.event('app_home_opened', async ({ event }) => {
    const opened = homeOpenedSchema.safeParse(event);
    // The Messages tab opens the DM; only the Home tab is ours to draw.
    if (!opened.success || (opened.data.tab !== undefined && opened.data.tab !== 'home')) return;
    await context.tasks.run('app_home_opened', () => publishAppHome(context, opened.data.user));
  });

  app.action(appHomeActionIds.editProfile, async ({ ack, body }) => {
    await ack();
    const parsed = interactionBodySchema.safeParse(body);
    if (!parsed.success) return;
    // The trigger_id expires 3 s after the click: open the modal before anything slow.
    await context.tasks.run('App Home profile', () =>
      openProfileModal(context, parsed.data.user.id, parsed.data.trigger_id),
    );
  });

  // Picking a channel needs only an acknowledgement: Send digest reads it from the view state.
  app.action(appHomeActionIds.digestChannel, async ({ ack }) => {
    await ack();
  });

  app.action(appHomeActionIds.sendDigest, async ({ ack, body }) => {
    await ack();
    const parsed = sendDigestBodySchema.safeParse(body);
    if (!parsed.success) {
      context.logger.warn({ issues: parsed.error.issues.length }, 'App Home Send digest: unexpected payload');
      return;
    }
    await context.tasks.run('App Home digest', () => sendDigest(context, parsed.data));
  });
}
