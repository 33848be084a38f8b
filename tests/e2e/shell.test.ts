import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createShellAdapter } from '../../adapters/shell/index';
import { createScheduler } from '../../src/scheduling/scheduler';
import { createTestApp, type TestApp } from '../fixtures/app';
import { converseInShell } from '../fixtures/shell';

const ROOT = resolve(import.meta.dirname, '../..');
let app: TestApp | undefined;
afterEach(() => app?.cleanup());

/** Runs a scripted conversation through the real shell adapter and the real core; returns the transcript. */
async function converse(lines: string[]) {
  app = createTestApp();
  const { transcript, exportDir } = await converseInShell(app, lines);
  return { transcript: transcript(), exportDir, app };
}

describe('the crisis card in the shell', () => {
  it('comes first on every free-text path: a reflection, a note, a typed line, a failing command, a form-opening command', async () => {
    const { transcript, app: used } = await converse([
      '/between optin',
      'a',
      'b',
      '/between checkin',
      'a',
      'Otter-words: i keep thinking everyone would be better off without me',
      '/between note',
      'Otter-note: i want to die',
      'i want to disappear for good',
      '/between settings region I want to kill myself',
      '/between note honestly i want to die',
    ]);
    const cards = transcript.split('It sounds like things may be very hard right now').length - 1;
    expect(cards).toBe(5);
    expect(transcript).toMatch(/What you wrote is kept privately, only for you/);
    expect(transcript).toMatch(/It sounds like things may be very hard[\s\S]*Region can be/);
    expect(transcript).toMatch(/\[a\] This wasn’t about me \/ I’m safe/);
    expect(used.logs.lines.join('')).not.toContain('Otter');
  });
});

describe('the shell adapter, end to end', () => {
  it('walks a whole check-in: opt in, reflect, checklist with follow-up, export, delete', async () => {
    const { transcript, exportDir } = await converse([
      '/between optin',
      'a', // yes, store my answers
      'b', // no therapist alert
      '/between checkin',
      'a', // write a reflection
      'I asked a friend for help on Tuesday.',
      '/between checklist',
      '2 4',
      '1, 2 ,4',
      'a', // reflect on what it protects
      'Maybe it keeps me from being let down.',
      '/between export',
      '/between delete',
      'a', // erase everything
      '/between export',
    ]);
    expect(transcript).toMatch(/From now on your answers are stored/);
    expect(transcript).toMatch(/» .+\?\n {2}\[a\] Write a reflection {3}\[b\] Not today/);
    expect(transcript).toMatch(/Saved, just for you/);
    expect(transcript).toMatch(/1\. \[x\] .*\n {2}2\. \[x\] .*\n {2}3\. \[ \] .*\n {2}4\. \[x\]/);
    expect(transcript).toMatch(/has been erased/);

    const files = readdirSync(exportDir).sort();
    expect(files).toEqual(['between-export-2026-11-23-2.json', 'between-export-2026-11-23.json']);
    const before = JSON.parse(readFileSync(join(exportDir, files[1] as string), 'utf8'));
    expect(before.responses.map((r: { text?: string; selected?: string[] }) => r.text ?? r.selected)).toEqual(
      [
        'I asked a friend for help on Tuesday.',
        ['testing-if-people-leave', 'hiding-needs', 'withdrawing-when-close'],
        'Maybe it keeps me from being let down.',
      ],
    );
    expect(statSync(join(exportDir, files[1] as string)).mode & 0o777).toBe(0o600);
    const after = JSON.parse(readFileSync(join(exportDir, files[0] as string), 'utf8'));
    expect(after.responses).toEqual([]);
  });

  it('keeps the form open after a kind error and lets the person try again or cancel', async () => {
    const { transcript, app } = await converse([
      '/between optin',
      'a',
      '/between checkin',
      'a',
      '   ',
      'second try',
      '/between checkin',
      'a',
      '/cancel',
    ]);
    expect(transcript).toMatch(/This looks empty[\s\S]*Type it again, or \/cancel to close/);
    expect(transcript).toMatch(/Closed without saving/);
    expect(app.services.answers.list(1).map((r) => r.text)).toEqual(['second try']);
  });

  it('plays both roles for a demo: the therapist invites, the client accepts and shares, the digest prints', async () => {
    const { transcript } = await converse([
      '/between optin',
      'a',
      'b',
      '/between checkin',
      'a',
      'Shared in the demo.',
      '/between as therapist',
      '/between invite @local',
      '/between as client',
      '/between link',
      'a',
      '/between share',
      '1',
      'b',
    ]);
    expect(transcript).toMatch(/── Between \(a DM to local\) ──\n» @therapist would like to link with you/);
    expect(transcript).toMatch(
      /── Between \(a DM to therapist\) ──\n» Shared by @local[\s\S]*Shared in the demo\./,
    );
    expect(transcript).toMatch(/One entry is on its way to @therapist/);
  });

  it('handles bad lines kindly and carries on', async () => {
    const { transcript } = await converse([
      '/between nonsense',
      '/between pause until someday',
      'q',
      '/between help',
    ]);
    expect(transcript).toMatch(/I don’t know “nonsense” yet/);
    expect(transcript).toMatch(/pause until 2026-12-28/);
    expect(transcript).toMatch(/\/between checkin \[theme\]: a reflection prompt, now/);
  });
});

describe('scheduled prompts in the shell', () => {
  it('arrive in the terminal when the clock reaches them, and can be answered there', async () => {
    app = createTestApp(new Date('2026-11-23T09:00:00Z'));
    const input = new PassThrough();
    const output = new PassThrough();
    let transcript = '';
    output.on('data', (chunk) => {
      transcript += String(chunk);
    });
    const shell = createShellAdapter({ input, output, exportDir: join(app.dir, 'exports'), echo: true });
    const scheduler = createScheduler(app.services, new Map([['shell', shell]]), {
      graceMs: 3_600_000,
      expiryMs: 4 * 86_400_000,
      reminderAfterHours: 24,
    });
    await shell.start(app.handle);
    const settle = async (expected: RegExp) => {
      for (let i = 0; i < 400 && !expected.test(transcript); i++) await new Promise((r) => setTimeout(r, 5));
      expect(transcript).toMatch(expected);
    };
    input.write('/between optin\na\nb\n/between schedule add mon 10:00\n');
    await settle(/Added\./);
    app.clock.set(new Date('2026-11-23T10:00:00Z'));
    await scheduler.tick();
    await settle(/── Between \(scheduled\) ──\n {2}A small pause in the middle of the week/);
    input.end('a\nWritten after a scheduled nudge.\n');
    await shell.finished;
    expect(transcript).toMatch(/Saved, just for you/);
    expect(app.services.answers.list(1).map((r) => [r.text, r.deliveryId])).toEqual([
      ['Written after a scheduled nudge.', 1],
    ]);
    await scheduler.stop();
  });
});

describe('npm start with piped input', () => {
  /** `npm start` with `input` piped in and only `env` (plus PATH and HOME) set. */
  const npmStart = (input: string, env: Record<string, string> = {}, args: string[] = []) =>
    spawnSync('npm', ['start', '--silent', ...(args.length > 0 ? ['--', ...args] : [])], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      timeout: 60_000,
    });
  /** Settings for a fresh data and key folder in `dir`. */
  const freshFolders = (dir: string) => ({
    DATABASE_URL: `file:${join(dir, 'data', 'between.db')}`,
    BETWEEN_KEY_FILE: join(dir, 'keys', 'between.key'),
  });

  it('prints help and exits 0 at the end of input, creating the database and an owner-only key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-start-'));
    const result = npmStart('/between help\n', freshFolders(dir));
    expect(result.stderr).toMatch(/created a new encryption key/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Between: small reflections between therapy sessions/);
    expect(result.stdout).toMatch(/not a crisis service/);
    expect(existsSync(join(dir, 'data', 'between.db'))).toBe(true);
    expect(statSync(join(dir, 'keys', 'between.key')).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('takes the machine’s time zone (TZ) for a new local member, and keeps one they set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-start-'));
    const first = npmStart('/between settings\n', { ...freshFolders(dir), TZ: 'America/Bogota' });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Time zone: America\/Bogota/);
    const chosen = npmStart('/between settings timezone Europe/Madrid\n', {
      ...freshFolders(dir),
      TZ: 'Asia/Tokyo',
    });
    expect(chosen.stdout).toMatch(/Time zone: Europe\/Madrid/);
    const again = npmStart('/between settings\n', { ...freshFolders(dir), TZ: 'Asia/Tokyo' });
    expect(again.stdout).toMatch(/Time zone: Europe\/Madrid/);
  }, 90_000);

  it('warns, with the chmod to run, about a data folder other users can read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-start-'));
    mkdirSync(join(dir, 'data'), { mode: 0o755 });
    chmodSync(join(dir, 'data'), 0o755);
    const result = npmStart('', freshFolders(dir));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`chmod 700 ${join(dir, 'data')}`);
  }, 60_000);

  it('explains a bad --fast-clock value', () => {
    const result = npmStart('', { BETWEEN_ENCRYPTION_KEY: 'ab'.repeat(32) }, ['--fast-clock', 'soon']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--fast-clock takes a speed-up factor from 1 to 100000/);
  }, 60_000);

  it('refuses to start with a bad setting and names it', () => {
    const result = npmStart('', { LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/LOG_LEVEL: must be one of/);
  }, 60_000);
});

describe('the production build', () => {
  it('npm run build bundles the bot, and node dist/main.js runs it from any folder, migrations and prompts included', () => {
    const build = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(build.status, build.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'between-prod-'));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/main.js')], {
      cwd: dir,
      input: '/between help\n/between checkin\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, BETWEEN_HEARTBEAT_FILE: join(dir, 'heartbeat') },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    // The health check's heartbeat (deploy/between.service, Dockerfile).
    expect(existsSync(join(dir, 'heartbeat'))).toBe(true);
    expect(result.stdout).toMatch(/Between: small reflections between therapy sessions/);
    // A prompt from the bundled library, in a database made by the bundled migrations.
    expect(result.stdout).toMatch(/Write a reflection/);
    expect(existsSync(join(dir, 'data', 'between.db'))).toBe(true);
  }, 60_000);
});
