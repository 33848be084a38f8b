import { loadConfig } from '../config';
import { isBetweenError } from '../core/errors';
import { loadPromptLibrary } from './library';

try {
  const dir = process.argv[2] ?? loadConfig().promptsDir;
  const library = loadPromptLibrary(dir);
  const perTheme = library.themes.map((t) => {
    const count = library.reflections.filter((p) => p.theme === t.id).length;
    return `${t.id} ${count}`;
  });
  console.log(
    `prompts ok: ${library.reflections.length} reflection prompts in ${library.themes.length} themes (${perTheme.join(', ')}); ${library.checklists.length} checklist(s)`,
  );
} catch (error) {
  console.error(isBetweenError(error) ? error.message : error);
  process.exitCode = 1;
}
