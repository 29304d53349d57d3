/**
 * The adapters' matchmaking words in English: organization kinds, match reasons (the core's
 * `MatchReason.message` codes), digests posted to a channel, introductions, the organizer's
 * digest and page replies. Part of the English catalog (catalog-en.ts spreads it in); each
 * language has its own part with exactly these keys.
 */
export const englishMatchmaking = {
  // Organization kinds (the core's `OrganizationKind`).
  kindStudio: 'studio',
  kindTalentCenter: 'talent / training center',
  kindAgency: 'agency / public body',
  kindPlatform: 'platform / streamer',
  kindBroadcaster: 'broadcaster',
  kindAssociation: 'association',
  kindOther: 'organization',
  // Match reasons; names, needs and offers are the profiles' own words.
  reasonNeedOffer: '{needing} needs {need}{note} ↔ {offering} offers {offer}',
  reasonAskedFor: 'you asked “{question}”{note} ↔ {offering} offers {offer}',
  reasonNote: ' ({label})',
  reasonWordsNote: ' (shared words: {words})',
  reasonSharedLanguages: 'both work in {languages}',
  reasonSamePlace: 'both are in {place}',
  reasonSameArticle: 'both appear in “{title}”',
  // Digests posted to a channel (the organizer's language, or SLACK_/DISCORD_DIGEST_LANGUAGE when scheduled).
  digestCountOne: '1 suggestion',
  digestCountMany: '{count} suggestions',
  digestNoneThisTime: 'No new suggestions this time.',
  slackDigestExplain:
    "both sides' reasons and sources below. Members of each organization: tell us what you think with the " +
    'buttons; when both sides say *{interested}* I introduce you.',
  digestUnmetHeading: 'Needs no one here meets yet:',
  digestContinued: '{title} (continued)',
  feedbackFieldTitle: 'Feedback',
  feedbackNoAnswerYet: 'no answer yet',
  feedbackChose: '{member} chose {verdict}',
  // Introductions, when both sides said Interested.
  introHello: 'Hello',
  introHelloPeople: 'Hello {people}',
  introAfterDigest:
    '{hello} — both {a} and {b} said {interested} in the matchmaking digest, so here is an introduction.',
  introAfterSearch: '{hello} — both {a} and {b} said {interested} after a partner search, so here is an introduction.',
  introTakeItFromHere: 'Take it from here: say hello, share what you are working on, and set up a call.',
  introFallback: 'Introduction: {a} ↔ {b}',
  discordIntroMeet: 'Meet each other! Both {a} and {b} said they are interested.',
  discordIntroNotLinked: 'no Discord member linked yet (use `/profile` to link yours)',
  introWhy: 'Why this match:',
  introThreadName: 'Intro: {a} × {b}',
  // Slack `/matchcut digest` and the App Home's Send digest.
  slackDigestNotOrganizer:
    'Sorry, only organizers can send a matchmaking digest. To see suggestions for your own organization, try ' +
    '`/matchcut match`.',
  slackDigestPickChannel:
    'Pick the channel from the list as you type `#` (for example `/matchcut digest #partners`), or leave it out ' +
    'to post here.',
  slackDigestNothingNew:
    'No new suggestions to send right now: every good pair was suggested recently or already answered. Add or ' +
    'update profiles, or try again later.',
  slackDigestPostedOne: 'Posted a matchmaking digest with 1 suggestion to {channel}.',
  slackDigestPostedMany: 'Posted a matchmaking digest with {count} suggestions to {channel}.',
  slackDigestPostedRestOne: 'Posted the rest of the matchmaking digest with 1 suggestion to {channel}.',
  slackDigestPostedRestMany: 'Posted the rest of the matchmaking digest with {count} suggestions to {channel}.',
  slackDigestCannotPost:
    "I can't post in that channel ({code}). Invite me first with `/invite @matchcut` in {channel}, then try again.",
  // Discord `/digest` and `/add`: organizers only, in a server.
  discordDigestInServer: 'Digests are posted in servers: run `/digest` in a server channel.',
  discordDigestNotOrganizer:
    'Only organizers can send a matchmaking digest ({who}). You can still use `/match` for your organization.',
  discordAddInServer: 'Pages are added in servers: run `/add` in a server channel.',
  discordAddNotOrganizer:
    'Sorry, only organizers can add articles to the knowledge base ({who}). If you know a page that should be in ' +
    'it, send the link to an organizer.',
  discordCannotPostIn: "I can't post in {channel}: pick a text channel of this server.",
  discordMissingPermissionsIn: "I can't post in {channel}: give me {permissions} there.",
  // Adding a page (Slack `/matchcut add`, Discord `/add`).
  addGiveAddress: 'Give the page address: `/matchcut add https://…`',
  addUnavailable: 'Adding pages is not available in this bot.',
  addFailed: 'Sorry, adding that page failed on our side; the details are in the logs.',
  addRefused: 'I could not add that page: {reason}',
  addAdded: 'Added {title} ({language}).',
  addUpdated: 'Updated {title} ({language}).',
  addAlreadyThere: 'Already in the knowledge base: {title} ({language}).',
  addAnswerableSoon: 'It is answerable in a few seconds.',
} as const;

export type MatchmakingKey = keyof typeof englishMatchmaking;
