import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { decodeKey } from '../config';
import { BetweenError } from '../core/errors';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID_BYTES = 4;
const HEADER = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

/**
 * Seals values with AES-256-GCM: a fresh random IV per value, and `context` (e.g. the owning
 * member) bound as additional data so a sealed value cannot be moved to another row.
 * Layout: version(1) | key id(4) | iv(12) | tag(16) | ciphertext.
 */
export interface Cipher {
  readonly keyId: string;
  seal(plaintext: string, context: string): Buffer;
  open(sealed: Buffer, context: string): string;
  /** Whether `sealed` was sealed with this key (by its key id; no decryption). */
  owns(sealed: Buffer): boolean;
}

/**
 * Fresh IVs, drawn from the system's CSPRNG 256 at a time: one `randomBytes` call per 12 bytes
 * cost about as much as the encryption itself (5 of 10 µs per answer; Node's own `randomUUID`
 * buffers its randomness the same way). Each IV is handed out once.
 */
const IV_BATCH = 256;
let ivs = Buffer.alloc(0);
let nextIv = 0;
function freshIv(): Buffer {
  if (nextIv + IV_BYTES > ivs.length) {
    ivs = randomBytes(IV_BYTES * IV_BATCH);
    nextIv = 0;
  }
  nextIv += IV_BYTES;
  return ivs.subarray(nextIv - IV_BYTES, nextIv);
}

export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new BetweenError('crypto', 'the encryption key must be 32 bytes');
  const keyId = createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES);
  return {
    keyId: keyId.toString('hex'),
    seal(plaintext, context) {
      const iv = freshIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), keyId, iv, cipher.getAuthTag(), body]);
    },
    owns(sealed) {
      return sealed.length >= HEADER && sealed.subarray(1, 1 + KEY_ID_BYTES).equals(keyId);
    },
    open(sealed, context) {
      if (sealed.length < HEADER || sealed[0] !== VERSION) {
        throw new BetweenError('crypto', 'sealed value has an unknown format');
      }
      if (!sealed.subarray(1, 1 + KEY_ID_BYTES).equals(keyId)) {
        throw new BetweenError(
          'crypto',
          'sealed value was encrypted with a different key (see README: key backup and rotation)',
        );
      }
      const iv = sealed.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + IV_BYTES);
      const tag = sealed.subarray(1 + KEY_ID_BYTES + IV_BYTES, HEADER);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new BetweenError('crypto', 'sealed value failed authentication (tampered or moved)', { cause });
      }
    },
  };
}

/** How many sealed answers a database file holds (0 when there is no file yet, or no table). */
function answersIn(databasePath: string): number {
  if (!existsSync(databasePath)) return 0;
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select count(*) from responses').pluck().get() as number;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

/**
 * The key from the environment, or from `keyFile`, which is created (owner-only, in an
 * owner-only folder) with a fresh random key when absent: but never when `databasePath` already
 * holds answers, which only the lost key can open (a new key would hide that loss until the first
 * read). A key file others can read is refused, with the command that fixes it.
 */
export function loadOrCreateKey(
  given: Buffer | undefined,
  keyFile: string,
  databasePath?: string,
): { key: Buffer; created: boolean } {
  if (given) return { key: given, created: false };
  if (existsSync(keyFile)) {
    if ((statSync(keyFile).mode & 0o077) !== 0) {
      throw new BetweenError(
        'config_invalid',
        `The key file ${keyFile} can be read by other users of this machine. Make it yours alone: chmod 600 ${keyFile}`,
      );
    }
    const key = decodeKey(readFileSync(keyFile, 'utf8'));
    if (!key) {
      throw new BetweenError(
        'config_invalid',
        `The key file ${keyFile} does not hold a 32-byte key (base64). Restore it from your backup, or point BETWEEN_KEY_FILE at the right file.`,
      );
    }
    return { key, created: false };
  }
  const held = databasePath ? answersIn(databasePath) : 0;
  if (held > 0) {
    throw new BetweenError(
      'config_invalid',
      `There is no key file at ${keyFile}, but ${databasePath} holds ${held} encrypted answers that only their key opens. Restore the key file from your backup, or set BETWEEN_KEY_FILE (or BETWEEN_ENCRYPTION_KEY) to it. Nothing was created.`,
    );
  }
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  return { key, created: true };
}
