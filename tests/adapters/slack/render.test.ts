import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, renderHome, renderMessage, renderModal } from '../../../adapters/slack/render';
import { BetweenError } from '../../../src/core/errors';
import { person } from '../../../src/core/messages';
import type { Element, Form, FormField, OutgoingMessage } from '../../../src/core/model';

const message = (...elements: Element[]): OutgoingMessage => ({ fallback: 'Between', elements });
const blocksOf = (...elements: Element[]) => renderMessage(message(...elements)).blocks;
const label = (text: string) => ({ type: 'plain_text', text, emoji: true });

/** Runs `fn`, expects it to throw a BetweenError, and returns it. */
function thrown(fn: () => unknown): BetweenError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BetweenError);
    return error as BetweenError;
  }
  throw new Error('expected a BetweenError, nothing was thrown');
}

describe('renderMessage: text', () => {
  it('renders a heading as a bold mrkdwn section', () => {
    expect(blocksOf({ kind: 'text', text: 'Evening check-in', tone: 'heading' })).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Evening check-in*' } },
    ]);
  });

  it('renders muted text as a context block', () => {
    expect(blocksOf({ kind: 'text', text: 'You can pause any time.', tone: 'muted' })).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'You can pause any time.' }] },
    ]);
  });

  it('renders normal text as a plain section', () => {
    expect(blocksOf({ kind: 'text', text: 'How was today?', tone: 'normal' })).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'How was today?' } },
    ]);
  });

  it('renders text without a tone as a plain section', () => {
    expect(blocksOf({ kind: 'text', text: 'How was today?' })).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'How was today?' } },
    ]);
  });

  it('escapes what the member or the prompt library wrote, in every tone', () => {
    expect(
      blocksOf(
        { kind: 'text', text: 'Me & <!here>', tone: 'heading' },
        { kind: 'text', text: '<@U0ANA> & co', tone: 'muted' },
        { kind: 'text', text: '<https://x|y>' },
      ),
    ).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Me &amp; &lt;!here&gt;*' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '&lt;@U0ANA&gt; &amp; co' }] },
      { type: 'section', text: { type: 'mrkdwn', text: '&lt;https://x|y&gt;' } },
    ]);
  });
});

describe('renderMessage: buttons', () => {
  it('renders primary and danger styles and leaves the style out for secondary or none', () => {
    expect(
      blocksOf({
        kind: 'buttons',
        buttons: [
          { id: 'reflect:1', label: 'Write a reflection', style: 'primary' },
          { id: 'skip:1', label: 'Skip', style: 'danger' },
          { id: 'later:1', label: 'Later', style: 'secondary' },
          { id: 'help', label: 'Help' },
        ],
      }),
    ).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'reflect:1',
            value: 'reflect:1',
            text: label('Write a reflection'),
            style: 'primary',
          },
          { type: 'button', action_id: 'skip:1', value: 'skip:1', text: label('Skip'), style: 'danger' },
          { type: 'button', action_id: 'later:1', value: 'later:1', text: label('Later') },
          { type: 'button', action_id: 'help', value: 'help', text: label('Help') },
        ],
      },
    ]);
  });

  it('sends no style key at all for an unstyled button', () => {
    const [block] = blocksOf({ kind: 'buttons', buttons: [{ id: 'help', label: 'Help' }] });
    expect(block?.type).toBe('actions');
    const button = block?.type === 'actions' ? block.elements[0] : undefined;
    expect(button).toBeDefined();
    expect(Object.keys(button ?? {})).not.toContain('style');
  });
});

describe('renderMessage: checklist', () => {
  const items = [
    { id: 'walk', label: 'Go for a walk' },
    { id: 'call', label: 'Call a friend' },
    { id: 'tea', label: 'Make tea ☕' },
  ];

  it('renders checkboxes whose initial_options are exactly the selected options, in list order', () => {
    const [block] = blocksOf({ kind: 'checklist', id: 'checklist:7', items, selected: ['tea', 'walk'] });
    expect(block).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'checkboxes',
          action_id: 'checklist:7',
          options: [
            { text: label('Go for a walk'), value: 'walk' },
            { text: label('Call a friend'), value: 'call' },
            { text: label('Make tea ☕'), value: 'tea' },
          ],
          initial_options: [
            { text: label('Go for a walk'), value: 'walk' },
            { text: label('Make tea ☕'), value: 'tea' },
          ],
        },
      ],
    });
  });

  it('uses the very same option objects in initial_options as in options', () => {
    const [block] = blocksOf({ kind: 'checklist', id: 'checklist:7', items, selected: ['call'] });
    const checkboxes = block?.type === 'actions' ? block.elements[0] : undefined;
    if (checkboxes?.type !== 'checkboxes') throw new Error('expected a checkboxes element');
    expect(checkboxes.initial_options).toHaveLength(1);
    expect(checkboxes.initial_options?.[0]).toBe(checkboxes.options[1]);
  });

  it('sends no initial_options key when nothing is selected', () => {
    const [block] = blocksOf({ kind: 'checklist', id: 'checklist:7', items, selected: [] });
    const checkboxes = block?.type === 'actions' ? block.elements[0] : undefined;
    expect(checkboxes).toBeDefined();
    expect(Object.keys(checkboxes ?? {})).toEqual(['type', 'action_id', 'options']);
  });

  it('ignores a selected id that is not an item', () => {
    const [block] = blocksOf({ kind: 'checklist', id: 'checklist:7', items, selected: ['gone'] });
    const checkboxes = block?.type === 'actions' ? block.elements[0] : undefined;
    expect(Object.keys(checkboxes ?? {})).not.toContain('initial_options');
  });
});

describe('renderMessage: files and fallback', () => {
  it('renders a file as no block (files are uploaded separately)', () => {
    expect(
      blocksOf(
        { kind: 'text', text: 'Your export' },
        { kind: 'file', filename: 'export.json', mimeType: 'application/json', content: '{}' },
      ),
    ).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Your export' } }]);
  });

  it('escapes the fallback text', () => {
    expect(renderMessage({ fallback: 'Hi <!channel> & <@U0ANA>', elements: [] })).toEqual({
      text: 'Hi &lt;!channel&gt; &amp; &lt;@U0ANA&gt;',
      blocks: [],
    });
  });
});

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here> now', '&lt;!here&gt; now'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<https://x|y>', '&lt;https://x|y&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
  ])('turns %j into inert text %j', (input, output) => {
    expect(escapeMrkdwn(input)).toBe(output);
  });

  it.each([
    ['*bold* _italic_ ~strike~ `code`', '*bold* _italic_ ~strike~ `code`'],
    ['Feeling 🌱 :seedling:', 'Feeling 🌱 :seedling:'],
    ['Zoë, ça va ? Ñandú', 'Zoë, ça va ? Ñandú'],
    ['line one\nline two\n\nline four', 'line one\nline two\n\nline four'],
  ])('leaves %j alone', (input, output) => {
    expect(escapeMrkdwn(input)).toBe(output);
  });
});

describe('Slack limits', () => {
  it('refuses a button label over 75 characters, naming the limit and the fix', () => {
    const error = thrown(() =>
      renderMessage(message({ kind: 'buttons', buttons: [{ id: 'b', label: 'x'.repeat(76) }] })),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack allows at most 75 characters for a button; this one has 76. Shorten it in the prompt library or the message text.',
    );
  });

  it('accepts a button label of exactly 75 characters', () => {
    expect(() =>
      renderMessage(message({ kind: 'buttons', buttons: [{ id: 'b', label: 'x'.repeat(75) }] })),
    ).not.toThrow();
  });

  it('refuses more than 25 buttons in a row, naming the limit and the fix', () => {
    const buttons = Array.from({ length: 26 }, (_, i) => ({ id: `b${i}`, label: `B${i}` }));
    const error = thrown(() => renderMessage(message({ kind: 'buttons', buttons })));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack allows 25 buttons in a row; this row has 26. Split it in the prompt library or the message.',
    );
  });

  it('refuses a checklist of 11 items, naming the limit and the fix', () => {
    const items = Array.from({ length: 11 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}` }));
    const error = thrown(() => renderMessage(message({ kind: 'checklist', id: 'c', items, selected: [] })));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack checkboxes allow 10 options; this checklist has 11. Split it in the prompt library.',
    );
  });

  it('accepts a checklist of 10 items', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}` }));
    expect(() => renderMessage(message({ kind: 'checklist', id: 'c', items, selected: [] }))).not.toThrow();
  });

  it('refuses a checkbox option over 75 characters, naming the limit and the fix', () => {
    const items = [{ id: 'long', label: 'y'.repeat(76) }];
    const error = thrown(() => renderMessage(message({ kind: 'checklist', id: 'c', items, selected: [] })));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack allows at most 75 characters for a checkbox option; this one has 76. Shorten it in the prompt library or the message text.',
    );
  });

  it('refuses more than 50 blocks in a message, naming the limit and the fix', () => {
    const texts = Array.from({ length: 51 }, (_, i): Element => ({ kind: 'text', text: `Line ${i}` }));
    const error = thrown(() => renderMessage(message(...texts)));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack messages hold 50 blocks; this has 51. Split it into several messages or shorten it in the prompt library.',
    );
  });

  it('accepts exactly 50 blocks in a message', () => {
    const texts = Array.from({ length: 50 }, (_, i): Element => ({ kind: 'text', text: `Line ${i}` }));
    expect(renderMessage(message(...texts)).blocks).toHaveLength(50);
  });

  it('refuses more than 100 blocks on the Home tab, naming the limit and the fix', () => {
    const texts = Array.from({ length: 101 }, (_, i): Element => ({ kind: 'text', text: `Line ${i}` }));
    const error = thrown(() => renderHome(message(...texts)));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack views hold 100 blocks; this has 101. Shorten it in the prompt library or the message text.',
    );
  });

  it('refuses a modal title over 24 characters, naming the limit and the fix', () => {
    const error = thrown(() =>
      renderModal({ id: 'f', title: 'z'.repeat(25), fields: [], submitLabel: 'Save' }, ''),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Slack allows at most 24 characters for a modal title; this one has 25. Shorten it in the prompt library or the message text.',
    );
  });

  it('refuses a submit label over 24 characters', () => {
    const error = thrown(() =>
      renderModal({ id: 'f', title: 'Reflect', fields: [], submitLabel: 's'.repeat(25) }, ''),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/at most 24 characters for a submit button; this one has 25/);
  });
});

describe('renderModal', () => {
  const field = (overrides: Partial<FormField> & Pick<FormField, 'id'>): FormField => ({
    label: 'Answer',
    required: true,
    maxLength: 2000,
    multiline: true,
    ...overrides,
  });

  const form: Form = {
    id: 'reflect:42',
    title: 'Reflection',
    intro: 'What helped today? <!channel>',
    submitLabel: 'Save',
    fields: [
      field({ id: 'answer', label: 'Your answer', placeholder: 'Take your time', maxLength: 4000 }),
      field({ id: 'note', label: 'A note for later', required: false, maxLength: 200, multiline: false }),
    ],
  };

  it('renders a form as a modal with intro, inputs, metadata and limits', () => {
    expect(renderModal(form, '{"d":42}')).toEqual({
      type: 'modal',
      callback_id: 'reflect:42',
      title: label('Reflection'),
      submit: label('Save'),
      close: label('Cancel'),
      private_metadata: '{"d":42}',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*What helped today? &lt;!channel&gt;*' } },
        {
          type: 'input',
          block_id: 'answer',
          optional: false,
          label: label('Your answer'),
          element: {
            type: 'plain_text_input',
            action_id: 'answer',
            multiline: true,
            max_length: 3000,
            placeholder: label('Take your time'),
          },
        },
        {
          type: 'input',
          block_id: 'note',
          optional: true,
          label: label('A note for later'),
          element: { type: 'plain_text_input', action_id: 'note', multiline: false, max_length: 200 },
        },
      ],
    });
  });

  it('caps a 4000-character field at Slack’s 3000 and keeps a shorter one as is', () => {
    const view = renderModal(
      { ...form, fields: [field({ id: 'long', maxLength: 4000 }), field({ id: 'short', maxLength: 3000 })] },
      '',
    );
    const maxLengths = view.blocks.map((b) => (b.type === 'input' ? b.element.max_length : undefined));
    expect(maxLengths).toEqual([undefined, 3000, 3000]);
  });

  it('has no intro block and no placeholder key when the form has none', () => {
    const view = renderModal(
      { id: 'f', title: 'Note', submitLabel: 'Send', fields: [field({ id: 'a' })] },
      'meta',
    );
    expect(view.blocks).toEqual([
      {
        type: 'input',
        block_id: 'a',
        optional: false,
        label: label('Answer'),
        element: { type: 'plain_text_input', action_id: 'a', multiline: true, max_length: 2000 },
      },
    ]);
    expect(view.private_metadata).toBe('meta');
  });
});

describe('renderHome', () => {
  it('renders the same blocks as a message in a home view', () => {
    const home = message(
      { kind: 'text', text: 'Between', tone: 'heading' },
      { kind: 'buttons', buttons: [{ id: 'settings', label: 'Settings' }] },
    );
    expect(renderHome(home)).toEqual({ type: 'home', blocks: renderMessage(home).blocks });
    expect(renderHome(home).type).toBe('home');
  });
});

describe('people named by Between', () => {
  it('become Slack mentions, while a member’s own <@…> stays inert text', () => {
    expect(escapeMrkdwn(`${person('U0TESS')} accepted; they wrote <@U0BOSS>`)).toBe(
      '<@U0TESS> accepted; they wrote &lt;@U0BOSS&gt;',
    );
  });
});
