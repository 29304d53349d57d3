/**
 * `/matchcut profile`: opens the profile form, filled in when the member is linked to an organization
 * (its picked taxonomy entries shown with their labels in the pickers), in the member's language.
 */
import { translate } from '../../i18n/translate.js';
import { loadProfileFormData } from '../profile-form-data.js';
import { renderProfileModal } from '../profile-modal.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const profile: SubcommandHandler = async ({ command, ack, respond, userId }, context) => {
  await ack();
  // The trigger_id expires 3 s after the command: open the modal before anything slow.
  await context.tasks.run('/matchcut profile', async () => {
    const { linked, picked, locale } = await loadProfileFormData(context, userId);
    try {
      await context.client.views.open({
        trigger_id: command.trigger_id,
        view: renderProfileModal(linked, { profileId: linked?.id, channelId: command.channel_id }, picked, locale),
      });
    } catch (error) {
      context.logger.warn({ err: error, userId }, 'could not open the profile modal');
      await respond(ephemeral(translate(locale, 'slackFormOpenFailedCommand')));
    }
  });
};
