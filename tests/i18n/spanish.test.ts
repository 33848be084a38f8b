import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShellAdapter } from '../../adapters/shell/index';
import { loadConfig } from '../../src/config';
import { encodeAction } from '../../src/core/action-id';
import type { UserRef } from '../../src/core/model';
import { loadPromptLibraries } from '../../src/prompts/library';
import { notACrisisService } from '../../src/safety/resources';
import { scheduledMessage } from '../../src/scheduling/messages';
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

let app: TestApp;
beforeEach(() => {
  app = createTestApp(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => app.cleanup());

const ana = eventsFor(alice);
const library = loadPromptLibraries(resolve(import.meta.dirname, '../../prompts'));
const row = (userId = 'alice') =>
  app.sqlite.prepare('select locale, locale_source from members where platform_user_id = ?').get(userId) as
    | { locale: string; locale_source: string | null }
    | undefined;
const say = async (text: string, who = ana) => replyText(await app.handle(who.command(text)));

/** A member who chose Spanish. */
async function spanishMember() {
  await app.handle(ana.command('settings language es'));
}

describe('a member who speaks Spanish', () => {
  it('switches with `settings language es`, answering in Spanish at once', async () => {
    const reply = await say('settings language es');
    expect(reply).toMatch(/^Listo: desde ahora te escribo en español/);
    expect(reply).toMatch(/Idioma: español/);
    expect(reply).not.toMatch(/Saved|Time zone/);
    expect(row()).toEqual({ locale: 'es', locale_source: 'member' });
  });

  it('switches back with `settings idioma en`, and takes names and tags too', async () => {
    await spanishMember();
    expect(await say('settings idioma en')).toMatch(/^Saved: I’ll write to you in English from now on/);
    expect(row()?.locale).toBe('en');
    expect(await say('settings language español')).toMatch(/^Listo/);
    expect(await say('settings language en-GB')).toMatch(/^Saved/);
    expect(await say('settings language es_MX.UTF-8')).toMatch(/Idioma: español/);
  });

  it('gets a kind error listing the choices for a language Between does not speak, in their own language', async () => {
    expect(await say('settings language klingon')).toMatch(
      /I don’t speak “klingon” yet\. I can write to you in English or Spanish: \/between settings language en, or \/between settings language es\./,
    );
    expect(row()?.locale_source).toBeNull();
    await spanishMember();
    expect(await say('settings language fr')).toMatch(/Todavía no hablo “fr”.*settings language es/);
    expect(row()?.locale).toBe('es');
  });

  it('gets help and the welcome in Spanish, crisis lines included', async () => {
    await spanishMember();
    const help = await say('help');
    expect(help).toMatch(/^Between: pequeñas reflexiones entre sesiones de terapia/);
    expect(help).toMatch(/\/between settings: idioma, zona horaria/);
    expect(help).toMatch(/\/between checkin \[tema\]: una pregunta para reflexionar/);
    expect(help).toMatch(/Between no es un servicio de crisis/);
    expect(help).toMatch(/En otro lugar, o en una emergencia/);
    expect(help).not.toMatch(/small reflections|this list|not a crisis service/);
    const welcome = await say('start');
    expect(welcome).toMatch(/^Te damos la bienvenida a Between/);
    expect(welcome).toMatch(/no hay rachas/);
  });

  it('gets the settings, every change and every mistake in Spanish', async () => {
    await spanishMember();
    const view = await say('settings');
    expect(view).toMatch(/^Tus ajustes:\nZona horaria: UTC\nHoras de silencio: ninguna/);
    expect(view).toMatch(/Recordatorios: activados/);
    expect(view).toMatch(/Para cambiarlos:\n\/between settings timezone/);
    expect(await say('settings quiet 21:30-08:00')).toMatch(
      /^Listo\. Así quedan tus ajustes:[\s\S]*de 21:30 a 08:00/,
    );
    expect(await say('settings reminders off')).toMatch(/Recordatorios: desactivados/);
    expect(await say('settings timezone Marte/Olimpo')).toMatch(/“Marte\/Olimpo” no es una zona horaria/);
    expect(await say('settings region Marte')).toMatch(/La región puede ser US, UK, .*NZ, o other/);
    expect(await say('settings colour blue')).toMatch(/^Esto es lo que puedo cambiar:/);
    expect(await say('pause until 2026-12-28')).toMatch(
      /hasta el lunes 28 de diciembre de 2026; ese día vuelven/,
    );
    expect(await say('pause until 2020-01-01')).toMatch(
      /ya empezó o ya pasó[\s\S]*Puedes escribir \/between pause/,
    );
    expect(await say('skip')).toMatch(/De todos modos estás en pausa hasta el 2026-12-28/);
    expect(await say('resume')).toMatch(/Qué bueno tenerte de vuelta/);
  });

  it('gets the router’s own replies in Spanish: unknown command, too long, stale button, typed text, a fault', async () => {
    await spanishMember();
    expect(await say('bailar')).toMatch(/Todavía no conozco “bailar”/);
    expect(await say(`checkin ${'x'.repeat(600)}`)).toMatch(/Ese comando es más largo/);
    const stale = await app.handle(ana.action('v0:nonsense'));
    expect(replyText(stale)).toMatch(/Este botón ya venció/);
    expect(buttonId(stale, 'Ayuda')).toBe(encodeAction({ verb: 'help' }));
    expect(replyText(await app.handle(ana.message('hola')))).toMatch(
      /No guardo los mensajes[\s\S]*Reflexionar ahora/,
    );
    expect(await say('link accept')).toMatch(/Escribe \/between link/);
    app.sqlite.exec('drop table audit_log');
    expect(await say('settings reminders off')).toMatch(/Perdón, algo falló de mi lado\. No se perdió nada/);
  });

  it('gets their home in Spanish: what is stored, what comes next, recent entries and shortcuts', async () => {
    await spanishMember();
    const home = await app.handle(ana.command('home'));
    const view = replyText(home);
    expect(view).toMatch(/Nada de lo que escribes se guarda\. \/between optin te explica/);
    expect(view).toMatch(/Todavía no tienes un horario: \/between schedule/);
    expect(view).toMatch(/Las entradas no se guardan, así que aquí no aparece ninguna/);
    expect(view).toMatch(/Between no es un servicio de crisis\. \/between help muestra las líneas de crisis/);
    expect(buttonId(home, 'Una reflexión ahora')).toBe(encodeAction({ verb: 'checkin' }));
    expect(buttonId(home, 'Pausar una semana')).toBe(encodeAction({ verb: 'pause-week' }));
    expect(buttonId(home, 'Exportar mis datos')).toBe(encodeAction({ verb: 'export' }));
    expect(view).not.toMatch(/Nothing you write|No schedule|Check-ins|Export my data|not a crisis service/);
    await app.handle(ana.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    await say('pause until 2026-12-28');
    const later = await say('home');
    expect(later).toMatch(/Tus respuestas se guardan cifradas, solo para ti/);
    expect(later).toMatch(/En pausa hasta el 2026-12-28: no se enviará nada hasta entonces/);
    expect(later).toMatch(/Todavía no hay entradas guardadas/);
  });

  it('gets a check-in in Spanish: the prompt’s message, the form, its errors and every acknowledgement', async () => {
    await spanishMember();
    const prompt = await app.handle(ana.command('checkin'));
    expect(replyText(prompt)).toMatch(/^Un momento para reflexionar, si quieres:/);
    expect(replyText(prompt)).toMatch(/Escribir una reflexión \| Hoy no \| Pausar una semana$/);
    // The prompt itself comes from the Spanish library, under the same id as the English one.
    const { prompt_id: promptId } = app.sqlite
      .prepare('select prompt_id from deliveries order by id desc limit 1')
      .get() as { prompt_id: string };
    const spanishText = library.in('es').reflection(promptId)?.text ?? '';
    expect(spanishText).not.toBe(library.reflection(promptId)?.text);
    expect(replyText(prompt)).toContain(spanishText);
    const form = formOf(await app.handle(ana.action(buttonId(prompt, 'Escribir una reflexión'))));
    expect(form.intro).toBe(spanishText);
    expect(form.title).toBe('Tu reflexión');
    expect(form.submitLabel).toBe('Guardar');
    expect(form.fields[0]?.placeholder).toBe('Con unas pocas palabras basta.');
    expect(replyText(await app.handle(ana.submit(form.id, { answer: '   ' })))).toMatch(
      /^Parece que está vacío\. Con unas pocas palabras basta/,
    );
    expect(replyText(await app.handle(ana.submit(form.id, { answer: 'x'.repeat(4001) })))).toMatch(
      /^Esto tiene 4001 caracteres y el límite es 4000\. Todavía no se guardó nada/,
    );
    expect(replyText(await app.handle(ana.submit(form.id, { answer: 'hoy me costó pedir ayuda' })))).toMatch(
      /^Gracias por tomarte este momento\. Tu respuesta no se guardó/,
    );
    await app.handle(ana.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
    const again = await app.handle(ana.command('checkin'));
    const kept = formOf(await app.handle(ana.action(buttonId(again, 'Escribir una reflexión'))));
    const saved = replyText(await app.handle(ana.submit(kept.id, { answer: 'me sentí escuchada' })));
    expect(saved).toMatch(/^Guardado, solo para ti\. \/between export te muestra/);
    expect(await say('home')).toMatch(/Tus entradas recientes:\n• lun 23 de nov, 10:00: una reflexión/);
    const other = await app.handle(ana.command('checkin'));
    expect(replyText(await app.handle(ana.action(buttonId(other, 'Hoy no'))))).toBe(
      'Hoy no, y está bien. Esta pregunta queda a un lado.',
    );
    expect(await say('checkin jardinería')).toMatch(/^No conozco ese tema\. Puedes no indicar ninguno/);
    await say('settings offlimits boundaries');
    expect(await say('checkin boundaries')).toMatch(
      /^Marcaste “boundaries” como un tema que prefieres evitar/,
    );
  });

  it('gets the consent notice, both choices and opting out in Spanish', async () => {
    await spanishMember();
    const offer = await app.handle(ana.command('optin'));
    const notice = replyText(offer);
    expect(notice).toMatch(/^Guardar tus respuestas/);
    expect(notice).toContain('Antes de guardar nada, te cuento exactamente qué pasa.');
    expect(notice).toContain(`${notACrisisService('es')} Si estás en peligro`);
    expect(notice).not.toMatch(/\b(?:the|your|you|store)\b/i);
    const stored = await app.handle(ana.action(buttonId(offer, 'Sí, guarda mis respuestas')));
    expect(replyText(stored)).toMatch(/^Gracias\. Desde ahora tus respuestas se guardan cifradas/);
    const noAlert = await app.handle(ana.action(buttonId(stored, 'No, que quede entre nosotros')));
    expect(replyText(noAlert)).toMatch(/^Anotado: nadie recibirá avisos\./);
    const out = await app.handle(ana.command('optout'));
    expect(replyText(out)).toMatch(/^Listo: desde este momento no se guarda nada/);
    expect(buttonId(out, 'Conservarlo por ahora')).toBeDefined();
    expect(await say('optout')).toMatch(/^No se está guardando nada tuyo/);
  });

  it('gets the pull-away checklist in Spanish: its items, what is said on a change, the follow-up', async () => {
    await spanishMember();
    const reply = await app.handle(ana.command('checklist'));
    expect(replyText(reply)).toMatch(/^Notar cuando me alejo/);
    const list = checklistOf(reply);
    const english = library.checklist('pull-away');
    expect(list.items.map((i) => i.id)).toEqual(english?.items.map((i) => i.id));
    expect(list.items.map((i) => i.label)).toEqual(
      library
        .in('es')
        .checklist('pull-away')
        ?.items.map((i) => i.label),
    );
    // Without opt-in nothing is stored, and the note says so in Spanish.
    const changed = await app.handle(ana.action(list.id, ['hiding-needs']));
    expect(replyText(changed)).toContain('No se guardó: no elegiste guardar tus respuestas.');
    const form = formOf(await app.handle(ana.action(buttonId(reply, 'Pensar en qué protege'))));
    expect(form.title).toBe('Qué protege');
    expect(form.intro).toBe(library.in('es').checklist('pull-away')?.followUp?.text);
    expect(form.fields[0]?.placeholder).toBe('Con curiosidad, sin juzgarte.');
    expect(
      replyText(await app.handle(ana.submit(form.id, { answer: 'me protege de que me dejen' }))),
    ).toMatch(/^Gracias por mirarlo con tanto cuidado\. No se guardó/);
  });

  it('gets scheduled prompts, reminders and the session-prep invitation in Spanish', () => {
    const delivery = { id: 7, kind: 'reflection' as const, promptId: 'boundaries-mid-01', parentId: null };
    const scheduled = scheduledMessage(library, delivery, undefined, 'es');
    expect(scheduled?.fallback).toContain('Una pequeña pausa a mitad de semana, si te viene bien:');
    expect(scheduled?.fallback).toContain(library.in('es').reflection('boundaries-mid-01')?.text);
    const reminder = scheduledMessage(
      library,
      { ...delivery, id: 8, kind: 'reminder', parentId: 7 },
      'reflection',
      'es',
    );
    expect(reminder?.fallback).toContain('Un recordatorio suave, por si se te pasó.');
    const prep = scheduledMessage(
      library,
      { ...delivery, kind: 'digest', promptId: 'session-prep' },
      undefined,
      'es',
    );
    expect(prep?.fallback).toContain('Se acerca tu próxima sesión.');
    expect(JSON.stringify(prep)).toContain('Elegir qué compartir');
    // An English member still gets the English library's words.
    expect(scheduledMessage(library, delivery)?.fallback).toContain(
      library.reflection('boundaries-mid-01')?.text,
    );
  });

  it('keeps their language in the export', async () => {
    await spanishMember();
    // In the shell the export is the file itself (on a platform it is offered first).
    const reply = await app.handle(ana.command('export'));
    const file = reply.kind === 'message' ? reply.message.elements.find((e) => e.kind === 'file') : undefined;
    if (file?.kind !== 'file') throw new Error('no export file');
    const data = JSON.parse(String(file.content));
    expect(data.member.language).toBe('es');
    expect(data.member.languageFrom).toBe('member');
  });
});

describe('English stays the default', () => {
  it('for a member with no language and no hint from the platform', async () => {
    expect(await say('help')).toMatch(/^Between: small reflections between therapy sessions/);
    expect(await say('settings')).toMatch(/Language: English/);
    expect(row()).toEqual({ locale: 'en', locale_source: null });
  });
});

describe('the platform’s language, at first contact', () => {
  const maria: UserRef = { platform: 'slack', workspaceId: 'T1', userId: 'maria', locale: 'es-MX' };

  it('is taken for a new member, and answers in it', async () => {
    expect(await say('help', eventsFor(maria))).toMatch(/^Between: pequeñas reflexiones/);
    expect(row('maria')).toEqual({ locale: 'es', locale_source: 'platform' });
  });

  it('never overrides a language the member chose', async () => {
    await say('settings language en', eventsFor(maria));
    expect(await say('help', eventsFor(maria))).toMatch(/^Between: small reflections/);
    expect(row('maria')).toEqual({ locale: 'en', locale_source: 'member' });
  });

  it('is not changed by a later hint once taken, and ignores a language Between does not speak', async () => {
    await say('help', eventsFor(maria));
    await say('help', eventsFor({ ...maria, locale: 'en-US' }));
    expect(row('maria')?.locale).toBe('es');
    const pierre: UserRef = { platform: 'discord', workspaceId: 'G1', userId: 'pierre', locale: 'fr' };
    expect(await say('help', eventsFor(pierre))).toMatch(/small reflections/);
    expect(row('pierre')).toEqual({ locale: 'en', locale_source: null });
  });

  it('answers someone outside the community in their platform’s language, keeping nothing', async () => {
    const reply = await app.handle({
      kind: 'command',
      text: 'help',
      user: maria,
      visibility: 'dm',
      raw: {},
      outsider: 'not-a-member',
    });
    expect(replyText(reply)).toMatch(/no guardé nada de esto/);
    expect(row('maria')).toBeUndefined();
  });
});

describe('the shell in Spanish', () => {
  /** The real shell adapter with the locale main gives it (from --lang or LANG), and the real core. */
  async function converse(locale: string | undefined, lines: string[]) {
    const input = new PassThrough();
    const output = new PassThrough();
    let transcript = '';
    output.on('data', (chunk) => {
      transcript += String(chunk);
    });
    const shell = createShellAdapter({
      input,
      output,
      exportDir: `${app.dir}/exports`,
      echo: true,
      ...(locale ? { locale } : {}),
    });
    app.services.messenger.use(new Map([['shell', shell]]));
    await shell.start(app.handle);
    input.end(`${lines.join('\n')}\n`);
    await shell.finished;
    return transcript;
  }

  it('LANG=es_MX.UTF-8 gives a new local member Spanish help and settings', async () => {
    const transcript = await converse('es_MX.UTF-8', ['/between help', '/between settings']);
    expect(transcript).toMatch(/Between: pequeñas reflexiones entre sesiones de terapia/);
    expect(transcript).toMatch(/Tus ajustes:/);
    expect(transcript).not.toMatch(/small reflections|Your settings/);
    expect(row('local')).toEqual({ locale: 'es', locale_source: 'platform' });
  });

  it('with no LANG (or LANG=C) it stays English', async () => {
    const transcript = await converse('C.UTF-8', ['/between help']);
    expect(transcript).toMatch(/Between: small reflections between therapy sessions/);
    expect(row('local')).toEqual({ locale: 'en', locale_source: null });
  });

  it('reads the terminal’s locale as POSIX does: LC_ALL, then LC_MESSAGES, then LANG', () => {
    const load = (env: Record<string, string>) =>
      loadConfig({ BETWEEN_ENCRYPTION_KEY: 'ab'.repeat(32), ...env }, { dotenv: false });
    expect(load({ LANG: 'es_MX.UTF-8' }).terminalLocale).toBe('es_MX.UTF-8');
    expect(load({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_CO.UTF-8' }).terminalLocale).toBe('es_CO.UTF-8');
    expect(load({ LANG: 'es_MX.UTF-8', LC_ALL: 'en_GB.UTF-8' }).terminalLocale).toBe('en_GB.UTF-8');
    expect(load({}).terminalLocale).toBeUndefined();
  });
});

describe('npm start in Spanish', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  /** `npm start` with `input` piped in, fresh data and key folders, and only `env` (plus PATH and HOME). */
  function npmStart(input: string, env: Record<string, string>, args: string[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'between-lang-'));
    try {
      return spawnSync('npm', ['start', '--silent', ...(args.length > 0 ? ['--', ...args] : [])], {
        cwd: ROOT,
        input,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: `file:${join(dir, 'data', 'between.db')}`,
          BETWEEN_KEY_FILE: join(dir, 'keys', 'between.key'),
          ...env,
        },
        timeout: 60_000,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('LANG=es_MX.UTF-8 npm start answers a new member in Spanish', () => {
    const result = npmStart('/between help\n/between settings\n', { LANG: 'es_MX.UTF-8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Between: pequeñas reflexiones entre sesiones de terapia/);
    expect(result.stdout).toMatch(/Idioma: español/);
  }, 60_000);

  it('--lang es wins over an English LANG', () => {
    const result = npmStart('/between help\n', { LANG: 'en_US.UTF-8' }, ['--lang', 'es']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Between: pequeñas reflexiones/);
  }, 60_000);
});
