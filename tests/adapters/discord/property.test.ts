import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../../adapters/discord/limits';
import {
  parseCommand,
  parseComponent,
  parseDirectMessage,
  parseModal,
} from '../../../adapters/discord/parse';
import { escapeText, renderMessage, renderModal } from '../../../adapters/discord/render';
import { readInteraction, readMessage } from '../../../adapters/discord/schema';
import type { InboundEvent } from '../../../src/core/model';
import {
  anyText,
  form,
  hostileText,
  modestMessage,
  outgoing,
  renderedOrRefused,
  runs,
} from '../../fixtures/arbitraries';
import { interactionTemplates, malformedInteraction } from '../../fixtures/discord-payloads';

const KINDS = new Set<InboundEvent['kind']>(['command', 'action', 'form_submit', 'message', 'unsupported']);
const SNOWFLAKE = /^\d{1,20}$/;
const PLACE = {
  applicationId: '1300000000000000001',
  guildId: '1300000000000000100',
  channelId: '1300000000000000200',
  userId: '1300000000000000501',
  dmChannelId: '1300000000000000600',
};

type Rendered = ReturnType<typeof renderMessage>;

function withinLimits(out: Rendered): void {
  expect(out.content.length).toBeLessThanOrEqual(L.content);
  expect(out.embeds.length).toBeLessThanOrEqual(10);
  for (const embed of out.embeds) expect(embed.description.length).toBeLessThanOrEqual(L.embedDescription);
  expect(out.embeds.reduce((n, e) => n + e.description.length, 0)).toBeLessThanOrEqual(L.embedsTotal);
  expect(out.components.length).toBeLessThanOrEqual(L.actionRows);
  for (const row of out.components) {
    expect(row.components.length).toBeGreaterThanOrEqual(1);
    expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
    for (const c of row.components) {
      expect(c.custom_id.length).toBeGreaterThanOrEqual(1);
      expect(c.custom_id.length).toBeLessThanOrEqual(L.customId);
      if ('label' in c) {
        expect(c.label?.length).toBeGreaterThanOrEqual(1);
        expect(c.label?.length).toBeLessThanOrEqual(L.buttonLabel);
      }
      if ('options' in c) {
        expect(c.options.length).toBeGreaterThanOrEqual(1);
        expect(c.options.length).toBeLessThanOrEqual(L.selectOptions);
        expect(c.max_values).toBeGreaterThanOrEqual(1);
        expect(c.max_values).toBeLessThanOrEqual(c.options.length);
        for (const o of c.options) {
          expect(o.label.length).toBeGreaterThanOrEqual(1);
          expect(o.label.length).toBeLessThanOrEqual(L.optionLabel);
          expect(o.value.length).toBeGreaterThanOrEqual(1);
          expect(o.value.length).toBeLessThanOrEqual(L.optionValue);
        }
      }
    }
  }
  expect(out.files.length).toBeLessThanOrEqual(10);
  expect(out.allowed_mentions).toEqual({ parse: [] });
}

describe('Discord rendering, for any message (property)', () => {
  it('either renders within Discord’s limits or refuses with a validation error naming the fix', () => {
    fc.assert(
      fc.property(outgoing(), (message) => {
        const out = renderedOrRefused(() => renderMessage(message));
        if (out) withinLimits(out);
      }),
      runs(400),
    );
  });

  it('renders every message of the size the core really sends', () => {
    fc.assert(
      fc.property(modestMessage, (message) => {
        withinLimits(renderMessage(message));
      }),
      runs(300),
    );
  });

  it('never lets a member’s text ping anyone or link a channel, whatever it holds', () => {
    fc.assert(
      fc.property(hostileText(300), (text) => {
        const shown = escapeText(text.replace(/[\u2068\u2069]/g, ''));
        expect(shown).not.toMatch(/@(everyone|here)/);
        expect(shown).not.toMatch(/<(@[!&]?|#)\d+>/);
      }),
      runs(500),
    );
  });

  it('either renders a form as a modal within Discord’s limits or refuses it', () => {
    fc.assert(
      fc.property(form(), (f) => {
        const modal = renderedOrRefused(() => renderModal(f));
        if (!modal) return;
        expect(modal.title.length).toBeLessThanOrEqual(L.modalTitle);
        expect(modal.custom_id.length).toBeLessThanOrEqual(L.customId);
        expect(modal.components.length).toBeGreaterThanOrEqual(1);
        expect(modal.components.length).toBeLessThanOrEqual(L.actionRows);
        for (const row of modal.components) {
          for (const input of 'components' in row ? row.components : []) {
            if (!('label' in input) || !('max_length' in input)) continue;
            expect(input.label?.length).toBeLessThanOrEqual(L.textInputLabel);
            expect(input.max_length).toBeGreaterThanOrEqual(1);
            expect(input.max_length).toBeLessThanOrEqual(L.textInput);
            expect(input.placeholder?.length ?? 0).toBeLessThanOrEqual(L.textInputPlaceholder);
          }
        }
      }),
      runs(300),
    );
  });
});

const context = fc.record(
  {
    userId: anyText(30),
    guildId: fc.option(anyText(30)),
    roles: fc.array(anyText(30), { maxLength: 5 }),
  },
  { requiredKeys: ['userId', 'guildId'] },
);

describe('Discord parsing, for any input (property)', () => {
  it('turns any command, component or modal input into an event and never throws', () => {
    const option = fc.record({
      name: anyText(40),
      type: fc.constantFrom('string' as const, 'user' as const),
      value: anyText(),
    });
    fc.assert(
      fc.property(
        context,
        anyText(40),
        fc.option(anyText(40)),
        fc.array(option, { maxLength: 6 }),
        fc.constantFrom('button' as const, 'string_select' as const, 'other' as const),
        fc.array(anyText(120), { maxLength: 30 }),
        fc.option(anyText(30), { nil: undefined }),
        (ctx, name, sub, options, kind, values, home) => {
          const events = [
            parseCommand({ ...ctx, commandName: name, subcommand: sub, options }, home, {}),
            parseComponent({ ...ctx, customId: name, kind, values }, home, {}),
            parseModal(
              { ...ctx, customId: name, fields: values.map((v, i) => ({ customId: String(i), value: v })) },
              home,
              {},
            ),
          ];
          for (const event of events) expect(KINDS.has(event.kind)).toBe(true);
          const message = parseDirectMessage(
            { authorId: ctx.userId, authorIsBot: false, inDm: true, content: name },
            home,
            {},
          );
          expect(message?.kind).toBe('message');
        },
      ),
      runs(300),
    );
  });

  it('reads any gateway value as an interaction or a message without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withSparseArray: true }), (raw) => {
        expect(['command', 'component', 'modal', 'not_ours', 'unreadable']).toContain(
          readInteraction(raw).kind,
        );
        expect(['message', 'unreadable']).toContain(readMessage(raw).kind);
      }),
      runs(500),
    );
  });

  it('reads a broken interaction as unreadable or, if it still fits, with a real user id; never throws', () => {
    fc.assert(
      fc.property(malformedInteraction(interactionTemplates(PLACE)), (make) => {
        const reading = readInteraction(make('1300000000000000900', 'itoken.abc'));
        if (reading.kind === 'unreadable') {
          expect(reading.field).toMatch(/^[a-z_.()]+$/);
          return;
        }
        const userId = reading.kind === 'not_ours' ? reading.context.userId : reading.input.userId;
        expect(userId).toMatch(SNOWFLAKE);
        expect(reading.reply.token).toMatch(/^[A-Za-z0-9._=-]+$/);
      }),
      runs(1_000),
    );
  });

  it('reads every well-formed interaction Between handles', () => {
    const kinds = interactionTemplates(PLACE).map((t) => readInteraction(t).kind);
    expect(kinds).toEqual([
      'command',
      'command',
      'component',
      'component',
      'modal',
      'command',
      'command',
      'component',
      'component',
      'modal',
    ]);
  });
});
