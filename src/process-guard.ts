import { fromPlatformLibrary, summarizeFault } from './core/fault';
import type { Logger } from './log';

export interface ProcessGuardOptions {
  readonly log: Logger;
  /** Stops the scheduler and the adapters before a fatal exit (bounded by `stopWithinMs`). */
  readonly stop: () => Promise<void>;
  readonly stopWithinMs?: number;
  /** More contained faults than this within `windowMs` means something is broken for good: exit. */
  readonly budget?: number;
  readonly windowMs?: number;
}

export interface ProcessGuard {
  /** Faults contained so far. */
  readonly contained: number;
  uninstall(): void;
}

const EXIT_CODE = 1;

/**
 * The last net under every adapter and the scheduler, which share one process: a promise that
 * failed with nobody waiting for it, or an exception that a platform library (discord.js, Bolt, ws)
 * threw while handling one event, is logged and contained, so that the other platform and the
 * scheduler keep running. Anything else thrown outside a handler (in Between's own code, or in a
 * library that does not speak to a platform) may have left the process half-way through a change,
 * and so may a storm of faults: then Between says why, stops what it can within a few seconds and
 * exits with code 1 for its supervisor (systemd, Docker, pm2) to restart it from a clean state.
 * Logs carry the error's name, code and stack locations only, never its message (which can quote
 * a payload, and so what a member wrote).
 */
export function installProcessGuard(options: ProcessGuardOptions): ProcessGuard {
  const { log } = options;
  const budget = options.budget ?? 50;
  const windowMs = options.windowMs ?? 60_000;
  const recent: number[] = [];
  let contained = 0;
  let exiting = false;

  const fatal = (origin: string, error: unknown, why: string) => {
    exiting = true;
    process.exitCode = EXIT_CODE;
    log.fatal(
      { origin, ...summarizeFault(error), exitCode: EXIT_CODE },
      `${why}: Between stops and exits with code ${EXIT_CODE} so that its supervisor restarts it from a clean state`,
    );
    const exit = () => {
      log.flush();
      process.exit(EXIT_CODE);
    };
    // Whatever happens to the stop, the exit comes; an idle process ends on its own with exitCode 1.
    setTimeout(exit, options.stopWithinMs ?? 5_000).unref();
    options.stop().then(exit, exit);
  };

  const fault = (origin: 'unhandledRejection' | 'uncaughtException', error: unknown, safe: boolean) => {
    if (exiting) return;
    if (!safe) {
      // i18n-exempt: part of a log message (logs stay English, for log search)
      fatal(origin, error, 'an unexpected error was thrown outside any handler, in Between or a library');
      return;
    }
    const now = Date.now();
    recent.push(now);
    while ((recent[0] ?? now) < now - windowMs) recent.shift();
    if (recent.length > budget) {
      // i18n-exempt: part of a log message (logs stay English, for log search)
      fatal(origin, error, `${recent.length} faults within ${Math.round(windowMs / 1000)} s`);
      return;
    }
    contained += 1;
    log.error(
      { origin, ...summarizeFault(error), contained },
      origin === 'unhandledRejection'
        ? 'a promise failed with nobody waiting for it: contained, Between keeps running'
        : 'a platform library threw outside any handler: contained, Between keeps running',
    );
  };

  const onRejection = (reason: unknown) => fault('unhandledRejection', reason, true);
  const onException = (error: unknown) => fault('uncaughtException', error, fromPlatformLibrary(error));
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    get contained() {
      return contained;
    },
    uninstall() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}
