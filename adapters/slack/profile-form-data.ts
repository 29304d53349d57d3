/**
 * What the profile form opens with: the member's linked profile (if any) and its picked taxonomy
 * entries with their labels. A failed look-up opens an empty form (and is logged) rather than none.
 */
import type { Profile } from '../../src/index.js';
import type { PickedChoices } from './profile-modal.js';
import type { SlackContext } from './slack-context.js';

export interface ProfileFormData {
  linked: Profile | undefined;
  picked: PickedChoices;
}

export async function loadProfileFormData(context: SlackContext, userId: string): Promise<ProfileFormData> {
  try {
    const linked = await context.core.profiles.forMember(`slack:${userId}`);
    if (linked === undefined) return { linked, picked: { offers: [], needs: [] } };
    const [offers, needs] = await Promise.all([
      context.core.taxonomy.describe(linked.pickedOffers ?? []),
      context.core.taxonomy.describe(linked.pickedNeeds ?? []),
    ]);
    return { linked, picked: { offers, needs } };
  } catch (error) {
    context.logFailure('looking up the member profile', error, { userId });
    return { linked: undefined, picked: { offers: [], needs: [] } };
  }
}
