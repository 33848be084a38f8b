import { resolve } from 'node:path';
import { createApp } from '../src/app';
import { type Clock, systemClock } from '../src/core/clock';
import type { Address, SentRef } from '../src/core/model';
import type { ChatAdapter } from '../src/core/port';
import { createLogger } from '../src/log';

/** The planner's options in every bench: a slot missed by up to 3 h is still sent, prompts stay open 4 days. */
export const PLANNER = { graceMs: 3 * 3_600_000, expiryMs: 4 * 86_400_000, batchSize: 500 } as const;

/**
 * Between on a database file, as the real process runs it but silent: bundled prompts, real clock
 * unless given, WAL checkpoints in the background thread unless told not to.
 */
export function benchApp(databasePath: string, clock: Clock = systemClock, backgroundCheckpoints = true) {
  return createApp({
    databasePath,
    key: Buffer.alloc(32, 7),
    promptsDir: resolve(import.meta.dirname, '../prompts'),
    log: createLogger('silent'),
    clock,
    backgroundCheckpoints,
  });
}

/**
 * Under `npm run bench` (which sets BENCH_SUMMARY), a bench hands its headline figures to the
 * summary table as one marked line; run alone, it prints only its own tables.
 */
export function summary(figures: Record<string, number>): void {
  if (process.env.BENCH_SUMMARY) console.log(`${SUMMARY_MARK}${JSON.stringify(figures)}`);
}
export const SUMMARY_MARK = '@@bench-summary@@';

/** A stand-in platform whose DMs are `shell:<user>` and whose sends go to `send`, with each message's key. */
export function benchPlatform(send: (to: Address, key: string) => Promise<SentRef>): ChatAdapter {
  return {
    platform: 'shell',
    async start() {},
    async stop() {},
    async openDm(user) {
      return `shell:${user.userId}`;
    },
    async send(to, _message, options) {
      return send(to, options?.key ?? to);
    },
    async update() {},
  };
}

/** A stand-in platform whose sends are POSTed to `/send` on 127.0.0.1:`port`, answered by the message id. */
export function httpPlatform(port: number | string): ChatAdapter {
  return benchPlatform(async (to, key) => {
    const response = await fetch(`http://127.0.0.1:${port}/send`, {
      method: 'POST',
      body: JSON.stringify({ to, key }),
    });
    return { address: to, messageId: await response.text() };
  });
}
