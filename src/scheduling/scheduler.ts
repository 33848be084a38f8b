import cron from 'node-cron';
import type { Platform } from '../core/model';
import type { ChatAdapter } from '../core/port';
import { removeExpiredExports } from '../data-rights/export';
import type { Services } from '../services';
import { createPacer, type Rate, realSleep, type Sleep } from './pacer';
import { planDue } from './planner';
import { planReminders } from './reminders';
import { createDeliveryWorker, type DeliveryOutcome } from './worker';

export interface SchedulerOptions {
  readonly graceMs: number;
  readonly expiryMs: number;
  readonly reminderAfterHours: number;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
  readonly sendTimeoutMs?: number;
  readonly backoffBaseMs?: number;
  readonly backoffMaxMs?: number;
  readonly rates?: Partial<Record<Platform, Rate>>;
  readonly sleep?: Sleep;
  readonly random?: () => number;
}

/**
 * Platform budgets. Slack: chat.postMessage allows about one message a second per channel (each
 * DM is its own channel) under a workspace-wide limit of a few hundred a minute; 5/s per
 * workspace stays inside it. Discord: 50 requests/s per bot globally; 45/s leaves room for
 * interaction replies. discord.js and the Slack client also honour per-route buckets themselves.
 */
export const DEFAULT_RATES: Record<Platform, Rate> = {
  slack: { perSecond: 5, burst: 10 },
  discord: { perSecond: 45, burst: 45 },
  shell: { perSecond: 100, burst: 100 },
};

/** How long one round waits for messages a rate limit held back, before leaving them to the next tick. */
const RATE_LIMIT_WAIT_MS = 60_000;

export interface TickResult {
  readonly recovered: number;
  readonly planned: number;
  readonly skipped: number;
  readonly reminders: number;
  readonly delivery: DeliveryOutcome;
  /** Exports deleted from the platform after their time. */
  readonly exportsRemoved: number;
}

/**
 * The clock-driven side of Between. Everything that matters lives in the database; node-cron only
 * wakes `tick`, which is safe to run at any time, twice, or from two processes.
 */
export function createScheduler(
  services: Services,
  adapters: ReadonlyMap<Platform, ChatAdapter>,
  options: SchedulerOptions,
) {
  const rates = { ...DEFAULT_RATES, ...options.rates };
  const pacer = createPacer(services.clock, options.sleep ?? realSleep, (key) => {
    const platform = key.split(':')[0] as Platform;
    return rates[platform] ?? DEFAULT_RATES.shell;
  });
  const batchSize = options.batchSize ?? 500;
  const worker = createDeliveryWorker(services, adapters, pacer, {
    leaseMs: options.leaseMs ?? 5 * 60_000,
    batchSize,
    maxAttempts: options.maxAttempts ?? 6,
    reminderAfterHours: options.reminderAfterHours,
    backoffBaseMs: options.backoffBaseMs ?? 30_000,
    backoffMaxMs: options.backoffMaxMs ?? 30 * 60_000,
    ...(options.sendTimeoutMs ? { sendTimeoutMs: options.sendTimeoutMs } : {}),
    isStopping: () => stopping,
    ...(options.random ? { random: options.random } : {}),
  });
  let running: Promise<TickResult | undefined> | undefined;
  /** Once set, no new message is claimed: what is in flight finishes, the rest stays planned. */
  let stopping = false;
  let task: ReturnType<typeof cron.schedule> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const sleep = options.sleep ?? realSleep;

  /**
   * Sends what is due, batch after batch. A message a rate limit held back briefly is waited for
   * here (the pacer keeps to its Retry-After), not left for the next tick a minute later.
   */
  async function drain(): Promise<DeliveryOutcome> {
    const delivery: DeliveryOutcome = { sent: 0, failed: 0, retried: 0, skipped: 0 };
    // A platform that keeps answering 429 must not hold the round (and the next minute's planning) forever.
    const until = services.clock.now().getTime() + RATE_LIMIT_WAIT_MS;
    while (!stopping) {
      const round = await worker.deliverDue();
      delivery.sent += round.sent;
      delivery.failed += round.failed;
      delivery.retried += round.retried;
      delivery.skipped += round.skipped;
      if (round.sent + round.failed + round.retried + round.skipped >= batchSize) continue;
      const wait = worker.untilRateLimitedRetry(until - services.clock.now().getTime());
      if (wait === undefined) return delivery;
      await sleep(wait);
    }
    return delivery;
  }

  async function tick(): Promise<TickResult> {
    if (stopping)
      return {
        recovered: 0,
        planned: 0,
        skipped: 0,
        reminders: 0,
        delivery: { sent: 0, failed: 0, retried: 0, skipped: 0 },
        exportsRemoved: 0,
      };
    const recovered = worker.recoverInterrupted();
    const plan = await planDue(services, { graceMs: options.graceMs, expiryMs: options.expiryMs, batchSize });
    const reminders = await planReminders(services, batchSize);
    const delivery = await drain();
    const exportsRemoved = await removeExpiredExports(services);
    return {
      recovered,
      planned: plan.planned,
      skipped: plan.skipped + reminders.skipped,
      reminders: reminders.planned,
      delivery,
      exportsRemoved,
    };
  }

  /** One tick at a time; a tick that fails is logged and the next one runs as usual. */
  function safeTick(): Promise<TickResult | undefined> {
    if (running) return running;
    running = tick()
      .then((result) => {
        if (
          result.planned +
            result.reminders +
            result.delivery.sent +
            result.delivery.failed +
            result.exportsRemoved >
          0
        ) {
          services.log.info({ ...result }, 'tick');
        }
        return result;
      })
      .catch((error: unknown) => {
        services.log.error(
          {
            errorName: error instanceof Error ? error.name : typeof error,
            at: error instanceof Error ? error.stack?.split('\n')[1] : undefined,
          },
          'tick failed; the next tick will run as usual',
        );
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  let flushing: Promise<void> | undefined;
  let again = false;
  /**
   * Sends what is due now without planning (a released safety alert), after any running tick.
   * Rings during a flush are not lost: the flush runs once more.
   */
  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        again = false;
        await running;
        await drain();
      } while (again);
    })()
      .catch((error: unknown) => {
        services.log.error({ errorName: error instanceof Error ? error.name : typeof error }, 'flush failed');
      })
      .finally(() => {
        flushing = undefined;
      });
    return flushing;
  }

  return {
    tick,
    safeTick,
    flush,
    /** Wakes a tick by cron expression (production: every minute). */
    start(expression = '* * * * *') {
      task = cron.schedule(expression, () => void safeTick(), { noOverlap: true });
      void safeTick();
    },
    /** Wakes a tick every `ms` of real time (the shell's fast clock). */
    startInterval(ms: number) {
      timer = setInterval(() => void safeTick(), ms);
      void safeTick();
    },
    /**
     * Stops claiming at once and waits for the sends already in flight, at most `withinMs`.
     * True when everything settled in time; false when a request was still out at the deadline
     * (its row stays `sending`, to be given up at the next start: it is never sent twice).
     */
    async stop(withinMs = Number.POSITIVE_INFINITY): Promise<boolean> {
      stopping = true;
      await task?.stop();
      if (timer) clearInterval(timer);
      const settled = Promise.all([running, flushing]).then(() => true);
      if (!Number.isFinite(withinMs)) return settled;
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<boolean>((resolve) => {
        deadline = setTimeout(() => resolve(false), withinMs);
      });
      return Promise.race([settled, late]).finally(() => clearTimeout(deadline));
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
