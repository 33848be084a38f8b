import { createBell } from './core/bell';
import { type Clock, systemClock } from './core/clock';
import { BetweenError } from './core/errors';
import { createMessenger } from './core/messenger';
import type { EventHandler } from './core/port';
import { createRouter } from './core/router';
import type { Locale } from './i18n';
import type { Logger } from './log';
import { loadPromptLibraries } from './prompts/library';
import type { Services } from './services';
import { createCipher } from './storage/crypto';
import { type OpenDatabase, openDatabase } from './storage/db';
import { createResponseStore } from './storage/responses';
import { responses } from './storage/schema';

export interface App {
  readonly services: Services;
  /** The raw connection, for tests and maintenance scripts that look at the file as it is. */
  readonly sqlite: OpenDatabase['sqlite'];
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
  /** WAL checkpoints in a worker thread (the running bot); tests and one-off tools leave SQLite's own. */
  backgroundCheckpoints?: boolean;
  /** The admin's language, for what is wrong with a broken prompt library (English by default). */
  operatorLocale?: Locale;
}): App {
  const prompts = loadPromptLibraries(options.promptsDir, options.operatorLocale);
  const database = openDatabase(options.databasePath, {
    backgroundCheckpoints: options.backgroundCheckpoints,
  });
  const cipher = createCipher(options.key);
  const sample = database.db.select({ content: responses.content }).from(responses).limit(1).get();
  if (sample && !cipher.owns(sample.content)) {
    database.close();
    throw new BetweenError(
      'config_invalid',
      `The answers in ${options.databasePath} were encrypted with a different key than the one configured (key id ${cipher.keyId}). Restore the right key file from your backup, or set BETWEEN_KEY_FILE / BETWEEN_ENCRYPTION_KEY to it.`,
    );
  }
  const services: Services = {
    db: database.db,
    checkpoint: database.checkpoint,
    answers: createResponseStore(database.db, cipher),
    prompts,
    clock: options.clock ?? systemClock,
    log: options.log,
    messenger: createMessenger(),
    outbox: createBell(),
  };
  return { services, sqlite: database.sqlite, handle: createRouter(services), close: database.close };
}
