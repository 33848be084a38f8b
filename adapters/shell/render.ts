import { PERSON } from '../../src/core/messages';
import type { Element, Form, OutgoingMessage } from '../../src/core/model';

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

/** Renders a message as terminal lines: buttons as lettered choices, checklist items numbered. */
export function renderMessage(message: OutgoingMessage, heading = 'Between'): RenderedMessage {
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
        lines.push(
          '  (type the numbers of all that apply, e.g. "1 3", or "none"; each answer replaces the last)',
        );
        checklist = { id: element.id, itemIds: element.items.map((item) => item.id) };
        break;
      case 'file':
        files.push(element);
        break;
    }
  }
  if (buttons.size > 0) lines.push('  (type a letter to choose)');
  return { lines, choices: checklist ? { buttons, checklist } : { buttons }, files };
}

export function renderFormStart(form: Form): string[] {
  return [`── ${form.title} ──`, ...(form.intro ? [`» ${form.intro}`] : [])];
}

export function renderFieldQuestion(form: Form, index: number): string {
  const field = form.fields[index];
  if (!field) return '';
  return `${field.label} (up to ${field.maxLength} characters on one line; /cancel to close without saving):`;
}
