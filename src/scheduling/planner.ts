import { and, asc, desc, eq, gte, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { choosePrompt } from '../checkin/choose';
import { SESSION_PREP } from '../checkin/session-prep';
import { PULL_AWAY } from '../checklist/checklist';
import type { Timing } from '../prompts/library';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import type { Db } from '../storage/db';
import {
  type Anchor,
  type Content,
  cohorts,
  type DeliveryKind,
  deliveries,
  members,
  OUTBOX_KINDS,
  plans,
  schedules,
  sessionDates,
} from '../storage/schema';
import { nextSlot } from './occurrences';
import { calendarFor } from './plans';
import { inSlices } from './slices';
import { afterQuietHours } from './time';

export interface PlannerOptions {
  /** A slot missed by less than this (downtime, a slow tick) is still sent, once. */
  readonly graceMs: number;
  /** A prompt is open this long: no reminder after it. */
  readonly expiryMs: number;
  /** The most due rows one slice reads (a slice is also bounded in time: see `slices.ts`). */
  readonly batchSize: number;
}

export interface PlanResult {
  readonly planned: number;
  readonly skipped: number;
}

const DAY = 86_400_000;
/** Downtime longer than this is not replayed slot by slot: one skipped record per rule, then the next slot. */
const REPLAY_LIMIT = 14 * DAY;
const RECENT_WINDOW = 20;

const TIMING: Record<Anchor, Timing> = {
  weekly: 'mid-week',
  'after-session': 'after-session',
  'before-session': 'before-session',
};

const KIND: Record<Content, DeliveryKind> = {
  reflection: 'reflection',
  checklist: 'checklist',
  digest: 'digest',
};

export type SkipReason = 'missed' | 'paused' | 'skip-requested' | 'weekly-cap' | 'unreachable' | 'no-prompt';

/** The slot key that makes a delivery unique per member: kind and slot instant. */
export const slotKey = (kind: DeliveryKind, slot: Date) => `${kind}@${slot.toISOString()}`;

/** The rules due at `now`, oldest first, with what planning needs of their member and group. */
function dueQuery(db: Db) {
  return db
    .select({
      scheduleId: plans.scheduleId,
      memberId: plans.memberId,
      nextDueAt: plans.nextDueAt,
      anchor: schedules.anchor,
      weekdays: schedules.weekdays,
      dayOffset: schedules.dayOffset,
      time: schedules.time,
      content: schedules.content,
      member: members,
      cohortWeekday: cohorts.sessionWeekday,
      cohortTime: cohorts.sessionTime,
    })
    .from(plans)
    .innerJoin(schedules, eq(schedules.id, plans.scheduleId))
    .innerJoin(members, eq(members.id, plans.memberId))
    .leftJoin(cohorts, eq(cohorts.id, schedules.cohortId))
    .where(lte(plans.nextDueAt, sql`${sql.placeholder('now')}`))
    .orderBy(asc(plans.nextDueAt))
    .limit(sql.placeholder('limit'))
    .prepare();
}

type DueRow = ReturnType<ReturnType<typeof dueQuery>['all']>[number];

function calendarOf(row: DueRow, dates: ReadonlyMap<number, string[]>) {
  const cohortSession =
    row.cohortWeekday === null ? null : { weekday: row.cohortWeekday, time: row.cohortTime };
  return calendarFor(row.member, cohortSession, dates.get(row.memberId) ?? []);
}

/**
 * The last `RECENT_WINDOW` prompt ids of each member, newest first: one bounded read per member
 * down the `(member_id, id)` index, so its cost does not grow with a member's history (ranking every
 * past delivery of the batch did: 1 % of planning time with no history, 67 % after a year).
 */
function recentPrompts(statements: Statements, memberIds: number[]): Map<number, string[]> {
  return new Map(memberIds.map((id) => [id, statements.recent.all({ member: id }).map((r) => r.promptId)]));
}

function explicitSessions(statements: Statements, memberIds: number[]): Map<number, string[]> {
  return new Map(memberIds.map((id) => [id, statements.sessions.all({ member: id }).map((r) => r.date)]));
}

/** Nudges (prompts and reminders) sent or on their way to a member in the 7 days up to `at`. */
export function nudgesInWeek(db: Db, memberId: number, at: Date): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.memberId, memberId),
        // A message from or about someone else is not a nudge for the person who receives it.
        notInArray(deliveries.kind, [...OUTBOX_KINDS]),
        inArray(deliveries.status, ['planned', 'sending', 'sent']),
        gte(deliveries.dueAt, new Date(at.getTime() - 7 * DAY).toISOString()),
        lte(deliveries.dueAt, at.toISOString()),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/**
 * Turns every slot that has come due into exactly one delivery row (planned, or skipped with a
 * reason), and moves each rule's `next_due_at` on. Safe to run twice or from two processes at
 * once: the unique (member, slot key) index keeps one row per slot, and recomputing
 * `next_due_at` from the same slot gives the same answer.
 */
export async function planDue(services: Services, options: PlannerOptions): Promise<PlanResult> {
  const { db, prompts } = services;
  const statements = statementsFor(db);
  const now = services.clock.now();
  const nowIso = now.toISOString();
  let planned = 0;
  let skipped = 0;

  // A large minute (everyone due, a restart after an outage) is planned in short slices, each its
  // own transaction read afresh, so that the chat adapters answer people in between. A row a slice
  // read but had no time for stays due and is read again by the next one.
  await inSlices(options.batchSize, (limit, spent) => {
    const rows = statements.due.all({ now: nowIso, limit });
    if (rows.length === 0) return 0;
    const memberIds = [...new Set(rows.map((r) => r.memberId))];
    const recent = recentPrompts(statements, memberIds);
    const sessions = explicitSessions(statements, memberIds);
    const skipConsumed = new Set<number>();
    let done = 0;

    db.transaction((tx) => {
      for (const row of rows) {
        if (done > 0 && spent()) break;
        done += 1;
        const m = row.member;
        const calendar = calendarOf(row, sessions);
        let slot: Date | null = new Date(row.nextDueAt ?? nowIso);
        if (now.getTime() - slot.getTime() > REPLAY_LIMIT) {
          // Long downtime: record the oldest slot as missed, then carry on from the grace window.
          if (
            record(statements, row, slot, { promptId: '', reason: 'missed', dueAt: slot, expiresAt: slot })
          ) {
            skipped += 1;
          }
          slot = nextSlot(row, calendar, new Date(now.getTime() - options.graceMs));
        }
        while (slot !== null && slot <= now) {
          const kind = KIND[row.content];
          const reason: SkipReason | undefined =
            now.getTime() - slot.getTime() > options.graceMs
              ? 'missed'
              : isPaused(m, slot)
                ? 'paused'
                : m.unreachableSince !== null
                  ? 'unreachable'
                  : m.skipNext && !skipConsumed.has(m.id)
                    ? 'skip-requested'
                    : m.weeklyCap !== null && nudgesInWeek(tx, m.id, slot) >= m.weeklyCap
                      ? 'weekly-cap'
                      : undefined;
          if (reason === 'skip-requested') {
            skipConsumed.add(m.id);
            statements.consumeSkip.run({ memberId: m.id });
          }
          let promptId: string | undefined;
          if (kind === 'checklist') promptId = PULL_AWAY;
          else if (kind === 'digest') promptId = SESSION_PREP.id;
          else {
            const seen = recent.get(m.id) ?? [];
            promptId = choosePrompt(prompts.reflections, {
              offLimits: m.offLimitsThemes,
              recent: seen,
              timing: TIMING[row.anchor],
            })?.id;
            if (promptId) recent.set(m.id, [promptId, ...seen]);
          }
          const finalReason = reason ?? (promptId === undefined ? 'no-prompt' : undefined);
          const quiet = m.quietStart && m.quietEnd ? { start: m.quietStart, end: m.quietEnd } : null;
          const inserted = record(statements, row, slot, {
            promptId: promptId ?? '',
            reason: finalReason,
            dueAt: finalReason ? slot : afterQuietHours(slot, quiet, m.timeZone),
            expiresAt: new Date(slot.getTime() + options.expiryMs),
          });
          if (inserted) {
            if (finalReason) skipped += 1;
            else planned += 1;
          }
          slot = nextSlot(row, calendar, slot);
        }
        statements.movePlan.run({
          nextDueAt: slot?.toISOString() ?? null,
          scheduleId: row.scheduleId,
          memberId: m.id,
        });
      }
    });
    return done;
  });
  return { planned, skipped };
}

/** The planner's statements, prepared once per database: they run once per slice or per slot. */
const prepared = new WeakMap<Db, Statements>();

type Statements = ReturnType<typeof prepare>;

function prepare(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return {
    due: dueQuery(db),
    recent: db
      .select({ promptId: deliveries.promptId })
      .from(deliveries)
      .where(eq(deliveries.memberId, p('member')))
      .orderBy(desc(deliveries.id))
      .limit(RECENT_WINDOW)
      .prepare(),
    sessions: db
      .select({ date: sessionDates.date })
      .from(sessionDates)
      .where(eq(sessionDates.memberId, p('member')))
      .prepare(),
    insert: db
      .insert(deliveries)
      .values({
        memberId: p('memberId'),
        kind: p('kind'),
        promptId: p('promptId'),
        slotKey: p('slotKey'),
        slotAt: p('slotAt'),
        dueAt: p('dueAt'),
        status: p('status'),
        statusReason: p('statusReason'),
        expiresAt: p('expiresAt'),
        scheduleId: p('scheduleId'),
      })
      .onConflictDoNothing()
      .returning({ id: deliveries.id })
      .prepare(),
    movePlan: db
      .update(plans)
      .set({ nextDueAt: sql`${p('nextDueAt')}` })
      .where(and(eq(plans.scheduleId, sql`${p('scheduleId')}`), eq(plans.memberId, sql`${p('memberId')}`)))
      .prepare(),
    consumeSkip: db
      .update(members)
      .set({ skipNext: false })
      .where(eq(members.id, sql`${p('memberId')}`))
      .prepare(),
  };
}

function statementsFor(db: Db) {
  let found = prepared.get(db);
  if (!found) {
    found = prepare(db);
    prepared.set(db, found);
  }
  return found;
}

/** Inserts the one delivery row of a slot; false when another tick or process already did. */
function record(
  statements: Statements,
  row: DueRow,
  slot: Date,
  entry: { promptId: string; reason: SkipReason | undefined; dueAt: Date; expiresAt: Date },
): boolean {
  const kind = KIND[row.content];
  const inserted = statements.insert.get({
    memberId: row.memberId,
    kind,
    promptId: entry.promptId,
    slotKey: slotKey(kind, slot),
    slotAt: slot.toISOString(),
    dueAt: entry.dueAt.toISOString(),
    status: entry.reason ? 'skipped' : 'planned',
    statusReason: entry.reason ?? null,
    expiresAt: entry.expiresAt.toISOString(),
    scheduleId: row.scheduleId,
  });
  return inserted !== undefined;
}
