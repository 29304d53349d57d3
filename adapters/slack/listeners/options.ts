/**
 * The profile form's taxonomy pickers: Slack sends a `block_suggestion` with what the member typed
 * (to the options load URL, the same /slack/events address in HTTP mode); the answer is the
 * taxonomy entries it names, found by the core in any language, at most Slack's 100 options.
 */
import type { App } from '@slack/bolt';
import { taxonomyOption, taxonomyPickerActionId } from '../profile-modal.js';
import type { SlackContext } from '../slack-context.js';

/** Slack shows at most 100 options in an external select. */
const slackOptionLimit = 100;

export function register(app: App, context: SlackContext): void {
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', action_id: taxonomyPickerActionId },
    async ({ ack, body }) => {
      const query = typeof body.value === 'string' ? body.value.slice(0, 200) : '';
      try {
        const choices = await context.core.taxonomy.search(query, { limit: slackOptionLimit });
        await ack({ options: choices.map(taxonomyOption) });
      } catch (error) {
        context.logFailure('searching the taxonomy', error, { userId: body.user.id });
        await ack({ options: [] });
      }
    },
  );
}
