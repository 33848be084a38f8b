import { describe, expect, it } from 'vitest';
import { decodeAddress } from '../../src/core/address';
import type { OutgoingMessage, UserRef } from '../../src/core/model';
import type { ChatAdapter } from '../../src/core/port';

const message: OutgoingMessage = {
  fallback: 'A reflection prompt',
  elements: [
    { kind: 'text', text: 'What felt steady this week?', tone: 'heading' },
    { kind: 'buttons', buttons: [{ id: 'v1:reflect:1', label: 'Write a reflection' }] },
  ],
};

/**
 * The behaviour every ChatAdapter promises the core. Each adapter's test file calls this with a
 * factory that gives a fresh, started adapter and a user it can reach.
 */
export function chatAdapterContract(
  name: string,
  setup: () => Promise<{ adapter: ChatAdapter; user: UserRef; teardown?: () => Promise<void> }>,
) {
  describe(`${name} honours the ChatAdapter contract`, () => {
    it('opens a DM whose address decodes, and the same address every time', async () => {
      const { adapter, user, teardown } = await setup();
      const first = await adapter.openDm(user);
      expect(decodeAddress(first).platform).toBe(adapter.platform);
      expect(await adapter.openDm(user)).toBe(first);
      await teardown?.();
    });

    it('sends to a stored address and returns a reference to that message', async () => {
      const { adapter, user, teardown } = await setup();
      const address = await adapter.openDm(user);
      const ref = await adapter.send(address, message);
      expect(ref.address).toBe(address);
      expect(ref.messageId).toMatch(/\S/);
      const second = await adapter.send(address, message);
      expect(second.messageId).not.toBe(ref.messageId);
      await teardown?.();
    });

    it('updates a message it sent', async () => {
      const { adapter, user, teardown } = await setup();
      const ref = await adapter.send(await adapter.openDm(user), message);
      await expect(adapter.update(ref, { ...message, fallback: 'updated' })).resolves.toBeUndefined();
      await teardown?.();
    });

    it('can be stopped twice', async () => {
      const { adapter, teardown } = await setup();
      await adapter.stop();
      await expect(adapter.stop()).resolves.toBeUndefined();
      await teardown?.();
    });
  });
}
