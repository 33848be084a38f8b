import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Checkpointer, startCheckpointer } from '../../src/storage/checkpointer';
import { openDatabase } from '../../src/storage/db';
import { eventually } from '../fakes/slack-api';

let dir: string;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempPath() {
  dir = mkdtempSync(join(tmpdir(), 'between-checkpoint-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'between.db');
}

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** About 4 MB in 400 small commits, as a busy minute of planning writes them. */
function write(sqlite: Database.Database) {
  const insert = sqlite.prepare('insert into filler (body) values (randomblob(10000))');
  for (let i = 0; i < 400; i += 1) insert.run();
}

/** Waits for a background checkpoint that began after now, so one that copied everything written so far. */
async function settled(checkpointer: Checkpointer) {
  const target = checkpointer.rounds() + 2;
  await eventually(() => (checkpointer.rounds() >= target ? true : undefined), 'a whole checkpoint');
}

describe('WAL checkpoints in a worker thread', () => {
  it('copy the log into the file off the main thread, and the log does not keep growing', async () => {
    const sqlite = new Database(tempPath());
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('create table filler (id integer primary key, body blob)');
    const checkpointer = startCheckpointer(sqlite, 20);
    cleanups.push(() => {
      checkpointer.stop();
      sqlite.close();
    });
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = size(sqlite.name);
    write(sqlite);
    await settled(checkpointer);
    // Nothing on the main thread copied anything: only the worker can have made the file grow.
    expect(size(sqlite.name)).toBeGreaterThan(before + 4_000_000);
    const log = size(`${sqlite.name}-wal`);
    // Once all is copied, the next commits start the log from its beginning again.
    for (let i = 0; i < 3; i += 1) {
      write(sqlite);
      await settled(checkpointer);
    }
    expect(size(sqlite.name)).toBeGreaterThan(before + 16_000_000);
    expect(size(`${sqlite.name}-wal`)).toBeLessThanOrEqual(log);
  });

  it('leave the deletion checkpoint to empty the log at once, and the closing connection to remove it', () => {
    const database = openDatabase(tempPath(), { backgroundCheckpoints: true });
    database.sqlite.exec('create table filler (id integer primary key, body blob)');
    write(database.sqlite);
    database.checkpoint();
    expect(size(`${database.path}-wal`)).toBe(0);
    write(database.sqlite);
    database.close();
    expect(existsSync(`${database.path}-wal`)).toBe(false);
  });

  it('are not started for tools and tests that do not ask (SQLite checkpoints on its own there)', () => {
    const database = openDatabase(tempPath());
    cleanups.push(database.close);
    expect(database.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
