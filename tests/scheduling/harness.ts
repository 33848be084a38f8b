import { encodeAddress } from '../../src/core/address';
import { createScheduler, type SchedulerOptions } from '../../src/scheduling/scheduler';
import type { DeliveryRow } from '../../src/storage/schema';
import { createMemoryAdapter } from '../fakes/memory-adapter';
import { createTestApp, eventsFor, replyText } from '../fixtures/app';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * A real app (real SQLite file, real migrations), the real scheduler and worker, an in-memory
 * platform, and a manual clock that the pacer's sleep advances: no real waiting anywhere.
 */
export function createHarness(start: Date, overrides: Partial<SchedulerOptions> = {}) {
  const app = createTestApp(start);
  const platform = createMemoryAdapter();
  const sleeps: number[] = [];
  const options: SchedulerOptions = {
    graceMs: 3 * HOUR,
    expiryMs: 4 * DAY,
    reminderAfterHours: 24,
    sleep: async (ms) => {
      sleeps.push(ms);
      app.clock.advance(ms);
    },
    random: () => 0.5,
    ...overrides,
  };
  const adapters = new Map([['shell' as const, platform.adapter]]);
  app.services.messenger.use(adapters);
  const scheduler = createScheduler(app.services, adapters, options);
  app.services.outbox.listen(() => void scheduler.flush());
  // As in production the outbox is sent right after a request; here each request waits for it, so
  // that tests can look at what arrived.
  const handle = app.handle;
  Object.assign(app, {
    handle: async (event: Parameters<typeof handle>[0]) => {
      const reply = await handle(event);
      await scheduler.flush();
      return reply;
    },
  });

  const member = async (userId: string, ...commands: string[]) => {
    const say = eventsFor({ platform: 'shell', workspaceId: 'local', userId });
    for (const command of commands) {
      const reply = replyText(await app.handle(say.command(command)));
      if (!/^(Saved|Added|Paused|Welcome|Okay|Removed|Cleared)/.test(reply)) {
        throw new Error(`"${command}" was refused: ${reply}`);
      }
    }
    return { say, address: encodeAddress({ platform: 'shell', userId }) };
  };

  /** The member's scheduled deliveries in slot order; reminders only when asked for. */
  const deliveriesOf = (userId: string, kinds: 'prompts' | 'reminders' | 'all' = 'prompts') =>
    app.sqlite
      .prepare(
        `select d.id, d.kind, d.prompt_id as promptId, d.slot_at as slotAt, d.due_at as dueAt, d.status,
                d.status_reason as statusReason, d.attempts, d.sent_at as sentAt, d.parent_id as parentId,
                d.remind_at as remindAt
           from deliveries d join members m on m.id = d.member_id
          where m.platform_user_id = ? and d.slot_key not like 'adhoc:%'
            and (? = 'all' or (? = 'reminders') = (d.kind = 'reminder'))
          order by d.slot_at, d.id`,
      )
      .all(userId, kinds, kinds) as Pick<
      DeliveryRow,
      | 'id'
      | 'kind'
      | 'promptId'
      | 'slotAt'
      | 'dueAt'
      | 'status'
      | 'statusReason'
      | 'attempts'
      | 'sentAt'
      | 'parentId'
      | 'remindAt'
    >[];

  /** Ticks every `stepMs` of clock time until `until`, as node-cron would wake it. */
  const runUntil = async (until: Date, stepMs = 10 * 60_000) => {
    while (app.clock.now() < until) {
      app.clock.advance(Math.min(stepMs, until.getTime() - app.clock.now().getTime()));
      await scheduler.tick();
    }
  };

  return { app, platform, scheduler, sleeps, member, deliveriesOf, runUntil, cleanup: () => app.cleanup() };
}

export type Harness = ReturnType<typeof createHarness>;
