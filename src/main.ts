import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createShellAdapter } from '../adapters/shell/index';
import { createApp } from './app';
import { loadConfig, operatorLocale } from './config';
import { fastClock, systemClock } from './core/clock';
import { isBetweenError } from './core/errors';
import type { ChatAdapter, EventHandler } from './core/port';
import { type HealthServer, healthOf, startHealthServer } from './health';
import { translator } from './i18n';
import { shutdown, startPlatforms } from './lifecycle';
import { createLogger } from './log';
import { installProcessGuard } from './process-guard';
import { createScheduler } from './scheduling/scheduler';
import { loadOrCreateKey } from './storage/crypto';

/** What Between says to the admin who starts it, in the machine's language (its logs stay English). */
const say = translator(operatorLocale());

/** Composition root: the one place that wires adapters to the core. */
async function main(): Promise<number> {
  const config = loadConfig();
  const slackToken = config.slack.botToken;

  // In the terminal, routine logs would interrupt the conversation: warnings and errors only, unless asked.
  const onPlatform = Boolean(slackToken || config.discord.token);
  const log = createLogger(config.logLevelSet || onPlatform ? config.logLevel : 'warn');
  // From here on, a fault outside every handler is logged and contained, or ends the process with a reason.
  let stopAll = async () => {};
  installProcessGuard({ log, stop: () => stopAll() });
  const { key, created } = loadOrCreateKey(config.encryptionKey, config.keyFile, config.databasePath);
  if (created) {
    log.warn(
      { keyFile: config.keyFile },
      'created a new encryption key: back this file up, apart from the database',
    );
  }
  // The database file itself is owner-only; a folder others can list still shows it is there.
  const dataFolder = dirname(config.databasePath);
  if (existsSync(dataFolder) && (statSync(dataFolder).mode & 0o077) !== 0) {
    log.warn(
      { folder: dataFolder },
      `the data folder can be read by other users of this machine: make it yours alone with chmod 700 ${dataFolder}`,
    );
  }
  const fast = fastClockFactor(process.argv.slice(2));
  // The local member's language, when they are new: `--lang es`, else the terminal's locale.
  const shellLocale = langArgument(process.argv.slice(2)) ?? config.terminalLocale;
  const clock = fast ? fastClock(fast) : systemClock;
  const app = createApp({
    databasePath: config.databasePath,
    key,
    promptsDir: config.promptsDir,
    log,
    clock,
    backgroundCheckpoints: true,
    operatorLocale: operatorLocale(),
  });

  // Every configured platform runs in this one process; with none, the local shell.
  const adapters: ChatAdapter[] = [];
  // Each platform's library is loaded only when that platform is configured (discord.js and Bolt
  // cost a large part of the start-up otherwise).
  if (slackToken) {
    const { createSlackAdapter } = await import('../adapters/slack/index');
    adapters.push(
      createSlackAdapter({
        botToken: slackToken,
        ...(config.slack.signingSecret ? { signingSecret: config.slack.signingSecret } : {}),
        ...(config.slack.appToken ? { appToken: config.slack.appToken } : {}),
        ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
        port: config.port,
        log,
      }),
    );
  }
  if (config.discord.token) {
    const { createDiscordAdapter } = await import('../adapters/discord/index');
    adapters.push(
      createDiscordAdapter({
        token: config.discord.token,
        ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
        ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
        log,
      }),
    );
  }
  const shell =
    adapters.length === 0
      ? createShellAdapter({
          input: process.stdin,
          output: process.stdout,
          exportDir: resolve('exports'),
          echo: !process.stdin.isTTY,
          ...(shellLocale ? { locale: shellLocale } : {}),
          // The machine's zone (TZ, else the system's): the local member's, until they set one.
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        })
      : undefined;
  if (shell) adapters.push(shell);
  const byPlatform = new Map(adapters.map((a) => [a.platform, a]));
  app.services.messenger.use(byPlatform);
  const scheduler = createScheduler(app.services, byPlatform, config.scheduling);
  app.services.outbox.listen(() => void scheduler.flush());
  /** In the terminal, what a line sends to the other role prints before the next line is read. */
  const inOrder: EventHandler = async (event) => {
    const reply = await app.handle(event);
    await scheduler.flush();
    return reply;
  };
  // Up before the platforms connect, so that it says "unavailable" until they have.
  let health: HealthServer | undefined;
  if (config.health) {
    health = await startHealthServer({ ...config.health, log }, () =>
      healthOf({ database: () => app.sqlite.prepare('select 1').get(), adapters }),
    );
  }
  let stopped: Promise<void> | undefined;
  const stop = (withinMs = config.scheduling.stopMs) => {
    stopped ??= shutdown({ scheduler, adapters, close: () => app.close(), log }, withinMs).finally(() =>
      health?.close(),
    );
    return stopped;
  };
  stopAll = () => stop();
  const exit = () => void stop().then(() => process.exit(0));
  process.once('SIGINT', exit);
  process.once('SIGTERM', exit);
  try {
    if (shell) await shell.start(inOrder);
    else {
      await startPlatforms(adapters, (adapter) => adapter.start(app.handle), log, {
        stopped: () => stopped !== undefined,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  if (fast) {
    const now = clock.now().toISOString();
    process.stdout.write(`${say('operator.main.fastClock', { factor: fast, now })}\n`);
    scheduler.startInterval(Math.max(250, Math.round(60_000 / fast)));
  } else {
    scheduler.start(config.scheduling.tick);
  }
  if (config.heartbeatFile) {
    const file = config.heartbeatFile;
    const beat = () => writeFileSync(file, `${new Date().toISOString()}\n`, { mode: 0o600 });
    beat();
    setInterval(beat, 30_000).unref();
  }
  if (!shell) {
    log.info({ platforms: adapters.map((a) => a.platform) }, 'Between is running; stop it with Ctrl+C');
    return await new Promise<number>(() => {});
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
    throw new Error(say('operator.main.fastClockUsage'));
  }
  return factor;
}

/** `--lang es` (or `--lang=es`): the language of a new local member in the shell. */
function langArgument(args: readonly string[]): string | undefined {
  const joined = args.find((a) => a.startsWith('--lang='));
  if (joined) return joined.slice('--lang='.length);
  const index = args.indexOf('--lang');
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) throw new Error(say('operator.main.langUsage'));
  return value;
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
