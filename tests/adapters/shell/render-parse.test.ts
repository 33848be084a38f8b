import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../adapters/shell/parse';
import { renderMessage } from '../../../adapters/shell/render';
import type { OutgoingMessage } from '../../../src/core/model';

const message: OutgoingMessage = {
  fallback: 'A prompt',
  elements: [
    { kind: 'text', text: 'Noticing', tone: 'heading' },
    {
      kind: 'checklist',
      id: 'v1:checklist:4',
      items: [
        { id: 'one', label: 'First' },
        { id: 'two', label: 'Second' },
        { id: 'three', label: 'Third' },
      ],
      selected: ['two'],
    },
    { kind: 'text', text: 'not a diagnosis', tone: 'muted' },
    {
      kind: 'buttons',
      buttons: [
        { id: 'v1:protect:4', label: 'Reflect' },
        { id: 'v1:help', label: 'Help' },
      ],
    },
  ],
};

describe('shell rendering', () => {
  it('numbers checklist items with their state and letters the buttons', () => {
    const rendered = renderMessage(message);
    expect(rendered.lines).toEqual([
      '── Between ──',
      '» Noticing',
      '  1. [ ] First',
      '  2. [x] Second',
      '  3. [ ] Third',
      '  (type the numbers of all that apply, e.g. "1 3", or "none"; each answer replaces the last)',
      '  not a diagnosis',
      '  [a] Reflect   [b] Help',
      '  (type a letter to choose)',
    ]);
    expect([...rendered.choices.buttons]).toEqual([
      ['a', 'v1:protect:4'],
      ['b', 'v1:help'],
    ]);
    expect(rendered.choices.checklist).toEqual({ id: 'v1:checklist:4', itemIds: ['one', 'two', 'three'] });
  });

  it('passes files through for the adapter to save', () => {
    const rendered = renderMessage({
      fallback: 'x',
      elements: [{ kind: 'file', filename: 'a.json', mimeType: 'application/json', content: '{}' }],
    });
    expect(rendered.files).toHaveLength(1);
  });
});

describe('shell parsing', () => {
  const { choices } = renderMessage(message);

  it.each([
    ['/between pause until 2026-12-28', { kind: 'command', text: 'pause until 2026-12-28' }],
    ['/help', { kind: 'command', text: 'help' }],
    ['/quit', { kind: 'quit' }],
    ['   ', { kind: 'empty' }],
    ['a', { kind: 'action', actionId: 'v1:protect:4', values: [] }],
    ['B', { kind: 'action', actionId: 'v1:help', values: [] }],
    ['1 3', { kind: 'action', actionId: 'v1:checklist:4', values: ['one', 'three'] }],
    ['3,1,3', { kind: 'action', actionId: 'v1:checklist:4', values: ['three', 'one'] }],
    ['none', { kind: 'action', actionId: 'v1:checklist:4', values: [] }],
    ['1 4', { kind: 'invalid', reason: 'Please use numbers from 1 to 3.' }],
    ['z', { kind: 'invalid', reason: 'There is no choice “z” here.' }],
    ['hello there', { kind: 'message', text: 'hello there' }],
  ])('reads %j', (line, expected) => {
    expect(parseLine(line, choices)).toEqual(expected);
  });

  it('reads a lone letter as a message when nothing is on offer', () => {
    expect(parseLine('a', undefined)).toEqual({ kind: 'message', text: 'a' });
  });
});
