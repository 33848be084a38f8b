import { z } from 'zod';
import type { CommandInput, ComponentInput, DiscordContext, MessageInput, ModalInput } from './parse';

/**
 * The gateway payloads Between reads (INTERACTION_CREATE, MESSAGE_CREATE), checked before anything
 * reads them: before discord.js builds its objects from them, and before Between's parsers. The
 * schemas are loose (unknown fields pass, so that a field Discord adds tomorrow breaks nothing) but
 * every field that discord.js or Between reads must have the type Discord documents: discord.js
 * trusts the gateway and throws on a payload that breaks its shape.
 */

const snowflake = z.string().regex(/^\d{1,20}$/);
/** A permission bit set, as Discord sends it: a decimal string. */
const bits = z.string().regex(/^\d{1,40}$/);
const timestamp = z.string().max(64);
const short = z.string().max(256);
/** Interaction tokens go into REST paths: nothing but URL-safe characters. */
const token = z.string().regex(/^[A-Za-z0-9._=-]{1,1000}$/);
const int = z
  .number()
  .int()
  .min(-(2 ** 53))
  .max(2 ** 53);

const user = z.looseObject({
  id: snowflake,
  username: z.string().max(100).optional(),
  global_name: z.string().max(100).nullish(),
  discriminator: z.string().max(8).optional(),
  avatar: short.nullish(),
  banner: short.nullish(),
  accent_color: int.nullish(),
  bot: z.boolean().optional(),
  system: z.boolean().optional(),
  flags: int.optional(),
  public_flags: int.optional(),
  avatar_decoration_data: z.looseObject({ asset: short, sku_id: snowflake.optional() }).nullish(),
  collectibles: z.looseObject({}).nullish(),
  primary_guild: z
    .looseObject({
      identity_guild_id: snowflake.nullish(),
      identity_enabled: z.boolean().nullish(),
      tag: short.nullish(),
      badge: short.nullish(),
    })
    .nullish(),
});

/** A member without its user (as in `resolved.members`). */
const memberFields = {
  roles: z.array(snowflake).max(500),
  nick: z.string().max(100).nullish(),
  avatar: short.nullish(),
  banner: short.nullish(),
  joined_at: timestamp.nullish(),
  premium_since: timestamp.nullish(),
  communication_disabled_until: timestamp.nullish(),
  pending: z.boolean().optional(),
  deaf: z.boolean().optional(),
  mute: z.boolean().optional(),
  flags: int.optional(),
  permissions: bits.optional(),
  avatar_decoration_data: z.looseObject({ asset: short, sku_id: snowflake.optional() }).nullish(),
};
const member = z.looseObject({ user, ...memberFields });
const partialMember = z.looseObject(memberFields);

const channel = z.looseObject({
  id: snowflake,
  type: z.number().int().min(0).max(1000),
  guild_id: snowflake.optional(),
  name: z.string().max(200).nullish(),
  position: int.optional(),
  parent_id: snowflake.nullish(),
  topic: z.string().max(4096).nullish(),
  nsfw: z.boolean().optional(),
  last_message_id: snowflake.nullish(),
  last_pin_timestamp: timestamp.nullish(),
  rate_limit_per_user: int.optional(),
  flags: int.optional(),
  permissions: bits.optional(),
  permission_overwrites: z
    .array(z.looseObject({ id: snowflake, type: int, allow: bits, deny: bits }))
    .max(500)
    .optional(),
  recipients: z.array(user).max(10).optional(),
});

const entitlement = z.looseObject({
  id: snowflake,
  sku_id: snowflake,
  application_id: snowflake,
  type: int,
  deleted: z.boolean(),
  user_id: snowflake.optional(),
  guild_id: snowflake.optional(),
  starts_at: timestamp.nullish(),
  ends_at: timestamp.nullish(),
  consumed: z.boolean().optional(),
});

const looseItems = (max: number) => z.array(z.looseObject({})).max(max);

/**
 * A component of a message: an action row (type 1) holds its components, as discord.js expects.
 * The messages of refinements here are codes for a debugger: only the path is ever logged (`fieldOf`).
 */
const messageComponent = z
  .looseObject({
    type: int,
    components: z
      .array(z.looseObject({ type: int }))
      .max(40)
      .optional(),
  })
  .refine((c) => c.type !== 1 || c.components !== undefined, {
    message: 'action_row_without_components',
    path: ['components'],
  });

const message = z.looseObject({
  id: snowflake,
  channel_id: snowflake,
  author: user.optional(),
  content: z.string().max(4000).optional(),
  type: int.optional(),
  timestamp: timestamp.optional(),
  edited_timestamp: timestamp.nullish(),
  tts: z.boolean().optional(),
  pinned: z.boolean().optional(),
  flags: int.optional(),
  nonce: z.union([z.string().max(64), int]).optional(),
  webhook_id: snowflake.optional(),
  application_id: snowflake.optional(),
  guild_id: snowflake.optional(),
  mention_everyone: z.boolean().optional(),
  mentions: z.array(user).max(100).optional(),
  mention_roles: z.array(snowflake).max(250).optional(),
  mention_channels: looseItems(100).optional(),
  attachments: z
    .array(z.looseObject({ id: snowflake, filename: short, url: z.string().max(2048), size: int }))
    .max(10)
    .optional(),
  embeds: looseItems(10).optional(),
  components: z.array(messageComponent).max(40).optional(),
  reactions: z
    .array(
      z.looseObject({ count: int, emoji: z.looseObject({ id: snowflake.nullish(), name: short.nullish() }) }),
    )
    .max(20)
    .optional(),
  sticker_items: z
    .array(z.looseObject({ id: snowflake, name: short }))
    .max(3)
    .optional(),
  stickers: z
    .array(z.looseObject({ id: snowflake, name: short }))
    .max(3)
    .optional(),
  message_snapshots: z
    .array(z.looseObject({ message: z.looseObject({}) }))
    .max(5)
    .optional(),
  position: int.optional(),
  interaction_metadata: z.looseObject({ id: snowflake, type: int, user: user.optional() }).nullish(),
  member: partialMember.optional(),
});

// ---------------------------------------------------------------- interactions

/** Three levels are all Discord allows: group → subcommand → option (discord.js walks any `options`). */
const leafOption = z.looseObject({
  name: z.string().min(1).max(32),
  type: z.number().int().min(1).max(11),
  value: z.union([z.string().max(6000), z.number().finite(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  options: z.array(z.never()).max(0).optional(),
});
const midOption = leafOption.extend({ options: z.array(leafOption).max(25).optional() });
const commandOption = leafOption.extend({ options: z.array(midOption).max(25).optional() });

const resolved = z
  .looseObject({
    users: z.record(snowflake, user).optional(),
    members: z.record(snowflake, partialMember).optional(),
    roles: z.record(snowflake, z.looseObject({ id: snowflake, name: short, permissions: bits })).optional(),
    channels: z.record(snowflake, channel).optional(),
    attachments: z
      .record(snowflake, z.looseObject({ id: snowflake, filename: short, url: z.string().max(2048) }))
      .optional(),
    messages: z.record(snowflake, message).optional(),
  })
  // discord.js looks a resolved member's user up in `users`.
  .refine((r) => Object.keys(r.members ?? {}).every((id) => r.users?.[id] !== undefined), {
    message: 'resolved_member_without_user',
    path: ['members'],
  });

/** ChatInput commands only: user and message context-menu commands are not Between's. */
const commandData = z.looseObject({
  id: snowflake,
  name: z.string().min(1).max(32),
  type: z.literal(1),
  guild_id: snowflake.optional(),
  options: z.array(commandOption).max(25).optional(),
  resolved: resolved.optional(),
});

const componentData = z.looseObject({
  custom_id: z.string().max(100),
  component_type: z.number().int().min(1).max(1000),
  values: z.array(z.string().max(100)).max(25).optional(),
  resolved: resolved.optional(),
});

const modalLeaf = z.looseObject({
  type: int,
  id: int.optional(),
  custom_id: z.string().max(100).optional(),
  // Discord stops a member at 4000; the bound is wider so that the core's own check (with its kind words) decides.
  value: z.string().max(16_000).optional(),
  values: z.array(z.string().max(100)).max(25).optional(),
});
/** A row of inputs (`components`), a label around one (`component`), or a lone component. */
const modalPart = modalLeaf.extend({
  components: z.array(modalLeaf).max(5).optional(),
  component: modalLeaf.optional(),
});
const modalData = z.looseObject({
  custom_id: z.string().max(100),
  components: z.array(modalPart).max(10),
  resolved: resolved.optional(),
});

const interactionBase = {
  id: snowflake,
  application_id: snowflake,
  token,
  version: int,
  guild_id: snowflake.optional(),
  guild: z
    .looseObject({
      id: snowflake,
      locale: z.string().max(16).optional(),
      features: z.array(short).max(200).optional(),
    })
    .optional(),
  channel: channel.optional(),
  channel_id: snowflake.optional(),
  user: user.optional(),
  member: member.optional(),
  app_permissions: bits.optional(),
  locale: z.string().max(16).optional(),
  guild_locale: z.string().max(16).nullish(),
  entitlements: z.array(entitlement).max(100),
  authorizing_integration_owners: z.record(z.string().regex(/^\d{1,3}$/), snowflake),
  context: int.nullish(),
  attachment_size_limit: int.optional(),
};

const interaction = z
  .discriminatedUnion('type', [
    z.looseObject({ ...interactionBase, type: z.literal(2), data: commandData }),
    z.looseObject({ ...interactionBase, type: z.literal(3), data: componentData, message }),
    z.looseObject({ ...interactionBase, type: z.literal(5), data: modalData, message: message.optional() }),
  ])
  .refine((i) => i.user !== undefined || i.member !== undefined, {
    message: 'neither_user_nor_member',
    path: ['user'],
  });

/** Just enough to answer an interaction we could not read: Discord still waits for a reply. */
const envelope = z.looseObject({ id: snowflake, token, type: z.number().int() });

/** Interaction types that take a message as their reply (commands, components, modal submits). */
const ANSWERABLE = new Set([2, 3, 5]);

type Interaction = z.infer<typeof interaction>;

/** Names of the fields above, the only words of a payload's path that are ever logged. */
const FIELDS = new Set([
  ...Object.keys(interactionBase),
  'type',
  'data',
  'message',
  ...Object.keys(user.shape),
  ...Object.keys(member.shape),
  ...Object.keys(channel.shape),
  ...Object.keys(message.shape),
  ...Object.keys(commandData.shape),
  ...Object.keys(componentData.shape),
  ...Object.keys(modalData.shape),
  ...Object.keys(leafOption.shape),
  ...Object.keys(modalLeaf.shape),
  'component',
  'members',
  'users',
]);

/** Where a payload broke the schema, in field names only (never keys or values from the payload). */
function fieldOf(error: z.ZodError): string {
  const path = error.issues[0]?.path ?? [];
  const words: string[] = [];
  for (const part of path) {
    if (typeof part === 'number') continue;
    if (typeof part !== 'string' || !FIELDS.has(part)) break;
    words.push(part);
  }
  return words.join('.') || '(root)';
}

/** Where a reply to an interaction goes: Discord waits for one even when the payload was unusable. */
export interface InteractionReply {
  readonly id: string;
  readonly token: string;
}

/** An interaction Between handles, with the input its parser takes. */
export type OwnInteraction =
  | {
      readonly kind: 'command';
      readonly id: string;
      readonly reply: InteractionReply;
      readonly input: CommandInput;
    }
  | {
      readonly kind: 'component';
      readonly id: string;
      readonly reply: InteractionReply;
      readonly input: ComponentInput;
    }
  | {
      readonly kind: 'modal';
      readonly id: string;
      readonly reply: InteractionReply;
      readonly input: ModalInput;
    };

/** A gateway interaction as Between sees it. */
export type InteractionReading =
  | OwnInteraction
  | {
      /** Well-formed, but not a kind Between handles (a user select, say). */
      readonly kind: 'not_ours';
      readonly id: string;
      readonly reply: InteractionReply;
      readonly context: DiscordContext;
      readonly reason: string;
    }
  | {
      readonly kind: 'unreadable';
      /** The first field that broke the schema (field names only). */
      readonly field: string;
      readonly type?: number;
      /** Set when the payload still says which interaction to answer, and it takes a message. */
      readonly reply?: InteractionReply;
    };

function contextOf(i: Pick<Interaction, 'user' | 'member' | 'guild_id' | 'locale'>): DiscordContext {
  const userId = i.user?.id ?? i.member?.user.id ?? '';
  return {
    userId,
    guildId: i.guild_id ?? null,
    ...(i.member ? { roles: i.member.roles } : {}),
    // The language of the person's own Discord client (never the server's `guild_locale`).
    ...(i.locale ? { locale: i.locale } : {}),
  };
}

function commandInput(i: Extract<Interaction, { type: 2 }>): CommandInput {
  const top = i.data.options?.[0];
  const sub = top?.type === 2 ? top.options?.[0] : top?.type === 1 ? top : undefined;
  return {
    ...contextOf(i),
    commandName: i.data.name,
    subcommand: sub?.name ?? null,
    options: (sub?.options ?? []).map((o) => ({
      name: o.name,
      type: o.type === 6 ? ('user' as const) : ('string' as const),
      value: String(o.value ?? ''),
    })),
  };
}

function modalInput(i: Extract<Interaction, { type: 5 }>): ModalInput {
  const leaves = i.data.components.flatMap((c) => c.components ?? (c.component ? [c.component] : [c]));
  return {
    ...contextOf(i),
    customId: i.data.custom_id,
    fields: leaves.flatMap((leaf) =>
      leaf.custom_id === undefined ? [] : [{ customId: leaf.custom_id, value: leaf.value ?? '' }],
    ),
  };
}

/**
 * Reads an INTERACTION_CREATE payload: one Between handles (with the input its parser takes), one
 * it does not, or one that breaks the schema. Never throws.
 */
export function readInteraction(raw: unknown): InteractionReading {
  const parsed = interaction.safeParse(raw);
  if (!parsed.success) {
    const head = envelope.safeParse(raw);
    const type = head.success ? head.data.type : undefined;
    return {
      kind: 'unreadable',
      field: fieldOf(parsed.error),
      ...(type !== undefined ? { type } : {}),
      ...(head.success && ANSWERABLE.has(head.data.type)
        ? { reply: { id: head.data.id, token: head.data.token } }
        : {}),
    };
  }
  const i = parsed.data;
  const reply = { id: i.id, token: i.token };
  switch (i.type) {
    case 2:
      return { kind: 'command', id: i.id, reply, input: commandInput(i) };
    case 3: {
      const kind =
        i.data.component_type === 2 ? 'button' : i.data.component_type === 3 ? 'string_select' : null;
      if (!kind) {
        return { kind: 'not_ours', id: i.id, context: contextOf(i), reason: 'component_type', reply };
      }
      const input: ComponentInput = {
        ...contextOf(i),
        customId: i.data.custom_id,
        kind,
        values: kind === 'string_select' ? (i.data.values ?? []) : [],
      };
      return { kind: 'component', id: i.id, reply, input };
    }
    case 5:
      return { kind: 'modal', id: i.id, reply, input: modalInput(i) };
  }
}

/** A MESSAGE_CREATE payload as its parser takes it, or why it cannot be read. */
export type MessageReading =
  | {
      readonly kind: 'message';
      readonly id: string;
      readonly channelId: string;
      readonly input: MessageInput;
    }
  | { readonly kind: 'unreadable'; readonly field: string };

const messageCreate = message.extend({ author: user, channel_type: int.optional() });

/** A DM has no guild and says it is a DM (channel_type 1); discord.js drops the others anyway. */
export function readMessage(raw: unknown): MessageReading {
  const parsed = messageCreate.safeParse(raw);
  if (!parsed.success) return { kind: 'unreadable', field: fieldOf(parsed.error) };
  const m = parsed.data;
  return {
    kind: 'message',
    id: m.id,
    channelId: m.channel_id,
    input: {
      authorId: m.author.id,
      authorIsBot: m.author.bot === true,
      inDm: m.guild_id === undefined && m.channel_type === 1,
      content: m.content ?? '',
    },
  };
}
