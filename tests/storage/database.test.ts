import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths';
import { openDatabase } from '../../src/storage/db';
import { findDelivery } from '../../src/storage/deliveries';
import { deliveries } from '../../src/storage/schema';

describe('the database', () => {
  it('creates an owner-only file in a new folder and applies every migration to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const path = join(dir, 'nested', 'between.db');
    const opened = openDatabase(path);
    const tables = opened.sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual([
      '__drizzle_migrations',
      'audit_log',
      'care_links',
      'cohort_members',
      'cohorts',
      'consents',
      'counters',
      'deliveries',
      'members',
      'plans',
      'responses',
      'schedules',
      'session_dates',
      'shares',
      'workspaces',
    ]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'nested')).mode & 0o777).toBe(0o700);
    opened.close();
  });

  it('runs with WAL, foreign keys, secure delete and a busy timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const opened = openDatabase(join(dir, 'b.db'));
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    opened.close();
  });

  it('opens an existing file again without re-running migrations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const path = join(dir, 'b.db');
    openDatabase(path).close();
    const again = openDatabase(path);
    const applied = again.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBeGreaterThanOrEqual(1);
    expect(() => openDatabase(path).close()).not.toThrow();
    again.close();
  });

  it('lets a member have only one delivery per slot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const { sqlite, close } = openDatabase(join(dir, 'b.db'));
    sqlite.prepare("insert into workspaces (platform, external_id) values ('shell', 'w')").run();
    sqlite.prepare("insert into members (workspace_id, platform_user_id) values (1, 'u')").run();
    const insert = sqlite.prepare(
      "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at) values (1, 'reflection', 'p', 'reflection@2026-11-23T18:00:00Z', '2026-11-23T18:00:00Z', '2026-11-23T18:00:00Z')",
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    close();
  });

  it('reads a delivery through better-sqlite3 as drizzle would: the same keys, JSON parsed, nulls kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const { db, sqlite, close } = openDatabase(join(dir, 'b.db'));
    sqlite.prepare("insert into workspaces (platform, external_id) values ('shell', 'w')").run();
    sqlite.prepare("insert into members (workspace_id, platform_user_id) values (1, 'u')").run();
    sqlite
      .prepare(
        `insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, payload)
         values (1, 'alert', 'p', 'alert:1', '2026-11-23T18:00:00Z', '2026-11-23T18:00:00Z', '{"rule":"en.burden","n":2}')`,
      )
      .run();
    const viaDrizzle = db.select().from(deliveries).where(eq(deliveries.id, 1)).get();
    expect(findDelivery(db, 1, 1)).toEqual(viaDrizzle);
    expect(findDelivery(db, 1, 1)?.payload).toEqual({ rule: 'en.burden', n: 2 });
    expect(findDelivery(db, 2, 1)).toBeUndefined();
    close();
  });

  it('keeps a reminder index of open reminders only, and answers the reminder query from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-db-'));
    const { sqlite, close } = openDatabase(join(dir, 'b.db'));
    const plan = sqlite
      .prepare('explain query plan select id from deliveries where remind_at is not null and remind_at <= ?')
      .all('2026-11-23T18:00:00Z')
      .map((r) => (r as { detail: string }).detail)
      .join(' ');
    expect(plan).toMatch(/USING (?:COVERING )?INDEX deliveries_remind\b/);
    close();
  });
});

describe('migration 0009: where a member’s time zone came from', () => {
  it('marks a zone the member chose (not the default, or ever set by them) as theirs, and leaves the rest to the platform', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-0009-'));
    // The migrations up to 0008, as an installation of the previous release had them.
    const before = join(dir, 'drizzle');
    cpSync(join(ROOT, 'drizzle'), before, { recursive: true });
    rmSync(join(before, '0009_member_time_zone_source.sql'));
    const journal = JSON.parse(readFileSync(join(before, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number }[];
    };
    journal.entries = journal.entries.filter((e) => e.idx <= 8);
    writeFileSync(join(before, 'meta', '_journal.json'), JSON.stringify(journal));
    const path = join(dir, 'between.db');
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: before });
    old.exec(`
      insert into workspaces (id, platform, external_id) values (1, 'slack', 'T1');
      insert into members (id, workspace_id, platform_user_id, time_zone) values
        (1, 1, 'moved', 'Europe/London'), (2, 1, 'chose-utc', 'UTC'), (3, 1, 'never', 'UTC'), (4, 1, 'quiet', 'UTC');
      insert into audit_log (at, member_id, action, detail) values
        ('x', 2, 'settings_changed', '{"fields":"timeZone"}'),
        ('x', 4, 'settings_changed', '{"fields":"quietStart,quietEnd"}');
    `);
    old.close();

    const opened = openDatabase(path);
    const sources = opened.sqlite
      .prepare('select platform_user_id as who, time_zone_source as source from members order by id')
      .all();
    opened.close();
    expect(sources).toEqual([
      { who: 'moved', source: 'member' },
      { who: 'chose-utc', source: 'member' },
      { who: 'never', source: null },
      { who: 'quiet', source: null },
    ]);
  });
});
