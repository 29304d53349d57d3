/**
 * The app manifest asks for what the adapter uses: every Web API method called in
 * adapters/slack (app.ts and its listeners) has its scope, every event listened to is subscribed, and /matchcut escapes channels.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { repositoryRoot } from '../helpers/temporary-folder.js';

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string() }),
    slash_commands: z.array(z.object({ command: z.string(), url: z.string(), should_escape: z.boolean() })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
    socket_mode_enabled: z.boolean(),
  }),
});

/** The bot scope each Web API method needs (https://docs.slack.dev/reference/methods). */
const scopeOfMethod: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'conversations.open': ['im:write', 'mpim:write'],
  'conversations.join': ['channels:join'],
  'views.open': [],
  'views.publish': [],
  'usergroups.users.list': ['usergroups:read'],
  'users.info': ['users:read'],
};

/** Every TypeScript source of the Slack adapter, concatenated (app.ts wires listeners kept in their own files). */
async function adapterSource(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) parts.push(await adapterSource(full));
    else if (entry.name.endsWith('.ts')) parts.push(await readFile(full, 'utf8'));
  }
  return parts.join('\n');
}

describe('adapters/slack/manifest.yaml', async () => {
  const manifest = manifestSchema.parse(
    parse(await readFile(path.join(repositoryRoot, 'adapters/slack/manifest.yaml'), 'utf8')),
  );
  const appSource = await adapterSource(path.join(repositoryRoot, 'adapters/slack'));

  it('has a scope for every Web API method the adapter calls', () => {
    const methods = [
      ...new Set([...appSource.matchAll(/client\.([a-z]+(?:\.[a-zA-Z]+)+)\(/g)].map((match) => match[1] ?? '')),
    ].sort();
    expect(methods).toEqual(Object.keys(scopeOfMethod).sort());
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    for (const method of methods)
      for (const scope of scopeOfMethod[method] ?? []) expect(scopes, `${method} needs ${scope}`).toContain(scope);
    expect(scopes).toContain('commands');
    expect(scopes).toContain('app_mentions:read');
  });

  it('subscribes to the events the adapter listens to, with one URL for everything', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect(events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'message.channels', 'message.groups']));
    expect(appSource).toContain("app.event('app_mention'");
    expect(appSource).toContain("app.event('message'");
    const [command] = manifest.features.slash_commands;
    expect(command).toMatchObject({ command: '/matchcut', should_escape: true });
    expect(appSource).toContain("app.command('/matchcut'");
    const urls = new Set([
      command?.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ]);
    expect([...urls]).toEqual(['https://matchcut.example.com/slack/events']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('enables the Home tab and subscribes to app_home_opened, which the adapter publishes a Home for', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(appSource).toContain("app.event('app_home_opened'");
    expect(appSource).toContain('client.views.publish(');
  });
});
