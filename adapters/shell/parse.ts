import type { Choices } from './render';

/** What one typed line means, given what the screen currently offers. */
export type ShellInput =
  | { readonly kind: 'command'; readonly text: string }
  | { readonly kind: 'action'; readonly actionId: string; readonly values: readonly string[] }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'quit' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Parses a line typed outside a form. Pure: the adapter keeps the state. */
export function parseLine(line: string, choices: Choices | undefined): ShellInput {
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
  if (checklist && (lower === 'none' || /^\d+([\s,]+\d+)*$/.test(lower))) {
    if (lower === 'none') return { kind: 'action', actionId: checklist.id, values: [] };
    const numbers = lower.split(/[\s,]+/).map(Number);
    const outside = numbers.filter((n) => n < 1 || n > checklist.itemIds.length);
    if (outside.length > 0) {
      return { kind: 'invalid', reason: `Please use numbers from 1 to ${checklist.itemIds.length}.` };
    }
    const values = [...new Set(numbers)].map((n) => checklist.itemIds[n - 1] as string);
    return { kind: 'action', actionId: checklist.id, values };
  }
  if (/^[a-z]$/.test(lower) && choices)
    return { kind: 'invalid', reason: `There is no choice “${lower}” here.` };
  return { kind: 'message', text: trimmed };
}
