import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../fixtures/app';

const ROOT = new URL('../../', import.meta.url).pathname;
const PROMPTS = 60;

let server: Server | undefined;
let dir = '';
afterEach(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A database with PROMPTS members, each with one reflection prompt due now. */
function seed(): string {
  const app = createTestApp();
  dir = app.dir;
  const db = app.sqlite;
  const now = new Date().toISOString();
  const prompt = app.services.prompts.reflections[0]?.id ?? '';
  db.prepare("insert into workspaces (platform, external_id) values ('shell', 'local')").run();
  const member = db.prepare('insert into members (workspace_id, platform_user_id) values (1, ?)');
  const due = db.prepare(
    "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status) values (?, 'reflection', ?, ?, ?, ?, 'planned')",
  );
  db.transaction(() => {
    for (let i = 1; i <= PROMPTS; i++) {
      const id = Number(member.run(`m${i}`).lastInsertRowid);
      due.run(id, prompt, `reflection@${now}`, now, now);
    }
  })();
  const path = app.databasePath;
  app.close();
  return path;
}

/** The platform: answers each send after `delayMs`, counting what it received by key. */
async function platform(delayMs: number) {
  const received = new Map<string, number>();
  const listening = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += String(c);
    });
    req.on('end', () => {
      const { key } = JSON.parse(body) as { key: string };
      received.set(key, (received.get(key) ?? 0) + 1);
      setTimeout(() => res.end(key), delayMs);
    });
  });
  server = listening;
  await new Promise<void>((r) => listening.listen(0, '127.0.0.1', r));
  return { received, port: (listening.address() as AddressInfo).port };
}

function run(databasePath: string, port: number, deadlineMs: number, signalAfter?: () => boolean) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'tests/fixtures/shutdown-child.ts'),
      databasePath,
      String(port),
      String(deadlineMs),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise<{ code: number | null; signalledAt: number; exitedAt: number }>((resolve) => {
    let signalledAt = 0;
    const poll = setInterval(() => {
      if (signalAfter?.() && signalledAt === 0) {
        signalledAt = Date.now();
        child.kill('SIGTERM');
      }
    }, 5);
    child.once('exit', (code) => {
      clearInterval(poll);
      resolve({ code, signalledAt, exitedAt: Date.now() });
    });
  });
}

const statuses = (path: string) => {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('select status, count(*) as n from deliveries group by status').all() as {
    status: string;
    n: number;
  }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
};

describe('a stop signal during a delivery burst', () => {
  it('claims nothing more, lets sends in flight finish, exits 0 in time, and loses and doubles nothing', async () => {
    const path = seed();
    const { received, port } = await platform(40);
    // SIGTERM once a quarter of the burst has reached the platform; a 10-second kill deadline.
    const first = await run(path, port, 8000, () => received.size >= PROMPTS / 4);
    expect(first.code).toBe(0);
    expect(first.exitedAt - first.signalledAt).toBeLessThan(10_000);
    const after = statuses(path);
    // Every message the platform got is recorded sent; nothing else was claimed or given up.
    expect(after.sent).toBe(received.size);
    expect(after.sending ?? 0).toBe(0);
    expect(after.failed ?? 0).toBe(0);
    expect(after.planned).toBe(PROMPTS - received.size);
    expect(received.size).toBeLessThan(PROMPTS);

    // The next start sends the rest, once each.
    const second = await run(path, port, 8000, () => received.size === PROMPTS);
    expect(second.code).toBe(0);
    expect(received.size).toBe(PROMPTS);
    expect([...received.values()].every((n) => n === 1)).toBe(true);
    expect(statuses(path)).toEqual({ sent: PROMPTS });
    process.stdout.write(
      `shutdown: SIGTERM after ${after.sent} of ${PROMPTS} sends (40 ms each); exit 0 ${first.exitedAt - first.signalledAt} ms after the signal (deadline 8,000 ms, kill at 10,000 ms); 0 left sending; the next start sent the other ${PROMPTS - (after.sent ?? 0)}; 0 duplicates, 0 lost\n`,
    );
  }, 60_000);

  it('does not wait past its deadline for a platform that hangs: the requests out stay "sending", nothing unsent is lost', async () => {
    const path = seed();
    // The platform takes the messages but answers only after a minute.
    const { received, port } = await platform(60_000);
    const run1 = await run(path, port, 500, () => received.size >= 4);
    expect(run1.code).toBe(0);
    expect(run1.exitedAt - run1.signalledAt).toBeLessThan(5_000);
    const after = statuses(path);
    // Only what was already out is `sending` (given up at the next start, never resent); the rest waits, unclaimed.
    expect(after.sending).toBe(received.size);
    expect(after.sent ?? 0).toBe(0);
    expect(after.planned).toBe(PROMPTS - received.size);
    process.stdout.write(
      `shutdown, platform hanging: exit 0 ${run1.exitedAt - run1.signalledAt} ms after the signal (deadline 500 ms); ${after.sending} requests already out left sending, ${after.planned} never claimed and kept planned\n`,
    );
  }, 60_000);
});
