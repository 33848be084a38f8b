import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreDatabase } from '../../src/storage/backup';
import { createCipher } from '../../src/storage/crypto';
import { openDatabase } from '../../src/storage/db';
import { ensureMember } from '../../src/storage/members';
import { createResponseStore } from '../../src/storage/responses';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 9);

let dir = '';
let writer: ChildProcess | undefined;
afterEach(() => {
  writer?.kill('SIGKILL');
  writer = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'between-backup-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C', // the CLI speaks the machine's language: these tests read its English
    DATABASE_URL: `file:${join(dir, 'data', 'between.db')}`,
    BETWEEN_KEY_FILE: join(dir, 'keys', 'between.key'),
  };
  openDatabase(join(dir, 'data', 'between.db')).close();
  return { env, db: join(dir, 'data', 'between.db') };
}

const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  run(TSX, [join(ROOT, 'src/storage/backup-cli.ts'), ...args], { env, cwd: dir });

const answersIn = (path: string, key: Buffer) => {
  const database = openDatabase(path);
  try {
    const store = createResponseStore(database.db, createCipher(key));
    const member = database.sqlite
      .prepare("select id from members where platform_user_id = 'writer'")
      .get() as {
      id: number;
    };
    return store.list(member.id).map((a) => a.text);
  } finally {
    database.close();
  }
};

describe('backup and restore', () => {
  it('backs up while another process writes, and restores every row and answer intact', async () => {
    const { env, db } = setUp();
    env.BETWEEN_ENCRYPTION_KEY = KEY.toString('base64');
    writer = spawn(TSX, [join(ROOT, 'tests/storage/backup-writer.ts'), db, KEY.toString('base64')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => writer?.stdout?.once('data', () => resolve()));
    const began = Date.now();
    const { stdout } = await cli(['backup', join(dir, 'copy.db')], env);
    const backupMs = Date.now() - began;
    expect(stdout).toMatch(
      /Backed up .* \(1 members, \d+ answers, 0 deliveries\)\. Answers in it are encrypted/,
    );
    // The writer went on writing through the backup: the copy is one consistent moment of it.
    const atBackup = Number(/(\d+) answers/.exec(stdout)?.[1]);
    expect(atBackup).toBeGreaterThanOrEqual(200);

    // Restoring refuses while the database is in use.
    await expect(cli(['restore', join(dir, 'copy.db')], env)).rejects.toMatchObject({
      stderr: expect.stringMatching(/is in use: stop Between before restoring/),
    });
    writer.kill('SIGTERM');
    await new Promise((resolve) => writer?.once('exit', resolve));
    expect(answersIn(db, KEY).length).toBeGreaterThan(atBackup);

    const restored = await cli(['restore', join(dir, 'copy.db')], env);
    expect(restored.stdout).toMatch(new RegExp(`\\(1 members, ${atBackup} answers, 0 deliveries\\)`));
    const texts = answersIn(db, KEY);
    expect(texts).toEqual(Array.from({ length: atBackup }, (_, i) => `answer ${i + 1}`));
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    const live = new Database(db, { readonly: true });
    for (const table of ['members', 'responses', 'workspaces', '__drizzle_migrations']) {
      expect(live.prepare(`select * from "${table}" order by 1`).all()).toEqual(
        copy.prepare(`select * from "${table}" order by 1`).all(),
      );
    }
    copy.close();
    live.close();
    process.stdout.write(
      `backup: ${atBackup} answers copied while another process wrote, npm run backup took ${backupMs} ms (with start-up); restore: every row of members, responses, workspaces and migrations equal, every answer decrypted intact\n`,
    );
  });

  it('refuses a backup the configured key does not open, or a damaged one, changing nothing', () => {
    const { db } = setUp();
    const database = openDatabase(db);
    const member = ensureMember(database.db, { platform: 'shell', workspaceId: 'local', userId: 'writer' });
    createResponseStore(database.db, createCipher(OTHER_KEY)).add({
      memberId: member.id,
      deliveryId: null,
      kind: 'reflection',
      promptId: 'backup-test',
      answer: { text: 'sealed with another key' },
      at: new Date(),
    });
    database.close();
    const target = join(dir, 'target.db');
    expect(() => restoreDatabase(db, target, createCipher(KEY))).toThrow(/does not open the answers/);
    expect(existsSync(target)).toBe(false);
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, readFileSync(db).subarray(0, 5000));
    expect(() => restoreDatabase(damaged, target, createCipher(OTHER_KEY))).toThrow();
    expect(existsSync(target)).toBe(false);
  });
});
