import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import { BetweenError } from '../../src/core/errors';
import { PERSON } from '../../src/core/messages';
import type { Button, Element, Form, OutgoingMessage } from '../../src/core/model';
import { type Locale, t } from '../../src/i18n';
import { DISCORD_LIMITS } from './limits';

export interface RenderedMessage {
  content: string;
  /** Text too long for `content` (2000) goes into embed descriptions (4096 each, 6000 in all). */
  embeds: { description: string }[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId | APIStringSelectComponent>[];
  files: { name: string; data: Buffer }[];
  /** Nothing a member wrote may ping anyone. */
  allowed_mentions: { parse: [] };
}

/**
 * `what` names the field for the operator who reads the error in the logs (never a member): by its
 * Discord API name where that says enough.
 */
function check(value: string, limit: number, what: string): string {
  if (value.length === 0) {
    throw new BetweenError(
      'validation',
      `Discord needs at least one character for ${what}; this one is empty.`,
    );
  }
  if (value.length > limit) {
    throw new BetweenError(
      'validation',
      `Discord allows at most ${limit} characters for ${what}; this one has ${value.length}. Shorten it in the prompt library or the message text.`,
    );
  }
  return value;
}

/**
 * Escapes Discord markdown and neutralises mentions in text, so that a member's words render as
 * written: `@everyone` and `<@id>` get a zero-width space, `*`, `_`, `~`, `` ` `` and `|` are escaped, and
 * so are `>`, `#` and `-` where they would start a quote, heading or list.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/@(everyone|here)/g, '@\u200b$1')
      .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>')
      .replace(/([\\*_~`|])/g, '\\$1')
      // Leading spaces of one line only: `\s*` would run over the line ends and take quadratic time.
      .replace(/^([^\S\r\n\u2028\u2029]*)([>#-])/gm, '$1\\$2')
      .replace(PERSON, '<@$1>')
  );
}

const STYLE: Record<
  NonNullable<Button['style']>,
  ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger
> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
};

function textLine(element: Extract<Element, { kind: 'text' }>): string {
  const text = escapeText(element.text);
  if (element.tone === 'heading')
    return text
      .split('\n')
      .map((l) => `**${l}**`)
      .join('\n');
  if (element.tone === 'muted')
    return text
      .split('\n')
      .map((l) => `-# ${l}`)
      .join('\n');
  return text;
}

/**
 * A message as Discord content and components (string select for checklists, buttons in rows of 5).
 * `locale` is the language of the person it goes to, for the adapter's own words (the select's placeholder).
 */
export function renderMessage(message: OutgoingMessage, locale: Locale = 'en'): RenderedMessage {
  const lines: string[] = [];
  const components: RenderedMessage['components'] = [];
  const files: RenderedMessage['files'] = [];
  for (const element of message.elements) {
    switch (element.kind) {
      case 'text':
        lines.push(textLine(element));
        break;
      case 'buttons':
        for (let i = 0; i < element.buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
          components.push({
            type: ComponentType.ActionRow,
            components: element.buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map((b) => ({
              type: ComponentType.Button,
              custom_id: check(b.id, DISCORD_LIMITS.customId, 'components[].custom_id'),
              // i18n-exempt: names the field in an error for the operator's log (a test pins these words)
              label: check(b.label, DISCORD_LIMITS.buttonLabel, 'a button label'),
              style: STYLE[b.style ?? 'secondary'],
            })),
          });
        }
        break;
      case 'checklist':
        if (element.items.length === 0) {
          throw new BetweenError(
            'validation',
            'A Discord select needs at least one option; this checklist has none',
          );
        }
        if (element.items.length > DISCORD_LIMITS.selectOptions) {
          throw new BetweenError(
            'validation',
            `Discord selects allow ${DISCORD_LIMITS.selectOptions} options; this has ${element.items.length}`,
          );
        }
        components.push({
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.StringSelect,
              custom_id: check(element.id, DISCORD_LIMITS.customId, 'components[].custom_id'),
              placeholder: check(
                t(locale, 'platform.discord.selectPlaceholder'),
                DISCORD_LIMITS.selectPlaceholder,
                'placeholder',
              ),
              min_values: 0,
              max_values: element.items.length,
              options: element.items.map((item) => ({
                label: check(item.label, DISCORD_LIMITS.optionLabel, 'options[].label'),
                value: check(item.id, DISCORD_LIMITS.optionValue, 'options[].value'),
                default: element.selected.includes(item.id),
              })),
            },
          ],
        });
        break;
      case 'file':
        files.push({
          name: element.filename,
          data:
            typeof element.content === 'string'
              ? Buffer.from(element.content, 'utf8')
              : Buffer.from(element.content),
        });
        break;
    }
  }
  if (components.length > DISCORD_LIMITS.actionRows) {
    throw new BetweenError(
      'validation',
      `Discord messages hold ${DISCORD_LIMITS.actionRows} rows of components; this has ${components.length}`,
    );
  }
  const all = lines.join('\n');
  if (all.length <= DISCORD_LIMITS.content) {
    return { content: all, embeds: [], components, files, allowed_mentions: { parse: [] } };
  }
  // i18n-exempt: names the text in an error for the operator's log (a test pins these words)
  check(all, DISCORD_LIMITS.embedsTotal, 'the text of one message');
  const embeds: { description: string }[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => l.split('\n'))) {
    check(line, DISCORD_LIMITS.embedDescription, 'embeds[].description');
    if (current.length + line.length + 1 > DISCORD_LIMITS.embedDescription) {
      embeds.push({ description: current });
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) embeds.push({ description: current });
  return { content: '', embeds, components, files, allowed_mentions: { parse: [] } };
}

/**
 * A form as a modal. Discord shows only short labels in a modal, so the prompt itself stays in the
 * message behind it; the text input takes up to 4000 characters.
 */
export function renderModal(form: Form): APIModalInteractionResponseCallbackData {
  if (form.fields.length === 0 || form.fields.length > DISCORD_LIMITS.actionRows) {
    throw new BetweenError(
      'validation',
      `Discord modals hold 1 to ${DISCORD_LIMITS.actionRows} inputs; this form has ${form.fields.length}. Split it into several forms.`,
    );
  }
  return {
    custom_id: check(form.id, DISCORD_LIMITS.customId, 'custom_id'),
    title: check(form.title, DISCORD_LIMITS.modalTitle, 'title'),
    components: form.fields.map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: check(field.id, DISCORD_LIMITS.customId, 'components[].custom_id'),
          label: check(field.label, DISCORD_LIMITS.textInputLabel, 'components[].label'),
          style: field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: field.required,
          max_length: Math.min(field.maxLength, DISCORD_LIMITS.textInput),
          ...(field.placeholder
            ? {
                placeholder: check(
                  field.placeholder,
                  DISCORD_LIMITS.textInputPlaceholder,
                  'components[].placeholder',
                ),
              }
            : {}),
        },
      ],
    })),
  };
}
