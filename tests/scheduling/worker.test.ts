import { afterEach, describe, expect, it, vi } from 'vitest';
import { BetweenError } from '../../src/core/errors';
import { createScheduler } from '../../src/scheduling/scheduler';
import { replyText } from '../fixtures/app';
import { createHarness, DAY, type Harness, HOUR } from './harness';

let h: Harness;
afterEach(() => h.cleanup());

const start = new Date('2026-11-23T09:00:00Z');
const slot = new Date('2026-11-23T10:00:00Z');

async function twoMembersDueAt10() {
  h = createHarness(start, { reminderAfterHours: 24 });
  const ana = await h.member('ana', 'schedule add daily 10:00', 'settings reminders off');
  const ben = await h.member('ben', 'schedule add daily 10:00', 'settings reminders off');
  h.app.clock.set(slot);
  return { ana, ben };
}

describe('delivering through the platform', () => {
  it('honours a 429’s Retry-After: waits that long within the same round, then sends once', async () => {
    h = createHarness(start);
    const ana = await h.member('ana', 'schedule add daily 10:00', 'settings reminders off');
    h.app.clock.set(slot);
    h.platform.failSends(ana.address, new BetweenError('rate_limited', '429', { retryAfterMs: 30_000 }));
    const first = await h.scheduler.tick();
    expect(first.delivery).toMatchObject({ sent: 1, retried: 1 });
    expect(h.sleeps).toContain(30_000);
    expect(h.app.clock.now().toISOString()).toBe('2026-11-23T10:00:30.000Z');
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(h.platform.sentTo(ana.address)).toHaveLength(1);
  });

  it('holds every send to the same workspace while the platform asks it to wait', async () => {
    const { ana, ben } = await twoMembersDueAt10();
    // ana's 429 pauses the lane: ben is sent only after the Retry-After, through the pacer's sleep.
    h.platform.failSends(ana.address, new BetweenError('rate_limited', '429', { retryAfterMs: 5_000 }));
    await h.scheduler.tick();
    expect(h.platform.sentTo(ben.address)).toHaveLength(1);
    expect(h.sleeps).toContain(5_000);
  });

  it('retries 5xx with growing backoff, then sends', async () => {
    const { ana } = await twoMembersDueAt10();
    const outage = () => new BetweenError('platform_unavailable', '503');
    h.platform.failSends(ana.address, outage(), outage());
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'planned', dueAt: '2026-11-23T10:00:30.000Z' });
    h.app.clock.set(new Date('2026-11-23T10:00:30Z'));
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'planned', dueAt: '2026-11-23T10:01:30.000Z' });
    h.app.clock.set(new Date('2026-11-23T10:01:30Z'));
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'sent', attempts: 3 });
    expect(h.platform.sentTo(ana.address)).toHaveLength(1);
  });

  it('gives up after the last try and records why, without blocking anyone else', async () => {
    const { ana, ben } = await twoMembersDueAt10();
    h.platform.failSends(ana.address, ...Array.from({ length: 10 }, () => new Error('socket hang up')));
    await h.runUntil(new Date('2026-11-23T13:00:00Z'), 60_000);
    expect(h.deliveriesOf('ana')[0]).toMatchObject({
      status: 'failed',
      statusReason: 'gave-up',
      attempts: 6,
    });
    expect(h.platform.sentTo(ben.address)).toHaveLength(1);
  });

  it('marks a blocked DM failed and the member unreachable, never posts elsewhere, and tells them privately later', async () => {
    const { ana, ben } = await twoMembersDueAt10();
    h.platform.failSends(
      ana.address,
      new BetweenError('dm_blocked', 'Cannot send messages to this user (50007)'),
    );
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'failed', statusReason: 'dm-blocked' });
    expect(h.platform.sentTo(ben.address)).toHaveLength(1);
    expect(h.platform.sent.every((s) => s.address === ben.address)).toBe(true);

    await h.runUntil(new Date('2026-11-24T11:00:00Z'));
    expect(h.deliveriesOf('ana')[1]).toMatchObject({ status: 'skipped', statusReason: 'unreachable' });

    const reply = replyText(await h.app.handle(ana.say.command('help')));
    expect(reply).toMatch(/could not reach you, so nothing was sent. I never post prompts anywhere public/);
    expect(replyText(await h.app.handle(ana.say.command('help')))).not.toMatch(/could not reach you/);
    await h.runUntil(new Date('2026-11-25T11:00:00Z'));
    expect(h.deliveriesOf('ana')[2]).toMatchObject({ status: 'sent' });
  });

  it('leaves a platform that keeps answering 429 to the next tick after a minute, instead of holding the round', async () => {
    h = createHarness(start);
    const ana = await h.member('ana', 'schedule add daily 10:00', 'settings reminders off');
    h.app.clock.set(slot);
    const limited = () => new BetweenError('rate_limited', '429', { retryAfterMs: 20_000 });
    h.platform.failSends(ana.address, limited(), limited(), limited(), limited(), limited(), limited());
    const first = await h.scheduler.tick();
    expect(first.delivery.sent).toBe(0);
    expect(h.app.clock.now().getTime() - slot.getTime()).toBeLessThanOrEqual(60_000);
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'planned', statusReason: 'rate-limited' });
  });

  it('marks a member who left the workspace unreachable when the DM cannot even be opened', async () => {
    await twoMembersDueAt10();
    h.platform.failOpen('ana', new BetweenError('recipient_gone', 'unknown user'));
    await h.scheduler.tick();
    expect(h.deliveriesOf('ana')[0]).toMatchObject({ status: 'failed', statusReason: 'recipient-gone' });
    expect(h.deliveriesOf('ben')[0]).toMatchObject({ status: 'sent' });
  });
});

describe('a process killed mid-send', () => {
  it('leaves the delivery failed as “interrupted” after the lease, and never sends it twice', async () => {
    await twoMembersDueAt10();
    // The first process plans and claims, then dies before the platform answers.
    h.app.sqlite
      .prepare(
        "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status, attempts, claimed_at) values (1, 'reflection', 'consistency-mid-01', 'reflection@2026-11-23T09:30:00.000Z', '2026-11-23T09:30:00.000Z', '2026-11-23T09:30:00.000Z', 'sending', 1, '2026-11-23T09:30:00.000Z')",
      )
      .run();
    h.app.clock.set(new Date('2026-11-23T09:33:00Z'));
    expect((await h.scheduler.tick()).recovered).toBe(0);
    h.app.clock.set(new Date('2026-11-23T09:36:00Z'));
    expect((await h.scheduler.tick()).recovered).toBe(1);
    const row = h.deliveriesOf('ana')[0];
    expect(row).toMatchObject({ status: 'failed', statusReason: 'interrupted' });
    await h.runUntil(new Date('2026-11-23T12:00:00Z'));
    expect(h.platform.sentTo('shell:ana')).toHaveLength(1); // only the 10:00 slot
  });
});

describe('a process killed in the middle of a burst', () => {
  it('a send that never answers holds up no other member; after a crash only it is given up', async () => {
    h = createHarness(start);
    const names = ['m1', 'm2', 'm3', 'm4', 'm5'];
    for (const name of names) await h.member(name, 'schedule add daily 10:00', 'settings reminders off');
    h.app.clock.set(slot);
    // The first process gets as far as the second send, which never answers: then it dies.
    let sends = 0;
    const send = h.platform.adapter.send;
    h.platform.adapter.send = async (to, message) => {
      sends += 1;
      if (sends === 2) return new Promise(() => {});
      return send(to, message);
    };
    void h.scheduler.tick();
    const statuses = () => names.map((n) => h.deliveriesOf(n)[0]?.status);
    // The others go out while m2's request hangs.
    await vi.waitFor(() => expect(statuses()).toEqual(['sent', 'sending', 'sent', 'sent', 'sent']));

    // A new process on the same database, once the lease has run out.
    h.platform.adapter.send = send;
    const restarted = createScheduler(h.app.services, new Map([['shell', h.platform.adapter]]), {
      graceMs: 3 * HOUR,
      expiryMs: 4 * DAY,
      reminderAfterHours: 24,
      sleep: async (ms) => h.app.clock.advance(ms),
    });
    h.app.clock.advance(6 * 60_000);
    const result = await restarted.tick();
    expect(result.recovered).toBe(1);
    expect(statuses()).toEqual(['sent', 'failed', 'sent', 'sent', 'sent']);
    expect(h.deliveriesOf('m2')[0]?.statusReason).toBe('interrupted');
    for (const name of names) {
      expect(h.platform.sentTo(`shell:${name}`)).toHaveLength(name === 'm2' ? 0 : 1);
    }
  });
});

describe('a platform call that never answers', () => {
  it('is given up as uncertain after the send timeout, and the round (and the next tick) goes on', async () => {
    h = createHarness(start);
    for (const name of ['m1', 'm2', 'm3'])
      await h.member(name, 'schedule add daily 10:00', 'settings reminders off');
    h.app.clock.set(slot);
    const send = h.platform.adapter.send;
    h.platform.adapter.send = async (to, message, options) =>
      to.endsWith(':m2') ? new Promise(() => {}) : send(to, message, options);
    const scheduler = createScheduler(h.app.services, new Map([['shell', h.platform.adapter]]), {
      graceMs: 3 * HOUR,
      expiryMs: 4 * DAY,
      reminderAfterHours: 24,
      sleep: async (ms) => h.app.clock.advance(ms),
      sendTimeoutMs: 50,
    });
    const result = await scheduler.tick();
    expect(result.delivery).toMatchObject({ sent: 2, failed: 1 });
    expect(h.deliveriesOf('m2')[0]).toMatchObject({ status: 'failed', statusReason: 'uncertain' });
    expect(h.platform.sentTo('shell:m1')).toHaveLength(1);
    expect(h.platform.sentTo('shell:m3')).toHaveLength(1);
  });
});

describe('a member erased while their message is on its way', () => {
  it('has that message taken back once the platform has it, and it is not counted as sent', async () => {
    h = createHarness(start);
    for (const name of ['m1', 'm2'])
      await h.member(name, 'schedule add daily 10:00', 'settings reminders off');
    h.app.clock.set(slot);
    const send = h.platform.adapter.send;
    h.platform.adapter.send = async (to, message, options) => {
      // Erasure ends by deleting the member row, which takes their deliveries with it.
      if (to.endsWith(':m2')) h.app.sqlite.prepare("delete from members where platform_user_id = 'm2'").run();
      return send(to, message, options);
    };
    const result = await h.scheduler.tick();
    expect(result.delivery.sent).toBe(1);
    const [m2] = h.platform.sentTo('shell:m2');
    expect(
      h.platform.updates.map((u) => [u.ref.messageId, replyText({ kind: 'message', message: u.message })]),
    ).toEqual([[m2?.messageId, 'Removed: your data with Between was erased.']]);
    expect(h.platform.updates.some((u) => u.ref.address === 'shell:m1')).toBe(false);
  });
});

describe('a tick that fails', () => {
  it('is logged without answer text and the next tick runs as usual', async () => {
    const { ana } = await twoMembersDueAt10();
    const prompts = h.app.services.prompts;
    const reflections = Object.getOwnPropertyDescriptor(prompts, 'reflections');
    Object.defineProperty(prompts, 'reflections', {
      configurable: true,
      get() {
        throw new Error('prompt library unreadable');
      },
    });
    expect(await h.scheduler.safeTick()).toBeUndefined();
    expect(h.app.logs.lines.join('')).toMatch(/tick failed; the next tick will run as usual/);
    if (reflections) Object.defineProperty(prompts, 'reflections', reflections);
    const result = await h.scheduler.safeTick();
    expect(result?.delivery.sent).toBe(2);
    expect(h.platform.sentTo(ana.address)).toHaveLength(1);
  });
});

describe('pacing', () => {
  it('keeps to the platform budget without hard-coding waits per message', async () => {
    h = createHarness(start, { rates: { shell: { perSecond: 2, burst: 2 } } });
    for (const user of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) await h.member(user, 'schedule add daily 10:00');
    h.app.clock.set(slot);
    const before = h.app.clock.now().getTime();
    const result = await h.scheduler.tick();
    expect(result.delivery.sent).toBe(6);
    // Two at once (the burst), then two a second: four more take two seconds of (fake) sleeping.
    expect(h.app.clock.now().getTime() - before).toBe(2_000);
  });
});
