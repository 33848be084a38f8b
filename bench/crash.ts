/**
 * `npm run bench:crash`: kills a real Between process (SIGKILL) at a random moment while prompts,
 * invitations and shared digests are in flight, restarts it on the same database, and counts, per
 * message, how often the platform received it. The platform is a separate HTTP server (in this
 * parent process), so what it received survives the kill. Expected: 0 duplicates, 0 lost among
 * messages never attempted, and every other loss recorded as a failure its sender can see.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScheduler } from '../src/scheduling/scheduler';
import { benchApp, httpPlatform, PLANNER } from './fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PROMPTS = 100;
const INVITATIONS = 20;
const SHARES = 20;
const LEASE_MS = 300;
const SELF = fileURLToPath(import.meta.url);

/** A workspace with PROMPTS members due a prompt, INVITATIONS invitations and SHARES digests queued. */
function seed(databasePath: string): void {
  const app = benchApp(databasePath);
  const db = app.sqlite;
  const now = new Date().toISOString();
  const prompt = app.services.prompts.reflections[0]?.id ?? '';
  db.prepare("insert into workspaces (platform, external_id) values ('shell', 'local')").run();
  const member = db.prepare('insert into members (workspace_id, platform_user_id, role) values (1, ?, ?)');
  const out = db.prepare(
    'insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status, subject_id, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const link = db.prepare(
    'insert into care_links (workspace_id, therapist_id, client_id, status, created_at, changed_at) values (1, ?, ?, ?, ?, ?)',
  );
  const therapist = Number(member.run('tess', 'therapist').lastInsertRowid);
  db.transaction(() => {
    for (let i = 1; i <= PROMPTS; i++) {
      const id = Number(member.run(`m${i}`, 'client').lastInsertRowid);
      out.run(id, 'reflection', prompt, `reflection@${now}`, now, now, 'planned', null, null);
      if (i <= INVITATIONS) {
        const l = Number(link.run(therapist, id, 'invited', now, now).lastInsertRowid);
        out.run(
          id,
          'invitation',
          'invitation',
          `out:i${l}`,
          now,
          now,
          'planned',
          therapist,
          JSON.stringify({ link: l }),
        );
      }
    }
  })();
  for (let i = 1; i <= SHARES; i++) {
    const client = Number(member.run(`c${i}`, 'client').lastInsertRowid);
    const l = Number(link.run(therapist, client, 'active', now, now).lastInsertRowid);
    const entry = app.services.answers.add({
      memberId: client,
      deliveryId: null,
      kind: 'reflection',
      promptId: prompt,
      answer: { text: `entry of client ${i}` },
      at: new Date(),
    });
    const share = Number(
      db
        .prepare(
          "insert into shares (client_id, link_id, response_ids, status, created_at) values (?, ?, ?, 'queued', ?)",
        )
        .run(client, l, JSON.stringify([entry]), now).lastInsertRowid,
    );
    out.run(
      therapist,
      'share_digest',
      'share_digest',
      `out:s${share}`,
      now,
      now,
      'planned',
      client,
      JSON.stringify({ share }),
    );
  }
  app.close();
}

/** The child: Between on the database, sending through the parent's HTTP platform, until nothing is due. */
async function child(databasePath: string, port: number): Promise<void> {
  const app = benchApp(databasePath);
  const adapter = httpPlatform(port);
  app.services.messenger.use(new Map([['shell', adapter]]));
  const scheduler = createScheduler(app.services, new Map([['shell', adapter]]), {
    graceMs: PLANNER.graceMs,
    expiryMs: PLANNER.expiryMs,
    reminderAfterHours: 24,
    leaseMs: LEASE_MS,
    rates: { shell: { perSecond: 200, burst: 20 } },
  });
  const stillDue = app.sqlite.prepare(
    "select count(*) as n from deliveries where status in ('planned', 'sending')",
  );
  do {
    await scheduler.tick();
    await new Promise((r) => setTimeout(r, LEASE_MS + 50));
  } while ((stillDue.get() as { n: number }).n > 0);
  await scheduler.stop();
  app.close();
}

function run(args: string[], killAfterMs?: number, onKill: () => void = () => {}): Promise<void> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [...process.execArgv, SELF, ...args], { stdio: 'ignore' });
    const timer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            onKill();
            proc.kill('SIGKILL');
          }, killAfterMs);
    proc.on('exit', () => {
      if (timer) clearTimeout(timer);
      done();
    });
  });
}

async function parent(): Promise<void> {
  const totals = {
    messages: 0,
    once: 0,
    twice: 0,
    never: 0,
    neverAttempted: 0,
    failedVisible: 0,
    sharesQueued: 0,
  };
  const atKill: number[] = [];
  const received = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += String(c);
    });
    req.on('end', () => {
      const { key } = JSON.parse(body) as { key: string };
      // The platform takes a little while (up to 60 ms, with four requests in flight per lane), so that
      // kills land with requests in flight.
      setTimeout(() => {
        received.set(key, (received.get(key) ?? 0) + 1);
        res.end(key);
      }, Math.random() * 60);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  for (let r = 1; r <= RUNS; r++) {
    received.clear();
    const dir = mkdtempSync(join(tmpdir(), 'between-crash-'));
    const databasePath = join(dir, 'between.db');
    seed(databasePath);
    const killAt = 600 + Math.random() * 1_200;
    await run(['child', databasePath, String(port)], killAt, () => atKill.push(received.size));
    await new Promise((w) => setTimeout(w, LEASE_MS + 100));
    await run(['child', databasePath, String(port)]);
    const app = benchApp(databasePath);
    const rows = app.sqlite
      .prepare('select id, kind, status, status_reason as reason, attempts from deliveries')
      .all() as { id: number; kind: string; status: string; reason: string | null; attempts: number }[];
    for (const row of rows.filter((x) => x.kind !== 'notice')) {
      const n = received.get(`d${row.id}`) ?? 0;
      totals.messages += 1;
      if (n === 1) totals.once += 1;
      if (n > 1) totals.twice += 1;
      if (n === 0) {
        totals.never += 1;
        if (row.attempts === 0) totals.neverAttempted += 1;
        if (row.status === 'failed') totals.failedVisible += 1;
      }
    }
    totals.sharesQueued += (
      app.sqlite.prepare("select count(*) as n from shares where status = 'queued'").get() as { n: number }
    ).n;
    app.close();
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`run ${r}: killed after ${Math.round(killAt)} ms\n`);
  }
  server.close();
  console.log(`# Random kills while messages are in flight (${RUNS} runs)`);
  console.log('');
  console.log(
    `Each run: ${PROMPTS} prompts, ${INVITATIONS} invitations and ${SHARES} shared digests due at once; the process is`,
  );
  console.log(
    'killed (SIGKILL) 600–1800 ms after it starts, then restarted on the same database until nothing is due.',
  );
  console.log('');
  console.log('| metric | value |');
  console.log('| --- | --- |');
  const midBurst = atKill.filter((n) => n > 0 && n < PROMPTS + INVITATIONS + SHARES).length;
  console.log(`| runs killed mid-burst (some, not all, received) | ${midBurst} of ${RUNS} |`);
  console.log(`| received before the kill, per run | ${atKill.join(', ')} |`);
  console.log(`| messages | ${totals.messages} |`);
  console.log(`| delivered exactly once | ${totals.once} |`);
  console.log(`| delivered more than once | ${totals.twice} |`);
  console.log(`| never delivered | ${totals.never} |`);
  console.log(`| … of which never attempted | ${totals.neverAttempted} |`);
  console.log(`| … of which recorded as failed (visible to the sender) | ${totals.failedVisible} |`);
  console.log(`| shares left "on its way" at the end | ${totals.sharesQueued} |`);
}

if (process.argv[2] === 'child') await child(process.argv[3] ?? '', Number(process.argv[4]));
else await parent();
