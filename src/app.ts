import { type Clock, systemClock } from './core/clock';
import type { EventHandler } from './core/port';
import { createRouter } from './core/router';
import type { Logger } from './log';
import { loadPromptLibrary } from './prompts/library';
import type { Services } from './services';
import { createCipher } from './storage/crypto';
import { openDatabase } from './storage/db';
import { createResponseStore } from './storage/responses';

export interface App {
  readonly services: Services;
  readonly handle: EventHandler;
  close(): void;
}

/** Builds the core on a real database file: migrations applied, prompts validated, cipher ready. */
export function createApp(options: {
  databasePath: string;
  key: Buffer;
  promptsDir: string;
  log: Logger;
  clock?: Clock;
}): App {
  const prompts = loadPromptLibrary(options.promptsDir);
  const database = openDatabase(options.databasePath);
  const services: Services = {
    db: database.db,
    checkpoint: () => {
      database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
    answers: createResponseStore(database.db, createCipher(options.key)),
    prompts,
    clock: options.clock ?? systemClock,
    log: options.log,
  };
  return { services, handle: createRouter(services), close: database.close };
}
