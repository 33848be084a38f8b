import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { BetweenError } from '../../src/core/errors';
import { PERSON } from '../../src/core/messages';
import type { OutgoingMessage, Reply } from '../../src/core/model';
import { buttonId, checklistOf, eventsFor, formOf, replyText, shown } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

let h: Harness;
afterEach(() => h.cleanup());

const A = 'Alpha-reflection: I noticed I go quiet when plans change.';
const B = 'Bravo-reflection: this one stays private, never shared.';
const as = (userId: string, workspaceId = 'local') => eventsFor({ platform: 'shell', workspaceId, userId });
const cal = as('cal');
const tess = as('tess');

const allText = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? [])
    .map((e) =>
      e.kind === 'text' ? e.text : e.kind === 'file' && typeof e.content === 'string' ? e.content : '',
    )
    .join('\n');
const filesOf = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? []).flatMap((e) => (e.kind === 'file' ? [e] : []));

async function reflect(answer: string) {
  const prompt = await h.app.handle(cal.command('checkin'));
  const form = formOf(await h.app.handle(cal.action(buttonId(prompt, 'Write a reflection'))));
  await h.app.handle(cal.submit(form.id, { answer }));
}

/** tess (therapist) and cal (client, storing answers) are linked; cal has A, B and a checklist. */
async function linkedWithEntries() {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
  await h.app.handle(tess.command('help'));
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
  await h.app.handle(cal.action('v1:consent:store-yes'));
  expect(replyText(await h.app.handle(tess.command('invite <@cal>')))).toMatch(/Invitation on its way/);
  const invitation = h.platform.sentTo('shell:cal').at(-1)?.message;
  expect(allText(invitation)).toMatch(/Linking shares nothing by itself/);
  const accept = invitation?.elements.find((e) => e.kind === 'buttons');
  const acceptId = accept?.kind === 'buttons' ? (accept.buttons[0]?.id ?? '') : '';
  expect(replyText(await h.app.handle(cal.action(acceptId)))).toMatch(/Linked. Nothing is shared yet/);
  expect(allText(h.platform.sentTo('shell:tess').at(-1)?.message)).toMatch(/accepted your invitation/);
  await reflect(A);
  h.app.clock.advance(60_000);
  await reflect(B);
  h.app.clock.advance(60_000);
  const list = checklistOf(await h.app.handle(cal.command('checklist')));
  await h.app.handle(cal.action(list.id, ['hiding-needs', 'over-apologising']));
}

async function shareOf(pick: (labels: { id: string; label: string }[]) => string[]): Promise<Reply> {
  const draft = await h.app.handle(cal.command('share'));
  const list = checklistOf(draft);
  expect(list.selected).toEqual([]);
  const picked = await h.app.handle(cal.action(list.id, pick([...list.items])));
  return picked;
}

describe('sharing with a linked therapist', () => {
  it('sends exactly the chosen entries, word for word, and never one that was not chosen', async () => {
    await linkedWithEntries();
    const picked = await shareOf((items) => items.filter((i) => !/Bravo/.test(i.label)).map((i) => i.id));
    expect(checklistOf(picked).selected).toHaveLength(2);
    const sent = await h.app.handle(cal.action(buttonId(picked, 'Send')));
    expect(replyText(sent)).toMatch(/2 entries are on their way to/);
    const digest = h.platform.sentTo('shell:tess').at(-1)?.message;
    const everything = allText(digest);
    expect(everything).toContain(A);
    expect(everything).not.toContain('Bravo');
    expect(everything).toMatch(/played down what I need[\s\S]*said sorry more/);
    const markdown = filesOf(digest).find((f) => f.filename.endsWith('.md'));
    expect(String(markdown?.content)).toContain(A);
    expect(String(markdown?.content)).not.toContain('Bravo');
    const calId = (
      h.app.sqlite.prepare("select id from members where platform_user_id = 'cal'").get() as { id: number }
    ).id;
    const stored = h.app.services.answers.list(calId).find((r) => r.text === A);
    expect(everything).toContain(stored?.text ?? 'missing');
  });

  it('attaches a valid chart whose text equivalent matches the stored checklist selections', async () => {
    await linkedWithEntries();
    const picked = await shareOf((items) => items.map((i) => i.id));
    await h.app.handle(cal.action(buttonId(picked, 'Send')));
    const digest = h.platform.sentTo('shell:tess').at(-1)?.message;
    const png = filesOf(digest).find((f) => f.mimeType === 'image/png');
    const image = PNG.sync.read(Buffer.from(png?.content as Uint8Array));
    expect([image.width, image.height]).toEqual([800, 420]);
    const text = allText(digest);
    expect(text).toMatch(
      /Week of 2026-11-23: 0 times: I've found myself testing[\s\S]*1 time: I've played down what I need[\s\S]*1 time: I've said sorry/,
    );
  });

  it('previews exactly what the therapist will see, and needs a choice before sending', async () => {
    await linkedWithEntries();
    const none = await shareOf(() => []);
    expect(replyText(await h.app.handle(cal.action(buttonId(none, 'Send'))))).toMatch(
      /Pick at least one entry first/,
    );
    const picked = await h.app.handle(
      cal.action(checklistOf(none).id, [checklistOf(none).items[0]?.id ?? '']),
    );
    const preview = await h.app.handle(cal.action(buttonId(picked, 'Preview')));
    expect(replyText(preview)).toMatch(/Preview: exactly what @tess will see/);
    // Inline: nothing is uploaded into the client's own DM.
    expect(preview.kind === 'message' && preview.message.elements.some((e) => e.kind === 'file')).toBe(false);
    expect(replyText(preview)).toMatch(/With it, as files: between-share\.md/);
    expect(h.platform.sentTo('shell:tess').every((s) => !allText(s.message).includes('Shared by'))).toBe(
      true,
    );
  });

  it('lets the client take a share back: recorded, and the therapist’s message replaced', async () => {
    await linkedWithEntries();
    const picked = await shareOf((items) => [items[0]?.id ?? '']);
    await h.app.handle(cal.action(buttonId(picked, 'Send')));
    const shared = await h.app.handle(cal.command('shared'));
    expect(replyText(shared)).toMatch(/1 entry to @tess/);
    const revoked = await h.app.handle(cal.action(buttonId(shared, /Take back/)));
    expect(replyText(revoked)).toMatch(/Taken back/);
    expect(allText(h.platform.updates.at(-1)?.message)).toMatch(/taken this share back/);
    expect(replyText(await h.app.handle(cal.command('shared')))).toMatch(/taken back/);
    const audit = h.app.sqlite
      .prepare("select action, detail from audit_log where action like 'share%' order by id")
      .all();
    expect(audit).toEqual([
      { action: 'share', detail: expect.stringMatching(/"entries":1/) },
      { action: 'share_revoked', detail: expect.stringMatching(/"share":\d+/) },
    ]);
    expect(JSON.stringify(audit)).not.toContain('Alpha');
  });

  it('keeps links inside a workspace: a therapist elsewhere cannot invite, see or receive anything', async () => {
    await linkedWithEntries();
    const stranger = as('tess', 'other-practice');
    await h.app.handle(stranger.command('help'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
    expect(replyText(await h.app.handle(stranger.command('invite <@cal>')))).toMatch(
      /don’t know that person in this workspace/,
    );
    expect(replyText(await h.app.handle(stranger.command('link')))).toMatch(/You have no links/);
    expect(
      h.platform.sentTo('shell:cal').filter((s) => /would like to link/.test(allText(s.message))),
    ).toHaveLength(1);
  });

  it('only a therapist can invite; a client with no link is told so; declined and ended links share nothing', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    expect(replyText(await h.app.handle(cal.command('invite <@tess>')))).toMatch(
      /Only a therapist can invite/,
    );
    expect(replyText(await h.app.handle(cal.command('share')))).toMatch(/not linked with a therapist/);
    await h.app.handle(tess.command('help'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
    await h.app.handle(tess.command('invite <@cal>'));
    expect(replyText(await h.app.handle(cal.command('link decline')))).toMatch(/Declined/);
    expect(replyText(await h.app.handle(cal.command('share')))).toMatch(/not linked/);
  });

  it('keeps a private note about a session, which the client can then share', async () => {
    await linkedWithEntries();
    const form = formOf(await h.app.handle(cal.command('note')));
    expect(form.intro).toMatch(/Naming it can make the work stronger/);
    expect(
      replyText(await h.app.handle(cal.submit(form.id, { answer: 'Charlie-note: the end felt rushed.' }))),
    ).toMatch(/Kept, just for you/);
    const draft = checklistOf(await h.app.handle(cal.command('share')));
    expect(draft.items.some((i) => /Note about a session: Charlie-note/.test(i.label))).toBe(true);
    expect(h.platform.sentTo('shell:tess').some((s) => allText(s.message).includes('Charlie'))).toBe(false);
  });

  it('shows the member their own history, never the text', async () => {
    await linkedWithEntries();
    const picked = await shareOf((items) => [items[0]?.id ?? '']);
    await h.app.handle(cal.action(buttonId(picked, 'Send')));
    const history = replyText(await h.app.handle(cal.command('history')));
    expect(history).toMatch(
      /you chose to allow: storing your answers[\s\S]*a link with a therapist changed \(active\)[\s\S]*you shared entries \(1\)/,
    );
    expect(history).not.toContain('Alpha');
  });
});

describe('session prep', () => {
  it('the evening before a session invites the client to choose what to bring, and shares nothing by itself', async () => {
    await linkedWithEntries();
    await h.app.handle(cal.command('schedule session tue 17:00'));
    await h.app.handle(cal.command('schedule add before-session 19:00 digest'));
    await h.runUntil(new Date('2026-11-23T19:10:00Z'));
    const prep = h.platform.sentTo('shell:cal').at(-1)?.message;
    expect(allText(prep)).toMatch(/anything from these last days you might like to bring/);
    const choose = prep?.elements
      .flatMap((e) => (e.kind === 'buttons' ? e.buttons : []))
      .find((b) => b.label === 'Choose what to share');
    expect(choose?.id).toBe('v1:share-new');
    const draft = await h.app.handle(cal.action(choose?.id ?? ''));
    expect(checklistOf(draft).selected).toEqual([]);
    expect(h.platform.sentTo('shell:tess').some((s) => /Shared by/.test(allText(s.message)))).toBe(false);
  });
});

describe('share this', () => {
  it('offers “Share this…” under a saved entry when linked, with that one entry picked', async () => {
    await linkedWithEntries();
    const prompt = await h.app.handle(cal.command('checkin'));
    const form = formOf(await h.app.handle(cal.action(buttonId(prompt, 'Write a reflection'))));
    const saved = await h.app.handle(cal.submit(form.id, { answer: 'Delta-one: just this one.' }));
    const draft = await h.app.handle(cal.action(buttonId(saved, 'Share this…')));
    const list = checklistOf(draft);
    expect(list.selected).toHaveLength(1);
    expect(list.items.find((i) => i.id === list.selected[0])?.label).toMatch(/Delta-one/);
    await h.app.handle(cal.action(buttonId(draft, 'Send')));
    const digest = allText(h.platform.sentTo('shell:tess').at(-1)?.message);
    expect(digest).toContain('Delta-one: just this one.');
    expect(digest).not.toContain('Alpha');
  });

  it('offers no share button to someone without a link', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.action('v1:consent:store-yes'));
    const prompt = await h.app.handle(cal.command('checkin'));
    const form = formOf(await h.app.handle(cal.action(buttonId(prompt, 'Write a reflection'))));
    const saved = await h.app.handle(cal.submit(form.id, { answer: 'unlinked' }));
    expect(() => buttonId(saved, 'Share this…')).toThrow(/no button/);
  });
});

describe('risk alerts to a linked therapist', () => {
  it('tells the therapist that crisis lines were shown (never the words) only when the client agreed', async () => {
    await linkedWithEntries();
    await shown(await h.app.handle(cal.message('I want to die')));
    await h.scheduler.flush();
    const told = () => h.platform.sentTo('shell:tess').filter((s) => /crisis lines/.test(allText(s.message)));
    expect(told()).toHaveLength(0);
    await h.app.handle(cal.action('v1:consent:risk-yes'));
    await shown(await h.app.handle(cal.message('Echo-words: I want to die')));
    await h.scheduler.flush();
    expect(told()).toHaveLength(1);
    expect(allText(told()[0]?.message)).toMatch(/What they wrote is not shared/);
    expect(allText(told()[0]?.message)).not.toContain('Echo');
  });
});

describe('a share that could not be delivered is never reported as sent', () => {
  const stateOf = async () => replyText(await h.app.handle(cal.command('shared')));
  const sendTwoOfThree = async () => {
    const picked = await shareOf((items) => items.filter((i) => !/Bravo/.test(i.label)).map((i) => i.id));
    return h.app.handle(cal.action(buttonId(picked, 'Send')));
  };

  it('a therapist whose DMs are closed: the share is failed with the reason, and the client is told privately', async () => {
    await linkedWithEntries();
    h.platform.failSends('shell:tess', new BetweenError('dm_blocked', 'closed'));
    expect(replyText(await sendTwoOfThree())).toMatch(/on their way/);
    expect(h.platform.sentTo('shell:tess').filter((s) => /Shared by/.test(allText(s.message)))).toHaveLength(
      0,
    );
    const notice = allText(h.platform.sentTo('shell:cal').at(-1)?.message).replace(PERSON, '@$1');
    expect(notice).toMatch(/Your share to @tess was not delivered: their direct messages are closed/);
    expect(await stateOf()).toMatch(/2 entries to @tess: not delivered: their direct messages are closed/);
    const row = h.app.sqlite
      .prepare('select status, failed_reason as reason from shares where status != ?')
      .get('draft');
    expect(row).toEqual({ status: 'failed', reason: 'dm-blocked' });
    // Its entries can be shared again.
    expect(checklistOf(await h.app.handle(cal.command('share'))).items).toHaveLength(3);
  });

  it('a 5xx storm: retried with back-off, delivered once, and only then listed as delivered', async () => {
    await linkedWithEntries();
    const outage = new BetweenError('platform_unavailable', '503');
    h.platform.failSends('shell:tess', outage, outage);
    await sendTwoOfThree();
    expect(await stateOf()).toMatch(/on its way, not delivered yet/);
    await h.runUntil(new Date(h.app.clock.now().getTime() + 10 * 60_000), 60_000);
    expect(h.platform.sentTo('shell:tess').filter((s) => /Shared by/.test(allText(s.message)))).toHaveLength(
      1,
    );
    expect(await stateOf()).toMatch(/2 entries to @tess: delivered/);
  });

  it('a share whose send was cut short by a crash is reported as possibly undelivered, never as sent', async () => {
    await linkedWithEntries();
    h.platform.failSends('shell:tess', new BetweenError('platform_unavailable', '503'));
    await sendTwoOfThree();
    // As if a process had claimed it and died mid-request, long enough ago for the lease to run out.
    h.app.sqlite
      .prepare("update deliveries set status = 'sending', claimed_at = ? where kind = 'share_digest'")
      .run(new Date(h.app.clock.now().getTime() - 10 * 60_000).toISOString());
    await h.scheduler.tick();
    expect(
      h.app.sqlite
        .prepare("select status, failed_reason as reason from shares where status != 'draft'")
        .get(),
    ).toEqual({
      status: 'failed',
      reason: 'interrupted',
    });
    expect(allText(h.platform.sentTo('shell:cal').at(-1)?.message)).toMatch(
      /Between stopped while sending it/,
    );
  });

  it('a share taken back while it waits is never sent', async () => {
    await linkedWithEntries();
    h.platform.failSends('shell:tess', new BetweenError('platform_unavailable', '503'));
    await sendTwoOfThree();
    const list = await h.app.handle(cal.command('shared'));
    expect(replyText(await h.app.handle(cal.action(buttonId(list, /^Take back/))))).toMatch(/Taken back/);
    await h.runUntil(new Date(h.app.clock.now().getTime() + 10 * 60_000), 60_000);
    expect(h.platform.sentTo('shell:tess').filter((s) => /Shared by/.test(allText(s.message)))).toHaveLength(
      0,
    );
  });

  it('entries left out of a share, or in one taken back, are offered again', async () => {
    await linkedWithEntries();
    await sendTwoOfThree();
    const next = checklistOf(await h.app.handle(cal.command('share')));
    expect(next.items.map((i) => i.label)).toEqual([expect.stringContaining('Bravo')]);
  });

  it('an invitation that cannot be delivered is reported to the therapist', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(tess.command('help'));
    await h.app.handle(cal.command('help'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
    h.platform.failSends('shell:cal', new BetweenError('recipient_gone', 'left'));
    await h.app.handle(tess.command('invite <@cal>'));
    expect(allText(h.platform.sentTo('shell:tess').at(-1)?.message).replace(PERSON, '@$1')).toMatch(
      /Your invitation to @cal was not delivered: they are no longer in this workspace/,
    );
  });
});

describe('the share picker', () => {
  it('pages through every entry not shared yet, newest first, and keeps picks across pages', async () => {
    await linkedWithEntries();
    for (let i = 1; i <= 12; i++) {
      h.app.clock.advance(60_000);
      await reflect(`Echo-${i}: an entry.`);
    }
    const first = await h.app.handle(cal.command('share'));
    const page1 = checklistOf(first);
    expect(page1.items).toHaveLength(10);
    expect(page1.items[0]?.label).toMatch(/Echo-12/);
    expect(() => buttonId(first, /Newer entries/)).toThrow();
    const newest = page1.items[0]?.id ?? '';
    await h.app.handle(cal.action(page1.id, [newest]));
    const older = await h.app.handle(cal.action(buttonId(first, /Older entries/)));
    const page2 = checklistOf(older);
    // 12 reflections, A, B and a checklist: five on the second page, the oldest last.
    expect(page2.items.map((i) => i.label)).toHaveLength(5);
    expect(page2.items.at(-1)?.label).toMatch(/Alpha/);
    expect(page2.selected).toEqual([]);
    expect(replyText(older)).toMatch(/Entries 11 to 15, newest first.*1 entry picked on other pages/s);
    const alpha = page2.items.at(-1)?.id ?? '';
    const both = await h.app.handle(cal.action(page2.id, [alpha]));
    const back = checklistOf(await h.app.handle(cal.action(buttonId(both, /Newer entries/))));
    expect(back.selected).toEqual([newest]);
    const sent = await h.app.handle(cal.action(buttonId(both, 'Send')));
    expect(replyText(sent)).toMatch(/2 entries are on their way/);
    await h.runUntil(new Date(h.app.clock.now().getTime() + 60_000), 60_000);
    const digest = allText(h.platform.sentTo('shell:tess').at(-1)?.message);
    expect(digest).toContain('Echo-12');
    expect(digest).toContain(A);
    expect(digest).not.toContain('Echo-11');
  });

  it('offers what the chosen therapist does not hold yet, even if another therapist has it', async () => {
    await linkedWithEntries();
    const picked = await shareOf((items) => items.filter((i) => /Alpha/.test(i.label)).map((i) => i.id));
    await h.app.handle(cal.action(buttonId(picked, 'Send')));
    await h.runUntil(new Date(h.app.clock.now().getTime() + 60_000), 60_000);
    const theo = as('theo');
    await h.app.handle(theo.command('help'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'theo'").run();
    await h.app.handle(theo.command('invite <@cal>'));
    const invitation = h.platform.sentTo('shell:cal').at(-1)?.message;
    const accept = invitation?.elements.find((e) => e.kind === 'buttons');
    await h.app.handle(cal.action(accept?.kind === 'buttons' ? (accept.buttons[0]?.id ?? '') : ''));
    const draft = await h.app.handle(cal.command('share'));
    const toTheo = await h.app.handle(cal.action(buttonId(draft, /To theo/)));
    expect(checklistOf(toTheo).items.map((i) => i.label)).toEqual(
      expect.arrayContaining([expect.stringContaining('Alpha')]),
    );
    const toTess = await h.app.handle(cal.action(buttonId(toTheo, /To tess/)));
    expect(
      checklistOf(toTess)
        .items.map((i) => i.label)
        .join('\n'),
    ).not.toMatch(/Alpha/);
  });
});

describe('delete after sharing', () => {
  it('offers to take back what a therapist still has, does so, erases, and tells the therapist only that the link ended', async () => {
    await linkedWithEntries();
    const calId = (
      h.app.sqlite.prepare("select id from members where platform_user_id = 'cal'").get() as { id: number }
    ).id;
    const picked = await shareOf((items) => [items[0]?.id ?? '']);
    await h.app.handle(cal.action(buttonId(picked, 'Send')));
    const digestId = h.platform.sentTo('shell:tess').at(-1)?.messageId;
    const offer = await h.app.handle(cal.command('delete'));
    expect(replyText(offer)).toMatch(/1 share is still in a therapist’s direct messages/);
    const done = replyText(
      await h.app.handle(cal.action(buttonId(offer, 'Take my shares back, then erase'))),
    );
    expect(done).toMatch(/1 share was taken back from your therapist’s messages first/);
    expect(h.platform.updates.map((u) => u.ref.messageId)).toContain(digestId);
    const told = allText(h.platform.sentTo('shell:tess').at(-1)?.message);
    expect(told).toBe('A person you were linked with on Between has ended the link and erased their data.');
    const left = h.app.sqlite
      .prepare(
        "select (select count(*) from shares) + (select count(*) from care_links) + (select count(*) from responses) + (select count(*) from members where platform_user_id = 'cal') as n",
      )
      .get();
    expect(left).toEqual({ n: 0 });
    // The therapist's own audit rows (the link cal accepted) keep a tombstone, not cal's id.
    const named = h.app.sqlite
      .prepare(
        "select count(*) as n from audit_log where action != 'data_deleted' and (json_extract(detail, '$.by') = ? or json_extract(detail, '$.to') = ?)",
      )
      .get(calId, calId);
    expect(named).toEqual({ n: 0 });
    const tombstones = h.app.sqlite
      .prepare("select count(*) as n from audit_log where json_extract(detail, '$.by') = 'erased'")
      .get() as { n: number };
    expect(tombstones.n).toBeGreaterThan(0);
  });

  it('without shares in anyone’s hands, asks the plain question', async () => {
    await linkedWithEntries();
    const offer = await h.app.handle(cal.command('delete'));
    expect(replyText(offer)).not.toMatch(/still in a therapist/);
    expect(() => buttonId(offer, 'Erase everything')).not.toThrow();
  });
});
