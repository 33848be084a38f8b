/**
 * `npm run bench:rate`: delivery throughput when the platform's real limit is lower than Between's
 * pacing (as when a Slack workspace allows fewer posts than the 5/s Between assumes). A fake
 * platform enforces a token bucket of LIMIT messages/s and answers 429 with an exact Retry-After;
 * Between paces at 2.5 × LIMIT. One scheduler tick (one cron wake, as in production) must deliver
 * everything, at close to the platform's limit, each message exactly once. Real clock, real SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BetweenError } from '../src/core/errors';
import { createScheduler } from '../src/scheduling/scheduler';
import { benchApp, benchPlatform, PLANNER } from './fixtures';

const LIMIT = Number(process.env.BENCH_LIMIT ?? 20);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20 * LIMIT);
const PACED = LIMIT * 2.5;

function limitedPlatform() {
  let tokens = LIMIT;
  let at = performance.now();
  const sends = new Map<string, number>();
  let rejected = 0;
  const adapter = benchPlatform(async (to, key) => {
    const now = performance.now();
    tokens = Math.min(LIMIT, tokens + ((now - at) / 1000) * LIMIT);
    at = now;
    if (tokens < 1) {
      rejected += 1;
      throw new BetweenError('rate_limited', '429', {
        retryAfterMs: Math.ceil(((1 - tokens) / LIMIT) * 1000),
      });
    }
    tokens -= 1;
    sends.set(key, (sends.get(key) ?? 0) + 1);
    return { address: to, messageId: key };
  });
  return { adapter, sends, rejected: () => rejected };
}

const dir = mkdtempSync(join(tmpdir(), 'between-rate-'));
try {
  const app = benchApp(join(dir, 'between.db'));
  const now = new Date().toISOString();
  const prompt = app.services.prompts.reflections[0]?.id ?? '';
  app.sqlite.prepare("insert into workspaces (platform, external_id) values ('shell', 'local')").run();
  const member = app.sqlite.prepare('insert into members (workspace_id, platform_user_id) values (1, ?)');
  const delivery = app.sqlite.prepare(
    "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status) values (?, 'reflection', ?, ?, ?, ?, 'planned')",
  );
  app.sqlite.transaction(() => {
    for (let i = 1; i <= MESSAGES; i++) {
      member.run(`m${i}`);
      delivery.run(i, prompt, `reflection@${now}`, now, now);
    }
  })();
  const platform = limitedPlatform();
  const scheduler = createScheduler(app.services, new Map([['shell', platform.adapter]]), {
    graceMs: PLANNER.graceMs,
    expiryMs: PLANNER.expiryMs,
    reminderAfterHours: 24,
    rates: { shell: { perSecond: PACED, burst: PACED } },
  });
  const t0 = performance.now();
  const result = await scheduler.tick();
  const elapsed = (performance.now() - t0) / 1000;
  const delivered = [...platform.sends.values()].reduce((a, b) => a + b, 0);
  const doubled = [...platform.sends.values()].filter((n) => n > 1).length;
  const ideal = (MESSAGES - LIMIT) / LIMIT;
  const rate = delivered / elapsed;
  console.log(`# Delivery under a platform limit lower than Between's pacing (one tick, real clock)`);
  console.log('');
  console.log('| metric | value |');
  console.log('| --- | --- |');
  console.log(`| platform limit | ${LIMIT} msg/s (burst ${LIMIT}), exact Retry-After |`);
  console.log(`| Between's pacing | ${PACED} msg/s |`);
  console.log(`| messages due | ${MESSAGES} |`);
  console.log(`| delivered in the one tick | ${delivered} (${result.delivery.sent} recorded sent) |`);
  console.log(
    `| elapsed | ${elapsed.toFixed(1)} s (the limit allows ${ideal.toFixed(1)} s after its burst) |`,
  );
  console.log(
    `| achieved rate | ${rate.toFixed(1)} msg/s, ${((100 * rate) / LIMIT).toFixed(0)} % of the limit |`,
  );
  console.log(`| time efficiency (ideal ÷ elapsed) | ${((100 * ideal) / elapsed).toFixed(0)} % |`);
  console.log(`| 429s received | ${platform.rejected()} |`);
  console.log(`| messages delivered twice | ${doubled} |`);
  console.log(`| messages never delivered | ${MESSAGES - platform.sends.size} |`);
  await scheduler.stop();
  app.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
