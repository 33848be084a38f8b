import { eq } from 'drizzle-orm';
import type { Db } from '../storage/db';
import { type MemberRow, members, workspaces } from '../storage/schema';
import { decodeAddress } from './address';
import { BetweenError } from './errors';
import type { OutgoingMessage, Platform, SentRef } from './model';
import type { ChatAdapter } from './port';

/** A message for someone other than the person who acted (an invitation, a shared digest). */
export interface Notification {
  readonly to: MemberRow;
  readonly message: OutgoingMessage;
  /** Called with where it went, e.g. so that a share can be withdrawn later. */
  readonly onSent?: (ref: SentRef) => void;
}

export type Notify = (notification: Notification) => void;

/**
 * Sends to a member's DM through whichever adapter serves their platform. The adapters are
 * attached by the composition root once they exist.
 */
export function createMessenger(db: Db) {
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
    async send(to: MemberRow, message: OutgoingMessage): Promise<SentRef> {
      const workspace = db.select().from(workspaces).where(eq(workspaces.id, to.workspaceId)).get();
      if (!workspace) throw new BetweenError('not_found', 'member without a workspace');
      const adapter = adapterFor(workspace.platform);
      let address = to.dmAddress;
      if (!address) {
        address = await adapter.openDm({
          platform: workspace.platform,
          workspaceId: workspace.externalId,
          userId: to.platformUserId,
        });
        db.update(members).set({ dmAddress: address }).where(eq(members.id, to.id)).run();
      }
      return adapter.send(address, message);
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
