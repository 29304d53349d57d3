/**
 * `matchcut discord register` against the Discord stand-in: every registered command, option and
 * choice carries names and descriptions for the Discord locales we have catalogs for, within
 * Discord's rules (names lowercase, ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$, unique per
 * locale; descriptions 1–100 characters).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commandLocales } from '../../adapters/discord/command-localizations.js';
import { registerDiscordCommands } from '../../adapters/discord/main.js';
import { createMemoryLogger } from '../helpers/memory-logger.js';
import { DiscordStandIn } from '../stand-ins/discord-server.js';

let standIn: DiscordStandIn | undefined;

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

type Json = Record<string, unknown>;
const slashName = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const messageCommandType = 3;

function expectLocalized(where: string, localizations: unknown, check: (text: string) => void) {
  expect(localizations, where).toBeTypeOf('object');
  for (const locale of commandLocales) {
    const text = (localizations as Record<string, unknown>)[locale];
    expect(text, `${where} ${locale}`).toBeTypeOf('string');
    check(text as string);
  }
}

const checkSlashName = (text: string) => {
  expect(text).toMatch(slashName);
  expect(text).toBe(text.toLocaleLowerCase());
};
const checkDescription = (text: string) => {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(100);
};

describe('command localizations', () => {
  it('every command registered on the stand-in carries localized names and descriptions', async () => {
    standIn = await DiscordStandIn.start();
    await registerDiscordCommands({
      env: {
        DISCORD_TOKEN: standIn.token,
        DISCORD_APPLICATION_ID: standIn.applicationId,
        DISCORD_API_URL: standIn.apiUrl,
        DISCORD_GUILD_ID: standIn.guildId,
      },
      logger: createMemoryLogger().logger,
    });
    const registered = (standIn.commands.get(standIn.guildId) ?? []) as Json[];
    expect(registered.length).toBeGreaterThanOrEqual(8);
    for (const command of registered) {
      const name = String(command.name);
      if (command.type === messageCommandType) {
        expectLocalized(name, command.name_localizations, (text) => expect(text.length).toBeLessThanOrEqual(32));
        continue;
      }
      expectLocalized(`/${name}`, command.name_localizations, checkSlashName);
      expectLocalized(`/${name}`, command.description_localizations, checkDescription);
      const options = (command.options ?? []) as Json[];
      for (const option of options) {
        const where = `/${name} ${String(option.name)}`;
        expectLocalized(where, option.name_localizations, checkSlashName);
        expectLocalized(where, option.description_localizations, checkDescription);
        for (const choice of (option.choices ?? []) as Json[]) {
          expectLocalized(`${where} ${String(choice.value)}`, choice.name_localizations, (text) =>
            expect(text.length).toBeLessThanOrEqual(100),
          );
        }
      }
      for (const locale of commandLocales) {
        const optionNames = options.map((option) => (option.name_localizations as Record<string, string>)[locale]);
        expect(new Set(optionNames).size, `/${name} options in ${locale}`).toBe(optionNames.length);
      }
    }
    for (const locale of commandLocales) {
      const names = registered
        .filter((command) => command.type !== messageCommandType)
        .map((command) => (command.name_localizations as Record<string, string>)[locale]);
      expect(new Set(names).size, `command names in ${locale}`).toBe(names.length);
    }
    const ask = registered.find((command) => command.name === 'ask') as Json;
    expect((ask.name_localizations as Record<string, string>).ko).toBe('질문');
  });
});
