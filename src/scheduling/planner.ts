import type Database from 'better-sqlite3';
import { and, eq, gte, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { choosePrompt } from '../checkin/choose';
import { SESSION_PREP } from '../checkin/session-prep';
import { PULL_AWAY } from '../checklist/checklist';
import type { Timing } from '../prompts/library';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import { connectionOf, type Db } from '../storage/db';
import { findMember } from '../storage/members';
import {
  type Anchor,
  type Content,
  type DeliveryKind,
  deliveries,
  type MemberRow,
  members,
  OUTBOX_KINDS,
  schedules,
} from '../storage/schema';
import { nextSlot } from './occurrences';
import { calendarFor } from './plans';
import { inSlices } from './slices';
import { afterQuietHours, isoInstant } from './time';

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
export const slotKey = (kind: DeliveryKind, slot: Date) => `${kind}@${isoInstant(slot)}`;

/**
 * What planning reads of a member. Pause is the settings' own rule (`isPaused`), which takes the
 * whole row: that is read for a paused member only (see `planDue`).
 */
type PlanningMember = Pick<
  MemberRow,
  | 'id'
  | 'timeZone'
  | 'pausedUntil'
  | 'skipNext'
  | 'unreachableSince'
  | 'weeklyCap'
  | 'offLimitsThemes'
  | 'quietStart'
  | 'quietEnd'
  | 'sessionWeekday'
  | 'sessionTime'
>;

/** The rules due at `now`, oldest first, with what planning needs of their member and group. */
interface DueRow {
  readonly scheduleId: number;
  readonly memberId: number;
  readonly nextDueAt: string | null;
  readonly anchor: Anchor;
  readonly weekdays: number[];
  readonly dayOffset: number;
  readonly time: string;
  readonly content: Content;
  readonly member: PlanningMember;
  readonly cohortWeekday: number | null;
  readonly cohortTime: string | null;
}

/** A column's value as drizzle gives it (its own decoder: booleans, JSON), null as null. */
const decoded = <T>(column: { mapFromDriverValue(value: unknown): unknown }, value: unknown) =>
  (value === null ? null : column.mapFromDriverValue(value)) as T;

/**
 * The due rows, read raw and decoded here: drizzle's row mapping cost more per row than SQLite's
 * read itself, and so did reading every column of the member. Same query otherwise as drizzle
 * built (down the index `plans_next_due`, ties in its rowid order).
 */
function dueStatement(sqlite: Database.Database) {
  const statement = sqlite
    .prepare(
      `select p.schedule_id, p.member_id, p.next_due_at,
         s.anchor, s.weekdays, s.day_offset, s.time, s.content,
         c.session_weekday, c.session_time,
         m.time_zone, m.paused_until, m.skip_next, m.unreachable_since, m.weekly_cap,
         m.off_limits_themes, m.quiet_start, m.quiet_end, m.session_weekday, m.session_time
       from plans p
       inner join schedules s on s.id = p.schedule_id
       inner join members m on m.id = p.member_id
       left join cohorts c on c.id = s.cohort_id
       where p.next_due_at <= ?
       order by p.next_due_at asc
       limit ?`,
    )
    .raw();
  return (now: string, limit: number): DueRow[] =>
    (statement.all(now, limit) as unknown[][]).map((r) => ({
      scheduleId: r[0] as number,
      memberId: r[1] as number,
      nextDueAt: r[2] as string | null,
      anchor: r[3] as Anchor,
      weekdays: decoded<number[]>(schedules.weekdays, r[4]),
      dayOffset: r[5] as number,
      time: r[6] as string,
      content: r[7] as Content,
      cohortWeekday: r[8] as number | null,
      cohortTime: r[9] as string | null,
      member: {
        id: r[1] as number,
        timeZone: r[10] as string,
        pausedUntil: r[11] as string | null,
        skipNext: decoded<boolean>(members.skipNext, r[12]),
        unreachableSince: r[13] as string | null,
        weeklyCap: r[14] as number | null,
        offLimitsThemes: decoded<string[]>(members.offLimitsThemes, r[15]),
        quietStart: r[16] as string | null,
        quietEnd: r[17] as string | null,
        sessionWeekday: r[18] as number | null,
        sessionTime: r[19] as string | null,
      },
    }));
}

/** `isPaused` for the whole member row, which is read only when the member has a pause date. */
function pausedAt(db: Db, member: PlanningMember, slot: Date): boolean {
  if (member.pausedUntil === null) return false;
  const row = findMember(db, member.id);
  return row !== undefined && isPaused(row, slot);
}

function calendarOf(row: DueRow, dates: readonly string[]) {
  const cohortSession =
    row.cohortWeekday === null ? null : { weekday: row.cohortWeekday, time: row.cohortTime };
  return calendarFor(row.member, cohortSession, dates);
}

/** Nudges (prompts and reminders) sent or on their way to a member in a window (`from`–`to`). */
function nudgesQuery(db: Db) {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.memberId, sql`${sql.placeholder('memberId')}`),
        // A message from or about someone else is not a nudge for the person who receives it.
        notInArray(deliveries.kind, [...OUTBOX_KINDS]),
        inArray(deliveries.status, ['planned', 'sending', 'sent']),
        gte(deliveries.dueAt, sql`${sql.placeholder('from')}`),
        lte(deliveries.dueAt, sql`${sql.placeholder('to')}`),
      ),
    );
}

const weekUpTo = (memberId: number, at: Date) => ({
  memberId,
  from: new Date(at.getTime() - 7 * DAY).toISOString(),
  to: at.toISOString(),
});

/** Nudges (prompts and reminders) sent or on their way to a member in the 7 days up to `at`. */
export function nudgesInWeek(db: Db, memberId: number, at: Date): number {
  return nudgesQuery(db).get(weekUpTo(memberId, at))?.n ?? 0;
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
    const rows = statements.due(nowIso, limit);
    if (rows.length === 0) return 0;
    // Each member's recent prompts and session dates, read once per slice and only when a rule
    // needs them: prompts for reflections, dates for session-anchored rules.
    const recent = new Map<number, string[]>();
    const sessions = new Map<number, string[]>();
    for (const row of rows) {
      if (row.content === 'reflection' && !recent.has(row.memberId)) {
        recent.set(row.memberId, statements.recent.all(row.memberId) as string[]);
      }
      if (row.anchor !== 'weekly' && !sessions.has(row.memberId)) {
        sessions.set(row.memberId, statements.sessions.all(row.memberId) as string[]);
      }
    }
    const skipConsumed = new Set<number>();
    let done = 0;

    db.transaction(() => {
      for (const row of rows) {
        if (done > 0 && spent()) break;
        done += 1;
        const m = row.member;
        const kind = KIND[row.content];
        const calendar = calendarOf(row, sessions.get(row.memberId) ?? []);
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
          const reason: SkipReason | undefined =
            now.getTime() - slot.getTime() > options.graceMs
              ? 'missed'
              : pausedAt(db, m, slot)
                ? 'paused'
                : m.unreachableSince !== null
                  ? 'unreachable'
                  : m.skipNext && !skipConsumed.has(m.id)
                    ? 'skip-requested'
                    : m.weeklyCap !== null && statements.nudges(m.id, slot) >= m.weeklyCap
                      ? 'weekly-cap'
                      : undefined;
          if (reason === 'skip-requested') {
            skipConsumed.add(m.id);
            statements.consumeSkip.run(m.id);
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
        statements.movePlan.run(slot ? isoInstant(slot) : null, row.scheduleId, m.id);
      }
    });
    return done;
  });
  return { planned, skipped };
}

/** The planner's statements, prepared once per database: they run once per slice or per slot. */
const prepared = new WeakMap<Db, Statements>();

type Statements = ReturnType<typeof prepare>;

/**
 * The statements that run once per member or slot are better-sqlite3's own, on drizzle's
 * connection: drizzle's prepared queries spent several times SQLite's own time per call on
 * filling placeholders and mapping rows (an everyone-due minute runs them 100,000 times).
 */
function prepare(db: Db) {
  const sqlite = connectionOf(db);
  const nudges = nudgesQuery(db).prepare();
  return {
    due: dueStatement(sqlite),
    // The last RECENT_WINDOW prompt ids of a member, newest first: one bounded read down the
    // `(member_id, id)` index, so its cost does not grow with a member's history (ranking every
    // past delivery of a batch did: 1 % of planning time with no history, 67 % after a year).
    recent: sqlite
      .prepare(`select prompt_id from deliveries where member_id = ? order by id desc limit ${RECENT_WINDOW}`)
      .pluck(),
    sessions: sqlite.prepare('select date from session_dates where member_id = ?').pluck(),
    // No RETURNING: `changes` is 0 when the slot already had its row (do nothing), 1 when inserted.
    insert: sqlite.prepare(
      `insert into deliveries
         (member_id, kind, prompt_id, slot_key, slot_at, due_at, status, status_reason, expires_at, schedule_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing`,
    ),
    movePlan: sqlite.prepare('update plans set next_due_at = ? where schedule_id = ? and member_id = ?'),
    consumeSkip: sqlite.prepare('update members set skip_next = 0 where id = ?'),
    nudges: (memberId: number, at: Date) => nudges.get(weekUpTo(memberId, at))?.n ?? 0,
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
  const slotAt = isoInstant(slot);
  const { changes } = statements.insert.run(
    row.memberId,
    kind,
    entry.promptId,
    slotKey(kind, slot),
    slotAt,
    isoInstant(entry.dueAt),
    entry.reason ? 'skipped' : 'planned',
    entry.reason ?? null,
    isoInstant(entry.expiresAt),
    row.scheduleId,
  );
  return changes > 0;
}
