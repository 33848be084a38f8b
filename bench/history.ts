import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../src/core/clock';
import { planDue } from '../src/scheduling/planner';
import { benchApp, PLANNER, summary } from './fixtures';

/**
 * `npm run bench:history`: the cost of planning one due minute, per member, against how many
 * prompts each member has already had (issue #15). Each history size gets a fresh SQLite file with
 * BENCH_MEMBERS members (default 2,000), all due at the same minute, each with 0 to 2,000 past
 * reflection deliveries (BENCH_HISTORY, a comma-separated list, picks the sizes); one planDue call is
 * timed (median of BENCH_RUNS files, default 3).
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HISTORY = (process.env.BENCH_HISTORY ?? '0,100,365,1095,2000').split(',').map(Number);
const AT = new Date('2026-11-23T10:00:00.000Z');
const DAY = 86_400_000;

async function once(history: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'between-history-'));
  const app = benchApp(join(dir, 'between.db'), manualClock(AT));
  const ids = app.services.prompts.reflections.map((p) => p.id);
  const db = app.sqlite;
  const member = db.prepare(
    'insert into members (id, workspace_id, platform_user_id, time_zone) values (?, 1, ?, ?)',
  );
  const schedule = db.prepare(
    "insert into schedules (id, member_id, anchor, weekdays, time, content) values (?, ?, 'weekly', '[1,2,3,4,5,6,7]', '10:00', 'reflection')",
  );
  const plan = db.prepare('insert into plans (schedule_id, member_id, next_due_at) values (?, ?, ?)');
  const past = db.prepare(
    "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status, sent_at) values (?, 'reflection', ?, ?, ?, ?, 'sent', ?)",
  );
  db.transaction(() => {
    db.prepare("insert into workspaces (id, platform, external_id) values (1, 'shell', 'bench')").run();
    for (let m = 1; m <= MEMBERS; m++) {
      member.run(m, `m${m}`, 'UTC');
      schedule.run(m, m);
      plan.run(m, m, AT.toISOString());
      for (let d = history; d >= 1; d--) {
        const at = new Date(AT.getTime() - d * DAY).toISOString();
        past.run(m, ids[(m * 7 + d) % ids.length], `reflection@${at}`, at, at, at);
      }
    }
  })();
  db.pragma('optimize');
  // A running bot never writes years of history in one transaction: start from the steady state, its
  // write-ahead log copied back into the file, instead of timing reads through a log of a gigabyte.
  app.services.checkpoint();
  const started = performance.now();
  const result = await planDue(app.services, PLANNER);
  const ms = performance.now() - started;
  if (result.planned !== MEMBERS) throw new Error(`planned ${result.planned} of ${MEMBERS}`);
  app.close();
  rmSync(dir, { recursive: true, force: true });
  return (ms * 1000) / MEMBERS;
}

console.log(`# Planning one due minute against history (${MEMBERS} members, all due; median of ${RUNS})\n`);
console.log('| past deliveries per member | planning per member |');
console.log('| ---: | ---: |');
const perMember: Record<string, number> = {};
for (const history of HISTORY) {
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await once(history));
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  perMember[history] = median;
  console.log(`| ${history.toLocaleString('en-US')} | ${median.toFixed(0)} µs |`);
}
summary(perMember);
