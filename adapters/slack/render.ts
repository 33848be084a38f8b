import { BetweenError } from '../../src/core/errors';
import { PERSON } from '../../src/core/messages';
import type { Element, Form, OutgoingMessage } from '../../src/core/model';
import { type Locale, t } from '../../src/i18n';
import { SLACK_LIMITS } from './limits';

/** The Block Kit shapes Between sends (a small, typed subset of Slack's). */
type PlainText = { type: 'plain_text'; text: string; emoji?: boolean };
type Mrkdwn = { type: 'mrkdwn'; text: string };
type Option = { text: PlainText; value: string };
export type Block =
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | {
      type: 'actions';
      block_id?: string;
      elements: (
        | { type: 'button'; action_id: string; text: PlainText; value: string; style?: 'primary' | 'danger' }
        | { type: 'checkboxes'; action_id: string; options: Option[]; initial_options?: Option[] }
      )[];
    }
  | {
      type: 'input';
      block_id: string;
      optional: boolean;
      label: PlainText;
      element: {
        type: 'plain_text_input';
        action_id: string;
        multiline: boolean;
        max_length: number;
        placeholder?: PlainText;
        initial_value?: string;
      };
    };

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit: PlainText;
  close: PlainText;
  private_metadata: string;
  blocks: Block[];
}

/**
 * Escapes text for mrkdwn so that nothing a member wrote can become a live mention
 * (`<!channel>`, `<@U…>`), a link or a formatting control: Slack reads only `&`, `<` and `>`
 * as control characters.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(PERSON, '<@$1>');
}

/**
 * `what` names the field for the operator who reads the error in the logs (never a member): by its
 * Block Kit name where that says enough.
 */
function check(value: string, limit: number, what: string): string {
  if (value.length > limit) {
    throw new BetweenError(
      'validation',
      `Slack allows at most ${limit} characters for ${what}; this one has ${value.length}. Shorten it in the prompt library or the message text.`,
    );
  }
  return value;
}

/** An action, block or callback id (1 to 255 characters), or an option's value (1 to 150). */
function checkId(value: string, what: string, limit: number = SLACK_LIMITS.actionId): string {
  if (value.length === 0) throw new BetweenError('validation', `Slack needs a non-empty ${what}.`);
  return check(value, limit, what);
}

/** Slack refuses an empty plain_text (a button, a title, a label) as it refuses one too long. */
function plain(text: string, limit: number, what: string): PlainText {
  if (text.length === 0) {
    throw new BetweenError(
      'validation',
      `Slack needs at least one character for ${what}; this one is empty.`,
    );
  }
  return { type: 'plain_text', text: check(text, limit, what), emoji: true };
}

function renderElement(element: Element): Block[] {
  switch (element.kind) {
    case 'text': {
      const text = escapeMrkdwn(element.text);
      if (element.tone === 'muted') {
        return [
          {
            type: 'context',
            elements: [
              { type: 'mrkdwn', text: check(text, SLACK_LIMITS.sectionText, 'context.elements[].text') },
            ],
          },
        ];
      }
      const shown = element.tone === 'heading' ? `*${text}*` : text;
      return [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: check(shown, SLACK_LIMITS.sectionText, 'section.text') },
        },
      ];
    }
    case 'buttons':
      // No buttons, no row (as on Discord): Slack refuses an actions block without elements.
      if (element.buttons.length === 0) return [];
      if (element.buttons.length > SLACK_LIMITS.actionsElements) {
        throw new BetweenError(
          'validation',
          `Slack allows ${SLACK_LIMITS.actionsElements} buttons in a row; this row has ${element.buttons.length}. Split it in the prompt library or the message.`,
        );
      }
      return [
        {
          type: 'actions',
          elements: element.buttons.map((b) => ({
            type: 'button' as const,
            action_id: checkId(b.id, 'action_id'),
            value: b.id,
            // i18n-exempt: names the field in an error for the operator's log (a test pins these words)
            text: plain(b.label, SLACK_LIMITS.buttonText, 'a button'),
            ...(b.style === 'primary' || b.style === 'danger' ? { style: b.style } : {}),
          })),
        },
      ];
    case 'checklist': {
      if (element.items.length === 0) {
        throw new BetweenError(
          'validation',
          'Slack checkboxes need at least one option; this checklist has none.',
        );
      }
      if (element.items.length > SLACK_LIMITS.checkboxOptions) {
        throw new BetweenError(
          'validation',
          `Slack checkboxes allow ${SLACK_LIMITS.checkboxOptions} options; this checklist has ${element.items.length}. Split it in the prompt library.`,
        );
      }
      const options = element.items.map((item) => ({
        // i18n-exempt: names the field in an error for the operator's log (a test pins these words)
        text: plain(item.label, SLACK_LIMITS.optionText, 'a checkbox option'),
        value: checkId(item.id, 'options[].value', SLACK_LIMITS.optionValue),
      }));
      const selected = options.filter((o) => element.selected.includes(o.value));
      return [
        {
          type: 'actions',
          elements: [
            {
              type: 'checkboxes',
              action_id: checkId(element.id, 'action_id'),
              options,
              ...(selected.length > 0 ? { initial_options: selected } : {}),
            },
          ],
        },
      ];
    }
    case 'file':
      return [];
  }
}

/** A message as Block Kit, with its fallback text for notifications. Files are uploaded separately. */
export function renderMessage(message: OutgoingMessage): { text: string; blocks: Block[] } {
  const blocks = message.elements.flatMap(renderElement);
  if (blocks.length > SLACK_LIMITS.messageBlocks) {
    throw new BetweenError(
      'validation',
      `Slack messages hold ${SLACK_LIMITS.messageBlocks} blocks; this has ${blocks.length}. Split it into several messages or shorten it in the prompt library.`,
    );
  }
  return {
    text: check(escapeMrkdwn(message.fallback), SLACK_LIMITS.messageText, 'text'),
    blocks,
  };
}

/** The Home tab: the same blocks as a message, in a `home` view. */
export function renderHome(message: OutgoingMessage): { type: 'home'; blocks: Block[] } {
  const blocks = message.elements.flatMap(renderElement);
  if (blocks.length > SLACK_LIMITS.viewBlocks) {
    throw new BetweenError(
      'validation',
      `Slack views hold ${SLACK_LIMITS.viewBlocks} blocks; this has ${blocks.length}. Shorten it in the prompt library or the message text.`,
    );
  }
  return { type: 'home', blocks };
}

/**
 * A form as a modal. Answers are limited to Slack's 3000 characters by the input itself, so the
 * member sees the limit while typing; nothing is cut afterwards. `metadata` travels with the view.
 * `locale` is the language of the person it opens for, for the adapter's own word (the close button).
 */
export function renderModal(form: Form, metadata: string, locale: Locale = 'en'): ModalView {
  return {
    type: 'modal',
    callback_id: checkId(form.id, 'callback_id'),
    // i18n-exempt: names the field in an error for the operator's log (a test pins these words)
    title: plain(form.title, SLACK_LIMITS.modalTitle, 'a modal title'),
    // i18n-exempt: names the field in an error for the operator's log (a test pins these words)
    submit: plain(form.submitLabel, SLACK_LIMITS.modalTitle, 'a submit button'),
    close: plain(t(locale, 'platform.slack.cancel'), SLACK_LIMITS.modalTitle, 'close'),
    private_metadata: check(metadata, SLACK_LIMITS.privateMetadata, 'private_metadata'),
    blocks: [
      ...(form.intro ? renderElement({ kind: 'text', text: form.intro, tone: 'heading' }) : []),
      ...form.fields.map(
        (field): Block => ({
          type: 'input',
          block_id: checkId(field.id, 'block_id'),
          optional: !field.required,
          label: plain(field.label, SLACK_LIMITS.inputLabel, 'label'),
          element: {
            type: 'plain_text_input',
            action_id: field.id,
            multiline: field.multiline,
            max_length: Math.min(field.maxLength, SLACK_LIMITS.plainTextInput),
            ...(field.placeholder ? { placeholder: plain(field.placeholder, 150, 'placeholder') } : {}),
          },
        }),
      ),
    ],
  };
}
