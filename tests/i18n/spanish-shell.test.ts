import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../fixtures/app';
import { converseInShell } from '../fixtures/shell';
import { englishIn } from './english';

const ROOT = resolve(import.meta.dirname, '../..');
let app: TestApp | undefined;
afterEach(() => app?.cleanup());

/** A scripted session through the real shell adapter and the real core, in a terminal set to `locale`. */
function converse(locale: string, lines: string[]) {
  app = createTestApp(new Date('2026-11-23T10:00:00Z'));
  return converseInShell(app, lines, locale);
}

/** The whole scripted session: help, opt in (with a wrong letter first), a check-in, the checklist, a form closed, settings, a schedule, an export. */
const SESSION = [
  '/between help',
  '/between optin',
  'z', // no such choice
  'a', // yes, store my answers
  'b', // no therapist alert
  '/between checkin',
  'a', // write a reflection
  'Le pedí ayuda a una amiga el martes.',
  '/between checklist',
  '2 9', // out of range
  'ninguno', // the Spanish word clears the checklist
  '/between note',
  '/cancel',
  '/between settings',
  '/between schedule add lun 19:00',
  '/between export',
  '/between pause por 2 semanas',
  '/between resume',
  // Both roles: the demo therapist invites, the client accepts and shares one entry.
  '/between as therapist',
  '/between invite @local',
  '/between as client',
  '/between link',
  'a', // accept
  '/between share',
  '2', // the reflection
  'b', // send
  '/between delete',
  'a', // take the share back, then erase everything
];

/**
 * Distinctive English sentences of the shell's own words and of the core's answers in this
 * session: none may show in a Spanish transcript.
 */
const ENGLISH = [
  // The shell's own words.
  'is running here in your terminal',
  'to begin',
  'to leave',
  'type a letter to choose',
  'type the numbers of all that apply',
  'each answer replaces the last',
  '"none"',
  'characters on one line',
  'to close without saving',
  'Type it again',
  'Closed without saving',
  'Please use numbers from',
  'There is no choice',
  'readable by you only',
  'Saved ',
  'could not be handled',
  '(scheduled)',
  '(updated)',
  'a DM to',
  'was withdrawn',
  // The core's answers to this session's commands.
  'small reflections between therapy sessions',
  'this list',
  'not a crisis service',
  'Storing your answers',
  'Yes, store my answers',
  'Thank you',
  'A moment to reflect',
  'Write a reflection',
  'Not today',
  'Pause for a week',
  'Your reflection',
  'Kept privately',
  'only for you',
  'Noticing',
  'not a diagnosis',
  'A note about a session',
  'Your note',
  'Your settings',
  'Time zone',
  'Quiet hours',
  'Off-limits themes',
  'Crisis numbers for',
  'Reminders:',
  'Paused:',
  'Language:',
  'To change them',
  'Added',
  'Your schedule',
  'every Monday',
  'a reflection prompt',
  'No session times yet',
  'To change it',
  'Here is everything',
  'everything Between stores',
  ' you ',
  ' your ',
  ' the ',
];

describe('the shell adapter in Spanish (LANG=es_MX.UTF-8), end to end', () => {
  it('speaks Spanish through a whole session: banner, hints, errors, headings, export, pause, a share, delete', async () => {
    const { transcript, exportDir } = await converse('es_MX.UTF-8', SESSION);
    const text = transcript();
    // The shell's own words.
    expect(text).toMatch(
      /^Between está funcionando aquí, en tu terminal\. Escribe \/between help para empezar y \/quit para salir\.\n/,
    );
    expect(text).toContain('> z\n  Aquí no hay ninguna opción “z”.\n');
    expect(text).toContain('  (escribe una letra para elegir)\n');
    expect(text).toMatch(
      /Tu reflexión \(hasta 4000 caracteres en una sola línea; \/cancel para cerrar sin guardar\):/,
    );
    expect(text).toContain('> 2 9\n  Usa números del 1 al 5, por favor.\n');
    expect(text).toContain('(escribe los números de todo lo que aplique, por ejemplo "1 3", o "ninguno"');
    expect(text).toMatch(/> ninguno\n── Between \(actualizado\) ──/);
    expect(text).toMatch(/Tu nota \(hasta 4000 caracteres[^\n]*\n> \/cancel\n {2}Cerrado sin guardar\.\n/);
    expect(text).toMatch(/ {2}Guardado en \S+between-export-2026-11-23\.json \(solo tú puedes leerlo\)\./);
    // The export, and the file of the digest the demo therapist received.
    expect(readdirSync(exportDir).sort()).toEqual(['between-export-2026-11-23.json', 'between-share.md']);
    // The core's answers.
    expect(text).toMatch(/Between: pequeñas reflexiones entre sesiones de terapia/);
    expect(text).toMatch(/\[a\] Sí, guarda mis respuestas/);
    expect(text).toMatch(/Tus ajustes:[\s\S]*Idioma: español/);
    expect(text).toMatch(/cada lunes a las 19:00/);
    expect(text).toMatch(
      /> \/between pause por 2 semanas\n── Between ──\nEn pausa\. [^\n]* hasta el lunes 7 de diciembre/,
    );
    // As in the terminal, the digest prints in the therapist's DM as soon as it is sent, before the reply.
    expect(text).toMatch(
      /> b\n── Between \(un mensaje directo para therapist\) ──\n» Compartido por @local[^\n]*\n[\s\S]*?Le pedí ayuda a una amiga el martes\.\n[^\n]*between-share\.md[^\n]*\n── Between \(actualizado\) ──\nUna entrada ya va en camino a @therapist\./,
    );
    // The share reached the therapist, so delete first takes it back from their DM, then erases.
    expect(text).toMatch(
      /\(se retiró un mensaje para therapist\)\n[\s\S]*Listo\. Se borró todo lo que Between tenía sobre ti\.\nAntes se retiró 1 envío de los mensajes de tu terapeuta\.\n[^\n]*\n$/,
    );
    // And nothing in English: not the phrases above, nor any English word outside a command.
    const leaks = ENGLISH.filter((phrase) => text.includes(phrase));
    expect(leaks, `English in the Spanish transcript:\n${text}`).toEqual([]);
    expect(
      englishIn(text, [
        /\/cancel\b/,
        /\S*between-export-[\d-]+\.json/,
        /\S*between-share\.md/,
        /@therapist|para therapist|\(therapist\)/,
      ]),
    ).toEqual([]);
  });

  it('gives a form’s hints and errors in Spanish: a too-long answer, asked again', async () => {
    const { transcript } = await converse('es', [
      '/between note',
      '/cancel',
      '/between note',
      'x'.repeat(5000),
    ]);
    const text = transcript();
    expect(text).toContain('Cerrado sin guardar.');
    expect(text).toMatch(
      /Esto tiene 5000 caracteres y el límite es 4000\.[^\n]*\n {2}Escríbelo de nuevo, o usa \/cancel para cerrar\.\nTu nota \(hasta 4000 caracteres en una sola línea; \/cancel para cerrar sin guardar\):\n$/,
    );
    expect(text).not.toMatch(/characters on one line|Closed without saving|Type it again/);
  });

  it('heads a scheduled message and a DM for the other role in the terminal’s language', async () => {
    const { transcript, shell } = await converse('es_MX.UTF-8', []);
    const message = { fallback: 'hola', elements: [{ kind: 'text' as const, text: 'hola' }] };
    await shell.send('shell:local', message);
    await shell.send('shell:therapist', message);
    await shell.update({ address: 'shell:local', messageId: 'shell-1' }, message);
    await shell.remove?.({ address: 'shell:therapist', messageId: 'shell-2' });
    const text = transcript();
    expect(text).toContain('── Between (programado) ──\nhola\n');
    expect(text).toContain('── Between (un mensaje directo para therapist) ──\nhola\n');
    expect(text).toContain('── Between (actualizado) ──\nhola\n');
    expect(text).toContain('── Between ──\n  (se retiró un mensaje para therapist)\n');
  });

  it('stays word for word English in an English terminal', async () => {
    const { transcript, shell } = await converse('C.UTF-8', [
      '/between optin',
      'z',
      '/between note',
      '/cancel',
      '/between note',
      'x'.repeat(5000),
    ]);
    await shell.send('shell:therapist', { fallback: 'hi', elements: [{ kind: 'text', text: 'hi' }] });
    const text = transcript();
    expect(text).toMatch(
      /^Between is running here in your terminal\. Type \/between help to begin, \/quit to leave\.\n/,
    );
    expect(text).toContain('  (type a letter to choose)\n');
    expect(text).toContain('> z\n  There is no choice “z” here.\n');
    expect(text).toMatch(/\(up to 4000 characters on one line; \/cancel to close without saving\):\n/);
    expect(text).toContain('> /cancel\n  Closed without saving.\n');
    expect(text).toContain('  Type it again, or /cancel to close.\nYour note (up to 4000 characters');
    expect(text).toContain('── Between (a DM to therapist) ──\nhi\n');
  });
});

describe('npm start in a Spanish terminal', () => {
  it('greets, answers and closes a form in Spanish with LANG=es_MX.UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-start-'));
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '/between help\n/between note\n/cancel\n/between optin\nq\n',
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LANG: 'es_MX.UTF-8',
        DATABASE_URL: `file:${join(dir, 'data', 'between.db')}`,
        BETWEEN_KEY_FILE: join(dir, 'keys', 'between.key'),
      },
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Between está funcionando aquí, en tu terminal\./m);
    expect(result.stdout).toMatch(/Between: pequeñas reflexiones entre sesiones de terapia/);
    expect(result.stdout).toMatch(/Cerrado sin guardar\./);
    expect(result.stdout).toMatch(/Aquí no hay ninguna opción “q”\./);
    const leaks = ENGLISH.filter((phrase) => result.stdout.includes(phrase));
    expect(leaks, result.stdout).toEqual([]);
  }, 60_000);
});
