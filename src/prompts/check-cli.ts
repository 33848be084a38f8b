import { loadConfig } from '../config';
import { isBetweenError } from '../core/errors';
import { LOCALES } from '../i18n';
import { loadPromptLibraries, type PromptLibrary } from './library';

/**
 * `npm run prompts:check [dir]`: validates the English library in `dir` (the configured one by
 * default) and each translation beside it (`<dir>/es/`), which must hold the same prompt ids.
 */
const summary = (library: PromptLibrary) => {
  const perTheme = library.themes.map((t) => {
    const count = library.reflections.filter((p) => p.theme === t.id).length;
    return `${t.id} ${count}`;
  });
  return `${library.reflections.length} reflection prompts in ${library.themes.length} themes (${perTheme.join(', ')}); ${library.checklists.length} checklist(s)`;
};

try {
  const dir = process.argv[2] ?? loadConfig().promptsDir;
  const library = loadPromptLibraries(dir);
  const english = library.in('en');
  // A language with no translation installed falls back to English: only the installed ones are named.
  for (const language of LOCALES.filter((l) => l === 'en' || library.in(l) !== english)) {
    console.log(`prompts ok (${language}): ${summary(library.in(language))}`);
  }
} catch (error) {
  console.error(isBetweenError(error) ? error.message : error);
  process.exitCode = 1;
}
