import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, afterQuietHours, localDate, localInstant, weekdayOf } from '../../src/scheduling/time';
import { runs } from '../fixtures/arbitraries';

const iso = (instant: Date) => instant.toISOString();
const at = (instant: string) => new Date(instant);

describe('localInstant', () => {
  it('turns an ordinary winter local time into the right instant in several zones', () => {
    expect(iso(localInstant('2026-01-15', '09:00', 'America/New_York'))).toBe('2026-01-15T14:00:00.000Z');
    expect(iso(localInstant('2026-01-15', '09:00', 'Europe/London'))).toBe('2026-01-15T09:00:00.000Z');
    expect(iso(localInstant('2026-01-15', '09:00', 'Asia/Kolkata'))).toBe('2026-01-15T03:30:00.000Z');
    expect(iso(localInstant('2026-01-15', '09:00', 'Pacific/Auckland'))).toBe('2026-01-14T20:00:00.000Z');
    expect(iso(localInstant('2026-01-15', '09:00', 'Australia/Sydney'))).toBe('2026-01-14T22:00:00.000Z');
  });

  it('turns an ordinary summer local time into the right instant in several zones', () => {
    expect(iso(localInstant('2026-07-15', '09:00', 'America/New_York'))).toBe('2026-07-15T13:00:00.000Z');
    expect(iso(localInstant('2026-07-15', '09:00', 'Europe/London'))).toBe('2026-07-15T08:00:00.000Z');
    expect(iso(localInstant('2026-07-15', '09:00', 'Asia/Kolkata'))).toBe('2026-07-15T03:30:00.000Z');
    expect(iso(localInstant('2026-07-15', '09:00', 'Pacific/Auckland'))).toBe('2026-07-14T21:00:00.000Z');
    expect(iso(localInstant('2026-07-15', '09:00', 'Australia/Sydney'))).toBe('2026-07-14T23:00:00.000Z');
  });

  it('sends a New York time inside the spring-forward gap at the same distance past the jump (02:30 becomes 03:30 EDT)', () => {
    expect(iso(localInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('sends a London time inside the spring-forward gap at the same distance past the jump (01:30 becomes 02:30 BST)', () => {
    expect(iso(localInstant('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('resolves a New York time that happens twice on the fall-back day to its first occurrence (01:30 EDT)', () => {
    expect(iso(localInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('resolves a London time that happens twice on the fall-back day to its first occurrence (01:30 BST)', () => {
    expect(iso(localInstant('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('uses the new offset for times later on a DST-change day', () => {
    expect(iso(localInstant('2026-03-08', '19:00', 'America/New_York'))).toBe('2026-03-08T23:00:00.000Z');
    expect(iso(localInstant('2026-11-01', '05:00', 'America/New_York'))).toBe('2026-11-01T10:00:00.000Z');
  });
});

describe('localDate', () => {
  it('gives the local calendar date of one instant, which differs across midnight between zones', () => {
    const instant = at('2026-01-15T03:00:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-01-14');
    expect(localDate(instant, 'Europe/London')).toBe('2026-01-15');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-01-15');
  });

  it('puts a late-evening UTC instant on the next day in zones east of UTC', () => {
    const instant = at('2026-01-15T23:30:00Z');
    expect(localDate(instant, 'America/New_York')).toBe('2026-01-15');
    expect(localDate(instant, 'Asia/Kolkata')).toBe('2026-01-16');
    expect(localDate(instant, 'Pacific/Auckland')).toBe('2026-01-16');
  });

  it('crosses the year end in one zone but not another', () => {
    const instant = at('2025-12-31T20:00:00Z');
    expect(localDate(instant, 'Asia/Tokyo')).toBe('2026-01-01');
    expect(localDate(instant, 'America/New_York')).toBe('2025-12-31');
  });
});

describe('addDays', () => {
  it('crosses month ends, including February in common and leap years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('crosses the year end in both directions', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts DST-change days as one calendar day each', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
  });

  it('returns the same date for zero days', () => {
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });
});

describe('weekdayOf', () => {
  it('numbers ISO weekdays from Monday 1 to Sunday 7', () => {
    expect(weekdayOf('2026-01-01')).toBe(4);
    expect(weekdayOf('2026-02-28')).toBe(6);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(weekdayOf('2026-03-09')).toBe(1);
    expect(weekdayOf('2026-10-25')).toBe(7);
    expect(weekdayOf('2024-02-29')).toBe(4);
  });
});

describe('afterQuietHours', () => {
  const lunch = { start: '13:00', end: '14:00' };
  const night = { start: '21:30', end: '08:00' };

  it('leaves an instant outside the quiet window unchanged', () => {
    expect(iso(afterQuietHours(at('2026-01-15T12:59:00Z'), lunch, 'UTC'))).toBe('2026-01-15T12:59:00.000Z');
    expect(iso(afterQuietHours(at('2026-01-15T12:00:00Z'), night, 'UTC'))).toBe('2026-01-15T12:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-01-15T21:29:00Z'), night, 'UTC'))).toBe('2026-01-15T21:29:00.000Z');
  });

  it('moves an instant inside a non-wrapping window to its end', () => {
    expect(iso(afterQuietHours(at('2026-01-15T13:20:00Z'), lunch, 'UTC'))).toBe('2026-01-15T14:00:00.000Z');
  });

  it('moves an instant before midnight in a wrapping window to its end on the next local day', () => {
    expect(iso(afterQuietHours(at('2026-01-15T22:00:00Z'), night, 'UTC'))).toBe('2026-01-16T08:00:00.000Z');
  });

  it('moves an instant after midnight in a wrapping window to its end on the same local day', () => {
    expect(iso(afterQuietHours(at('2026-01-16T03:00:00Z'), night, 'UTC'))).toBe('2026-01-16T08:00:00.000Z');
  });

  it('treats exactly the end of the window as outside', () => {
    expect(iso(afterQuietHours(at('2026-01-15T14:00:00Z'), lunch, 'UTC'))).toBe('2026-01-15T14:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-01-16T08:00:00Z'), night, 'UTC'))).toBe('2026-01-16T08:00:00.000Z');
  });

  it('treats exactly the start of the window as inside', () => {
    expect(iso(afterQuietHours(at('2026-01-15T13:00:00Z'), lunch, 'UTC'))).toBe('2026-01-15T14:00:00.000Z');
    expect(iso(afterQuietHours(at('2026-01-15T21:30:00Z'), night, 'UTC'))).toBe('2026-01-16T08:00:00.000Z');
  });

  it('leaves the instant unchanged when there are no quiet hours', () => {
    expect(iso(afterQuietHours(at('2026-01-15T03:00:00Z'), null, 'America/New_York'))).toBe(
      '2026-01-15T03:00:00.000Z',
    );
  });

  it('reads the window in the member’s own zone', () => {
    // 22:00 EST on 14 January → 08:00 EST on 15 January.
    expect(iso(afterQuietHours(at('2026-01-15T03:00:00Z'), night, 'America/New_York'))).toBe(
      '2026-01-15T13:00:00.000Z',
    );
    // 05:00 EST on 15 January → 08:00 EST the same day.
    expect(iso(afterQuietHours(at('2026-01-15T10:00:00Z'), night, 'America/New_York'))).toBe(
      '2026-01-15T13:00:00.000Z',
    );
    // 09:00 EST is outside, although 14:00 UTC would be inside the same window read in UTC.
    expect(iso(afterQuietHours(at('2026-01-15T14:00:00Z'), night, 'America/New_York'))).toBe(
      '2026-01-15T14:00:00.000Z',
    );
    // 13:15 IST → 14:00 IST.
    expect(iso(afterQuietHours(at('2026-01-15T07:45:00Z'), lunch, 'Asia/Kolkata'))).toBe(
      '2026-01-15T08:30:00.000Z',
    );
  });

  it('ends a quiet night spanning the New York fall-back at 07:00 local EST', () => {
    const quiet = { start: '22:00', end: '07:00' };
    // 23:00 EDT on 31 October.
    expect(iso(afterQuietHours(at('2026-11-01T03:00:00Z'), quiet, 'America/New_York'))).toBe(
      '2026-11-01T12:00:00.000Z',
    );
    // 01:30 EST, the second pass through 01:30.
    expect(iso(afterQuietHours(at('2026-11-01T06:30:00Z'), quiet, 'America/New_York'))).toBe(
      '2026-11-01T12:00:00.000Z',
    );
  });

  it('ends a window that closes inside the repeated fall-back hour at its second pass, never earlier', () => {
    const quiet = { start: '22:00', end: '01:30' };
    // 01:10 EST, the second pass: the first 01:30 (05:30Z) is already over; the window ends at 01:30 EST.
    expect(iso(afterQuietHours(at('2026-11-01T06:10:00Z'), quiet, 'America/New_York'))).toBe(
      '2026-11-01T06:30:00.000Z',
    );
    // 01:10 EDT, the first pass: the window ends at the first 01:30.
    expect(iso(afterQuietHours(at('2026-11-01T05:10:00Z'), quiet, 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('ends a quiet night spanning the New York spring-forward at 07:00 local EDT', () => {
    const quiet = { start: '22:00', end: '07:00' };
    // 22:00 EST on 7 March.
    expect(iso(afterQuietHours(at('2026-03-08T03:00:00Z'), quiet, 'America/New_York'))).toBe(
      '2026-03-08T11:00:00.000Z',
    );
  });
});

/** What localInstant, localDate and afterQuietHours computed with luxon alone, for every call. */
const plain = {
  instant(date: string, time: string, zone: string): Date {
    const [hour, minute] = time.split(':').map(Number);
    return DateTime.fromISO(date, { zone })
      .set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 })
      .toJSDate();
  },
  date: (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate() ?? '',
  afterQuiet(instant: Date, quiet: { start: string; end: string }, zone: string): Date {
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    const local = DateTime.fromJSDate(instant, { zone });
    const now = local.hour * 60 + local.minute;
    const [start, end] = [minutes(quiet.start), minutes(quiet.end)];
    const wraps = start > end;
    if (!(wraps ? now >= start || now < end : now >= start && now < end)) return instant;
    const endDay = wraps && now >= start ? local.plus({ days: 1 }) : local;
    const ends = plain.instant(endDay.toISODate() ?? '', quiet.end, zone);
    return ends > instant ? ends : new Date(ends.getTime() + 3_600_000);
  },
};

const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset;

/** The instants (to the minute) at which a zone changed its offset in a year, found with luxon alone. */
const transitionsCache = new Map<string, number[]>();
function transitions(zone: string, year: number): number[] {
  const key = `${zone} ${year}`;
  const cached = transitionsCache.get(key);
  if (cached) return cached;
  const found: number[] = [];
  const WEEK = 7 * DAY;
  for (let low = Date.UTC(year, 0, 1); low < Date.UTC(year + 1, 0, 1); low += WEEK) {
    const offset = offsetAt(low, zone);
    if (offset === offsetAt(low + WEEK, zone)) continue;
    let [from, to] = [low, low + WEEK];
    while (to - from > MINUTE) {
      const middle = from + Math.floor((to - from) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle, zone) === offset) from = middle;
      else to = middle;
    }
    found.push(to);
  }
  transitionsCache.set(key, found);
  return found;
}

const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
const zone = fc.constantFrom(...ZONES);
const year = fc.integer({ min: 1900, max: 2100 });
/** An instant from 1900 to 2100. */
const anyInstant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2101, 0, 1) });

/** A zone and an instant, half of them within a day of one of the zone's offset changes. */
const zoneAndInstant = fc.oneof(
  fc.record({ zone, ms: anyInstant }),
  fc
    .record({ zone, year, pick: fc.nat(), shift: fc.integer({ min: -DAY, max: DAY }) })
    .map(({ zone, year, pick, shift }) => {
      const found = transitions(zone, year);
      const at = found[pick % Math.max(found.length, 1)] ?? Date.UTC(year, 6, 1);
      return { zone, ms: at + shift };
    }),
);

/** A zone, a local date and a local `HH:MM`, half of them within two hours of an offset change. */
const zoneDateTime = fc.oneof(
  fc
    .record({ zone, ms: anyInstant, minute: fc.integer({ min: 0, max: 1439 }) })
    .map(({ zone, ms, minute }) => ({
      zone,
      date: new Date(ms).toISOString().slice(0, 10),
      time: hhmm(minute),
    })),
  fc
    .record({ zone, year, pick: fc.nat(), shift: fc.integer({ min: -120, max: 120 }) })
    .map(({ zone, year, pick, shift }) => {
      const found = transitions(zone, year);
      const at = found[pick % Math.max(found.length, 1)] ?? Date.UTC(year, 2, 1);
      // The wall clock just before the change, moved by up to two hours either way.
      const before = DateTime.fromMillis(at - MINUTE, { zone }).plus({ minutes: 1 });
      const minute = Math.min(1439, Math.max(0, before.hour * 60 + before.minute + shift));
      return { zone, date: before.toISODate() ?? '', time: hhmm(minute) };
    }),
);

describe('cached zone offsets', () => {
  it('give the instant of a local date and time exactly as luxon does, in every zone and on DST days', () => {
    fc.assert(
      fc.property(zoneDateTime, ({ zone, date, time }) => {
        const expected = plain.instant(date, time, zone).getTime();
        expect(localInstant(date, time, zone).getTime()).toBe(expected);
        expect(localInstant(date, time, zone).getTime()).toBe(expected);
      }),
      runs(2_000),
    );
  });

  it('give the local date of an instant exactly as luxon does, in every zone and around DST changes', () => {
    fc.assert(
      fc.property(zoneAndInstant, ({ zone, ms }) => {
        expect(localDate(new Date(ms), zone)).toBe(plain.date(new Date(ms), zone));
      }),
      runs(2_000),
    );
  });

  it('move an instant out of quiet hours exactly as luxon alone did', () => {
    const window = fc.record({
      start: fc.integer({ min: 0, max: 1439 }).map(hhmm),
      end: fc.integer({ min: 0, max: 1439 }).map(hhmm),
    });
    fc.assert(
      fc.property(zoneAndInstant, window, ({ zone, ms }, quiet) => {
        const instant = new Date(Math.floor(ms / MINUTE) * MINUTE);
        expect(afterQuietHours(instant, quiet, zone).getTime()).toBe(
          plain.afterQuiet(instant, quiet, zone).getTime(),
        );
      }),
      runs(2_000),
    );
  });

  it('fall back to luxon for what is not a plain date, time and zone', () => {
    expect(localInstant('2026-03-08', '02:30', 'Not/AZone').getTime()).toBeNaN();
    expect(localDate(new Date('2026-03-08T12:00:00Z'), 'Not/AZone')).toBe('');
    expect(iso(localInstant('2011-12-30', '09:00', 'Pacific/Apia'))).toBe(
      iso(plain.instant('2011-12-30', '09:00', 'Pacific/Apia')),
    );
  });
});
