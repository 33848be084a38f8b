import { type Locale, t } from '../i18n';
import type { PromptLibrary } from '../prompts/library';

/**
 * The "what to bring to your next session" prompt, sent by `digest` slots (the evening before a
 * session). It belongs to no theme, so it lives here (its words in the catalogue, `prompt.sessionPrep`)
 * rather than in a theme file; its id is stable.
 */
export const SESSION_PREP = { id: 'session-prep' } as const;

/** The text of a reflection or session-prep prompt by id, in `locale`'s words, wherever it lives. */
export function promptText(prompts: PromptLibrary, id: string, locale: Locale = 'en'): string | undefined {
  return id === SESSION_PREP.id ? t(locale, 'prompt.sessionPrep') : prompts.in(locale).reflection(id)?.text;
}
