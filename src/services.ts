import type { Bell } from './core/bell';
import type { Clock } from './core/clock';
import type { Messenger } from './core/messenger';
import type { Logger } from './log';
import type { PromptLibrary } from './prompts/library';
import type { Db } from './storage/db';
import type { ResponseStore } from './storage/responses';

/** What every use case may use. Built once in `main.ts` (and in tests, with a real database). */
export interface Services {
  readonly db: Db;
  /** Forces a WAL checkpoint so deleted pages leave the write-ahead log too. */
  readonly checkpoint: () => void;
  readonly answers: ResponseStore;
  readonly prompts: PromptLibrary;
  readonly clock: Clock;
  readonly log: Logger;
  /** Sends to other members (invitations, shared digests) once the adapters are attached. */
  readonly messenger: Messenger;
  /** Rung when outbox work is ready to send now (the scheduler listens). */
  readonly outbox: Bell;
}
