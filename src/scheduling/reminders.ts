import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import { deliveries, members } from '../storage/schema';
import { nudgesInWeek } from './planner';
import { inSlices } from './slices';
import { afterQuietHours } from './time';

/**
 * Plans the one gentle reminder for prompts still open when their `remind_at` comes: never for
 * an answered or set-aside prompt, never after it expires, never to a member who turned
 * reminders off, is paused or is unreachable. The slot key `reminder:<id>` makes a second
 * reminder for the same prompt impossible.
 */
export async function planReminders(
  services: Services,
  batchSize: number,
): Promise<{ planned: number; skipped: number }> {
  const { db } = services;
  const now = services.clock.now();
  const nowIso = now.toISOString();
  let planned = 0;
  let skipped = 0;
  await inSlices(batchSize, (limit, spent) => {
    const rows = db
      .select({ delivery: deliveries, member: members })
      .from(deliveries)
      .innerJoin(members, eq(members.id, deliveries.memberId))
      .where(and(isNotNull(deliveries.remindAt), lte(deliveries.remindAt, nowIso)))
      .limit(limit)
      .all();
    if (rows.length === 0) return 0;
    let done = 0;
    db.transaction((tx) => {
      for (const { delivery: d, member: m } of rows) {
        if (done > 0 && spent()) break;
        done += 1;
        tx.update(deliveries).set({ remindAt: null }).where(eq(deliveries.id, d.id)).run();
        if (d.closedAt !== null || d.status !== 'sent') continue;
        const quiet = m.quietStart && m.quietEnd ? { start: m.quietStart, end: m.quietEnd } : null;
        const due = afterQuietHours(now, quiet, m.timeZone);
        const reason = !m.remindersEnabled
          ? 'reminders-off'
          : isPaused(m, now)
            ? 'paused'
            : m.unreachableSince !== null
              ? 'unreachable'
              : m.weeklyCap !== null && nudgesInWeek(tx, m.id, due) >= m.weeklyCap
                ? 'weekly-cap'
                : d.expiresAt !== null && due.toISOString() >= d.expiresAt
                  ? 'expired'
                  : undefined;
        const inserted = tx
          .insert(deliveries)
          .values({
            memberId: m.id,
            kind: 'reminder',
            promptId: d.promptId,
            slotKey: `reminder:${d.id}`,
            slotAt: nowIso,
            dueAt: due.toISOString(),
            status: reason ? 'skipped' : 'planned',
            statusReason: reason ?? null,
            expiresAt: d.expiresAt,
            scheduleId: d.scheduleId,
            parentId: d.id,
          })
          .onConflictDoNothing()
          .returning({ id: deliveries.id })
          .get();
        if (inserted && reason) skipped += 1;
        else if (inserted) planned += 1;
      }
    });
    return done;
  });
  return { planned, skipped };
}
