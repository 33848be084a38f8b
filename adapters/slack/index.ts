import type { AddressInfo } from 'node:net';
import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  LogLevel,
  type RespondFn,
  SocketModeReceiver,
} from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { decodeAddress, encodeAddress } from '../../src/core/address';
import { BetweenError } from '../../src/core/errors';
import { summarizeFault } from '../../src/core/fault';
import type { Address, InboundEvent, OutgoingMessage, Reply, SentRef } from '../../src/core/model';
import { type ChatAdapter, type EventHandler, settle } from '../../src/core/port';
import { translator } from '../../src/i18n';
import type { Logger } from '../../src/log';
import { toBetweenError } from './errors';
import { guardRequests, guardSocketFrames } from './guard';
import {
  parseBlockAction,
  parseDirectMessage,
  parseHomeOpened,
  parseReplyRoute,
  parseSlashCommand,
  parseUserChange,
  parseViewSubmission,
} from './parse';
import { createProfiles } from './profiles';
import { renderHome, renderMessage, renderModal } from './render';

export interface SlackAdapterConfig {
  readonly botToken: string;
  /** HTTP mode: requests to /slack/events are verified with it. */
  readonly signingSecret?: string;
  /** Socket Mode (no public URL needed): an app-level token with connections:write. */
  readonly appToken?: string;
  /** Web API base, e.g. for GovSlack, a proxy or tests. */
  readonly apiUrl?: string;
  /** HTTP mode's port; 0 picks a free one (tests). */
  readonly port: number;
  /** How long a Web API call may take before it counts as unanswered (default 10 s). */
  readonly requestTimeoutMs?: number;
  readonly log: Logger;
}

/** The scopes Between needs; the manifest in this folder asks for these and OPTIONAL_SCOPES. */
export const REQUIRED_SCOPES = ['commands', 'chat:write', 'im:write', 'im:history', 'files:write'] as const;
/**
 * Asked for, but an app installed without them still runs: `users:read` lets Between answer each
 * person in their Slack language, and on their Slack time zone, from the first message (members
 * can always choose their own).
 */
export const OPTIONAL_SCOPES = ['users:read'] as const;

const SLASH_COMMAND = '/between';
/** The longest Retry-After worth waiting for inside one Home-tab event. */
const HOME_RETRY_MAX_MS = 10_000;

/** A short private message, with a button that opens the form again. */
function notice(words: string, formId: string, label: string): Reply {
  return {
    kind: 'message',
    message: {
      fallback: words,
      elements: [
        { kind: 'text', text: words },
        { kind: 'buttons', buttons: [{ id: formId, label, style: 'primary' }] },
      ],
    },
  };
}

/** A view submission's answer that keeps the form open with errors beside its fields. */
type FormErrors = { response_action: 'errors'; errors: Record<string, string> };

/** The metadata event type that carries a message's key (see `post`). */
const METADATA_EVENT = 'between_message';

export interface SlackAdapter extends ChatAdapter {
  /** The HTTP port in use (HTTP mode), once started. */
  readonly port: number | undefined;
}

interface Origin {
  readonly teamId: string;
  readonly userId: string;
  /** Replies in place (ephemeral in channels); absent for the Home tab and modals. */
  readonly respond?: (message: Parameters<RespondFn>[0]) => Promise<unknown>;
  readonly triggerId?: string;
  readonly responseUrl?: string;
}

/**
 * Between in a Slack workspace, on Bolt: the `/between` command, Block Kit messages and
 * checkboxes in DMs, reflections in modals, an App Home tab, Socket Mode or HTTP.
 */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  if (!config.appToken && !config.signingSecret) {
    throw new BetweenError(
      'config_invalid',
      'Slack needs SLACK_APP_TOKEN (Socket Mode, no public URL) or SLACK_SIGNING_SECRET (HTTP mode) besides SLACK_BOT_TOKEN.',
    );
  }
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // The delivery worker owns retries and pacing; the client must report 429s, not sit on them,
    // and never resend a request on its own (Slack has no idempotency key: a resend can double).
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: config.requestTimeoutMs ?? 10_000,
  };
  const client = new WebClient(config.botToken, clientOptions);
  const dms = new Map<string, string>();
  const trustedResponseUrl = trustedHost(config.apiUrl);
  let app: App | undefined;
  /** The Socket Mode connection, when Between runs in Socket Mode. */
  let socketClient: SocketModeReceiver['client'] | undefined;
  let port: number | undefined;

  let profiles = createProfiles(client, config.log, false);

  async function checkToken(): Promise<{ botId: string; botUserId: string; readsUsers: boolean }> {
    let auth: Awaited<ReturnType<WebClient['auth']['test']>>;
    try {
      auth = await client.auth.test();
    } catch (error) {
      const reason = toBetweenError(error).message;
      throw new BetweenError(
        'config_invalid',
        `Slack refused SLACK_BOT_TOKEN (${reason}). Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.`,
        { cause: error },
      );
    }
    const granted = auth.response_metadata?.scopes;
    const missing = granted ? REQUIRED_SCOPES.filter((s) => !granted.includes(s)) : [];
    if (missing.length > 0) {
      throw new BetweenError(
        'config_invalid',
        `The Slack app is missing the scope(s) ${missing.join(', ')}. Add them under OAuth & Permissions (or paste adapters/slack/manifest.yml again) and reinstall the app to the workspace.`,
      );
    }
    if (!auth.bot_id || !auth.user_id) {
      throw new BetweenError('config_invalid', 'SLACK_BOT_TOKEN is not a bot token (use the xoxb- token).');
    }
    const readsUsers = OPTIONAL_SCOPES.every((scope) => granted?.includes(scope) ?? false);
    if (!readsUsers) {
      config.log.info(
        'The Slack app has no users:read scope, so Between answers everyone in English and on UTC until they choose a language and time zone. Paste adapters/slack/manifest.yml again and reinstall to add it.',
      );
    }
    return { botId: auth.bot_id, botUserId: auth.user_id, readsUsers };
  }

  async function dmChannel(teamId: string, userId: string): Promise<string> {
    const cached = dms.get(`${teamId}:${userId}`);
    if (cached) return cached;
    try {
      const opened = await client.conversations.open({ users: userId });
      const channel = opened.channel?.id;
      if (!channel) throw new BetweenError('dm_blocked', 'Slack opened no DM channel');
      dms.set(`${teamId}:${userId}`, channel);
      return channel;
    } catch (error) {
      throw toBetweenError(error);
    }
  }

  async function post(channel: string, message: OutgoingMessage, key?: string): Promise<string> {
    const { text, blocks } = renderMessage(message);
    let ts: string;
    try {
      const posted = await client.chat.postMessage({
        channel,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        // The message's key rides along, so that an unanswered post can be looked for instead of resent.
        ...(key ? { metadata: { event_type: METADATA_EVENT, event_payload: { key } } } : {}),
      });
      ts = posted.ts ?? '';
    } catch (error) {
      const failure = toBetweenError(error);
      if (failure.code !== 'uncertain' || !key) throw failure;
      ts = await lookFor(channel, key);
    }
    const files: string[] = [];
    try {
      await uploadFiles(channel, message, files);
      return encodeRef(ts, files);
    } catch (error) {
      // The text is posted: its reference (and any file already up) goes with the error, so that it can be taken back.
      const failure = toBetweenError(error);
      throw new BetweenError(failure.code, `${failure.message} (after the message was posted)`, {
        cause: error,
        sent: encodeRef(ts, files),
      });
    }
  }

  /**
   * After a post went unanswered: was it posted? Slack's history is consistent, so "not there"
   * means it is safe to send again; a failed look leaves it uncertain.
   */
  async function lookFor(channel: string, key: string): Promise<string> {
    let history: Awaited<ReturnType<WebClient['conversations']['history']>>;
    try {
      history = await client.conversations.history({ channel, limit: 50, include_all_metadata: true });
    } catch (error) {
      throw new BetweenError('uncertain', 'Slack did not answer, and its history could not be read', {
        cause: error,
      });
    }
    const found = history.messages?.find(
      (m) =>
        m.metadata?.event_type === METADATA_EVENT &&
        (m.metadata.event_payload as Record<string, unknown> | undefined)?.key === key,
    );
    if (found?.ts) return found.ts;
    throw new BetweenError('platform_unavailable', 'Slack did not answer and did not post');
  }

  /** Uploads the message's files to the channel, adding each file id to `ids` as soon as it exists. */
  async function uploadFiles(
    channel: string,
    message: OutgoingMessage,
    ids: string[] = [],
  ): Promise<string[]> {
    for (const element of message.elements) {
      if (element.kind !== 'file') continue;
      const body =
        typeof element.content === 'string'
          ? { content: element.content }
          : { file: Buffer.from(element.content) };
      const uploaded = (await client.files.uploadV2({
        channel_id: channel,
        filename: element.filename,
        title: element.filename,
        ...body,
      })) as { files?: { files?: { id?: string }[] }[] };
      ids.push(...(uploaded.files ?? []).flatMap((r) => r.files ?? []).flatMap((f) => (f.id ? [f.id] : [])));
    }
    return ids;
  }

  /** Delivers the core's reply the Slack way: in place and private where possible, else in the DM. */
  async function deliver(reply: Reply, origin: Origin): Promise<void> {
    // Between's own words around the answer, in the language of the person answered.
    const say = translator(reply.locale ?? 'en');
    switch (reply.kind) {
      case 'none':
        return;
      case 'form':
        if (origin.triggerId) {
          const metadata = JSON.stringify(origin.responseUrl ? { r: origin.responseUrl } : {});
          try {
            await client.views.open({
              trigger_id: origin.triggerId,
              view: renderModal(reply.form, metadata, reply.locale),
            });
          } catch (error) {
            // A trigger lives 3 seconds and cannot be used twice: say so, and offer the button again.
            config.log.warn({ code: toBetweenError(error).code }, 'slack could not open a form');
            await deliver(
              {
                ...notice(say('platform.slack.formFailed'), reply.form.id, reply.form.title),
                locale: reply.locale,
              },
              origin,
            );
          }
          return;
        }
        await deliver(
          {
            kind: 'message',
            message: {
              fallback: say('platform.useButtonAgain'),
              elements: [{ kind: 'text', text: say('platform.useButtonAgain') }],
            },
          },
          origin,
        );
        return;
      case 'form_errors':
        await deliver(
          {
            kind: 'message',
            message: {
              fallback: reply.notice?.fallback ?? say('platform.checkAnswer'),
              elements: [
                ...(reply.notice?.elements ?? []),
                ...Object.values(reply.errors).map((e) => ({ kind: 'text' as const, text: e })),
              ],
            },
          },
          origin,
        );
        return;
      case 'message':
      case 'update': {
        const { text, blocks } = renderMessage(reply.message);
        const hasFiles = reply.message.elements.some((e) => e.kind === 'file');
        if (origin.respond) {
          // Files first: the words that announce a file are said only once the file is there.
          if (hasFiles) {
            try {
              await uploadFiles(await dmChannel(origin.teamId, origin.userId), reply.message);
            } catch (error) {
              config.log.warn({ code: toBetweenError(error).code }, 'slack upload failed');
              await origin.respond({
                response_type: 'ephemeral',
                replace_original: false,
                text: say('platform.slack.uploadFailed'),
              });
              return;
            }
          }
          await origin.respond(
            reply.kind === 'update'
              ? { replace_original: true, text, blocks }
              : { response_type: 'ephemeral', replace_original: false, text, blocks },
          );
          return;
        }
        await post(await dmChannel(origin.teamId, origin.userId), reply.message);
      }
    }
  }

  async function handle(
    onEvent: EventHandler,
    event: InboundEvent,
    origin: Origin | undefined,
  ): Promise<void> {
    if (event.kind === 'unsupported') config.log.info({ reason: event.reason }, 'slack request not used');
    if (!origin) return;
    try {
      const reply = await onEvent(event);
      await settle(reply, () => deliver(reply, origin));
    } catch (error) {
      config.log.warn({ code: toBetweenError(error).code, kind: event.kind }, 'slack reply failed');
    }
  }

  /**
   * Where to answer an event: in place (Bolt's respond) when the request carried a well-formed
   * response URL, else in the member's DM. A request that names no member can only be answered in
   * place; without a response URL it is not answered at all.
   */
  function originOf(event: InboundEvent, raw: unknown, respond: RespondFn | undefined): Origin | undefined {
    const route = parseReplyRoute(raw);
    const inPlace = respond && route.responseUrl ? { respond, responseUrl: route.responseUrl } : undefined;
    if (!event.user) return inPlace ? { teamId: '', userId: '', ...inPlace } : undefined;
    return {
      teamId: event.user.workspaceId,
      userId: event.user.userId,
      ...(route.triggerId ? { triggerId: route.triggerId } : {}),
      ...inPlace,
    };
  }

  /** A listener's work, which never throws into Bolt: a failure for one request is logged calmly and ends there. */
  async function contained(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      config.log.warn(
        { code: toBetweenError(error).code, ...summarizeFault(error) },
        `slack ${what} failed: contained`,
      );
    }
  }

  function register(app: App, onEvent: EventHandler): void {
    app.command(SLASH_COMMAND, async ({ command, ack, respond }) =>
      contained('command', async () => {
        await ack();
        const event = await profiles.hint(parseSlashCommand(command), true);
        await handle(onEvent, event, originOf(event, command, respond));
      }),
    );

    app.action(/.*/, async ({ body, ack, respond }) =>
      contained('action', async () => {
        await ack();
        const event = await profiles.hint(parseBlockAction(body), true);
        await handle(onEvent, event, originOf(event, body, respond));
      }),
    );

    app.view(/.*/, async ({ ack, body }) =>
      // i18n-exempt: what failed, for the log
      contained('view submission', async () => {
        // Slack waits for exactly one acknowledgement; whatever fails below, it gets one.
        let acked = false;
        const acknowledge = async (response?: FormErrors) => {
          acked = true;
          await (response ? ack(response) : ack());
        };
        try {
          await submitted(body, acknowledge, onEvent);
        } finally {
          if (!acked) await ack();
        }
      }),
    );

    app.event('message', async ({ event, body }) =>
      contained('message', async () => {
        const message = parseDirectMessage(event, (body as { team_id?: unknown }).team_id);
        if (message?.kind !== 'message') return;
        const parsed = await profiles.hint(message, true);
        await handle(onEvent, parsed, { teamId: parsed.user.workspaceId, userId: parsed.user.userId });
      }),
    );

    // A person's profile changed: a new time zone moves their schedule (unless they set their
    // own), and their language is looked up again at their next event.
    app.event('user_change', async ({ event, body }) =>
      contained('profile', async () => {
        const changed = parseUserChange(event, (body as { team_id?: unknown }).team_id);
        if (!changed) return;
        profiles.forget(changed.user.workspaceId, changed.user.userId);
        await onEvent(changed);
      }),
    );

    app.event('app_home_opened', async ({ event, body }) =>
      contained('home', async () => {
        const home = parseHomeOpened(event, (body as { team_id?: unknown }).team_id);
        if (!home?.user) return;
        const opened = await profiles.hint(home, true);
        const userId = home.user.userId;
        try {
          const reply = await onEvent(opened);
          if (reply.kind !== 'message') return;
          const view = renderHome(reply.message);
          await client.views.publish({ user_id: userId, view }).catch(async (error: unknown) => {
            // Publishing the Home tab again is harmless: after one short rate limit, try once more.
            const failure = toBetweenError(error);
            if (failure.code !== 'rate_limited' || (failure.retryAfterMs ?? 0) > HOME_RETRY_MAX_MS)
              throw error;
            await new Promise((resolve) => setTimeout(resolve, failure.retryAfterMs));
            await client.views.publish({ user_id: userId, view });
          });
        } catch (error) {
          config.log.warn({ code: toBetweenError(error).code }, 'slack home failed');
        }
      }),
    );

    // Our listeners catch their own failures: what reaches here is Bolt failing on a request it could not route.
    app.error(async (error) => {
      config.log.warn({ code: toBetweenError(error).code, ...summarizeFault(error) }, 'slack handler error');
    });
  }

  async function submitted(
    body: unknown,
    ack: (response?: FormErrors) => Promise<void>,
    onEvent: EventHandler,
  ): Promise<void> {
    // Slack is still waiting for this one's acknowledgement: only a profile already known.
    const event = await profiles.hint(parseViewSubmission(body), false);
    if (event.kind !== 'form_submit') {
      if (event.kind === 'unsupported') config.log.info({ reason: event.reason }, 'slack request not used');
      await ack();
      return;
    }
    const reply = await onEvent(event);
    const dm = { teamId: event.user.workspaceId, userId: event.user.userId };
    if (reply.kind === 'form_errors') {
      // The form stays open with its errors; a notice (the crisis card) goes to the DM beside it.
      await ack({ response_action: 'errors', errors: { ...reply.errors } });
      const notice = reply.notice;
      if (notice) {
        await settle(reply, async () => {
          await post(await dmChannel(dm.teamId, dm.userId), notice);
        }).catch((error: unknown) => {
          config.log.warn({ code: toBetweenError(error).code }, 'slack notice beside a form failed');
        });
      }
      return;
    }
    await ack();
    const responseUrl = parseMetadata(
      (body as { view?: { private_metadata?: string } }).view?.private_metadata,
    ).r;
    const respond = responseUrl && trustedResponseUrl(responseUrl) ? postTo(responseUrl) : undefined;
    try {
      await settle(reply, () =>
        deliver(reply, { ...dm, ...(respond && responseUrl ? { respond, responseUrl } : {}) }),
      );
    } catch (error) {
      config.log.warn({ code: toBetweenError(error).code }, 'slack reply after a modal failed');
    }
  }

  return {
    platform: 'slack',
    get port() {
      return port;
    },
    async start(onEvent) {
      const { readsUsers, ...ids } = await checkToken();
      profiles = createProfiles(client, config.log, readsUsers);
      const logger = boltLogger(config.log);
      const signingSecret = config.signingSecret ?? '';
      let receiver: HTTPReceiver | SocketModeReceiver;
      if (config.appToken) {
        const socket = new SocketModeReceiver({
          appToken: config.appToken,
          logger,
          logLevel: LogLevel.WARN,
          // The Socket Mode client opens its connection with these (the API URL, in tests).
          installerOptions: { clientOptions },
          // An envelope Bolt failed on would fail the same way when Slack sent it again: acknowledged.
          processEventErrorHandler: async ({ error }) => {
            config.log.warn({ ...summarizeFault(error) }, 'slack envelope failed in Bolt: acknowledged');
            return true;
          },
        });
        guardSocketFrames(socket.client, config.log);
        socketClient = socket.client;
        receiver = socket;
      } else {
        const http = new HTTPReceiver({ signingSecret, logger, logLevel: LogLevel.WARN });
        http.requestListener = guardRequests(http.requestListener, signingSecret, config.log);
        receiver = http;
      }
      app = new App({
        token: config.botToken,
        ...ids,
        receiver,
        clientOptions,
        logger,
        logLevel: LogLevel.WARN,
      });
      register(app, onEvent);
      const server = config.appToken ? await app.start() : await app.start(config.port);
      const address = (server as { address?: () => AddressInfo | string | null } | undefined)?.address?.();
      port = typeof address === 'object' && address ? address.port : undefined;
      config.log.info({ mode: config.appToken ? 'socket' : 'http', port }, 'slack adapter started');
    },
    async stop() {
      const running = app;
      app = undefined;
      socketClient = undefined;
      await running?.stop();
    },
    connected() {
      // Socket Mode: the socket is open (the client reconnects by itself); HTTP: the server listens.
      return socketClient ? (socketClient.websocket?.isActive() ?? false) : app !== undefined;
    },
    async openDm(user) {
      return encodeAddress({
        platform: 'slack',
        teamId: user.workspaceId,
        channelId: await dmChannel(user.workspaceId, user.userId),
      });
    },
    async send(to: Address, message, options): Promise<SentRef> {
      const parts = decodeAddress(to);
      if (parts.platform !== 'slack') throw new BetweenError('validation', `not a Slack address: ${to}`);
      return { address: to, messageId: await post(parts.channelId, message, options?.key) };
    },
    async update(ref, message) {
      const parts = decodeAddress(ref.address);
      if (parts.platform !== 'slack')
        throw new BetweenError('validation', `not a Slack address: ${ref.address}`);
      const { text, blocks } = renderMessage(message);
      try {
        await client.chat.update({ channel: parts.channelId, ts: decodeRef(ref.messageId).ts, text, blocks });
      } catch (error) {
        throw toBetweenError(error);
      }
    },
    async remove(ref) {
      const parts = decodeAddress(ref.address);
      if (parts.platform !== 'slack')
        throw new BetweenError('validation', `not a Slack address: ${ref.address}`);
      const { ts, files } = decodeRef(ref.messageId);
      try {
        await client.chat.delete({ channel: parts.channelId, ts });
        for (const file of files) await client.files.delete({ file });
      } catch (error) {
        throw toBetweenError(error);
      }
    },
  };
}

/** Only Slack's own response URLs (or the configured API host, for GovSlack and tests) are posted to. */
function trustedHost(apiUrl: string | undefined) {
  const hosts = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);
  if (apiUrl) hosts.add(new URL(apiUrl).host);
  return (url: string) => URL.canParse(url) && hosts.has(new URL(url).host);
}

/** A respond function for a response_url kept in a modal's metadata (Bolt gives none for views). */
function postTo(url: string): (message: Parameters<RespondFn>[0]) => Promise<unknown> {
  return async (message) => {
    const body = typeof message === 'string' ? { text: message } : message;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new BetweenError('platform_unavailable', `response_url answered ${response.status}`);
    return undefined;
  };
}

/** A sent message's reference: its timestamp, plus the ids of files uploaded with it (`ts~F1,F2`). */
export function encodeRef(ts: string, files: readonly string[]): string {
  return files.length > 0 ? `${ts}~${files.join(',')}` : ts;
}

export function decodeRef(messageId: string): { ts: string; files: string[] } {
  const [ts = '', files = ''] = messageId.split('~');
  return { ts, files: files ? files.split(',') : [] };
}

function parseMetadata(raw: string | undefined): { r?: string } {
  try {
    const value = JSON.parse(raw ?? '{}') as unknown;
    if (typeof value === 'object' && value !== null && typeof (value as { r?: unknown }).r === 'string') {
      return { r: (value as { r: string }).r };
    }
  } catch {
    // Metadata is ours; anything unreadable is treated as absent.
  }
  return {};
}

/** Bolt's logger interface over pino, passing on only Bolt's own words (never payloads or objects). */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const say =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...messages: unknown[]) => {
      const first = messages.find((m) => typeof m === 'string');
      // Bolt's words only: what follows a ':', a quote, '{' or '(' may quote a request, so it is cut.
      const words = typeof first === 'string' ? (first.split(/[:{("'`]/)[0] ?? '').trim().slice(0, 200) : '';
      // i18n-exempt: a log line
      log[method]({ source: 'bolt' }, words || 'bolt message');
    };
  return {
    debug: say('debug'),
    info: say('info'),
    warn: say('warn'),
    error: say('error'),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
