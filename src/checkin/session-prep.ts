import type { PromptLibrary } from '../prompts/library';

/**
 * The "what to bring to your next session" prompt, sent by `digest` slots (the evening before a
 * session). It belongs to no theme, so it lives here rather than in a theme file; its id is stable.
 */
export const SESSION_PREP = {
  id: 'session-prep',
  text: 'Your next session is coming up. Is there anything from these last days you might like to bring to it?',
} as const;

/** The text of a reflection or session-prep prompt by id, wherever it lives. */
export function promptText(prompts: PromptLibrary, id: string): string | undefined {
  return id === SESSION_PREP.id ? SESSION_PREP.text : prompts.reflection(id)?.text;
}
