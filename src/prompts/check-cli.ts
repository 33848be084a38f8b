import { loadConfig, operatorLocale } from '../config';
import { isBetweenError } from '../core/errors';
import { LOCALES, translator } from '../i18n';
import { loadPromptLibraries, type PromptLibrary } from './library';

/**
 * `npm run prompts:check [dir]`: validates the English library in `dir` (the configured one by
 * default) and each translation beside it (`<dir>/es/`), which must hold the same prompt ids.
 */
const locale = operatorLocale();
const say = translator(locale);

const summary = (language: string, library: PromptLibrary) => {
  const perTheme = library.themes.map((t) => {
    const count = library.reflections.filter((p) => p.theme === t.id).length;
    return `${t.id} ${count}`;
  });
  return say('operator.promptsCheck.ok', {
    language,
    reflections: library.reflections.length,
    themes: library.themes.length,
    perTheme: perTheme.join(', '),
    checklists: library.checklists.length,
  });
};

try {
  const dir = process.argv[2] ?? loadConfig().promptsDir;
  const library = loadPromptLibraries(dir, locale);
  const english = library.in('en');
  // A language with no translation installed falls back to English: only the installed ones are named.
  for (const language of LOCALES.filter((l) => l === 'en' || library.in(l) !== english)) {
    console.log(summary(language, library.in(language)));
  }
} catch (error) {
  console.error(isBetweenError(error) ? error.message : error);
  process.exitCode = 1;
}
