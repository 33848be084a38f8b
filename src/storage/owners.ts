import { eq } from 'drizzle-orm';
import type { Action } from '../core/action-id';
import type { Db } from './db';
import { careLinks, deliveries, responses, shares } from './schema';

/**
 * The members an action's object belongs to: a prompt's delivery, a share being made, a stored
 * entry, a care link (both sides may end one). Empty when the action names no object, or the
 * object is gone.
 */
export function ownersOf(db: Db, action: Action): number[] {
  if ('deliveryId' in action) {
    const row = db
      .select({ owner: deliveries.memberId })
      .from(deliveries)
      .where(eq(deliveries.id, action.deliveryId))
      .get();
    return row ? [row.owner] : [];
  }
  if (!('id' in action)) return [];
  switch (action.verb) {
    case 'community':
      return [action.id];
    case 'link-accept':
    case 'link-decline':
    case 'link-end':
    case 'share-to': {
      const link = db
        .select({ client: careLinks.clientId, therapist: careLinks.therapistId })
        .from(careLinks)
        .where(eq(careLinks.id, action.id))
        .get();
      if (!link) return [];
      return action.verb === 'link-end' ? [link.client, link.therapist] : [link.client];
    }
    case 'share-one': {
      const entry = db
        .select({ owner: responses.memberId })
        .from(responses)
        .where(eq(responses.id, action.id))
        .get();
      return entry ? [entry.owner] : [];
    }
    default: {
      const share = db.select({ owner: shares.clientId }).from(shares).where(eq(shares.id, action.id)).get();
      return share ? [share.owner] : [];
    }
  }
}
