import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord';
import { eventually, type FakeSlack, startFakeSlack } from '../fakes/slack-api';

const ROOT = resolve(import.meta.dirname, '../..');
export const SIGNING_SECRET = 'process-signing-secret';
const DISCORD_TOKEN = 'process-discord-token';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * A real Between process (`src/main.ts`, as `npm start` runs it) with Discord, Slack and the
 * scheduler in it, against the fakes on 127.0.0.1. Its log lines (pino JSON on stderr) are kept.
 * `env` adds to (or overrides) its environment.
 */
export async function startBetween(env: Readonly<Record<string, string>> = {}) {
  const discord: FakeDiscord = await startFakeDiscord({ token: DISCORD_TOKEN });
  const slack: FakeSlack = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'between-process-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'info',
      DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
      SLACK_BOT_TOKEN: 'xoxb-process',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, 'data', 'between.db')}`,
      BETWEEN_KEY_FILE: join(dir, 'keys', 'between.key'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  let exit: { code: number | null; signal: string | null } | undefined;
  child.stdout.on('data', (c) => {
    logs += String(c);
  });
  child.stderr.on('data', (c) => {
    logs += String(c);
  });
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  // A generous bound for a busy 2-core machine (tsx compiles Between first); not a speed assertion.
  for (let waited = 0; waited < 45_000; waited += 25) {
    if ((logs.includes('discord adapter started') && logs.includes('slack adapter started')) || exit) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  if (exit || !logs.includes('slack adapter started') || !logs.includes('discord adapter started')) {
    throw new Error(`Between did not start (exit ${JSON.stringify(exit)}):\n${logs}`);
  }
  return {
    discord,
    slack,
    port,
    child,
    /** Everything Between logged so far. */
    logs: () => logs,
    /** How many log lines contain `words`. */
    linesWith: (words: string) => logs.split('\n').filter((line) => line.includes(words)).length,
    /** How the process ended, or undefined while it runs. */
    exit: () => exit,
    async stop() {
      if (!exit) {
        child.kill('SIGTERM');
        await eventually(() => exit, 'Between to stop');
      }
      await discord.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type BetweenProcess = Awaited<ReturnType<typeof startBetween>>;
