import { asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { type AuditRow, auditLog } from './schema';

export type AuditAction =
  | 'consent_granted'
  | 'consent_withdrawn'
  | 'export'
  | 'data_deleted'
  | 'safety_event'
  | 'settings_changed'
  | 'share'
  | 'share_revoked'
  | 'link_changed';

/** Records what happened. `detail` holds ids, kinds and counts; never answer text. */
export function audit(
  db: Db,
  entry: {
    at: Date;
    workspaceId: number | null;
    memberId: number | null;
    action: AuditAction;
    detail?: Record<string, string | number | boolean>;
  },
): void {
  db.insert(auditLog)
    .values({ ...entry, at: entry.at.toISOString(), detail: entry.detail ?? null })
    .run();
}

export function auditTrail(db: Db, memberId: number): AuditRow[] {
  return db.select().from(auditLog).where(eq(auditLog.memberId, memberId)).orderBy(asc(auditLog.id)).all();
}
