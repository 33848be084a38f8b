import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ROOT } from '../paths';
import { startCheckpointer } from './checkpointer';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  readonly db: Db;
  readonly sqlite: Database.Database;
  readonly path: string;
  /** Copies the write-ahead log into the file and empties it (erased pages leave the log too). */
  checkpoint(): void;
  close(): void;
}

const MIGRATIONS = join(ROOT, 'drizzle');

/**
 * `fn` as one transaction, wrapped once: drizzle's `db.transaction` builds a new wrapper on every
 * call, which on the hot write (a submit) cost as much as the writes. Nested, it is a savepoint.
 */
export function transactionOf<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  return connectionOf(db).transaction(fn);
}

/**
 * Whole rows of `table` read with better-sqlite3's own statements: the select list (columns named
 * as drizzle's row keys) and the mapping drizzle would apply (JSON columns parsed). For the hot
 * reads where drizzle's query wrapping cost more than SQLite's own work.
 */
export function rawRows<T extends SQLiteTable>(table: T) {
  const columns = Object.entries(getTableColumns(table));
  return {
    select: columns.map(([key, column]) => `"${column.name}" as "${key}"`).join(', '),
    row(raw: Record<string, unknown> | undefined): T['$inferSelect'] | undefined {
      if (!raw) return undefined;
      for (const [key, column] of columns) {
        const value = raw[key];
        if (value !== null && value !== undefined) raw[key] = column.mapFromDriverValue(value);
      }
      return raw as T['$inferSelect'];
    },
  };
}

/**
 * The better-sqlite3 connection under a drizzle database (drizzle keeps it as `$client`; `Db` is
 * also the type of a transaction's handle, which has none), for the few hot statements whose
 * drizzle wrapping cost more than SQLite's own work.
 */
export function connectionOf(db: Db): Database.Database {
  const client = (db as Db & { $client?: Database.Database }).$client;
  if (!client) throw new Error('expected the database itself, not a transaction');
  return client;
}

/**
 * Opens (creating if needed, owner-only) the SQLite file, sets the pragmas Between relies on
 * and applies the drizzle-kit migrations. A long-running bot asks for `backgroundCheckpoints`,
 * so that no commit on the main thread pays for a WAL checkpoint (see `checkpointer.ts`).
 */
export function openDatabase(path: string, options: { backgroundCheckpoints?: boolean } = {}): OpenDatabase {
  const folder = dirname(path);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);

  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');

  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const checkpointer = options.backgroundCheckpoints ? startCheckpointer(sqlite) : undefined;
  return {
    db,
    sqlite,
    path,
    checkpoint: () => {
      if (checkpointer) checkpointer.now();
      else sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => {
      checkpointer?.stop();
      if (sqlite.open) sqlite.close();
    },
  };
}
