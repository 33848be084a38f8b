import { createCipher } from '../../src/storage/crypto';
import { openDatabase } from '../../src/storage/db';
import { ensureMember } from '../../src/storage/members';
import { createResponseStore } from '../../src/storage/responses';

/**
 * A stand-in for a running Between in the backup test: another process that keeps writing sealed
 * answers into the database until it is stopped. Arguments: database path, base64 key.
 */
const [path = '', key = ''] = process.argv.slice(2);
const database = openDatabase(path);
const answers = createResponseStore(database.db, createCipher(Buffer.from(key, 'base64')));
const member = ensureMember(database.db, { platform: 'shell', workspaceId: 'local', userId: 'writer' });
let n = 0;
const write = () => {
  for (let i = 0; i < 20; i++) {
    n += 1;
    answers.add({
      memberId: member.id,
      deliveryId: null,
      kind: 'reflection',
      promptId: 'backup-test',
      answer: { text: `answer ${n}` },
      at: new Date(),
    });
  }
  if (n === 200) process.stdout.write('writing\n');
  setImmediate(write);
};
write();
process.on('SIGTERM', () => {
  database.close();
  process.exit(0);
});
