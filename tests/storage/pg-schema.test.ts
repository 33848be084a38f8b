import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/db';
import { appTables } from '../fixtures/tables';

/*
 * Issue #14: the two engines' schemas describe the same tables, columns and indexes. Compared on
 * the databases themselves, as each engine's own migrations leave them (SQLite's from `drizzle/`,
 * PostgreSQL's from `drizzle/postgres/`), so that a forgotten migration fails as surely as a
 * forgotten column in `pg-schema.ts`. PostgreSQL is a real server: `BETWEEN_TEST_POSTGRES_URL`, or
 * the machine's own on 127.0.0.1:5432; with none, this fails and says so (never a silent skip).
 */

const SERVER = process.env.BETWEEN_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A column as both engines can say it: name, NOT NULL, whether the database fills it in. */
type Column = string;
/** An index: name, unique or not, its columns in order, its WHERE clause's presence. */
type Index = string;
interface Shape {
  readonly tables: Record<string, { columns: Column[]; indexes: Index[] }>;
}

function sqliteShape(path: string): Shape {
  const { sqlite, close } = openDatabase(path);
  try {
    const tables: Shape['tables'] = {};
    for (const table of appTables(sqlite)) {
      const info = sqlite.prepare(`pragma table_info("${table}")`).all() as {
        name: string;
        notnull: number;
        type: string;
        dflt_value: string | null;
        pk: number;
      }[];
      // A single integer primary key is SQLite's rowid, filled in by the database (AUTOINCREMENT).
      const keys = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      const rowid = keys.length === 1 && keys[0]?.type.toUpperCase() === 'INTEGER';
      const columns = info.map((c) => {
        const filled = c.dflt_value !== null || (rowid && c.pk > 0);
        return `${c.name} ${c.notnull || c.pk > 0 ? 'not null' : 'null'}${filled ? ' filled' : ''}`;
      });
      const indexes = (
        sqlite.prepare(`pragma index_list("${table}")`).all() as {
          name: string;
          unique: number;
          partial: number;
        }[]
      )
        .filter((i) => !i.name.startsWith('sqlite_autoindex'))
        .map((i) => {
          const cols = (sqlite.prepare(`pragma index_info("${i.name}")`).all() as { name: string }[]).map(
            (c) => c.name,
          );
          return `${i.name} ${i.unique ? 'unique ' : ''}(${cols.join(', ')})${i.partial ? ' where' : ''}`;
        });
      indexes.push(`primary key (${keys.map((c) => c.name).join(', ')})`);
      tables[table] = { columns: columns.sort(), indexes: indexes.sort() };
    }
    return { tables };
  } finally {
    close();
  }
}

async function postgresShape(client: pg.Client): Promise<Shape> {
  const columns = await client.query<{
    table_name: string;
    column_name: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `select table_name, column_name, is_nullable, column_default, is_identity
     from information_schema.columns where table_schema = 'public'`,
  );
  const indexes = await client.query<{
    tablename: string;
    indexname: string;
    indexdef: string;
    primary: boolean;
  }>(
    `select i.tablename, i.indexname, i.indexdef, x.indisprimary as primary
     from pg_indexes i
     join pg_class c on c.relname = i.indexname and c.relnamespace = 'public'::regnamespace
     join pg_index x on x.indexrelid = c.oid
     where i.schemaname = 'public'`,
  );
  const tables: Record<string, { columns: Column[]; indexes: Index[] }> = {};
  const tableOf = (name: string) => {
    tables[name] ??= { columns: [], indexes: [] };
    return tables[name];
  };
  for (const c of columns.rows) {
    const filled = c.column_default !== null || c.is_identity === 'YES';
    tableOf(c.table_name).columns.push(
      `${c.column_name} ${c.is_nullable === 'NO' ? 'not null' : 'null'}${filled ? ' filled' : ''}`,
    );
  }
  for (const i of indexes.rows) {
    const [, cols = ''] = /\((.*?)\)/.exec(i.indexdef) ?? [];
    const list = cols
      .split(',')
      .map((c) => c.trim().replace(/^"|"$/g, ''))
      .join(', ');
    const unique = /^CREATE UNIQUE/.test(i.indexdef) ? 'unique ' : '';
    const where = / WHERE /.test(i.indexdef) ? ' where' : '';
    tableOf(i.tablename).indexes.push(
      i.primary ? `primary key (${list})` : `${i.indexname} ${unique}(${list})${where}`,
    );
  }
  for (const t of Object.values(tables)) {
    t.columns.sort();
    t.indexes.sort();
  }
  return { tables };
}

describe('the SQLite and PostgreSQL schemas (issue #14)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'between-schema-'));
  const database = `between_schema_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER });
  let client: pg.Client;

  beforeAll(async () => {
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(
        `No PostgreSQL server at ${SERVER.replace(/:[^:@/]*@/, ':***@')} (set BETWEEN_TEST_POSTGRES_URL): ${String(error)}`,
      );
    }
    await admin.query(`create database ${database}`);
    const url = new URL(SERVER);
    url.pathname = `/${database}`;
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await admin.query(`drop database if exists ${database}`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('have the same tables, columns (nullability, database-filled values) and indexes', async () => {
    await migrate(drizzle(client), { migrationsFolder: 'drizzle/postgres' });
    const postgres = await postgresShape(client);
    const sqlite = sqliteShape(join(dir, 'between.db'));
    expect(Object.keys(postgres.tables).sort()).toEqual(Object.keys(sqlite.tables).sort());
    expect(postgres.tables).toEqual(sqlite.tables);
    // The comparison reads something real: the planner's covering index is there.
    expect(sqlite.tables.deliveries?.indexes).toContain(
      'deliveries_member_recent (member_id, id, kind, prompt_id)',
    );
  });

  it('applies its migrations once: a second run on the same database changes nothing', async () => {
    await migrate(drizzle(client), { migrationsFolder: 'drizzle/postgres' });
    const applied = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(applied.rows[0]?.n).toBe(1);
  });
});
