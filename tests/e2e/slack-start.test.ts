import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, postCommand, startFakeSlack } from '../fakes/slack-api';

const ROOT = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('npm start with Slack tokens', () => {
  it('runs Between in Slack (HTTP mode) instead of the shell, answers /between, and stops cleanly', async () => {
    const slack = await startFakeSlack();
    const dir = mkdtempSync(join(tmpdir(), 'between-slack-start-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'start-secret',
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        DATABASE_URL: `file:${join(dir, 'data', 'b.db')}`,
        BETWEEN_KEY_FILE: join(dir, 'keys', 'k'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (c) => {
      logs += String(c);
    });
    child.stdout.on('data', (c) => {
      logs += String(c);
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await eventually(
        () => logs.includes('slack adapter started') || undefined,
        'the Slack adapter to start',
      );
      const response = await postCommand(port, 'start-secret', 'help', slack.responseUrl('start'));
      expect(response.status).toBe(200);
      const reply = await eventually(
        () => slack.responses.find((r) => r.path === '/response/start'),
        'a reply',
      );
      expect(reply.body.response_type).toBe('ephemeral');
      expect(logs).not.toMatch(/Between is running here in your terminal/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    await slack.close();
  }, 90_000);
});
