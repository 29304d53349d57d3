/** `/matchcut profile`: opens the profile form, filled in when the member is linked to an organization. */
import type { Profile } from '../../../src/index.js';
import { renderProfileModal } from '../profile-modal.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const profile: SubcommandHandler = async ({ command, ack, respond, userId }, context) => {
  await ack();
  // The trigger_id expires 3 s after the command: open the modal before anything slow.
  await context.tasks.run('/matchcut profile', async () => {
    let linked: Profile | undefined;
    try {
      linked = await context.core.profiles.forMember(`slack:${userId}`);
    } catch (error) {
      context.logFailure('looking up the member profile', error, { userId });
      linked = undefined;
    }
    try {
      await context.client.views.open({
        trigger_id: command.trigger_id,
        view: renderProfileModal(linked, { profileId: linked?.id, channelId: command.channel_id }),
      });
    } catch (error) {
      context.logger.warn({ err: error, userId }, 'could not open the profile modal');
      await respond(ephemeral('I could not open the profile form in time. Please run `/matchcut profile` again.'));
    }
  });
};
