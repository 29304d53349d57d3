/**
 * `matchcut discord register`: PUTs the slash command definitions, to one server when
 * DISCORD_GUILD_ID is set (instant, for development) or globally (all servers).
 */
import { REST, type RESTGetCurrentApplicationResult, Routes } from 'discord.js';
import { configError, type Logger } from '../../src/index.js';
import { commandDefinitions } from './commands.js';
import type { DiscordConfig } from './config.js';
import { describeDiscordFailure } from './discord-errors.js';
import { inviteUrl } from './permissions.js';

export interface RegisterCommandsDependencies {
  config: DiscordConfig;
  logger: Logger;
  /** A REST client (tests may pass one); built from the config otherwise. */
  rest?: REST;
}

export interface RegisterCommandsResult {
  scope: 'global' | 'guild';
  guildId: string | undefined;
  commands: string[];
  /** Where to invite the bot with the permissions it needs. */
  inviteUrl: string;
}

export async function registerCommands(dependencies: RegisterCommandsDependencies): Promise<RegisterCommandsResult> {
  const { config, logger } = dependencies;
  const rest = dependencies.rest ?? new REST({ api: config.apiUrl }).setToken(config.token);
  let application: RESTGetCurrentApplicationResult;
  try {
    application = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  } catch (error) {
    throw describeDiscordFailure(error, 'reading the application of DISCORD_TOKEN');
  }
  if (application.id !== config.applicationId) {
    throw configError(
      `DISCORD_APPLICATION_ID is ${config.applicationId} but DISCORD_TOKEN belongs to application ` +
        `${application.id}: copy both from the same application in the Developer Portal.`,
    );
  }
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  try {
    await rest.put(route, { body: commandDefinitions });
  } catch (error) {
    throw describeDiscordFailure(
      error,
      config.guildId === undefined
        ? 'registering the commands globally'
        : `registering the commands in server ${config.guildId} (DISCORD_GUILD_ID)`,
    );
  }
  const result: RegisterCommandsResult = {
    scope: config.guildId === undefined ? 'global' : 'guild',
    guildId: config.guildId,
    commands: commandDefinitions.map((definition) => definition.name),
    inviteUrl: inviteUrl(config.applicationId),
  };
  logger.info(
    result,
    config.guildId === undefined
      ? 'registered the slash commands globally (they can take a while to appear)'
      : 'registered the slash commands in the server',
  );
  return result;
}
