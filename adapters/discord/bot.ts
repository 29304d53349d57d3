/**
 * `createDiscordBot(deps)`: the discord.js Client and its event handlers. It translates Discord
 * events into core calls (ask, profiles, match, digest, feedback) and core results into
 * messages (render.ts); nothing else. Slow work is deferred at once (the 3-second window) and
 * the reply edited when ready.
 *
 * Intents: Guilds, GuildMessages, DirectMessages. No MessageContent: the bot reads messages
 * that mention it, DMs and its own messages, which Discord delivers with content anyway.
 */
import {
  type AnyThreadChannel,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  type ModalSubmitInteraction,
  Partials,
  RESTJSONErrorCodes,
  type TextBasedChannel,
  ThreadAutoArchiveDuration,
  DiscordAPIError,
} from 'discord.js';
import {
  badInput,
  configError,
  type FeedbackResult,
  isMatchcutError,
  type Logger,
  type Matchcut,
  type MatchcutError,
} from '../../src/index.js';
import { askQuestionOption, commandNames, digestChannelOption, matchOrganizationOption } from './commands.js';
import type { DiscordConfig } from './config.js';
import { replyChainHistory, stripBotMentions, threadHistory } from './conversation.js';
import { parseFeedbackCustomId, parseProfileModalCustomId } from './custom-ids.js';
import { describeDiscordFailure } from './discord-errors.js';
import { describeOrganizers, isOrganizer } from './organizer.js';
import { postDigest } from './post-digest.js';
import { profileFieldLabel, profileInputFromModal, renderProfileModal } from './profile-modal.js';
import {
  type DiscordMessage,
  introductionThreadName,
  noMentions,
  renderAnswer,
  renderDigestSummary,
  renderError,
  renderFeedbackRecorded,
  renderIntroduction,
  renderMatches,
  renderProfileSaved,
  renderSuggestion,
} from './render.js';
import { type ScheduledDigest, startScheduledDigest } from './scheduled-digest.js';

/** Only what the bot uses; none of them is privileged. */
export const discordIntents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface DiscordBotDependencies {
  core: Matchcut;
  config: DiscordConfig;
  logger: Logger;
  /** How long login waits for unavailable servers (discord.js default 15 s; tests set it low). */
  waitGuildTimeoutMs?: number;
  /** How long `start` waits for READY. */
  readyTimeoutMs?: number;
  /** How long `stop` lets running handlers finish. */
  drainTimeoutMs?: number;
}

export interface DiscordBot {
  readonly client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type ErrorDelivery = 'reply' | 'edit' | 'replace' | 'follow-up';

const maximumMatches = 5;
const autocompleteChoices = 25;

export function createDiscordBot(dependencies: DiscordBotDependencies): DiscordBot {
  const { core, config, logger } = dependencies;
  const waitGuildTimeoutMs = dependencies.waitGuildTimeoutMs ?? 15_000;
  const client = new Client({
    intents: [...discordIntents],
    // DM channels are never announced by the gateway; without this, DMs would be dropped.
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    allowedMentions: { ...noMentions },
    waitGuildTimeout: waitGuildTimeoutMs,
  });
  const inFlight = new Set<Promise<void>>();
  let scheduledDigest: ScheduledDigest | undefined;
  let stopping = false;

  const track = (name: string, work: () => Promise<void>): void => {
    if (stopping) return;
    const running: Promise<void> = work()
      .catch((error: unknown) => logger.error({ err: error, handler: name }, 'a Discord handler failed'))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  const actorOf = (userId: string): string => `discord:${userId}`;

  // ── errors ─────────────────────────────────────────────────────────

  const failureOf = (error: unknown, doing: string): MatchcutError => {
    const failure = isMatchcutError(error) ? error : describeDiscordFailure(error, doing);
    const level = failure.code === 'INTERNAL' || failure.code === 'CONFIG' || failure.code === 'KNOWLEDGE' ? 'error' : 'warn';
    logger[level]({ err: failure, code: failure.code, doing }, failure.message);
    return failure;
  };

  /** Shows an error to whoever triggered the interaction, only to them when Discord allows it. */
  const respondWithError = async (
    interaction: ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction,
    error: unknown,
    doing: string,
    delivery: ErrorDelivery,
    fieldLabel?: (path: string) => string,
  ): Promise<void> => {
    const message = renderError(failureOf(error, doing), fieldLabel);
    try {
      if (delivery === 'reply' && !interaction.deferred && !interaction.replied) {
        await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
      } else if (delivery === 'edit' && !interaction.replied) {
        await interaction.editReply(message);
      } else if (delivery === 'replace' && !interaction.replied) {
        // A public "thinking…" reply: remove it and tell only the member.
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      } else {
        await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      }
    } catch (deliveryError) {
      logger.warn({ err: deliveryError, doing }, 'could not show an error to the member');
    }
  };

  const sendAll = async (first: (message: DiscordMessage) => Promise<unknown>, rest: (message: DiscordMessage) => Promise<unknown>, messages: DiscordMessage[]) => {
    const [head, ...tail] = messages;
    if (head !== undefined) await first(head);
    for (const message of tail) await rest(message);
  };

  const channelOf = async (interaction: Interaction): Promise<TextBasedChannel | null> => {
    if (interaction.channel !== null) return interaction.channel;
    if (interaction.channelId === null) return null;
    const channel = await client.channels.fetch(interaction.channelId).catch(() => null);
    return channel?.isTextBased() === true ? channel : null;
  };

  // ── /ask and mentions ──────────────────────────────────────────────

  const askCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    await interaction.deferReply();
    try {
      const question = interaction.options.getString(askQuestionOption, true);
      const channel = await channelOf(interaction);
      const history = channel === null ? [] : await threadHistory(channel, undefined, { botUserId: client.user?.id ?? '', logger });
      const answer = await core.ask(question, { history });
      await sendAll(
        (message) => interaction.editReply(message),
        (message) => interaction.followUp(message),
        renderAnswer(answer, { question }),
      );
    } catch (error) {
      await respondWithError(interaction, error, 'answering /ask', 'replace');
    }
  };

  const onMessage = async (message: Message): Promise<void> => {
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const botUser = client.user;
    if (botUser === null || message.author.id === botUser.id) return;
    const botRoleId = message.inGuild() ? message.guild.roles.botRoleFor(botUser)?.id : undefined;
    const mentioned = message.mentions.users.has(botUser.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
    if (message.inGuild() && !mentioned) return;
    const channel = message.channel;
    if (!channel.isSendable()) return;
    const reply = (payload: DiscordMessage) => message.reply({ ...payload, failIfNotExists: false });
    const question = stripBotMentions(message.content, botUser.id, botRoleId);
    if (question === '') {
      await reply({
        content: 'Ask me something after the mention, e.g. "@matchcut Who trains VFX artists in Samarkand?", or use `/ask`.',
        embeds: [],
        allowedMentions: { ...noMentions },
      });
      return;
    }
    channel.sendTyping().catch(() => undefined);
    try {
      const source = { botUserId: botUser.id, logger };
      const history = channel.isThread() ? await threadHistory(channel, message.id, source) : await replyChainHistory(message, source);
      const answer = await core.ask(question, { history });
      await sendAll(reply, (payload) => channel.send(payload), renderAnswer(answer));
    } catch (error) {
      const failure = failureOf(error, 'answering a mention');
      await reply(renderError(failure)).catch((deliveryError: unknown) => logger.warn({ err: deliveryError }, 'could not reply with an error'));
    }
  };

  // ── /match ─────────────────────────────────────────────────────────

  const matchCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    await interaction.deferReply();
    try {
      const requested = interaction.options.getString(matchOrganizationOption)?.trim();
      const subject = requested !== undefined && requested !== '' ? await core.profiles.get(requested) : await core.profiles.forMember(actorOf(interaction.user.id));
      if (subject === undefined) {
        throw badInput('No organization given and the member has no linked profile.', {
          userMessage: 'tell me which organization (`/match organization:<name>`), or register yours with `/profile`.',
        });
      }
      const matches = await core.match(subject.id, { limit: maximumMatches });
      await interaction.editReply(renderMatches(subject.name, matches));
    } catch (error) {
      await respondWithError(interaction, error, 'answering /match', 'replace');
    }
  };

  const matchAutocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    try {
      const profiles = await core.profiles.list();
      const choices = profiles
        .filter((profile) => typed === '' || [profile.name, ...profile.aliases].some((name) => name.toLowerCase().includes(typed)))
        .slice(0, autocompleteChoices)
        .map((profile) => ({ name: profile.name.slice(0, 100), value: profile.id.length <= 100 ? profile.id : profile.name.slice(0, 100) }));
      await interaction.respond(choices);
    } catch (error) {
      failureOf(error, 'suggesting organizations');
      await interaction.respond([]).catch(() => undefined);
    }
  };

  // ── /profile ───────────────────────────────────────────────────────

  const profileCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    try {
      const existing = await core.profiles.forMember(actorOf(interaction.user.id));
      await interaction.showModal(renderProfileModal(existing));
    } catch (error) {
      await respondWithError(interaction, error, 'opening the profile form', 'reply');
    }
  };

  const profileSubmit = async (interaction: ModalSubmitInteraction): Promise<void> => {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const actor = actorOf(interaction.user.id);
      // The profile edited is the one the member is linked to now, whatever the form says.
      const existing = await core.profiles.forMember(actor);
      const input = profileInputFromModal((field) => interaction.fields.getTextInputValue(field), existing);
      const profile = await core.profiles.upsert(input, { owner: actor });
      await core.profiles.linkMember(actor, profile.id);
      await interaction.editReply(renderProfileSaved(profile));
    } catch (error) {
      await respondWithError(interaction, error, 'saving a profile', 'edit', profileFieldLabel);
    }
  };

  // ── /digest and feedback ───────────────────────────────────────────

  const digestCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    if (!interaction.inGuild()) {
      await interaction.reply({ content: 'Digests are posted in servers: run `/digest` in a server channel.', flags: MessageFlags.Ephemeral, allowedMentions: { ...noMentions } });
      return;
    }
    // Re-checked on every call: command permissions are only a default that admins can change.
    if (!isOrganizer({ member: interaction.member, memberPermissions: interaction.memberPermissions, organizerRoleId: config.organizerRoleId })) {
      logger.info({ userId: interaction.user.id }, 'refused /digest to a member who is not an organizer');
      await interaction.reply({
        content: `Only organizers can send a matchmaking digest (${describeOrganizers(config.organizerRoleId)}). You can still use \`/match\` for your organization.`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { ...noMentions },
      });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const channelId = interaction.options.getChannel(digestChannelOption)?.id ?? interaction.channelId;
      const { digest, posted } = await postDigest({ client, core, logger }, channelId);
      await interaction.editReply(renderDigestSummary(digest, channelId, posted));
    } catch (error) {
      await respondWithError(interaction, error, 'posting a digest', 'edit');
    }
  };

  const feedbackButton = async (interaction: ButtonInteraction): Promise<void> => {
    const parsed = parseFeedbackCustomId(interaction.customId);
    if (parsed === undefined) {
      await interaction.reply({ content: 'This button is no longer active.', flags: MessageFlags.Ephemeral, allowedMentions: { ...noMentions } });
      return;
    }
    await interaction.deferUpdate();
    try {
      const result = await core.feedback({ suggestionId: parsed.suggestionId, verdict: parsed.verdict, actor: actorOf(interaction.user.id) });
      await interaction.editReply(renderSuggestion(result.suggestion, result.state));
      await interaction.followUp({ ...renderFeedbackRecorded(result), flags: MessageFlags.Ephemeral });
      if (result.introduce) await introduce(interaction.message, result);
    } catch (error) {
      await respondWithError(interaction, error, 'recording feedback', 'follow-up');
    }
  };

  /** Opens a thread on the suggestion's message and introduces both sides there. */
  const introduce = async (message: Message, result: FeedbackResult): Promise<void> => {
    const channel = await client.channels.fetch(message.channelId);
    if (channel === null || !channel.isTextBased() || channel.isDMBased()) {
      throw configError(`Cannot introduce in channel ${message.channelId}: it is not a server text channel.`);
    }
    const introduction = renderIntroduction(result);
    if (channel.isThread()) {
      await channel.send(introduction);
      return;
    }
    if (!('threads' in channel)) throw configError(`Channel ${channel.id} cannot hold threads.`);
    let thread: AnyThreadChannel;
    try {
      thread = await channel.threads.create({
        startMessage: message.id,
        name: introductionThreadName(result.suggestion),
        autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
        reason: 'matchcut: both sides are interested',
      });
    } catch (error) {
      // Someone already opened a thread on this message: introduce them there (it has the message's id).
      if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) throw error;
      const existing = await client.channels.fetch(message.id);
      if (existing === null || !existing.isThread()) throw error;
      thread = existing;
    }
    await thread.send(introduction);
    logger.info({ suggestionId: result.suggestion.id, threadId: thread.id }, 'introduced both sides in a thread');
  };

  // ── routing ────────────────────────────────────────────────────────

  const onInteraction = async (interaction: Interaction): Promise<void> => {
    if (interaction.user.bot) return;
    if (interaction.isChatInputCommand()) {
      switch (interaction.commandName) {
        case commandNames.ask:
          return askCommand(interaction);
        case commandNames.match:
          return matchCommand(interaction);
        case commandNames.profile:
          return profileCommand(interaction);
        case commandNames.digest:
          return digestCommand(interaction);
        default:
          await interaction.reply({
            content: 'I do not know that command any more; an organizer can run `matchcut discord register` to update the commands.',
            flags: MessageFlags.Ephemeral,
            allowedMentions: { ...noMentions },
          });
          return;
      }
    }
    if (interaction.isAutocomplete() && interaction.commandName === commandNames.match) return matchAutocomplete(interaction);
    if (interaction.isModalSubmit() && parseProfileModalCustomId(interaction.customId) !== undefined) return profileSubmit(interaction);
    if (interaction.isButton()) return feedbackButton(interaction);
  };

  client.on(Events.InteractionCreate, (interaction) => track('interaction', () => onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track('message', () => onMessage(message)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'Discord client warning'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'Discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'Discord gateway session resumed'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'Discord gateway disconnected for good'));
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit: waiting before retrying'));

  const start = async (): Promise<void> => {
    const readyTimeoutMs = dependencies.readyTimeoutMs ?? waitGuildTimeoutMs + 30_000;
    let timer: NodeJS.Timeout | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      client.once(Events.ClientReady, () => resolve());
      timer = setTimeout(() => reject(new Error(`Discord did not send READY within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    });
    try {
      await client.login(config.token);
      await ready;
    } catch (error) {
      await client.destroy();
      throw describeLoginFailure(error);
    } finally {
      clearTimeout(timer);
    }
    const applicationId = client.application?.id;
    if (applicationId !== config.applicationId) {
      await client.destroy();
      throw configError(
        `DISCORD_APPLICATION_ID is ${config.applicationId} but DISCORD_TOKEN belongs to application ${applicationId ?? 'unknown'}: copy both from the same application in the Developer Portal.`,
      );
    }
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'Discord bot is ready');
    if (config.digestSchedule !== undefined) {
      scheduledDigest = startScheduledDigest({
        schedule: config.digestSchedule,
        post: (channelId) => postDigest({ client, core, logger }, channelId),
        logger,
      });
    }
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    scheduledDigest?.stop();
    const drained = Promise.allSettled([...inFlight]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, dependencies.drainTimeoutMs ?? 5_000)))]);
    clearTimeout(timer);
    await client.destroy();
  };

  return { client, start, stop };
}

function describeLoginFailure(error: unknown): MatchcutError {
  const text = error instanceof Error ? error.message : String(error);
  if (/disallowed intents/i.test(text)) {
    return configError(
      `Discord refused the gateway intents (${text}). The bot asks only for Guilds, GuildMessages and DirectMessages; check that DISCORD_TOKEN belongs to this bot.`,
      { cause: error },
    );
  }
  return describeDiscordFailure(error, 'logging in to Discord');
}
