import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../storage/db';
import { findMember } from '../storage/members';
import { cohortMembers, cohorts, type MemberRow, plans, schedules, sessionDates } from '../storage/schema';
import { nextSlot, type SessionCalendar } from './occurrences';

/** A member's session calendar; a group rule uses its cohort's weekly session instead. */
export function calendarFor(
  member: Pick<MemberRow, 'timeZone' | 'sessionWeekday' | 'sessionTime'>,
  cohortSession: { weekday: number | null; time: string | null } | null,
  dates: readonly string[],
): SessionCalendar {
  const weekly =
    cohortSession?.weekday != null && cohortSession.time != null
      ? { weekday: cohortSession.weekday, time: cohortSession.time }
      : member.sessionWeekday !== null && member.sessionTime !== null
        ? { weekday: member.sessionWeekday, time: member.sessionTime }
        : null;
  return { zone: member.timeZone, weekly, dates };
}

/**
 * Recomputes when each of the member's rules (their own and their groups') is next due, from
 * `now`. Called whenever a schedule, session, time zone or group membership changes.
 */
export function refreshPlans(db: Db, memberId: number, now: Date): void {
  const member = findMember(db, memberId);
  if (!member) return;
  const groups = db
    .select({ cohortId: cohortMembers.cohortId })
    .from(cohortMembers)
    .where(eq(cohortMembers.memberId, memberId))
    .all()
    .map((g) => g.cohortId);
  const rules = db
    .select({ schedule: schedules, cohortWeekday: cohorts.sessionWeekday, cohortTime: cohorts.sessionTime })
    .from(schedules)
    .leftJoin(cohorts, eq(cohorts.id, schedules.cohortId))
    .where(
      groups.length > 0
        ? or(eq(schedules.memberId, memberId), inArray(schedules.cohortId, groups))
        : eq(schedules.memberId, memberId),
    )
    .all();
  const dates = db
    .select({ date: sessionDates.date })
    .from(sessionDates)
    .where(eq(sessionDates.memberId, memberId))
    .all()
    .map((d) => d.date);
  db.transaction((tx) => {
    tx.delete(plans).where(eq(plans.memberId, memberId)).run();
    for (const { schedule, cohortWeekday, cohortTime } of rules) {
      const cohortSession = schedule.cohortId === null ? null : { weekday: cohortWeekday, time: cohortTime };
      const next = nextSlot(schedule, calendarFor(member, cohortSession, dates), now);
      tx.insert(plans)
        .values({ scheduleId: schedule.id, memberId, nextDueAt: next?.toISOString() ?? null })
        .run();
    }
  });
}

/** Recomputes plans for every member of a group (after its schedule or session changed). */
export function refreshCohortPlans(db: Db, cohortId: number, now: Date): void {
  const ids = db
    .select({ memberId: cohortMembers.memberId })
    .from(cohortMembers)
    .where(eq(cohortMembers.cohortId, cohortId))
    .all();
  for (const { memberId } of ids) refreshPlans(db, memberId, now);
}
