import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BetweenError } from '../core/errors';
import type { Cipher } from './crypto';
import { sealContext } from './responses';

/** How many rows each table holds: what a backup or a restore reports (never any content). */
export type TableCounts = Record<string, number>;

function countRows(sqlite: Database.Database): TableCounts {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]),
  );
}

function checkIntegrity(sqlite: Database.Database, file: string): void {
  const result = sqlite.pragma('integrity_check', { simple: true });
  if (result !== 'ok') throw new BetweenError('internal', `${file} is damaged: ${String(result)}`);
}

/**
 * A consistent copy of the live database, taken while Between runs: SQLite's online backup in a
 * single step, which reads one snapshot (in WAL mode the bot keeps writing meanwhile) instead of
 * restarting whenever the bot writes between steps. The copy is checked before it is reported.
 */
export async function backupDatabase(source: string, target: string): Promise<TableCounts> {
  if (!existsSync(source)) throw new BetweenError('not_found', `There is no database at ${source}.`);
  if (existsSync(target))
    throw new BetweenError('bad_argument', `${target} exists already: choose a new file.`);
  const live = new Database(source, { fileMustExist: true });
  live.pragma('busy_timeout = 5000');
  try {
    await live.backup(target, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  chmodSync(target, 0o600);
  const copy = new Database(target, { readonly: true });
  try {
    checkIntegrity(copy, target);
    return countRows(copy);
  } finally {
    copy.close();
  }
}

/**
 * Puts a backup in place of the database of a stopped installation, after checking that it is
 * whole and that `cipher` (the configured key) opens every answer in it. Refuses while anything
 * has the database open (Between still running), and never leaves a half-written file behind.
 */
export function restoreDatabase(backup: string, target: string, cipher: Cipher): TableCounts {
  if (!existsSync(backup)) throw new BetweenError('not_found', `There is no backup at ${backup}.`);
  const copy = new Database(backup, { readonly: true, fileMustExist: true });
  let counts: TableCounts;
  try {
    checkIntegrity(copy, backup);
    const rows = copy.prepare('select member_id as memberId, content from responses').all() as {
      memberId: number;
      content: Buffer;
    }[];
    for (const row of rows) {
      try {
        cipher.open(row.content, sealContext(row.memberId));
      } catch {
        throw new BetweenError(
          'crypto',
          `The configured key does not open the answers in ${backup}: point BETWEEN_KEY_FILE (or BETWEEN_ENCRYPTION_KEY) at the key this backup was made with. Nothing was changed.`,
        );
      }
    }
    counts = countRows(copy);
  } finally {
    copy.close();
  }
  if (existsSync(target)) assertStopped(target);
  const staged = `${target}.restoring`;
  rmSync(staged, { force: true });
  const from = new Database(backup, { readonly: true });
  try {
    // VACUUM INTO writes a whole copy beside the target; it is swapped in only once complete.
    from.prepare('vacuum into ?').run(staged);
  } finally {
    from.close();
  }
  const fd = openSync(staged, 'r');
  fsyncSync(fd);
  closeSync(fd);
  chmodSync(staged, 0o600);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staged, target);
  return counts;
}

/** Whether anything (a running Between) has the database open: SQLite will not grant an exclusive lock then. */
function assertStopped(path: string): void {
  const probe = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('ROLLBACK');
  } catch {
    throw new BetweenError(
      'bad_argument',
      `${path} is in use: stop Between before restoring (a restore replaces the whole database).`,
    );
  } finally {
    probe.close();
  }
}
