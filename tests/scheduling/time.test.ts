import { describe, expect, it } from 'vitest';
import { addDays, afterQuietHours, localDate, localInstant, weekdayOf } from '../../src/scheduling/time';

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
