/**
 * `/matchcut profile`: opens the profile form, filled in when the member is linked to an organization
 * (its picked taxonomy entries shown with their labels in the pickers).
 */
import type { Profile } from '../../../src/index.js';
import { type PickedChoices, renderProfileModal } from '../profile-modal.js';
import { ephemeral, type SubcommandHandler } from './subcommand.js';

export const profile: SubcommandHandler = async ({ command, ack, respond, userId }, context) => {
  await ack();
  // The trigger_id expires 3 s after the command: open the modal before anything slow.
  await context.tasks.run('/matchcut profile', async () => {
    let linked: Profile | undefined;
    let picked: PickedChoices = { offers: [], needs: [] };
    try {
      linked = await context.core.profiles.forMember(`slack:${userId}`);
      if (linked !== undefined) {
        const [offers, needs] = await Promise.all([
          context.core.taxonomy.describe(linked.pickedOffers ?? []),
          context.core.taxonomy.describe(linked.pickedNeeds ?? []),
        ]);
        picked = { offers, needs };
      }
    } catch (error) {
      context.logFailure('looking up the member profile', error, { userId });
      linked = undefined;
    }
    try {
      await context.client.views.open({
        trigger_id: command.trigger_id,
        view: renderProfileModal(linked, { profileId: linked?.id, channelId: command.channel_id }, picked),
      });
    } catch (error) {
      context.logger.warn({ err: error, userId }, 'could not open the profile modal');
      await respond(ephemeral('I could not open the profile form in time. Please run `/matchcut profile` again.'));
    }
  });
};
