/**
 * Scheduling benchmark (issue #3). Run with `npm run bench` (or `npx tsx bench/scheduling.ts`).
 *
 * 1. Planning tick of the outbox planner (`planDue`) for 1k / 10k / 100k members in 12 time zones:
 *    a "quiet minute" (≈ 1/1440 of members due) and "everyone due at once".
 * 2. The naive way: one node-cron task per member, for the same populations.
 * 3. Delivery throughput through the real scheduler against a rate-limited fake platform.
 * 4. Ack latency while 100k members due at once are planned (issue #15): an HTTP server in the
 *    planning process, asked every 100 ms by a probe in another process.
 *
 * Every measurement runs in its own child process (with --expose-gc) on its own temp database,
 * so figures are independent. It prints figures only; it asserts nothing about timings.
 */
import { fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import cron from 'node-cron';
import { createApp } from '../src/app';
import { decodeAction } from '../src/core/action-id';
import { type Clock, manualClock, systemClock } from '../src/core/clock';
import { BetweenError } from '../src/core/errors';
import type { Address, OutgoingMessage, SentRef, UserRef } from '../src/core/model';
import type { ChatAdapter } from '../src/core/port';
import { createLogger } from '../src/log';
import { nextSlot, type SlotRule } from '../src/scheduling/occurrences';
import { planDue } from '../src/scheduling/planner';
import { refreshPlans } from '../src/scheduling/plans';
import { createScheduler } from '../src/scheduling/scheduler';
import { PLANNER, summary } from './fixtures';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const PROMPTS_DIR = join(ROOT, 'prompts');
const KEY = Buffer.alloc(32, 7);

const SIZES = [1_000, 10_000, 100_000] as const;
const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'Africa/Johannesburg',
  'UTC',
  'Asia/Singapore',
] as const;

const MINUTE = 60_000;
/** The instant the planning benchmarks run at (a Monday, on the minute). */
const T1 = new Date('2026-11-23T10:00:00.000Z');
/** Consecutive minutes ticked in the quiet-minute scenario. */
const QUIET_MINUTES = 20;
/** Sample of members re-planned with `refreshPlans`, to time it and to cross-check the SQL insert. */
const REFRESH_SAMPLE = 200;

const DELIVERIES = 1_000;
const RATE = 50;
const BURST = 50;

const MB = 1024 * 1024;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Deterministic PRNG (mulberry32), so every run builds the same population. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

const formats = new Map<string, Intl.DateTimeFormat>();
/** Local `HH:MM` of an instant in a zone. */
function localHhmm(at: Date, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format.format(at).slice(0, 5);
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

interface Mem {
  rss: number;
  heapUsed: number;
}
const mem = (): Mem => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
};
/** Peak resident set size of this process so far, in bytes. */
const maxRss = () => process.resourceUsage().maxRSS * 1024;

const mb = (bytes: number) => (bytes / MB).toFixed(1);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const int = (n: number) => n.toLocaleString('en-US');

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The app as the running bot opens it (WAL checkpoints in a worker thread), logging nothing. */
function silentApp(databasePath: string, clock: Clock) {
  return createApp({
    databasePath,
    key: KEY,
    promptsDir: PROMPTS_DIR,
    log: createLogger('silent'),
    clock,
    backgroundCheckpoints: process.env.BENCH_OWN_CHECKPOINTS !== '1',
  });
}

// ---------------------------------------------------------------------------------------------
// Population: raw SQL through app.sqlite, one transaction.

type Scenario = 'quiet' | 'all';

interface Member {
  zone: string;
  time: string;
  next: Date;
}

/**
 * One workspace, `n` members in 12 zones, each with one daily reflection rule and its plan row.
 * quiet: local times spread over the day, next slot strictly after T1 − 1 min (≈ n/1440 due per minute).
 * all: each member's local time is 0–119 min before T1, so every slot is due at T1 (inside the grace window).
 */
function buildMembers(n: number, scenario: Scenario, at: Date) {
  const random = prng(n * 7 + (scenario === 'quiet' ? 1 : 2));
  const after = new Date(at.getTime() - afterOffset(scenario));
  // The next slot depends only on (zone, time): 12 × 1440 combinations at most, so memoise nextSlot.
  const memo = new Map<string, Date>();
  const list: Member[] = [];
  for (let i = 0; i < n; i++) {
    const zone = ZONES[Math.floor(random() * ZONES.length)] ?? 'UTC';
    const time =
      scenario === 'quiet'
        ? hhmm(Math.floor(random() * 1440))
        : localHhmm(new Date(at.getTime() - Math.floor(random() * 120) * MINUTE), zone);
    const key = `${zone}|${time}`;
    let next = memo.get(key);
    if (!next) {
      const rule: SlotRule = { anchor: 'weekly', weekdays: EVERY_DAY, dayOffset: 0, time };
      const slot = nextSlot(rule, { zone, weekly: null, dates: [] }, after);
      if (!slot) throw new Error(`no slot for ${time} in ${zone}`);
      next = slot;
      memo.set(key, next);
    }
    list.push({ zone, time, next });
  }
  return list;
}

/** Plans are computed from this long before the benchmark instant. */
const afterOffset = (scenario: Scenario) => (scenario === 'quiet' ? MINUTE : 121 * MINUTE);

function insertPopulation(
  sqlite: ReturnType<typeof createApp>['sqlite'],
  list: readonly Member[],
  workspace: { platform: string; externalId: string },
) {
  const insertWorkspace = sqlite.prepare('insert into workspaces (platform, external_id) values (?, ?)');
  const insertMember = sqlite.prepare(
    'insert into members (id, workspace_id, platform_user_id, time_zone) values (?, ?, ?, ?)',
  );
  const insertSchedule = sqlite.prepare(
    "insert into schedules (id, member_id, anchor, weekdays, time, content) values (?, ?, 'weekly', ?, ?, 'reflection')",
  );
  const insertPlan = sqlite.prepare(
    'insert into plans (schedule_id, member_id, next_due_at) values (?, ?, ?)',
  );
  const weekdays = JSON.stringify(EVERY_DAY);
  sqlite.transaction(() => {
    const ws = Number(insertWorkspace.run(workspace.platform, workspace.externalId).lastInsertRowid);
    list.forEach((m, i) => {
      const id = i + 1;
      insertMember.run(id, ws, `m${id}`, m.zone);
      insertSchedule.run(id, id, weekdays, m.time);
      insertPlan.run(id, id, m.next.toISOString());
    });
  })();
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface PopulateResult {
  buildMs: number;
  insertMs: number;
  refreshUsPerMember: number;
  refreshMismatches: number;
  dbMb: number;
}

function childPopulate(n: number, scenario: Scenario, dbPath: string): PopulateResult {
  const clock = manualClock(T1);
  const app = silentApp(dbPath, clock);
  let t = performance.now();
  const list = buildMembers(n, scenario, T1);
  const buildMs = performance.now() - t;
  t = performance.now();
  insertPopulation(app.sqlite, list, { platform: 'shell', externalId: 'bench' });
  const insertMs = performance.now() - t;

  // Cross-check: the app's own refreshPlans must agree with next_due_at computed above.
  const sample = Math.min(REFRESH_SAMPLE, n);
  const step = Math.floor(n / sample);
  const after = new Date(T1.getTime() - afterOffset(scenario));
  const read = app.sqlite.prepare('select next_due_at as next from plans where member_id = ?');
  let mismatches = 0;
  t = performance.now();
  for (let k = 0; k < sample; k++) refreshPlans(app.services.db, k * step + 1, after);
  const refreshMs = performance.now() - t;
  for (let k = 0; k < sample; k++) {
    const id = k * step + 1;
    const row = read.get(id) as { next: string } | undefined;
    if (row?.next !== list[id - 1]?.next.toISOString()) mismatches += 1;
  }
  app.services.checkpoint();
  const size = app.sqlite.prepare(
    'select page_count * page_size as bytes from pragma_page_count(), pragma_page_size()',
  );
  const dbBytes = (size.get() as { bytes: number }).bytes;
  app.close();
  return {
    buildMs,
    insertMs,
    refreshUsPerMember: (refreshMs * 1000) / sample,
    refreshMismatches: mismatches,
    dbMb: dbBytes / MB,
  };
}

interface PlanMeasure {
  ticks: number;
  planned: number;
  skipped: number;
  firstMs: number;
  medianMs: number;
  idleMs: number;
  maxMs: number;
  totalMs: number;
  before: Mem;
  after: Mem;
  afterGc: Mem;
  peakRss: number;
  deliveries: number;
  /** CPU time (user + system) of the ticks: on a shared machine, less noisy than wall time. */
  cpuMs: number;
  /** The same delivery rows, deleted and inserted again raw (see rawInsert). */
  rawInsertMs: number;
}

/**
 * Loads the 12 zones' time-zone data (ICU formatters behind luxon, ~30 MB of RSS) before the
 * baseline, as in a bot that has been running: memory figures then show the tick, not ICU.
 */
function warmZones(): void {
  const rule: SlotRule = { anchor: 'weekly', weekdays: EVERY_DAY, dayOffset: 0, time: '09:00' };
  for (const zone of ZONES) nextSlot(rule, { zone, weekly: null, dates: [] }, T1);
}

async function childPlan(scenario: Scenario, dbPath: string): Promise<PlanMeasure> {
  const clock = manualClock(T1);
  const app = silentApp(dbPath, clock);
  const ticks = scenario === 'quiet' ? QUIET_MINUTES : 1;
  warmZones();
  gc();
  const before = mem();
  const times: number[] = [];
  let planned = 0;
  let skipped = 0;
  const cpu = process.cpuUsage();
  for (let k = 0; k < ticks; k++) {
    clock.set(new Date(T1.getTime() + k * MINUTE));
    const t = performance.now();
    const result = await planDue(app.services, PLANNER);
    times.push(performance.now() - t);
    planned += result.planned;
    skipped += result.skipped;
  }
  const { user, system } = process.cpuUsage(cpu);
  const after = mem();
  const peakRss = maxRss();
  gc();
  const afterGc = mem();
  const deliveries = (app.sqlite.prepare('select count(*) as n from deliveries').get() as { n: number }).n;
  // An idle tick: the same clock again, nothing left due (the fixed cost of waking up each minute).
  const idle: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    await planDue(app.services, PLANNER);
    idle.push(performance.now() - t);
  }
  const rawInsertMs = rawInsert(app.sqlite);
  app.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    ticks,
    planned,
    skipped,
    firstMs: times[0] ?? 0,
    medianMs: median(times),
    idleMs: median(idle),
    maxMs: sorted[sorted.length - 1] ?? 0,
    totalMs: times.reduce((a, b) => a + b, 0),
    before,
    after,
    afterGc,
    peakRss,
    deliveries,
    cpuMs: (user + system) / 1000,
    rawInsertMs,
  };
}

const DELIVERY_COLUMNS =
  'member_id, kind, prompt_id, slot_key, slot_at, due_at, status, status_reason, expires_at, schedule_id';

/**
 * The floor for a planning tick: the delivery rows it wrote, deleted and inserted again with one
 * prepared statement in one transaction (same table, same indexes), in milliseconds.
 */
function rawInsert(sqlite: ReturnType<typeof createApp>['sqlite']): number {
  const rows = sqlite
    .prepare(`select ${DELIVERY_COLUMNS} from deliveries order by id`)
    .raw()
    .all() as unknown[][];
  sqlite.prepare('delete from deliveries').run();
  const insert = sqlite.prepare(
    `insert into deliveries (${DELIVERY_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const t = performance.now();
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
  return performance.now() - t;
}

interface CronMeasure {
  createMs: number;
  destroyMs: number;
  before: Mem;
  after: Mem;
  afterGc: Mem;
  afterDestroy: Mem;
  peakRss: number;
}

async function childCron(n: number): Promise<CronMeasure> {
  // The same population as the quiet-minute planner (same seed): one daily task per member.
  const specs = buildMembers(n, 'quiet', T1).map((m) => {
    const [h, min] = m.time.split(':').map(Number);
    return { expr: `${min} ${h} * * *`, zone: m.zone };
  });
  let fired = 0;
  for (const zone of ZONES) await cron.schedule('0 0 * * *', () => {}, { timezone: zone }).destroy();
  gc();
  const before = mem();
  const t0 = performance.now();
  const tasks = specs.map((s) =>
    cron.schedule(
      s.expr,
      () => {
        fired += 1;
      },
      { timezone: s.zone },
    ),
  );
  const createMs = performance.now() - t0;
  const after = mem();
  gc();
  const afterGc = mem();
  const peakRss = maxRss();
  const t1 = performance.now();
  for (const task of tasks) await task.stop();
  for (const task of tasks) await task.destroy();
  const destroyMs = performance.now() - t1;
  tasks.length = 0;
  gc();
  const afterDestroy = mem();
  void fired;
  return { createMs, destroyMs, before, after, afterGc, afterDestroy, peakRss };
}

interface DeliveryMeasure {
  members: number;
  planned: number;
  delivered: number;
  ticks: number;
  elapsedS: number;
  firstToLastS: number;
  rateLimited: number;
  duplicateIds: number;
  duplicateSlots: number;
  lost: number;
  unknownSends: number;
  statuses: Record<string, number>;
  retried: number;
}

/** A fake chat platform enforcing a token bucket of `rate`/s (burst `burst`) in real time. */
function rateLimitedPlatform(rate: number, burst: number) {
  let tokens = burst;
  let at = performance.now();
  const sends: { at: number; address: string; deliveryId: number | undefined }[] = [];
  let rejected = 0;
  const adapter: ChatAdapter = {
    platform: 'shell',
    async start() {},
    async stop() {},
    async openDm(user: UserRef): Promise<Address> {
      return `shell:${user.userId}`;
    },
    async send(to: Address, message: OutgoingMessage): Promise<SentRef> {
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - at) / 1000) * rate);
      at = now;
      if (tokens < 1) {
        rejected += 1;
        const retryAfterMs = Math.ceil(((1 - tokens) / rate) * 1000);
        throw new BetweenError('rate_limited', 'fake platform: 429 Too Many Requests', { retryAfterMs });
      }
      tokens -= 1;
      let deliveryId: number | undefined;
      for (const element of message.elements) {
        if (element.kind !== 'buttons') continue;
        const action = element.buttons[0] ? decodeAction(element.buttons[0].id) : undefined;
        if (action && 'deliveryId' in action) deliveryId = action.deliveryId;
      }
      sends.push({ at: now, address: to, deliveryId });
      return { address: to, messageId: String(sends.length) };
    },
    async update() {},
  };
  return { adapter, sends, rejected: () => rejected };
}

async function childDelivery(): Promise<DeliveryMeasure> {
  const dir = mkdtempSync(join(tmpdir(), 'between-bench-'));
  try {
    const app = silentApp(join(dir, 'between.db'), systemClock);
    // Every member's daily slot is 1–119 minutes ago (inside the 3 h grace window): all due now.
    const now = new Date();
    const list = buildMembers(DELIVERIES, 'all', now);
    insertPopulation(app.sqlite, list, { platform: 'shell', externalId: 'local' });
    const platform = rateLimitedPlatform(RATE, BURST);
    const scheduler = createScheduler(app.services, new Map([['shell', platform.adapter]]), {
      graceMs: PLANNER.graceMs,
      expiryMs: PLANNER.expiryMs,
      reminderAfterHours: 24,
      rates: { shell: { perSecond: RATE, burst: BURST } },
    });
    const open = app.sqlite.prepare(
      "select count(*) as n from deliveries where status in ('planned', 'sending')",
    );
    const count = () => (open.get() as { n: number }).n;
    let planned = 0;
    let retried = 0;
    let ticks = 0;
    const t0 = performance.now();
    const deadline = t0 + 120_000;
    do {
      const result = await scheduler.tick();
      ticks += 1;
      planned += result.planned;
      retried += result.delivery.retried;
      if (count() > 0) await new Promise((r) => setTimeout(r, 20));
    } while (count() > 0 && performance.now() < deadline);
    const elapsedS = (performance.now() - t0) / 1000;

    const rows = app.sqlite
      .prepare(
        "select id, member_id as memberId, slot_key as slotKey, status from deliveries where kind != 'reminder'",
      )
      .all() as { id: number; memberId: number; slotKey: string; status: string }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const statuses: Record<string, number> = {};
    for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const seenIds = new Map<number, number>();
    const seenSlots = new Map<string, number>();
    let unknownSends = 0;
    for (const s of platform.sends) {
      const row = s.deliveryId === undefined ? undefined : byId.get(s.deliveryId);
      if (!row || s.address !== `shell:m${row.memberId}`) {
        unknownSends += 1;
        continue;
      }
      seenIds.set(row.id, (seenIds.get(row.id) ?? 0) + 1);
      const slot = `${row.memberId}/${row.slotKey}`;
      seenSlots.set(slot, (seenSlots.get(slot) ?? 0) + 1);
    }
    const dupes = (m: Map<unknown, number>) => [...m.values()].filter((c) => c > 1).length;
    const lost = rows.filter((r) => r.status !== 'skipped' && (seenIds.get(r.id) ?? 0) === 0).length;
    const first = platform.sends[0]?.at ?? 0;
    const last = platform.sends[platform.sends.length - 1]?.at ?? 0;
    await scheduler.stop();
    app.close();
    return {
      members: DELIVERIES,
      planned,
      delivered: platform.sends.length,
      ticks,
      elapsedS,
      firstToLastS: (last - first) / 1000,
      rateLimited: platform.rejected(),
      duplicateIds: dupes(seenIds),
      duplicateSlots: dupes(seenSlots),
      lost,
      unknownSends,
      statuses,
      retried,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How often the probe asks the bot something while it plans (issue #15: acks sampled every 100 ms). */
const PROBE_EVERY_MS = 100;
/** The ack-latency scenario: this many members due at once (issue #15 asks about 100,000). */
const ACK_MEMBERS = 100_000;

interface AckMeasure {
  planned: number;
  planMs: number;
  /** Round trips of the probe's requests, ms: with nothing to do, and while planDue runs. */
  idle: number[];
  planning: number[];
  /** The event loop's own delay while planDue runs (perf_hooks, 10 ms resolution), ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/**
 * Ack latency while planning: an HTTP server in the planning process answers every request at
 * once (as an adapter acknowledges an interaction), and a probe in another process asks it every
 * 100 ms, first for two idle seconds, then for as long as one planDue call of everyone-due runs.
 */
async function childAck(dbPath: string): Promise<AckMeasure> {
  const clock = manualClock(T1);
  const app = silentApp(dbPath, clock);
  warmZones();
  const server = createServer((_request, response) => response.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const probe = fork(SELF, ['child', 'probe', String(port)]);
  await once(probe, 'message');
  const sample = async (during: () => Promise<void>) => {
    probe.send('start');
    await during();
    probe.send('stop');
    const [latencies] = (await once(probe, 'message')) as [number[]];
    return latencies;
  };
  const idle = await sample(() => new Promise((resolve) => setTimeout(resolve, 2_000)));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let planned = 0;
  let planMs = 0;
  const planning = await sample(async () => {
    loop.enable();
    const t = performance.now();
    planned = (await planDue(app.services, PLANNER)).planned;
    planMs = performance.now() - t;
    loop.disable();
  });
  probe.kill();
  server.close();
  app.close();
  return {
    planned,
    planMs,
    idle,
    planning,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
  };
}

/** The probe: on `start`, a GET every 100 ms; on `stop`, waits for the answers and sends their round trips. */
function childProbe(port: number): void {
  const agent = new Agent({ keepAlive: true });
  let latencies: number[] = [];
  let pending = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopping = false;
  const report = () => {
    if (stopping && pending === 0) {
      stopping = false;
      process.send?.(latencies);
    }
  };
  const ask = () => {
    const sent = performance.now();
    pending += 1;
    get({ host: '127.0.0.1', port, path: '/', agent }, (response) => {
      response.resume();
      response.on('end', () => {
        latencies.push(performance.now() - sent);
        pending -= 1;
        report();
      });
    });
  };
  process.on('message', (message) => {
    if (message === 'start') {
      latencies = [];
      ask();
      timer = setInterval(ask, PROBE_EVERY_MS);
    } else if (message === 'stop') {
      clearInterval(timer);
      stopping = true;
      report();
    }
  });
  process.send?.('ready');
}

/** The value below which `p` of the values lie (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

const MARK = '@@bench-result@@';

async function runChild(args: readonly string[]): Promise<void> {
  const [kind, a, b] = args;
  let result: unknown;
  if (kind === 'populate') result = childPopulate(Number(a), b as Scenario, args[3] ?? '');
  else if (kind === 'plan') result = await childPlan(a as Scenario, b ?? '');
  else if (kind === 'cron') result = await childCron(Number(a));
  else if (kind === 'delivery') result = await childDelivery();
  else if (kind === 'ack') result = await childAck(a ?? '');
  else if (kind === 'probe') return childProbe(Number(a));
  else throw new Error(`unknown child ${kind}`);
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
  process.exit(0);
}

function spawnChild<T>(...args: string[]): T {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', SELF, 'child', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (child.status !== 0 || !line) {
    throw new Error(`child ${args.join(' ')} failed (${child.status}):\n${child.stderr}\n${child.stdout}`);
  }
  return JSON.parse(line.slice(MARK.length)) as T;
}

// ---------------------------------------------------------------------------------------------
// Orchestration

function log(text: string) {
  process.stderr.write(`${text}\n`);
}

async function main() {
  const started = performance.now();
  console.log('# Between scheduling benchmark');
  console.log('');
  console.log(
    `node ${process.version}, ${cpus().length} cores, ${process.platform}/${process.arch}; ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(
    `planner: graceMs 3 h, expiryMs 4 days, batchSize 500; clock at ${T1.toISOString()}; ${ZONES.length} zones; one daily reflection rule per member`,
  );
  console.log('');

  const quiet: PlanMeasure[] = [];
  const all: PlanMeasure[] = [];
  const populate: { quiet: PopulateResult; all: PopulateResult }[] = [];
  const naive: CronMeasure[] = [];

  for (const n of SIZES) {
    const sizes: Partial<Record<Scenario, PopulateResult>> = {};
    for (const scenario of ['quiet', 'all'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'between-bench-'));
      const dbPath = join(dir, 'between.db');
      try {
        log(`populating ${int(n)} members (${scenario}) …`);
        sizes[scenario] = spawnChild<PopulateResult>('populate', String(n), scenario, dbPath);
        log(`planning (${scenario}) …`);
        const measure = spawnChild<PlanMeasure>('plan', scenario, dbPath);
        (scenario === 'quiet' ? quiet : all).push(measure);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    populate.push({ quiet: sizes.quiet as PopulateResult, all: sizes.all as PopulateResult });
    log(`node-cron with ${int(n)} tasks …`);
    naive.push(spawnChild<CronMeasure>('cron', String(n)));
  }

  console.log('## 0. Population setup (raw SQL, one transaction; next_due_at from nextSlot)');
  console.log('');
  console.log(
    table(
      ['members', 'nextSlot ms', 'insert ms', 'DB MB', 'refreshPlans µs/member', 'refreshPlans mismatches'],
      SIZES.map((n, i) => {
        const p = populate[i]?.quiet;
        return [
          int(n),
          ms(p?.buildMs ?? 0),
          ms(p?.insertMs ?? 0),
          mb((p?.dbMb ?? 0) * MB),
          (p?.refreshUsPerMember ?? 0).toFixed(0),
          `${(populate[i]?.quiet.refreshMismatches ?? 0) + (populate[i]?.all.refreshMismatches ?? 0)} / ${2 * Math.min(REFRESH_SAMPLE, n)}`,
        ];
      }),
    ),
  );
  console.log('');

  console.log(
    `## 1a. Planning tick, quiet minute (${QUIET_MINUTES} consecutive minutes ticked, fresh process + DB)`,
  );
  console.log('');
  console.log(
    table(
      [
        'members',
        'planned/min',
        'first tick ms',
        'median tick ms',
        'max tick ms',
        'idle tick ms',
        'heap before MB',
        'heap growth MB',
        'heap retained MB',
        'RSS before MB',
        'RSS growth MB',
        'peak RSS MB',
      ],
      SIZES.map((n, i) => {
        const q = quiet[i] as PlanMeasure;
        return [
          int(n),
          (q.planned / q.ticks).toFixed(1),
          ms(q.firstMs),
          ms(q.medianMs),
          ms(q.maxMs),
          ms(q.idleMs),
          mb(q.before.heapUsed),
          mb(q.after.heapUsed - q.before.heapUsed),
          mb(q.afterGc.heapUsed - q.before.heapUsed),
          mb(q.before.rss),
          mb(q.after.rss - q.before.rss),
          mb(q.peakRss),
        ];
      }),
    ),
  );
  console.log('');

  console.log(
    'Time-zone data for the 12 zones is loaded before the baseline. growth = after the ticks − before (no GC); retained = after a full GC − before; idle tick = nothing due.',
  );
  console.log('');

  console.log('## 1b. Planning tick, everyone due at once (one planDue call, fresh process + DB)');
  console.log('');
  console.log(
    table(
      [
        'members',
        'planned',
        'skipped',
        'delivery rows',
        'tick ms',
        'µs/member',
        'CPU µs/member',
        'raw insert µs/row',
        'planning ÷ insert',
        'heap growth MB',
        'heap retained MB',
        'RSS before MB',
        'RSS growth MB',
        'peak RSS MB',
      ],
      SIZES.map((n, i) => {
        const q = all[i] as PlanMeasure;
        return [
          int(n),
          int(q.planned),
          int(q.skipped),
          int(q.deliveries),
          ms(q.totalMs),
          ((q.totalMs * 1000) / n).toFixed(0),
          ((q.cpuMs * 1000) / n).toFixed(0),
          ((q.rawInsertMs * 1000) / q.deliveries).toFixed(1),
          `${(q.totalMs / q.rawInsertMs).toFixed(1)}×`,
          mb(q.after.heapUsed - q.before.heapUsed),
          mb(q.afterGc.heapUsed - q.before.heapUsed),
          mb(q.before.rss),
          mb(q.after.rss - q.before.rss),
          mb(q.peakRss),
        ];
      }),
    ),
  );
  console.log('');

  console.log(
    'raw insert = the same delivery rows, deleted and inserted again with one prepared statement in one transaction (same table and indexes).',
  );
  console.log('');

  console.log('## 2. Naive: one node-cron task per member (created and started, never firing) vs the outbox');
  console.log('');
  console.log(
    table(
      [
        'members',
        'cron create ms',
        'cron stop+destroy ms',
        'cron heap retained MB',
        'cron RSS growth MB',
        'cron peak RSS MB',
        'outbox heap retained MB',
        'outbox heap growth MB',
        'outbox RSS growth MB',
        'heap ratio (retained)',
        'heap ratio (vs growth)',
        'RSS ratio',
      ],
      SIZES.map((n, i) => {
        const c = naive[i] as CronMeasure;
        const q = quiet[i] as PlanMeasure;
        const cronHeap = c.afterGc.heapUsed - c.before.heapUsed;
        const cronRss = c.after.rss - c.before.rss;
        const outRetained = q.afterGc.heapUsed - q.before.heapUsed;
        const outGrowth = q.after.heapUsed - q.before.heapUsed;
        const outRss = q.after.rss - q.before.rss;
        // Growth at or below zero is measurement noise (GC, allocator): no ratio then.
        const ratio = (a: number, b: number) =>
          a > 0.05 * MB && b > 0.05 * MB ? `${(a / b).toFixed(1)}×` : 'n/a (noise)';
        return [
          int(n),
          ms(c.createMs),
          ms(c.destroyMs),
          mb(cronHeap),
          mb(cronRss),
          mb(c.peakRss),
          mb(outRetained),
          mb(outGrowth),
          mb(outRss),
          ratio(cronHeap, outRetained),
          ratio(cronHeap, outGrowth),
          ratio(cronRss, outRss),
        ];
      }),
    ),
  );
  console.log('');
  console.log(
    'outbox = the quiet-minute run of part 1a on the same population (20 ticks); retained = heapUsed after a full GC minus before.',
  );
  console.log('');

  log(`delivery throughput: ${int(DELIVERIES)} messages at ${RATE}/s …`);
  const d = spawnChild<DeliveryMeasure>('delivery');
  const achieved = d.delivered / d.elapsedS;
  const sustained = d.firstToLastS > 0 ? (d.delivered - BURST) / d.firstToLastS : 0;
  console.log(
    `## 3. Delivery throughput (real clock, fake platform: token bucket ${RATE}/s, burst ${BURST}; pacer ${RATE}/s, burst ${BURST})`,
  );
  console.log('');
  console.log(
    table(
      ['metric', 'value'],
      [
        ['members with a slot due', int(d.members)],
        ['planned by the ticks', int(d.planned)],
        ['messages delivered', int(d.delivered)],
        ['scheduler ticks', int(d.ticks)],
        ['elapsed s (first tick to done)', d.elapsedS.toFixed(2)],
        ['first to last send s', d.firstToLastS.toFixed(2)],
        [
          'achieved rate msg/s (delivered / elapsed)',
          `${achieved.toFixed(1)} (${((achieved / RATE) * 100).toFixed(0)} % of R)`,
        ],
        [
          'sustained rate msg/s (after the burst)',
          `${sustained.toFixed(1)} (${((sustained / RATE) * 100).toFixed(0)} % of R)`,
        ],
        ['429s received', int(d.rateLimited)],
        ['retries recorded by the worker', int(d.retried)],
        ['duplicates (same delivery id)', int(d.duplicateIds)],
        ['duplicates (same member + slot)', int(d.duplicateSlots)],
        ['lost (planned, never sent)', int(d.lost)],
        ['sends not matching a delivery row', int(d.unknownSends)],
        [
          'final statuses',
          Object.entries(d.statuses)
            .map(([s, c]) => `${s} ${c}`)
            .join(', '),
        ],
      ],
    ),
  );
  console.log('');

  const ackDir = mkdtempSync(join(tmpdir(), 'between-bench-'));
  let ack: AckMeasure;
  try {
    log(`ack latency while ${int(ACK_MEMBERS)} members are planned …`);
    spawnChild<PopulateResult>('populate', String(ACK_MEMBERS), 'all', join(ackDir, 'between.db'));
    ack = spawnChild<AckMeasure>('ack', join(ackDir, 'between.db'));
  } finally {
    rmSync(ackDir, { recursive: true, force: true });
  }
  console.log(
    `## 4. Answering while ${int(ACK_MEMBERS)} members due at once are planned (HTTP server in the planning process, probe every ${PROBE_EVERY_MS} ms from another)`,
  );
  console.log('');
  const row = (label: string, values: number[]) => [
    label,
    int(values.length),
    ms(percentile(values, 0.5)),
    ms(percentile(values, 0.99)),
    ms(Math.max(0, ...values)),
  ];
  console.log(
    table(
      ['requests', 'samples', 'p50 ms', 'p99 ms', 'max ms'],
      [row('idle (2 s, nothing to plan)', ack.idle), row('during planDue', ack.planning)],
    ),
  );
  console.log('');
  console.log(
    `planDue: ${int(ack.planned)} planned in ${ms(ack.planMs)} ms; event-loop delay meanwhile p99 ${ms(ack.loopDelayP99Ms)} ms, max ${ms(ack.loopDelayMaxMs)} ms (perf_hooks, 10 ms resolution).`,
  );
  console.log('');
  console.log(`total benchmark time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const largest = all[all.length - 1] as PlanMeasure;
  summary({
    everyoneDueRatio: largest.totalMs / largest.rawInsertMs,
    ackP50: percentile(ack.planning, 0.5),
    ackP99: percentile(ack.planning, 0.99),
    ackMax: Math.max(0, ...ack.planning),
  });
}

if (process.argv[2] === 'child') await runChild(process.argv.slice(3));
else await main();
