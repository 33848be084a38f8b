import { DateTime, IANAZone } from 'luxon';

/**
 * Local time, done once. Every slot is a local date and `HH:MM` in the member's IANA zone,
 * turned into an instant here.
 *
 * Daylight-saving rules (tested in America/New_York and Europe/London):
 * - a time that does not exist (02:30 on the spring-forward day) is sent when the clocks have
 *   jumped, at the same distance past the gap (03:30): late, never skipped;
 * - a time that happens twice (01:30 on the fall-back day) is sent once, at its first occurrence.
 *
 * The answer is luxon's, to the millisecond; on an ordinary day it comes from offsets read once
 * per zone and date (see `zoneDay`).
 */
export function localInstant(date: string, time: string, zone: string): Date {
  const [h, m] = clockTime(time);
  const day = zoneDay(date, zone);
  if (day.steady && Number.isInteger(h) && Number.isInteger(m) && h >= 0 && h < 24 && m >= 0 && m < 60) {
    // luxon's own arithmetic (`fixOffset`), whose first guess is right on a steady day.
    return new Date(day.midnight + (h * 60 + m) * 60_000 - day.offset * 60 * 1000);
  }
  const luxonDay = DateTime.fromISO(date, { zone });
  return luxonDay.set({ hour: h, minute: m, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * An IANA zone name as the tz database spells it (`europe/london` → `Europe/London`), or undefined
 * when it is not a zone: what a member types and what a platform reports are checked the same way.
 */
export function canonicalZone(name: string | undefined): string | undefined {
  if (!name || !IANAZone.isValidZone(name)) return undefined;
  return Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
}

/** The local calendar date of an instant in a zone, `YYYY-MM-DD` (luxon's answer, as above). */
export function localDate(instant: Date, zone: string): string {
  const wall = wallClock(instant.getTime(), zone);
  if (wall !== undefined) return isoDate(wall);
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}

const DAY_MS = 86_400_000;

/**
 * Planning turns the same few dates and times into numbers and back for every member (a date
 * string costs a `toISOString`, about a microsecond): each pure conversion below keeps its answers,
 * computed exactly as before on a miss. Bounded like the zone days: a tick needs a few of each.
 */
const KEPT = 10_000;
function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      if (kept.size >= KEPT) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}

const dayNumber = remembered(
  (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS,
);

/** The UTC calendar date of a day number (a NaN or out-of-range one throws, as `toISOString` does). */
const dateOfDay = remembered((day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** `HH:MM` as hour and minute (a missing part is 0; nonsense gives NaN and goes to luxon). */
const clockTime = remembered((time: string): readonly [number, number] => {
  const [hour, minute] = time.split(':').map(Number);
  return [hour ?? 0, minute ?? 0];
});

const isoStrings = remembered((ms: number) => new Date(ms).toISOString());

/**
 * `at.toISOString()`, kept per instant: an everyone-due minute writes the same few hundred slot
 * instants for every member (an invalid date throws, as `toISOString` does).
 */
export function isoInstant(at: Date): string {
  return isoStrings(at.getTime());
}

/** `date` plus `days` calendar days (plain calendar arithmetic: no zone is involved). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** ISO weekday of a calendar date (1 = Monday … 7 = Sunday). */
export function weekdayOf(date: string): number {
  // Day 0 of the epoch, 1970-01-01, was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Moves an instant that falls inside quiet hours to the end of the quiet window (never drops it).
 * The window is local `start`–`end` and may wrap midnight (21:30–08:00).
 */
export function afterQuietHours(
  instant: Date,
  quiet: { start: string; end: string } | null,
  zone: string,
): Date {
  if (!quiet) return instant;
  const now = minuteOfDay(instant, zone);
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const wraps = start > end;
  const inside = wraps ? now >= start || now < end : now >= start && now < end;
  if (!inside) return instant;
  const local = DateTime.fromJSDate(instant, { zone });
  const endDay = wraps && now >= start ? local.plus({ days: 1 }) : local;
  const ends = localInstant(endDay.toISODate() ?? '', quiet.end, zone);
  // On a fall-back night the end may fall in the repeated hour, whose first pass is already over:
  // the second pass (an hour later) is the end of this window.
  return ends > instant ? ends : new Date(ends.getTime() + 3_600_000);
}

/** Minutes since local midnight on the wall clock (what luxon's `hour * 60 + minute` gives). */
function minuteOfDay(instant: Date, zone: string): number {
  const wall = wallClock(instant.getTime(), zone);
  if (wall === undefined) {
    const local = DateTime.fromJSDate(instant, { zone });
    return local.hour * 60 + local.minute;
  }
  const clock = new Date(wall);
  return clock.getUTCHours() * 60 + clock.getUTCMinutes();
}

interface ZoneDay {
  /** The offset (minutes) holds from the day's first second to its last, and the day is ordinary. */
  readonly steady: boolean;
  /** luxon's offset at local midnight, in minutes. */
  readonly offset: number;
  /** The local date's midnight read as UTC, ms. */
  readonly midnight: number;
}

/**
 * luxon reads a zone's offset through `Intl` (several `formatToParts` calls per instant), which was
 * a third of planning, once per member; yet a planning tick asks about a few dates in a few zones.
 * So each (zone, local date) is read with luxon once and kept: when the offset is the same at the
 * day's first and last second, the day is *steady* and its instants are plain arithmetic. No zone
 * in the tz database changes its offset twice within four days (checked against tzdata 2025c: the
 * closest pair is 96 h apart), so a steady day has that offset throughout and luxon gives exactly
 * these answers. A day with a transition, or anything unusual, goes to luxon as before.
 * The bound is generous: a tick needs a few dates per zone.
 */
const zoneDays = new Map<string, ZoneDay>();
const ZONE_DAYS_KEPT = 10_000;

function zoneDay(date: string, zone: string): ZoneDay {
  const key = `${zone} ${date}`;
  let day = zoneDays.get(key);
  if (day === undefined) {
    if (zoneDays.size >= ZONE_DAYS_KEPT) zoneDays.clear();
    day = readDay(date, zone);
    zoneDays.set(key, day);
  }
  return day;
}

function readDay(date: string, zone: string): ZoneDay {
  const start = DateTime.fromISO(date, { zone });
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const { offset } = start;
  const first = midnight - offset * 60 * 1000;
  const steady =
    start.isValid &&
    start.toISODate() === date &&
    Number.isInteger(offset) &&
    start.zone.offset(first) === offset &&
    start.zone.offset(first + DAY_MS - 1) === offset;
  return { steady, offset, midnight };
}

/**
 * The instant's local wall-clock time (epoch ms whose UTC fields are the local ones) when a steady
 * day holds it, else undefined. The day is found from the UTC date, then from the local one.
 */
function wallClock(ts: number, zone: string): number | undefined {
  if (!Number.isFinite(ts)) return undefined;
  let date = isoDate(ts);
  for (let tries = 0; tries < 2; tries++) {
    const day = zoneDay(date, zone);
    if (!day.steady) return undefined;
    const wall = ts + day.offset * 60 * 1000;
    const local = isoDate(wall);
    if (local === date) return wall;
    date = local;
  }
  return undefined;
}

/** The UTC date of an instant, `new Date(ms).toISOString().slice(0, 10)`, through `dateOfDay`. */
function isoDate(ms: number): string {
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > MAX_DATE_MS) return new Date(ms).toISOString().slice(0, 10);
  let day = Math.floor(ms / DAY_MS);
  // The division is a float one: make sure of the day with exact integer products.
  if (day * DAY_MS > ms) day -= 1;
  else if ((day + 1) * DAY_MS <= ms) day += 1;
  return dateOfDay(day);
}

/** The largest instant a `Date` holds (ms either side of the epoch). */
const MAX_DATE_MS = 8.64e15;
