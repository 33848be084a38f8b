import type { Element, OutgoingMessage, Reply } from './model';

/** "1 nudge", "3 nudges": a count with its noun, in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A message whose fallback is its text elements joined. */
export function message(...elements: Element[]): OutgoingMessage {
  const fallback = elements
    .flatMap((e) => (e.kind === 'text' ? [e.text] : []))
    .join(' ')
    .slice(0, 300);
  return { fallback, elements };
}

export function text(value: string, tone?: 'normal' | 'muted' | 'heading'): Element {
  return tone ? { kind: 'text', text: value, tone } : { kind: 'text', text: value };
}

export function say(...paragraphs: string[]): Reply {
  return { kind: 'message', message: message(...paragraphs.map((p) => text(p))) };
}

/**
 * A person named in Between's own words (never in a member's: `cleanText` removes these marks),
 * which each adapter renders its own way: a Slack or Discord mention, `@id` in the shell.
 */
export const person = (userId: string) => `\u2068@${userId}\u2069`;
export const PERSON = /\u2068@([A-Za-z0-9_.-]+)\u2069/g;

/** The most a member may write in one answer (Discord modals allow 4000 characters). */
export const MAX_ANSWER_LENGTH = 4000;

/**
 * Cleans what a member typed: Unicode normalised, control characters (except new lines and tabs)
 * removed, line endings unified, surrounding space trimmed.
 */
export function cleanText(input: string): string {
  return (
    input
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim()
  );
}
