import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths';
import { openDatabase } from '../../src/storage/db';
import { appTables } from '../fixtures/tables';

/*
 * An existing database upgrades in place without losing a row (issue #14: the storage work must
 * open every file an earlier Between wrote). For each earlier release of the schema (the first k
 * migrations, applied by drizzle's own migrator from a copy of `drizzle/` whose journal stops at k),
 * every table gets a row, then today's code opens the file: every row is still there, with the
 * values it had in every column it had.
 */

interface Journal {
  entries: { idx: number; tag: string }[];
}

const SOURCE = join(ROOT, 'drizzle');
const journal = JSON.parse(readFileSync(join(SOURCE, 'meta', '_journal.json'), 'utf8')) as Journal;
const dir = mkdtempSync(join(tmpdir(), 'between-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database at the schema of the first `k` migrations. */
function databaseAt(k: number, path: string): Database.Database {
  const folder = join(dir, `migrations-${k}`);
  cpSync(SOURCE, folder, { recursive: true });
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, k) }),
  );
  const sqlite = new Database(path);
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

type Row = Record<string, unknown>;

/** One row in every table, parents first, each column given a value of its declared type. */
function fillEveryTable(sqlite: Database.Database): Record<string, Row[]> {
  const parentsOf = (table: string) =>
    (sqlite.prepare(`pragma foreign_key_list("${table}")`).all() as { table: string }[]).map((f) => f.table);
  const ordered: string[] = [];
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    for (const parent of parentsOf(table)) if (parent !== table) visit(parent);
    ordered.push(table);
  };
  for (const table of appTables(sqlite)) visit(table);
  const written: Record<string, Row[]> = {};
  for (const table of ordered) {
    const columns = sqlite.prepare(`pragma table_info("${table}")`).all() as { name: string; type: string }[];
    const value = (c: { name: string; type: string }) =>
      /INT/i.test(c.type) ? 1 : /BLOB/i.test(c.type) ? Buffer.from([1, 2, 3]) : `${table}.${c.name}`;
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    sqlite
      .prepare(`insert into "${table}" (${names}) values (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map(value));
    written[table] = sqlite.prepare(`select * from "${table}"`).all() as Row[];
  }
  return written;
}

describe('an existing database upgrades in place', () => {
  const earlier = journal.entries.slice(0, -1).map((e) => [e.idx + 1, e.tag] as const);

  it.each(earlier)('from the first %i migrations (up to %s): every row and value kept', (k) => {
    const path = join(dir, `between-${k}.db`);
    const before = databaseAt(k, path);
    const written = fillEveryTable(before);
    before.close();

    const { sqlite, close } = openDatabase(path);
    try {
      const applied = sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get();
      expect(applied).toBe(journal.entries.length);
      for (const [table, rows] of Object.entries(written)) {
        const now = sqlite.prepare(`select * from "${table}"`).all() as Row[];
        expect(now, table).toHaveLength(rows.length);
        // Every column the row had keeps its value; columns added since have their defaults.
        expect(
          now.map((row) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((c) => [c, row[c]]))),
          table,
        ).toEqual(rows);
      }
      expect(Object.keys(written).length).toBeGreaterThan(5);
    } finally {
      close();
    }
  });
});
