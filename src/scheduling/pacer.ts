import type { Clock } from '../core/clock';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Rate {
  /** Sustained sends per second. */
  readonly perSecond: number;
  /** How many may go at once after a quiet spell. */
  readonly burst: number;
}

/**
 * Token buckets by key (a Slack workspace, the Discord bot), plus pauses a platform asked for
 * with Retry-After. `take` waits (through the injected sleep) until a send is allowed.
 */
export function createPacer(clock: Clock, sleep: Sleep, rateOf: (key: string) => Rate) {
  const buckets = new Map<string, { tokens: number; at: number; blockedUntil: number }>();

  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: rateOf(key).burst, at: clock.now().getTime(), blockedUntil: 0 };
      buckets.set(key, b);
    }
    return b;
  };

  return {
    async take(key: string): Promise<void> {
      const rate = rateOf(key);
      const b = bucket(key);
      for (;;) {
        const now = clock.now().getTime();
        if (b.blockedUntil > now) {
          await sleep(b.blockedUntil - now);
          continue;
        }
        b.tokens = Math.min(rate.burst, b.tokens + ((now - b.at) / 1000) * rate.perSecond);
        b.at = now;
        if (b.tokens >= 1) {
          b.tokens -= 1;
          return;
        }
        await sleep(Math.ceil(((1 - b.tokens) / rate.perSecond) * 1000));
      }
    },
    /** Holds every send for `key` for `ms` (a 429's Retry-After). */
    pause(key: string, ms: number): void {
      const b = bucket(key);
      b.blockedUntil = Math.max(b.blockedUntil, clock.now().getTime() + ms);
      b.tokens = 0;
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
