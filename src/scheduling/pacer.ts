import type { Clock } from '../core/clock';

export type Sleep = (ms: number) => Promise<void>;

const MIN_SCALE = 0.05;
const SCALE_STEP = 0.01;
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
 *
 * When the platform's real limit is lower than the configured rate, every 429 halves the pace for
 * that key and each message the platform accepts raises it a little (up to the configured rate):
 * Between settles just under the real limit instead of meeting a 429 for every message, which
 * matters on Discord, where many refused requests earn a temporary ban.
 */
export function createPacer(clock: Clock, sleep: Sleep, rateOf: (key: string) => Rate) {
  const buckets = new Map<string, { tokens: number; at: number; blockedUntil: number; scale: number }>();

  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) {
      b = { tokens: rateOf(key).burst, at: clock.now().getTime(), blockedUntil: 0, scale: 1 };
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
        const perSecond = rate.perSecond * b.scale;
        b.tokens = Math.min(rate.burst, b.tokens + ((now - b.at) / 1000) * perSecond);
        b.at = now;
        if (b.tokens >= 1) {
          b.tokens -= 1;
          return;
        }
        await sleep(Math.ceil(((1 - b.tokens) / perSecond) * 1000));
      }
    },
    /** Holds every send for `key` for `ms` (a 429's Retry-After). */
    pause(key: string, ms: number): void {
      const b = bucket(key);
      b.blockedUntil = Math.max(b.blockedUntil, clock.now().getTime() + ms);
      b.tokens = 0;
      b.scale = Math.max(MIN_SCALE, b.scale / 2);
    },
    /** The platform accepted a message for `key`: the pace creeps back towards the configured rate. */
    accepted(key: string): void {
      const b = bucket(key);
      b.scale = Math.min(1, b.scale + SCALE_STEP);
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
