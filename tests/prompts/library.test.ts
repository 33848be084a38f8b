import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isBetweenError } from '../../src/core/errors';
import { LIMITS, loadPromptLibrary, THEMES, TIMINGS, translationProblems } from '../../src/prompts/library';

const root = fileURLToPath(new URL('../..', import.meta.url));
const realLibrary = join(root, 'prompts');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Creates a library in a fresh temp dir; `null` leaves a folder out, `{}` makes it empty. */
function library(files: {
  reflections?: Record<string, string> | null;
  checklists?: Record<string, string> | null;
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'between-prompts-'));
  temps.push(dir);
  const reflections =
    files.reflections === undefined ? { 'consistency.yaml': reflection() } : files.reflections;
  const checklists = files.checklists === undefined ? {} : files.checklists;
  for (const [folder, content] of [
    ['reflections', reflections],
    ['checklists', checklists],
  ] as const) {
    if (content === null) continue;
    mkdirSync(join(dir, folder));
    for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, folder, name), text);
  }
  return dir;
}

const prompt = (id: string, timing = 'mid-week', text = 'What did you notice this week about yourself?') =>
  `  - id: ${id}\n    timing: ${timing}\n    text: "${text}"\n`;

/** A valid reflection file (lines 1-4 are the header, each prompt takes three lines). */
function reflection(theme = 'consistency', prompts = prompt(`${theme}-mid-01`)): string {
  return `theme: ${theme}\ntitle: "A title"\ndescription: "A description."\nprompts:\n${prompts}`;
}

const item = (id: string) => `  - id: ${id}\n    label: "I noticed ${id}."\n`;

/** A valid checklist file (lines 1-5 are the header, each item takes two lines). */
function checklist(items = [item('one'), item('two')].join(''), title = 'Noticing'): string {
  return `id: a-checklist\ntitle: "${title}"\nintro: "Select any that felt familiar."\nnote: "Not a diagnosis."\nitems:\n${items}`;
}

/** Loads `dir` and returns the problem lines of the `prompts_invalid` error. */
function problems(dir: string): string[] {
  try {
    loadPromptLibrary(dir);
  } catch (error) {
    if (!isBetweenError(error) || error.code !== 'prompts_invalid') throw error;
    return error.message.split('\n').slice(1);
  }
  throw new Error('expected the library to be rejected');
}

/** The single problem reported for `dir`, as file, line and message. */
function onlyProblem(dir: string): { file: string; line: number | undefined; message: string } {
  const lines = problems(dir);
  expect(lines).toHaveLength(1);
  const match = /^ {2}(.+?)(?::(\d+))?: (.*)$/.exec(lines[0] ?? '');
  if (!match) throw new Error(`unexpected problem line: ${lines[0]}`);
  return { file: match[1] ?? '', line: match[2] ? Number(match[2]) : undefined, message: match[3] ?? '' };
}

describe('the Spanish prompt library', () => {
  const english = loadPromptLibrary(realLibrary);
  const spanish = loadPromptLibrary(join(realLibrary, 'es'));

  it('holds the same prompts as the English one: ids, themes, timings, checklist items', () => {
    expect(translationProblems(english, spanish, 'es')).toEqual([]);
    expect(spanish.reflections.length).toBeGreaterThanOrEqual(40);
  });

  it('is written in Spanish: no text is the English text', () => {
    for (const prompt of spanish.reflections) {
      expect(prompt.text, prompt.id).not.toBe(english.reflection(prompt.id)?.text);
    }
  });
});

describe('the real prompt library', () => {
  const lib = loadPromptLibrary(realLibrary);

  it('has at least 40 reflection prompts', () => {
    expect(lib.reflections.length).toBeGreaterThanOrEqual(40);
  });

  it('covers all ten themes, each with every timing', () => {
    expect(lib.themes.map((t) => t.id).sort()).toEqual([...THEMES].sort());
    for (const theme of THEMES) {
      const timings = new Set(lib.reflections.filter((p) => p.theme === theme).map((p) => p.timing));
      expect([...timings].sort(), theme).toEqual([...TIMINGS].sort());
    }
  });

  it('uses every id only once', () => {
    const ids = [
      ...lib.reflections.map((p) => p.id),
      ...lib.checklists.flatMap((c) => [c.id, ...(c.followUp ? [c.followUp.id] : [])]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every prompt text within the prompt length limit', () => {
    for (const p of lib.reflections) expect(p.text.length, p.id).toBeLessThanOrEqual(LIMITS.promptText);
  });

  it('looks prompts up by id', () => {
    const first = lib.reflections[0];
    expect(first && lib.reflection(first.id)).toBe(first);
    expect(lib.reflection('no-such-prompt')).toBeUndefined();
  });

  it('has the pull-away checklist with its five items, a follow-up and a not-a-diagnosis note', () => {
    const pullAway = lib.checklist('pull-away');
    expect(pullAway).toBeDefined();
    expect(pullAway?.items.map((i) => i.id)).toEqual([
      'testing-if-people-leave',
      'hiding-needs',
      'over-apologising',
      'withdrawing-when-close',
      'bracing-for-good-to-end',
    ]);
    expect(pullAway?.followUp?.text).toBeTruthy();
    expect(pullAway?.note).toContain('not a diagnosis');
  });
});

describe('an invalid prompt library', () => {
  it('reports a YAML syntax error with the file and line', () => {
    const broken = reflection().replace('title: "A title"', 'title: Looking back: a title');
    const problem = onlyProblem(library({ reflections: { 'consistency.yaml': broken } }));
    expect(problem.file).toMatch(/reflections[/\\]consistency\.yaml$/);
    expect(problem.line).toBe(2);
    expect(problem.message).toBe('not valid YAML: Nested mappings are not allowed in compact mappings');
  });

  it('reports a wrongly indented line as a YAML error on that line', () => {
    const broken = `${reflection()}  - id: second\n    timing: mid-week\n   text: "What did you notice?"\n`;
    const problem = onlyProblem(library({ reflections: { 'consistency.yaml': broken } }));
    expect(problem.line).toBe(10);
    expect(problem.message).toMatch(/^not valid YAML: /);
  });

  it('reports a prompt missing its text on that prompt', () => {
    const prompts = `${prompt('consistency-mid-01')}  - id: consistency-mid-02\n    timing: mid-week\n`;
    const problem = onlyProblem(
      library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
    );
    expect(problem.file).toMatch(/consistency\.yaml$/);
    expect(problem.line).toBe(8);
    expect(problem.message).toBe('prompts.1.text: is required');
  });

  it('reports an unknown theme on the theme line', () => {
    const problem = onlyProblem(library({ reflections: { 'hope.yaml': reflection('hope') } }));
    expect(problem.file).toMatch(/hope\.yaml$/);
    expect(problem.line).toBe(1);
    expect(problem.message).toMatch(/^theme: must be one of: consistency, going-slow/);
  });

  it('reports an unknown timing on the timing line', () => {
    const prompts = `${prompt('consistency-mid-01')}${prompt('consistency-x', 'weekend')}`;
    const problem = onlyProblem(
      library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
    );
    expect(problem.line).toBe(9);
    expect(problem.message).toBe('prompts.1.timing: must be one of: after-session, mid-week, before-session');
  });

  it('reports an id with capitals or spaces on the id line', () => {
    for (const bad of ['Consistency-Mid', '"consistency mid"']) {
      const prompts = `${prompt('consistency-mid-01')}${prompt(bad)}`;
      const problem = onlyProblem(
        library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
      );
      expect(problem.line, bad).toBe(8);
      expect(problem.message).toBe('prompts.1.id: must be lowercase letters, digits and single hyphens');
    }
  });

  it('reports an id repeated within one file, naming that file', () => {
    const prompts = `${prompt('consistency-mid-01')}${prompt('consistency-mid-01')}`;
    const problem = onlyProblem(
      library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
    );
    expect(problem.file).toMatch(/consistency\.yaml$/);
    expect(problem.line).toBe(8);
    expect(problem.message).toMatch(/^id "consistency-mid-01" is already used in .*consistency\.yaml$/);
  });

  it('reports an id repeated across two files, naming the other file', () => {
    const dir = library({
      reflections: {
        'boundaries.yaml': reflection('boundaries', prompt('shared-id')),
        'consistency.yaml': reflection(
          'consistency',
          `${prompt('consistency-mid-01')}${prompt('shared-id')}`,
        ),
      },
    });
    const problem = onlyProblem(dir);
    expect(problem.file).toMatch(/consistency\.yaml$/);
    expect(problem.line).toBe(8);
    expect(problem.message).toMatch(/^id "shared-id" is already used in .*reflections[/\\]boundaries\.yaml$/);
  });

  it('reports a prompt text over the length limit', () => {
    const long = `${'a'.repeat(LIMITS.promptText)}?`;
    const problem = onlyProblem(
      library({
        reflections: {
          'consistency.yaml': reflection('consistency', prompt('consistency-1', 'mid-week', long)),
        },
      }),
    );
    expect(problem.line).toBe(7);
    expect(problem.message).toBe(`prompts.0.text: must be at most ${LIMITS.promptText} characters`);
  });

  it('reports a prompt text containing a line break', () => {
    const prompts = `  - id: consistency-1\n    timing: mid-week\n    text: |\n      What did you notice\n      this week?\n`;
    const problem = onlyProblem(
      library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
    );
    expect(problem.line).toBe(7);
    expect(problem.message).toBe('prompts.0.text: must be a single line');
  });

  it('reports an unknown key on the line of that key', () => {
    const prompts = `${prompt('consistency-mid-01')}    colour: blue\n`;
    const inPrompt = onlyProblem(
      library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }),
    );
    expect(inPrompt.line).toBe(8);
    expect(inPrompt.message).toBe('prompts.0: Unrecognized key: "colour"');

    const atTop = onlyProblem(library({ reflections: { 'consistency.yaml': `${reflection()}author:\n` } }));
    expect(atTop.line).toBe(8);
    expect(atTop.message).toBe('Unrecognized key: "author"');
  });

  it('reports a theme file named after a different theme', () => {
    const problem = onlyProblem(library({ reflections: { 'boundaries.yaml': reflection('consistency') } }));
    expect(problem.file).toMatch(/boundaries\.yaml$/);
    expect(problem.line).toBe(1);
    expect(problem.message).toBe('theme "consistency" belongs in consistency.yaml');
  });

  it('reports a checklist with more items than Slack allows', () => {
    const items = Array.from({ length: LIMITS.items + 1 }, (_, i) => item(`item-${i}`)).join('');
    const problem = onlyProblem(library({ checklists: { 'pull-away.yaml': checklist(items) } }));
    expect(problem.file).toMatch(/checklists[/\\]pull-away\.yaml$/);
    expect(problem.line).toBe(5);
    expect(problem.message).toBe('items: must list at most 10 items (Slack checkboxes allow 10)');
  });

  it('reports a checklist title over the title limit', () => {
    const title = 'x'.repeat(LIMITS.checklistTitle + 1);
    const problem = onlyProblem(library({ checklists: { 'pull-away.yaml': checklist(undefined, title) } }));
    expect(problem.line).toBe(2);
    expect(problem.message).toBe(`title: must be at most ${LIMITS.checklistTitle} characters`);
  });

  it('reports a repeated checklist item id', () => {
    const items = [item('one'), item('two'), item('one')].join('');
    const problem = onlyProblem(library({ checklists: { 'pull-away.yaml': checklist(items) } }));
    expect(problem.line).toBe(10);
    expect(problem.message).toBe('item id "one" is repeated');
  });

  it('reports a missing reflections folder', () => {
    const problem = onlyProblem(library({ reflections: null }));
    expect(problem.file).toMatch(/reflections$/);
    expect(problem.line).toBeUndefined();
    expect(problem.message).toBe('folder is missing');
  });

  it('reports an empty reflections folder', () => {
    const problem = onlyProblem(library({ reflections: {} }));
    expect(problem.file).toMatch(/reflections$/);
    expect(problem.line).toBeUndefined();
    expect(problem.message).toBe('no reflection prompt files (*.yaml) found');
  });

  it('reports every problem at once, not only the first', () => {
    const dir = library({
      reflections: {
        'boundaries.yaml': reflection('consistency'),
        'consistency.yaml': reflection('consistency', prompt('consistency-1', 'weekend')),
        'going-slow.yaml': 'theme: [going-slow\n',
      },
      checklists: { 'pull-away.yaml': checklist(item('only-one')) },
    });
    const lines = problems(dir);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/boundaries\.yaml:1: theme "consistency" belongs in consistency\.yaml$/);
    expect(lines[1]).toMatch(/consistency\.yaml:6: prompts\.0\.timing: must be one of/);
    expect(lines[2]).toMatch(/going-slow\.yaml:\d+: not valid YAML: /);
    expect(lines[3]).toMatch(/pull-away\.yaml:5: items: must list at least two items$/);
  });

  it('reports an empty reflections folder alongside other problems', () => {
    const lines = problems(library({ reflections: {}, checklists: { 'a.yaml': checklist(item('x')) } }));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain('no reflection prompt files (*.yaml) found');
  });
});

describe('the prompts:check command', () => {
  const run = (dir: string) =>
    spawnSync('npx', ['tsx', 'src/prompts/check-cli.ts', dir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' }, // the CLI speaks the machine's language: this reads its English
    });

  it('accepts the real library and prints a summary', () => {
    const result = run(realLibrary);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('prompts ok (en): 50 reflection prompts');
    expect(result.stdout).toContain('prompts ok (es): 50 reflection prompts');
  }, 30_000);

  it('rejects a translation that is out of step with English, naming the prompt', () => {
    const dir = library({});
    mkdirSync(join(dir, 'es', 'reflections'), { recursive: true });
    mkdirSync(join(dir, 'es', 'checklists'));
    writeFileSync(
      join(dir, 'es', 'reflections', 'consistency.yaml'),
      reflection('consistency', prompt('consistency-mid-02')),
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('es: reflection "consistency-mid-01" is missing');
    expect(result.stderr).toContain('es: reflection "consistency-mid-02" is not in English');
  }, 30_000);

  it('rejects a broken library with exit code 1, naming the file and line', () => {
    const prompts = `${prompt('consistency-mid-01')}${prompt('consistency-x', 'weekend')}`;
    const result = run(library({ reflections: { 'consistency.yaml': reflection('consistency', prompts) } }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/reflections[/\\]consistency\.yaml:9: prompts\.1\.timing: must be one of/);
  }, 30_000);
});
