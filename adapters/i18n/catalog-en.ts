/**
 * The adapters' own words in English. This catalog defines the keys: every other language's
 * catalog must have exactly these keys (TypeScript checks it) with the same `{placeholders}`
 * (test/i18n/catalogs.test.ts checks that). Command names (`/matchcut ask`, `/ask`) stay as
 * typed; the core's own texts (answers, its notices) are localized by the core. Matchmaking
 * words and form/page words are in their own parts (catalog-matchmaking-*.ts, catalog-forms-*.ts).
 */
import { englishForms } from './catalog-forms-en.js';
import { englishMatchmaking } from './catalog-matchmaking-en.js';

export const english = {
  ...englishMatchmaking,
  ...englishForms,
  // Errors, one per failure the core or the platform reports.
  errorFixField: 'Please fix this field:\n{fields}',
  errorFixFields: 'Please fix these fields:\n{fields}',
  errorDidNotWork: 'That did not work: {message}',
  errorNotFound: 'Not found: {message}',
  errorForbidden: "You can't do that: {message}",
  errorModelTimeout: 'The language model did not answer in time. Please try again in a minute.',
  errorModelBusy: 'The language model is overloaded right now. Please try again in a minute.',
  errorModelUnavailable:
    'The language model could not be reached. Please try again later; if it keeps failing, tell an organizer.',
  errorModelRejected: 'The language model refused the request. An organizer can find the details in the logs.',
  errorModelUnusable: 'The language model gave an answer I could not use. Please try again.',
  errorDiscordRefused: 'Discord refused the request. Please try again; if it keeps failing, tell an organizer.',
  errorDiscordProblem: 'Discord had a problem with the request. Please try again in a minute.',
  errorDiscordUnreachable: 'I could not reach Discord. Please try again in a minute.',
  errorDiscordMissingPermissions:
    'I am missing permissions there: I need View Channel, Send Messages, Embed Links, Read Message History and ' +
    '(for introductions) Create Public Threads.',
  errorDiscordMissingAccess: 'I cannot see that channel: an admin needs to give me access to it.',
  errorDiscordGone: 'That channel or message no longer exists.',
  errorSlackRefused: 'Slack refused the request ({code}). Please try again; if it keeps failing, tell an organizer.',
  errorUpstream: 'A service I rely on did not answer. Please try again in a minute.',
  errorKnowledge:
    "The knowledge base could not be read just now, so I can't answer. An organizer can find the details in the " +
    'logs.',
  errorConfig: 'I am not set up correctly for this. An organizer can find the details in the logs.',
  errorBusy: 'Busy: many questions are being answered right now. Please try again in a moment.',
  errorMemberRateLimit:
    'You have asked {limit} questions within {window} seconds, the most one member may: please try again in {retry} s.',
  digestRetryNote:
    'Nothing unsent was marked as suggested: run `/digest` again once this is fixed to post the same digest.',
  errorInternal: 'Something went wrong on our side. An organizer can find the details in the logs.',
  errorUnknownCommand: 'I do not know that command any more; an organizer needs to register the commands again.',
  // What replaces command-line advice in the core's messages.
  adviceFindOrganizations: 'To find registered organizations, use {command}.',
  adviceAskOrganizer: 'An organizer can look into it.',
  // Help.
  slackHelp:
    '*matchcut* answers partnership questions with cited sources and suggests partners.\n' +
    '• `@matchcut <question>` in a channel, or any message in a DM: an answer in the thread; follow-ups in the ' +
    'thread need no mention.\n' +
    '• `/matchcut ask <question>`: the same, only for you, with a button to share it with the channel.\n' +
    '• Message menu → *Ask matchcut*: answers that message in its thread.\n' +
    '• `/matchcut match [organization]`: suggested partners for your organization (or the one named).\n' +
    '• `/matchcut partners <what you look for>`: organizations whose offers meet it.\n' +
    '• `/matchcut profile`: create or edit your organization profile.\n' +
    '• `/matchcut digest [#channel]`: organizers post a matchmaking digest.\n' +
    '• `/matchcut add <url>`: organizers add a web page to the knowledge base.\n' +
    '• `/matchcut settings [mention|auto|off]`: where I answer in this channel (organizers change it).\n' +
    '• `/matchcut help`: this message.',
  slackUnknownSubcommand: "I don't know `{subcommand}`. Try one of these:",
  slackAskUsage: 'Add your question after `ask`, e.g. `/matchcut ask Who trains post-production crews in Korea?`',
  slackPartnersUsage:
    'Say what you look for after `partners`, e.g. `/matchcut partners who can dub dramas into Japanese?`',
  slackNotLinked:
    'You are not linked to an organization yet. Create or claim yours with `/matchcut profile`, or name one: ' +
    '`/matchcut match <organization>`.',
  discordEmptyMention:
    'Ask me something after the mention, e.g. "@matchcut Who trains VFX artists in Samarkand?", or use `/ask`.',
  // Buttons.
  buttonHelpful: 'Helpful',
  buttonNotHelpful: 'Not helpful',
  buttonAskOrganizer: 'Ask an organizer',
  buttonShare: 'Share with channel',
  buttonInterested: 'Interested',
  buttonNotAFit: 'Not a fit',
  buttonAlreadyKnow: 'Already know them',
  buttonCreateProfile: 'Create profile',
  buttonEditProfile: 'Edit',
  buttonSendDigest: 'Send digest',
  // Notices after a click or a command.
  voteRecorded: 'Thanks, recorded {label}. ({counts})',
  voteChanged: 'Changed your vote to {label}. ({counts})',
  voteCounts: '{helpful} helpful · {notHelpful} not helpful',
  buttonInactive: 'This button is no longer active.',
  askedOrganizers: 'I asked the organizers in the thread.',
  sharedWithChannel: 'Shared with the channel.',
  organizerMayKnow: 'An organizer may know more: ask them in the thread.',
  noTextToAnswer: 'That message has no text I can answer.',
  answersOff: 'Answers are off in this channel; {command} answers you privately.',
  answeredIn: 'Answered in {channel}.',
  sourcesTitle: 'Sources',
  closestSourcesTitle: 'Closest sources (they do not answer the question)',
  notInSourcesClosest: '*Not in my sources.* The closest I found:',
  onlyOrganizersDigest: 'Sorry, only organizers can send a matchmaking digest.',
  onlyOrganizersAdd:
    'Sorry, only organizers can add articles to the knowledge base. If you know a page that should be in it, send ' +
    'the link to an organizer.',
  onlyOrganizersSettings: 'Sorry, only organizers can change where I answer.',
  // Digests.
  digestTitle: 'Matchmaking digest',
  digestNothingNew: 'No new suggestions right now: every good pair was suggested recently or already answered.',
  digestPosted: 'Posted {count} suggestion(s) to {channel}.',
  // Profile forms.
  profileFormTitleNew: 'Your organization',
  profileFormTitleEdit: 'Edit organization',
  profileFieldName: 'Organization name',
  profileFieldLanguages: 'Working languages',
  profileFieldOffers: 'What you offer',
  profileFieldNeeds: 'What you need',
  profileSaved: 'Saved the profile of {name} and linked it to you.',
  // Channel settings (`/matchcut settings`, Discord `/settings`); mode names stay as typed.
  settingsSlackMention: 'I answer when mentioned, in DMs, and follow-ups in threads I answered in.',
  settingsSlackAuto:
    'I also answer new messages that look like questions, in their thread, but only when my sources ' + 'cover them.',
  settingsSlackOff: 'I do not answer in this channel (`/matchcut ask` still answers you privately).',
  settingsDiscordMention: 'I answer when mentioned and in DMs.',
  settingsDiscordAuto:
    'I also answer messages that look like questions, in a thread, but only when my sources cover them.',
  settingsDiscordOff: 'I do not answer mentions in this channel (`/ask` still answers you privately).',
  settingsModesAre: 'The modes are:',
  settingsModes: 'The modes:',
  settingsNotAMode: '{mode} is not a mode.',
  settingsThatIsNotAMode: 'That is not a mode.',
  settingsNotOrganizerDiscord: 'Only organizers can change where I answer ({who}).',
  settingsPerChannelSlack: 'Settings are per channel: run `/matchcut settings` in the channel you want to set.',
  settingsPerChannelDiscord: 'Settings are per channel: run `/settings` in a server channel.',
  settingsUnavailable: 'Channel settings are not available on this server.',
  settingsCurrent: 'Answers in {channel}: `{mode}` ({how}). {description}',
  settingsSetByOrganizer: 'set by an organizer',
  settingsByDefault: 'the default',
  settingsHowToChange: 'Organizers change it with {command}:',
  settingsNowMode: 'Answers in {channel} are now `{mode}`: {description}',
  settingsNotSaved: 'Sorry, the setting could not be saved; the details are in the logs.',
  settingsNeedsMessageContent:
    'To read questions that do not mention me, the bot needs the Message Content intent: the operator ' +
    'sets `DISCORD_MESSAGE_CONTENT=on` and enables it in the Developer Portal. Until then only mentions ' +
    'are answered.',
  discordOrganizersManageServer: 'members with the Manage Server permission',
  discordOrganizersRole: 'members with the {role} role or the Manage Server permission',
  // Partner searches (Discord `/partners`).
  partnersWhatYouAsked: 'what you asked',
  partnersNone: 'No organization here offers {what} yet.',
  partnersNoneIn: 'No organization here offers {what} in {place} yet.',
  partnersNoneHint: 'Organizers can add profiles; `/ask` may find it in the articles.',
  /** Under an article answer: the answer is already there, so no pointer to `/ask`. */
  partnersNoneHintWithAnswer: 'Organizers can add profiles.',
  partnersHeading: 'Organizations that offer {what}:',
  partnersHeadingIn: 'Organizations that offer {what} in {place}:',
  partnersInterestedHint: 'Interested tells them you want to meet; when they say so too, you are introduced.',
  interestIntroduced: '{name} is interested too: I have introduced you here.',
  interestAlreadyIntroduced: 'You and {name} were already introduced.',
  interestNoted: 'Noted: you are interested in {name}. When they say so too, I will introduce you.',
  discordInterestNotLinked:
    'To say Interested you need your organization on matchcut: run `/profile` to register it (or to ' +
    'claim it, with its exact name); it is then linked to you. Then press Interested again.',
  // Partner searches on Slack (`/matchcut partners`).
  slackPartnersNoneHint: 'Organizers can add profiles; try `/matchcut ask` for the articles.',
  slackPartnersHeading: 'Organizations that offer {what}',
  slackPartnersHeadingIn: 'Organizations that offer {what} in {place}',
  partnersNotPlaced: 'Not placed: {places}',
  slackPartnersInterestedHint: '*Interested* tells us you want to meet them; when they say so too, we introduce you.',
  slackInterestIntroduced: '{name} is interested too: I have introduced you in a group message.',
  slackInterestNotLinked:
    'To say Interested you need your organization on matchcut: run `/matchcut profile` to register it ' +
    '(or to claim it, with its exact name) — it is then linked to you. Then press Interested again.',
  // Match listings (`/match`, `/matchcut match`) and feedback receipts.
  matchFor: 'For {name}',
  matchPossiblePartner: '{name} is a possible partner.',
  matchAndMore: '…and {count} more',
  sourcesContinued: 'Sources (continued)',
  matchFooter: 'Match {score} · for {a} {scoreA} · for {b} {scoreB}',
  discordMatchNone:
    'No partner stands out for {subject} yet. Add what it offers and needs with `/profile`, or ask an ' +
    'organizer to add profiles.',
  matchBest: 'Best matches for {subject} ({shown} of {total}):',
  feedbackRecorded: 'Recorded {verdict} for {party}. {next}',
  feedbackBothInterestedThread: 'Both sides are interested: I am opening a thread to introduce you.',
  feedbackIntroduceIfToo: 'I will introduce you if {name} is interested too.',
  feedbackThanks: 'Thanks: this shapes the next digests.',
  // Slack `/matchcut match`.
  slackMatchHeading: 'Suggested partners for {name}',
  slackMatchNone:
    'No suggestions yet: no other organization covers these needs or offers. Update the profile with ' +
    '`/matchcut profile`, or ask an organizer to add profiles.',
  slackMatchScore: 'match {percent}',
  matchNoReason: '(no specific reason recorded)',
  // The organizer's private summary after a digest.
  digestPostedOne: 'Posted 1 suggestion to {channel}.',
  digestPostedMany: 'Posted {count} suggestions to {channel}.',
  digestUnmetNeeds: 'Needs nobody can meet yet:',
} as const;

export type MessageKey = keyof typeof english;
/** What every other language's catalog is: a text for each key. */
export type Catalog = Record<MessageKey, string>;
