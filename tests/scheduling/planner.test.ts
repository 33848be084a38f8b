import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { planDue } from '../../src/scheduling/planner';
import { createScheduler } from '../../src/scheduling/scheduler';
import { createMemoryAdapter } from '../fakes/memory-adapter';
import { captureLogs, PROMPTS_DIR, TEST_KEY } from '../fixtures/app';
import { createHarness, DAY, type Harness, HOUR } from './harness';

let h: Harness;
afterEach(() => h.cleanup());

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('ccc HH:mm');

describe('cadence', () => {
  it('sends Mon/Thu 19:00 at 19:00 local time in three zones, once per slot, for two weeks', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    const zones = { ana: 'America/New_York', ben: 'Europe/London', chi: 'Asia/Tokyo' } as const;
    for (const [user, zone] of Object.entries(zones)) {
      await h.member(user, `settings timezone ${zone}`, 'schedule add mon,thu 19:00');
    }
    await h.runUntil(new Date('2026-12-07T00:00:00Z'), 15 * 60_000);
    for (const [user, zone] of Object.entries(zones)) {
      const rows = h.deliveriesOf(user);
      expect(rows.map((r) => local(r.slotAt, zone))).toEqual([
        'Mon 19:00',
        'Thu 19:00',
        'Mon 19:00',
        'Thu 19:00',
      ]);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      for (const r of rows) {
        expect(new Date(r.sentAt ?? '').getTime() - new Date(r.slotAt).getTime()).toBeLessThanOrEqual(
          15 * 60_000,
        );
      }
      // Four prompts and, as nobody answered, one gentle reminder for each.
      expect(h.platform.sentTo(`shell:${user}`)).toHaveLength(8);
    }
  });

  it('chooses reflection prompts for the slot’s timing, from allowed themes, without repeats', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'settings offlimits rupture-and-repair', 'schedule add daily 09:00');
    await h.runUntil(new Date('2026-12-03T00:00:00Z'), HOUR);
    const rows = h.deliveriesOf('ana');
    expect(rows).toHaveLength(10);
    const prompts = rows.map((r) => h.app.services.prompts.reflection(r.promptId));
    expect(prompts.every((p) => p?.timing === 'mid-week')).toBe(true);
    expect(prompts.some((p) => p?.theme === 'rupture-and-repair')).toBe(false);
    expect(new Set(rows.map((r) => r.promptId)).size).toBe(10);
  });
});

describe('session-anchored slots', () => {
  it('sends the day after a weekly session and the evening before the next one', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member(
      'ana',
      'settings timezone Europe/London',
      'schedule session tue 17:00',
      'schedule add after-session 18:00 reflection',
      'schedule add before-session 19:00 checklist',
    );
    await h.runUntil(new Date('2026-12-03T00:00:00Z'));
    const rows = h.deliveriesOf('ana');
    expect(rows.map((r) => [r.kind, local(r.slotAt, 'Europe/London')])).toEqual([
      ['checklist', 'Mon 19:00'],
      ['reflection', 'Wed 18:00'],
      ['checklist', 'Mon 19:00'],
      ['reflection', 'Wed 18:00'],
    ]);
    const after = h.app.services.prompts.reflection(rows[1]?.promptId ?? '');
    expect(after?.timing).toBe('after-session');
  });

  it('follows explicit session dates, with a “what to bring” digest the evening before', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member(
      'ana',
      'schedule session dates 2026-11-26 2026-12-01',
      'schedule add before-session 20:00 digest',
    );
    await h.runUntil(new Date('2026-12-05T00:00:00Z'));
    const rows = h.deliveriesOf('ana');
    expect(rows.map((r) => [r.kind, r.slotAt])).toEqual([
      ['digest', '2026-11-25T20:00:00.000Z'],
      ['digest', '2026-11-30T20:00:00.000Z'],
    ]);
    expect(rows.map((r) => r.promptId)).toEqual(['session-prep', 'session-prep']);
  });
});

describe('daylight saving time', () => {
  it('in New York, sends a 02:30 slot at 03:30 on the spring-forward day and at 02:30 around it', async () => {
    h = createHarness(new Date('2027-03-12T12:00:00Z'));
    await h.member('ana', 'settings timezone America/New_York', 'schedule add daily 02:30');
    await h.runUntil(new Date('2027-03-16T12:00:00Z'));
    expect(h.deliveriesOf('ana').map((r) => [r.slotAt, r.status])).toEqual([
      ['2027-03-13T07:30:00.000Z', 'sent'], // 02:30 EST
      ['2027-03-14T07:30:00.000Z', 'sent'], // 02:30 does not exist: 03:30 EDT
      ['2027-03-15T06:30:00.000Z', 'sent'], // 02:30 EDT
      ['2027-03-16T06:30:00.000Z', 'sent'],
    ]);
  });

  it('in New York, sends a 01:30 slot once on the fall-back day, at its first occurrence', async () => {
    h = createHarness(new Date('2026-10-31T12:00:00Z'));
    await h.member('ana', 'settings timezone America/New_York', 'schedule add daily 01:30');
    await h.runUntil(new Date('2026-11-02T12:00:00Z'), 5 * 60_000);
    expect(h.deliveriesOf('ana').map((r) => r.slotAt)).toEqual([
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, the first of the two
      '2026-11-02T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('in London, handles spring-forward (01:30 → 02:30 BST) and fall-back (01:30 once)', async () => {
    h = createHarness(new Date('2026-03-28T12:00:00Z'));
    await h.member('ana', 'settings timezone Europe/London', 'schedule add daily 01:30');
    await h.runUntil(new Date('2026-03-30T12:00:00Z'));
    expect(h.deliveriesOf('ana').map((r) => r.slotAt)).toEqual([
      '2026-03-29T01:30:00.000Z', // 01:30 GMT does not exist that day: 02:30 BST
      '2026-03-30T00:30:00.000Z', // 01:30 BST
    ]);
    h.cleanup();
    h = createHarness(new Date('2026-10-24T12:00:00Z'));
    await h.member('ben', 'settings timezone Europe/London', 'schedule add daily 01:30');
    await h.runUntil(new Date('2026-10-26T12:00:00Z'), 5 * 60_000);
    expect(h.deliveriesOf('ben').map((r) => r.slotAt)).toEqual([
      '2026-10-25T00:30:00.000Z', // 01:30 BST, the first of the two
      '2026-10-26T01:30:00.000Z', // 01:30 GMT
    ]);
  });
});

describe('quiet hours, pause and skip', () => {
  it('moves a slot in quiet hours to the end of the window instead of dropping it', async () => {
    h = createHarness(new Date('2026-11-23T12:00:00Z'));
    await h.member('ana', 'settings quiet 21:30-08:00', 'schedule add mon 22:00');
    await h.runUntil(new Date('2026-11-24T07:50:00Z'));
    expect(h.platform.sent).toHaveLength(0);
    await h.runUntil(new Date('2026-11-24T09:00:00Z'));
    const [row] = h.deliveriesOf('ana');
    expect(row).toMatchObject({
      slotAt: '2026-11-23T22:00:00.000Z',
      dueAt: '2026-11-24T08:00:00.000Z',
      status: 'sent',
    });
    expect(h.platform.sent).toHaveLength(1);
  });

  it('sends nothing while paused, not even reminders, and starts again on the resume date', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00', 'pause until 2026-11-26');
    await h.runUntil(new Date('2026-11-27T00:00:00Z'), HOUR);
    expect(h.deliveriesOf('ana').map((r) => [r.slotAt.slice(0, 10), r.status, r.statusReason])).toEqual([
      ['2026-11-23', 'skipped', 'paused'],
      ['2026-11-24', 'skipped', 'paused'],
      ['2026-11-25', 'skipped', 'paused'],
      ['2026-11-26', 'sent', null],
    ]);
  });

  it('skips only the next slot when asked', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00', 'schedule add daily 18:00 checklist', 'skip');
    await h.runUntil(new Date('2026-11-24T00:00:00Z'), HOUR);
    expect(h.deliveriesOf('ana').map((r) => [r.kind, r.status, r.statusReason])).toEqual([
      ['reflection', 'skipped', 'skip-requested'],
      ['checklist', 'sent', null],
    ]);
  });

  it('respects a therapist’s cap of nudges a week', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    h.app.sqlite
      .prepare("update members set weekly_cap = 3, reminders_enabled = 0 where platform_user_id = 'ana'")
      .run();
    await h.runUntil(new Date('2026-11-30T00:00:00Z'), HOUR);
    const statuses = h.deliveriesOf('ana').map((r) => r.statusReason ?? r.status);
    expect(statuses).toEqual([
      'sent',
      'sent',
      'sent',
      'weekly-cap',
      'weekly-cap',
      'weekly-cap',
      'weekly-cap',
    ]);
  });
});

describe('catching up after downtime', () => {
  it('sends a slot missed by less than the grace window, once', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    h.app.clock.set(new Date('2026-11-23T12:30:00Z')); // down from before 10:00 until 12:30
    await h.scheduler.tick();
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana').map((r) => [r.slotAt, r.status])).toEqual([
      ['2026-11-23T10:00:00.000Z', 'sent'],
    ]);
    expect(h.platform.sent).toHaveLength(1);
  });

  it('records older slots as missed and never floods the member', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    h.app.clock.set(new Date('2026-11-26T11:00:00Z')); // three days down; today's slot is an hour old
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana').map((r) => [r.slotAt.slice(0, 10), r.statusReason ?? r.status])).toEqual([
      ['2026-11-23', 'missed'],
      ['2026-11-24', 'missed'],
      ['2026-11-25', 'missed'],
      ['2026-11-26', 'sent'],
    ]);
    expect(h.platform.sent).toHaveLength(1);
  });

  it('after a very long downtime records one missed slot, not months of them', async () => {
    h = createHarness(new Date('2026-11-23T00:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    h.app.clock.set(new Date('2027-03-01T09:00:00Z'));
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana').map((r) => [r.slotAt.slice(0, 10), r.statusReason ?? r.status])).toEqual([
      ['2026-11-23', 'missed'],
    ]);
    await h.runUntil(new Date('2027-03-01T11:00:00Z'));
    expect(h.deliveriesOf('ana').at(-1)).toMatchObject({
      slotAt: '2027-03-01T10:00:00.000Z',
      status: 'sent',
    });
  });
});

describe('never twice', () => {
  it('gives one delivery when a second tick or a second process races for the same slot', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    const second = createApp({
      databasePath: h.app.databasePath,
      key: TEST_KEY,
      promptsDir: PROMPTS_DIR,
      log: captureLogs().log,
      clock: h.app.clock,
    });
    const otherPlatform = createMemoryAdapter();
    const otherScheduler = createScheduler(second.services, new Map([['shell', otherPlatform.adapter]]), {
      graceMs: 3 * HOUR,
      expiryMs: 4 * DAY,
      reminderAfterHours: 24,
      sleep: async () => {},
    });
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    await Promise.all([h.scheduler.tick(), otherScheduler.tick(), h.scheduler.tick(), otherScheduler.tick()]);
    expect(h.deliveriesOf('ana')).toHaveLength(1);
    expect(h.platform.sent.length + otherPlatform.sent.length).toBe(1);
    second.close();
  });
});

describe('answering comes first', () => {
  it('lets the event loop run while a large minute is planned, and still plans every slot once', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.member('ana', 'schedule add daily 10:00');
    const db = h.app.sqlite;
    const { workspace } = db.prepare('select workspace_id as workspace from members').get() as {
      workspace: number;
    };
    const member = db.prepare(
      "insert into members (workspace_id, platform_user_id, time_zone) values (?, ?, 'Europe/London')",
    );
    const schedule = db.prepare(
      "insert into schedules (member_id, anchor, weekdays, time, content) values (?, 'weekly', '[1,2,3,4,5,6,7]', '10:00', 'reflection')",
    );
    const plan = db.prepare(
      "insert into plans (schedule_id, member_id, next_due_at) values (?, ?, '2026-11-23T10:00:00.000Z')",
    );
    db.transaction(() => {
      for (let i = 1; i < 200; i++) {
        const id = Number(member.run(workspace, `m${i}`).lastInsertRowid);
        plan.run(Number(schedule.run(id).lastInsertRowid), id);
      }
    })();
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    const planned = () => (db.prepare('select count(*) as n from deliveries').get() as { n: number }).n;

    // What a chat request arriving meanwhile would see: each turn of the event loop, how far planning got.
    const seen: number[] = [];
    let planning = true;
    const look = () => {
      if (!planning) return;
      seen.push(planned());
      setImmediate(look);
    };
    setImmediate(look);
    const result = await planDue(h.app.services, { graceMs: 3 * HOUR, expiryMs: 4 * DAY, batchSize: 500 });
    planning = false;

    expect(result).toEqual({ planned: 200, skipped: 0 });
    expect(seen.some((n) => n > 0 && n < 200)).toBe(true);
    expect(planned()).toBe(200);
    expect(new Set(h.deliveriesOf('ana').map((r) => r.slotAt))).toEqual(
      new Set(['2026-11-23T10:00:00.000Z']),
    );
  });
});
