/**
 * A local Discord stand-in for tests: the HTTP REST API under /api/v10 and a WebSocket gateway,
 * both on 127.0.0.1 with a random port, so the real discord.js Client runs unchanged against it
 * (`rest: { api: standIn.apiUrl }`; the gateway URL comes from GET /gateway/bot).
 *
 * The gateway speaks plain JSON frames: HELLO → IDENTIFY → READY (+ GUILD_CREATE with channels) →
 * dispatches pushed by the test; it answers heartbeats, sends op 7 on request and accepts RESUME
 * at resume_gateway_url, replaying what was dispatched while the client was away.
 *
 * Sharding: GET /gateway/bot recommends `shards` (option, default 1); each IDENTIFY's `shard: [id, count]`
 * opens that shard's session and READY echoes it. A guild's GUILD_CREATE, events and interactions go
 * only to shard `(guild_id >> 22) % count`, DMs only to shard 0 (as Discord does). With `secondGuild`,
 * a second guild (on the other shard of two) with one text channel is served too.
 *
 * Every REST call is recorded (method, path, query, parsed body, answered status). The next N calls
 * of a route can be answered 429 with Retry-After. Like Discord without the privileged
 * MessageContent intent, the content of guild messages that do not mention the bot is blanked.
 */
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/channels/140…/messages". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (or payload_json of a multipart body): an object, an array (command registration) or undefined. */
  body: unknown;
  /** The status the stand-in answered. */
  status: number;
  authorization: string | undefined;
  at: number;
}

export interface StandInUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface StandInMessage extends Json {
  id: string;
  channel_id: string;
  author: StandInUser;
  content: string;
  embeds: Json[];
  components: Json[];
}

export interface RateLimitRule {
  method: string;
  path: RegExp;
  remaining: number;
  retryAfterSeconds: number;
}

export interface GatewayIdentify {
  token: string;
  intents: number;
  at: number;
  /** Set when the stand-in refused the IDENTIFY: 4004 (token), 4014 (disallowed intents). */
  refusedWith?: number;
  /** The IDENTIFY's `shard: [id, count]` ([0, 1] when the client sent none). */
  shard: [number, number];
}

/** One dispatch and the shard whose connection it was sent on. */
export interface GatewayDelivery {
  shard: number;
  type: string;
  /** The dispatched object's id (interaction, message, guild), when it has one. */
  id: string | undefined;
}

export interface GatewayResume {
  token: string;
  sessionId: string;
  sequence: number;
  /** Path of the socket the RESUME arrived on ("/resume" for resume_gateway_url). */
  path: string;
  at: number;
}

export interface InteractionOptions {
  type: number;
  data: Json;
  user: StandInUser;
  /** Channel the interaction happens in; undefined with `dm` set means a DM. */
  channelId?: string;
  /** Role ids of the member. */
  roles?: string[];
  /** The member's permission bitfield in the channel (as Discord computes it). */
  permissions?: bigint;
  /** The message a component sits on (button clicks). */
  message?: StandInMessage;
  /** A DM interaction (no guild, no member). */
  dm?: boolean;
  /** The member's client language (Discord's `locale`, e.g. "ko"); "en-US" by default. */
  locale?: string;
}

export interface SentInteraction {
  id: string;
  token: string;
}

export interface UserMessageOptions {
  author: StandInUser;
  channelId: string;
  content: string;
  /** Reply to this message (message_reference); Discord pings its author unless told otherwise. */
  replyTo?: StandInMessage;
}

export interface DiscordStandInOptions {
  token?: string;
  applicationId?: string;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** Serve a second guild (`secondGuildId`, on shard 0 of 2; the first is on shard 1 of 2). */
  secondGuild?: boolean;
}

/** The shard a guild's events go to: (guild_id >> 22) % count, as Discord computes it. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

const messageContentIntent = 1 << 15;
const heartbeatIntervalMs = 41_250;

const permissionBits = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  readMessageHistory: 1n << 16n,
  createPublicThreads: 1n << 35n,
  sendMessagesInThreads: 1n << 38n,
  manageGuild: 1n << 5n,
};

/** What @everyone may do in the stand-in guild: enough for the bot to post, reply and open threads. */
export const everyonePermissions =
  permissionBits.viewChannel |
  permissionBits.sendMessages |
  permissionBits.embedLinks |
  permissionBits.readMessageHistory |
  permissionBits.createPublicThreads |
  permissionBits.sendMessagesInThreads;

export const manageGuildPermission = permissionBits.manageGuild;

class Snowflakes {
  #next = 1_500_000_000_000_000_000n;
  next(): string {
    this.#next += 1n;
    return this.#next.toString();
  }
}

interface GatewaySession {
  id: string;
  shard: [number, number];
  socket: WebSocket | undefined;
  sequence: number;
  /** Every dispatch of the session, for replay on RESUME. */
  dispatches: { s: number; t: string; d: unknown }[];
}

export class DiscordStandIn {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: StandInUser;
  readonly guildId = '1200000000000000001';
  readonly organizerRoleId = '1300000000000000001';
  readonly botRoleId = '1300000000000000002';
  readonly generalChannelId = '1400000000000000001';
  readonly threadChannelId = '1400000000000000002';
  readonly matchmakingChannelId = '1400000000000000003';
  /** A channel where @everyone (so the bot too) may not send messages. */
  readonly readOnlyChannelId = '1400000000000000004';
  /** With `secondGuild`: a second guild and its one text channel. */
  readonly secondGuildId = '1200000000004194305';
  readonly secondGuildChannelId = '1400000000000000005';
  /** The shard count GET /gateway/bot recommends. */
  readonly recommendedShards: number;

  readonly requests: RecordedRequest[] = [];
  readonly identifies: GatewayIdentify[] = [];
  readonly resumes: GatewayResume[] = [];
  /** Registered commands by scope ("global" or a guild id). */
  readonly commands = new Map<string, Json[]>();
  /** Close codes of every gateway connection that ended, in order. */
  readonly closeCodes: number[] = [];
  /** Every dispatch with the shard it went to, in order. */
  readonly deliveries: GatewayDelivery[] = [];
  /** Set to reject IDENTIFY with close code 4014 when these intent bits are asked for. */
  disallowedIntents = 0;

  readonly #server: Server;
  readonly #gateway: WebSocketServer;
  readonly #events = new EventEmitter();
  readonly #ids = new Snowflakes();
  readonly #rateLimits: RateLimitRule[] = [];
  readonly #failures: { method: string; path: RegExp; remaining: number; status: number; body: Json }[] = [];
  readonly #channels = new Map<string, Json>();
  readonly #messages = new Map<string, StandInMessage[]>();
  readonly #interactions = new Map<
    string,
    { channelId: string; guildId: string | undefined; messageId: string | undefined }
  >();
  readonly #threadsByMessage = new Map<string, string>();
  /** Gateway sessions by shard id. */
  readonly #sessions = new Map<number, GatewaySession>();
  readonly #guildIds: string[];
  #port = 0;

  private constructor(options: DiscordStandInOptions) {
    this.applicationId = options.applicationId ?? '1100000000000000001';
    this.recommendedShards = options.shards ?? 1;
    this.#guildIds = options.secondGuild === true ? [this.guildId, this.secondGuildId] : [this.guildId];
    this.token = options.token ?? `${Buffer.from(this.applicationId).toString('base64url')}.stand-in.token`;
    this.botUser = {
      id: this.applicationId,
      username: 'matchcut',
      global_name: 'Matchcut',
      discriminator: '0',
      avatar: null,
      bot: true,
    };
    this.#events.setMaxListeners(100);
    this.#server = createServer((request, response) => {
      void this.#handleHttp(request, response);
    });
    this.#gateway = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (request, socket, head) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== '/gateway' && path !== '/resume') {
        socket.destroy();
        return;
      }
      this.#gateway.handleUpgrade(request, socket, head, (client) => this.#onGatewayConnection(client, path));
    });
    const text = (id: string, name: string, position: number, guildId = this.guildId): Json => ({
      id,
      type: 0,
      guild_id: guildId,
      name,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    });
    this.#channels.set(this.generalChannelId, text(this.generalChannelId, 'general', 0));
    this.#channels.set(this.matchmakingChannelId, text(this.matchmakingChannelId, 'matchmaking', 1));
    this.#channels.set(this.threadChannelId, this.#thread(this.threadChannelId, this.generalChannelId, 'questions'));
    this.#channels.set(this.readOnlyChannelId, {
      ...text(this.readOnlyChannelId, 'announcements', 2),
      permission_overwrites: [{ id: this.guildId, type: 0, allow: '0', deny: permissionBits.sendMessages.toString() }],
    });
    if (options.secondGuild === true) {
      this.#channels.set(this.secondGuildChannelId, text(this.secondGuildChannelId, 'lobby', 0, this.secondGuildId));
    }
  }

  /** The session of shard 0 (the only one without sharding). */
  get #session(): GatewaySession | undefined {
    return this.#sessions.get(0);
  }

  static async start(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options);
    standIn.#server.listen(0, '127.0.0.1');
    await once(standIn.#server, 'listening');
    standIn.#port = (standIn.#server.address() as AddressInfo).port;
    return standIn;
  }

  /** What discord.js takes as `rest.api`: it appends /v10 itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** The settings a bot needs to run against this stand-in (token, application, API address, organizer role). */
  botEnv(): Record<string, string> {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_APPLICATION_ID: this.applicationId,
      DISCORD_API_URL: this.apiUrl,
      DISCORD_ORGANIZER_ROLE: this.organizerRoleId,
    };
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/resume`;
  }

  /** A human member of the guild. */
  user(username: string): StandInUser {
    return { id: this.#ids.next(), username, global_name: username, discriminator: '0', avatar: null };
  }

  /** Another bot in the guild (the bot must ignore it). */
  otherBot(username: string): StandInUser {
    return { ...this.user(username), bot: true };
  }

  /** Answer the next `count` calls of a route with 429 and Retry-After. */
  rateLimitNext(method: string, path: RegExp, count: number, retryAfterSeconds: number): void {
    this.#rateLimits.push({ method: method.toUpperCase(), path, remaining: count, retryAfterSeconds });
  }

  /** Answer the next `count` calls of a route with this error status and Discord error body (e.g. 403, code 50001). */
  failNext(method: string, path: RegExp, count: number, status: number, body: Json): void {
    this.#failures.push({ method: method.toUpperCase(), path, remaining: count, status, body });
  }

  /** Messages stored for a channel, oldest first (test messages and the bot's own). */
  messagesIn(channelId: string): StandInMessage[] {
    return [...(this.#messages.get(channelId) ?? [])];
  }

  channel(channelId: string): Json | undefined {
    return this.#channels.get(channelId);
  }

  /** Resolves with the first recorded request (already recorded or future) that matches. */
  async waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.#waitFor(() => this.requests.find(predicate), 'request', timeoutMs, 'a matching REST request');
  }

  /** Resolves once `count` requests match. */
  async waitForRequests(
    predicate: (request: RecordedRequest) => boolean,
    count: number,
    timeoutMs = 10_000,
  ): Promise<RecordedRequest[]> {
    return this.#waitFor(
      () => {
        const matching = this.requests.filter(predicate);
        return matching.length >= count ? matching : undefined;
      },
      'request',
      timeoutMs,
      `${count} matching REST requests`,
    );
  }

  async waitForIdentify(timeoutMs = 10_000): Promise<GatewayIdentify> {
    return this.#waitFor(() => this.identifies[0], 'identify', timeoutMs, 'IDENTIFY');
  }

  /** Resolves once `count` IDENTIFYs were accepted (one per shard when sharded). */
  async waitForIdentifies(count: number, timeoutMs = 10_000): Promise<GatewayIdentify[]> {
    return this.#waitFor(
      () => {
        const accepted = this.identifies.filter((identify) => identify.refusedWith === undefined);
        return accepted.length >= count ? accepted : undefined;
      },
      'identify',
      timeoutMs,
      `${count} IDENTIFYs`,
    );
  }

  async waitForResume(timeoutMs = 10_000): Promise<GatewayResume> {
    return this.#waitFor(() => this.resumes[0], 'resume', timeoutMs, 'RESUME');
  }

  /** Resolves once the client's gateway connection is closed (after op 7, or when it is destroyed). */
  async waitForDisconnect(timeoutMs = 10_000): Promise<void> {
    await this.#waitFor(
      () => (this.#session !== undefined && this.#session.socket === undefined ? true : undefined),
      'disconnect',
      timeoutMs,
      'the gateway connection to close',
    );
  }

  /** The sequence number of the last dispatch sent in the session. */
  get sequence(): number {
    return this.#session?.sequence ?? 0;
  }

  get sessionId(): string | undefined {
    return this.#session?.id;
  }

  /**
   * Push a dispatch to the shard that gets it (its guild's shard; shard 0 for DMs); queued for replay
   * when that client is between connections.
   */
  dispatch(type: string, data: unknown): void {
    const object = isObject(data) ? data : {};
    const guildId = typeof object.guild_id === 'string' ? object.guild_id : undefined;
    const shard = guildId === undefined ? 0 : shardOfGuild(guildId, this.#shardCount());
    this.#dispatchOn(shard, type, data);
  }

  #dispatchOn(shard: number, type: string, data: unknown): void {
    const session = this.#sessions.get(shard);
    if (session === undefined)
      throw new Error(
        `Discord stand-in: no gateway session of shard ${shard} to dispatch to (has the client logged in?)`,
      );
    session.sequence += 1;
    const frame = { s: session.sequence, t: type, d: data };
    session.dispatches.push(frame);
    const id = isObject(data) && typeof data.id === 'string' ? data.id : undefined;
    this.deliveries.push({ shard, type, id });
    if (session.socket !== undefined) session.socket.send(JSON.stringify({ op: 0, ...frame }));
  }

  /** The shard count the connected client(s) identified with. */
  #shardCount(): number {
    return this.#sessions.values().next().value?.shard[1] ?? 1;
  }

  /** Op 7: tell the client to reconnect (it should RESUME at resume_gateway_url). */
  requestReconnect(): void {
    const socket = this.#session?.socket;
    if (socket === undefined) throw new Error('Discord stand-in: no connected gateway client to send op 7 to');
    socket.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Sends an INTERACTION_CREATE built like Discord's and remembers its token for the webhook routes. */
  interaction(options: InteractionOptions): SentInteraction {
    const id = this.#ids.next();
    const token = `interaction-token-${id}`;
    const dm = options.dm === true;
    const channelId =
      options.channelId ?? options.message?.channel_id ?? (dm ? this.#dmChannel(options.user) : this.generalChannelId);
    const channel = this.#channels.get(channelId);
    const guildId = typeof channel?.guild_id === 'string' ? channel.guild_id : this.guildId;
    const permissions = (options.permissions ?? everyonePermissions).toString();
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type: options.type,
      data: options.data,
      channel_id: channelId,
      channel: channel ?? { id: channelId, type: 1 },
      token,
      version: 1,
      locale: options.locale ?? 'en-US',
      app_permissions: everyonePermissions.toString(),
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: dm ? 1 : 0,
      attachment_size_limit: 10_485_760,
    };
    if (dm) {
      payload.user = options.user;
    } else {
      payload.guild_id = guildId;
      payload.guild_locale = 'en-US';
      payload.guild = { id: guildId, locale: 'en-US', features: [] };
      payload.member = {
        user: options.user,
        roles: options.roles ?? [],
        permissions,
        joined_at: '2025-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        pending: false,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
      };
    }
    if (options.message !== undefined) payload.message = options.message;
    this.#interactions.set(token, {
      channelId,
      guildId: dm ? undefined : guildId,
      messageId: options.message?.id,
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  /** A member posts a message: stored, and dispatched as MESSAGE_CREATE (content blanked as Discord does without MessageContent). */
  userMessage(options: UserMessageOptions): StandInMessage {
    const channel = this.#channels.get(options.channelId);
    const guildId = channel?.guild_id as string | undefined;
    const mentionIds = [...options.content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? '');
    const mentions: StandInUser[] = [];
    if (mentionIds.includes(this.botUser.id)) mentions.push(this.botUser);
    if (options.replyTo !== undefined && !mentions.some((user) => user.id === options.replyTo?.author.id)) {
      mentions.push(options.replyTo.author);
    }
    const message: StandInMessage = {
      id: this.#ids.next(),
      channel_id: options.channelId,
      author: options.author,
      content: options.content,
      embeds: [],
      components: [],
      attachments: [],
      mentions,
      mention_roles: [...options.content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ''),
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: options.replyTo === undefined ? 0 : 19,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
    if (guildId !== undefined) message.guild_id = guildId;
    if (options.replyTo !== undefined) {
      message.message_reference = {
        type: 0,
        message_id: options.replyTo.id,
        channel_id: options.replyTo.channel_id,
        guild_id: guildId,
      };
      message.referenced_message = this.#visible(options.replyTo);
    }
    this.#store(message);
    // Discord sends the channel type with MESSAGE_CREATE; discord.js builds uncached DM channels from it.
    const dispatched: Json = { ...this.#visible(message), channel_type: channel?.type ?? 0 };
    if (guildId !== undefined) {
      dispatched.member = {
        roles: [],
        joined_at: '2025-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
      };
    }
    this.dispatch('MESSAGE_CREATE', dispatched);
    return message;
  }

  /** The DM channel between the bot and a user (created on first use, never announced: discord.js needs Partials.Channel). */
  dmChannelOf(user: StandInUser): string {
    return this.#dmChannel(user);
  }

  async close(): Promise<void> {
    for (const client of this.#gateway.clients) client.terminate();
    this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ── gateway ──────────────────────────────────────────────────────────

  #onGatewayConnection(socket: WebSocket, path: string): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: heartbeatIntervalMs } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; d: Json | number | null };
      this.#onGatewayFrame(socket, path, frame);
    });
    socket.on('close', (code) => {
      this.closeCodes.push(code);
      for (const session of this.#sessions.values()) if (session.socket === socket) session.socket = undefined;
      this.#events.emit('disconnect');
    });
  }

  #onGatewayFrame(socket: WebSocket, path: string, frame: { op: number; d: Json | number | null }): void {
    switch (frame.op) {
      case 1:
        socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2: {
        const data = frame.d as { token: string; intents: number; shard?: [number, number] };
        const shard = data.shard ?? [0, 1];
        const identify: GatewayIdentify = { token: data.token, intents: data.intents, at: Date.now(), shard };
        this.identifies.push(identify);
        this.#events.emit('identify');
        if (data.token !== this.token) {
          identify.refusedWith = 4004;
          socket.close(4004, 'Authentication failed.');
          return;
        }
        if ((data.intents & this.disallowedIntents) !== 0) {
          identify.refusedWith = 4014;
          socket.close(4014, 'Disallowed intent(s).');
          return;
        }
        const session: GatewaySession = {
          id: `session-${this.#ids.next()}`,
          shard,
          socket,
          sequence: 0,
          dispatches: [],
        };
        this.#sessions.set(shard[0], session);
        const guildIds = this.#guildIds.filter((guildId) => shardOfGuild(guildId, shard[1]) === shard[0]);
        this.#dispatchOn(shard[0], 'READY', {
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
          guilds: guildIds.map((id) => ({ id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.resumeGatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          user_settings: {},
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
          _trace: ['stand-in'],
        });
        for (const guildId of guildIds) this.#dispatchOn(shard[0], 'GUILD_CREATE', this.#guildPayload(guildId));
        return;
      }
      case 6: {
        const data = frame.d as { token: string; session_id: string; seq: number };
        this.resumes.push({ token: data.token, sessionId: data.session_id, sequence: data.seq, path, at: Date.now() });
        this.#events.emit('resume');
        const session = [...this.#sessions.values()].find((candidate) => candidate.id === data.session_id);
        if (session === undefined || data.token !== this.token) {
          socket.send(JSON.stringify({ op: 9, d: false }));
          return;
        }
        session.socket = socket;
        for (const dispatch of session.dispatches.filter((entry) => entry.s > data.seq)) {
          socket.send(JSON.stringify({ op: 0, ...dispatch }));
        }
        this.#dispatchOn(session.shard[0], 'RESUMED', { _trace: ['stand-in'] });
        return;
      }
      default:
        return;
    }
  }

  #guildPayload(guildId: string): Json {
    const first = guildId === this.guildId;
    return {
      id: guildId,
      name: first ? 'Matchcut Stand-in Guild' : 'Matchcut Second Stand-in Guild',
      icon: null,
      owner_id: '1000000000000000001',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      preferred_locale: 'en-US',
      premium_tier: 0,
      nsfw_level: 0,
      features: [],
      emojis: [],
      stickers: [],
      roles: [
        {
          id: guildId,
          name: '@everyone',
          permissions: everyonePermissions.toString(),
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        {
          id: this.organizerRoleId,
          name: 'Organizers',
          permissions: '0',
          position: 1,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: true,
          flags: 0,
        },
        {
          id: this.botRoleId,
          name: 'matchcut',
          permissions: everyonePermissions.toString(),
          position: 2,
          color: 0,
          hoist: false,
          managed: true,
          mentionable: false,
          flags: 0,
          tags: { bot_id: this.botUser.id },
        },
      ],
      joined_at: '2025-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [
        {
          user: this.botUser,
          roles: [this.botRoleId],
          joined_at: '2025-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
          nick: null,
        },
      ],
      channels: [...this.#channels.values()].filter((channel) => channel.guild_id === guildId && channel.type === 0),
      threads: [...this.#channels.values()].filter((channel) => channel.guild_id === guildId && channel.type === 11),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ── REST ─────────────────────────────────────────────────────────────

  async #handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const method = (request.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: await parseBody(request.headers['content-type'], raw),
      status: 0,
      authorization: request.headers.authorization,
      at: Date.now(),
    };
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      this.requests.push(record);
      if (body === undefined) {
        response.writeHead(status, headers).end();
      } else {
        response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      }
      this.#events.emit('request');
    };

    if (!url.pathname.startsWith(prefix)) {
      reply(404, { message: '404: Not Found', code: 0 });
      return;
    }
    const limit = this.#rateLimits.find((rule) => rule.remaining > 0 && rule.method === method && rule.path.test(path));
    if (limit !== undefined) {
      limit.remaining -= 1;
      reply(
        429,
        { message: 'You are being rate limited.', retry_after: limit.retryAfterSeconds, global: false, code: 0 },
        {
          'retry-after': String(limit.retryAfterSeconds),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(limit.retryAfterSeconds),
          'x-ratelimit-bucket': 'stand-in-bucket',
          'x-ratelimit-scope': 'user',
        },
      );
      return;
    }
    const failure = this.#failures.find((rule) => rule.remaining > 0 && rule.method === method && rule.path.test(path));
    if (failure !== undefined) {
      failure.remaining -= 1;
      reply(failure.status, failure.body);
      return;
    }
    const isInteractionRoute = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!isInteractionRoute && record.authorization !== `Bot ${this.token}`) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    try {
      const [status, body] = this.#route(method, path, record);
      reply(status, body);
    } catch (error) {
      reply(500, { message: error instanceof Error ? error.message : String(error), code: 0 });
    }
  }

  #route(method: string, path: string, record: RecordedRequest): [number, unknown] {
    const route = `${method} ${path}`;
    for (const [pattern, handle] of this.#routes) {
      const match = pattern.exec(route);
      if (match !== null)
        return handle(
          match.slice(1).map((part) => part ?? ''),
          record,
        );
    }
    return [404, { message: `404: Not Found (stand-in has no route ${route})`, code: 0 }];
  }

  /** Routes as "METHOD /path" patterns; captured groups are passed to the handler. */
  readonly #routes: [RegExp, (parts: string[], record: RecordedRequest) => [number, unknown]][] = [
    [
      /^GET \/gateway\/bot$/,
      () => [
        200,
        {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      ],
    ],
    [
      /^GET \/applications\/@me$/,
      () => [
        200,
        { id: this.applicationId, name: 'matchcut', bot: this.botUser, flags: 0, description: '', icon: null },
      ],
    ],
    [/^GET \/users\/@me$/, () => [200, this.botUser]],
    [
      /^PUT \/applications\/(\d+)\/commands$/,
      ([applicationId = ''], record) => this.#putCommands(applicationId, 'global', record.body),
    ],
    [
      /^PUT \/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      ([applicationId = '', guildId = ''], record) => this.#putCommands(applicationId, guildId, record.body),
    ],
    [
      /^POST \/interactions\/(\d+)\/([^/]+)\/callback$/,
      ([, token = ''], record) => this.#interactionCallback(token, bodyObject(record)),
    ],
    [
      /^(PATCH|GET|DELETE) \/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/,
      ([method = '', token = '', which = ''], record) => this.#webhookMessage(method, token, which, bodyObject(record)),
    ],
    [
      /^POST \/webhooks\/\d+\/([^/]+)$/,
      ([token = ''], record) => {
        const interaction = this.#interactions.get(token);
        if (interaction === undefined) return [404, { message: 'Unknown Webhook', code: 10015 }];
        return [200, this.#botMessage(interaction.channelId, bodyObject(record), { webhook: true })];
      },
    ],
    [
      /^GET \/channels\/(\d+)$/,
      ([channelId = '']) => {
        const channel = this.#channels.get(channelId);
        return channel === undefined ? [404, { message: 'Unknown Channel', code: 10003 }] : [200, channel];
      },
    ],
    [/^POST \/channels\/(\d+)\/typing$/, () => [204, undefined]],
    [
      /^POST \/channels\/(\d+)\/messages$/,
      ([channelId = ''], record) => {
        if (!this.#channels.has(channelId)) return [404, { message: 'Unknown Channel', code: 10003 }];
        return [200, this.#botMessage(channelId, bodyObject(record), {})];
      },
    ],
    [
      /^GET \/channels\/(\d+)\/messages$/,
      ([channelId = ''], record) => {
        if (!this.#channels.has(channelId)) return [404, { message: 'Unknown Channel', code: 10003 }];
        const limit = Math.min(100, Number(record.query.limit ?? 50));
        // Ephemeral messages (flag 64) are never listed.
        let list = this.messagesIn(channelId).filter((message) => ((message.flags as number) & 64) === 0);
        const before = record.query.before;
        if (before !== undefined) list = list.filter((message) => BigInt(message.id) < BigInt(before));
        // Discord returns the newest first.
        return [
          200,
          list
            .slice(-limit)
            .reverse()
            .map((message) => this.#visible(message)),
        ];
      },
    ],
    [
      /^GET \/channels\/(\d+)\/messages\/(\d+)$/,
      ([channelId = '', messageId = '']) => {
        const message = this.#find(channelId, messageId);
        return message === undefined
          ? [404, { message: 'Unknown Message', code: 10008 }]
          : [200, this.#visible(message)];
      },
    ],
    [
      /^POST \/channels\/(\d+)\/messages\/(\d+)\/threads$/,
      ([channelId = '', messageId = ''], record) => {
        if (this.#find(channelId, messageId) === undefined) return [404, { message: 'Unknown Message', code: 10008 }];
        if (this.#threadsByMessage.has(messageId))
          return [400, { message: 'A thread has already been created for this message', code: 160004 }];
        // A thread started from a message takes the message's id.
        const thread = this.#thread(messageId, channelId, String(bodyObject(record).name ?? 'thread'));
        this.#channels.set(messageId, thread);
        this.#threadsByMessage.set(messageId, messageId);
        return [201, thread];
      },
    ],
  ];

  #interactionCallback(token: string, body: Json): [number, unknown] {
    const interaction = this.#interactions.get(token);
    if (interaction === undefined) return [404, { message: 'Unknown interaction', code: 10062 }];
    const data = isObject(body.data) ? body.data : {};
    if (body.type === 4) {
      interaction.messageId = this.#botMessage(interaction.channelId, data, { webhook: true }).id;
    } else if (body.type === 5) {
      // The "thinking…" placeholder that @original then edits.
      interaction.messageId = this.#botMessage(
        interaction.channelId,
        { content: '', flags: data.flags },
        { webhook: true },
      ).id;
    } else if (body.type === 7 && interaction.messageId !== undefined) {
      this.#editMessage(interaction.channelId, interaction.messageId, data);
    }
    return [204, undefined];
  }

  #webhookMessage(method: string, token: string, which: string, body: Json): [number, unknown] {
    const interaction = this.#interactions.get(token);
    if (interaction === undefined) return [404, { message: 'Unknown Webhook', code: 10015 }];
    const messageId = which === '@original' ? interaction.messageId : which;
    if (messageId === undefined) return [404, { message: 'Unknown Message', code: 10008 }];
    if (method === 'DELETE') {
      const list = this.#messages.get(interaction.channelId) ?? [];
      this.#messages.set(
        interaction.channelId,
        list.filter((message) => message.id !== messageId),
      );
      return [204, undefined];
    }
    const message =
      method === 'PATCH'
        ? this.#editMessage(interaction.channelId, messageId, body)
        : this.#find(interaction.channelId, messageId);
    return message === undefined ? [404, { message: 'Unknown Message', code: 10008 }] : [200, message];
  }

  #putCommands(applicationId: string, scope: string, body: unknown): [number, unknown] {
    if (applicationId !== this.applicationId) return [403, { message: 'Missing Access', code: 50001 }];
    if (scope !== 'global' && scope !== this.guildId) return [403, { message: 'Missing Access', code: 50001 }];
    const definitions = Array.isArray(body) ? (body as Json[]) : [];
    const stored = definitions.map((definition) => ({
      ...definition,
      id: this.#ids.next(),
      application_id: this.applicationId,
      version: this.#ids.next(),
      ...(scope === 'global' ? {} : { guild_id: scope }),
    }));
    this.commands.set(scope, stored);
    return [200, stored];
  }

  #thread(id: string, parentId: string, name: string): Json {
    return {
      id,
      type: 11,
      guild_id: this.guildId,
      parent_id: parentId,
      name,
      owner_id: this.botUser.id,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      total_message_sent: 0,
      flags: 0,
    };
  }

  #dmChannel(user: StandInUser): string {
    const existing = [...this.#channels.values()].find(
      (channel) => channel.type === 1 && (channel.recipients as StandInUser[] | undefined)?.[0]?.id === user.id,
    );
    if (existing !== undefined) return existing.id as string;
    const id = this.#ids.next();
    this.#channels.set(id, { id, type: 1, recipients: [user], last_message_id: null, flags: 0 });
    return id;
  }

  #botMessage(channelId: string, body: Json, options: { webhook?: boolean }): StandInMessage {
    const message: StandInMessage = {
      id: this.#ids.next(),
      channel_id: channelId,
      author: this.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? (body.embeds as Json[]) : [],
      components: Array.isArray(body.components) ? (body.components as Json[]) : [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: body.message_reference === undefined ? 0 : 19,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
    const guildId = this.#channels.get(channelId)?.guild_id;
    if (typeof guildId === 'string') message.guild_id = guildId;
    if (options.webhook === true) message.webhook_id = this.applicationId;
    if (body.message_reference !== undefined) message.message_reference = body.message_reference;
    this.#store(message);
    return message;
  }

  #editMessage(channelId: string, messageId: string, body: Json): StandInMessage | undefined {
    const message = this.#find(channelId, messageId);
    if (message === undefined) return undefined;
    if (typeof body.content === 'string') message.content = body.content;
    if (Array.isArray(body.embeds)) message.embeds = body.embeds as Json[];
    if (Array.isArray(body.components)) message.components = body.components as Json[];
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  #store(message: StandInMessage): void {
    const list = this.#messages.get(message.channel_id) ?? [];
    list.push(message);
    this.#messages.set(message.channel_id, list);
  }

  #find(channelId: string, messageId: string): StandInMessage | undefined {
    return this.#messages.get(channelId)?.find((message) => message.id === messageId);
  }

  /** A message as the bot may see it: guild messages not mentioning it lose their content unless MessageContent was granted. */
  #visible(message: StandInMessage): StandInMessage {
    const intents = this.identifies.at(-1)?.intents ?? 0;
    const channel = this.#channels.get(message.channel_id);
    const mentionsBot =
      (message.mentions as StandInUser[] | undefined)?.some((user) => user.id === this.botUser.id) === true;
    const readable =
      (intents & messageContentIntent) !== 0 ||
      message.author.id === this.botUser.id ||
      mentionsBot ||
      channel?.type === 1;
    return readable ? message : { ...message, content: '', embeds: [], components: [], attachments: [] };
  }

  #waitFor<T>(probe: () => T | undefined, event: string, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#events.off(event, listener);
        reject(new Error(`Discord stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (): void => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.#events.off(event, listener);
        resolve(value);
      };
      this.#events.on(event, listener);
    });
  }
}

function bodyObject(record: RecordedRequest): Json {
  return isObject(record.body) ? record.body : {};
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function parseBody(contentType: string | undefined, raw: Buffer): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('multipart/form-data') === true) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    return typeof payload === 'string' ? (JSON.parse(payload) as unknown) : undefined;
  }
  return JSON.parse(raw.toString('utf8')) as unknown;
}
