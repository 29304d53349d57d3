/**
 * The slash commands and the message context-menu command ("Ask matchcut"), as the JSON Discord
 * stores (`matchcut discord register` PUTs this list). `/digest`, `/add` and `/settings` are
 * visible to everyone on purpose: who may run them is checked at run time (organizer role or
 * Manage Server), so a member without the right gets a clear refusal.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  type APIApplicationCommandStringOption,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { channelModes } from '../../src/index.js';
import { localizeCommands } from './command-localizations.js';

export const commandNames = {
  ask: 'ask',
  match: 'match',
  profile: 'profile',
  digest: 'digest',
  add: 'add',
  partners: 'partners',
  settings: 'settings',
  /** The message context-menu command (a display name: spaces and capitals allowed). */
  askAboutMessage: 'Ask matchcut',
} as const;

export const askQuestionOption = 'question';
export const matchOrganizationOption = 'organization';
export const digestChannelOption = 'channel';
export const addUrlOption = 'url';
/** `/profile`'s taxonomy pickers (autocomplete): an entry of what the organization offers or needs. */
export const profileOfferOption = 'offer';
export const profileNeedOption = 'need';
export const settingsModeOption = 'mode';

/** Longest question accepted by the command box; the core enforces its own limit too. */
const longestQuestion = 1_000;

const everywhere = [InteractionContextType.Guild, InteractionContextType.BotDM];

/** The required free-text option of /ask and /partners. */
function questionOption(description: string): APIApplicationCommandStringOption {
  return {
    name: askQuestionOption,
    description,
    type: ApplicationCommandOptionType.String,
    required: true,
    min_length: 2,
    max_length: longestQuestion,
  };
}

/** A slash command taking one question (/ask, /partners), in servers and the bot's DMs. */
function questionCommand(name: string, description: string, question: string) {
  return {
    name,
    type: ApplicationCommandType.ChatInput,
    description,
    options: [questionOption(question)],
    contexts: everywhere,
    integration_types: [ApplicationIntegrationType.GuildInstall],
  } satisfies RESTPostAPIApplicationCommandsJSONBody;
}

/** Names and descriptions in the members' languages: command-localizations.ts. */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = localizeCommands([
  {
    ...questionCommand(
      commandNames.ask,
      'Ask about partnerships, programs and players; the answer cites its sources.',
      'Your question, in any language',
    ),
    description_localizations: {
      ko: '파트너십, 프로그램, 기업에 대해 질문하세요. 답변에 출처가 표시됩니다.',
      vi: 'Hỏi về hợp tác, chương trình và đối tác; câu trả lời có trích dẫn nguồn.',
      ja: '提携、プログラム、企業について質問できます。回答には出典が付きます。',
    },
  },
  {
    name: commandNames.match,
    type: ApplicationCommandType.ChatInput,
    description: 'Suggest partners for an organization (yours by default), with reasons for both sides.',
    options: [
      {
        name: matchOrganizationOption,
        description: 'Organization name (default: the one your profile is linked to)',
        type: ApplicationCommandOptionType.String,
        required: false,
        max_length: 200,
        autocomplete: true,
      },
    ],
    contexts: everywhere,
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    name: commandNames.profile,
    type: ApplicationCommandType.ChatInput,
    description: "Register or edit your organization's profile: what it offers and what it needs.",
    options: [
      {
        name: profileOfferOption,
        description: 'Add a skill or service it offers, from the list (type in any language)',
        type: ApplicationCommandOptionType.String,
        required: false,
        max_length: 100,
        autocomplete: true,
      },
      {
        name: profileNeedOption,
        description: 'Add a skill or service it needs, from the list (type in any language)',
        type: ApplicationCommandOptionType.String,
        required: false,
        max_length: 100,
        autocomplete: true,
      },
    ],
    contexts: everywhere,
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    name: commandNames.digest,
    type: ApplicationCommandType.ChatInput,
    description: 'Organizers: post a matchmaking digest with feedback buttons to a channel.',
    options: [
      {
        name: digestChannelOption,
        description: 'Where to post it (default: this channel)',
        type: ApplicationCommandOptionType.Channel,
        required: false,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      },
    ],
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    name: commandNames.add,
    type: ApplicationCommandType.ChatInput,
    description: 'Organizers: add a web page (a news article) to the knowledge base.',
    options: [
      {
        name: addUrlOption,
        description: 'The page address (https://…)',
        type: ApplicationCommandOptionType.String,
        required: true,
        min_length: 8,
        max_length: 2_000,
      },
    ],
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  questionCommand(
    commandNames.partners,
    'Find organizations whose offers meet what you look for (who can dub, train, co-produce…).',
    'What you look for, in any language',
  ),
  {
    name: commandNames.settings,
    type: ApplicationCommandType.ChatInput,
    description: 'Where the bot answers in this channel; organizers change it.',
    options: [
      {
        name: settingsModeOption,
        description: 'mention (default), auto (also questions it can answer) or off; leave out to see it',
        type: ApplicationCommandOptionType.String,
        required: false,
        choices: channelModes.map((mode) => ({ name: mode, value: mode })),
      },
    ],
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
  {
    name: commandNames.askAboutMessage,
    type: ApplicationCommandType.Message,
    contexts: everywhere,
    integration_types: [ApplicationIntegrationType.GuildInstall],
  },
]);
