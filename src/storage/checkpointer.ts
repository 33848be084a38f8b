import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * WAL checkpoints off the main thread. SQLite's automatic checkpoint runs inside whichever commit
 * pushes the write-ahead log past 1,000 pages: 40–60 ms of copying and fsync on the thread that
 * also acknowledges Slack and Discord, every few planning slices. Instead the main connection
 * turns it off and a worker thread, with a connection of its own, copies the log back into the
 * database every `everyMs` (PASSIVE: it never blocks a reader or writer, and once the log is
 * copied the next commit starts it again from the beginning, so it does not grow).
 *
 * `now` is the checkpoint deletion asks for (TRUNCATE, so erased pages leave the log at once);
 * it waits for a background checkpoint in progress instead of failing beside it. `stop` lets the
 * worker finish and close, so that the main connection, closing last, removes the log.
 */
export interface Checkpointer {
  now(): void;
  stop(): void;
  /** How many background checkpoints have finished (for tests and diagnostics). */
  rounds(): number;
}

/** The longest the main thread waits for the worker (a checkpoint in progress, or its close). */
const WAIT_MS = 5_000;
/** Slots of the shared array: the checkpoint lock (1 = held), the worker's "closed" flag, rounds done. */
const LOCK = 0;
const CLOSED = 1;
const ROUNDS = 2;

// Plain CommonJS, evaluated in the worker: no build step and no path to resolve in either the
// source or the bundle. The driver's path comes from the main thread.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const shared = new Int32Array(workerData.shared);
const db = new Database(workerData.path, { fileMustExist: true });
const round = () => {
  if (Atomics.compareExchange(shared, ${LOCK}, 0, 1) !== 0) return;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  Atomics.add(shared, ${ROUNDS}, 1);
  Atomics.store(shared, ${LOCK}, 0);
  Atomics.notify(shared, ${LOCK});
};
const timer = setInterval(round, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  Atomics.store(shared, ${CLOSED}, 1);
  Atomics.notify(shared, ${CLOSED});
  parentPort.close();
});
`;

export function startCheckpointer(sqlite: Database.Database, everyMs = 1_000): Checkpointer {
  sqlite.pragma('wal_autocheckpoint = 0');
  const shared = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      path: sqlite.name,
      shared: shared.buffer,
      everyMs,
    },
  });
  // It never keeps the process alive, and a failure to start leaves SQLite's own checkpoints on.
  worker.unref();
  let running = true;
  worker.on('error', () => {
    running = false;
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  });
  return {
    now() {
      const deadline = Date.now() + WAIT_MS;
      while (Atomics.compareExchange(shared, LOCK, 0, 1) !== 0 && Date.now() < deadline) {
        Atomics.wait(shared, LOCK, 1, 50);
      }
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        Atomics.store(shared, LOCK, 0);
        Atomics.notify(shared, LOCK);
      }
    },
    stop() {
      if (!running) return;
      running = false;
      worker.postMessage('stop');
      Atomics.wait(shared, CLOSED, 0, WAIT_MS);
    },
    rounds: () => Atomics.load(shared, ROUNDS),
  };
}
