import type { Locale } from '../i18n';
/**
 * The platform-neutral message model. Adapters translate platform payloads into
 * {@link InboundEvent}s and render {@link OutgoingMessage}s; the core never sees a
 * platform type.
 */

export type Platform = 'discord' | 'slack' | 'shell';

/** Who did something: a user inside one workspace (Slack team, Discord server, local shell). */
export interface UserRef {
  readonly platform: Platform;
  /** Slack team id, Discord guild id (or `dm` for a DM outside any server), `local` for the shell. */
  readonly workspaceId: string;
  readonly userId: string;
  /** The community's name (a Discord server's), kept on the workspace to name it in choices. */
  readonly workspaceName?: string;
  /** Display name for greetings only; never stored. */
  readonly displayName?: string;
  /** Platform role ids the user holds here (Discord server roles), for facilitator checks; never stored. */
  readonly roles?: readonly string[];
  /**
   * The language the platform reports for this person, as a locale tag (`es-MX`, `es_ES.UTF-8`):
   * Slack's and Discord's locale, the shell's `--lang` or LANG. Stored on the member at first
   * contact when they have no language yet; never overrides one they chose.
   */
  readonly locale?: string;
  /**
   * The IANA time zone the platform reports for this person (Slack's profile, the shell's machine).
   * Kept on the member, and kept in step when the platform reports another, until they set their
   * own; never over their choice.
   */
  readonly timeZone?: string;
}

/** An encoded place a message can be sent to; see `address.ts`. */
export type Address = string;

/** A message the adapter sent, so that it can be updated later. */
export interface SentRef {
  readonly address: Address;
  readonly messageId: string;
}

export type ButtonStyle = 'primary' | 'secondary' | 'danger';

export interface Button {
  /** Action id (see `action-id.ts`); comes back as `ActionEvent.actionId`. */
  readonly id: string;
  readonly label: string;
  readonly style?: ButtonStyle;
}

export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
}

export type Element =
  | { readonly kind: 'text'; readonly text: string; readonly tone?: 'normal' | 'muted' | 'heading' }
  | { readonly kind: 'buttons'; readonly buttons: readonly Button[] }
  | {
      readonly kind: 'checklist';
      /** Action id sent back with the full selected set whenever the selection changes. */
      readonly id: string;
      readonly items: readonly ChecklistItem[];
      /** Ids of the items currently selected (rendered from the database). */
      readonly selected: readonly string[];
    }
  | {
      readonly kind: 'file';
      readonly filename: string;
      readonly mimeType: string;
      /** Text (JSON, Markdown) or bytes (a PNG). */
      readonly content: string | Uint8Array;
    };

/** What the core asks an adapter to show. `fallback` is the plain text for notifications and screen readers. */
export interface OutgoingMessage {
  readonly fallback: string;
  readonly elements: readonly Element[];
}

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly placeholder?: string;
  readonly required: boolean;
  readonly maxLength: number;
  readonly multiline: boolean;
}

/** A modal form (Slack view, Discord modal, shell question). Submitted as a `form_submit` event. */
export interface Form {
  /** Form id (an action id); comes back as `FormSubmitEvent.formId`. */
  readonly id: string;
  readonly title: string;
  /** Text shown above the fields (the prompt). */
  readonly intro?: string;
  readonly fields: readonly FormField[];
  readonly submitLabel: string;
}

/**
 * Where an event happened. `dm` is a private conversation between the bot and the user;
 * `channel` is shared with others, so replies there must be private (ephemeral) or not at all.
 */
export type Visibility = 'dm' | 'channel';

interface EventBase {
  readonly user: UserRef;
  readonly visibility: Visibility;
  /**
   * Set by an adapter when the person is not (`not-a-member`), or could not be confirmed to be
   * (`unconfirmed`), a member of the workspace the event would belong to: the core screens what
   * they wrote (the card still comes) and answers, but makes no member and stores nothing.
   */
  readonly outsider?: 'not-a-member' | 'unconfirmed';
  /** The platform payload, for adapters and debugging only. The core never reads it. */
  readonly raw: unknown;
}

export interface CommandEvent extends EventBase {
  readonly kind: 'command';
  /** Everything after the command name, e.g. `pause until 2026-12-28`. */
  readonly text: string;
}

export interface ActionEvent extends EventBase {
  readonly kind: 'action';
  readonly actionId: string;
  /** The full selected set for checklists; empty for a plain button. */
  readonly values: readonly string[];
}

export interface FormSubmitEvent extends EventBase {
  readonly kind: 'form_submit';
  readonly formId: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface MessageEvent extends EventBase {
  readonly kind: 'message';
  readonly text: string;
}

export interface UnsupportedEvent {
  readonly kind: 'unsupported';
  readonly user?: UserRef;
  readonly visibility: Visibility;
  readonly reason: string;
  readonly raw: unknown;
}

/**
 * The platform says a person's profile changed (Slack's `user_change`): `user` carries the new
 * language or time zone hints. Nothing is answered, and nobody becomes a member by it.
 */
export interface ProfileEvent {
  readonly kind: 'profile';
  readonly user: UserRef;
}

export type InboundEvent = CommandEvent | ActionEvent | FormSubmitEvent | MessageEvent | UnsupportedEvent;

/**
 * The core's answer to an event. The adapter delivers it the platform's way: an ephemeral
 * reply in a channel, a DM reply, a modal, an update of the message that carried the action.
 * `locale` is the language of the person answered (the router sets it), for the adapter's own few
 * words around the answer: a form's hints, a "please try again" when the platform failed.
 */
export type Reply = ReplyBody & { readonly locale?: Locale };

type ReplyBody =
  | { readonly kind: 'message'; readonly message: OutgoingMessage; readonly receipt?: Receipt }
  /** Replace the message the action came from (e.g. a checklist after a change). */
  | { readonly kind: 'update'; readonly message: OutgoingMessage }
  | { readonly kind: 'form'; readonly form: Form }
  /**
   * Keep the form open and show these errors next to the fields (field id → message); `notice`
   * is shown beside the form too (the crisis card, when the text that failed carried risk).
   */
  | {
      readonly kind: 'form_errors';
      readonly errors: Readonly<Record<string, string>>;
      readonly notice?: OutgoingMessage;
      readonly receipt?: Receipt;
    }
  | { readonly kind: 'none' };

/**
 * Told by the adapter whether a reply reached the member, so that what others are told (a
 * therapist's safety alert) says only what really happened.
 */
export interface Receipt {
  delivered(): void;
  failed(): void;
}
