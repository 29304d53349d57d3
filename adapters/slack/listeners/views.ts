/**
 * The profile form's submission: checked against the core's profile schema first (errors shown
 * next to the fields), saved, and linked to the member, who gets a DM saying so.
 */
import type { App } from '@slack/bolt';
import { type Profile, profileInputSchema, toMatchcutError } from '../../../src/index.js';
import { translate } from '../../i18n/translate.js';
import { replyForError } from '../error-replies.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import {
  errorsForBlocks,
  parseProfileModalMetadata,
  problemsFromError,
  profileModalCallbackId,
  readProfileSubmission,
} from '../profile-modal.js';
import { renderNote } from '../render.js';
import { publishAppHome } from './app-home.js';
import type { SlackContext } from '../slack-context.js';

export function register(app: App, context: SlackContext): void {
  const { core, logger } = context;
  app.view(profileModalCallbackId, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const member = `slack:${userId}`;
    // The acknowledgement carries the field errors: the member's language only when already known.
    const locale = context.locales.localeNow(userId);
    const metadata = parseProfileModalMetadata(view.private_metadata);
    const submitted = readProfileSubmission(view.state.values, metadata);
    // Keep what the modal does not show (aliases, affiliations, sources) when editing a profile,
    // or when claiming one that already exists under exactly this name.
    const existing = await core.profiles.get(metadata.profileId ?? submitted.name).catch(() => undefined);
    const sameProfile =
      existing !== undefined &&
      (existing.id === metadata.profileId || existing.name.toLowerCase() === submitted.name.toLowerCase());
    const input = sameProfile
      ? { ...submitted, aliases: existing.aliases, affiliations: existing.affiliations, sources: existing.sources }
      : submitted;
    // The core's own schema first: precise field paths for the modal.
    const checked = profileInputSchema.safeParse(input);
    if (!checked.success) {
      await ack({ response_action: 'errors', errors: errorsForBlocks(checked.error.issues, locale) });
      return;
    }
    let saved: Profile;
    try {
      saved = await core.profiles.upsert(input, { owner: member });
    } catch (error) {
      context.logFailure('saving a profile', error, { userId });
      const matchcutError = toMatchcutError(error);
      const errors =
        matchcutError.code === 'BAD_INPUT' && matchcutError.details?.reason === undefined
          ? errorsForBlocks(problemsFromError(matchcutError), locale)
          : { name: replyForError(error, locale) };
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    await context.tasks.run('profile saved', async () => {
      await core.profiles.linkMember(member, saved.id);
      const note = translate(await context.locales.localeFor(userId), 'slackProfileSaved', {
        name: `*${escapeMrkdwn(saved.name)}*`,
      });
      await context.postMessages(userId, [renderNote(note)]);
      logger.info({ userId, profileId: saved.id }, 'profile saved from Slack');
      // The Home tab shows the profile (and may be where the form was opened).
      await publishAppHome(context, userId);
    });
  });
}
