import { summarizeFault } from './core/fault';
import type { ChatAdapter } from './core/port';
import type { Logger } from './log';
import type { Scheduler } from './scheduling/scheduler';

/**
 * A clean stop within `withinMs` (SIGTERM from systemd or Docker, Ctrl+C): nothing new is claimed
 * from that moment; sends already in flight may finish until the deadline, and a request still out
 * then stays `sending` (given up at the next start, never sent twice, its sender told); every
 * message never attempted stays planned for the next start. Then the platform connections close and
 * the database is closed, each bounded by what is left of the deadline.
 */
export async function shutdown(
  parts: {
    readonly scheduler: Scheduler;
    readonly adapters: readonly ChatAdapter[];
    readonly close: () => void;
    readonly log: Logger;
  },
  withinMs: number,
): Promise<void> {
  const until = Date.now() + withinMs;
  const left = () => Math.max(0, until - Date.now());
  const settled = await parts.scheduler.stop(left());
  if (!settled) {
    parts.log.warn(
      'a send was still in flight at the stop deadline: it is given up at the next start, never resent',
    );
  }
  for (const adapter of parts.adapters) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      adapter.stop().catch(() => undefined),
      new Promise((resolve) => {
        timer = setTimeout(resolve, left());
      }),
    ]);
    clearTimeout(timer);
  }
  parts.close();
}

/**
 * Starts each platform on its own: one that cannot connect does not stop the others or the
 * scheduler; it is tried again after 5 s, then 10, 20… up to 5 minutes between tries, until it
 * connects or Between stops. Only when every platform fails its first try does the start fail
 * (a misconfigured single-platform install should say so at once, not retry quietly).
 */
export async function startPlatforms(
  adapters: readonly ChatAdapter[],
  start: (adapter: ChatAdapter) => Promise<void>,
  log: Logger,
  options: { readonly stopped: () => boolean; readonly sleep?: (ms: number) => Promise<void> },
): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  const first = await Promise.allSettled(adapters.map((adapter) => start(adapter)));
  const [firstOutcome] = first;
  if (firstOutcome?.status === 'rejected' && first.every((r) => r.status === 'rejected'))
    throw firstOutcome.reason;
  adapters.forEach((adapter, i) => {
    const outcome = first[i];
    if (outcome?.status !== 'rejected') return;
    log.error(
      { platform: adapter.platform, ...summarizeFault(outcome.reason) },
      'a platform could not start: the others run, and it is tried again with back-off',
    );
    void (async () => {
      for (let wait = 5_000; !options.stopped(); wait = Math.min(wait * 2, 300_000)) {
        await sleep(wait);
        if (options.stopped()) return;
        try {
          await start(adapter);
          log.info({ platform: adapter.platform }, 'platform connected after a retry');
          return;
        } catch (error) {
          log.warn(
            { platform: adapter.platform, ...summarizeFault(error), nextInMs: Math.min(wait * 2, 300_000) },
            'platform still cannot start',
          );
        }
      }
    })();
  });
}
