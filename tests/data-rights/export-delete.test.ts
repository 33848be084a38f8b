import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/action-id';
import type { Reply } from '../../src/core/model';
import type { MemberExport } from '../../src/data-rights/export';
import {
  alice,
  buttonId,
  checklistOf,
  createTestApp,
  eventsFor,
  formOf,
  replyText,
  type TestApp,
} from '../fixtures/app';

const say = eventsFor(alice);
const bob = eventsFor({ platform: 'shell', workspaceId: 'local', userId: 'bob' });
let app: TestApp;

beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.cleanup());

const ANSWER = 'Zephyr-47: I kept quiet when I needed help again';
const FOLLOW_UP = 'Quillon-88: it keeps me from feeling like a burden';

function fileOf(reply: Reply): MemberExport {
  if (reply.kind !== 'message') throw new Error('expected a message');
  const file = reply.message.elements.find((e) => e.kind === 'file');
  if (file?.kind !== 'file') throw new Error('no file in the export reply');
  expect(file.mimeType).toBe('application/json');
  return JSON.parse(String(file.content)) as MemberExport;
}

function dbBytes(): Buffer {
  const parts = [app.databasePath, `${app.databasePath}-wal`].filter(existsSync).map((p) => readFileSync(p));
  return Buffer.concat(parts);
}

async function journey(events = say) {
  await app.handle(events.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
  const prompt = await app.handle(events.command('checkin'));
  const form = formOf(await app.handle(events.action(buttonId(prompt, 'Write a reflection'))));
  await app.handle(events.submit(form.id, { answer: ANSWER }));
  const list = await app.handle(events.command('checklist'));
  const checklist = checklistOf(list);
  await app.handle(
    events.action(checklist.id, ['testing-if-people-leave', 'over-apologising', 'hiding-needs']),
  );
  const followUp = formOf(await app.handle(events.action(buttonId(list, /what it protects/))));
  await app.handle(events.submit(followUp.id, { answer: FOLLOW_UP }));
  return { form };
}

describe('export', () => {
  it('gives the member exactly their data as JSON, decrypted, and logs that an export happened', async () => {
    await journey();
    await journey(bob);
    const data = fileOf(await app.handle(say.command('export')));
    expect(data.format).toBe('between-export');
    expect(data.member.platformUserId).toBe('alice');
    expect(data.responses.map((r) => [r.kind, r.text ?? r.selected])).toEqual([
      ['reflection', ANSWER],
      ['checklist', ['testing-if-people-leave', 'hiding-needs', 'over-apologising']],
      ['checklist_follow_up', FOLLOW_UP],
    ]);
    expect(data.responses[0]?.prompt).toMatch(/\?$/);
    expect(data.deliveries).toHaveLength(2);
    expect(data.schedules).toEqual([]);
    expect(data.consents).toEqual([expect.objectContaining({ scope: 'store_answers', action: 'granted' })]);
    expect(JSON.stringify(data)).not.toContain('bob');
    const audit = app.sqlite.prepare("select detail from audit_log where action = 'export'").all();
    expect(audit).toEqual([{ detail: '{"responses":3,"deliveries":2}' }]);
  });
});

describe('encryption at rest', () => {
  it('never writes answer text to the database file or its write-ahead log', async () => {
    await journey();
    app.services.checkpoint();
    const bytes = dbBytes();
    expect(bytes.includes(Buffer.from('Zephyr-47'))).toBe(false);
    expect(bytes.includes(Buffer.from('Quillon-88'))).toBe(false);
    expect(bytes.includes(Buffer.from('over-apologising'))).toBe(false);
    const stored = app.sqlite.prepare('select content from responses').all() as { content: Buffer }[];
    expect(stored).toHaveLength(3);
    for (const row of stored) expect(row.content.includes(Buffer.from('Zephyr'))).toBe(false);
  });
});

describe('delete', () => {
  it('asks for confirmation first, and “keep” erases nothing', async () => {
    await journey();
    const offer = await app.handle(say.command('delete'));
    expect(replyText(offer)).toMatch(/cannot be undone/);
    await app.handle(say.action(buttonId(offer, 'Keep my data')));
    expect(fileOf(await app.handle(say.command('export'))).responses).toHaveLength(3);
  });

  it.each([
    ['SQLite’s own checkpoints', false],
    ['checkpoints in a worker thread, as the running bot has', true],
  ])(
    'erases every row of the member, leaves others alone, and keeps only a bare record that it happened (%s)',
    async (_, backgroundCheckpoints) => {
      if (backgroundCheckpoints) {
        app.cleanup();
        app = createTestApp(undefined, { backgroundCheckpoints });
      }
      await journey();
      await journey(bob);
      const sealed = (
        app.sqlite
          .prepare(
            "select content from responses r join members m on m.id = r.member_id where m.platform_user_id = 'alice'",
          )
          .all() as { content: Buffer }[]
      ).map((r) => r.content);
      expect(sealed).toHaveLength(3);
      app.services.checkpoint();
      // The sealed values are findable before deletion, so their absence afterwards means something.
      for (const value of sealed) expect(dbBytes().includes(value.subarray(-24))).toBe(true);
      const offer = await app.handle(say.command('delete'));
      const done = await app.handle(say.action(buttonId(offer, 'Erase everything')));
      expect(replyText(done)).toMatch(/has been erased/);

      const db = app.sqlite;
      const members = db.prepare('select platform_user_id as u from members').all();
      expect(members).toEqual([{ u: 'bob' }]);
      const aliceId = 1;
      for (const table of ['responses', 'deliveries', 'consents']) {
        expect(db.prepare(`select count(*) as n from ${table} where member_id = ?`).get(aliceId)).toEqual({
          n: 0,
        });
      }
      expect(db.prepare('select action, detail from audit_log where member_id = ?').all(aliceId)).toEqual([
        { action: 'data_deleted', detail: null },
      ]);
      const bytes = dbBytes();
      for (const value of sealed) expect(bytes.includes(value.subarray(-24))).toBe(false);
      expect(bytes.includes(Buffer.from('Zephyr-47'))).toBe(false);
      expect(fileOf(await app.handle(bob.command('export'))).responses).toHaveLength(3);
    },
  );

  it('includes the member’s schedule and session dates in the export, and deletes them too', async () => {
    await app.handle(say.command('schedule add mon,thu 19:00'));
    await app.handle(say.command('schedule session dates 2026-12-01 at 17:00'));
    const data = fileOf(await app.handle(say.command('export')));
    expect(data.schedules).toEqual([
      { anchor: 'weekly', weekdays: [1, 4], dayOffset: 0, time: '19:00', content: 'reflection' },
    ]);
    expect(data.sessionDates).toEqual([{ date: '2026-12-01', time: '17:00' }]);
    await app.handle(say.action(encodeAction({ verb: 'delete', choice: 'confirm' })));
    for (const table of ['schedules', 'plans', 'session_dates']) {
      expect(app.sqlite.prepare(`select count(*) as n from ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('starts fresh afterwards: a new member, storing nothing until they opt in again', async () => {
    await journey();
    await app.handle(say.action(encodeAction({ verb: 'delete', choice: 'confirm' })));
    const data = fileOf(await app.handle(say.command('export')));
    expect(data.responses).toEqual([]);
    expect(data.consents).toEqual([]);
    expect(data.deliveries).toEqual([]);
  });

  it('answers a button from before the deletion kindly instead of failing', async () => {
    const { form } = await journey();
    await app.handle(say.action(encodeAction({ verb: 'delete', choice: 'confirm' })));
    const reply = await app.handle(say.submit(form.id, { answer: 'late answer' }));
    expect(replyText(reply)).toMatch(/no longer available/);
  });
});

describe('one person in two communities of the same platform', () => {
  it('export gives a file per community, and delete erases both, saying so first', async () => {
    const inFirst = eventsFor({
      platform: 'discord',
      workspaceId: '1100000000000000001',
      userId: '1400000000000000042',
    });
    const inSecond = eventsFor({
      platform: 'discord',
      workspaceId: '1100000000000000002',
      userId: '1400000000000000042',
    });
    await journey(inFirst);
    await journey(inSecond);
    const people = () =>
      app.sqlite
        .prepare("select count(*) as n from members where platform_user_id = '1400000000000000042'")
        .get();
    expect(people()).toEqual({ n: 2 });

    const exported = await app.handle(inFirst.action(encodeAction({ verb: 'export' })));
    expect(replyText(exported)).toMatch(/from the 2 communities you used it in \(a file each\)/);
    const files =
      exported.kind === 'message' ? exported.message.elements.filter((e) => e.kind === 'file') : [];
    expect(
      files.map((f) => (f.kind === 'file' ? JSON.parse(String(f.content)).responses.length : 0)),
    ).toEqual([3, 3]);

    const offer = await app.handle(inSecond.command('delete'));
    expect(replyText(offer)).toMatch(
      /used Between in 2 communities here; this erases what it holds in all of them/,
    );
    await app.handle(inSecond.action(buttonId(offer, 'Erase everything')));
    expect(people()).toEqual({ n: 0 });
    expect(app.sqlite.prepare('select count(*) as n from responses').get()).toEqual({ n: 0 });
  });
});
