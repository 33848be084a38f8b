import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { BetweenError } from '../core/errors';
import { LOCALES, type Locale, type MessageKey, type MessageValues, t, translator } from '../i18n';

export const THEMES = [
  'consistency',
  'going-slow',
  'collaboration',
  'boundaries',
  'rupture-and-repair',
  'shame-free',
  'earned-security',
  'interdependence',
  'beyond-the-hour',
  'kinds-of-trust',
] as const;
export type Theme = (typeof THEMES)[number];

export const TIMINGS = ['after-session', 'mid-week', 'before-session'] as const;
export type Timing = (typeof TIMINGS)[number];

/** Limits chosen so the same content renders on every platform (Slack checkbox text: 75). */
export const LIMITS = { promptText: 280, itemLabel: 75, checklistTitle: 24, items: 10 } as const;

type Say = (key: MessageKey, values?: MessageValues) => string;

/** The prompt files' schemas, their messages in one language. */
function schemasIn(say: Say) {
  /** Says "is required" when the field is absent, otherwise `message`. */
  const expected = (message: string) => ({
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? say('operator.prompts.required') : message,
  });

  const id = z
    .string(expected(say('operator.prompts.notText')))
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, say('operator.prompts.id'))
    .max(60, say('operator.prompts.atMostChars', { max: 60 }));
  const line = (min: number, max: number) =>
    z
      .string(expected(say('operator.prompts.notText')))
      .trim()
      .min(min, say('operator.prompts.atLeastChars', { min }))
      .max(max, say('operator.prompts.atMostChars', { max }))
      .refine((v) => !v.includes('\n'), say('operator.prompts.singleLine'));

  const reflectionFile = z.strictObject({
    theme: z.enum(THEMES, expected(say('operator.prompts.oneOf', { values: THEMES.join(', ') }))),
    title: line(1, 40),
    description: line(1, 200),
    prompts: z
      .array(
        z.strictObject({
          id,
          timing: z.enum(TIMINGS, expected(say('operator.prompts.oneOf', { values: TIMINGS.join(', ') }))),
          text: line(20, LIMITS.promptText),
        }),
      )
      .min(1, say('operator.prompts.atLeastOnePrompt')),
  });

  const checklistFile = z.strictObject({
    id,
    title: line(1, LIMITS.checklistTitle),
    intro: line(1, 280),
    note: line(1, 200),
    items: z
      .array(z.strictObject({ id, label: line(1, LIMITS.itemLabel) }))
      .min(2, say('operator.prompts.atLeastTwoItems'))
      .max(LIMITS.items, say('operator.prompts.atMostItems', { max: LIMITS.items })),
    follow_up: z.strictObject({ id, text: line(20, LIMITS.promptText) }).optional(),
  });

  /**
   * What zod would say in English for the checks the schemas give no message of their own (a key
   * the file should not have, a list or a map of the wrong type), in the same words, in `say`'s
   * language; a list or a map left out "is required", like a text.
   */
  const otherwise = (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return say('operator.prompts.unknownKey', { count: issue.keys.length, keys });
    }
    if (issue.code === 'invalid_type') {
      // A list or a map left out is missing, as a text left out is (zod would say "received undefined").
      if (issue.input === undefined) return say('operator.prompts.required');
      const type = z.core.util.parsedType(issue.input);
      const received =
        type === 'number' && typeof issue.input === 'number' && !Number.isFinite(issue.input)
          ? String(issue.input)
          : type === 'nan'
            ? 'NaN'
            : type;
      return say('operator.prompts.wrongType', { expected: issue.expected, received });
    }
    return undefined;
  };

  return { reflectionFile, checklistFile, otherwise };
}

const SCHEMAS = new Map<Locale, ReturnType<typeof schemasIn>>();

function schemas(locale: Locale): ReturnType<typeof schemasIn> {
  let found = SCHEMAS.get(locale);
  if (!found) {
    found = schemasIn(translator(locale));
    SCHEMAS.set(locale, found);
  }
  return found;
}

export interface ReflectionPrompt {
  readonly id: string;
  readonly theme: Theme;
  readonly timing: Timing;
  readonly text: string;
}

export interface Checklist {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly note: string;
  readonly items: readonly { readonly id: string; readonly label: string }[];
  readonly followUp?: { readonly id: string; readonly text: string };
}

export interface PromptLibrary {
  readonly reflections: readonly ReflectionPrompt[];
  readonly checklists: readonly Checklist[];
  readonly themes: readonly { readonly id: Theme; readonly title: string; readonly description: string }[];
  reflection(id: string): ReflectionPrompt | undefined;
  checklist(id: string): Checklist | undefined;
  /** The same prompts in `locale`'s words: its translation when one is installed, else these. */
  in(locale: string): PromptLibrary;
}

export interface LibraryProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

/**
 * What keeps a translated library (`prompts/<language>/`) in step with the English one: the same
 * reflection ids with the same theme and timing, and the same checklists with the same items and
 * follow-up. A delivery stores only the prompt id, so a member who changes language, or a reminder
 * sent after the change, finds the same prompt in the other language.
 */
export function translationProblems(
  english: PromptLibrary,
  translated: PromptLibrary,
  language: string,
  locale: Locale = 'en',
): string[] {
  const say = translator(locale);
  const problems: string[] = [];
  for (const prompt of english.reflections) {
    const other = translated.reflection(prompt.id);
    if (!other) problems.push(say('operator.prompts.reflectionMissing', { language, id: prompt.id }));
    else if (other.theme !== prompt.theme || other.timing !== prompt.timing) {
      problems.push(
        say('operator.prompts.reflectionMoved', {
          language,
          id: prompt.id,
          theme: other.theme,
          timing: other.timing,
          englishTheme: prompt.theme,
          englishTiming: prompt.timing,
        }),
      );
    }
  }
  for (const prompt of translated.reflections) {
    if (!english.reflection(prompt.id))
      problems.push(say('operator.prompts.reflectionExtra', { language, id: prompt.id }));
  }
  const shape = (c: Checklist | undefined) =>
    c
      ? JSON.stringify([c.items.map((i) => i.id), c.followUp?.id ?? null])
      : say('operator.prompts.checklistAbsent');
  for (const id of new Set([...english.checklists, ...translated.checklists].map((c) => c.id))) {
    const want = shape(english.checklist(id));
    const got = shape(translated.checklist(id));
    if (want !== got) {
      problems.push(say('operator.prompts.checklistShape', { language, id, shape: got, englishShape: want }));
    }
  }
  return problems;
}

/** Loads and validates `prompts/`. Throws a `prompts_invalid` error listing every problem. */
export function loadPromptLibrary(dir: string, locale: Locale = 'en'): PromptLibrary {
  const say = translator(locale);
  const { reflectionFile, checklistFile, otherwise } = schemas(locale);
  const problems: LibraryProblem[] = [];
  const reflections: ReflectionPrompt[] = [];
  const checklists: Checklist[] = [];
  const themes: { id: Theme; title: string; description: string }[] = [];
  const seen = new Map<string, string>();

  const noteId = (value: string, file: string, lineNo: number | undefined) => {
    const other = seen.get(value);
    if (other)
      problems.push({
        file,
        line: lineNo,
        message: say('operator.prompts.idTaken', { id: value, file: other }),
      });
    else seen.set(value, file);
  };

  for (const [folder, kind] of [
    ['reflections', 'reflection'],
    ['checklists', 'checklist'],
  ] as const) {
    const shown = relative(process.cwd(), join(dir, folder)) || join(dir, folder);
    const names = yamlFiles(join(dir, folder), problems, shown, say);
    if (kind === 'reflection' && names?.length === 0) {
      problems.push({ file: shown, line: undefined, message: say('operator.prompts.noReflections') });
    }
    for (const name of names ?? []) {
      const path = join(dir, folder, name);
      const file = relative(process.cwd(), path) || path;
      const parsed = parseYaml(readFileSync(path, 'utf8'), file, problems, say);
      if (!parsed) continue;
      const { data, lineOf } = parsed;
      if (kind === 'reflection') {
        const result = reflectionFile.safeParse(data, { error: otherwise });
        if (!result.success) {
          for (const issue of result.error.issues) problems.push(issueProblem(file, issue, lineOf));
          continue;
        }
        const { theme, title, description } = result.data;
        if (name !== `${theme}.yaml`) {
          problems.push({
            file,
            line: lineOf(['theme']),
            message: say('operator.prompts.themeFile', { theme }),
          });
        }
        if (themes.some((t) => t.id === theme)) {
          problems.push({
            file,
            line: lineOf(['theme']),
            message: say('operator.prompts.themeTwice', { theme }),
          });
        }
        themes.push({ id: theme, title, description });
        result.data.prompts.forEach((p, i) => {
          noteId(p.id, file, lineOf(['prompts', i, 'id']));
          reflections.push({ id: p.id, theme, timing: p.timing, text: p.text });
        });
      } else {
        const result = checklistFile.safeParse(data, { error: otherwise });
        if (!result.success) {
          for (const issue of result.error.issues) problems.push(issueProblem(file, issue, lineOf));
          continue;
        }
        const c = result.data;
        noteId(c.id, file, lineOf(['id']));
        const itemIds = new Set<string>();
        c.items.forEach((item, i) => {
          if (itemIds.has(item.id)) {
            problems.push({
              file,
              line: lineOf(['items', i, 'id']),
              message: say('operator.prompts.itemRepeated', { id: item.id }),
            });
          }
          itemIds.add(item.id);
        });
        if (c.follow_up) noteId(c.follow_up.id, file, lineOf(['follow_up', 'id']));
        checklists.push({
          id: c.id,
          title: c.title,
          intro: c.intro,
          note: c.note,
          items: c.items,
          ...(c.follow_up ? { followUp: c.follow_up } : {}),
        });
      }
    }
  }

  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    throw new BetweenError(
      'prompts_invalid',
      say('operator.prompts.problems', { problems: lines.join('\n') }),
    );
  }

  const byId = new Map(reflections.map((p) => [p.id, p]));
  const checklistById = new Map(checklists.map((c) => [c.id, c]));
  const library: PromptLibrary = {
    reflections,
    checklists,
    themes,
    reflection: (key) => byId.get(key),
    checklist: (key) => checklistById.get(key),
    in: () => library,
  };
  return library;
}

/**
 * The English library in `dir` with its translations (`<dir>/<language>/`, for each language
 * Between speaks), each validated and held in step with English; a translation out of step is a
 * `prompts_invalid` error naming the prompt, so the bot does not start with it.
 */
export function loadPromptLibraries(dir: string, locale: Locale = 'en'): PromptLibrary {
  const english = loadPromptLibrary(dir, locale);
  const translations = new Map<string, PromptLibrary>();
  const problems: string[] = [];
  for (const language of LOCALES) {
    const folder = join(dir, language);
    if (language === 'en' || !existsSync(folder)) continue;
    const translated = loadPromptLibrary(folder, locale);
    problems.push(...translationProblems(english, translated, language, locale));
    translations.set(language, translated);
  }
  if (problems.length > 0) {
    throw new BetweenError(
      'prompts_invalid',
      t(locale, 'operator.prompts.problems', { problems: problems.map((p) => `  ${p}`).join('\n') }),
    );
  }
  return { ...english, in: (locale) => translations.get(locale) ?? english };
}

function yamlFiles(
  folder: string,
  problems: LibraryProblem[],
  shown: string,
  say: Say,
): string[] | undefined {
  try {
    return readdirSync(folder)
      .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
      .sort();
  } catch {
    problems.push({ file: shown, line: undefined, message: say('operator.prompts.folderMissing') });
    return undefined;
  }
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function parseYaml(source: string, file: string, problems: LibraryProblem[], say: Say) {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: counter.linePos(error.pos[0]).line,
        message: say('operator.prompts.notYaml', { reason: error.message }),
      });
    }
    return undefined;
  }
  // The line of the deepest part of `path` present in the file: a map entry's key line, a list item's first line.
  const lineOf: LineOf = (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
      const key = path[depth - 1];
      const node = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
        : isSeq(parent) && typeof key === 'number'
          ? parent.items[key]
          : undefined;
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    const root = doc.contents;
    return isNode(root) && root.range ? counter.linePos(root.range[0]).line : undefined;
  };
  return { data: doc.toJS() as unknown, lineOf };
}

function issueProblem(file: string, issue: z.core.$ZodIssue, lineOf: LineOf): LibraryProblem {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  // An unknown key is reported on its object; point at the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
  return { file, line: lineOf(path), message: `${where}${issue.message}` };
}
