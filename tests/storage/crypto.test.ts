import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCipher, loadOrCreateKey } from '../../src/storage/crypto';
import { openDatabase } from '../../src/storage/db';
import { ensureMember } from '../../src/storage/members';
import { createResponseStore } from '../../src/storage/responses';

const cipher = createCipher(Buffer.alloc(32, 3));

describe('answer encryption', () => {
  it('opens what it sealed, for the same context', () => {
    const sealed = cipher.seal('a quiet week, mostly', 'member:1');
    expect(cipher.open(sealed, 'member:1')).toBe('a quiet week, mostly');
  });

  it('uses a fresh IV for every value, so equal answers do not look equal', () => {
    const a = cipher.seal('same', 'member:1');
    const b = cipher.seal('same', 'member:1');
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(5, 17).equals(b.subarray(5, 17))).toBe(false);
  });

  it('never hands out an IV twice, across refills of its stock of random bytes', () => {
    const sealed = Array.from({ length: 1000 }, (_, i) => cipher.seal(`answer ${i}`, 'member:1'));
    expect(new Set(sealed.map((s) => s.subarray(5, 17).toString('hex'))).size).toBe(1000);
    expect(sealed.map((s) => cipher.open(s, 'member:1'))).toEqual(sealed.map((_, i) => `answer ${i}`));
  });

  it('never contains the plaintext', () => {
    const sealed = cipher.seal('distinctive-plaintext-123', 'member:1');
    expect(sealed.includes(Buffer.from('distinctive-plaintext-123'))).toBe(false);
  });

  it('refuses a value moved to another member', () => {
    const sealed = cipher.seal('mine', 'member:1');
    expect(() => cipher.open(sealed, 'member:2')).toThrow(/failed authentication/);
  });

  it('refuses a tampered value', () => {
    const sealed = cipher.seal('mine', 'member:1');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => cipher.open(sealed, 'member:1')).toThrow(/failed authentication/);
  });

  it('says clearly when a value was sealed with another key', () => {
    const other = createCipher(Buffer.alloc(32, 4));
    expect(() => other.open(cipher.seal('x', 'member:1'), 'member:1')).toThrow(/different key/);
  });

  it('rejects a key of the wrong size', () => {
    expect(() => createCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('the key file', () => {
  it('is created owner-only on first start and read back after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-key-'));
    const file = join(dir, 'keys', 'between.key');
    const first = loadOrCreateKey(undefined, file);
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    const second = loadOrCreateKey(undefined, file);
    expect(second.created).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key.toString('base64'));
  });

  it('prefers a key given in the environment', () => {
    const given = Buffer.alloc(32, 9);
    expect(loadOrCreateKey(given, '/nonexistent/key').key).toBe(given);
  });

  it('explains a damaged key file instead of creating a new key over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-key-'));
    const file = join(dir, 'between.key');
    writeFileSync(file, 'not a key', { mode: 0o600 });
    expect(() => loadOrCreateKey(undefined, file)).toThrow(/does not hold a 32-byte key/);
    expect(readFileSync(file, 'utf8')).toBe('not a key');
  });

  it('refuses a key file other users can read, saying how to fix it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-key-'));
    const file = join(dir, 'between.key');
    writeFileSync(file, `${Buffer.alloc(32, 3).toString('base64')}\n`, { mode: 0o644 });
    chmodSync(file, 0o644);
    expect(() => loadOrCreateKey(undefined, file)).toThrow(`chmod 600 ${file}`);
    chmodSync(file, 0o600);
    expect(loadOrCreateKey(undefined, file).key.equals(Buffer.alloc(32, 3))).toBe(true);
  });

  it('creates nothing when the key file is missing but the database holds answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-key-'));
    const databasePath = join(dir, 'data', 'between.db');
    const database = openDatabase(databasePath);
    const member = ensureMember(database.db, { platform: 'shell', workspaceId: 'local', userId: 'ana' });
    createResponseStore(database.db, createCipher(Buffer.alloc(32, 4))).add({
      memberId: member.id,
      deliveryId: null,
      kind: 'reflection',
      promptId: 'p',
      answer: { text: 'sealed' },
      at: new Date(),
    });
    database.close();
    const file = join(dir, 'keys', 'between.key');
    expect(() => loadOrCreateKey(undefined, file, databasePath)).toThrow(/holds 1 encrypted answers/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dir, 'keys'))).toBe(false);
    // A database without answers yet (a fresh install) gets its key as before.
    const fresh = join(dir, 'other.db');
    openDatabase(fresh).close();
    expect(loadOrCreateKey(undefined, file, fresh).created).toBe(true);
  });
});
