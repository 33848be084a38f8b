import { describe, expect, it } from 'vitest';
import { nextSlot, type SessionCalendar, type SlotRule } from '../../src/scheduling/occurrences';
import { calendarFor } from '../../src/scheduling/plans';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;
const at = (instant: string) => new Date(instant);

/** Local wall-clock `HH:MM` of an instant, to show what the member sees. */
const clock = (instant: Date | null, zone: string) =>
  instant === null
    ? null
    : new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(instant);

const noSessions = (zone: string): SessionCalendar => ({ zone, weekly: null, dates: [] });

const weekly = (weekdays: number[], time: string): SlotRule => ({
  anchor: 'weekly',
  weekdays,
  dayOffset: 0,
  time,
});

/** Calls nextSlot `count` times, each from the slot before, and returns the instants. */
const chain = (rule: SlotRule, calendar: SessionCalendar, after: Date, count: number) => {
  const out: (string | null)[] = [];
  let from = after;
  for (let i = 0; i < count; i++) {
    const slot = nextSlot(rule, calendar, from);
    out.push(iso(slot));
    if (slot === null) break;
    from = slot;
  }
  return out;
};

describe('nextSlot, weekly', () => {
  const monThu = weekly([1, 4], '19:00');

  it('finds the next Mon/Thu 19:00 slot and the one after it in New York', () => {
    // Tuesday 6 January 07:00 EST → Thursday 8 January 19:00 EST, then Monday 12 January 19:00 EST.
    expect(chain(monThu, noSessions('America/New_York'), at('2026-01-06T12:00:00Z'), 2)).toEqual([
      '2026-01-09T00:00:00.000Z',
      '2026-01-13T00:00:00.000Z',
    ]);
  });

  it('finds the next Mon/Thu 19:00 slot and the one after it in London', () => {
    expect(chain(monThu, noSessions('Europe/London'), at('2026-01-06T12:00:00Z'), 2)).toEqual([
      '2026-01-08T19:00:00.000Z',
      '2026-01-12T19:00:00.000Z',
    ]);
  });

  it('finds the next Mon/Thu 19:00 slot and the one after it in Tokyo', () => {
    expect(chain(monThu, noSessions('Asia/Tokyo'), at('2026-01-06T12:00:00Z'), 2)).toEqual([
      '2026-01-08T10:00:00.000Z',
      '2026-01-12T10:00:00.000Z',
    ]);
  });

  it('gives each zone its own next slot from the same Thursday noon UTC', () => {
    const after = at('2026-01-08T12:00:00Z');
    // 07:00 EST Thursday: tonight is still ahead.
    expect(chain(monThu, noSessions('America/New_York'), after, 2)).toEqual([
      '2026-01-09T00:00:00.000Z',
      '2026-01-13T00:00:00.000Z',
    ]);
    // 12:00 GMT Thursday: tonight is still ahead.
    expect(chain(monThu, noSessions('Europe/London'), after, 2)).toEqual([
      '2026-01-08T19:00:00.000Z',
      '2026-01-12T19:00:00.000Z',
    ]);
    // 21:00 JST Thursday: tonight has passed, so Monday, then the next Thursday.
    expect(chain(monThu, noSessions('Asia/Tokyo'), after, 2)).toEqual([
      '2026-01-12T10:00:00.000Z',
      '2026-01-15T10:00:00.000Z',
    ]);
  });

  it('uses summer time for a summer slot in New York', () => {
    // Monday 15 June 08:00 EDT → 19:00 EDT the same day.
    expect(iso(nextSlot(monThu, noSessions('America/New_York'), at('2026-06-15T12:00:00Z')))).toBe(
      '2026-06-15T23:00:00.000Z',
    );
  });

  it('returns the slot after when `after` is exactly a slot (strictly after)', () => {
    const zone = 'America/New_York';
    expect(iso(nextSlot(monThu, noSessions(zone), at('2026-01-09T00:00:00.000Z')))).toBe(
      '2026-01-13T00:00:00.000Z',
    );
    expect(iso(nextSlot(monThu, noSessions(zone), at('2026-01-08T23:59:59.999Z')))).toBe(
      '2026-01-09T00:00:00.000Z',
    );
  });

  it('sends a daily 02:30 slot at 03:30 on the New York spring-forward day and at 02:30 the next day', () => {
    const zone = 'America/New_York';
    const slots = chain(
      weekly([1, 2, 3, 4, 5, 6, 7], '02:30'),
      noSessions(zone),
      at('2026-03-07T00:00:00Z'),
      3,
    );
    expect(slots).toEqual([
      '2026-03-07T07:30:00.000Z', // Saturday 02:30 EST
      '2026-03-08T07:30:00.000Z', // Sunday 03:30 EDT (02:30 does not exist)
      '2026-03-09T06:30:00.000Z', // Monday 02:30 EDT
    ]);
    expect(slots.map((slot) => clock(slot === null ? null : at(slot), zone))).toEqual([
      '02:30',
      '03:30',
      '02:30',
    ]);
  });

  it('makes exactly one slot per day for a week across the London fall-back (no double, no miss)', () => {
    const zone = 'Europe/London';
    const slots = chain(
      weekly([1, 2, 3, 4, 5, 6, 7], '01:30'),
      noSessions(zone),
      at('2026-10-22T12:00:00Z'),
      7,
    );
    expect(slots).toEqual([
      '2026-10-23T00:30:00.000Z', // Friday 01:30 BST
      '2026-10-24T00:30:00.000Z', // Saturday 01:30 BST
      '2026-10-25T00:30:00.000Z', // Sunday, first 01:30 (BST); the second (01:30 GMT) is not sent
      '2026-10-26T01:30:00.000Z', // Monday 01:30 GMT
      '2026-10-27T01:30:00.000Z',
      '2026-10-28T01:30:00.000Z',
      '2026-10-29T01:30:00.000Z',
    ]);
  });

  it('returns null when the rule has no weekdays', () => {
    expect(nextSlot(weekly([], '19:00'), noSessions('Europe/London'), at('2026-01-06T12:00:00Z'))).toBeNull();
  });
});

describe('nextSlot, session-anchored', () => {
  const afterSession: SlotRule = { anchor: 'after-session', weekdays: [], dayOffset: 1, time: '18:00' };
  const beforeSession: SlotRule = { anchor: 'before-session', weekdays: [], dayOffset: -1, time: '19:00' };
  const tuesdays = (zone: string, dates: string[] = []): SessionCalendar => ({
    zone,
    weekly: { weekday: 2, time: '17:00' },
    dates,
  });
  const datesOnly = (zone: string, dates: string[]): SessionCalendar => ({ zone, weekly: null, dates });
  const monday = at('2026-01-05T12:00:00Z');

  it('puts an after-session slot on the Wednesday at 18:00 for a weekly Tuesday 17:00 session', () => {
    expect(chain(afterSession, tuesdays('Europe/London'), monday, 2)).toEqual([
      '2026-01-07T18:00:00.000Z',
      '2026-01-14T18:00:00.000Z',
    ]);
  });

  it('still finds the after-session slot for yesterday’s session', () => {
    // Wednesday 7 January 12:00: Tuesday’s session was yesterday, its slot is tonight.
    expect(iso(nextSlot(afterSession, tuesdays('Europe/London'), at('2026-01-07T12:00:00Z')))).toBe(
      '2026-01-07T18:00:00.000Z',
    );
  });

  it('puts a before-session slot on the Monday at 19:00 for a weekly Tuesday 17:00 session', () => {
    expect(chain(beforeSession, tuesdays('Europe/London'), monday, 2)).toEqual([
      '2026-01-05T19:00:00.000Z',
      '2026-01-12T19:00:00.000Z',
    ]);
  });

  it('uses explicit session dates alone, in any order, however far ahead', () => {
    const calendar = datesOnly('Europe/London', ['2026-02-10', '2026-01-20', '2026-03-03']);
    expect(chain(afterSession, calendar, monday, 4)).toEqual([
      '2026-01-21T18:00:00.000Z',
      '2026-02-11T18:00:00.000Z',
      '2026-03-04T18:00:00.000Z',
      null,
    ]);
  });

  it('uses the union of the weekly session and explicit dates', () => {
    // Weekly Tuesdays plus an extra session on Thursday 8 January.
    expect(chain(afterSession, tuesdays('Europe/London', ['2026-01-08']), monday, 3)).toEqual([
      '2026-01-07T18:00:00.000Z',
      '2026-01-09T18:00:00.000Z',
      '2026-01-14T18:00:00.000Z',
    ]);
  });

  it('returns null when there is no session at all', () => {
    expect(nextSlot(afterSession, noSessions('Europe/London'), monday)).toBeNull();
    expect(nextSlot(beforeSession, noSessions('Europe/London'), monday)).toBeNull();
  });

  it('returns null when every explicit session date is in the past', () => {
    expect(
      nextSlot(afterSession, datesOnly('Europe/London', ['2025-12-01', '2025-12-15']), monday),
    ).toBeNull();
  });

  it('skips to the next session when the evening before a session only 10 hours away has passed', () => {
    // Tuesday 6 January 07:00, session at 17:00: Monday 19:00 has passed.
    const tuesdayMorning = at('2026-01-06T07:00:00Z');
    expect(iso(nextSlot(beforeSession, tuesdays('Europe/London'), tuesdayMorning))).toBe(
      '2026-01-12T19:00:00.000Z',
    );
    expect(
      iso(nextSlot(beforeSession, datesOnly('Europe/London', ['2026-01-06', '2026-01-20']), tuesdayMorning)),
    ).toBe('2026-01-19T19:00:00.000Z');
  });

  it('reads sessions and slot times in the member’s own zone', () => {
    // The same Tuesday session and local slot times: London (GMT) vs Los Angeles (PST, UTC-8).
    expect(iso(nextSlot(afterSession, tuesdays('Europe/London'), monday))).toBe('2026-01-07T18:00:00.000Z');
    expect(iso(nextSlot(afterSession, tuesdays('America/Los_Angeles'), monday))).toBe(
      '2026-01-08T02:00:00.000Z',
    );
    expect(iso(nextSlot(beforeSession, tuesdays('Europe/London'), monday))).toBe('2026-01-05T19:00:00.000Z');
    expect(iso(nextSlot(beforeSession, tuesdays('America/Los_Angeles'), monday))).toBe(
      '2026-01-06T03:00:00.000Z',
    );
  });
});

describe('calendarFor', () => {
  const member = { timeZone: 'Europe/London', sessionWeekday: 2, sessionTime: '17:00' };

  it('lets a cohort session override the member’s own', () => {
    expect(calendarFor(member, { weekday: 4, time: '18:30' }, ['2026-01-20'])).toEqual({
      zone: 'Europe/London',
      weekly: { weekday: 4, time: '18:30' },
      dates: ['2026-01-20'],
    });
  });

  it('falls back to the member’s session when the cohort has none', () => {
    const own = { zone: 'Europe/London', weekly: { weekday: 2, time: '17:00' }, dates: [] };
    expect(calendarFor(member, { weekday: null, time: null }, [])).toEqual(own);
    expect(calendarFor(member, { weekday: 4, time: null }, [])).toEqual(own);
    expect(calendarFor(member, null, [])).toEqual(own);
  });

  it('has no weekly session when neither the cohort nor the member has one', () => {
    const none = { timeZone: 'America/New_York', sessionWeekday: null, sessionTime: null };
    expect(calendarFor(none, { weekday: null, time: null }, [])).toEqual({
      zone: 'America/New_York',
      weekly: null,
      dates: [],
    });
  });

  it('drives nextSlot from the cohort’s session, in the member’s zone', () => {
    const beforeSession: SlotRule = { anchor: 'before-session', weekdays: [], dayOffset: -1, time: '19:00' };
    const calendar = calendarFor(member, { weekday: 4, time: '18:30' }, []);
    // Cohort meets on Thursdays, so the evening before is Wednesday 7 January 19:00 GMT.
    expect(iso(nextSlot(beforeSession, calendar, at('2026-01-05T12:00:00Z')))).toBe(
      '2026-01-07T19:00:00.000Z',
    );
  });
});
