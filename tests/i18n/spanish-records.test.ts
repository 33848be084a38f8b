import { afterEach, describe, expect, it } from 'vitest';
import { authorize } from '../../src/core/access';
import { encodeAction } from '../../src/core/action-id';
import { isBetweenError } from '../../src/core/errors';
import { PERSON } from '../../src/core/messages';
import type { OutgoingMessage, Reply, UserRef } from '../../src/core/model';
import { keepData } from '../../src/data-rights/delete';
import { exportMessage, exportOffer, removeExpiredExports } from '../../src/data-rights/export';
import { sendLater } from '../../src/outbox/outbox';
import { buttonId, checklistOf, eventsFor, formOf, memberRowOf, replyText } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

/**
 * The records area in Spanish, driven through the router: erasure and its confirmation, the
 * export, the member's own history, the group's rhythm and counts, the choice of community for
 * direct messages, and the access table's refusals. What the member reads is in their language;
 * what reaches someone else (a therapist whose copy of a share is taken back) is in that person's.
 * The export's JSON stays data: its field names and stored values never change with the language.
 */
let h: Harness;
afterEach(() => h?.cleanup());

const as = (userId: string, user: Partial<UserRef> = {}) =>
  eventsFor({ platform: 'shell', workspaceId: 'local', userId, ...user });
const ana = as('ana');
const tess = as('tess');

/** English phrases of this area that must never reach a Spanish member. */
const ENGLISH =
  /Erase|erase|Keep my data|Take my shares|cannot be undone|if you would like a copy|communities here|still in a therapist|Done\.|has been erased|starts fresh|taken back|Here is everything|answers?\b|prompts? sent|consent history|a file each|Your export|Send me the file|on its way|Between deletes|save it|Your history|records|you chose|you withdrew|exported your data|settings changed|shared entries|took a share|a link with|storing your answers|alerting your therapist|\(active\)|\(ended\)|Nothing has been recorded|You are in the group|not in the group|Group session|No group session|group’s schedule|no schedule yet|Joined|You have left|Saved\.|Say which one|Facilitators:|what your group sends|Only a facilitator|Fewer than|the week of|members answered|Pull-away checklist|Counts only|need at least|more than one community|Which one|Which community|I will remember|Now:|one community here|no longer one of yours|direct messages with me are now|Direct messages only|Server \d|You can set how often|Only a therapist|crisis lines were|export was removed|\bMon\b|\bSun\b|\bNov\b/;

const allText = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? [])
    .map((e) =>
      e.kind === 'text' ? e.text : e.kind === 'buttons' ? e.buttons.map((b) => b.label).join(' | ') : '',
    )
    .join('\n')
    .replace(PERSON, '@$1');
const ask = async (events: ReturnType<typeof as>, command: string) =>
  replyText(await h.app.handle(events.command(command)));
const memberRow = (userId: string) => memberRowOf(h.app, userId);
/** The reply's first line of text (an export's files follow it). */
const firstText = (reply: Reply) => {
  const first = reply.kind === 'message' ? reply.message.elements[0] : undefined;
  return first?.kind === 'text' ? first.text : '';
};
const fileOf = (reply: Reply) => {
  const file = reply.kind === 'message' ? reply.message.elements.find((e) => e.kind === 'file') : undefined;
  if (file?.kind !== 'file') throw new Error(`no file in: ${replyText(reply)}`);
  return JSON.parse(String(file.content));
};

async function reflect(events: ReturnType<typeof as>, answer: string) {
  const prompt = await h.app.handle(events.command('checkin'));
  const form = formOf(await h.app.handle(events.action(buttonId(prompt, /reflexión|reflection/i))));
  await h.app.handle(events.submit(form.id, { answer }));
}

/** ana (client, in `clientLocale`, storing answers) linked with tess (therapist, in `therapistLocale`). */
async function linked(clientLocale: 'en' | 'es', therapistLocale: 'en' | 'es') {
  h = createHarness(new Date('2026-11-23T10:00:00Z'));
  await ask(ana, `settings language ${clientLocale}`);
  await ask(tess, `settings language ${therapistLocale}`);
  await h.app.handle(ana.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
  await ask(tess, 'invite <@ana>');
  const invitation = h.platform.sentTo('shell:ana').at(-1)?.message;
  const buttons = invitation?.elements.find((e) => e.kind === 'buttons');
  await h.app.handle(ana.action(buttons?.kind === 'buttons' ? (buttons.buttons[0]?.id ?? '') : ''));
  await reflect(ana, 'Alfa: me quedo en silencio cuando cambian los planes.');
}

/** ana shares her one reflection with tess; the digest arrives in tess’s DM. */
async function shareReflection() {
  const draft = await h.app.handle(ana.command('share'));
  const list = checklistOf(draft);
  const picked = await h.app.handle(
    ana.action(
      list.id,
      list.items.map((i) => i.id),
    ),
  );
  await h.app.handle(ana.action(buttonId(picked, /^(Enviar|Send)$/)));
  expect(h.platform.sentTo('shell:tess').length).toBeGreaterThan(0);
}

describe('erasing everything, in Spanish', () => {
  it('asks first, in Spanish, and erases with a Spanish goodbye', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(ana, 'settings language es');
    await h.app.handle(ana.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    await reflect(ana, 'Una reflexión para borrar.');
    const offer = await h.app.handle(ana.command('delete'));
    const shown = replyText(offer);
    expect(shown).toMatch(/^¿Borrar todo\?\nEsto borra de Between tus respuestas/);
    expect(shown).toContain('No se puede deshacer. Si quieres una copia, usa primero /between export.');
    expect(shown).toMatch(/Borrar todo \| Conservar mis datos$/);
    expect(shown).not.toMatch(ENGLISH);
    const done = replyText(await h.app.handle(ana.action(buttonId(offer, 'Borrar todo'))));
    expect(done).toBe(
      'Listo. Se borró todo lo que Between tenía sobre ti.\nSi vuelves a usar Between, empieza de cero y no guarda nada hasta que tú lo digas.',
    );
    expect(
      h.app.sqlite.prepare("select count(*) as n from members where platform_user_id = 'ana'").get(),
    ).toEqual({ n: 0 });
  });

  it('says “kept” in the member’s language', () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    expect(replyText(keepData({ locale: 'es' }))).toBe('Todo queda como estaba. No se borró nada.');
    expect(replyText(keepData({ locale: 'en' }))).toBe('Kept. Nothing was erased.');
  });

  it('offers to take shares back in the client’s Spanish, and tells an English therapist in English', async () => {
    await linked('es', 'en');
    await shareReflection();
    const digest = h.platform.sentTo('shell:tess').at(-1);
    const offer = await h.app.handle(ana.command('delete'));
    const shown = replyText(offer);
    expect(shown).toContain(
      'Un envío tuyo sigue en los mensajes directos de tu terapeuta. Puedo retirarlo primero (borrando los resúmenes y sus archivos donde la plataforma lo permita), o dejar lo que ya recibió.',
    );
    expect(shown).toMatch(
      /Retirar lo compartido y luego borrar \| Borrar y dejar lo que ya recibió \| Conservar mis datos$/,
    );
    expect(shown).not.toMatch(ENGLISH);
    const done = replyText(
      await h.app.handle(ana.action(buttonId(offer, 'Retirar lo compartido y luego borrar'))),
    );
    expect(done).toMatch(
      /^Listo\. Se borró todo[\s\S]*\nAntes se retiró 1 envío de los mensajes de tu terapeuta\.\n/,
    );
    expect(done).not.toMatch(ENGLISH);
    // The digest in the therapist’s DM is replaced in the therapist’s language.
    const replaced = h.platform.updates.find((u) => u.ref.messageId === digest?.messageId);
    expect(allText(replaced?.message)).toBe('This share was taken back by the client.');
  });

  it('tells a Spanish therapist in Spanish when an English client takes a share back by erasing', async () => {
    await linked('en', 'es');
    await shareReflection();
    const digest = h.platform.sentTo('shell:tess').at(-1);
    const offer = await h.app.handle(ana.command('delete'));
    expect(replyText(offer)).toMatch(
      /1 share is still in a therapist’s direct messages\. I can take it back first/,
    );
    const done = replyText(
      await h.app.handle(ana.action(buttonId(offer, 'Take my shares back, then erase'))),
    );
    expect(done).toMatch(/1 share was taken back from your therapist’s messages first\./);
    const replaced = h.platform.updates.find((u) => u.ref.messageId === digest?.messageId);
    expect(allText(replaced?.message)).toBe('Tu cliente retiró lo que había compartido aquí.');
  });
});

describe('the export, in Spanish', () => {
  it('says what the file holds in Spanish, and keeps the JSON as data', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(ana, 'settings language es');
    await h.app.handle(ana.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    await reflect(ana, 'Algo que escribí.');
    const reply = await h.app.handle(ana.command('export'));
    expect(firstText(reply)).toBe(
      'Aquí tienes todo lo que Between guarda sobre ti: 1 respuesta, 1 pregunta enviada, tus ajustes y tu historial de consentimientos.',
    );
    const data = fileOf(reply);
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'exportedAt',
      'member',
      'schedules',
      'sessionDates',
      'consents',
      'deliveries',
      'responses',
      'auditLog',
    ]);
    expect(data.format).toBe('between-export');
    expect(data.member.language).toBe('es');
    expect(data.consents).toEqual([expect.objectContaining({ scope: 'store_answers', action: 'granted' })]);
    expect(data.responses[0]).toEqual(
      expect.objectContaining({ kind: 'reflection', text: 'Algo que escribí.' }),
    );
  });

  it('on Slack: the offer, the reply and the file’s message are in Spanish', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    const maria = as('maria', { platform: 'slack', workspaceId: 'T1', locale: 'es-MX' });
    await ask(maria, 'help');
    const member = memberRow('maria');
    // What the outbox sends into the Slack DM, built for this member.
    const sent = exportMessage(h.app.services, member);
    expect(sent.elements[0]).toEqual({
      kind: 'text',
      text: 'Aquí tienes todo lo que Between guarda sobre ti: 0 respuestas, 0 preguntas enviadas, tus ajustes y tu historial de consentimientos. Between borra este mensaje y el archivo de Slack en 24 horas: guarda el archivo antes.',
    });
    const offer = replyText(exportOffer('slack', member));
    expect(offer).toMatch(/^Tu exportación\nEs un solo archivo con todo lo que Between guarda sobre ti/);
    expect(offer).toContain('Between lo borra de Slack 24 horas después de que llegue');
    expect(offer).toMatch(/No se envía nada hasta que presiones el botón\.\nEnviarme el archivo$/);
    const onItsWay = replyText(await h.app.handle(maria.action(encodeAction({ verb: 'export' }))));
    expect(onItsWay).toBe(
      'Tu exportación va en camino a tus mensajes directos con Between. Between la borra de Slack 24 horas después de que llegue, así que guárdala antes.',
    );
    expect(replyText(exportOffer('discord', member))).toContain(
      'se sube a Discord como una respuesta que solo tú puedes ver',
    );
    expect(`${onItsWay}\n${allText(sent)}\n${offer}`).not.toMatch(ENGLISH);
    // In English, the offer stays as it always was.
    expect(replyText(exportOffer('slack', { locale: 'en' }))).toContain(
      "Your export\nIt is one file with everything Between holds about you, including what you wrote. To reach you it is uploaded to Slack, into your direct messages with Between, and it passes through Slack's servers. Between deletes it from Slack 24 hours after it arrives, so save it before then. Nothing is sent unless you press the button.",
    );
  });

  it('sends the file through the outbox with a Spanish line, and replaces it in Spanish once it expires', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(ana, 'settings language es');
    const member = memberRow('ana');
    // As `export` queues it on Slack; here the in-memory platform takes it.
    sendLater(h.app.services, { to: member, kind: 'export_file', payload: {}, about: member });
    await h.scheduler.flush();
    const arrived = h.platform.sentTo('shell:ana').at(-1);
    expect(arrived?.message.elements[0]).toEqual({
      kind: 'text',
      text: 'Aquí tienes todo lo que Between guarda sobre ti: 0 respuestas, 1 pregunta enviada, tus ajustes y tu historial de consentimientos. Between borra este mensaje y el archivo de Slack en 24 horas: guarda el archivo antes.',
    });
    h.app.clock.advance(25 * 3_600_000);
    expect(await removeExpiredExports(h.app.services)).toBe(1);
    const replaced = h.platform.updates.find((u) => u.ref.messageId === arrived?.messageId);
    expect(allText(replaced?.message)).toBe('Esta exportación se quitó. /between export te envía una nueva.');
  });

  it('names the communities in Spanish for someone in two Discord servers', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    const inFirst = as('1400000000000000042', { platform: 'discord', workspaceId: '1100000000000000001' });
    const inSecond = as('1400000000000000042', { platform: 'discord', workspaceId: '1100000000000000002' });
    await ask(inFirst, 'settings language es');
    await ask(inSecond, 'settings language es');
    const reply = await h.app.handle(inFirst.action(encodeAction({ verb: 'export' })));
    expect(firstText(reply)).toMatch(
      /de las 2 comunidades en las que lo usaste \(un archivo por cada una\)\.$/,
    );
    expect(replyText(reply)).not.toMatch(ENGLISH);
    const offer = replyText(await h.app.handle(inSecond.command('delete')));
    expect(offer).toContain(
      'Usaste Between en 2 comunidades de esta plataforma; esto borra lo que tiene guardado en todas.',
    );
  });
});

describe('the member’s history, in Spanish', () => {
  it('lists consents, settings, exports and link changes in Spanish words and dates', async () => {
    await linked('es', 'en');
    await ask(ana, 'export');
    h.app.clock.advance(60_000);
    await ask(ana, 'optout');
    const history = await ask(ana, 'history');
    expect(history).toMatch(
      /^Tu historial \(los últimos \d+ registros; lo que pasó, nunca lo que escribiste\):\n/,
    );
    expect(history).toContain('• 23 de nov de 2026, 10:00: se cambiaron tus ajustes');
    expect(history).toContain('• 23 de nov de 2026, 10:00: elegiste permitir: guardar tus respuestas');
    expect(history).toContain(
      '• 23 de nov de 2026, 10:00: cambió uno de tus vínculos con terapeutas (activo)',
    );
    expect(history).toContain('• 23 de nov de 2026, 10:00: exportaste tus datos');
    expect(history).toContain('• 23 de nov de 2026, 10:01: retiraste tu permiso: guardar tus respuestas');
    expect(history).not.toMatch(ENGLISH);
    expect(history).not.toContain('Alfa');
  });

  it('says so, in Spanish, when nothing is recorded yet; one record is singular', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    const maria = as('maria', { locale: 'es-419' });
    expect(await ask(maria, 'history')).toBe('Todavía no hay nada registrado sobre ti.');
    await h.app.handle(maria.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    expect(await ask(maria, 'history')).toMatch(/^Tu historial \(el último registro; /);
  });
});

describe('the group, in Spanish', () => {
  const fay = as('fay');

  /** Spanish facilitator `fay` sets a Thursday group with a checklist the day after; members join. */
  async function groupOf(members: string[]) {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await ask(fay, 'settings language es');
    h.app.sqlite.prepare("update members set role = 'facilitator' where platform_user_id = 'fay'").run();
    expect(await ask(fay, 'group session thu 18:00')).toMatch(
      /^Listo, guardado\.\n[\s\S]*Sesión del grupo: los jueves a las 18:00\n/,
    );
    expect(await ask(fay, 'group schedule add after-session 12:00 checklist')).toMatch(
      /^Listo, guardado\.\n[\s\S]*El horario del grupo:\n1\. /,
    );
    for (const m of members) {
      await h.app.handle(as(m).action('v1:consent:store-yes'));
      await ask(as(m), 'group join');
    }
    await h.runUntil(new Date('2026-11-27T12:10:00Z'), 30 * 60_000);
  }

  async function tick(member: string, items: string[]) {
    const checklist = h.deliveriesOf(member).find((d) => d.kind === 'checklist');
    if (!checklist) throw new Error(`no checklist was sent to ${member}`);
    await h.app.handle(as(member).action(`v1:checklist:${checklist.id}`, items));
  }

  it('shows, joins and leaves in Spanish', async () => {
    await groupOf([]);
    await ask(ana, 'settings language es');
    const shown = await ask(ana, 'group');
    expect(shown).toMatch(
      /^No estás siguiendo el ritmo del grupo\. Con \/between group join te llegan sus preguntas; puedes salir cuando quieras\.\nSesión del grupo: los jueves a las 18:00\nEl horario del grupo:\n1\. /,
    );
    expect(shown).toMatch(
      /\/between group \(lo que envía tu grupo\), group join \(unirte\), group leave \(salir\)\nPara quienes facilitan: group session thu 18:00/,
    );
    const joined = await ask(ana, 'group join');
    expect(joined).toMatch(
      /^Listo, te uniste\.\nEstás en el grupo: sus preguntas te llegan según tu propia hora local\./,
    );
    expect(await ask(ana, 'group leave')).toMatch(
      /^Saliste del ritmo del grupo\. Tu propio horario sigue igual\.\nNo estás siguiendo el ritmo del grupo/,
    );
    // The rule’s own words belong to the schedule area: in Spanish too, but worded there.
    expect(shown).not.toMatch(/the pull-away checklist|the day after each session/);
    for (const reply of [shown, joined]) {
      const ours = reply
        .split('\n')
        .filter((line) => !/^\d+\. /.test(line))
        .join('\n');
      expect(ours).not.toMatch(ENGLISH);
    }
  });

  it('refuses a member who is not a facilitator, and explains a bad request, in Spanish', async () => {
    await groupOf([]);
    await ask(ana, 'settings language es');
    expect(await ask(ana, 'group stats')).toBe(
      'Solo quien facilita el grupo puede cambiar su ritmo o ver sus totales.',
    );
    expect(await ask(ana, 'group session mon 10:00')).toBe(
      'Solo quien facilita el grupo puede cambiar su ritmo o ver sus totales.',
    );
    expect(await ask(fay, 'group schedule remove 9')).toBe(
      'Dime cuál quieres quitar, con su número en /between group.',
    );
    expect(await ask(fay, 'group bailar')).toMatch(/^\/between group \(lo que envía tu grupo\)/);
    expect(await ask(fay, 'group schedule remove 1')).toMatch(/El grupo todavía no tiene horario\./);
    expect(await ask(fay, 'group session off')).toMatch(/El grupo todavía no tiene una sesión definida\./);
  });

  it('gives a Spanish facilitator the counts in Spanish, with the checklist’s Spanish labels', async () => {
    await groupOf(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    await tick('m1', ['hiding-needs', 'over-apologising']);
    await tick('m2', ['hiding-needs']);
    await tick('m3', []);
    await tick('m4', ['hiding-needs', 'withdrawing-when-close']);
    await tick('m5', ['over-apologising']);
    const open = await ask(fay, 'group stats');
    expect(open).toBe(
      'Menos de 5 personas respondieron las preguntas del grupo en la semana del lun 16 de nov al dom 22 de nov, así que no muestro totales: en un grupo pequeño, un total podría señalar a alguien. Los totales cubren solo semanas cerradas, nunca la semana en curso.',
    );
    h.app.clock.set(new Date('2026-11-30T09:00:00Z'));
    const shown = await ask(fay, 'group stats');
    expect(shown).toMatch(
      /^En la semana del lun 23 de nov al dom 29 de nov, 5 personas respondieron las preguntas del grupo\.\nChequeo de alejamiento \(cuántas personas notaron cada punto, entre quienes lo usaron\):\n/,
    );
    expect(shown).toContain('• Minimicé lo que necesito para parecer alguien fácil de llevar. 3 de 5');
    expect(shown).toMatch(
      /Solo totales: sin nombres, sin respuestas y nada sobre quienes no respondieron\.$/,
    );
    expect(shown).not.toMatch(ENGLISH);
    expect(shown).not.toMatch(/m[1-6]|6 personas/);
    // An English facilitator in the same group still reads English.
    const ed = as('ed');
    await ask(ed, 'help');
    h.app.sqlite.prepare("update members set role = 'facilitator' where platform_user_id = 'ed'").run();
    expect(await ask(ed, 'group stats')).toMatch(
      /^In the week of Mon 23 Nov to Sun 29 Nov, 5 members answered/,
    );
  });
});

describe('the community for direct messages, in Spanish', () => {
  const USER = '1400000000000000042';
  const inFirst = as(USER, {
    platform: 'discord',
    workspaceId: '1100000000000000001',
    workspaceName: 'Grupo del martes',
  });
  const inSecond = as(USER, { platform: 'discord', workspaceId: '1100000000000000002' });
  const inDm = as(USER, { platform: 'discord', workspaceId: '' });

  async function inBoth() {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(inFirst, 'settings language es');
    await ask(inSecond, 'settings language es');
  }

  it('asks which one, names a server without a name in Spanish, and confirms the choice', async () => {
    await inBoth();
    const asked = await h.app.handle(inDm.command('checkin'));
    const question = replyText(asked);
    expect(question).toBe(
      [
        'Usas Between en más de una comunidad. ¿Para cuál es este mensaje?',
        'Servidor 1100000000000000002 | Grupo del martes',
        'Voy a recordar tu elección para los mensajes directos; /between community la cambia. /between help, export y delete siempre abarcan todas tus comunidades.',
      ].join('\n'),
    );
    const chosen = replyText(await h.app.handle(inDm.action(buttonId(asked, 'Grupo del martes'))));
    expect(chosen).toBe(
      'Listo: ahora tus mensajes directos conmigo son para Grupo del martes. Vuelve a enviar tu comando, por favor. /between community lo cambia.',
    );
    const again = replyText(await h.app.handle(inDm.command('community')));
    expect(again).toMatch(/^¿Para qué comunidad son tus mensajes directos conmigo\?\n/);
    expect(again).toMatch(/todas tus comunidades\. Ahora: Grupo del martes\.$/);
    expect(`${question}\n${chosen}\n${again}`).not.toMatch(ENGLISH);
  });

  it('refuses a community that is not theirs, and has nothing to ask with one, in Spanish', async () => {
    await inBoth();
    const other = as('1400000000000000099', { platform: 'discord', workspaceId: '1100000000000000001' });
    await ask(other, 'help');
    const theirs = memberRow('1400000000000000099');
    expect(
      replyText(await h.app.handle(inDm.action(encodeAction({ verb: 'community', id: theirs.id })))),
    ).toBe('Esa comunidad ya no es una de las tuyas. /between community te las muestra.');
    const solo = as('1400000000000000077', { platform: 'discord', workspaceId: '1100000000000000001' });
    await ask(solo, 'settings language es');
    expect(await ask(as('1400000000000000077', { platform: 'discord', workspaceId: '' }), 'community')).toBe(
      'Aquí usas Between en una sola comunidad, así que los mensajes directos siempre son para esa.',
    );
  });
});

describe('the access table’s refusals, in the actor’s language', () => {
  it('refuses a Spanish therapist a cap for a client not linked to them, in Spanish', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(ana, 'help');
    await ask(tess, 'settings language es');
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
    expect(await ask(tess, 'cap <@ana> 3')).toBe(
      'Puedes decidir con qué frecuencia Between le escribe a alguien solo si es un cliente vinculado contigo (terapeutas) o alguien de un grupo en el que estás (quienes facilitan).',
    );
  });

  it('words each refusal in the actor’s language, whatever the other person speaks', async () => {
    h = createHarness(new Date('2026-11-23T10:00:00Z'));
    await ask(ana, 'help');
    await ask(tess, 'settings language es');
    const refusal = (actor: string, action: 'invite' | 'cap' | 'group') => {
      try {
        authorize(h.app.services, action, memberRow(actor), memberRow(actor === 'ana' ? 'tess' : 'ana'));
      } catch (error) {
        return isBetweenError(error) ? error.userMessage : String(error);
      }
      return 'allowed';
    };
    expect(refusal('tess', 'invite')).toMatch(/^Solo quien tiene el rol de terapeuta puede invitar/);
    expect(refusal('tess', 'group')).toBe(
      'Solo quien facilita el grupo puede cambiar su ritmo o ver sus totales.',
    );
    expect(refusal('ana', 'invite')).toMatch(/^Only a therapist can invite a client to link/);
    expect(refusal('ana', 'cap')).toMatch(/^You can set how often Between reaches someone/);
  });
});
