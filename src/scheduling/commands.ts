import { and, asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { BetweenError } from '../core/errors';
import { count, say } from '../core/messages';
import type { Reply } from '../core/model';
import type { Services } from '../services';
import { findMember, updateMember } from '../storage/members';
import {
  type Anchor,
  CONTENTS,
  type Content,
  type MemberRow,
  plans,
  type ScheduleRow,
  schedules,
  sessionDates,
} from '../storage/schema';
import { refreshPlans } from './plans';

export const SCHEDULE_HELP = [
  '/between schedule add mon,thu 19:00 (a reflection prompt on those days; also daily, weekdays, weekends)',
  '/between schedule add after-session 18:00 (the day after each session)',
  '/between schedule add before-session 19:00 digest (the evening before: what to bring)',
  '  what to send, at the end: reflection (the default), checklist or digest',
  '/between schedule session tue 17:00 (your weekly session), or session dates 2026-12-01 2026-12-15, or session off',
  '/between schedule remove 2, /between schedule clear',
];

const MAX_RULES = 10;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday of `mon`, `thur`, `thursday` …: at least three letters of a day's name; 0 if none. */
export function weekdayNumber(word: string): number {
  return DAY_NAMES.findIndex((name) => word.length >= 3 && name.startsWith(word)) + 1;
}
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CONTENT_WORDS: Record<Content, string> = {
  reflection: 'a reflection prompt',
  checklist: 'the pull-away checklist',
  digest: 'a “what to bring to your session” prompt',
};

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad schedule argument', { userMessage });
}

function parseTime(word: string | undefined): string {
  const time = word?.replace(/^(\d):/, '0$1:');
  if (!time || !HHMM.test(time)) throw bad('Times are on the 24-hour clock, like 07:30 or 19:00.');
  return time;
}

function parseDays(word: string): number[] {
  if (word === 'daily') return [1, 2, 3, 4, 5, 6, 7];
  if (word === 'weekdays') return [1, 2, 3, 4, 5];
  if (word === 'weekends') return [6, 7];
  const days = word.split(',').map(weekdayNumber);
  if (days.some((d) => d === 0)) {
    throw bad('Days look like mon,thu (or daily, weekdays, weekends).');
  }
  return [...new Set(days)].sort();
}

function parseContent(word: string | undefined): Content {
  if (word === undefined) return 'reflection';
  if (!CONTENTS.includes(word as Content)) throw bad('What to send can be reflection, checklist or digest.');
  return word as Content;
}

export function describeRule(rule: Pick<ScheduleRow, 'anchor' | 'weekdays' | 'time' | 'content'>): string {
  const what = CONTENT_WORDS[rule.content];
  if (rule.anchor === 'weekly') {
    const days = rule.weekdays.length === 7 ? 'every day' : rule.weekdays.map((d) => DAYS[d - 1]).join(', ');
    return `${what}, ${days} at ${rule.time}`;
  }
  return rule.anchor === 'after-session'
    ? `${what}, the day after each session at ${rule.time}`
    : `${what}, the day before each session at ${rule.time}`;
}

function memberRules(services: Services, member: MemberRow) {
  return services.db
    .select({ rule: schedules, next: plans.nextDueAt })
    .from(schedules)
    .leftJoin(plans, and(eq(plans.scheduleId, schedules.id), eq(plans.memberId, member.id)))
    .where(eq(schedules.memberId, member.id))
    .orderBy(asc(schedules.id))
    .all();
}

function show(services: Services, member: MemberRow, lead?: string): Reply {
  const rules = memberRules(services, member);
  const dates = services.db
    .select({ date: sessionDates.date, time: sessionDates.time })
    .from(sessionDates)
    .where(eq(sessionDates.memberId, member.id))
    .orderBy(asc(sessionDates.date))
    .all();
  const when = (iso: string | null) =>
    iso
      ? DateTime.fromISO(iso, { zone: member.timeZone }).toFormat('ccc d LLL, HH:mm')
      : 'not until a session is set';
  const lines = rules.map(({ rule, next }, i) => `${i + 1}. ${describeRule(rule)} (next: ${when(next)})`);
  const session =
    member.sessionWeekday !== null
      ? `Your weekly session: ${DAYS[member.sessionWeekday - 1]} at ${member.sessionTime}`
      : dates.length > 0
        ? `Your session dates: ${dates.map((d) => d.date).join(', ')}`
        : 'No session times set.';
  return say(
    ...(lead ? [lead] : []),
    rules.length > 0
      ? `Your schedule (times in ${member.timeZone}):\n${lines.join('\n')}`
      : 'You have no schedule yet.',
    session,
    ...(member.pausedUntil ? [`Paused until ${member.pausedUntil}.`] : []),
    ...(member.weeklyCap !== null
      ? [`At most ${count(member.weeklyCap, 'nudge')} a week, as agreed with your therapist.`]
      : []),
    `To change it:\n${SCHEDULE_HELP.join('\n')}`,
  );
}

export interface Rule {
  readonly anchor: Anchor;
  readonly weekdays: number[];
  readonly dayOffset: number;
  readonly time: string;
  readonly content: Content;
}

/** Reads `mon,thu 19:00 [content]`, `after-session 18:00 [content]` or `before-session 19:00 [content]`. */
export function parseRule(args: readonly string[]): Rule {
  const [first, timeWord, contentWord, ...extra] = args;
  if (!first || extra.length > 0) throw bad(`For example:\n${SCHEDULE_HELP.slice(0, 4).join('\n')}`);
  const time = parseTime(timeWord);
  const content = parseContent(contentWord);
  if (first === 'after-session')
    return { anchor: 'after-session', weekdays: [], dayOffset: 1, time, content };
  if (first === 'before-session')
    return { anchor: 'before-session', weekdays: [], dayOffset: -1, time, content };
  return { anchor: 'weekly', weekdays: parseDays(first), dayOffset: 0, time, content };
}

function add(services: Services, member: MemberRow, args: string[]): Reply {
  if (memberRules(services, member).length >= MAX_RULES) {
    throw bad(
      `You have ${MAX_RULES} scheduled items already; remove one first (/between schedule remove 1).`,
    );
  }
  const rule = parseRule(args);
  services.db
    .insert(schedules)
    .values({ memberId: member.id, ...rule })
    .run();
  refreshPlans(services.db, member.id, services.clock.now());
  const noSession =
    rule.anchor !== 'weekly' &&
    member.sessionWeekday === null &&
    !services.db.select().from(sessionDates).where(eq(sessionDates.memberId, member.id)).get();
  return show(
    services,
    member,
    noSession
      ? 'Added. It starts once I know when your sessions are: /between schedule session tue 17:00.'
      : 'Added.',
  );
}

/** Reads `tue 17:00` as an ISO weekday and a time. */
export function parseWeeklySession(args: readonly string[]): { weekday: number; time: string } {
  const [day, time, ...extra] = args;
  const weekday = weekdayNumber(day ?? '');
  if (weekday === 0 || extra.length > 0 || time === undefined) {
    throw bad('A weekly session looks like: tue 17:00 (or off).');
  }
  return { weekday, time: parseTime(time) };
}

function session(services: Services, member: MemberRow, args: string[]): Reply {
  const [first, ...rest] = args;
  const now = services.clock.now();
  if (first === 'off') {
    updateMember(services.db, member.id, { sessionWeekday: null, sessionTime: null });
    services.db.delete(sessionDates).where(eq(sessionDates.memberId, member.id)).run();
  } else if (first === 'dates') {
    const atIndex = rest.indexOf('at');
    const time = atIndex >= 0 ? parseTime(rest[atIndex + 1]) : '12:00';
    const dates = atIndex >= 0 ? rest.slice(0, atIndex) : rest;
    if (
      dates.length === 0 ||
      dates.length > 52 ||
      dates.some((d) => !DateTime.fromISO(d).isValid || d.length !== 10)
    ) {
      throw bad('Session dates look like: /between schedule session dates 2026-12-01 2026-12-15 at 17:00');
    }
    services.db.transaction((tx) => {
      for (const date of dates) {
        tx.insert(sessionDates)
          .values({ memberId: member.id, date, time })
          .onConflictDoUpdate({ target: [sessionDates.memberId, sessionDates.date], set: { time } })
          .run();
      }
    });
  } else {
    const { weekday, time } = parseWeeklySession(args);
    updateMember(services.db, member.id, { sessionWeekday: weekday, sessionTime: time });
  }
  refreshPlans(services.db, member.id, now);
  const updated = findMember(services.db, member.id);
  return show(services, updated ?? member, 'Saved.');
}

/** `/between schedule …`: view and change the member's own schedule and session times. */
export function schedule(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const [sub, ...rest] = args.map((a) => a.toLowerCase());
  switch (sub) {
    case undefined:
      return show(services, member);
    case 'add':
      return add(services, member, rest);
    case 'session':
      return session(services, member, rest);
    case 'remove': {
      const rules = memberRules(services, member);
      const n = Number(rest[0]);
      const target = Number.isInteger(n) ? rules[n - 1] : undefined;
      if (!target || rest.length !== 1) {
        throw bad(
          rules.length === 0
            ? 'There is nothing scheduled to remove.'
            : `Say which one, from 1 to ${rules.length}.`,
        );
      }
      services.db.delete(schedules).where(eq(schedules.id, target.rule.id)).run();
      return show(services, member, 'Removed.');
    }
    case 'clear':
      services.db.delete(schedules).where(eq(schedules.memberId, member.id)).run();
      return show(services, member, 'Cleared. Nothing will be sent on a schedule until you add something.');
    default:
      throw bad(`I can do these:\n${SCHEDULE_HELP.join('\n')}`);
  }
}
