import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { decodeKey, loadConfig, operatorLocale } from '../config';
import { isBetweenError } from '../core/errors';
import { translator } from '../i18n';
import { createCipher, loadOrCreateKey } from './crypto';
import { openDatabase } from './db';
import { rotateAnswers } from './rotate';

/**
 * `npm run key:rotate [-- --to NEW_KEY_FILE]`, with Between stopped. Re-seals every answer with a
 * new key. Without --to, a new key is generated and swapped into BETWEEN_KEY_FILE, the old one
 * kept beside it as `<file>.retired-<time>` (backups of the database made before need it).
 */
const say = translator(operatorLocale());

function main(): void {
  const config = loadConfig();
  const toIndex = process.argv.indexOf('--to');
  const toFile = toIndex >= 0 ? process.argv[toIndex + 1] : undefined;
  if (toIndex >= 0 && !toFile) throw new Error(say('operator.rotate.toNeedsFile'));
  if (!config.encryptionKey && !existsSync(config.keyFile)) {
    throw new Error(say('operator.rotate.noKey', { keyFile: config.keyFile }));
  }
  const { key: oldKey } = loadOrCreateKey(config.encryptionKey, config.keyFile, config.databasePath);
  let newKey: Buffer;
  let staged: string | undefined;
  if (toFile) {
    const decoded = decodeKey(readFileSync(toFile, 'utf8'));
    if (!decoded) throw new Error(say('operator.rotate.notAKey', { file: toFile }));
    newKey = decoded;
  } else {
    if (config.encryptionKey) {
      throw new Error(say('operator.rotate.keyInEnvironment'));
    }
    newKey = randomBytes(32);
    staged = `${config.keyFile}.next`;
    writeFileSync(staged, `${newKey.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const database = openDatabase(config.databasePath);
  try {
    const count = rotateAnswers(database.db, createCipher(oldKey), createCipher(newKey));
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    process.stdout.write(`${say('operator.rotate.resealed', { count })}\n`);
  } finally {
    database.close();
  }
  if (staged) {
    const retired = `${config.keyFile}.retired-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(config.keyFile, retired);
    renameSync(staged, config.keyFile);
    chmodSync(config.keyFile, 0o600);
    process.stdout.write(`${say('operator.rotate.swapped', { keyFile: config.keyFile, retired })}\n`);
  } else {
    process.stdout.write(`${say('operator.rotate.pointAtNewKey')}\n`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(
    `${isBetweenError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
