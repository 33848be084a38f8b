import { DateTime } from 'luxon';

/**
 * Local time, done once. Every slot is a local date and `HH:MM` in the member's IANA zone,
 * turned into an instant here.
 *
 * Daylight-saving rules (tested in America/New_York and Europe/London):
 * - a time that does not exist (02:30 on the spring-forward day) is sent when the clocks have
 *   jumped, at the same distance past the gap (03:30): late, never skipped;
 * - a time that happens twice (01:30 on the fall-back day) is sent once, at its first occurrence.
 */
export function localInstant(date: string, time: string, zone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const day = DateTime.fromISO(date, { zone });
  return day.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 }).toJSDate();
}

/** The local calendar date of an instant in a zone, `YYYY-MM-DD`. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** `date` plus `days` calendar days (plain calendar arithmetic: no zone is involved). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
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
  const local = DateTime.fromJSDate(instant, { zone });
  const now = local.hour * 60 + local.minute;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const wraps = start > end;
  const inside = wraps ? now >= start || now < end : now >= start && now < end;
  if (!inside) return instant;
  const endDay = wraps && now >= start ? local.plus({ days: 1 }) : local;
  const ends = localInstant(endDay.toISODate() ?? '', quiet.end, zone);
  // On a fall-back night the end may fall in the repeated hour, whose first pass is already over:
  // the second pass (an hour later) is the end of this window.
  return ends > instant ? ends : new Date(ends.getTime() + 3_600_000);
}
