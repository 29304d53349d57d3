/**
 * The adapters' form and page words in English: the profile forms (Slack modal, Discord modal)
 * with their validation replies, the Slack App Home, and the core's member mistakes (by their
 * `details.reason`). Part of the English catalog (catalog-en.ts spreads it in); each language has
 * its own part with exactly these keys. Slack: modal title ≤ 24, labels ≤ 2,000, placeholders and
 * option texts ≤ 75 (150 for hints); Discord: modal title and labels ≤ 45, placeholders ≤ 100.
 */
export const englishForms = {
  // Both profile forms.
  profileFieldKind: 'Kind',
  profileFieldCountry: 'Country',
  profileFieldCity: 'City',
  profileFieldDescription: 'Description',
  profileFieldContact: 'Contact',
  profileLine: 'Line {line}: {message}',
  problemEmpty: 'must not be empty',
  problemTooLong: 'must be at most {maximum} characters',
  problemTooMany: 'at most {maximum} entries',
  problemKind: 'choose one of: {kinds}',
  problemInvalid: 'is not valid',
  // The Slack profile modal.
  slackFormSave: 'Save',
  slackFormCancel: 'Cancel',
  slackFormChooseOne: 'Choose one',
  slackFormNamePlaceholder: 'e.g. IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: 'English, Korean, Vietnamese',
  slackFormSeparateWithCommas: 'Separate with commas.',
  slackFormOnePerLine: 'One per line.',
  slackFormOffersPlaceholder: 'One per line, e.g. 3D animation training',
  slackFormNeedsPlaceholder: 'One per line, e.g. VFX compositors',
  slackFormOffersPicked: 'What you offer, from the list',
  slackFormNeedsPicked: 'What you need, from the list',
  slackFormPickerHint: 'Type a skill or role in any language, e.g. compositing, 합성, dựng phim.',
  slackFormPickerPlaceholder: 'Search the list of skills',
  slackFormContactPlaceholder: 'e-mail, website or person',
  slackKindStudio: 'Studio / production company',
  slackKindTalentCenter: 'Talent or training center',
  slackKindAgency: 'Agency / public body',
  slackKindPlatform: 'Platform / streamer',
  slackKindBroadcaster: 'Broadcaster',
  slackKindAssociation: 'Association',
  slackKindOther: 'Other',
  slackProfileSaved:
    "Saved the profile of {name} and linked it to you. Run `/matchcut match` to see suggested partners; organizers' " +
    'digests will include it.',
  slackFormOpenFailed: 'I could not open the profile form in time. Please press the button again.',
  slackFormOpenFailedCommand: 'I could not open the profile form in time. Please run `/matchcut profile` again.',
  // The Discord profile modal (five text boxes; "Country:", "City:", "Languages:" lines in About).
  discordFormTitleNew: 'Register your organization',
  discordFormTitleEdit: 'Edit your organization',
  discordFormOffers: 'Offers (one per line)',
  discordFormNeeds: 'Needs (one per line)',
  discordFormAbout: 'About (country, city, languages, more)',
  discordFormAboutShort: 'About',
  discordFormOffersPlaceholder: '3D animation training\nVFX compositing (Nuke)',
  discordFormNeedsPlaceholder: 'Korean co-production partners\nInternships for graduates',
  discordFormAboutPlaceholder:
    '{country}: Uzbekistan\n{city}: Samarkand\n{languages}: uz, ru, en\nWhat you do, in a few sentences.',
  discordFormLanguages: 'Languages',
  discordFieldLine: '{field} (line {line})',
  discordProfileSaved: 'Saved {name}; you are linked to it, so your feedback on digests counts for it.',
  discordProfileWhere: 'Where',
  discordProfileRegisterFirst:
    'Register your organization first: run `/profile` with no options and fill in the form (it is then linked ' +
    'to you); after that `/profile offer:` and `need:` add skills from the list.',
  discordProfileNotOnList:
    '{values} is not on the list: start typing and pick one of the suggestions (anything else can go in the ' +
    '`/profile` form as free text).',
  discordProfileAddedOffer: 'Added {entry} to what {name} offers.',
  discordProfileAddedNeed: 'Added {entry} to what {name} needs.',
  discordProfileMatchingUsesIt: 'Matching uses it from now on; `/partners` and `/match` show who meets it.',
  // The Slack App Home.
  homeAbout:
    'I answer questions about partnerships, programs and players in the content industry (film, TV, OTT, ' +
    'animation, VFX, webtoon) with numbered sources, and suggest partners between organizations.',
  homeHowToAsk:
    '*How to ask*\n' +
    '• Mention `@matchcut` with your question in a channel: I answer in the thread, and follow-ups there need no ' +
    'mention.\n' +
    '• Send me a direct message (the *Messages* tab above).\n' +
    '• `/matchcut ask <question>`: only you see the answer, with a button to share it with the channel.\n' +
    '• Message menu (⋮) → *Ask matchcut*: I answer that message in its thread.\n' +
    '• `/matchcut partners <what you look for>`: organizations whose offers meet it; `/matchcut match`: ' +
    'suggested partners for yours.',
  homeYourOrganization: 'Your organization',
  homeNotLinked:
    'You are not linked to an organization profile yet. Run `/matchcut profile` (or use the button) to create ' +
    'yours; saving a profile under an existing name links you to it. With a profile, you get partner ' +
    "suggestions and organizers' digests include you.",
  homeLanguages: 'Languages',
  homeOffers: 'Offers',
  homeNeeds: 'Needs',
  homeLatestSuggestions: 'Your latest suggestions',
  homeNoSuggestions:
    "No suggestions for {name} yet: organizers' digests will bring them here. `/matchcut match` shows suggested " +
    'partners now.',
  homeProfileUnreadable: 'Your profile could not be read: {reason}',
  homeForOrganizers: 'For organizers',
  homeMatchmakingFigures:
    '*Matchmaking:* {suggested} suggested · {interested} interested · {introduced} introduced · {declined} not ' +
    'a fit · {known} already known · {digests} digest(s)',
  homeUnmetFigures:
    '{unmet} needs no one meets yet · {unplaced} offer or need phrases the lexicon cannot place (an organizer ' +
    'finds them in the report)',
  homeQuestionsHeading: 'Questions',
  homeQuestionsSince: 'Questions since {date}',
  homeQuestionFigures:
    '{asked} asked · {answered} answered · {notCovered} not covered · {helpful} helpful · {notHelpful} not helpful',
  homeByLanguage: 'By language: {figures}',
  homeByPlatform: 'By platform: {figures}',
  homeNoGaps: '*Coverage gaps:* none: every question was answered from the articles, or none was asked.',
  homeGapsHeading: '*Coverage gaps* (unanswered or unhelpful questions, most asked first: what the articles miss)',
  homeReportUnavailable: 'The report could not be made: {reason}',
  homeLastDigestUnreadable: 'The last digest could not be read: {reason}',
  homeLastDigestNone: '*Last digest:* none sent yet.',
  homeLastDigest: '*Last digest:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: 'posting',
  homeDigestReleased: 'not all posted',
  homeDigestPosted: 'posted',
  homeDigestChannel: 'Channel for the digest',
  homeSendDigestNote: 'Send digest posts new suggestions to the channel picked, as `/matchcut digest` does.',
  homePickDigestChannel: 'Pick the channel for the digest next to *Send digest*, then press it again.',
  homeNoChannel: 'no channel',
  homeDateAt: '{date} at {time}',
  // Answer buttons' leftovers and /match without an organization.
  votesNotRecorded: 'Votes are not recorded on this server.',
  answersOffCannotShare: 'Answers are off in this channel, so I cannot share this one here.',
  noOrganizerRole: 'There is no organizer role to ask here.',
  askedOrganizersHere: 'I asked the organizers here.',
  escalationIntro: 'A member found my answer not helpful and asks an organizer:',
  discordMatchWhichOrganization:
    'tell me which organization (`/match organization:<name>`), or register yours with `/profile`.',
  // The core's member mistakes, by `details.reason`.
  mistakeNoOrganization: 'No organization named "{name}".',
  mistakeDidYouMean: 'Did you mean {names}?',
  mistakeNoNameGiven: 'Give an organization name, e.g. "IT Works Korea".',
  mistakeOtherSide: 'You act for {name}, so you can only answer for that side of this suggestion.',
  mistakeNotLinkedEither:
    'Only {a} or {b} can answer this suggestion, and you are not linked to either: link your organization first ' +
    'with {command}.',
  mistakeNotLinked: 'Link your organization first: {command} registers it and links it to you.',
  mistakeUnknownSuggestion:
    'That suggestion is no longer there: answer with the buttons of a digest posted in the channel, or ask an ' +
    'organizer to post a new one.',
  mistakePartnerGone: 'That organization is no longer listed.',
  mistakeOwnOrganization: '{name} is your own organization.',
  mistakeNameTaken: 'The name "{name}" is already used by another profile: choose another name.',
  mistakeManagedByMembers: '"{name}" is managed by its linked members; ask one of them or an organizer to change it.',
  mistakeAnswerExpired: 'That answer is no longer in the question log, so it cannot be rated.',
  mistakeEmptyQuestion: 'The question is empty: ask something, e.g. "Who trains VFX artists in Samarkand?"',
  mistakeEmptyPartnerQuestion:
    'Say what kind of partner you are looking for, e.g. "who can dub Korean dramas into Japanese?".',
  mistakeQuestionTooLong:
    'The question is {length} characters long; keep it to {maximum} characters or fewer (ask one thing at a time).',
  mistakeNoDigestYet: 'No digest has been made yet.',
  mistakeUnknownDigest: 'There is no digest "{name}".',
  mistakeBadLimit: 'The limit must be a whole number from 1 to {maximum}.',
  pageNotUrl: 'that is not a web address; give one starting with https:// or http://.',
  pageScheme: 'only http and https addresses can be added.',
  pageCredentials: 'addresses with a user name or password are not fetched.',
  pageNoHost: 'the site name cannot be found.',
  pageNotAllowed: 'that address is on a private or local network, which is not fetched.',
  pageTooSlow: 'the site did not answer in time.',
  pageUnreachable: 'the site cannot be reached.',
  pageRedirect: 'the site redirects somewhere that cannot be fetched.',
  pageStatus: 'the site answered with error {status}.',
  pageNotPage: 'it is not a web page or article ({type}).',
  pageTooLarge: 'the page is too large.',
  pageBrokenBody: 'the page arrived broken.',
  pageNoText: 'no article text is left once menus and other page parts are removed.',
  pageNoArticle: 'no article was found on the page.',
  slackEmptyMention:
    'Ask me a question about partnerships, programs or players, e.g. _Who trains post-production ' + 'crews in Korea?_',
} as const;

export type FormsKey = keyof typeof englishForms;
