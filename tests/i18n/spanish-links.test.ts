import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/action-id';
import { PERSON } from '../../src/core/messages';
import type { OutgoingMessage, Reply } from '../../src/core/model';
import type { Checklist } from '../../src/prompts/library';
import { chartText, renderChartPng, weeklyCounts } from '../../src/sharing/chart';
import { linkNoticeMessage } from '../../src/sharing/links';
import { buttonId, checklistOf, eventsFor, formOf, memberRowOf, replyText } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

/**
 * Care links, the therapist's digest and its chart in Spanish, driven through the router with the
 * real scheduler sending the outbox: each message is in the language of the person who reads it
 * (an invitation in the client's, the answer to it and the digest in the therapist's).
 */

let h: Harness;
afterEach(() => h.cleanup());

const as = (userId: string) => eventsFor({ platform: 'shell', workspaceId: 'local', userId });
const tess = as('tess');
const cal = as('cal');
const theo = as('theo');

/** Every text and text file of a message, mentions shown as @user. */
const allText = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? [])
    .flatMap((e) =>
      e.kind === 'text' ? [e.text] : e.kind === 'file' && typeof e.content === 'string' ? [e.content] : [],
    )
    .join('\n')
    .replace(PERSON, '@$1');
const labelsOf = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? []).flatMap((e) => (e.kind === 'buttons' ? e.buttons.map((b) => b.label) : []));
const filesOf = (m: OutgoingMessage | undefined) =>
  (m?.elements ?? []).flatMap((e) => (e.kind === 'file' ? [e] : []));
const lastTo = (userId: string) => h.platform.sentTo(`shell:${userId}`).at(-1)?.message;
const say = async (who: ReturnType<typeof as>, command: string) =>
  replyText(await h.app.handle(who.command(command)));
const memberRow = (userId: string) => memberRowOf(h.app, userId);

/** English phrases of this area that must never reach a Spanish reader. */
const ENGLISH =
  /Invitation on its way|would like to link|Linking shares nothing|accepted your invitation|declined your invitation|ended your Between link|invited you to link|Linked with|Waiting for|already|no longer exists|Shared by|Only what your client|Noticed:|Checklist picture|Bar chart|Week of|\d+ times?:|Reflection|Pull-away checklist|Something about a session|too long to show|\bAccept\b|\bDecline\b|End the link|Share this/;
/** Spanish phrases of this area that must never reach an English reader. */
const SPANISH =
  /invitación|vincul|Compartido por|tu cliente|Lo que notó|Gráfico de barras|Semana del|\bveces?\b|Reflexión|Chequeo|Aceptar|Rechazar|Compartir esto/;

/** `tess` is a therapist; `cal` a client who stores answers. Each speaks the language given. */
async function members(therapist: 'en' | 'es', client: 'en' | 'es') {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
  await h.app.handle(tess.command(`settings language ${therapist}`));
  await h.app.handle(cal.command(`settings language ${client}`));
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
  await h.app.handle(cal.action('v1:consent:store-yes'));
}

async function reflect(answer: string) {
  const prompt = await h.app.handle(cal.command('checkin'));
  const form = formOf(
    await h.app.handle(cal.action(buttonId(prompt, /^(Write a reflection|Escribir una reflexión)$/))),
  );
  return h.app.handle(cal.submit(form.id, { answer }));
}

/** The client shares every entry they have; returns what the therapist received. */
async function shareEverything(): Promise<OutgoingMessage | undefined> {
  const draft = await h.app.handle(cal.command('share'));
  const list = checklistOf(draft);
  const picked: Reply = await h.app.handle(
    cal.action(
      list.id,
      list.items.map((i) => i.id),
    ),
  );
  await h.app.handle(cal.action(buttonId(picked, /^(Send|Enviar)/)));
  return lastTo('tess');
}

const A = 'Alpha: I go quiet when plans change, and I notice it now.';
const B = 'Bravo: me quedo en silencio cuando cambian los planes.';

describe('a Spanish-speaking therapist and an English-speaking client', () => {
  it('invites in Spanish, the invitation reaches the client in English, and the answer comes back in Spanish', async () => {
    await members('es', 'en');
    const sent = await say(tess, 'invite <@cal>');
    expect(sent).toBe(
      'La invitación va en camino a @cal; si no le llega, te aviso. No se comparte nada hasta que elija compartir algo.',
    );
    const invitation = lastTo('cal');
    expect(allText(invitation)).toMatch(
      /^@tess would like to link with you on Between\.\nLinking shares nothing/,
    );
    expect(labelsOf(invitation)).toEqual(['Accept', 'Decline']);
    expect(allText(invitation)).not.toMatch(SPANISH);

    expect(await say(tess, 'invite <@cal>')).toMatch(/^La invitación va en camino a @cal/);
    expect(await say(cal, 'link')).toBe('• @tess invited you to link.\nAccept | Decline');
    const accept = invitation?.elements.flatMap((e) => (e.kind === 'buttons' ? e.buttons : []))[0]?.id ?? '';
    expect(replyText(await h.app.handle(cal.action(accept)))).toMatch(/^Linked\. Nothing is shared yet/);
    expect(allText(lastTo('tess'))).toBe('@cal aceptó tu invitación para vincularse.');
    expect(await say(tess, 'invite <@cal>')).toBe('Ya tienes un vínculo con @cal.');
    expect(await say(tess, 'link')).toBe('• Vínculo con @cal.\nTerminar el vínculo');
  });

  it('receives the digest in Spanish: headings, prompts, checklist labels and chart, the client’s words untouched', async () => {
    await members('es', 'en');
    await say(tess, 'invite <@cal>');
    await say(cal, 'link accept');
    const saved = await reflect(A);
    expect(replyText(saved)).toMatch(/Share this…/);
    const list = checklistOf(await h.app.handle(cal.command('checklist')));
    await h.app.handle(cal.action(list.id, ['hiding-needs', 'over-apologising']));
    const note = formOf(await h.app.handle(cal.command('note')));
    await h.app.handle(cal.submit(note.id, { answer: 'Charlie: the end felt rushed.' }));

    const digest = await shareEverything();
    const text = allText(digest);
    expect(text).toMatch(/^Compartido por @cal, entradas del lun 23 de nov de 2026\n/);
    expect(text).toContain(
      'Aquí está solo lo que tu cliente eligió compartir; nada de lo que no compartió ni respondió.',
    );
    expect(text).toContain('lun 23 de nov de 2026 · Reflexión');
    expect(text).toContain('lun 23 de nov de 2026 · Chequeo de alejamiento\nNotar cuando me alejo');
    expect(text).toContain(
      'Lo que notó: Minimicé lo que necesito para parecer alguien fácil de llevar.; Pedí disculpas más de lo necesario, para evitar roces.',
    );
    expect(text).toContain(
      'lun 23 de nov de 2026 · Algo sobre una sesión\nAlgo en una sesión no se sintió bien',
    );
    expect(text).toContain(A);
    expect(text).toContain('Charlie: the end felt rushed.');
    expect(text).toMatch(
      /Gráfico de barras de cuántas veces se marcó cada punto del chequeo por semana: 1 semana, que empieza el lunes 2026-11-23\.\nSemana del 2026-11-23: 0 veces: Me descubrí poniendo a prueba[^\n]*1 vez: Minimicé lo que necesito/,
    );
    const markdown = String(filesOf(digest).find((f) => f.filename.endsWith('.md'))?.content).replace(
      PERSON,
      '@$1',
    );
    expect(markdown).toMatch(
      /^# Compartido por @cal, entradas del lun 23 de nov de 2026\n\nAquí está solo lo que tu cliente eligió compartir\.\n/,
    );
    expect(markdown).toContain('## El chequeo, semana a semana');
    expect(text).not.toMatch(ENGLISH);

    // The picture is the Spanish chart of the same counts (its labels from the Spanish checklist).
    const png = filesOf(digest).find((f) => f.mimeType === 'image/png');
    const spanish = h.app.services.prompts.in('es').checklist('pull-away') as Checklist;
    const counts = weeklyCounts(
      spanish,
      [{ at: '2026-11-23T09:00:00Z', selected: ['hiding-needs', 'over-apologising'] }],
      'UTC',
    );
    const bytes = Buffer.from(png?.content as Uint8Array);
    expect(bytes.equals(renderChartPng(counts, { locale: 'es' }))).toBe(true);
    expect(bytes.equals(renderChartPng(counts))).toBe(false);
    expect(PNG.sync.read(bytes).width).toBe(800);
  });

  it('tells the Spanish therapist in Spanish when the English client ends the link', async () => {
    await members('es', 'en');
    await say(tess, 'invite <@cal>');
    await say(cal, 'link accept');
    expect(await say(cal, 'link end')).toBe(
      'The link with @tess has ended. Nothing more can be shared through it.',
    );
    expect(allText(lastTo('tess'))).toBe('@cal terminó el vínculo que tenían en Between.');
    expect(await say(tess, 'link')).toBe(
      'No tienes vínculos. Tu terapeuta puede invitarte con /between invite @tú.',
    );
  });
});

describe('an English-speaking therapist and a Spanish-speaking client', () => {
  it('sends the invitation in Spanish and hears back in English, accepted or declined', async () => {
    await members('en', 'es');
    expect(await say(tess, 'invite <@cal>')).toMatch(/^Invitation on its way to @cal;/);
    const invitation = lastTo('cal');
    expect(allText(invitation)).toBe(
      '@tess quisiera vincularse contigo en Between.\nVincularse no comparte nada por sí solo. Solo significa que, cuando tú lo elijas, podrás enviarle una reflexión o un resumen del chequeo. Puedes terminar el vínculo cuando quieras.',
    );
    expect(labelsOf(invitation)).toEqual(['Aceptar', 'Rechazar']);
    expect(allText(invitation)).not.toMatch(ENGLISH);

    const list = await h.app.handle(cal.command('link'));
    expect(replyText(list)).toBe('• @tess te invitó a vincularte.\nAceptar | Rechazar');
    expect(replyText(await h.app.handle(cal.action(buttonId(list, 'Rechazar'))))).toBe(
      'Invitación rechazada. Para ti no cambia nada.',
    );
    expect(allText(lastTo('tess'))).toBe('@cal declined your invitation to link.');
    expect(replyText(await h.app.handle(cal.action(buttonId(list, 'Aceptar'))))).toBe(
      'Esa invitación ya tiene respuesta. /between link te muestra tus vínculos.',
    );

    await say(tess, 'invite <@cal>');
    expect(await say(cal, 'link accept')).toBe(
      'Listo, el vínculo quedó activo. Todavía no se comparte nada: con /between share eliges qué enviar, cuando quieras.',
    );
    expect(allText(lastTo('tess'))).toBe('@cal accepted your invitation to link.');
    expect(allText(lastTo('tess'))).not.toMatch(SPANISH);
  });

  it('sends the English therapist an English digest of what the Spanish client wrote, word for word', async () => {
    await members('en', 'es');
    await say(tess, 'invite <@cal>');
    await say(cal, 'link accept');
    expect(replyText(await reflect(B))).toMatch(/Compartir esto…/);
    h.app.clock.advance(26 * 3_600_000);
    const list = checklistOf(await h.app.handle(cal.command('checklist')));
    await h.app.handle(cal.action(list.id, ['hiding-needs']));

    const text = allText(await shareEverything());
    expect(text).toMatch(/^Shared by @cal, entries from Mon 23 Nov 2026 to Tue 24 Nov 2026\n/);
    expect(text).toContain('Mon 23 Nov 2026 · Reflection');
    expect(text).toContain(B);
    expect(text).toContain("Noticed: I've played down what I need so I'd seem easy to be around.");
    expect(text).toMatch(
      /Bar chart of how many times[^\n]*: 1 week, starting Monday 2026-11-23\.\nWeek of 2026-11-23:/,
    );
    expect(text.replace(B, '')).not.toMatch(SPANISH);
  });

  it('shows a Spanish client with several links numbered buttons, and tells them in Spanish when a link ends', async () => {
    await members('en', 'es');
    await h.app.handle(theo.command('settings language es'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'theo'").run();
    await say(tess, 'invite <@cal>');
    await say(theo, 'invite <@cal>');
    const list = await h.app.handle(cal.command('link'));
    expect(replyText(list)).toBe(
      '1. @tess te invitó a vincularte.\n2. @theo te invitó a vincularte.\nAceptar (1) | Rechazar (1) | Aceptar (2) | Rechazar (2)',
    );
    await h.app.handle(cal.action(buttonId(list, 'Aceptar (1)')));
    expect(await say(theo, 'link')).toBe('• Esperando la respuesta de @cal.\nTerminar el vínculo');
    const after = await h.app.handle(cal.command('link'));
    expect(replyText(after)).toMatch(
      /^1\. Vínculo con @tess\.\n2\. @theo te invitó a vincularte\.\nTerminar el vínculo \(1\)/,
    );

    expect(await say(tess, 'link end')).toBe(
      'The link with @cal has ended. Nothing more can be shared through it.',
    );
    expect(allText(lastTo('cal'))).toBe('@tess terminó el vínculo que tenían en Between.');
    const ended = await h.app.handle(cal.action(buttonId(after, 'Terminar el vínculo (1)')));
    expect(replyText(ended)).toBe('Ese vínculo ya terminó.');
  });
});

describe('care-link mistakes in Spanish', () => {
  it('explains every refusal in the Spanish speaker’s own words', async () => {
    await members('es', 'es');
    expect(await say(cal, 'invite <@tess>')).toMatch(
      /^Solo quien tiene el rol de terapeuta puede invitar a alguien a vincularse\./,
    );
    expect(await say(tess, 'invite')).toBe('Dime a quién invitar: /between invite @cliente');
    expect(await say(tess, 'invite <@nadie>')).toMatch(/^Todavía no conozco a esa persona en este espacio/);
    expect(await say(tess, 'invite <@tess>')).toBe('No puedes vincularte contigo.');
    expect(await say(cal, 'link')).toBe(
      'No tienes vínculos. Tu terapeuta puede invitarte con /between invite @tú.',
    );
    await say(tess, 'invite <@cal>');
    expect(await say(tess, 'link')).toBe('• Esperando la respuesta de @cal.\nTerminar el vínculo');
    const link = h.app.sqlite.prepare('select id from care_links').get() as { id: number };
    expect(
      replyText(await h.app.handle(tess.action(encodeAction({ verb: 'link-accept', id: link.id })))),
    ).toBe('Solo quien recibió la invitación puede responderla.');
    await h.app.handle(theo.command('settings language es'));
    expect(replyText(await h.app.handle(theo.action(encodeAction({ verb: 'link-end', id: link.id }))))).toBe(
      'Ese vínculo ya no existe. /between link te muestra tus vínculos.',
    );
    await say(cal, 'link accept');
    await say(cal, 'link end');
    expect(replyText(await h.app.handle(tess.action(encodeAction({ verb: 'link-end', id: link.id }))))).toBe(
      'Ese vínculo ya terminó.',
    );
  });

  it('says when entries are too long to show, in Spanish and in number', async () => {
    await members('es', 'en');
    await say(tess, 'invite <@cal>');
    await say(cal, 'link accept');
    await reflect(`Delta: ${'a long thought, '.repeat(120)}`);
    const text = allText(await shareEverything());
    expect(text).toContain(
      '1 entrada, demasiado larga para mostrarla aquí completa: está en el archivo adjunto, palabra por palabra.',
    );
    expect(text).not.toMatch(/1 entries/);
  });

  it('names no one, in the recipient’s language, when a linked person erased their data', async () => {
    await members('es', 'en');
    expect(allText(linkNoticeMessage(h.app.services, { news: 'erased' }, memberRow('tess')))).toBe(
      'Una persona con quien tenías un vínculo en Between lo terminó y borró sus datos.',
    );
    expect(allText(linkNoticeMessage(h.app.services, { news: 'erased' }, memberRow('cal')))).toBe(
      'A person you were linked with on Between has ended the link and erased their data.',
    );
  });
});

describe('the chart’s text alternative in Spanish', () => {
  it('counts in Spanish, with one week, several weeks and none', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    const spanish = h.app.services.prompts.in('es').checklist('pull-away') as Checklist;
    expect(chartText(weeklyCounts(spanish, [], 'UTC'), 'es')).toBe(
      'Gráfico de barras de cuántas veces se marcó cada punto del chequeo por semana: no hay respuestas al chequeo en este período.',
    );
    const lines = chartText(
      weeklyCounts(
        spanish,
        [
          { at: '2026-11-16T09:00:00Z', selected: ['hiding-needs'] },
          { at: '2026-11-30T09:00:00Z', selected: ['hiding-needs', 'testing-if-people-leave'] },
        ],
        'UTC',
      ),
      'es',
    ).split('\n');
    expect(lines[0]).toBe(
      'Gráfico de barras de cuántas veces se marcó cada punto del chequeo por semana: 3 semanas, desde la semana del lunes 2026-11-16 hasta la semana del lunes 2026-11-30.',
    );
    expect(lines[1]).toMatch(/^Semana del 2026-11-16: 0 veces: Me descubrí[^\n]* 1 vez: Minimicé/);
    expect(lines[2]).toMatch(/^Semana del 2026-11-23: 0 veces:/);
    expect(lines.join('\n')).not.toMatch(ENGLISH);
  });
});
