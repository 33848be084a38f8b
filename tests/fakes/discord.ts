import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage } from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';

type Json = Record<string, unknown>;

/** One REST call as the fake saw it. `path` is URL-decoded and without `/api/v10` (e.g. `/users/@me/channels`). */
export interface DiscordRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  /** The JSON body; for multipart uploads, the parsed `payload_json` part. */
  readonly body: unknown;
  /** Files of a multipart upload (name and size only). */
  readonly files: readonly { readonly name: string; readonly size: number; readonly text: string }[];
  /** The status the fake answered with. */
  status: number;
}

/** A canned answer for `failNext`; `body` is sent as JSON. */
export interface CannedResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A gateway frame (either direction). */
export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
  readonly s?: number | null;
  readonly t?: string | null;
}

/** What an interaction helper returns: enough to find the callback the bot sends. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly payload: Json;
}

/** The interaction response the bot posted to `/interactions/{id}/{token}/callback`. */
export interface InteractionCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 9 modal. */
  readonly type: number;
  readonly data: Json | undefined;
  readonly withResponse: boolean;
}

/** A value of a slash-command option: `{ user: id }` makes a USER option with resolved data. */
export type OptionValue = string | number | boolean | { readonly user: string };

interface Place {
  readonly userId: string;
  /** Omit for a DM with the bot. */
  readonly guildId?: string;
  /** Defaults to the fake guild's text channel in a guild, and to the DM channel otherwise. */
  readonly channelId?: string;
  /** The language of the person's Discord client (`locale` of the interaction); `en-US` by default. */
  readonly locale?: string;
}

interface ComponentPlace extends Place {
  readonly customId: string;
  /** The message carrying the component; a message the bot sent through the fake is reused as is. */
  readonly messageId?: string;
  /** Components of a synthesized message (when `messageId` is not one the fake knows). */
  readonly components?: readonly unknown[];
}

/** Canned Discord failures, ready for `failNext`. */
export const discordErrors = {
  /** 50007: the user has DMs from the server closed, or blocked the bot. */
  cannotDm: (): CannedResponse => ({
    status: 403,
    body: { code: 50007, message: 'Cannot send messages to this user' },
  }),
  /** 50001: the bot cannot see the channel. */
  missingAccess: (): CannedResponse => ({ status: 403, body: { code: 50001, message: 'Missing Access' } }),
  /** 10062: the interaction token expired (more than 3 s before the first answer). */
  unknownInteraction: (): CannedResponse => ({
    status: 404,
    body: { code: 10062, message: 'Unknown interaction' },
  }),
  /** 10003 */
  unknownChannel: (): CannedResponse => ({ status: 404, body: { code: 10003, message: 'Unknown Channel' } }),
  /**
   * A 429 the way Discord sends it. `retryAfter` is in seconds (keep it small in tests). Only a global
   * limit carries `x-ratelimit-global`: @discordjs/rest treats the header's mere presence as global.
   */
  rateLimited: (retryAfter = 0.05, { global = false } = {}): CannedResponse => ({
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  }),
  /** A 5xx; discord.js retries these up to 3 times. */
  serverError: (): CannedResponse => ({ status: 502, body: { message: 'Bad Gateway', code: 0 } }),
};

const DISCORD_EPOCH = 1420070400000n;
/** ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, UseApplicationCommands. */
const MEMBER_PERMISSIONS = '2147601408';
const EVERYONE_PERMISSIONS = '1071698660929';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: { name: string; size: number; text: string }[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: { name: string; size: number; text: string }[] = [];
    let body: unknown;
    for (const [key, value] of form) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string')
        files.push({ name: value.name, size: value.size, text: await value.text() });
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  return { body: contentType?.includes('json') ? JSON.parse(text) : text, files: [] };
}

/** `"POST /channels/{id}/messages"` (or `:id`, `*`) → a regex over `"METHOD /path"`. */
function compilePattern(pattern: string | RegExp): RegExp {
  if (pattern instanceof RegExp) return pattern;
  const space = pattern.indexOf(' ');
  const method = space === -1 ? '*' : pattern.slice(0, space).toUpperCase();
  const path = (space === -1 ? pattern : pattern.slice(space + 1))
    .replace(/^\/api/, '')
    .replace(/^\/v\d+/, '');
  const source = path
    .split('/')
    .map((segment) =>
      /^(\{[^}]*\}|:.+|\*)$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${method === '*' ? '[A-Z]+' : method} ${source}$`);
}

/** Matches `/a/:x/b` against a path; returns the parameters or undefined. */
function matchRoute(route: string, path: string): Record<string, string> | undefined {
  const want = route.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== g) return undefined;
  }
  return params;
}

/**
 * A local fake Discord on 127.0.0.1: the REST API under `apiUrl` (give it to the client as
 * `rest: { api: fake.apiUrl }`) and a plain-JSON gateway (HELLO → IDENTIFY → READY → GUILD_CREATE,
 * heartbeats, RESUME). Every REST call is recorded in `requests`; failures can be queued per route.
 * Helpers dispatch realistic INTERACTION_CREATE and MESSAGE_CREATE payloads to the connected client.
 */
export async function startFakeDiscord(
  options: {
    /** The bot user's id, also used as the application id. */
    botId?: string;
    botName?: string;
    guildId?: string;
    guildName?: string;
    /** The guild's one text channel. */
    channelId?: string;
    ownerId?: string;
    /** If set, REST calls with another bot token get 401 and IDENTIFY with another token is closed 4004. */
    token?: string;
    /** HELLO's heartbeat_interval in ms; long by default so tests never depend on heartbeat timing. */
    heartbeatInterval?: number;
    /** The bot is in no server yet (READY lists none, no GUILD_CREATE). */
    noGuilds?: boolean;
    /** More servers the bot is in (each with one text channel), for a person in several communities. */
    otherGuilds?: readonly { id: string; name: string; channelId: string }[];
  } = {},
) {
  const botId = options.botId ?? '1300000000000000001';
  const applicationId = botId;
  const guildId = options.guildId ?? '1300000000000000100';
  const guildName = options.guildName ?? 'Between Test Guild';
  const textChannelId = options.channelId ?? '1300000000000000200';
  const ownerId = options.ownerId ?? '1300000000000000300';
  const heartbeatInterval = options.heartbeatInterval ?? 45_000;

  let counter = 0;
  const snowflake = () => {
    counter = (counter + 1) % 4096;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(counter));
  };

  const botUser = {
    id: botId,
    username: options.botName ?? 'Between',
    global_name: null,
    discriminator: '0',
    avatar: null,
    bot: true,
    flags: 0,
    public_flags: 0,
  };
  const userPayload = (id: string): Json =>
    id === botId
      ? botUser
      : {
          id,
          username: `user${id.slice(-4)}`,
          global_name: null,
          discriminator: '0',
          avatar: null,
          public_flags: 0,
        };
  /** Each user's DM channel: a snowflake like every Discord id, the same one for as long as the fake runs. */
  const dmChannels = new Map<string, string>();
  const dmChannelId = (userId: string) => {
    const known = dmChannels.get(userId);
    if (known) return known;
    const id = snowflake();
    dmChannels.set(userId, id);
    return id;
  };
  const dmChannel = (userId: string) => ({
    id: dmChannelId(userId),
    type: 1,
    last_message_id: null,
    flags: 0,
    recipients: [userPayload(userId)],
  });
  const textChannel = (id: string, guild: string) => ({
    id,
    type: 0,
    guild_id: guild,
    name: 'general',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    permission_overwrites: [],
  });
  /** Server roles held by each user (see `giveRole`); the role itself is in the guild's roles. */
  const memberRoles = new Map<string, string[]>();
  const member = (userId: string, joinedAt = new Date().toISOString()): Json => ({
    user: userPayload(userId),
    nick: null,
    avatar: null,
    banner: null,
    roles: [...(memberRoles.get(userId) ?? [])],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    permissions: MEMBER_PERMISSIONS,
  });
  const everyoneOf = (guild: string) => ({
    id: guild,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: EVERYONE_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0,
  });
  /** A "Facilitators" role that tests can give to users with `giveRole`. */
  const facilitatorRole = {
    ...everyoneOf(guildId),
    id: '1300000000000000300',
    name: 'Facilitators',
    position: 1,
  };
  const otherGuilds = options.otherGuilds ?? [];
  const allGuilds = [{ id: guildId, name: guildName, channelId: textChannelId }, ...otherGuilds];
  /** The text channel of a server the bot is in (the first server's for any other id). */
  const channelOf = (guild: string | undefined) =>
    allGuilds.find((g) => g.id === guild)?.channelId ?? textChannelId;
  const guildCreate = (guild: (typeof allGuilds)[number]): Json => ({
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: guild.id === guildId ? [everyoneOf(guildId), facilitatorRole] : [everyoneOf(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    hub_type: null,
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    // Discord always includes the bot's own member, so `guild.members.me` works.
    members: [member(botId)],
    channels: [textChannel(guild.channelId, guild.id)],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  });

  // ---------------------------------------------------------------- REST state
  const requests: DiscordRequest[] = [];
  const failures: { pattern: RegExp; response: CannedResponse }[] = [];
  const delays: { pattern: RegExp; ms: number }[] = [];
  /** Recorded application command bodies: key `global` or the guild id. */
  const commands = new Map<string, Json[]>();
  /** Messages the bot created (channel messages and interaction responses), by id. */
  const messages = new Map<string, Json>();
  const channels = new Map<string, Json>(allGuilds.map((g) => [g.channelId, textChannel(g.channelId, g.id)]));
  const interactions = new Map<
    string,
    {
      id: string;
      token: string;
      type: number;
      userId: string;
      channelId: string;
      guildId?: string;
      messageId?: string;
      acknowledged: boolean;
    }
  >();
  /** Interaction token → id of the original response message. */
  const originals = new Map<string, string>();
  const commandIds = new Map<string, string>();

  const buildMessage = (channelId: string, body: Json, extra: Json = {}): Json => {
    const message = {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: typeof body.content === 'string' ? body.content : '',
      author: botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: Boolean(body.tts),
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...(typeof body.nonce === 'string' || typeof body.nonce === 'number' ? { nonce: body.nonce } : {}),
      ...extra,
    } satisfies APIMessage;
    messages.set(message.id, message);
    return message;
  };
  const editMessage = (id: string, channelId: string, body: Json): Json => {
    const before = messages.get(id) ?? buildMessage(channelId, {}, { id });
    const after: Json = { ...before, edited_timestamp: new Date().toISOString() };
    for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
      if (body[key] !== undefined) after[key] = body[key];
    }
    // An edit ends the "thinking..." state of a deferred reply (flag 128, LOADING).
    after.flags = Number(after.flags ?? 0) & ~128;
    messages.set(id, after);
    return after;
  };
  const commandsFor = (key: string, body: unknown, guild?: string): Json[] => {
    const list = (Array.isArray(body) ? body : []) as Json[];
    const stored = list.map((command) => {
      const name = String(command.name);
      const id = commandIds.get(`${key}:${name}`) ?? snowflake();
      commandIds.set(`${key}:${name}`, id);
      return {
        id,
        application_id: applicationId,
        version: snowflake(),
        type: 1,
        description: '',
        options: [],
        default_member_permissions: null,
        nsfw: false,
        ...(guild ? { guild_id: guild } : {}),
        ...command,
      };
    });
    commands.set(key, stored);
    return stored;
  };

  let base = '';
  let gatewayUrl = '';

  const ok = (body: unknown): CannedResponse => ({ status: 200, body });
  /** Users who are not members of the guild (everyone else is). */
  const strangers = new Set<string>();
  const noContent: CannedResponse = { status: 204 };
  const notFound = (code: number, message: string): CannedResponse => ({
    status: 404,
    body: { code, message },
  });

  type Handler = (p: Record<string, string>, body: Json, query: Record<string, string>) => CannedResponse;
  const routes: [string, string, Handler][] = [
    [
      'GET',
      '/gateway/bot',
      () =>
        ok({
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        }),
    ],
    ['GET', '/gateway', () => ok({ url: gatewayUrl })],
    ['GET', '/users/@me', () => ok(botUser)],
    ['GET', '/users/:user', (p) => ok(userPayload(p.user ?? ''))],
    [
      'GET',
      '/guilds/:guild/members/:user',
      (p) =>
        allGuilds.some((g) => g.id === p.guild) && !strangers.has(p.user ?? '')
          ? ok(member(p.user ?? ''))
          : notFound(10007, 'Unknown Member'),
    ],
    [
      'POST',
      '/users/@me/channels',
      (_p, body) => {
        const channel = dmChannel(String(body.recipient_id));
        channels.set(channel.id, channel);
        return ok(channel);
      },
    ],
    ...(['/applications/@me', '/oauth2/applications/@me'].map((path) => [
      'GET',
      path,
      () =>
        ok({
          id: applicationId,
          name: botUser.username,
          icon: null,
          description: '',
          summary: '',
          type: null,
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: 0,
          owner: userPayload(ownerId),
          team: null,
          bot: botUser,
        }),
    ]) as [string, string, Handler][]),
    ['PUT', '/applications/:app/commands', (_p, body) => ok(commandsFor('global', body))],
    ['GET', '/applications/:app/commands', () => ok(commands.get('global') ?? [])],
    [
      'PUT',
      '/applications/:app/guilds/:guild/commands',
      (p, body) => ok(commandsFor(p.guild ?? '', body, p.guild)),
    ],
    ['GET', '/applications/:app/guilds/:guild/commands', (p) => ok(commands.get(p.guild ?? '') ?? [])],
    [
      'GET',
      '/channels/:channel',
      (p) => {
        const channel = channels.get(p.channel ?? '');
        return channel ? ok(channel) : notFound(10003, 'Unknown Channel');
      },
    ],
    [
      'POST',
      '/channels/:channel/messages',
      (p, body) => {
        // enforce_nonce: a second create with the same nonce in the channel returns the first message.
        const nonce = body.nonce;
        if (body.enforce_nonce === true && (typeof nonce === 'string' || typeof nonce === 'number')) {
          const earlier = [...messages.values()].find(
            (m) => m.channel_id === p.channel && String(m.nonce) === String(nonce),
          );
          if (earlier) return ok(earlier);
        }
        return ok(buildMessage(p.channel ?? '', body));
      },
    ],
    ['POST', '/channels/:channel/typing', () => noContent],
    [
      'GET',
      '/channels/:channel/messages/:message',
      (p) => {
        const message = messages.get(p.message ?? '');
        return message ? ok(message) : notFound(10008, 'Unknown Message');
      },
    ],
    [
      'PATCH',
      '/channels/:channel/messages/:message',
      (p, body) => ok(editMessage(p.message ?? '', p.channel ?? '', body)),
    ],
    [
      'DELETE',
      '/channels/:channel/messages/:message',
      (p) => {
        messages.delete(p.message ?? '');
        return noContent;
      },
    ],
    [
      'POST',
      '/interactions/:id/:token/callback',
      (p, body, query) => {
        const interaction = interactions.get(p.id ?? '');
        if (!interaction || interaction.token !== p.token) return notFound(10062, 'Unknown interaction');
        if (interaction.acknowledged) {
          return {
            status: 400,
            body: { code: 40060, message: 'Interaction has already been acknowledged.' },
          };
        }
        interaction.acknowledged = true;
        const type = Number(body.type);
        const data = (body.data ?? {}) as Json;
        let message: Json | undefined;
        if (type === 4 || type === 5) {
          message = buildMessage(
            interaction.channelId,
            type === 5 ? { flags: (data.flags as number) | 128 } : data,
            {
              webhook_id: applicationId,
              application_id: applicationId,
              interaction_metadata: {
                id: interaction.id,
                type: interaction.type,
                user: userPayload(interaction.userId),
                authorizing_integration_owners: { '0': interaction.guildId ?? '0' },
              },
            },
          );
          originals.set(interaction.token, String(message.id));
        } else if ((type === 6 || type === 7) && interaction.messageId) {
          message = type === 7 ? editMessage(interaction.messageId, interaction.channelId, data) : undefined;
          message ??= messages.get(interaction.messageId);
          originals.set(interaction.token, interaction.messageId);
        }
        if (query.with_response !== 'true') return noContent;
        return ok({
          interaction: {
            id: interaction.id,
            type: interaction.type,
            response_message_id: message?.id,
            response_message_loading: type === 5,
            response_message_ephemeral: ((Number(message?.flags ?? 0) | Number(data.flags ?? 0)) & 64) === 64,
          },
          resource: { type, ...(message && type !== 9 ? { message } : {}) },
        });
      },
    ],
    ...(['GET', 'PATCH', 'DELETE'].map((method) => [
      method,
      '/webhooks/:app/:token/messages/:message',
      (p: Record<string, string>, body: Json) => {
        const interaction = [...interactions.values()].find((i) => i.token === p.token);
        const id = p.message === '@original' ? originals.get(p.token ?? '') : p.message;
        if (!interaction) return notFound(10015, 'Unknown Webhook');
        if (method === 'DELETE') {
          if (id) messages.delete(id);
          return noContent;
        }
        if (method === 'GET') {
          const message = id ? messages.get(id) : undefined;
          return message ? ok(message) : notFound(10008, 'Unknown Message');
        }
        if (!id) {
          // Editing the original of a deferred-less interaction: Discord creates it.
          const created = buildMessage(interaction.channelId, body, { webhook_id: applicationId });
          originals.set(interaction.token, String(created.id));
          return ok(created);
        }
        return ok(editMessage(id, interaction.channelId, body));
      },
    ]) as [string, string, Handler][]),
    [
      'POST',
      '/webhooks/:app/:token',
      (p, body) => {
        const interaction = [...interactions.values()].find((i) => i.token === p.token);
        if (!interaction) return notFound(10015, 'Unknown Webhook');
        return ok(
          buildMessage(interaction.channelId, body, {
            webhook_id: applicationId,
            application_id: applicationId,
          }),
        );
      },
    ],
  ];

  const answer = (
    method: string,
    path: string,
    body: unknown,
    query: Record<string, string>,
  ): CannedResponse => {
    const key = `${method} ${path}`;
    const failure = failures.findIndex((f) => f.pattern.test(key));
    if (failure !== -1) return failures.splice(failure, 1)[0]?.response ?? noContent;
    for (const [m, route, handler] of routes) {
      if (m !== method) continue;
      const params = matchRoute(route, path);
      if (params) return handler(params, (body ?? {}) as Json, query);
    }
    return notFound(0, '404: Not Found');
  };

  const unauthorized = (req: IncomingMessage, path: string) => {
    if (options.token === undefined) return false;
    const auth = req.headers.authorization;
    if (auth === undefined) return !/^\/(interactions|webhooks)\//.test(path);
    return auth !== `Bot ${options.token}`;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname)
      .replace(/^\/api/, '')
      .replace(/^\/v\d+/, '');
    const method = (req.method ?? 'GET').toUpperCase();
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const query = Object.fromEntries(url.searchParams);
    const record: DiscordRequest = { method, path, query, body, files, status: 0 };
    requests.push(record);
    const canned = unauthorized(req, path)
      ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
      : answer(method, path, body, query);
    // A slow platform: the work is done, but the answer comes late (or, past the client's timeout, never).
    const slow = delays.findIndex((d) => d.pattern.test(`${method} ${path}`));
    if (slow !== -1) {
      const [delay] = delays.splice(slow, 1);
      await new Promise((resolve) => setTimeout(resolve, delay?.ms ?? 0));
    }
    record.status = canned.status;
    if (canned.status === 204 || canned.body === undefined) {
      res.writeHead(canned.status, { ...canned.headers }).end();
      return;
    }
    res.writeHead(canned.status, { 'content-type': 'application/json', ...canned.headers });
    res.end(JSON.stringify(canned.body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // ---------------------------------------------------------------- gateway
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  gatewayUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  /** Frames the client sent, in order (IDENTIFY, heartbeats, RESUME, ...). */
  const received: GatewayFrame[] = [];
  let socket: WebSocket | undefined;
  let sessionId = '';
  let sequence = 0;

  /**
   * Every INTERACTION_CREATE sent (by a helper or by `dispatch`) can then be answered over REST, as
   * Discord would: a malformed one too, as long as it has an id and a token (a fuzzer sends many).
   */
  const remember = (d: unknown) => {
    const object = (v: unknown): Json | undefined =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
    const payload = object(d);
    if (typeof payload?.id !== 'string' || typeof payload.token !== 'string') return;
    const user = object(payload.user) ?? object(object(payload.member)?.user);
    const message = object(payload.message);
    const text = (v: unknown) => (typeof v === 'string' ? v : 'undefined');
    interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      type: typeof payload.type === 'number' ? payload.type : Number.NaN,
      userId: text(user?.id),
      channelId: text(payload.channel_id ?? object(payload.channel)?.id),
      ...(typeof payload.guild_id === 'string' ? { guildId: payload.guild_id } : {}),
      ...(typeof message?.id === 'string' ? { messageId: message.id } : {}),
      acknowledged: false,
    });
  };
  const send = (frame: GatewayFrame) => {
    if (!socket || socket.readyState !== socket.OPEN) throw new Error('fake Discord: no gateway connection');
    socket.send(JSON.stringify(frame));
  };
  const dispatch = (t: string, d: unknown): number => {
    if (t === 'INTERACTION_CREATE') remember(d);
    sequence += 1;
    send({ op: 0, t, s: sequence, d });
    return sequence;
  };

  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as GatewayFrame;
      received.push(frame);
      if (ws !== socket) return;
      switch (frame.op) {
        case 1:
          send({ op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          const token = (frame.d as { token?: string }).token;
          if (options.token !== undefined && token !== options.token) {
            ws.close(4004, 'Authentication failed.');
            break;
          }
          sessionId = randomBytes(16).toString('hex');
          sequence = 0;
          const ready = {
            v: 10,
            user: botUser,
            guilds: options.noGuilds ? [] : allGuilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: sessionId,
            session_type: 'normal',
            resume_gateway_url: gatewayUrl,
            shard: [0, 1],
            application: { id: applicationId, flags: 0 },
            user_settings: {},
            private_channels: [],
            relationships: [],
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
            auth: {},
            _trace: ['["fake-discord",{"micros":0}]'],
          };
          dispatch('READY', ready);
          if (!options.noGuilds) for (const g of allGuilds) dispatch('GUILD_CREATE', guildCreate(g));
          break;
        }
        case 6: {
          const resume = frame.d as { session_id?: string };
          if (resume.session_id === sessionId) dispatch('RESUMED', null);
          else send({ op: 9, d: false, s: null, t: null });
          break;
        }
        default:
          // 3 presence, 4 voice state, 8 request guild members: accepted and ignored.
          break;
      }
    });
    send({ op: 10, d: { heartbeat_interval: heartbeatInterval, _trace: ['["fake-gateway",{"micros":0}]'] } });
  });

  // ---------------------------------------------------------------- payload builders
  const newInteraction = (type: number, place: Place, data: Json, extra: Json = {}): SentInteraction => {
    const id = snowflake();
    const token = `itoken.${id}.${randomBytes(8).toString('hex')}`;
    const user = userPayload(place.userId);
    const inGuild = place.guildId !== undefined;
    const channelId = place.channelId ?? (inGuild ? channelOf(place.guildId) : dmChannelId(place.userId));
    const channel: Json = inGuild
      ? {
          ...(channels.get(channelId) ?? textChannel(channelId, place.guildId ?? guildId)),
          permissions: MEMBER_PERMISSIONS,
        }
      : { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] };
    if (!inGuild) channels.set(channelId, { ...dmChannel(place.userId), id: channelId });
    const payload: Json = {
      id,
      application_id: applicationId,
      type,
      data,
      token,
      version: 1,
      app_permissions: MEMBER_PERMISSIONS,
      locale: place.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': place.guildId ?? '0' },
      context: inGuild ? 0 : 1,
      attachment_size_limit: 10_485_760,
      channel,
      channel_id: channelId,
      ...(inGuild
        ? {
            guild_id: place.guildId,
            guild: { id: place.guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: member(place.userId, '2024-01-01T00:00:00.000Z'),
          }
        : { user }),
      ...extra,
    };
    dispatch('INTERACTION_CREATE', payload);
    return { id, token, payload };
  };

  const messageFor = (place: ComponentPlace): Json => {
    const channelId =
      place.channelId ?? (place.guildId !== undefined ? channelOf(place.guildId) : dmChannelId(place.userId));
    const known = place.messageId ? messages.get(place.messageId) : undefined;
    if (known) return known;
    return buildMessage(
      channelId,
      { content: '', components: place.components ?? [] },
      place.messageId ? { id: place.messageId } : {},
    );
  };

  const optionOf = (
    name: string,
    value: OptionValue,
    resolved: { users: Json; members: Json },
    guild?: string,
  ) => {
    if (typeof value === 'object') {
      resolved.users[value.user] = userPayload(value.user);
      if (guild !== undefined) {
        const { user: _user, ...rest } = member(value.user, '2024-01-01T00:00:00.000Z');
        resolved.members[value.user] = rest;
      }
      return { name, type: 6, value: value.user };
    }
    if (typeof value === 'boolean') return { name, type: 5, value };
    if (typeof value === 'number') return { name, type: Number.isInteger(value) ? 4 : 10, value };
    return { name, type: 3, value };
  };

  const waitFor = async <T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`fake Discord: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  return {
    /** Pass as `rest: { api }`; discord.js appends `/v10`. */
    apiUrl: `${base}/api`,
    gatewayUrl,
    applicationId,
    botUser,
    guild: { id: guildId, name: guildName, channelId: textChannelId, ownerId },
    /** The guild's "Facilitators" role id. */
    facilitatorRoleId: facilitatorRole.id,
    /** This user is not (or no longer) a member of the guild: its member lookup answers 10007. */
    notInGuild(userId: string) {
      strangers.add(userId);
    },
    /** From now on this user's member payloads carry the role. */
    giveRole(userId: string, roleId: string) {
      memberRoles.set(userId, [...(memberRoles.get(userId) ?? []), roleId]);
    },
    /** Every REST call, in order (failed ones too, with their status). */
    requests,
    /** Frames the client sent on the gateway. */
    received,
    /** Application command bodies as registered: key `global` or a guild id. */
    commands,
    /** Messages the bot created or edited, by id. */
    messages,
    dmChannelId,
    userPayload,
    /** The next request matching `"METHOD /path"` (`{id}`, `:id` or `*` for a segment) gets `response`. */
    failNext(pattern: string | RegExp, response: CannedResponse) {
      failures.push({ pattern: compilePattern(pattern), response });
    },
    /** The next request matching `pattern` is carried out at once but answered `ms` later. */
    answerLate(pattern: string | RegExp, ms: number) {
      delays.push({ pattern: compilePattern(pattern), ms });
    },
    requestsTo: (pattern: string | RegExp) => {
      const regex = compilePattern(pattern);
      return requests.filter((r) => regex.test(`${r.method} ${r.path}`));
    },
    /** Waits (bounded) until the `nth` (1-based) request matching `pattern` has been answered. */
    waitForRequest(pattern: string | RegExp, nth = 1, timeoutMs = 10_000): Promise<DiscordRequest> {
      const regex = compilePattern(pattern);
      return waitFor(
        () => requests.filter((r) => r.status !== 0 && regex.test(`${r.method} ${r.path}`))[nth - 1],
        String(pattern),
        timeoutMs,
      );
    },
    /** Waits (bounded) for the bot's response to the interaction. */
    callbackFor(interactionId: string, timeoutMs = 10_000): Promise<InteractionCallback> {
      return waitFor(
        () => {
          const request = requests.find(
            (r) =>
              r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && r.status !== 0,
          );
          if (!request) return undefined;
          const body = (request.body ?? {}) as { type?: number; data?: Json };
          return {
            type: Number(body.type),
            data: body.data,
            withResponse: request.query.with_response === 'true',
          };
        },
        `the callback of interaction ${interactionId}`,
        timeoutMs,
      );
    },
    /** Sends any dispatch event (op 0) with the next sequence number; returns it. */
    dispatch,
    /** Whether a client is connected to the gateway right now. */
    isConnected: () => socket !== undefined && socket.readyState === socket.OPEN,
    /** `/between <subcommand> option:value ...` as an APPLICATION_COMMAND interaction. */
    slashCommand(
      place: Place & {
        name?: string;
        subcommand?: string;
        group?: string;
        options?: Record<string, OptionValue>;
      },
    ): SentInteraction {
      const name = place.name ?? 'between';
      const resolved = { users: {} as Json, members: {} as Json };
      let options = Object.entries(place.options ?? {}).map(([key, value]) =>
        optionOf(key, value, resolved, place.guildId),
      ) as Json[];
      if (place.subcommand) options = [{ type: 1, name: place.subcommand, options }];
      if (place.group) options = [{ type: 2, name: place.group, options }];
      const scope = place.guildId !== undefined && commands.has(place.guildId) ? place.guildId : 'global';
      const commandId = commandIds.get(`${scope}:${name}`) ?? snowflake();
      const hasResolved = Object.keys(resolved.users).length > 0;
      return newInteraction(2, place, {
        id: commandId,
        name,
        type: 1,
        options,
        ...(scope !== 'global' ? { guild_id: scope } : {}),
        ...(hasResolved
          ? { resolved: place.guildId !== undefined ? resolved : { users: resolved.users } }
          : {}),
      });
    },
    /** A button click (MESSAGE_COMPONENT, component_type 2) on a message. */
    button(place: ComponentPlace): SentInteraction {
      return newInteraction(
        3,
        place,
        { custom_id: place.customId, component_type: 2 },
        { message: messageFor(place) },
      );
    },
    /** A string select (component_type 3) with the chosen values. */
    select(place: ComponentPlace & { values: readonly string[] }): SentInteraction {
      return newInteraction(
        3,
        place,
        { custom_id: place.customId, component_type: 3, values: [...place.values] },
        { message: messageFor(place) },
      );
    },
    /**
     * A modal submit (type 5). A string field is a text input in an action row; an array is a string
     * select inside a label. Give `messageId` when the modal was opened from a component.
     */
    modalSubmit(
      place: Place & {
        customId: string;
        fields: Record<string, string | readonly string[]>;
        messageId?: string;
      },
    ): SentInteraction {
      let componentId = 0;
      const components = Object.entries(place.fields).map(([customId, value]) => {
        componentId += 2;
        return typeof value === 'string'
          ? {
              type: 1,
              id: componentId - 1,
              components: [{ type: 4, id: componentId, custom_id: customId, value }],
            }
          : {
              type: 18,
              id: componentId - 1,
              component: { type: 3, id: componentId, custom_id: customId, values: [...value] },
            };
      });
      const extra = place.messageId ? { message: messageFor({ ...place, customId: place.customId }) } : {};
      return newInteraction(5, place, { custom_id: place.customId, components }, extra);
    },
    /** A DM from the user to the bot (MESSAGE_CREATE, channel_type 1, no guild_id). */
    directMessage(place: { userId: string; content: string }): { id: string; channelId: string } {
      const channelId = dmChannelId(place.userId);
      channels.set(channelId, dmChannel(place.userId));
      const id = snowflake();
      dispatch('MESSAGE_CREATE', {
        id,
        channel_id: channelId,
        channel_type: 1,
        type: 0,
        content: place.content,
        author: userPayload(place.userId),
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        flags: 0,
        nonce: id,
      });
      return { id, channelId };
    },
    /** Asks the client for a heartbeat now (server op 1); the client answers op 1 and gets op 11. */
    requestHeartbeat: () => send({ op: 1, d: null, s: null, t: null }),
    /** Tells the client to reconnect (op 7); it comes back with RESUME, answered with RESUMED. */
    requestReconnect: () => send({ op: 7, d: null, s: null, t: null }),
    /** op 9; with `resumable` false the client identifies again. */
    invalidateSession: (resumable = false) => send({ op: 9, d: resumable, s: null, t: null }),
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
