import { and, asc, eq } from 'drizzle-orm';
import { DateTime, Info } from 'luxon';
import { BetweenError } from '../core/errors';
import { message, text } from '../core/messages';
import type { Element, Reply } from '../core/model';
import { dayAndTime, INTL_LOCALE, type Locale, localeOf, type MessageKey, t } from '../i18n';
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
import { zoneButtons } from './zones';

/** How to change a schedule, one line each, in `locale`. */
export function scheduleHelp(locale: Locale): string[] {
  return [
    t(locale, 'schedule.help.weekly'),
    t(locale, 'schedule.help.afterSession'),
    t(locale, 'schedule.help.beforeSession'),
    t(locale, 'schedule.help.content'),
    t(locale, 'schedule.help.session'),
    t(locale, 'schedule.help.remove'),
  ];
}

const MAX_RULES = 10;
/** The weekday words of the command (and how English shows a weekday): `mon` … `sun`. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A word without accents, in lower case: `Miércoles` → `miercoles`. */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Weekday names as a Spanish speaker types them (from Intl, without accents): `lunes` … `domingo`. */
const SPANISH_DAY_NAMES = Info.weekdays('long', { locale: 'es' }).map(plain);

/**
 * ISO weekday of `mon`, `thur`, `thursday` … (or in Spanish `lun`, `miércoles`, `sab` …): at least
 * three letters of a day's name; 0 if none. The English and Spanish beginnings never overlap.
 */
export function weekdayNumber(word: string): number {
  const typed = plain(word);
  if (typed.length < 3) return 0;
  for (const names of [DAY_NAMES, SPANISH_DAY_NAMES]) {
    const index = names.findIndex((name) => name.startsWith(typed));
    if (index >= 0) return index + 1;
  }
  return 0;
}

/** A weekday as a member reads it: English shows the command word (`tue`), others its name from Intl (`martes`). */
export function weekdayName(locale: Locale, weekday: number): string {
  if (locale === 'en') return DAYS[weekday - 1] ?? '';
  return Info.weekdays('long', { locale: INTL_LOCALE[locale] })[weekday - 1] ?? '';
}

/** Several weekdays: `mon, thu` in English; `lunes y jueves` in Spanish (Intl's list). */
function weekdayList(locale: Locale, weekdays: readonly number[]): string {
  const names = weekdays.map((d) => weekdayName(locale, d));
  if (locale === 'en') return names.join(', ');
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(names);
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CONTENT_WORDS: Record<Content, MessageKey> = {
  reflection: 'schedule.content.reflection',
  checklist: 'schedule.content.checklist',
  digest: 'schedule.content.digest',
};

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad schedule argument', { userMessage });
}

function parseTime(word: string | undefined, locale: Locale): string {
  const time = word?.replace(/^(\d):/, '0$1:');
  if (!time || !HHMM.test(time)) throw bad(t(locale, 'schedule.bad.time'));
  return time;
}

function parseDays(word: string, locale: Locale): number[] {
  if (word === 'daily') return [1, 2, 3, 4, 5, 6, 7];
  if (word === 'weekdays') return [1, 2, 3, 4, 5];
  if (word === 'weekends') return [6, 7];
  const days = word.split(',').map(weekdayNumber);
  if (days.some((d) => d === 0)) {
    throw bad(t(locale, 'schedule.bad.days'));
  }
  return [...new Set(days)].sort();
}

function parseContent(word: string | undefined, locale: Locale): Content {
  if (word === undefined) return 'reflection';
  if (!CONTENTS.includes(word as Content)) throw bad(t(locale, 'schedule.bad.content'));
  return word as Content;
}

/** One rule in words, in `locale`: what is sent, and when. */
export function describeRule(
  rule: Pick<ScheduleRow, 'anchor' | 'weekdays' | 'time' | 'content'>,
  locale: Locale = 'en',
): string {
  const what = t(locale, CONTENT_WORDS[rule.content]);
  const time = rule.time;
  if (rule.anchor === 'weekly') {
    const days =
      rule.weekdays.length === 7
        ? t(locale, 'schedule.days.everyDay')
        : t(locale, 'schedule.days.some', { days: weekdayList(locale, rule.weekdays) });
    return t(locale, 'schedule.rule.weekly', { what, days, time });
  }
  return rule.anchor === 'after-session'
    ? t(locale, 'schedule.rule.afterSession', { what, time })
    : t(locale, 'schedule.rule.beforeSession', { what, time });
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

function show(services: Services, member: MemberRow, lead?: string, after: readonly Element[] = []): Reply {
  const locale = localeOf(member);
  const rules = memberRules(services, member);
  const dates = services.db
    .select({ date: sessionDates.date, time: sessionDates.time })
    .from(sessionDates)
    .where(eq(sessionDates.memberId, member.id))
    .orderBy(asc(sessionDates.date))
    .all();
  const when = (iso: string | null) =>
    iso
      ? dayAndTime(locale, DateTime.fromISO(iso, { zone: member.timeZone }))
      : t(locale, 'schedule.show.nextUnset');
  const lines = rules.map(({ rule, next }, i) =>
    t(locale, 'schedule.show.line', { n: i + 1, rule: describeRule(rule, locale), when: when(next) }),
  );
  const session =
    member.sessionWeekday !== null
      ? t(locale, 'schedule.show.weeklySession', {
          day: weekdayName(locale, member.sessionWeekday),
          time: member.sessionTime ?? '',
        })
      : dates.length > 0
        ? t(locale, 'schedule.show.sessionDates', { dates: dates.map((d) => d.date).join(', ') })
        : t(locale, 'schedule.show.noSession');
  const paragraphs = [
    ...(lead ? [lead] : []),
    rules.length > 0
      ? t(locale, 'schedule.show.rules', { zone: member.timeZone, lines: lines.join('\n') })
      : t(locale, 'schedule.show.none'),
    session,
    ...(member.pausedUntil ? [t(locale, 'schedule.show.paused', { date: member.pausedUntil })] : []),
    ...(member.weeklyCap !== null ? [t(locale, 'schedule.show.cap', { n: member.weeklyCap })] : []),
    t(locale, 'schedule.show.toChange', { lines: scheduleHelp(locale).join('\n') }),
  ];
  return { kind: 'message', message: message(...paragraphs.map((p) => text(p)), ...after) };
}

export interface Rule {
  readonly anchor: Anchor;
  readonly weekdays: number[];
  readonly dayOffset: number;
  readonly time: string;
  readonly content: Content;
}

/**
 * Reads `mon,thu 19:00 [content]`, `after-session 18:00 [content]` or `before-session 19:00 [content]`;
 * a mistake is explained in `locale`.
 */
export function parseRule(args: readonly string[], locale: Locale = 'en'): Rule {
  const [first, timeWord, contentWord, ...extra] = args;
  if (!first || extra.length > 0) {
    throw bad(t(locale, 'schedule.bad.example', { lines: scheduleHelp(locale).slice(0, 4).join('\n') }));
  }
  const time = parseTime(timeWord, locale);
  const content = parseContent(contentWord, locale);
  if (first === 'after-session')
    return { anchor: 'after-session', weekdays: [], dayOffset: 1, time, content };
  if (first === 'before-session')
    return { anchor: 'before-session', weekdays: [], dayOffset: -1, time, content };
  return { anchor: 'weekly', weekdays: parseDays(first, locale), dayOffset: 0, time, content };
}

function add(services: Services, member: MemberRow, args: string[]): Reply {
  const locale = localeOf(member);
  if (memberRules(services, member).length >= MAX_RULES) {
    throw bad(t(locale, 'schedule.bad.tooMany', { max: MAX_RULES }));
  }
  const rule = parseRule(args, locale);
  services.db
    .insert(schedules)
    .values({ memberId: member.id, ...rule })
    .run();
  refreshPlans(services.db, member.id, services.clock.now());
  const noSession =
    rule.anchor !== 'weekly' &&
    member.sessionWeekday === null &&
    !services.db.select().from(sessionDates).where(eq(sessionDates.memberId, member.id)).get();
  const added = t(locale, noSession ? 'schedule.addedWaiting' : 'schedule.added');
  // Discord tells bots no time zone: a member who never set one hears which zone the times are
  // in, and can choose theirs with one click.
  if (member.timeZoneSource !== null) return show(services, member, added);
  const zone = t(locale, 'schedule.zoneUnknown', { zone: member.timeZone });
  return show(services, member, `${added}\n${zone}`, [zoneButtons(locale)]);
}

/** Reads `tue 17:00` as an ISO weekday and a time; a mistake is explained in `locale`. */
export function parseWeeklySession(
  args: readonly string[],
  locale: Locale = 'en',
): { weekday: number; time: string } {
  const [day, time, ...extra] = args;
  const weekday = weekdayNumber(day ?? '');
  if (weekday === 0 || extra.length > 0 || time === undefined) {
    throw bad(t(locale, 'schedule.bad.weeklySession'));
  }
  return { weekday, time: parseTime(time, locale) };
}

function session(services: Services, member: MemberRow, args: string[]): Reply {
  const locale = localeOf(member);
  const [first, ...rest] = args;
  const now = services.clock.now();
  if (first === 'off') {
    updateMember(services.db, member.id, { sessionWeekday: null, sessionTime: null });
    services.db.delete(sessionDates).where(eq(sessionDates.memberId, member.id)).run();
  } else if (first === 'dates') {
    const atIndex = rest.indexOf('at');
    const time = atIndex >= 0 ? parseTime(rest[atIndex + 1], locale) : '12:00';
    const dates = atIndex >= 0 ? rest.slice(0, atIndex) : rest;
    if (
      dates.length === 0 ||
      dates.length > 52 ||
      dates.some((d) => !DateTime.fromISO(d).isValid || d.length !== 10)
    ) {
      throw bad(t(locale, 'schedule.bad.sessionDates'));
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
    const { weekday, time } = parseWeeklySession(args, locale);
    updateMember(services.db, member.id, { sessionWeekday: weekday, sessionTime: time });
  }
  refreshPlans(services.db, member.id, now);
  const updated = findMember(services.db, member.id);
  return show(services, updated ?? member, t(locale, 'schedule.saved'));
}

/** `/between schedule …`: view and change the member's own schedule and session times. */
export function schedule(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const locale = localeOf(member);
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
            ? t(locale, 'schedule.bad.nothingToRemove')
            : t(locale, 'schedule.bad.whichOne', { count: rules.length }),
        );
      }
      services.db.delete(schedules).where(eq(schedules.id, target.rule.id)).run();
      return show(services, member, t(locale, 'schedule.removed'));
    }
    case 'clear':
      services.db.delete(schedules).where(eq(schedules.memberId, member.id)).run();
      return show(services, member, t(locale, 'schedule.cleared'));
    default:
      throw bad(t(locale, 'schedule.bad.unknown', { lines: scheduleHelp(locale).join('\n') }));
  }
}
