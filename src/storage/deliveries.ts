import { randomUUID } from 'node:crypto';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { connectionOf, type Db, rawRows } from './db';
import { type DeliveryKind, type DeliveryRow, deliveries, OUTBOX_KINDS } from './schema';

/**
 * Records a prompt asked for by the member (not scheduled): it is sent at once, in the reply, and
 * never reminded about (they asked for it; nudging them about it would be nagging).
 */
export function recordAdHocDelivery(
  db: Db,
  entry: { memberId: number; kind: DeliveryKind; promptId: string; at: Date },
): DeliveryRow {
  const at = entry.at.toISOString();
  return db
    .insert(deliveries)
    .values({
      memberId: entry.memberId,
      kind: entry.kind,
      promptId: entry.promptId,
      slotKey: `adhoc:${randomUUID()}`,
      slotAt: at,
      dueAt: at,
      status: 'sent',
      sentAt: at,
      attempts: 1,
    })
    .returning()
    .get();
}

/**
 * The statements of a submit (find the prompt, close it), prepared once per database, on
 * better-sqlite3 itself: drizzle's placeholder filling and row mapping cost more than the reads and
 * writes (a submit is the hot write).
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
const DELIVERY = rawRows(deliveries);
function prepare(db: Db) {
  const sqlite = connectionOf(db);
  return {
    find: sqlite.prepare<[number, number], Record<string, unknown>>(
      `select ${DELIVERY.select} from deliveries where id = ? and member_id = ?`,
    ),
    close: sqlite.prepare<[string, number]>(
      'update deliveries set closed_at = ?, remind_at = null where id = ? and closed_at is null',
    ),
  };
}
function statements(db: Db) {
  let known = prepared.get(db);
  if (!known) {
    known = prepare(db);
    prepared.set(db, known);
  }
  return known;
}

export function findDelivery(db: Db, memberId: number, deliveryId: number): DeliveryRow | undefined {
  return DELIVERY.row(statements(db).find.get(deliveryId, memberId));
}

/** Prompt ids of the member's latest deliveries, newest first. */
export function recentPromptIds(db: Db, memberId: number, limit: number): string[] {
  return db
    .select({ promptId: deliveries.promptId })
    .from(deliveries)
    .where(and(eq(deliveries.memberId, memberId), notInArray(deliveries.kind, [...OUTBOX_KINDS])))
    .orderBy(desc(deliveries.id))
    .limit(limit)
    .all()
    .map((r) => r.promptId);
}

/** Marks a prompt answered or set aside, so that no reminder follows. The first close wins. */
export function closeDelivery(db: Db, deliveryId: number, at: Date): void {
  statements(db).close.run(at.toISOString(), deliveryId);
}
