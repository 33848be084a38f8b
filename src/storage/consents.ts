import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { type ConsentScope, consents } from './schema';

/** The member's current choice for a scope: the latest entry of the append-only history. */
export function hasConsent(db: Db, memberId: number, scope: ConsentScope): boolean {
  const latest = db
    .select({ action: consents.action })
    .from(consents)
    .where(and(eq(consents.memberId, memberId), eq(consents.scope, scope)))
    .orderBy(desc(consents.id))
    .limit(1)
    .get();
  return latest?.action === 'granted';
}

export function recordConsent(
  db: Db,
  entry: {
    memberId: number;
    scope: ConsentScope;
    action: 'granted' | 'withdrawn';
    noticeVersion: number;
    at: Date;
  },
): void {
  db.insert(consents)
    .values({ ...entry, at: entry.at.toISOString() })
    .run();
}
