import { eq } from 'drizzle-orm';
import type { Cipher } from './crypto';
import type { Db } from './db';
import { sealContext } from './responses';
import { responses } from './schema';

/**
 * Re-seals every stored answer from `from` to `to` in one transaction: either all answers move
 * to the new key or none do. Returns how many were re-sealed.
 */
export function rotateAnswers(db: Db, from: Cipher, to: Cipher): number {
  return db.transaction((tx) => {
    const rows = tx
      .select({ id: responses.id, memberId: responses.memberId, content: responses.content })
      .from(responses)
      .all();
    for (const row of rows) {
      const context = sealContext(row.memberId);
      const content = to.seal(from.open(row.content, context), context);
      tx.update(responses).set({ content }).where(eq(responses.id, row.id)).run();
    }
    return rows.length;
  });
}
