import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../adapters/shell/parse';
import {
  type Choices,
  renderFieldQuestion,
  renderFormStart,
  renderMessage,
} from '../../../adapters/shell/render';
import { anyText, form, outgoing, runs } from '../../fixtures/arbitraries';

const KINDS = ['command', 'action', 'message', 'quit', 'empty', 'invalid'];

const choices: fc.Arbitrary<Choices | undefined> = fc.option(
  fc.record(
    {
      buttons: fc
        .array(fc.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), anyText(40)), { maxLength: 26 })
        .map((pairs) => new Map(pairs)),
      checklist: fc.record({ id: anyText(40), itemIds: fc.array(anyText(40), { maxLength: 30 }) }),
    },
    { requiredKeys: ['buttons'] },
  ),
  { nil: undefined },
);

describe('the shell, for any line and any message (property)', () => {
  it('reads any typed line as one of its inputs and never throws', () => {
    fc.assert(
      fc.property(anyText(400), choices, (line, offered) => {
        const input = parseLine(line, offered);
        expect(KINDS).toContain(input.kind);
        if (input.kind === 'command') expect(input.text.startsWith('/')).toBe(false);
        if (input.kind === 'action' && offered?.checklist && input.actionId === offered.checklist.id) {
          for (const value of input.values) expect(offered.checklist.itemIds).toContain(value);
        }
      }),
      runs(1_000),
    );
  });

  it('reads any list of numbers against a checklist: the items chosen, or a kind word about the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', ',', ', '),
        fc.integer({ min: 1, max: 25 }),
        (numbers, separator, size) => {
          const itemIds = Array.from({ length: size }, (_, i) => `item-${i + 1}`);
          const input = parseLine(numbers.join(separator), {
            buttons: new Map(),
            checklist: { id: 'c', itemIds },
          });
          if (numbers.some((n) => n < 0)) return;
          if (numbers.every((n) => n >= 1 && n <= size)) {
            expect(input).toEqual({
              kind: 'action',
              actionId: 'c',
              values: [...new Set(numbers)].map((n) => `item-${n}`),
            });
          } else {
            expect(input.kind).toBe('invalid');
          }
        },
      ),
      runs(500),
    );
  });

  it('renders any message and any form as lines of text without throwing', () => {
    fc.assert(
      fc.property(outgoing(), form(), fc.nat(10), (message, f, index) => {
        const rendered = renderMessage(message);
        for (const line of rendered.lines) expect(typeof line).toBe('string');
        expect(rendered.choices.buttons.size).toBeLessThanOrEqual(27);
        for (const line of renderFormStart(f)) expect(typeof line).toBe('string');
        expect(typeof renderFieldQuestion(f, index)).toBe('string');
      }),
      runs(300),
    );
  });
});
