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
