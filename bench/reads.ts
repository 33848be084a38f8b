import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepAnswer } from '../src/checkin/checkin';
import { encodeAction } from '../src/core/action-id';
import type { InboundEvent } from '../src/core/model';
import { home } from '../src/home/home';
import { startShare } from '../src/sharing/share';
import { findDelivery } from '../src/storage/deliveries';
import { findMember } from '../src/storage/members';
import { benchApp, summary } from './fixtures';

/**
 * `npm run bench:reads`: what a member's own reads and writes cost as their history grows (issue
 * #15). For a member with 100 and with 5,000 stored entries (and as many past prompts), each on
 * its own SQLite file: the home view and the share picker's first page (a linked therapist holding
 * none of the entries yet), called as the router calls them; the submit path's storage (find the
 * prompt, close it and store the encrypted answer, in one transaction) against the same writes as
 * raw prepared statements with the content sealed beforehand, and against one raw insert; and, for
 * scale, a whole `/between home` through the router (which screens the command's words first).
 * The sizes are measured in alternating rounds (ROUNDS, default 5, of BENCH_RUNS calls each,
 * default 60), so that a busy machine or the JIT's warm-up weighs on both alike; medians, µs.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const ENTRIES = [100, 5_000] as const;
const ANSWER = 'I noticed I went quiet when it mattered, and then I said so, which felt new. '.repeat(3);
const user = { platform: 'shell' as const, workspaceId: 'local', userId: 'ana' };
const base = { user, visibility: 'dm' as const, raw: {} };
const command = (text: string): InboundEvent => ({ ...base, kind: 'command', text });
const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** A member with `entries` stored entries and a linked therapist, on a fresh database. */
async function setUp(entries: number) {
  const dir = mkdtempSync(join(tmpdir(), 'between-reads-'));
  const app = benchApp(join(dir, 'between.db'));
  await app.handle({
    ...base,
    kind: 'action',
    actionId: encodeAction({ verb: 'consent', choice: 'store-yes' }),
    values: [],
  });
  await app.handle({ ...base, user: { ...user, userId: 'tess' }, kind: 'command', text: 'home' });
  const db = app.sqlite;
  db.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
  db.prepare(
    "insert into care_links (workspace_id, therapist_id, client_id, status, created_at, changed_at) select c.workspace_id, t.id, c.id, 'active', 'x', 'x' from members t, members c where t.platform_user_id = 'tess' and c.platform_user_id = 'ana'",
  ).run();
  const id = (db.prepare("select id from members where platform_user_id = 'ana'").get() as { id: number }).id;
  const member = findMember(app.services.db, id);
  if (!member) throw new Error('no member');
  const prompt = app.services.prompts.reflections[0]?.id ?? '';
  const sent = db.prepare(
    "insert into deliveries (member_id, kind, prompt_id, slot_key, slot_at, due_at, status, sent_at) values (?, 'reflection', ?, ?, ?, ?, 'sent', ?)",
  );
  let days = 0;
  /** `count` more prompts sent to the member; their ids. */
  const send = (count: number) =>
    db.transaction(() =>
      Array.from({ length: count }, () => {
        const at = day(days++);
        return Number(sent.run(id, prompt, `r@${at}`, at, at, at).lastInsertRowid);
      }),
    )();
  db.transaction(() => {
    for (const deliveryId of send(entries)) {
      app.services.answers.add({
        memberId: id,
        deliveryId,
        kind: 'reflection',
        promptId: prompt,
        answer: { text: ANSWER },
        at: new Date(day(deliveryId)),
      });
    }
  })();
  const sealed = (db.prepare('select content from responses limit 1').get() as { content: Buffer }).content;
  const insert = db.prepare(
    "insert into responses (member_id, delivery_id, kind, prompt_id, content, created_at, updated_at) values (?, ?, 'reflection', ?, ?, ?, ?)",
  );
  const close = db.prepare(
    'update deliveries set closed_at = ?, remind_at = null where id = ? and closed_at is null',
  );
  const find = db.prepare('select * from deliveries where id = ? and member_id = ?');
  const rawSubmit = db.transaction((deliveryId: number) => {
    find.get(deliveryId, id);
    close.run(day(0), deliveryId);
    insert.run(id, deliveryId, prompt, sealed, day(0), day(0));
  });
  return {
    app,
    dir,
    work: {
      home: () => home(app.services, member),
      share: () => startShare(app.services, member),
      routed: () => app.handle(command('home')),
      submit: (deliveryId: number) => {
        const delivery = findDelivery(app.services.db, id, deliveryId);
        if (!delivery) throw new Error('no delivery');
        keepAnswer(
          app.services,
          member,
          delivery,
          { kind: 'reflection', promptId: prompt, text: ANSWER },
          true,
        );
      },
      rawSubmit: (deliveryId: number) => rawSubmit(deliveryId),
      insert: () => insert.run(id, null, prompt, sealed, day(0), day(0)),
    },
    send,
  };
}

type Work = keyof Awaited<ReturnType<typeof setUp>>['work'];
const WORK: readonly Work[] = ['home', 'share', 'submit', 'rawSubmit', 'insert', 'routed'];

const sizes = await Promise.all(ENTRIES.map(setUp));
const samples = sizes.map(() => new Map<Work, number[]>(WORK.map((w) => [w, []])));
for (let round = 0; round < ROUNDS; round++) {
  for (const [s, size] of sizes.entries()) {
    for (const work of WORK) {
      // Submits answer prompts sent for them, each once.
      const open = work === 'submit' || work === 'rawSubmit' ? size.send(RUNS) : [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await size.work[work](open[i] ?? 0);
        samples[s]?.get(work)?.push((performance.now() - started) * 1000);
      }
    }
  }
}
for (const size of sizes) {
  size.app.close();
  rmSync(size.dir, { recursive: true, force: true });
}

const figure = (s: number, work: Work) => median(samples[s]?.get(work) ?? []);
console.log(`median of ${ROUNDS} rounds × ${RUNS} calls, µs`);
console.log('entries   home    share   submit  raw submit  raw insert  /between home (router)');
for (const [s, entries] of ENTRIES.entries()) {
  const cells = WORK.map((w) => String(Math.round(figure(s, w))));
  console.log(
    `${String(entries).padStart(7)}   ${cells[0]?.padEnd(7)} ${cells[1]?.padEnd(7)} ${cells[2]?.padEnd(7)} ${cells[3]?.padEnd(11)} ${cells[4]?.padEnd(11)} ${cells[5]}`,
  );
}
console.log(
  `at ${ENTRIES[1]} entries against ${ENTRIES[0]}: home ${(figure(1, 'home') / figure(0, 'home')).toFixed(2)}×, share ${(figure(1, 'share') / figure(0, 'share')).toFixed(2)}×; submit ${(figure(1, 'submit') / figure(1, 'rawSubmit')).toFixed(1)}× the same writes raw, ${(figure(1, 'submit') / figure(1, 'insert')).toFixed(1)}× one raw insert`,
);
summary({
  home: figure(1, 'home') / figure(0, 'home'),
  share: figure(1, 'share') / figure(0, 'share'),
  submitUs: figure(1, 'submit'),
  rawSubmitUs: figure(1, 'rawSubmit'),
  rawInsertUs: figure(1, 'insert'),
});
