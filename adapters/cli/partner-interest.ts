/**
 * `/interested N` in the terminal chat: says Interested in the Nth organization of the last
 * partner list (recorded by the core as for a digest suggestion, the chat acting as the member
 * "cli"); when the other side has said Interested too, the two are introduced.
 */
import { type Matchcut, type PartnerSuggestion, toMatchcutError } from '../../src/index.js';

/** The chat member the terminal acts as. */
export const chatMember = 'cli';

export const interestedChatCommand = {
  command: '/interested N',
  text: 'say Interested in the Nth organization of the last partner list',
} as const;

/** The line under a partner list in the chat. */
export function interestHint(shown: number): string {
  if (shown === 0) return '';
  return shown === 1
    ? '(/interested 1 tells them you want to meet; when they say so too, you are introduced)'
    : `(/interested N, N from 1 to ${shown}, tells them you want to meet; when they say so too, you are introduced)`;
}

/** The reply to a `/interested …` line; undefined for any other line. */
export async function answerInterested(
  core: Matchcut,
  line: string,
  shown: readonly PartnerSuggestion[],
): Promise<string | undefined> {
  const match = /^\/interested(?:\s+(\S+))?\s*$/i.exec(line.trim());
  if (match === null) return undefined;
  if (shown.length === 0)
    return '(no partner list yet: ask for partners first, e.g. "who can dub dramas into Japanese?")';
  const position = Number(match[1]);
  const partner = Number.isInteger(position) && position >= 1 ? shown[position - 1] : undefined;
  if (partner === undefined)
    return `(give the number of an organization in the last list: /interested 1 to ${shown.length})`;
  try {
    const result = await core.partnerInterest({ actor: chatMember, partner: partner.profile.id });
    const theirs = result.party === 'a' ? result.state.b : result.state.a;
    if (result.introduce) {
      const people = [...result.members.a, ...result.members.b].filter((member) => member !== chatMember);
      const who = people.length === 0 ? '' : ` (their members: ${people.join(', ')})`;
      return `${partner.profile.name} is interested too: you are introduced${who}.`;
    }
    if (theirs === 'interested') return `You and ${partner.profile.name} were already introduced.`;
    return `Noted: you are interested in ${partner.profile.name}. When they say so too, you are introduced.`;
  } catch (error) {
    const failure = toMatchcutError(error);
    if (failure.details?.reason === 'NOT_LINKED') {
      return (
        'To say Interested the chat must act for your organization: link it with ' +
        '`matchcut profiles link cli "<your organization>"` (register it first with `matchcut profiles import`), ' +
        'then /interested again.'
      );
    }
    return failure.userMessage;
  }
}
