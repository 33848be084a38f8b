import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../adapters/discord/render';
import { renderModal as renderSlackModal } from '../../../adapters/slack/render';
import type { Form, OutgoingMessage } from '../../../src/core/model';

/**
 * The adapters' own words around the core's answer follow the language of the reply: the Discord
 * select's placeholder on a checklist, and the close button of a Slack modal. English stays as it was.
 * (Through the real discord.js, in a scheduled DM: the Spanish journey in discord.e2e.test.ts.)
 */

const checklist: OutgoingMessage = {
  fallback: 'check',
  elements: [
    {
      kind: 'checklist',
      id: 'v1:checklist:7',
      items: [
        { id: 'a', label: 'First' },
        { id: 'b', label: 'Second' },
      ],
      selected: [],
    },
  ],
};

const placeholderOf = (rendered: ReturnType<typeof renderMessage>) => {
  const select = rendered.components[0]?.components[0];
  if (select?.type !== ComponentType.StringSelect) throw new Error('no select rendered');
  return select.placeholder;
};

describe('the Discord select placeholder', () => {
  it('is Spanish for a Spanish reply, and the same English as before otherwise', () => {
    expect(placeholderOf(renderMessage(checklist, 'es'))).toBe('Elige las que encajen contigo (o ninguna)');
    expect(placeholderOf(renderMessage(checklist, 'en'))).toBe('Choose any that fit (or none)');
    expect(placeholderOf(renderMessage(checklist))).toBe('Choose any that fit (or none)');
  });
});

describe('the Slack modal close button', () => {
  const form: Form = {
    id: 'v1:reflect:1',
    title: 'Reflection',
    fields: [{ id: 'answer', label: 'Your answer', required: true, maxLength: 3000, multiline: true }],
    submitLabel: 'Save',
  };

  it('says Cancelar for a Spanish reply, and Cancel as before otherwise', () => {
    expect(renderSlackModal(form, '{}', 'es').close).toEqual({
      type: 'plain_text',
      text: 'Cancelar',
      emoji: true,
    });
    expect(renderSlackModal(form, '{}', 'en').close.text).toBe('Cancel');
    expect(renderSlackModal(form, '{}').close.text).toBe('Cancel');
  });
});
