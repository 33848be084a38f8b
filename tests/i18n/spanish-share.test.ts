import { afterEach, describe, expect, it } from 'vitest';
import { BetweenError } from '../../src/core/errors';
import { PERSON } from '../../src/core/messages';
import type { OutgoingMessage, Reply } from '../../src/core/model';
import { buttonId, checklistOf, eventsFor, formOf, replyText } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

/**
 * The share area in Spanish: the picker, `/between shared`, taking a share back, the private note
 * and `/between as`, driven through the router. What the client sees is in the client's language;
 * what reaches the therapist (the digest, the notice that a share was taken back) is in the
 * therapist's.
 */
let h: Harness;
afterEach(() => h.cleanup());

const as = (userId: string, platform: 'shell' | 'slack' = 'shell') =>
  eventsFor({ platform, workspaceId: 'local', userId });
const cal = as('cal');
const tess = as('tess');

/** English phrases of this area that must never reach a Spanish member. */
const ENGLISH =
  /What would you like|Pick the entries|Nothing is picked|Newer entries|Older entries|newest first|Preview|\bSend\b|\bCancel\b|on its way|on their way|Nothing was shared|What you have shared|Take back|Taken back|taken back|not delivered|delivered|entries|\bentry\b|Checklist|Reflection|Note about a session|noticed|\bMon\b|\bNov\b|That share|Pick at least|Choose whom|not linked|shared anything|Kept, just for you|Thank you for putting|demo therapist|You are the client|Roles are set|Say \/between/;

const allText = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? [])
    .map((e) =>
      e.kind === 'text' ? e.text : e.kind === 'file' && typeof e.content === 'string' ? e.content : '',
    )
    .join('\n')
    .replace(PERSON, '@$1');
const text = async (reply: Promise<Reply>) => replyText(await reply);

async function reflect(answer: string) {
  const prompt = await h.app.handle(cal.command('checkin'));
  const form = formOf(await h.app.handle(cal.action(buttonId(prompt, /reflexión|reflection/i))));
  await h.app.handle(cal.submit(form.id, { answer }));
}

async function acceptLatestInvitation() {
  const invitation = h.platform.sentTo('shell:cal').at(-1)?.message;
  const buttons = invitation?.elements.find((e) => e.kind === 'buttons');
  await h.app.handle(cal.action(buttons?.kind === 'buttons' ? (buttons.buttons[0]?.id ?? '') : ''));
}

async function invite(therapist: ReturnType<typeof as>, userId: string) {
  await h.app.handle(therapist.command('help'));
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = ?").run(userId);
  await h.app.handle(therapist.command('invite <@cal>'));
  await acceptLatestInvitation();
}

/**
 * cal (client, storing answers, in `clientLocale`) is linked with tess (therapist, in
 * `therapistLocale`), and has two reflections and a checklist stored.
 */
async function linked(clientLocale: 'en' | 'es', therapistLocale: 'en' | 'es') {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
  await h.app.handle(cal.command(`settings language ${clientLocale}`));
  await h.app.handle(tess.command(`settings language ${therapistLocale}`));
  await h.app.handle(cal.action('v1:consent:store-yes'));
  await invite(tess, 'tess');
  await reflect('Alfa: me quedo en silencio.');
  h.app.clock.advance(60_000);
  await reflect('Bravo: esta queda solo para mí.');
  h.app.clock.advance(60_000);
  const list = checklistOf(await h.app.handle(cal.command('checklist')));
  await h.app.handle(cal.action(list.id, [list.items[0]?.id ?? '', list.items[1]?.id ?? '']));
}

describe('a Spanish-speaking client sharing with an English-speaking therapist', () => {
  it('gets the picker in Spanish: heading, entries, buttons and the need to pick something', async () => {
    await linked('es', 'en');
    const draft = await h.app.handle(cal.command('share'));
    const shown = replyText(draft);
    expect(shown).toMatch(/^¿Qué te gustaría compartir\?/);
    expect(shown).toMatch(
      /Puedes marcar las entradas que quieras enviarle a @tess\. Yo no marco nada por ti, y nada se envía hasta que presiones Enviar\./,
    );
    expect(shown).toMatch(/Vista previa \| Enviar \| Cancelar$/);
    const labels = checklistOf(draft).items.map((i) => i.label);
    expect(labels).toEqual([
      'lun 23 de nov · Chequeo: marcaste 2',
      'lun 23 de nov · Reflexión: Bravo: esta queda solo para mí.',
      'lun 23 de nov · Reflexión: Alfa: me quedo en silencio.',
    ]);
    expect(`${shown}\n${labels.join('\n')}`).not.toMatch(ENGLISH);
    expect(await text(h.app.handle(cal.action(buttonId(draft, 'Enviar'))))).toBe(
      'Falta marcar al menos una entrada; yo no marco nada por ti.',
    );
    expect(await text(h.app.handle(cal.action(buttonId(draft, 'Cancelar'))))).toBe('No se compartió nada.');
    // The draft is gone: its buttons now say so, in Spanish.
    expect(await text(h.app.handle(cal.action(buttonId(draft, 'Vista previa'))))).toMatch(
      /^Eso que ibas a compartir ya no está disponible\. Con \/between share puedes empezar de nuevo\./,
    );
  });

  it('previews in Spanish what the therapist will receive in English, and sends it in English', async () => {
    await linked('es', 'en');
    const draft = await h.app.handle(cal.command('share'));
    const list = checklistOf(draft);
    const alpha = list.items.find((i) => /Alfa/.test(i.label))?.id ?? '';
    const picked = await h.app.handle(cal.action(list.id, [alpha]));
    const preview = replyText(await h.app.handle(cal.action(buttonId(picked, 'Vista previa'))));
    expect(preview).toMatch(/^Vista previa: exactamente lo que verá @tess\./);
    expect(preview).toMatch(/Junto con esto, como archivos: between-share\.md \(con el mismo contenido/);
    // The digest inside the preview is the therapist's: English, with the client's words as written.
    expect(preview).toMatch(/Shared by @cal/);
    expect(preview).toContain('Alfa: me quedo en silencio.');

    const sent = replyText(await h.app.handle(cal.action(buttonId(picked, 'Enviar'))));
    expect(sent).toMatch(/^Una entrada ya va en camino a @tess\./);
    expect(sent).toMatch(/Con \/between shared puedes ver cuándo llega, y retirarlo si quieres\./);
    expect(sent).not.toMatch(ENGLISH);
    const digest = allText(h.platform.sentTo('shell:tess').at(-1)?.message);
    expect(digest).toMatch(/^Shared by @cal/);
    expect(digest).toContain('Alfa: me quedo en silencio.');
    expect(digest).not.toContain('Bravo');
    expect(digest).not.toMatch(/Compartido|Vista previa|entradas/);
  });

  it('lists what was shared in Spanish, and takes it back: the client told in Spanish, the therapist in English', async () => {
    await linked('es', 'en');
    expect(await text(h.app.handle(cal.command('shared')))).toBe(
      'Todavía no compartiste nada. Con /between share puedes elegir qué enviar.',
    );
    const draft = await h.app.handle(cal.command('share'));
    const list = checklistOf(draft);
    const picked = await h.app.handle(
      cal.action(
        list.id,
        list.items.slice(0, 2).map((i) => i.id),
      ),
    );
    await h.app.handle(cal.action(buttonId(picked, 'Enviar')));
    const shared = await h.app.handle(cal.command('shared'));
    const view = replyText(shared);
    expect(view).toMatch(
      /^Lo que compartiste\n• Envío de 2 entradas a @tess: entregado el lun 23 de nov de 2026, 09:0\d/,
    );
    expect(view).not.toMatch(ENGLISH);
    const takeBack = buttonId(shared, /^Retirar el envío del lun 23 de nov de 2026, 09:0\d$/);
    const revoked = replyText(await h.app.handle(cal.action(takeBack)));
    expect(revoked).toMatch(
      /^Listo, retiraste el envío: en los mensajes directos de tu terapeuta, el mensaje ahora dice que lo retiraste.*Lo que ya haya leído o descargado no se puede deshacer\.$/,
    );
    expect(allText(h.platform.updates.at(-1)?.message)).toBe(
      'Your client has taken this share back, so its contents were removed.',
    );
    expect(await text(h.app.handle(cal.command('shared')))).toMatch(
      /• Envío de 2 entradas a @tess: retirado el lun 23 de nov de 2026, 09:0\d/,
    );
    expect(await text(h.app.handle(cal.action(takeBack)))).toBe(
      'Ese envío ya estaba retirado, o nunca le llegó a nadie.',
    );
  });

  it('is told in Spanish when a share could not be delivered, and while it is still on its way', async () => {
    await linked('es', 'en');
    h.platform.failSends('shell:tess', new BetweenError('dm_blocked', 'closed'));
    const draft = await h.app.handle(cal.command('share'));
    const list = checklistOf(draft);
    const picked = await h.app.handle(
      cal.action(
        list.id,
        list.items.map((i) => i.id),
      ),
    );
    expect(await text(h.app.handle(cal.action(buttonId(picked, 'Enviar'))))).toMatch(
      /^3 entradas ya van en camino a @tess\./,
    );
    const failed = await text(h.app.handle(cal.command('shared')));
    expect(failed).toMatch(/• Envío de 3 entradas a @tess: no se entregó: \S/);
    expect(failed).not.toMatch(ENGLISH);
    expect(failed).not.toMatch(/their direct messages/);

    const outage = new BetweenError('platform_unavailable', '503');
    h.platform.failSends('shell:tess', outage, outage);
    const again = await h.app.handle(cal.command('share'));
    const all = checklistOf(again);
    await h.app.handle(cal.action(all.id, [all.items[0]?.id ?? '']));
    await h.app.handle(cal.action(buttonId(again, 'Enviar')));
    expect(await text(h.app.handle(cal.command('shared')))).toMatch(
      /• Envío de 1 entrada a @tess: en camino, todavía sin entregar/,
    );
  });

  it('pages through entries and chooses between two therapists in Spanish', async () => {
    await linked('es', 'en');
    for (let i = 1; i <= 12; i++) {
      h.app.clock.advance(60_000);
      await reflect(`Eco-${i}: una entrada.`);
    }
    const first = await h.app.handle(cal.command('share'));
    const page1 = checklistOf(first);
    await h.app.handle(cal.action(page1.id, [page1.items[0]?.id ?? '']));
    expect(replyText(first)).toMatch(
      /Entradas 1 a 10 que @tess todavía no tiene, de la más reciente a la más antigua\./,
    );
    const older = await h.app.handle(cal.action(buttonId(first, 'Entradas anteriores →')));
    expect(replyText(older)).toMatch(
      /Entradas 11 a 15 que @tess todavía no tiene, de la más reciente a la más antigua\. 1 entrada marcada en otras páginas\./,
    );
    expect(buttonId(older, '← Entradas más recientes')).toMatch(/share-newer/);
    expect(replyText(older)).not.toMatch(ENGLISH);

    const theo = as('theo');
    await invite(theo, 'theo');
    const draft = await h.app.handle(cal.command('share'));
    expect(replyText(draft)).toMatch(/Puedes marcar las entradas que quieras enviar y elegir a quién\./);
    const toTheo = await h.app.handle(cal.action(buttonId(draft, 'Para theo')));
    expect(replyText(toTheo)).toMatch(/enviarle a @theo\./);
    expect(buttonId(toTheo, '✓ Para theo')).toMatch(/share-to/);
    expect(buttonId(toTheo, 'Para tess')).toMatch(/share-to/);
    expect(replyText(toTheo)).not.toMatch(ENGLISH);
  });

  it('is told in Spanish when there is nobody to share with, or nothing left to share', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.command('settings language es'));
    expect(await text(h.app.handle(cal.command('share')))).toBe(
      'Todavía no tienes ningún vínculo con terapeutas en Between. Tu terapeuta puede invitarte con /between invite @tu-usuario.',
    );
    await invite(tess, 'tess');
    expect(await text(h.app.handle(cal.command('share')))).toMatch(
      /^Ya compartiste todo lo que tienes guardado \(o todavía no hay nada guardado\)\./,
    );
  });
});

describe('an English-speaking client sharing with a Spanish-speaking therapist', () => {
  it('keeps the client’s side in English and tells the therapist in Spanish that a share was taken back', async () => {
    await linked('en', 'es');
    const draft = await h.app.handle(cal.command('share'));
    expect(replyText(draft)).toMatch(/^What would you like to share\?/);
    expect(checklistOf(draft).items[0]?.label).toBe('Mon 23 Nov · Checklist: 2 noticed');
    const list = checklistOf(draft);
    const picked = await h.app.handle(cal.action(list.id, [list.items[1]?.id ?? '']));
    expect(replyText(await h.app.handle(cal.action(buttonId(picked, 'Preview'))))).toMatch(
      /^Preview: exactly what @tess will see\./,
    );
    expect(replyText(await h.app.handle(cal.action(buttonId(picked, 'Send'))))).toMatch(
      /^One entry is on its way to @tess\./,
    );
    const shared = await h.app.handle(cal.command('shared'));
    expect(replyText(shared)).toMatch(/• 1 entry to @tess: delivered Mon 23 Nov 2026, 09:0\d/);
    expect(
      replyText(await h.app.handle(cal.action(buttonId(shared, /^Take back the share of Mon/)))),
    ).toMatch(/^Taken back: the message in your therapist’s DM now says it was withdrawn/);
    expect(allText(h.platform.updates.at(-1)?.message)).toBe(
      'Tu cliente retiró lo que había compartido aquí, así que su contenido se eliminó.',
    );
  });
});

describe('the private note about a session, in Spanish', () => {
  it('offers the form in the member’s language', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.command('settings language es'));
    const form = formOf(await h.app.handle(cal.command('note')));
    expect(form.title).toBe('Una nota sobre una sesión');
    expect(form.intro).toMatch(/^A veces un momento de una sesión se queda un poco atravesado/);
    expect(form.submitLabel).toBe('Guardarla');
    expect(form.fields[0]).toMatchObject({ label: 'Tu nota', placeholder: 'Con tus palabras, a tu ritmo.' });
    expect(`${form.title} ${form.intro} ${form.submitLabel}`).not.toMatch(/session|Keep it|Your note/);
  });

  it('keeps it, or explains why it cannot, in Spanish; a kept note is offered for sharing in Spanish', async () => {
    await linked('es', 'en');
    const form = formOf(await h.app.handle(cal.command('note')));
    const kept = await h.app.handle(cal.submit(form.id, { answer: 'Charlie: el final se sintió apurado.' }));
    expect(replyText(kept)).toMatch(
      /^Guardada, solo para ti\. Cuando quieras, \/between share \(o el botón\) se la envía a tu terapeuta/,
    );
    expect(replyText(kept)).not.toMatch(ENGLISH);
    const draft = checklistOf(await h.app.handle(cal.command('share')));
    expect(draft.items[0]?.label).toBe(
      'lun 23 de nov · Nota sobre una sesión: Charlie: el final se sintió apurado.',
    );
    expect(h.platform.sentTo('shell:tess').some((s) => allText(s.message).includes('Charlie'))).toBe(false);

    await h.app.handle(cal.command('optout'));
    const notKept = await text(h.app.handle(cal.submit(form.id, { answer: 'Otra nota.' })));
    expect(notKept).toMatch(/^Gracias por ponerlo en palabras\. Solo puedo guardar una nota/);
    expect(notKept).not.toMatch(ENGLISH);
  });
});

describe('`/between as` in the local demo, in Spanish', () => {
  it('switches roles and explains its mistakes in Spanish', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.command('settings language es'));
    expect(await text(h.app.handle(cal.command('as')))).toBe(
      'Escribe /between as therapist o /between as client.',
    );
    expect(await text(h.app.handle(cal.command('as therapist')))).toMatch(
      /^Ahora tienes el rol de terapeuta en la demo \(cal\)\. Puedes invitar a la cuenta de cliente con \/between invite @local/,
    );
    expect(await text(h.app.handle(cal.command('as client')))).toBe(
      'Vuelves a tener el rol de cliente (cal).',
    );
  });
});
