import { type Locale, t } from '../../src/i18n';
import type { Choices } from './render';

/** What one typed line means, given what the screen currently offers. */
export type ShellInput =
  | { readonly kind: 'command'; readonly text: string }
  | { readonly kind: 'action'; readonly actionId: string; readonly values: readonly string[] }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'quit' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Parses a line typed outside a form. Pure: the adapter keeps the state. `locale` is the language
 * of the reasons given for a line that does not fit, and of the word that clears a checklist
 * (`none` is understood in every language).
 */
export function parseLine(line: string, choices: Choices | undefined, locale: Locale = 'en'): ShellInput {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/^\/(quit|exit)$/i.test(trimmed)) return { kind: 'quit' };
  if (trimmed.startsWith('/')) {
    return { kind: 'command', text: trimmed.replace(/^\/(between\b)?/i, '').trim() };
  }
  const lower = trimmed.toLowerCase();
  const button = choices?.buttons.get(lower);
  if (button) return { kind: 'action', actionId: button, values: [] };
  const checklist = choices?.checklist;
  const none = lower === 'none' || lower === t(locale, 'shell.choose.none').toLowerCase();
  if (checklist && (none || /^\d+([\s,]+\d+)*$/.test(lower))) {
    if (none) return { kind: 'action', actionId: checklist.id, values: [] };
    const numbers = lower.split(/[\s,]+/).map(Number);
    const outside = numbers.filter((n) => n < 1 || n > checklist.itemIds.length);
    if (outside.length > 0) {
      const max = String(checklist.itemIds.length);
      return { kind: 'invalid', reason: t(locale, 'shell.choose.outOfRange', { max }) };
    }
    const values = [...new Set(numbers)].map((n) => checklist.itemIds[n - 1] as string);
    return { kind: 'action', actionId: checklist.id, values };
  }
  if (/^[a-z]$/.test(lower) && choices)
    return { kind: 'invalid', reason: t(locale, 'shell.choose.noSuchLetter', { letter: lower }) };
  return { kind: 'message', text: trimmed };
}
