import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, operatorLocale } from '../config';
import { isBetweenError } from '../core/errors';
import { translator } from '../i18n';
import { backupDatabase, restoreDatabase, type TableCounts } from './backup';
import { createCipher, loadOrCreateKey } from './crypto';

/**
 * `npm run backup -- FILE`: a consistent copy of the database, safe while Between runs.
 * `npm run restore -- FILE`: with Between stopped, puts FILE in place of the database, once the
 * configured key has opened every answer in it. The key is never in a backup: keep it apart.
 */
const say = translator(operatorLocale());

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new Error(say('operator.backup.usage'));
  }
  const config = loadConfig();
  const path = resolve(file);
  if (command === 'backup') {
    const counts = await backupDatabase(config.databasePath, path);
    const done = say('operator.backup.done', {
      database: config.databasePath,
      file: path,
      summary: summary(counts),
      key: config.encryptionKey ? 'BETWEEN_ENCRYPTION_KEY' : config.keyFile,
    });
    process.stdout.write(`${done}\n`);
    return;
  }
  if (!config.encryptionKey && !existsSync(config.keyFile)) {
    throw new Error(say('operator.backup.noKey', { keyFile: config.keyFile }));
  }
  const { key } = loadOrCreateKey(config.encryptionKey, config.keyFile, config.databasePath);
  const counts = restoreDatabase(path, config.databasePath, createCipher(key));
  const restored = say('operator.backup.restored', {
    file: path,
    database: config.databasePath,
    summary: summary(counts),
  });
  process.stdout.write(`${restored}\n`);
}

const summary = (counts: TableCounts) =>
  say('operator.backup.summary', {
    members: counts.members ?? 0,
    answers: counts.responses ?? 0,
    deliveries: counts.deliveries ?? 0,
  });

main().catch((error: unknown) => {
  process.stderr.write(
    `${isBetweenError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
