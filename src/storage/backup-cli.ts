import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { isBetweenError } from '../core/errors';
import { backupDatabase, restoreDatabase, type TableCounts } from './backup';
import { createCipher, loadOrCreateKey } from './crypto';

/**
 * `npm run backup -- FILE`: a consistent copy of the database, safe while Between runs.
 * `npm run restore -- FILE`: with Between stopped, puts FILE in place of the database, once the
 * configured key has opened every answer in it. The key is never in a backup: keep it apart.
 */
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new Error('Usage: npm run backup -- FILE, or npm run restore -- FILE (with Between stopped).');
  }
  const config = loadConfig();
  const path = resolve(file);
  if (command === 'backup') {
    const counts = await backupDatabase(config.databasePath, path);
    process.stdout.write(
      `Backed up ${config.databasePath} to ${path} (${summary(counts)}). Answers in it are encrypted: keep the key (${config.encryptionKey ? 'BETWEEN_ENCRYPTION_KEY' : config.keyFile}) backed up apart from it.\n`,
    );
    return;
  }
  if (!config.encryptionKey && !existsSync(config.keyFile)) {
    throw new Error(`No key at ${config.keyFile}: restore the key first, then the database.`);
  }
  const { key } = loadOrCreateKey(config.encryptionKey, config.keyFile, config.databasePath);
  const counts = restoreDatabase(path, config.databasePath, createCipher(key));
  process.stdout.write(`Restored ${path} to ${config.databasePath} (${summary(counts)}).\n`);
}

const summary = (counts: TableCounts) =>
  `${counts.members ?? 0} members, ${counts.responses ?? 0} answers, ${counts.deliveries ?? 0} deliveries`;

main().catch((error: unknown) => {
  process.stderr.write(
    `${isBetweenError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
