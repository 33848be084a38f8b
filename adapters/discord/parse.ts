import type { InboundEvent, UserRef } from '../../src/core/model';

/**
 * Discord interactions → neutral events. The inputs are the few fields Between reads, taken from
 * gateway payloads that `schema.ts` has checked; anything unexpected becomes `unsupported`.
 */

/** Where an interaction happened: a server (guild) or the member's DMs with the bot. */
export interface DiscordContext {
  readonly userId: string;
  readonly guildId: string | null;
  /** The member's server role ids (for the facilitator role); absent in DMs. */
  readonly roles?: readonly string[];
  /** The language of the person's Discord client (`es-ES`, `en-US`), sent with every interaction. */
  readonly locale?: string;
}

/**
 * The member behind a Discord user. In a server it is that server's member; in DMs (where Discord
 * says nothing about servers) it is the community Between serves (`homeGuildId`), or, without
 * one, '' (the core then finds the server where this user is already a member).
 */
export function userRef(context: DiscordContext, homeGuildId: string | undefined): UserRef {
  return {
    platform: 'discord',
    workspaceId: context.guildId ?? homeGuildId ?? '',
    userId: context.userId,
    ...(context.roles ? { roles: context.roles } : {}),
    ...(context.locale ? { locale: context.locale } : {}),
  };
}

const visibility = (context: DiscordContext) => (context.guildId ? ('channel' as const) : ('dm' as const));

export interface CommandInput extends DiscordContext {
  readonly commandName: string;
  readonly subcommand: string | null;
  /** Options of the subcommand, in order: strings, or a user id for user options. */
  readonly options: readonly {
    readonly name: string;
    readonly type: 'string' | 'user';
    readonly value: string;
  }[];
}

export function parseCommand(
  input: CommandInput,
  homeGuildId: string | undefined,
  raw: unknown,
): InboundEvent {
  if (input.commandName !== 'between' || !input.subcommand) {
    return {
      kind: 'unsupported',
      user: userRef(input, homeGuildId),
      visibility: visibility(input),
      // The reason reaches the logs: the command's name only if it looks like a command name.
      reason: `command ${/^[a-z0-9_-]{1,32}$/.test(input.commandName) ? input.commandName : '(other)'}`,
      raw,
    };
  }
  const words = input.options.map((o) => (o.type === 'user' ? `<@${o.value}>` : o.value.trim()));
  return {
    kind: 'command',
    user: userRef(input, homeGuildId),
    visibility: visibility(input),
    text: [input.subcommand, ...words].filter(Boolean).join(' '),
    raw,
  };
}

export interface ComponentInput extends DiscordContext {
  readonly customId: string;
  readonly kind: 'button' | 'string_select' | 'other';
  readonly values: readonly string[];
}

export function parseComponent(
  input: ComponentInput,
  homeGuildId: string | undefined,
  raw: unknown,
): InboundEvent {
  const user = userRef(input, homeGuildId);
  if (input.kind === 'other') {
    return { kind: 'unsupported', user, visibility: visibility(input), reason: 'component_type', raw };
  }
  return {
    kind: 'action',
    user,
    visibility: visibility(input),
    actionId: input.customId,
    values: input.kind === 'string_select' ? [...input.values] : [],
    raw,
  };
}

export interface ModalInput extends DiscordContext {
  readonly customId: string;
  readonly fields: readonly { readonly customId: string; readonly value: string }[];
}

export function parseModal(input: ModalInput, homeGuildId: string | undefined, raw: unknown): InboundEvent {
  return {
    kind: 'form_submit',
    user: userRef(input, homeGuildId),
    visibility: 'dm',
    formId: input.customId,
    fields: Object.fromEntries(input.fields.map((f) => [f.customId, f.value])),
    raw,
  };
}

export interface MessageInput {
  readonly authorId: string;
  readonly authorIsBot: boolean;
  readonly inDm: boolean;
  readonly content: string;
}

/** A message a member typed in their DM with the bot; anything else is not ours to answer. */
export function parseDirectMessage(
  input: MessageInput,
  homeGuildId: string | undefined,
  raw: unknown,
): InboundEvent | undefined {
  if (!input.inDm || input.authorIsBot) return undefined;
  return {
    kind: 'message',
    user: userRef({ userId: input.authorId, guildId: null }, homeGuildId),
    visibility: 'dm',
    text: input.content,
    raw,
  };
}
