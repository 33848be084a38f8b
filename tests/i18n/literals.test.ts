import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksUserFacing, ROOT, scannedFiles, userFacingLiterals } from './literals';

/**
 * Not scanned: the risk screen's word lists and normaliser, whose literals are what members
 * write (matched, in English and Spanish), never anything Between says.
 */
const NOT_TEXT: readonly string[] = ['src/safety/rules/', 'src/safety/detect.ts', 'src/safety/normalise.ts'];

const scanned = () => scannedFiles().filter((file) => !NOT_TEXT.some((p) => file.startsWith(join(ROOT, p))));

describe('user-facing literals in code', () => {
  it('are nowhere in src/ or adapters/: every word a person reads comes from the catalogues', () => {
    const stray = scanned()
      .flatMap(userFacingLiterals)
      .map(
        (l) =>
          `${l.file}:${l.line}: ${JSON.stringify(l.text.slice(0, 80))} (put it in src/i18n/en.ts and es.ts)`,
      );
    expect(stray).toEqual([]);
  });

  it('are looked for in the files that once held them, the adapters and the CLIs among them', () => {
    const files = scanned().map((file) => file.slice(ROOT.length + 1));
    for (const file of [
      'src/help/help.ts',
      'adapters/slack/render.ts',
      'src/admin-cli.ts',
      'src/safety/resources.ts',
    ]) {
      expect(files).toContain(file);
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
        "const button = { label: 'Cancel', value: 'Cancel' };",
        "plain('Done.'); log.info('Done');",
        "const line = { checked: 'the page says so', pending: ['news reports only'], say: 'call us now' };",
      ].join('\n'),
    );
    const texts = userFacingLiterals(file).map((l) => [l.line, l.text]);
    rmSync(dir, { recursive: true, force: true });
    expect(texts).toEqual([
      [5, 'Pick a later date.'],
      [9, 'On   I tried'],
      [10, 'Check in now'],
      [11, 'Cancel'],
      [12, 'Done.'],
      [13, 'call us now'],
    ]);
  });
});
