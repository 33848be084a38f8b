import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/action-id';
import type { Reply } from '../../src/core/model';
import { buttonId, createTestApp, eventsFor, formOf, replyText, type TestApp } from '../fixtures/app';

/**
 * A Discord user in two servers, with global commands: a DM names no server. Between asks which
 * community it is for (once), follows a button to the community its object belongs to, and lets
 * help, export and delete cover every community without asking.
 */
const USER = '1400000000000000042';
const inFirst = eventsFor({
  platform: 'discord',
  workspaceId: '1100000000000000001',
  userId: USER,
  workspaceName: 'Tuesday Group',
});
const inSecond = eventsFor({
  platform: 'discord',
  workspaceId: '1100000000000000002',
  userId: USER,
  workspaceName: 'Harbour Practice',
});
const inDm = eventsFor({ platform: 'discord', workspaceId: '', userId: USER });

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.cleanup());

const buttonsOf = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.message.elements.flatMap((e) => (e.kind === 'buttons' ? e.buttons.map((b) => b.label) : []))
    : [];
const deliveriesOf = (workspace: string) =>
  app.sqlite
    .prepare(
      'select count(*) as n from deliveries d join members m on m.id = d.member_id join workspaces w on w.id = m.workspace_id where w.external_id = ?',
    )
    .get(workspace);

async function inBoth() {
  await app.handle(inFirst.command('home'));
  await app.handle(inSecond.command('home'));
}

describe('a direct message from someone in several communities', () => {
  it('asks which community it is for, naming each, and does nothing else until they choose', async () => {
    await inBoth();
    const asked = await app.handle(inDm.command('checkin'));
    expect(replyText(asked)).toMatch(/more than one community\. Which one is this message for\?/);
    expect(buttonsOf(asked)).toEqual(['Harbour Practice', 'Tuesday Group']);
    expect(deliveriesOf('1100000000000000001')).toEqual({ n: 0 });
    expect(deliveriesOf('1100000000000000002')).toEqual({ n: 0 });

    const chosen = await app.handle(inDm.action(buttonId(asked, 'Tuesday Group')));
    expect(replyText(chosen)).toMatch(/now for Tuesday Group\. Please send your command again/);
    const prompt = await app.handle(inDm.command('checkin'));
    expect(buttonsOf(prompt)).toContain('Write a reflection');
    expect(deliveriesOf('1100000000000000001')).toEqual({ n: 1 });
    expect(deliveriesOf('1100000000000000002')).toEqual({ n: 0 });

    const again = await app.handle(inDm.command('community'));
    expect(replyText(again)).toMatch(/Now: Tuesday Group\./);
    await app.handle(inDm.action(buttonId(again, 'Harbour Practice')));
    await app.handle(inDm.command('checkin'));
    expect(deliveriesOf('1100000000000000002')).toEqual({ n: 1 });
  });

  it('follows a button to the community its prompt came from, whatever was chosen for DMs', async () => {
    await inBoth();
    const fromFirst = await app.handle(inFirst.command('checkin'));
    const asked = await app.handle(inDm.command('home'));
    await app.handle(inDm.action(buttonId(asked, 'Harbour Practice')));
    // The prompt of the first server, answered in the DM: its own member, not the chosen one.
    const form = formOf(await app.handle(inDm.action(buttonId(fromFirst, 'Write a reflection'))));
    expect(replyText(await app.handle(inDm.submit(form.id, { answer: 'I asked for help.' })))).not.toMatch(
      /expired|not found|Which one/,
    );
    const closed = app.sqlite
      .prepare(
        'select w.external_id as server from deliveries d join members m on m.id = d.member_id join workspaces w on w.id = m.workspace_id where d.closed_at is not null',
      )
      .all();
    expect(closed).toEqual([{ server: '1100000000000000001' }]);
  });

  it('answers help, export and delete without asking: they cover every community', async () => {
    await inBoth();
    expect(replyText(await app.handle(inDm.command('help')))).toMatch(/\/between checkin/);
    const offer = await app.handle(inDm.command('delete'));
    expect(replyText(offer)).toMatch(/2 communities here; this erases what it holds in all of them/);
    await app.handle(inDm.action(buttonId(offer, 'Erase everything')));
    expect(app.sqlite.prepare('select count(*) as n from members').get()).toEqual({ n: 0 });
  });

  it('shows the crisis card with the question, never instead of it', async () => {
    await inBoth();
    const reply = await app.handle(inDm.command('checkin I want to kill myself tonight'));
    const said = replyText(reply);
    expect(said).toMatch(/988|Samaritans|crisis/i);
    expect(said).toMatch(/Which one is this message for\?/);
  });

  it('refuses a choice of a community that is not the person’s own', async () => {
    await inBoth();
    const other = eventsFor({
      platform: 'discord',
      workspaceId: '1100000000000000001',
      userId: '1400000000000000099',
    });
    await app.handle(other.command('home'));
    const theirs = app.sqlite
      .prepare("select id from members where platform_user_id = '1400000000000000099'")
      .get() as { id: number };
    const reply = await app.handle(inDm.action(encodeAction({ verb: 'community', id: theirs.id })));
    expect(replyText(reply)).toMatch(/no longer one of yours/);
    expect(
      app.sqlite.prepare('select count(*) as n from members where dm_chosen_at is not null').get(),
    ).toEqual({
      n: 0,
    });
  });

  it('has nothing to ask of someone in one community', async () => {
    await app.handle(inFirst.command('home'));
    expect(replyText(await app.handle(inDm.command('community')))).toMatch(/one community here/);
    expect(buttonsOf(await app.handle(inDm.command('checkin')))).toContain('Write a reflection');
  });
});
