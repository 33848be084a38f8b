import { afterEach, describe, expect, it } from 'vitest';
import { BetweenError } from '../../src/core/errors';
import { failedBecause } from '../../src/outbox/outbox';
import { describeRule, weekdayNumber } from '../../src/scheduling/commands';
import { eventsFor, replyText } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

let h: Harness;
afterEach(() => h.cleanup());

const start = new Date('2026-11-23T09:00:00Z'); // a Monday
const events = (userId: string) => eventsFor({ platform: 'shell', workspaceId: 'local', userId });
const ask = async (userId: string, command: string) =>
  replyText(await h.app.handle(events(userId).command(command)));
const spanish = (userId: string) => ask(userId, 'settings language es');
/** Everything the memory platform delivered to a user, as text. */
const received = (userId: string) =>
  h.platform
    .sentTo(`shell:${userId}`)
    .map((s) => replyText({ kind: 'message', message: s.message }))
    .join('\n');
const makeTherapist = (userId: string) =>
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = ?").run(userId);
const link = (therapist: string, client: string) =>
  h.app.sqlite
    .prepare(
      "insert into care_links (workspace_id, therapist_id, client_id, status, created_at, changed_at) select c.workspace_id, t.id, c.id, 'active', 'x', 'x' from members t, members c where t.platform_user_id = ? and c.platform_user_id = ?",
    )
    .run(therapist, client);

/** English phrases of the schedule area that must never reach a Spanish speaker. */
const ENGLISH =
  /Your schedule|You have no schedule|No session times|To change it|reflection prompt|pull-away checklist|what to bring to your session|every day|next:|not until a session|Added|Saved|Removed|Cleared|weekly session:|at most|nudge|For example|Days look like|24-hour clock|What to send can be|Say which one|nothing scheduled|I can do these|look like|Paused until|\b(?:mon|tue|wed|thu|fri|sat|sun), /;

describe('/between schedule in Spanish', () => {
  it('shows an empty schedule in Spanish, with the English command words kept', async () => {
    h = createHarness(start);
    await spanish('ana');
    const view = await ask('ana', 'schedule');
    expect(view).toMatch(
      /^Todavía no tienes un horario\.\nTodavía no hay horarios de sesión\.\nPara cambiarlo:\n/,
    );
    expect(view).toMatch(/\/between schedule add mon,thu 19:00 \(una pregunta para reflexionar esos días;/);
    expect(view).toMatch(/\/between schedule add after-session 18:00 \(el día después de cada sesión\)/);
    expect(view).toMatch(/al final, qué enviar: “reflection” \(si no pones nada\), “checklist” o “digest”/);
    expect(view).not.toMatch(ENGLISH);
  });

  it('adds rules and names their weekdays in Spanish from Intl, with the next time in Spanish too', async () => {
    h = createHarness(start);
    await spanish('ana');
    const added = await ask('ana', 'schedule add mon,thu 19:00');
    expect(added).toMatch(
      /^Agregado\.\nEstas horas están en UTC, porque todavía no sé tu zona horaria: [^\n]+\nTu horario \(en la zona horaria UTC\):\n/,
    );
    expect(added).toMatch(
      /1\. una pregunta para reflexionar, cada lunes y jueves a las 19:00 \(próxima vez: lun 23 de nov, 19:00\)/,
    );
    expect(await ask('ana', 'schedule add daily 08:00 checklist')).toMatch(
      /2\. el chequeo de alejamiento, todos los días a las 08:00 \(próxima vez: mar 24 de nov, 08:00\)/,
    );
    const waiting = await ask('ana', 'schedule add before-session 19:00 digest');
    expect(waiting).toMatch(
      /^Agregado\. Empieza en cuanto sepa cuándo son tus sesiones: \/between schedule session tue 17:00\./,
    );
    expect(waiting).toMatch(
      /3\. una pregunta sobre “qué llevar a tu sesión”, el día antes de cada sesión a las 19:00 \(próxima vez: cuando tengas una sesión definida\)/,
    );
    expect(waiting).not.toMatch(ENGLISH);
  });

  it('still reads the English weekday words, and Spanish ones as well', async () => {
    h = createHarness(start);
    await spanish('ana');
    expect(await ask('ana', 'schedule add monday,thurs,fri 19:00')).toMatch(
      /cada lunes, jueves y viernes a las 19:00/,
    );
    expect(await ask('ana', 'schedule add Miércoles,sab,DOMINGO 10:00')).toMatch(
      /2\. una pregunta para reflexionar, cada miércoles, sábado y domingo a las 10:00/,
    );
    const saved = await ask('ana', 'schedule session tuesday 17:00');
    expect(saved).toMatch(/^Guardado\./);
    expect(saved).toMatch(/Tu sesión semanal: cada martes a las 17:00/);
    expect(await ask('ana', 'schedule session jue 18:00')).toMatch(
      /Tu sesión semanal: cada jueves a las 18:00/,
    );
    expect(saved).not.toMatch(ENGLISH);
    // The parser is shared by every language: the old English words, and nothing looser than three letters.
    expect(
      ['mon', 'thur', 'thursday', 'sun', 'lun', 'mie', 'mié', 'sáb', 'do', 'mo', 'funday'].map(weekdayNumber),
    ).toEqual([1, 4, 4, 7, 1, 3, 3, 6, 0, 0, 0]);
  });

  it('shows session dates, a pause and a therapist’s cap in Spanish', async () => {
    h = createHarness(start);
    await spanish('ana');
    expect(await ask('ana', 'schedule session dates 2026-12-01 2026-12-15 at 17:00')).toMatch(
      /Las fechas de tus sesiones: 2026-12-01, 2026-12-15/,
    );
    await ask('ana', 'pause until 2026-12-28');
    h.app.sqlite.prepare("update members set weekly_cap = 1 where platform_user_id = 'ana'").run();
    const view = await ask('ana', 'schedule');
    expect(view).toMatch(/En pausa hasta el 2026-12-28\./);
    expect(view).toMatch(/Como máximo 1 aviso por semana, según lo acordado con tu terapeuta\./);
    h.app.sqlite.prepare("update members set weekly_cap = 3 where platform_user_id = 'ana'").run();
    expect(await ask('ana', 'schedule')).toMatch(/Como máximo 3 avisos por semana/);
    expect(view).not.toMatch(ENGLISH);
  });

  it('removes one rule, or all of them, in Spanish', async () => {
    h = createHarness(start);
    await spanish('ana');
    await ask('ana', 'schedule add daily 09:00');
    await ask('ana', 'schedule add weekends 11:00 checklist');
    const removed = await ask('ana', 'schedule remove 1');
    expect(removed).toMatch(
      /^Listo, lo quité\.\n[\s\S]*1\. el chequeo de alejamiento, cada sábado y domingo a las 11:00/,
    );
    expect(await ask('ana', 'schedule remove 5')).toMatch(/^Dime cuál, del 1 al 1\.$/);
    const cleared = await ask('ana', 'schedule clear');
    expect(cleared).toMatch(
      /^Listo, tu horario quedó vacío\. No se enviará nada programado hasta que agregues algo\./,
    );
    expect(cleared).toMatch(/Todavía no tienes un horario\./);
    expect(removed + cleared).not.toMatch(ENGLISH);
  });

  it.each([
    [
      'schedule add',
      /^Por ejemplo:\n\/between schedule add mon,thu 19:00 \(una pregunta[\s\S]*“checklist” o “digest”$/,
    ],
    ['schedule add mon 7pm', /^Las horas van en formato de 24 horas, como 07:30 o 19:00\.$/],
    ['schedule add funday 19:00', /^Los días se escriben así: mon,thu o lun,jue/],
    ['schedule add mo 19:00', /^Los días se escriben así/],
    ['schedule add mon 19:00 poem', /^Lo que se envía puede ser “reflection”, “checklist” o “digest”\.$/],
    ['schedule remove 3', /^No hay nada programado que quitar\.$/],
    ['schedule session someday', /^Una sesión semanal se escribe así: tue 17:00 \(o off\)\.$/],
    [
      'schedule session dates 2026-13-01',
      /^Las fechas de sesión se escriben así: \/between schedule session dates/,
    ],
    ['schedule frequently', /^Esto es lo que puedo hacer:\n\/between schedule add mon,thu/],
  ])('explains a bad request in Spanish: %s', async (command, pattern) => {
    h = createHarness(start);
    await spanish('ana');
    const reply = await ask('ana', command);
    expect(reply).toMatch(pattern);
    expect(reply).not.toMatch(ENGLISH);
  });

  it('allows at most ten rules, and says so in Spanish', async () => {
    h = createHarness(start);
    await spanish('ana');
    for (let i = 0; i < 10; i++) await ask('ana', `schedule add daily 0${i}:00`);
    expect(await ask('ana', 'schedule add daily 11:00')).toMatch(
      /^Ya tienes 10 envíos programados; si quieres agregar otro, primero quita uno \(\/between schedule remove 1\)\.$/,
    );
  });

  it('offers the common zones of the member’s language with one click until they have a zone, and one click sets it', async () => {
    h = createHarness(start);
    await spanish('ana');
    const added = await h.app.handle(events('ana').command('schedule add lun 19:00'));
    const buttons =
      added.kind === 'message' ? added.message.elements.find((e) => e.kind === 'buttons') : undefined;
    const offered = buttons?.kind === 'buttons' ? buttons.buttons : [];
    expect(offered.map((b) => b.label)).toEqual([
      'Ciudad de México',
      'Bogotá',
      'Lima',
      'Caracas',
      'Santiago de Chile',
      'Buenos Aires',
      'Guatemala (Centroamérica)',
      'Madrid',
      'Nueva York (hora del este)',
      'Los Ángeles (hora del Pacífico)',
    ]);
    expect(replyText(added)).toMatch(/todavía no sé tu zona horaria: elige la tuya aquí abajo/);
    const mexico = offered[0]?.id ?? '';
    expect(replyText(await h.app.handle(events('ana').action(mexico)))).toMatch(
      /^Listo\. Así quedan tus ajustes:\nZona horaria: America\/Mexico_City\n/,
    );
    const member = h.app.sqlite
      .prepare("select time_zone, time_zone_source from members where platform_user_id = 'ana'")
      .get();
    expect(member).toEqual({ time_zone: 'America/Mexico_City', time_zone_source: 'member' });
    // The plan moved with the zone: Monday 19:00 in Mexico City is 01:00 UTC on Tuesday.
    expect(h.app.sqlite.prepare('select next_due_at from plans').get()).toEqual({
      next_due_at: '2026-11-24T01:00:00.000Z',
    });
    // A zone is known now: the next rule asks nothing.
    const next = await h.app.handle(events('ana').command('schedule add jue 19:00'));
    expect(next.kind === 'message' && next.message.elements.some((e) => e.kind === 'buttons')).toBe(false);
    // English speakers are offered their own common zones; a forged zone is refused kindly.
    expect(await ask('ben', 'schedule add mon 19:00')).toMatch(
      /\nNew York \(Eastern\) \| Chicago \(Central\) \| Denver \(Mountain\) \| Los Angeles \(Pacific\) \| Toronto \| London \| Dublin \| Sydney \| Perth \| Auckland$/,
    );
    expect(await h.app.handle(events('ben').action('v1:zone:Mars/Olympus_Mons')).then(replyText)).toMatch(
      /“Mars\/Olympus_Mons” isn’t a time zone I know/,
    );
  });

  it('keeps English exactly as it was for everyone else, and in shared helpers by default', async () => {
    h = createHarness(start);
    expect(await ask('ben', 'schedule add mon,thu 19:00')).toMatch(
      /^Added\.\nThese times are in UTC, because I don’t know your time zone yet: [^\n]+\nYour schedule \(times in UTC\):\n1\. a reflection prompt, mon, thu at 19:00 \(next: Mon 23 Nov, 19:00\)/,
    );
    // Once they set a zone, the times are theirs and nothing more is said about it.
    await ask('ben', 'settings timezone UTC');
    expect(await ask('ben', 'schedule add sat 10:00')).toMatch(/^Added\.\nYour schedule \(times in UTC\):\n/);
    const rule = {
      anchor: 'weekly' as const,
      weekdays: [6, 7],
      time: '11:00',
      content: 'checklist' as const,
    };
    expect(describeRule(rule)).toBe('the pull-away checklist, sat, sun at 11:00');
    expect(describeRule(rule, 'es')).toBe('el chequeo de alejamiento, cada sábado y domingo a las 11:00');
    expect(failedBecause('gave-up')).toBe('the platform kept failing');
    expect(failedBecause('gave-up', 'es')).toBe('la plataforma siguió fallando');
    expect(failedBecause('constructor', 'es')).toBe('no se pudo entregar');
  });
});

describe('/between cap across languages', () => {
  it('answers a Spanish therapist in Spanish and tells an English client in English', async () => {
    h = createHarness(start);
    await ask('client1', 'schedule add daily 10:00');
    await spanish('tess');
    expect(await ask('tess', 'cap <@client1> 2')).toMatch(
      /^Solo un terapeuta o quien facilita un grupo puede decidir cada cuánto Between le escribe a un cliente\.$/,
    );
    makeTherapist('tess');
    expect(await ask('tess', 'cap <@client1> 0')).toMatch(
      /^Dime a quién y cuántos avisos por semana, del 1 al 21: \/between cap @client 3/,
    );
    expect(await ask('tess', 'cap <@stranger> 2')).toMatch(
      /^Todavía no conozco a esa persona en este espacio de trabajo/,
    );
    link('tess', 'client1');
    const done = await ask('tess', 'cap <@client1> 2');
    expect(done).toBe(
      'Listo: Between le enviará como máximo 2 avisos en cualquier período de 7 días, recordatorios incluidos.',
    );
    expect(received('client1')).toMatch(
      /@tess set Between to send you at most 2 nudges in any 7 days, reminders included\. Your own schedule still applies/,
    );
    expect(received('client1')).not.toMatch(/avisos|ajustó/);
    expect(await ask('client1', 'schedule')).toMatch(
      /At most 2 nudges a week, as agreed with your therapist\./,
    );
    expect(await ask('tess', 'cap <@client1> off')).toBe(
      'Listo: ya no tiene un límite semanal (su propio horario sigue vigente).',
    );
    expect(received('client1')).toMatch(/@tess removed the weekly limit on how often Between nudges you\./);
  });

  it('answers an English therapist in English and tells a Spanish client in Spanish', async () => {
    h = createHarness(start);
    await spanish('cata');
    await ask('tom', 'help');
    makeTherapist('tom');
    link('tom', 'cata');
    expect(await ask('tom', 'cap <@cata> 1')).toBe(
      'Done: Between will send them at most 1 nudge in any 7 days, reminders included.',
    );
    expect(received('cata')).toMatch(
      /^@tom ajustó Between para que te envíe como máximo 1 aviso en cualquier período de 7 días, recordatorios incluidos\. Tu propio horario sigue vigente; si esto no te acomoda, puedes decírselo\.$/m,
    );
    expect(await ask('cata', 'schedule')).toMatch(/Como máximo 1 aviso por semana/);
    await ask('tom', 'cap <@cata> off');
    expect(received('cata')).toMatch(
      /@tom quitó el límite semanal de avisos que Between te envía\. Tu propio horario sigue igual que antes\./,
    );
    expect(received('cata')).not.toMatch(/nudge|set Between|weekly limit/);
  });
});

describe('messages between people that fail', () => {
  it('tell a Spanish sender why in Spanish, whatever language the other person speaks', async () => {
    h = createHarness(start);
    await ask('cal', 'help');
    await spanish('tess');
    makeTherapist('tess');
    h.platform.failSends('shell:cal', new BetweenError('dm_blocked', 'DMs closed'));
    await ask('tess', 'invite <@cal>');
    const notice = received('tess');
    expect(notice).toMatch(
      /^Tu invitación a @cal no llegó: sus mensajes directos están cerrados para esta app\. No cambió nada; puedes enviarle otra invitación más adelante\.$/m,
    );
    expect(notice).not.toMatch(/was not delivered|direct messages are closed/);
  });

  it('tell an English sender in English when the other person speaks Spanish', async () => {
    h = createHarness(start);
    await spanish('cata');
    await ask('tom', 'help');
    makeTherapist('tom');
    h.platform.failSends('shell:cata', new BetweenError('recipient_gone', 'left'));
    await ask('tom', 'invite <@cata>');
    expect(received('tom')).toMatch(
      /Your invitation to @cata was not delivered: they are no longer in this workspace\. Nothing changed; you can invite them again later\./,
    );
  });
});

describe('a Spanish speaker erased while their message is on its way', () => {
  it('has that message replaced by a Spanish note', async () => {
    h = createHarness(start);
    await spanish('ana');
    await ask('ana', 'schedule add daily 10:00');
    await ask('ana', 'settings reminders off');
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    const send = h.platform.adapter.send;
    h.platform.adapter.send = async (to, message, options) => {
      if (to === 'shell:ana')
        h.app.sqlite.prepare("delete from members where platform_user_id = 'ana'").run();
      return send(to, message, options);
    };
    await h.scheduler.tick();
    expect(h.platform.updates.map((u) => replyText({ kind: 'message', message: u.message }))).toEqual([
      'Se quitó este mensaje: tus datos en Between se borraron.',
    ]);
  });
});
