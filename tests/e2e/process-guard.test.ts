import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, postCommand } from '../fakes/slack-api';
import { type BetweenProcess, SIGNING_SECRET, startBetween } from './between-process';

const ROOT = resolve(import.meta.dirname, '../..');
const MEMBER_TEXT = 'what-a-member-wrote-5d2e';

/** Runs the guard's fixture process with one kind of fault; resolves with its exit code and output. */
function runGuarded(fault: string): Promise<{ code: number | null; stdout: string; logs: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/guard-child.ts', fault], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let logs = '';
  child.stdout.on('data', (c) => {
    stdout += String(c);
  });
  child.stderr.on('data', (c) => {
    logs += String(c);
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, logs })));
}

const records = (logs: string) =>
  logs
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the process guard, in a real process', () => {
  it('contains a promise that failed with nobody waiting: one log line, and the work goes on', async () => {
    const run = await runGuarded('rejection');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/still running/);
    expect(run.stdout).not.toMatch(/stopped/);
    const [line] = records(run.logs);
    expect(line).toMatchObject({ level: 50, origin: 'unhandledRejection', errorName: 'Error', contained: 1 });
    expect(String(line?.msg)).toMatch(/contained, Between keeps running/);
    expect(run.logs).not.toContain(MEMBER_TEXT);
  }, 30_000);

  it('contains an exception a platform library threw outside any handler, without logging its message', async () => {
    const run = await runGuarded('library-exception');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/still running/);
    const [line] = records(run.logs);
    expect(line).toMatchObject({ level: 50, origin: 'uncaughtException', errorName: 'SyntaxError' });
    expect((line?.at as string[] | undefined)?.[0]).toMatch(/^ws\/lib\/websocket\.js:\d+:\d+$/);
    expect(run.logs).not.toContain(MEMBER_TEXT);
  }, 30_000);

  it('stops and exits with code 1, saying why, after an exception in Between’s own code', async () => {
    const run = await runGuarded('own-exception');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stopped/);
    expect(run.stdout).not.toMatch(/still running/);
    const [line] = records(run.logs);
    expect(line).toMatchObject({ level: 60, origin: 'uncaughtException', exitCode: 1 });
    expect(String(line?.msg)).toMatch(
      /outside any handler.*exits with code 1 so that its supervisor restarts it/,
    );
    expect((line?.at as string[] | undefined)?.[0]).toMatch(/^tests\/fixtures\/guard-child\.ts:\d+:\d+$/);
    expect(run.logs).not.toContain(MEMBER_TEXT);
  }, 30_000);

  it('stops and exits with code 1 when faults keep coming, instead of limping on', async () => {
    const run = await runGuarded('storm');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stopped/);
    const lines = records(run.logs);
    expect(lines.filter((l) => l.level === 50)).toHaveLength(5);
    expect(lines.at(-1)).toMatchObject({ level: 60, origin: 'unhandledRejection' });
    expect(String(lines.at(-1)?.msg)).toMatch(/6 faults within 60 s/);
  }, 30_000);
});

describe('the process guard, in Between itself (src/main.ts with Discord, Slack and the scheduler)', () => {
  let between: BetweenProcess;
  afterEach(async () => between?.stop(), 30_000);

  it('contains faults inside the gateway library, then still answers /between on Discord and on Slack', async () => {
    between = await startBetween();
    const { discord, slack } = between;
    // Two gateway frames @discordjs/ws cannot digest, outside every handler of discord.js and Between:
    // a READY without data, and an event named `error` (which Node's EventEmitter throws when nobody listens).
    discord.dispatch('READY', null);
    discord.dispatch('error', { message: MEMBER_TEXT });
    await eventually(
      () => between.linesWith('Between keeps running') >= 2 || undefined,
      'the guard to speak',
    );

    const help = discord.slashCommand({
      userId: '1300000000000000501',
      subcommand: 'help',
      guildId: discord.guild.id,
    });
    expect(JSON.stringify((await discord.callbackFor(help.id, 30_000)).data)).toMatch(
      /a reflection prompt, now/,
    );
    const sent = await postCommand(between.port, SIGNING_SECRET, 'help', slack.responseUrl('after-guard'));
    expect(sent.status).toBe(200);
    await eventually(
      () => slack.responses.find((r) => r.path === '/response/after-guard'),
      'the Slack answer',
    );

    expect(between.exit()).toBeUndefined();
    expect(between.linesWith('"origin":"unhandledRejection"')).toBe(2);
    expect(between.logs()).not.toContain(MEMBER_TEXT);
  }, 90_000);
});
