import { resolve } from 'node:path';
import { createShellAdapter } from '../adapters/shell/index';
import { createApp } from './app';
import { loadConfig } from './config';
import { isBetweenError } from './core/errors';
import { createLogger } from './log';
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
  const app = createApp({ databasePath: config.databasePath, key, promptsDir: config.promptsDir, log });
  const shell = createShellAdapter({
    input: process.stdin,
    output: process.stdout,
    exportDir: resolve('exports'),
    echo: !process.stdin.isTTY,
  });
  const stop = async () => {
    await shell.stop();
    app.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
  await shell.start(app.handle);
  await shell.finished;
  await stop();
  return 0;
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
