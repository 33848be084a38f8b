import { resolve } from 'node:path';
import { createShellAdapter } from '../adapters/shell/index';
import { createApp } from './app';
import { loadConfig } from './config';
import { fastClock, systemClock } from './core/clock';
import { isBetweenError } from './core/errors';
import { createLogger } from './log';
import { createScheduler } from './scheduling/scheduler';
import { loadOrCreateKey } from './storage/crypto';

/** Composition root: the one place that wires adapters to the core. */
async function main(): Promise<number> {
  const config = loadConfig();
  const platformTokens = [
    config.slack.botToken && 'SLACK_BOT_TOKEN',
    config.discord.token && 'DISCORD_TOKEN',
  ].filter(Boolean);
  if (platformTokens.length > 0) {
    process.stderr.write(
      `${platformTokens.join(' and ')} ${platformTokens.length > 1 ? 'are' : 'is'} set, but this version of Between has only the local shell adapter; the Slack and Discord adapters are not built yet. Unset ${platformTokens.join(' and ')} to use the shell.\n`,
    );
    return 78;
  }

  // In the terminal, routine logs would interrupt the conversation: warnings and errors only, unless asked.
  const log = createLogger(config.logLevelSet ? config.logLevel : 'warn');
  const { key, created } = loadOrCreateKey(config.encryptionKey, config.keyFile);
  if (created) {
    log.warn(
      { keyFile: config.keyFile },
      'created a new encryption key: back this file up, apart from the database',
    );
  }
  const fast = fastClockFactor(process.argv.slice(2));
  const clock = fast ? fastClock(fast) : systemClock;
  const app = createApp({
    databasePath: config.databasePath,
    key,
    promptsDir: config.promptsDir,
    log,
    clock,
  });
  const shell = createShellAdapter({
    input: process.stdin,
    output: process.stdout,
    exportDir: resolve('exports'),
    echo: !process.stdin.isTTY,
  });
  const scheduler = createScheduler(app.services, new Map([['shell', shell]]), config.scheduling);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await scheduler.stop();
    await shell.stop();
    app.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  await shell.start(app.handle);
  if (fast) {
    process.stdout.write(
      `(Fast clock: time runs ${fast}× faster; it is now ${clock.now().toISOString()}.)\n`,
    );
    scheduler.startInterval(Math.max(250, Math.round(60_000 / fast)));
  } else {
    scheduler.start(config.scheduling.tick);
  }
  await shell.finished;
  await stop();
  return 0;
}

/** `--fast-clock N`: the demo mode in which scheduled prompts arrive N times sooner. */
function fastClockFactor(args: readonly string[]): number | undefined {
  const index = args.indexOf('--fast-clock');
  if (index < 0) return undefined;
  const factor = Number(args[index + 1] ?? '60');
  if (!Number.isFinite(factor) || factor < 1 || factor > 100_000) {
    throw new Error('--fast-clock takes a speed-up factor from 1 to 100000, e.g. --fast-clock 600');
  }
  return factor;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${isBetweenError(error) ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
