import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig, operatorLocale } from '../../src/config';
import { isBetweenError } from '../../src/core/errors';
import { type Locale, t } from '../../src/i18n';
import { loadPromptLibrary } from '../../src/prompts/library';

/**
 * What Between tells the admin who runs it (configuration errors, the CLIs, prompt-library checks)
 * follows the machine's language the way the shell does: LC_ALL, else LC_MESSAGES, else LANG.
 * English stays exactly as it was.
 */
const ROOT = resolve(import.meta.dirname, '../..');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs a CLI the way `npm run …` does, with only the locale variables given (none: LANG unset). */
function cli(file: string, args: string[], locale: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...locale },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** A library whose one reflection file has a prompt without text and a key it should not have. */
function brokenLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'between-operator-'));
  temps.push(dir);
  mkdirSync(join(dir, 'reflections'));
  mkdirSync(join(dir, 'checklists'));
  writeFileSync(
    join(dir, 'reflections', 'consistency.yaml'),
    'theme: consistency\ntitle: "A title"\ndescription: "A description."\ncolour: red\nprompts:\n  - id: consistency-mid-01\n    timing: mid-week\n',
  );
  return dir;
}

function libraryProblems(dir: string, locale?: Locale): string {
  try {
    if (locale) loadPromptLibrary(dir, locale);
    else loadPromptLibrary(dir);
  } catch (error) {
    if (isBetweenError(error) && error.code === 'prompts_invalid') return error.message;
    throw error;
  }
  throw new Error('expected the library to be rejected');
}

describe('the operator’s locale', () => {
  it.each([
    [{ LANG: 'es_MX.UTF-8' }, 'es'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_CO.UTF-8' }, 'es'],
    [{ LANG: 'es_MX.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'es_MX.UTF-8', LC_ALL: '' }, 'es'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
    [{}, 'en'],
  ] as const)('%o speaks %s', (env, locale) => {
    expect(operatorLocale(env)).toBe(locale);
  });

  it('is the same lookup as the shell member’s language', () => {
    const load = (env: Record<string, string>) =>
      loadConfig({ BETWEEN_ENCRYPTION_KEY: 'ab'.repeat(32), ...env }, { dotenv: false });
    expect(load({ LANG: 'es_MX.UTF-8', LC_ALL: ' ' }).terminalLocale).toBe('es_MX.UTF-8');
  });
});

describe('configuration errors', () => {
  const problem = (env: Record<string, string>) => {
    try {
      loadConfig(env, { cwd: ROOT, dotenv: false });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the configuration to be rejected');
  };

  it('are in English, exactly as before, with LANG unset or C', () => {
    const english =
      'Between cannot start: the configuration has a problem.\n  PORT: must be a port number\nSet these in the environment or in .env (see .env.example).';
    expect(problem({ PORT: 'eighty' })).toBe(english);
    expect(problem({ PORT: 'eighty', LANG: 'C' })).toBe(english);
    expect(problem({ PORT: '70000', LOG_LEVEL: 'loud', LANG: 'C.UTF-8' })).toBe(
      'Between cannot start: the configuration has problems.\n  LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent\n  PORT: must be between 1 and 65535\nSet these in the environment or in .env (see .env.example).',
    );
  });

  it('are in Spanish with LANG=es_MX.UTF-8', () => {
    expect(problem({ PORT: 'eighty', LANG: 'es_MX.UTF-8' })).toBe(
      'Between no puede arrancar: hay un problema en la configuración.\n  PORT: tiene que ser un número de puerto\nDefine estos valores en el entorno o en .env (guíate por .env.example).',
    );
    const several = problem({
      BETWEEN_STOP_SECONDS: '90',
      BETWEEN_PROMPT_EXPIRY_DAYS: '1.5',
      LANG: 'es_MX.UTF-8',
    });
    expect(several).toContain('hay problemas en la configuración');
    expect(several).toContain('BETWEEN_STOP_SECONDS: tiene que ser 60 como máximo');
    expect(several).toContain('BETWEEN_PROMPT_EXPIRY_DAYS: tiene que ser un número entero de días');
  });
});

describe('npm run admin', () => {
  const ENGLISH_USAGE = `Usage:
  npm run admin -- role <slack|discord|shell> <workspace id> <user id> <client|therapist|facilitator|admin>
  npm run admin -- roles <slack|discord|shell> <workspace id>
  npm run admin -- facilitator-role discord <server id> <role id | off>   (holders of that server role act as facilitators)
The workspace id is the Slack team id (T…) or the Discord server id; for the shell it is "local".
`;

  it('prints its usage in English, exactly as before, with LANG unset or C', () => {
    for (const locale of [{}, { LANG: 'C' }] as Record<string, string>[]) {
      const result = cli('src/admin-cli.ts', [], locale);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(ENGLISH_USAGE);
    }
  }, 60_000);

  it('prints its usage in Spanish with LANG=es_MX.UTF-8', () => {
    const result = cli('src/admin-cli.ts', ['role', 'shell'], { LANG: 'es_MX.UTF-8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${t('es', 'operator.admin.usage')}\n`);
    expect(result.stderr).toMatch(
      /^Uso:\n {2}npm run admin -- role <slack\|discord\|shell> <id del espacio>/,
    );
    expect(result.stderr).not.toMatch(/Usage|workspace id/);
  }, 60_000);
});

describe('prompt-library errors', () => {
  it('are in English, in zod’s own words where the schema has none', () => {
    const dir = brokenLibrary();
    const message = libraryProblems(dir);
    const lines = message.split('\n');
    expect(lines[0]).toBe('The prompt library has problems:');
    expect(lines).toHaveLength(3);
    const unknown = z.strictObject({}).safeParse({ colour: 'red' }).error?.issues[0]?.message;
    expect(unknown).toBe('Unrecognized key: "colour"');
    expect(message).toMatch(new RegExp(`consistency\\.yaml:4: ${unknown}$`, 'm'));
    expect(message).toMatch(/consistency\.yaml:6: prompts\.0\.text: is required$/m);
    expect(libraryProblems(dir, 'en')).toBe(message);
  });

  it('say a wrong type as zod does in English, and in Spanish when asked', () => {
    const dir = brokenLibrary();
    writeFileSync(
      join(dir, 'reflections', 'consistency.yaml'),
      'theme: consistency\ntitle: "A title"\ndescription: "A description."\nprompts: none yet\n',
    );
    const zodSays = z.array(z.string()).safeParse('none yet').error?.issues[0]?.message;
    expect(zodSays).toBe('Invalid input: expected array, received string');
    expect(libraryProblems(dir)).toMatch(new RegExp(`consistency\\.yaml:4: prompts: ${zodSays}$`));
    expect(libraryProblems(dir, 'es')).toMatch(
      /consistency\.yaml:4: prompts: valor no válido: se esperaba una lista, pero llegó texto$/,
    );
  });

  it('say a list left out is required, as a text left out is', () => {
    const dir = brokenLibrary();
    writeFileSync(
      join(dir, 'reflections', 'consistency.yaml'),
      'theme: consistency\ntitle: "A title"\ndescription: "A description."\n',
    );
    expect(libraryProblems(dir)).toMatch(/consistency\.yaml:1: prompts: is required$/);
    expect(libraryProblems(dir, 'es')).toMatch(/consistency\.yaml:1: prompts: es obligatorio$/);
  });

  it('are in Spanish when asked', () => {
    const message = libraryProblems(brokenLibrary(), 'es');
    expect(message).toMatch(/^La biblioteca de preguntas tiene problemas:\n/);
    expect(message).toMatch(/consistency\.yaml:4: clave desconocida: "colour"$/m);
    expect(message).toMatch(/consistency\.yaml:6: prompts\.0\.text: es obligatorio$/m);
  });

  it('come from npm run prompts:check in the machine’s language', () => {
    const dir = brokenLibrary();
    const english = cli('src/prompts/check-cli.ts', [dir], { LANG: 'C' });
    expect(english.status).toBe(1);
    expect(english.stderr).toMatch(/^The prompt library has problems:\n/);
    expect(english.stderr).toMatch(/prompts\.0\.text: is required$/m);
    const spanish = cli('src/prompts/check-cli.ts', [dir], { LANG: 'es_MX.UTF-8' });
    expect(spanish.status).toBe(1);
    expect(spanish.stderr).toMatch(/^La biblioteca de preguntas tiene problemas:\n/);
    expect(spanish.stderr).toMatch(/prompts\.0\.text: es obligatorio$/m);
    expect(spanish.stderr).not.toMatch(/problems|is required/);
  }, 60_000);

  it('and its summary, in Spanish, counts in Spanish', () => {
    const spanish = cli('src/prompts/check-cli.ts', [join(ROOT, 'prompts')], { LANG: 'es_MX.UTF-8' });
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toMatch(/^biblioteca válida \(en\): 50 preguntas de reflexión en 10 temas \(/m);
    expect(spanish.stdout).toMatch(/^biblioteca válida \(es\): 50 preguntas de reflexión/m);
  }, 60_000);
});
