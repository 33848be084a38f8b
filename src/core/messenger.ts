import { decodeAddress } from './address';
import { BetweenError } from './errors';
import type { OutgoingMessage, Platform, SentRef } from './model';
import type { ChatAdapter } from './port';

/**
 * Changes messages already sent (updates and take-backs) through whichever adapter serves their
 * platform; new messages to members go through the outbox. The adapters are attached by the
 * composition root once they exist.
 */
export function createMessenger() {
  let adapters: ReadonlyMap<Platform, ChatAdapter> = new Map();
  const adapterFor = (platform: Platform) => {
    const adapter = adapters.get(platform);
    if (!adapter) throw new BetweenError('platform_unavailable', `no ${platform} adapter is running`);
    return adapter;
  };
  return {
    use(map: ReadonlyMap<Platform, ChatAdapter>): void {
      adapters = map;
    },
    async update(ref: SentRef, message: OutgoingMessage): Promise<void> {
      await adapterFor(decodeAddress(ref.address).platform).update(ref, message);
    },
    /**
     * Takes a message back: deleted (with its files) where the adapter can, otherwise replaced by
     * `replacement`. Returns which of the two happened.
     */
    async withdraw(ref: SentRef, replacement: OutgoingMessage): Promise<'deleted' | 'replaced'> {
      const adapter = adapterFor(decodeAddress(ref.address).platform);
      if (adapter.remove) {
        await adapter.remove(ref);
        return 'deleted';
      }
      await adapter.update(ref, replacement);
      return 'replaced';
    },
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
