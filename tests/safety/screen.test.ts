import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage, Reply } from '../../src/core/model';
import { settle } from '../../src/core/port';
import { ALERT_HOLD_MS } from '../../src/safety/alerts';
import { readCount } from '../../src/storage/counters';
import { buttonId, checklistOf, eventsFor, formOf, replyText, shown } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

let h: Harness;
afterEach(() => h.cleanup());

const RISK = 'Kestrel-words: honestly I want to die';
const cal = eventsFor({ platform: 'shell', workspaceId: 'local', userId: 'cal' });
const tess = eventsFor({ platform: 'shell', workspaceId: 'local', userId: 'tess' });

const CARD = /It sounds like things may be very hard right now/;
const text = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? []).map((e) => (e.kind === 'text' ? e.text : '')).join('\n');
const buttonsOf = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.message.elements.flatMap((e) => (e.kind === 'buttons' ? e.buttons : []))
    : [];

function start() {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
}

async function openReflection() {
  const prompt = await h.app.handle(cal.command('checkin'));
  return formOf(await h.app.handle(cal.action(buttonId(prompt, 'Write a reflection'))));
}

/** tess (therapist) and cal (client, storing answers, alerts allowed) are linked. */
async function linked(alerts: boolean) {
  await h.app.handle(tess.command('help'));
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
  await h.app.handle(cal.action('v1:consent:store-yes'));
  if (alerts) await h.app.handle(cal.action('v1:consent:risk-yes'));
  await h.app.handle(tess.command('invite <@cal>'));
  const invitation = h.platform.sentTo('shell:cal').at(-1)?.message;
  const accept = invitation?.elements.find((e) => e.kind === 'buttons');
  await h.app.handle(cal.action(accept?.kind === 'buttons' ? (accept.buttons[0]?.id ?? '') : ''));
}

const alertsTo = (address: string) =>
  h.platform.sentTo(address).filter((s) => /risk screen|crisis lines/.test(text(s.message)));

describe('every free-text path shows the card first', () => {
  it('a reflection: the card, then a quiet acknowledgement instead of "Saved, just for you"', async () => {
    start();
    await h.app.handle(cal.action('v1:consent:store-yes'));
    const form = await openReflection();
    const reply = await h.app.handle(cal.submit(form.id, { answer: RISK }));
    const words = replyText(reply);
    expect(words).toMatch(CARD);
    expect(words.indexOf('988')).toBeLessThan(words.indexOf('What you wrote is kept privately'));
    expect(words).not.toMatch(/Saved, just for you/);
  });

  it('the checklist follow-up and a note', async () => {
    start();
    const list = checklistOf(await h.app.handle(cal.command('checklist')));
    const protect = list.id.replace('checklist', 'protect');
    expect(replyText(await h.app.handle(cal.submit(protect, { answer: RISK })))).toMatch(CARD);
    expect(replyText(await h.app.handle(cal.submit('v1:note', { answer: RISK })))).toMatch(CARD);
  });

  it('a typed DM and text typed after /between', async () => {
    start();
    expect(replyText(await h.app.handle(cal.message(RISK)))).toMatch(CARD);
    expect(replyText(await h.app.handle(cal.command(`help ${RISK}`)))).toMatch(CARD);
  });

  it.each([
    ['an unknown subcommand', `gibberish ${RISK}`, /I don’t know “gibberish”/],
    ['an unknown theme', `checkin ${RISK}`, /I don’t know that theme/],
    ['a bad setting value', `settings region ${RISK}`, /Region can be/],
  ])('a failing command (%s): the card, then the error', async (_case, command, error) => {
    start();
    const words = replyText(await h.app.handle(cal.command(command)));
    expect(words).toMatch(CARD);
    expect(words).toMatch(error);
    expect(words.search(CARD)).toBeLessThan(words.search(error));
  });

  it('a command that opens a form: the card stays, and a button opens the form', async () => {
    start();
    const reply = await h.app.handle(cal.command(`note ${RISK}`));
    expect(reply.kind).toBe('message');
    expect(replyText(reply)).toMatch(CARD);
    const open = buttonsOf(reply).find((b) => b.label === 'A note about a session');
    expect(open?.id).toBe('v1:note');
    expect((await h.app.handle(cal.action(open?.id ?? ''))).kind).toBe('form');
  });

  it('an answer that is too long: the form keeps its error, and the card travels beside it', async () => {
    start();
    const form = await openReflection();
    const reply = await h.app.handle(cal.submit(form.id, { answer: `${RISK} ${'x'.repeat(4100)}` }));
    expect(reply.kind).toBe('form_errors');
    if (reply.kind !== 'form_errors') return;
    expect(text(reply.notice)).toMatch(CARD);
    expect(Object.values(reply.errors).join(' ')).toMatch(/limit is 4000/);
  });

  it('a Spanish answer gets the card in Spanish', async () => {
    start();
    const words = replyText(await h.app.handle(cal.message('ya no quiero seguir viviendo, me quiero morir')));
    expect(words).toMatch(/Gracias por ponerlo en palabras/);
    expect(words).toMatch(/988/);
  });

  it('a friend at risk gets the "someone you know" card, with no "not about me" button', async () => {
    start();
    const reply = await h.app.handle(cal.message('my best friend told me she wants to kill herself'));
    expect(replyText(reply)).toMatch(/someone you care about may be in danger/);
    expect(replyText(reply)).toMatch(/ask them calmly and directly/);
    expect(replyText(reply)).not.toMatch(CARD);
    expect(buttonsOf(reply)).toEqual([]);
  });

  it('shows the lines for the member’s region, with their sources kept in the code', async () => {
    start();
    await h.app.handle(cal.command('settings region NZ'));
    const words = replyText(await h.app.handle(cal.message(RISK)));
    expect(words).toMatch(/1737/);
    expect(words).toMatch(/111/);
    expect(words).not.toMatch(/988/);
  });
});

describe('"This wasn’t about me / I’m safe"', () => {
  it('records a bare count, tells nobody, and keeps no text or rule', async () => {
    start();
    await linked(true);
    const reply = await shown(await h.app.handle(cal.message(RISK)));
    const ok = buttonsOf(reply).find((b) => /wasn’t about me/.test(b.label));
    const thanks = await h.app.handle(cal.action(ok?.id ?? ''));
    expect(replyText(thanks)).toMatch(/nobody is told/);
    expect(readCount(h.app.services.db, 'safety_not_about_me')).toBe(1);
    const stored = JSON.stringify(h.app.sqlite.prepare('select * from counters').all());
    expect(stored).not.toContain('Kestrel');
    expect(stored).not.toMatch(/cal|want-die|en\./);
    await h.scheduler.flush();
    expect(
      alertsTo('shell:tess')
        .map((s) => text(s.message))
        .join(' '),
    ).not.toMatch(/about me|safe/);
  });
});

describe('privacy of safety events', () => {
  it('stores nothing derived from the text for a member who has not opted in', async () => {
    start();
    await shown(await h.app.handle(cal.message(RISK)));
    const rows = JSON.stringify([
      h.app.sqlite.prepare('select * from audit_log').all(),
      h.app.sqlite.prepare('select * from deliveries').all(),
      h.app.sqlite.prepare('select * from counters').all(),
    ]);
    expect(rows).not.toMatch(/safety|want-die|Kestrel|explicit/);
  });

  it('with opt-in, the member’s own record says only that crisis lines were shown, and when', async () => {
    start();
    await h.app.handle(cal.action('v1:consent:store-yes'));
    await shown(await h.app.handle(cal.message(RISK)));
    const events = h.app.sqlite
      .prepare("select at, detail from audit_log where action = 'safety_event'")
      .all() as { at: string; detail: string }[];
    expect(events).toEqual([{ at: '2026-11-23T09:00:00.000Z', detail: '{"resources":"shown"}' }]);
  });

  it('logs the rule id, never the text or who wrote it', async () => {
    start();
    await h.app.handle(cal.message(RISK));
    const line = h.app.logs.lines.find((l) => l.includes('risk language detected')) ?? '';
    expect(line).toMatch(/"rule":"en\./);
    expect(line).not.toContain('Kestrel');
    expect(line).not.toMatch(/memberId/);
  });
});

describe('alerts to a linked therapist say only what really happened', () => {
  it('wait for the card: nothing is sent until the card has been delivered', async () => {
    start();
    await linked(true);
    const reply = await h.app.handle(cal.message(RISK));
    await h.scheduler.flush();
    expect(alertsTo('shell:tess')).toHaveLength(0);
    await settle(reply, async () => {});
    await h.scheduler.flush();
    const alerts = alertsTo('shell:tess');
    expect(alerts).toHaveLength(1);
    expect(text(alerts[0]?.message)).toMatch(/Between showed crisis lines to/);
    expect(text(alerts[0]?.message)).not.toContain('Kestrel');
  });

  it('are written in the therapist’s own language, whatever the client’s', async () => {
    start();
    await linked(true);
    await h.app.handle(tess.command('settings language es'));
    await settle(await h.app.handle(cal.message(RISK)), async () => {});
    await h.scheduler.flush();
    const alert = text(h.platform.sentTo('shell:tess').at(-1)?.message);
    expect(alert).toMatch(
      /^Between acaba de mostrarle líneas de crisis a .*cal.*, después de algo que escribió\./,
    );
    expect(alert).toMatch(/Lo que escribió no se comparte\./);
    expect(alert).not.toMatch(/crisis lines|Kestrel/);
  });

  it('say so when the card could not be delivered', async () => {
    start();
    await linked(true);
    const reply = await h.app.handle(cal.message(RISK));
    await settle(reply, async () => {
      throw new Error('platform said no');
    }).catch(() => undefined);
    await h.scheduler.flush();
    expect(text(alertsTo('shell:tess')[0]?.message)).toMatch(/could not be delivered to them/);
  });

  it('say that it could not be confirmed when the card never reported back', async () => {
    start();
    await linked(true);
    await h.app.handle(cal.message(RISK));
    h.app.clock.advance(ALERT_HOLD_MS + 1);
    await h.scheduler.tick();
    expect(text(alertsTo('shell:tess')[0]?.message)).toMatch(/could not confirm that they were shown/);
  });

  it('are never sent without the client’s separate consent, nor for a friend at risk', async () => {
    start();
    await linked(false);
    await shown(await h.app.handle(cal.message(RISK)));
    h.app.clock.advance(ALERT_HOLD_MS + 1);
    await h.scheduler.tick();
    await h.app.handle(cal.action('v1:consent:risk-yes'));
    await shown(await h.app.handle(cal.message('my brother says he is going to kill himself')));
    h.app.clock.advance(ALERT_HOLD_MS + 1);
    await h.scheduler.tick();
    expect(alertsTo('shell:tess')).toHaveLength(0);
  });

  it('reach a therapist who paused their own prompts', async () => {
    start();
    await linked(true);
    await h.app.handle(tess.command('pause for 2 weeks'));
    await shown(await h.app.handle(cal.message(RISK)));
    await h.scheduler.flush();
    expect(alertsTo('shell:tess')).toHaveLength(1);
  });
});
