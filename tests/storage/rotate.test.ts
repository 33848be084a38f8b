import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { encodeAction } from '../../src/core/action-id';
import { createCipher } from '../../src/storage/crypto';
import { createResponseStore } from '../../src/storage/responses';
import { rotateAnswers } from '../../src/storage/rotate';
import {
  alice,
  buttonId,
  captureLogs,
  createTestApp,
  eventsFor,
  formOf,
  PROMPTS_DIR,
  TEST_KEY,
  type TestApp,
} from '../fixtures/app';

const say = eventsFor(alice);
let app: TestApp;

beforeEach(async () => {
  app = createTestApp();
  await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
  for (const answer of ['first', 'second']) {
    const prompt = await app.handle(say.command('checkin'));
    const form = formOf(await app.handle(say.action(buttonId(prompt, 'Write a reflection'))));
    await app.handle(say.submit(form.id, { answer }));
  }
});
afterEach(() => app.cleanup());

describe('key rotation', () => {
  it('re-seals every answer so that only the new key opens them', () => {
    const next = createCipher(Buffer.alloc(32, 8));
    expect(rotateAnswers(app.services.db, createCipher(TEST_KEY), next)).toBe(2);
    expect(
      createResponseStore(app.services.db, next)
        .list(1)
        .map((r) => r.text),
    ).toEqual(['first', 'second']);
    expect(() => app.services.answers.list(1)).toThrow(/different key/);
  });

  it('changes nothing when an answer cannot be opened with the old key', () => {
    const before = app.sqlite.prepare('select content from responses order by id').all();
    const wrong = createCipher(Buffer.alloc(32, 1));
    expect(() => rotateAnswers(app.services.db, wrong, createCipher(Buffer.alloc(32, 8)))).toThrow(
      /different key/,
    );
    expect(app.sqlite.prepare('select content from responses order by id').all()).toEqual(before);
  });
});

describe('starting with the wrong key', () => {
  it('refuses to start and says how to fix it, rather than failing on every answer later', () => {
    expect(() =>
      createApp({
        databasePath: app.databasePath,
        key: Buffer.alloc(32, 2),
        promptsDir: PROMPTS_DIR,
        log: captureLogs().log,
      }),
    ).toThrow(/encrypted with a different key than the one configured.*Restore the right key file/);
  });
});
