import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, postCommand, postToBolt } from '../fakes/slack-api';
import { SEED } from '../fixtures/arbitraries';
import { interactionTemplates, malformedInteraction } from '../fixtures/discord-payloads';
import { malformedSlackRequest } from '../fixtures/slack-requests';
import { type BetweenProcess, SIGNING_SECRET, startBetween } from './between-process';

/**
 * The end-to-end fuzz: one real Between process (`src/main.ts`, as `npm start` runs it) with
 * Discord, Slack and the scheduler in it, against the fakes on 127.0.0.1. It gets a few thousand
 * malformed INTERACTION_CREATE dispatches through the real discord.js client and a few thousand
 * signed malformed requests through the real Bolt; then it must still be running, with no fault
 * having reached the process (no unhandled rejection, no uncaught exception), no log line carrying
 * what a payload said, and `/between help` answered on both platforms. Seeded: the same payloads
 * on every run. A longer run: FUZZ_RUNS=20000 npx vitest run tests/e2e/fuzz.test.ts
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
/** A bound for a longer run too (FUZZ_RUNS); not a speed assertion. */
const TIMEOUT = Math.max(120_000, RUNS * 60);
/** Stands for what a member wrote: it is all over the payloads and must be in no log line. */
const MARKER = 'Marker-7c1f-what-a-member-wrote';
const USER = '1300000000000000501';

/** Runs `work` over `items`, `size` at a time. */
async function inPool<T>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index] as T, index);
      }
    }),
  );
}

/** Waits until `count()` has not changed for `quietMs` (the process has finished answering). */
async function settled(count: () => number, quietMs = 750): Promise<void> {
  let last = -1;
  let since = Date.now();
  for (let i = 0; i < 2_000; i++) {
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

let between: BetweenProcess;
beforeAll(async () => {
  between = await startBetween();
}, 60_000);
afterAll(async () => between?.stop(), 30_000);

/** What must hold after every batch: the process runs, no fault reached it, no log line quotes a payload. */
function stillWhole(): void {
  expect(between.exit()).toBeUndefined();
  expect(between.linesWith('Between keeps running')).toBe(0);
  expect(between.linesWith('"level":60')).toBe(0);
  expect(between.logs()).not.toContain(MARKER);
}

describe('Between under thousands of malformed payloads, in one real process with Discord, Slack and the scheduler', () => {
  it(
    'takes malformed Discord interactions through the real discord.js without a fault, and answers what it can kindly',
    async () => {
      const started = Date.now();
      const { discord, linesWith } = between;
      const templates = interactionTemplates({
        applicationId: discord.applicationId,
        guildId: discord.guild.id,
        channelId: discord.guild.channelId,
        userId: USER,
        dmChannelId: '1300000000000000600',
      });
      const payloads = fc.sample(malformedInteraction(templates, MARKER), { numRuns: RUNS, seed: SEED });
      const ids = payloads.map((_, i) => String(1_400_000_000_000_000_000n + BigInt(i)));
      for (const [i, make] of payloads.entries()) {
        discord.dispatch('INTERACTION_CREATE', make(ids[i] ?? '', `fuzz.${i}`));
        // Let the socket drain now and then rather than queueing every frame at once.
        if (i % 200 === 199) await new Promise((r) => setImmediate(r));
      }
      const fuzzIds = new Set(ids);
      const answered = () =>
        discord.requests.filter((r) => r.method === 'POST' && fuzzIds.has(r.path.split('/')[2] ?? '')).length;

      // The gateway is read in order: once this is answered, discord.js has seen every payload before it.
      const help = discord.slashCommand({ userId: USER, subcommand: 'help', guildId: discord.guild.id });
      const reply = await discord.callbackFor(help.id, 60_000);
      expect(reply.type).toBe(4);
      expect(JSON.stringify(reply.data)).toMatch(/a reflection prompt, now/);
      await settled(answered);

      stillWhole();
      process.stdout.write(
        `discord fuzz: ${payloads.length} malformed INTERACTION_CREATE dispatches, ${linesWith('discord interaction unreadable')} refused by the schema, ${linesWith('discord.js failed on a gateway event')} contained inside discord.js, ${answered()} answered kindly, 0 process faults, ${Date.now() - started} ms\n`,
      );
    },
    TIMEOUT,
  );

  it(
    'takes signed malformed Slack requests through the real Bolt without a fault, and still answers /between help',
    async () => {
      const { slack, port } = between;
      const started = Date.now();
      const makers = fc.sample(malformedSlackRequest(MARKER), { numRuns: RUNS, seed: SEED });
      // Bolt answers a request no listener takes (an action whose id is not text, say) with 404 after
      // its 3-second wait: many are in flight at once so that those waits overlap.
      const statuses = new Map<number | string, number>();
      await inPool(makers, 96, async (make, i) => {
        const { body, contentType } = make(i, slack.responseUrl(`fuzz-${i}`));
        const outcome = await postToBolt(
          port,
          SIGNING_SECRET,
          body,
          contentType,
          {},
          { signal: AbortSignal.timeout(60_000) },
        )
          .then((r) => r.status)
          .catch((error: unknown) => (error instanceof Error ? error.name : 'error'));
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      });
      const answered = () => slack.responses.filter((r) => r.path.startsWith('/response/fuzz-')).length;
      await settled(answered);

      const help = await postCommand(port, SIGNING_SECRET, 'help', slack.responseUrl('after-fuzz'));
      expect(help.status).toBe(200);
      const reply = await eventually(
        () => slack.responses.find((r) => r.path === '/response/after-fuzz'),
        'the answer to /between help',
      );
      expect(JSON.stringify(reply.body)).toMatch(/a reflection prompt, now/);

      // Every request got an HTTP answer: none hung, none reset the connection.
      expect(Object.fromEntries(statuses)).toEqual(
        Object.fromEntries([...statuses].filter(([status]) => typeof status === 'number')),
      );
      stillWhole();
      process.stdout.write(
        `slack fuzz: ${makers.length} signed malformed requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${answered()} answered kindly, 0 process faults, ${Date.now() - started} ms\n`,
      );
    },
    TIMEOUT,
  );

  it('is still the same process afterwards, and stops cleanly when asked', async () => {
    stillWhole();
    between.child.kill('SIGTERM');
    await eventually(() => between.exit(), 'Between to stop');
    expect(between.exit()).toEqual({ code: 0, signal: null });
  }, 30_000);
});
