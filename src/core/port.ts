import type { Locale } from '../i18n';
import type {
  Address,
  Form,
  InboundEvent,
  OutgoingMessage,
  Platform,
  ProfileEvent,
  Reply,
  SentRef,
  UserRef,
} from './model';

/**
 * Handles one inbound event and says how to answer it (a profile change is answered with `none`).
 * Never throws for bad input.
 */
export type EventHandler = (event: InboundEvent | ProfileEvent) => Promise<Reply>;

/**
 * Delivers a reply the adapter's way and reports the outcome to the reply's receipt, if it has
 * one. Every adapter sends its replies through this, so a receipt always hears back.
 */
export async function settle(reply: Reply, deliver: () => Promise<void>): Promise<void> {
  const receipt = reply.kind === 'message' || reply.kind === 'form_errors' ? reply.receipt : undefined;
  try {
    await deliver();
  } catch (error) {
    receipt?.failed();
    throw error;
  }
  receipt?.delivered();
}

/** Opaque handle an adapter needs to open a form outside the reply path (e.g. a Slack trigger_id). */
export interface InteractionTrigger {
  readonly platform: Platform;
  readonly token: string;
}

export interface SendOptions {
  /** Stable for this message across retries; at most 25 characters. */
  readonly key?: string;
  /** The language of the person it goes to, for the adapter's own words around it (a select's placeholder). */
  readonly locale?: Locale;
}

/**
 * The one port between the core and a chat platform. Every adapter (shell, Slack, Discord)
 * implements it and passes the shared contract suite in `tests/contract/`.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Connects and starts delivering events to `onEvent`. Resolves once ready. */
  start(onEvent: EventHandler): Promise<void>;
  /** Disconnects; pending replies are flushed first. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Whether the platform connection is up now (the Discord gateway ready, the Slack socket open or
   * its HTTP server listening), for the health endpoint. Absent: always (the local shell).
   */
  connected?(): boolean;
  /** The private conversation with a user. Implementations cache it (Slack `conversations.open` is rate-limited). */
  openDm(user: UserRef): Promise<Address>;
  /**
   * Sends a proactive message (a scheduled prompt) to a stored address. `key` names this message
   * for good (a delivery id): where the platform can, a resend with the same key never makes a
   * second message (Discord's nonce with enforce_nonce).
   */
  send(to: Address, message: OutgoingMessage, options?: SendOptions): Promise<SentRef>;
  /** Replaces a message sent earlier. */
  update(ref: SentRef, message: OutgoingMessage): Promise<void>;
  /** Deletes a message sent earlier, with its attachments, where the platform allows. */
  remove?(ref: SentRef): Promise<void>;
  openForm?(trigger: InteractionTrigger, form: Form): Promise<void>;
}
