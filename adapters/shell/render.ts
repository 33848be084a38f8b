import { PERSON } from '../../src/core/messages';
import type { Element, Form, OutgoingMessage } from '../../src/core/model';
import { type Locale, t } from '../../src/i18n';

/** What a rendered message lets the person type next. */
export interface Choices {
  /** Letter typed → action id. */
  readonly buttons: ReadonlyMap<string, string>;
  readonly checklist?: { readonly id: string; readonly itemIds: readonly string[] };
}

export interface RenderedMessage {
  readonly lines: readonly string[];
  readonly choices: Choices;
  readonly files: readonly Extract<Element, { kind: 'file' }>[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Renders a message as terminal lines: buttons as lettered choices, checklist items numbered.
 * `locale` is the language of the shell's own hints around the message (the message is already in
 * its reader's language); `heading` defaults to Between's name, the same in every language.
 */
export function renderMessage(
  message: OutgoingMessage,
  heading = 'Between',
  locale: Locale = 'en',
): RenderedMessage {
  const lines = [`── ${heading} ──`];
  const buttons = new Map<string, string>();
  const files: Extract<Element, { kind: 'file' }>[] = [];
  let checklist: Choices['checklist'];
  for (const element of message.elements) {
    switch (element.kind) {
      case 'text':
        for (const line of element.text.replace(PERSON, '@$1').split('\n')) {
          lines.push(
            element.tone === 'heading' ? `» ${line}` : element.tone === 'muted' ? `  ${line}` : line,
          );
        }
        break;
      case 'buttons': {
        const labels = element.buttons.map((b) => {
          const letter = LETTERS[buttons.size] ?? '?';
          buttons.set(letter, b.id);
          return `[${letter}] ${b.label}`;
        });
        lines.push(`  ${labels.join('   ')}`);
        break;
      }
      case 'checklist':
        element.items.forEach((item, i) => {
          lines.push(`  ${i + 1}. [${element.selected.includes(item.id) ? 'x' : ' '}] ${item.label}`);
        });
        lines.push(`  ${t(locale, 'shell.choose.numbers', { none: t(locale, 'shell.choose.none') })}`);
        checklist = { id: element.id, itemIds: element.items.map((item) => item.id) };
        break;
      case 'file':
        files.push(element);
        break;
    }
  }
  if (buttons.size > 0) lines.push(`  ${t(locale, 'shell.choose.letter')}`);
  return { lines, choices: checklist ? { buttons, checklist } : { buttons }, files };
}

export function renderFormStart(form: Form): string[] {
  return [`── ${form.title} ──`, ...(form.intro ? [`» ${form.intro}`] : [])];
}

/** A form field's question, with the shell's hint in `locale` (the language the form opened in). */
export function renderFieldQuestion(form: Form, index: number, locale: Locale = 'en'): string {
  const field = form.fields[index];
  if (!field) return '';
  // The length as plain digits (no thousands separator), as it always was.
  return t(locale, 'shell.form.field', { label: field.label, max: String(field.maxLength) });
}
