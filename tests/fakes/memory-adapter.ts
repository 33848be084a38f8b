import { encodeAddress } from '../../src/core/address';
import type { Address, OutgoingMessage, SentRef, UserRef } from '../../src/core/model';
import type { ChatAdapter, EventHandler } from '../../src/core/port';

/**
 * A real in-memory ChatAdapter: it keeps every DM it is asked to send, per address, and can be
 * told to fail the next sends to an address (blocked DM, 429, 5xx) the way a platform would.
 */
export function createMemoryAdapter() {
  const sent: { address: Address; message: OutgoingMessage; messageId: string }[] = [];
  const updates: { ref: SentRef; message: OutgoingMessage }[] = [];
  const failures = new Map<Address, Error[]>();
  const openFailures = new Map<string, Error>();
  let handler: EventHandler | undefined;
  let counter = 0;
  const adapter: ChatAdapter = {
    platform: 'shell',
    async start(onEvent) {
      handler = onEvent;
    },
    async stop() {
      handler = undefined;
    },
    async openDm(user: UserRef) {
      const failure = openFailures.get(user.userId);
      if (failure) throw failure;
      return encodeAddress({ platform: 'shell', userId: user.userId });
    },
    async send(to, message) {
      const queued = failures.get(to);
      const failure = queued?.shift();
      if (failure) throw failure;
      counter += 1;
      const messageId = `m${counter}`;
      sent.push({ address: to, message, messageId });
      return { address: to, messageId };
    },
    async update(ref, message) {
      if (!sent.some((s) => s.messageId === ref.messageId)) throw new Error(`no message ${ref.messageId}`);
      updates.push({ ref, message });
    },
  };
  return {
    adapter,
    sent,
    updates,
    /** The next sends to `address` throw these errors, in order. */
    failSends(address: Address, ...errors: Error[]) {
      failures.set(address, [...(failures.get(address) ?? []), ...errors]);
    },
    /** Opening a DM with this user fails (e.g. the user left, or blocks DMs). */
    failOpen(userId: string, error: Error) {
      openFailures.set(userId, error);
    },
    sentTo: (address: Address) => sent.filter((s) => s.address === address),
    get handler() {
      return handler;
    },
  };
}
