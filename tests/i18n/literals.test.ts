import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksUserFacing, ROOT, scannedFiles, userFacingLiterals } from './literals';
import { NOT_TEXT, NOT_YET_MIGRATED } from './not-yet-migrated';

const scanned = () => scannedFiles().filter((file) => !NOT_TEXT.some((p) => file.startsWith(join(ROOT, p))));

describe('user-facing literals in code', () => {
  const found = scanned().flatMap(userFacingLiterals);

  it('are found only in files not yet migrated to the catalogue', () => {
    const stray = found
      .filter((literal) => !NOT_YET_MIGRATED.includes(literal.file))
      .map(
        (l) =>
          `${l.file}:${l.line}: ${JSON.stringify(l.text.slice(0, 80))} (put it in src/i18n/en.ts and es.ts)`,
      );
    expect(stray).toEqual([]);
  });

  it('are still in every listed file (take a migrated file off NOT_YET_MIGRATED)', () => {
    const withLiterals = new Set(found.map((l) => l.file));
    const done = NOT_YET_MIGRATED.filter((file) => !withLiterals.has(file));
    expect(done, 'migrated: remove these from NOT_YET_MIGRATED').toEqual([]);
  });

  it('lists only files that exist, once each', () => {
    expect(NOT_YET_MIGRATED.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
    expect(new Set(NOT_YET_MIGRATED).size).toBe(NOT_YET_MIGRATED.length);
  });

  it('keeps the first migrated modules off the list', () => {
    for (const file of [
      'src/help/help.ts',
      'src/settings/settings.ts',
      'src/settings/pause.ts',
      'src/core/router.ts',
      'src/core/messages.ts',
      'src/home/home.ts',
      'src/checkin/checkin.ts',
    ]) {
      expect(NOT_YET_MIGRATED).not.toContain(file);
    }
  });
});

describe('the literal heuristic', () => {
  it.each([
    ['Sorry, I can’t handle that kind of message.', true],
    ['“{value}” isn’t a time zone I know', true],
    ['Saved, just for you.', true],
    ['Check in now', true],
    ['help', false],
    ['not-a-member', false],
    ['Europe/London', false],
    ['../core/messages', false],
    ['application/json; charset=utf-8', false],
    ['bad_argument', false],
    ['select count(*) as n from members where id = ?', false],
    ['set null', false],
    ['a b c', false],
  ])('%j is user-facing: %s', (text, expected) => {
    expect(looksUserFacing(text)).toBe(expected);
  });

  it('skips imports, types, logs, internal error messages and marked lines, and reads templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'between-literals-'));
    const file = join(dir, 'sample.ts');
    writeFileSync(
      file,
      [
        "import { x } from 'some module path';",
        "type Kind = 'one kind' | 'another kind';",
        "log.info({ id: 1 }, 'request declined by the core');",
        "throw new Error('member row missing after insert');",
        "throw new BetweenError('bad_argument', 'bad settings argument', { userMessage: 'Pick a later date.' });",
        'const q = sql`select id from members`;',
        '// i18n-exempt: an internal reason, never shown',
        "const reason = 'body too large';",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source for the scanner to read
        'const shown = `On ${since} I tried`;',
        "const label = 'Check in now';",
      ].join('\n'),
    );
    const texts = userFacingLiterals(file).map((l) => [l.line, l.text]);
    rmSync(dir, { recursive: true, force: true });
    expect(texts).toEqual([
      [5, 'Pick a later date.'],
      [9, 'On   I tried'],
      [10, 'Check in now'],
    ]);
  });
});
