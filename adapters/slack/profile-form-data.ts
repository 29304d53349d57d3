/**
 * What the profile form opens with: the member's language (their Slack locale when already known:
 * the form must open within the trigger's 3 seconds), the linked profile (if any) and its picked
 * taxonomy entries with their labels in that language. A failed look-up opens an empty form (and is
 * logged) rather than none.
 */
import type { Profile } from '../../src/index.js';
import type { Locale } from '../i18n/locales.js';
import type { PickedChoices } from './profile-modal.js';
import type { SlackContext } from './slack-context.js';

export interface ProfileFormData {
  linked: Profile | undefined;
  picked: PickedChoices;
  locale: Locale;
}

export async function loadProfileFormData(context: SlackContext, userId: string): Promise<ProfileFormData> {
  const locale = context.locales.localeNow(userId);
  try {
    const linked = await context.core.profiles.forMember(`slack:${userId}`);
    if (linked === undefined) return { linked, picked: { offers: [], needs: [] }, locale };
    const [offers, needs] = await Promise.all([
      context.core.taxonomy.describe(linked.pickedOffers ?? [], { language: locale }),
      context.core.taxonomy.describe(linked.pickedNeeds ?? [], { language: locale }),
    ]);
    return { linked, picked: { offers, needs }, locale };
  } catch (error) {
    context.logFailure('looking up the member profile', error, { userId });
    return { linked: undefined, picked: { offers: [], needs: [] }, locale };
  }
}
