import { ApplicationCommandOptionType, ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { betweenCommand } from '../../../adapters/discord/commands';
import { DISCORD_LIMITS } from '../../../adapters/discord/limits';
import {
  parseCommand,
  parseComponent,
  parseDirectMessage,
  parseModal,
} from '../../../adapters/discord/parse';
import { escapeText, renderMessage, renderModal } from '../../../adapters/discord/render';
import { cleanText, person } from '../../../src/core/messages';
import type { OutgoingMessage } from '../../../src/core/model';

const checklist: OutgoingMessage = {
  fallback: 'check',
  elements: [
    { kind: 'text', text: 'Noticing', tone: 'heading' },
    {
      kind: 'checklist',
      id: 'v1:checklist:7',
      items: [
        { id: 'a', label: 'First' },
        { id: 'b', label: 'Second' },
        { id: 'c', label: 'Third' },
      ],
      selected: ['b'],
    },
    { kind: 'text', text: 'Not a diagnosis', tone: 'muted' },
    {
      kind: 'buttons',
      buttons: [
        { id: 'v1:protect:7', label: 'Reflect', style: 'primary' },
        { id: 'v1:a', label: '1' },
        { id: 'v1:b', label: '2' },
        { id: 'v1:c', label: '3' },
        { id: 'v1:d', label: '4' },
        { id: 'v1:e', label: '5', style: 'danger' },
      ],
    },
  ],
};

describe('Discord rendering', () => {
  it('renders the checklist as a string select with min 0, max = items and the stored state as defaults', () => {
    const rendered = renderMessage(checklist);
    expect(rendered.content).toBe('**Noticing**\n-# Not a diagnosis');
    expect(rendered.allowed_mentions).toEqual({ parse: [] });
    const select = rendered.components[0]?.components[0];
    expect(select).toMatchObject({
      type: ComponentType.StringSelect,
      custom_id: 'v1:checklist:7',
      min_values: 0,
      max_values: 3,
      options: [
        { label: 'First', value: 'a', default: false },
        { label: 'Second', value: 'b', default: true },
        { label: 'Third', value: 'c', default: false },
      ],
    });
  });

  it('puts at most five buttons in a row', () => {
    const rows = renderMessage(checklist).components.slice(1);
    expect(rows.map((r) => r.components.length)).toEqual([5, 1]);
    expect(rows[0]?.components[0]).toMatchObject({ type: ComponentType.Button, style: 1, label: 'Reflect' });
    expect(rows[1]?.components[0]).toMatchObject({ style: 4 });
  });

  it('never lets text ping anyone or turn into formatting', () => {
    expect(escapeText('@everyone look <@123> **bold** # not a title')).toBe(
      '@\u200beveryone look <@\u200b123> \\*\\*bold\\*\\* # not a title',
    );
    expect(escapeText('# heading\n> quote\n- item')).toBe('\\# heading\n\\> quote\n\\- item');
  });

  it('moves text longer than a message’s 2000 characters into embeds, line by line, never cutting it', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `line ${i} ${'w'.repeat(60)}`);
    const rendered = renderMessage({ fallback: 'x', elements: [{ kind: 'text', text: lines.join('\n') }] });
    expect(rendered.content).toBe('');
    expect(rendered.embeds.map((e) => e.description).join('\n')).toBe(lines.join('\n'));
    expect(rendered.embeds.every((e) => e.description.length <= DISCORD_LIMITS.embedDescription)).toBe(true);
  });

  it('passes an export as a file attachment', () => {
    const rendered = renderMessage({
      fallback: 'x',
      elements: [
        { kind: 'file', filename: 'between-export.json', mimeType: 'application/json', content: '{"a":1}' },
      ],
    });
    expect(rendered.files).toEqual([{ name: 'between-export.json', data: Buffer.from('{"a":1}') }]);
  });

  it('refuses what Discord would reject, naming the limit', () => {
    const long = {
      fallback: 'x',
      elements: [{ kind: 'buttons' as const, buttons: [{ id: 'v1:x', label: 'y'.repeat(81) }] }],
    };
    expect(() => renderMessage(long)).toThrow(/at most 80 characters for a button label/);
    const huge = { fallback: 'x', elements: [{ kind: 'text' as const, text: 'z'.repeat(6001) }] };
    expect(() => renderMessage(huge)).toThrow(/at most 6000 characters for the text of one message/);
    const id = {
      fallback: 'x',
      elements: [{ kind: 'buttons' as const, buttons: [{ id: 'v'.repeat(101), label: 'ok' }] }],
    };
    expect(() => renderMessage(id)).toThrow(/custom_id/);
  });

  it('renders a form as a modal with a paragraph input of up to 4000 characters', () => {
    const modal = renderModal({
      id: 'v1:reflect:3',
      title: 'Your reflection',
      intro: 'A long prompt that stays in the message',
      submitLabel: 'Save',
      fields: [
        {
          id: 'answer',
          label: 'Your reflection',
          required: true,
          maxLength: 4000,
          multiline: true,
          placeholder: 'A few words',
        },
      ],
    });
    expect(modal).toEqual({
      custom_id: 'v1:reflect:3',
      title: 'Your reflection',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: 'answer',
              label: 'Your reflection',
              style: 2,
              required: true,
              max_length: DISCORD_LIMITS.textInput,
              placeholder: 'A few words',
            },
          ],
        },
      ],
    });
  });
});

describe('Discord parsing', () => {
  const inGuild = { userId: '111', guildId: '999' };
  const inDm = { userId: '111', guildId: null };

  it('reads a subcommand and its options as the core’s command text, marking server use as a channel', () => {
    const event = parseCommand(
      {
        ...inGuild,
        commandName: 'between',
        subcommand: 'pause',
        options: [{ name: 'details', type: 'string', value: ' until 2026-12-28 ' }],
      },
      undefined,
      {},
    );
    expect(event).toMatchObject({
      kind: 'command',
      text: 'pause until 2026-12-28',
      visibility: 'channel',
      user: { platform: 'discord', workspaceId: '999', userId: '111' },
    });
  });

  it('turns a user option into a mention the core can read', () => {
    const event = parseCommand(
      {
        ...inGuild,
        commandName: 'between',
        subcommand: 'cap',
        options: [
          { name: 'client', type: 'user', value: '222' },
          { name: 'limit', type: 'string', value: '3' },
        ],
      },
      undefined,
      {},
    );
    expect(event).toMatchObject({ kind: 'command', text: 'cap <@222> 3' });
  });

  it('files DMs under the home server when one is configured', () => {
    const event = parseCommand(
      { ...inDm, commandName: 'between', subcommand: 'help', options: [] },
      '999',
      {},
    );
    expect(event).toMatchObject({ visibility: 'dm', user: { workspaceId: '999' } });
    const anywhere = parseCommand(
      { ...inDm, commandName: 'between', subcommand: 'help', options: [] },
      undefined,
      {},
    );
    expect(anywhere).toMatchObject({ user: { workspaceId: '' } });
  });

  it('reads a select as the full selected set and a button as no values', () => {
    expect(
      parseComponent(
        { ...inDm, customId: 'v1:checklist:7', kind: 'string_select', values: ['a', 'c'] },
        '999',
        {},
      ),
    ).toMatchObject({
      kind: 'action',
      actionId: 'v1:checklist:7',
      values: ['a', 'c'],
    });
    expect(
      parseComponent({ ...inDm, customId: 'v1:help', kind: 'button', values: [] }, '999', {}),
    ).toMatchObject({ values: [] });
    expect(parseComponent({ ...inDm, customId: 'x', kind: 'other', values: [] }, '999', {}).kind).toBe(
      'unsupported',
    );
  });

  it('reads a modal’s fields by custom id', () => {
    expect(
      parseModal(
        { ...inDm, customId: 'v1:reflect:3', fields: [{ customId: 'answer', value: 'hi' }] },
        '999',
        {},
      ),
    ).toMatchObject({
      kind: 'form_submit',
      formId: 'v1:reflect:3',
      fields: { answer: 'hi' },
    });
  });

  it('answers only members typing in their DM, never bots or server channels', () => {
    expect(
      parseDirectMessage({ authorId: '111', authorIsBot: false, inDm: true, content: 'hey' }, '999', {}),
    ).toMatchObject({
      kind: 'message',
      text: 'hey',
    });
    expect(
      parseDirectMessage({ authorId: '111', authorIsBot: true, inDm: true, content: 'x' }, '999', {}),
    ).toBeUndefined();
    expect(
      parseDirectMessage({ authorId: '111', authorIsBot: false, inDm: false, content: 'x' }, '999', {}),
    ).toBeUndefined();
  });

  it('refuses other commands without failing', () => {
    expect(
      parseCommand({ ...inGuild, commandName: 'other', subcommand: null, options: [] }, undefined, {}).kind,
    ).toBe('unsupported');
  });
});

describe('the /between command definition', () => {
  it('has one subcommand per core command, within Discord’s naming and size rules', () => {
    const command = betweenCommand();
    const names = command.options?.map((o) => o.name) ?? [];
    expect(names).toEqual(
      expect.arrayContaining([
        'help',
        'checkin',
        'checklist',
        'schedule',
        'pause',
        'resume',
        'skip',
        'settings',
        'optin',
        'optout',
        'export',
        'delete',
        'cap',
        'group',
        'share',
        'shared',
        'note',
        'link',
        'invite',
        'history',
        'home',
      ]),
    );
    // Discord allows 25 subcommands in one command.
    expect(command.options?.length).toBeLessThanOrEqual(25);
    for (const option of command.options ?? []) {
      expect(option.type).toBe(ApplicationCommandOptionType.Subcommand);
      expect(option.name).toMatch(/^[a-z]{1,32}$/);
      expect(option.description.length).toBeLessThanOrEqual(100);
    }
    // Discord's size rule: the names, descriptions and values of a command and all its options
    // together, counting only the longest localization of each field (with the default). The
    // Spanish description_localizations (es-ES and es-419) count once, not twice. Documented as
    // 8000 characters, earlier 4000: kept within the lower one.
    const longest = (text: string, localized?: Record<string, string | null> | null) =>
      Math.max([...text].length, ...Object.values(localized ?? {}).map((l) => [...(l ?? '')].length));
    type Sized = {
      name: string;
      name_localizations?: Record<string, string | null> | null;
      description: string;
      description_localizations?: Record<string, string | null> | null;
      options?: Sized[];
    };
    const size = (node: Sized): number =>
      longest(node.name, node.name_localizations) +
      longest(node.description, node.description_localizations) +
      (node.options ?? []).reduce((sum, option) => sum + size(option), 0);
    expect(size(command as Sized)).toBeLessThan(4000);
  });
});

describe('people named by Between on Discord', () => {
  it('become mentions (which ping no one: allowed_mentions is empty), while a member’s own stay inert', () => {
    expect(escapeText(`${person('111')} accepted; they wrote <@222>`)).toBe(
      '<@111> accepted; they wrote <@\u200b222>',
    );
  });

  it('cannot be forged by a member: the marks are removed from what members type', () => {
    expect(cleanText(person('999'))).toBe('@999');
  });
});
