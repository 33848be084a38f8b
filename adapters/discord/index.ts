import { randomUUID } from 'node:crypto';
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  type Message,
  MessageFlags,
  type ModalSubmitInteraction,
  Partials,
  RateLimitError,
  Status,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { InteractionResponseType, Routes } from 'discord-api-types/v10';
import { decodeAddress, encodeAddress } from '../../src/core/address';
import { BetweenError } from '../../src/core/errors';
import { summarizeFault } from '../../src/core/fault';
import type { Address, InboundEvent, OutgoingMessage, Reply, SentRef, UserRef } from '../../src/core/model';
import { type ChatAdapter, type EventHandler, settle } from '../../src/core/port';
import { type Locale, translator } from '../../src/i18n';
import type { Logger } from '../../src/log';
import { betweenCommand } from './commands';
import { guardGateway, type Reading, type SetAside } from './gateway';
import { CANNOT_DM, RECIPIENT_GONE } from './limits';
import { parseCommand, parseComponent, parseDirectMessage, parseModal, userRef } from './parse';
import { type RenderedMessage, renderMessage, renderModal } from './render';
import type { OwnInteraction } from './schema';

export interface DiscordAdapterConfig {
  readonly token: string;
  /** REST base (a REST proxy for large bots, or tests); discord.js adds the version. */
  readonly apiUrl?: string;
  /** The community's own server: commands are registered there (instantly) and DMs belong to it. */
  readonly guildId?: string;
  readonly log: Logger;
  /** How long an interaction may take before it is deferred (Discord allows 3 s for the first reply). */
  readonly deferAfterMs?: number;
  /** How long discord.js waits for an answer before it gives up and retries (its default: 15 s). */
  readonly restTimeoutMs?: number;
}

type Answerable =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction
  | ModalSubmitInteraction;

const MEMBERSHIP_TTL_MS = 10 * 60_000;
const isAnswerable = (interaction: Interaction): interaction is Answerable =>
  interaction.isChatInputCommand() ||
  interaction.isButton() ||
  interaction.isStringSelectMenu() ||
  interaction.isModalSubmit();

/** Turns a discord.js error into the coded error the delivery worker understands. */
export function toBetweenError(error: unknown): BetweenError {
  if (error instanceof BetweenError) return error;
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    if (code === CANNOT_DM)
      return new BetweenError('dm_blocked', 'Discord 50007: cannot send messages to this user', {
        cause: error,
      });
    if (RECIPIENT_GONE.has(code))
      return new BetweenError('recipient_gone', `Discord ${code}`, { cause: error });
    if (error.status === 429)
      return new BetweenError('rate_limited', 'Discord 429', { cause: error, retryAfterMs: 1000 });
    if (error.status >= 500)
      return new BetweenError('platform_unavailable', `Discord ${error.status}`, { cause: error });
    return new BetweenError('internal', `Discord ${code}`, { cause: error });
  }
  if (error instanceof RateLimitError) {
    return new BetweenError('rate_limited', 'Discord rate limit', {
      cause: error,
      retryAfterMs: error.retryAfter,
    });
  }
  if (error instanceof HTTPError) {
    return new BetweenError('platform_unavailable', `Discord HTTP ${error.status}`, { cause: error });
  }
  return new BetweenError('platform_unavailable', 'Discord could not be reached', { cause: error });
}

/** The REST body of a message (snake_case, as the API takes it). */
const body = (rendered: RenderedMessage) => ({
  content: rendered.content,
  embeds: rendered.embeds,
  components: rendered.components,
  allowed_mentions: rendered.allowed_mentions,
});

/** The same message as discord.js interaction reply options (camelCase). */
const replyOptions = (rendered: RenderedMessage) => ({
  content: rendered.content,
  embeds: rendered.embeds,
  components: rendered.components,
  files: rendered.files.map((f) => ({ attachment: f.data, name: f.name })),
  allowedMentions: { parse: [] },
});

/**
 * Between for a Discord community, on discord.js: `/between` with ephemeral replies in servers,
 * prompts in DMs, the checklist as a string select, reflections in modals.
 */
export function createDiscordAdapter(
  config: DiscordAdapterConfig,
): ChatAdapter & { readonly client: Client } {
  const client = new Client({
    // Interactions need no privileged intent; DM messages arrive with DirectMessages (+ the Channel partial).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    // discord.js retries a request that timed out or met a 5xx; every message create carries a nonce
    // with enforce_nonce, so such a retry returns the first message instead of posting a second.
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      ...(config.restTimeoutMs ? { timeout: config.restTimeoutMs } : {}),
    },
  });
  const dms = new Map<string, string>();
  const home = config.guildId;

  async function answer(interaction: Answerable, reply: Reply, deferred: boolean): Promise<void> {
    const ephemeral = { flags: MessageFlags.Ephemeral } as const;
    // Between's own words around the answer, in the language of the person answered.
    const say = translator(reply.locale ?? 'en');
    const send = async (rendered: RenderedMessage) => {
      if (deferred) await interaction.editReply(replyOptions(rendered));
      else await interaction.reply({ ...replyOptions(rendered), ...ephemeral });
    };
    switch (reply.kind) {
      case 'none':
        if (!deferred) await interaction.reply({ content: say('platform.done'), ...ephemeral });
        return;
      case 'form':
        if (!deferred && !interaction.isModalSubmit()) {
          await interaction.showModal(renderModal(reply.form));
          return;
        }
        // A modal cannot follow a deferral or another modal: offer a button that opens it.
        await send(
          renderMessage({
            fallback: say('platform.openForm'),
            elements: [
              {
                kind: 'buttons',
                buttons: [{ id: reply.form.id, label: say('platform.openForm'), style: 'primary' }],
              },
            ],
          }),
        );
        return;
      case 'form_errors':
        // A Discord modal closes on submit: its errors (and any notice, such as the crisis card) come as a reply.
        await send(
          renderMessage({
            fallback: reply.notice?.fallback ?? say('platform.checkAnswer'),
            elements: [
              ...(reply.notice?.elements ?? []),
              ...Object.values(reply.errors).map((text) => ({ kind: 'text' as const, text })),
            ],
          }),
        );
        return;
      case 'update':
        if (
          !deferred &&
          (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage()))
        ) {
          await interaction.update(replyOptions(renderMessage(reply.message, reply.locale)));
          return;
        }
        await send(renderMessage(reply.message, reply.locale));
        return;
      case 'message':
        await send(renderMessage(reply.message, reply.locale));
    }
  }

  /**
   * Runs the core; if it is slow, defers first so that Discord's 3-second window is kept. An
   * interaction is either answered directly or deferred and then edited, never both half-way: when
   * the work ends while the deferral is still on its way, the answer waits for Discord to confirm it.
   */
  async function respond(interaction: Answerable, event: InboundEvent, onEvent: EventHandler): Promise<void> {
    let deferring: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      deferring = interaction.deferReply({ flags: MessageFlags.Ephemeral }).catch((error: unknown) => {
        config.log.warn({ code: toBetweenError(error).code }, 'discord deferral failed');
      });
    }, config.deferAfterMs ?? 2000);
    let reply: Reply;
    try {
      reply = await onEvent(event);
    } finally {
      clearTimeout(timer);
    }
    if (deferring) await deferring;
    await settle(reply, () => answer(interaction, reply, interaction.deferred));
  }

  /** Who is a member of the community's server, asked of Discord and remembered for a while. */
  const membership = new Map<string, { member: boolean; at: number }>();

  /**
   * With a community server configured, a DM belongs to it only if the person is a member: asked of
   * Discord (10007 "Unknown Member" means not), remembered for ten minutes. Without one, every DM is
   * welcome (global commands, and the person chooses).
   */
  async function isHomeMember(userId: string): Promise<boolean> {
    if (!home) return true;
    const known = membership.get(userId);
    if (known && Date.now() - known.at < MEMBERSHIP_TTL_MS) return known.member;
    let member = true;
    try {
      await client.rest.get(Routes.guildMember(home, userId));
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.code === 10007)) throw error;
      member = false;
    }
    membership.set(userId, { member, at: Date.now() });
    return member;
  }

  /**
   * The event as the core should see it: a DM from someone outside the community's server is
   * marked so (the core screens it, answers, and keeps nothing).
   */
  async function checked<E extends InboundEvent>(event: E): Promise<E> {
    if (
      !home ||
      event.visibility !== 'dm' ||
      !('user' in event) ||
      !event.user ||
      event.kind === 'unsupported'
    )
      return event;
    try {
      return (await isHomeMember(event.user.userId)) ? event : { ...event, outsider: 'not-a-member' };
    } catch (error) {
      config.log.warn({ code: toBetweenError(error).code }, 'discord membership check failed');
      return { ...event, outsider: 'unconfirmed' };
    }
  }

  /** The event an interaction means, from what the schema read of it (never from discord.js's objects). */
  function eventOf(reading: OwnInteraction, raw: unknown): InboundEvent {
    switch (reading.kind) {
      case 'command':
        return named(parseCommand(reading.input, home, raw));
      case 'component':
        return named(parseComponent(reading.input, home, raw));
      case 'modal':
        return named(parseModal(reading.input, home, raw));
    }
  }

  /** The event with its server's name as the gateway last gave it, so the core can name the community. */
  function named<E extends InboundEvent>(event: E): E {
    if (!('user' in event) || !event.user?.workspaceId) return event;
    const name = client.guilds.cache.get(event.user.workspaceId)?.name;
    return name ? { ...event, user: { ...event.user, workspaceName: name } } : event;
  }

  async function onInteraction(
    interaction: Interaction,
    reading: Reading | undefined,
    onEvent: EventHandler,
  ): Promise<void> {
    if (!isAnswerable(interaction)) return;
    if (!reading || reading.kind === 'message') {
      // Cannot happen while the gateway guard reads every interaction first; answered kindly if it does.
      config.log.warn({ type: interaction.type }, 'discord interaction without a reading: not used');
      const unread = {
        kind: 'unsupported',
        visibility: 'channel',
        reason: 'unread',
        raw: interaction,
      } as const;
      await respond(interaction, unread, onEvent).catch((error: unknown) => {
        config.log.warn({ code: toBetweenError(error).code }, 'discord interaction failed');
      });
      return;
    }
    try {
      await respond(interaction, await checked(eventOf(reading, interaction)), onEvent);
    } catch (error) {
      config.log.warn(
        { code: toBetweenError(error).code, type: interaction.type },
        'discord interaction failed',
      );
    }
  }

  /**
   * An interaction that reached no handler (unreadable, not Between's, or one discord.js choked
   * on) still gets the core's kind answer for an unsupported event, privately, when Discord waits
   * for one. Nothing of the payload is used.
   */
  async function answerSetAside(aside: SetAside, onEvent: EventHandler): Promise<void> {
    const to = aside.reply;
    if (!to) return;
    const reply = await onEvent({
      kind: 'unsupported',
      ...(aside.kind === 'not_ours' ? { user: userRef(aside.context, home) } : {}),
      visibility: 'channel',
      // i18n-exempt: a reason for the log
      reason: aside.kind === 'not_ours' ? aside.reason : 'unreadable interaction',
      raw: aside.raw,
    });
    if (reply.kind !== 'message' && reply.kind !== 'update') return;
    await settle(reply, async () => {
      await client.rest.post(Routes.interactionCallback(to.id, to.token), {
        body: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { ...body(renderMessage(reply.message, reply.locale)), flags: MessageFlags.Ephemeral },
        },
        auth: false,
      });
    });
  }

  async function onMessage(reading: Reading | undefined, raw: Message, onEvent: EventHandler): Promise<void> {
    if (reading?.kind !== 'message') return;
    const parsed = parseDirectMessage(reading.input, home, raw);
    if (!parsed) return;
    const event = named(parsed);
    try {
      const reply = await onEvent(await checked(event));
      if (reply.kind !== 'message' && reply.kind !== 'update') return;
      await settle(reply, async () => {
        await client.rest.post(Routes.channelMessages(reading.channelId), {
          body: {
            ...body(renderMessage(reply.message, reply.locale)),
            nonce: randomNonce(),
            enforce_nonce: true,
          },
        });
      });
    } catch (error) {
      config.log.warn({ code: toBetweenError(error).code }, 'discord DM reply failed');
    }
  }

  async function registerCommands(): Promise<void> {
    const application = client.application;
    if (!application) throw new BetweenError('platform_unavailable', 'Discord sent no application on READY');
    // A bulk overwrite: registering the same definition again changes nothing.
    if (home) await application.commands.set([betweenCommand()], home);
    else await application.commands.set([betweenCommand()]);
    if (client.guilds.cache.size === 0) {
      config.log.warn(
        {
          invite: `https://discord.com/oauth2/authorize?client_id=${application.id}&scope=bot%20applications.commands&permissions=0`,
        },
        'the bot is in no server yet: open this invite link to add it (it needs no permissions: it speaks in DMs and private replies)',
      );
    }
  }

  const sendTo = async (
    channelId: string,
    message: OutgoingMessage,
    key?: string,
    locale?: Locale,
  ): Promise<string> => {
    const rendered = renderMessage(message, locale);
    try {
      const sent = (await client.rest.post(Routes.channelMessages(channelId), {
        body: { ...body(rendered), nonce: key ?? randomNonce(), enforce_nonce: true },
        ...(rendered.files.length > 0 ? { files: rendered.files } : {}),
      })) as { id: string };
      return sent.id;
    } catch (error) {
      throw toBetweenError(error);
    }
  };

  return {
    platform: 'discord',
    client,
    async start(onEvent) {
      // Handlers never throw into discord.js: each event's failure is caught and logged calmly.
      const calm = (what: string) => (error: unknown) =>
        config.log.warn({ ...summarizeFault(error) }, `discord ${what} failed`);
      const gateway = guardGateway(client, config.log, (aside) => {
        // i18n-exempt: what failed, for the log
        answerSetAside(aside, onEvent).catch(calm('kind answer to an unusable interaction'));
      });
      client.on(Events.InteractionCreate, (interaction) => {
        onInteraction(interaction, gateway.take(interaction.id), onEvent).catch(calm('interaction'));
      });
      client.on(Events.MessageCreate, (message) => {
        onMessage(gateway.take(message.id), message, onEvent).catch(calm('DM'));
      });
      client.on(Events.Error, calm('client'));
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(config.token);
      } catch (error) {
        throw new BetweenError(
          'config_invalid',
          'Discord refused DISCORD_TOKEN. Copy the bot token from the Developer Portal (your application → Bot → Reset Token).',
          { cause: error },
        );
      }
      await ready;
      await registerCommands();
      config.log.info(
        { guilds: client.guilds.cache.size, commands: home ? 'guild' : 'global' },
        'discord adapter started',
      );
    },
    async stop() {
      await client.destroy();
    },
    connected() {
      // Each shard's own state: the manager's stays "ready" once it has been, through reconnects.
      const shards = [...client.ws.shards.values()];
      return shards.length > 0 && shards.every((shard) => shard.status === Status.Ready);
    },
    async openDm(user: UserRef): Promise<Address> {
      let channelId = dms.get(user.userId);
      if (!channelId) {
        try {
          const channel = (await client.rest.post(Routes.userChannels(), {
            body: { recipient_id: user.userId },
          })) as { id: string };
          channelId = channel.id;
        } catch (error) {
          throw toBetweenError(error);
        }
        dms.set(user.userId, channelId);
      }
      return encodeAddress({ platform: 'discord', kind: 'dm', channelId });
    },
    async send(to, message, options): Promise<SentRef> {
      const parts = decodeAddress(to);
      if (parts.platform !== 'discord') throw new BetweenError('validation', `not a Discord address: ${to}`);
      return {
        address: to,
        messageId: await sendTo(parts.channelId, message, options?.key, options?.locale),
      };
    },
    async update(ref, message) {
      const parts = decodeAddress(ref.address);
      if (parts.platform !== 'discord')
        throw new BetweenError('validation', `not a Discord address: ${ref.address}`);
      try {
        await client.rest.patch(Routes.channelMessage(parts.channelId, ref.messageId), {
          body: body(renderMessage(message)),
        });
      } catch (error) {
        throw toBetweenError(error);
      }
    },
    async remove(ref) {
      const parts = decodeAddress(ref.address);
      if (parts.platform !== 'discord')
        throw new BetweenError('validation', `not a Discord address: ${ref.address}`);
      try {
        await client.rest.delete(Routes.channelMessage(parts.channelId, ref.messageId));
      } catch (error) {
        throw toBetweenError(error);
      }
    },
  };
}

/** A nonce for a message that has no lasting key (a reply): still one message however often discord.js retries. */
function randomNonce(): string {
  return randomUUID().replaceAll('-', '').slice(0, 25);
}
