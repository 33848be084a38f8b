import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/action-id';
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
let app: TestApp;
const count = (table: string) =>
  (app.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.cleanup());

async function reflect(answer: string) {
  const prompt = await app.handle(say.command('checkin'));
  const form = formOf(await app.handle(say.action(buttonId(prompt, 'Write a reflection'))));
  return app.handle(say.submit(form.id, { answer }));
}

describe('consent gating', () => {
  it('stores nothing a member writes before they opt in, and tells them so', async () => {
    const reply = await reflect('an answer nobody agreed to keep');
    expect(replyText(reply)).toMatch(/was not stored/);
    expect(count('responses')).toBe(0);
    expect(count('consents')).toBe(0);
  });

  it('does not store checklist choices before opt-in, yet shows the choice back', async () => {
    const list = checklistOf(await app.handle(say.command('checklist')));
    const reply = await app.handle(say.action(list.id, ['hiding-needs']));
    expect(checklistOf(reply).selected).toEqual(['hiding-needs']);
    expect(replyText(reply)).toMatch(/Not stored/);
    expect(count('responses')).toBe(0);
  });

  it('explains what is stored, where, who sees it, and that it is not a crisis service', async () => {
    const offer = replyText(await app.handle(say.command('optin')));
    expect(offer).toMatch(/stores your written answers and checklist choices/);
    expect(offer).toMatch(/encrypted on the practice’s own computer/);
    expect(offer).toMatch(/Nobody else sees them unless you choose to share/);
    expect(offer).toMatch(/not a crisis service/);
    expect(offer).toMatch(/nobody reads your answers as you write them/);
  });

  it('stores answers after opt-in, encrypted, and records the consent with its notice version', async () => {
    const offer = await app.handle(say.command('optin'));
    await app.handle(say.action(buttonId(offer, 'Yes, store my answers')));
    expect(replyText(await reflect('kept on purpose'))).toMatch(/Saved/);
    expect(count('responses')).toBe(1);
    const consent = app.sqlite.prepare('select scope, action, notice_version from consents').all();
    expect(consent).toEqual([{ scope: 'store_answers', action: 'granted', notice_version: 1 }]);
  });

  it('stops storing at once on opt-out, keeps what was stored, and offers deletion', async () => {
    await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    await reflect('before opting out');
    const reply = await app.handle(say.command('optout'));
    expect(replyText(reply)).toMatch(/nothing you write is stored/);
    expect(buttonId(reply, 'Erase everything now')).toBe(encodeAction({ verb: 'delete', choice: 'confirm' }));
    expect(replyText(await reflect('after opting out'))).toMatch(/was not stored/);
    expect(count('responses')).toBe(1);
    const history = app.sqlite.prepare('select action from consents order by id').all();
    expect(history).toEqual([{ action: 'granted' }, { action: 'withdrawn' }]);
  });

  it('keeps consent as an append-only history: granting again adds a row, never edits one', async () => {
    const yes = encodeAction({ verb: 'consent', choice: 'store-yes' });
    await app.handle(say.action(yes));
    await app.handle(say.action(yes));
    await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-no' })));
    await app.handle(say.action(yes));
    const history = app.sqlite.prepare('select action from consents order by id').all();
    expect(history).toEqual([{ action: 'granted' }, { action: 'withdrawn' }, { action: 'granted' }]);
  });

  it('records the separate choice about telling a therapist of risk, and each change in the audit log', async () => {
    await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'risk-yes' })));
    await app.handle(say.command('optout'));
    const audit = app.sqlite.prepare('select action, detail from audit_log order by id').all();
    expect(audit).toEqual([
      { action: 'consent_granted', detail: '{"scope":"store_answers","noticeVersion":1}' },
      { action: 'consent_granted', detail: '{"scope":"risk_alert_therapist","noticeVersion":1}' },
      { action: 'consent_withdrawn', detail: '{"scope":"risk_alert_therapist","noticeVersion":1}' },
      { action: 'consent_withdrawn', detail: '{"scope":"store_answers","noticeVersion":1}' },
    ]);
  });
});
