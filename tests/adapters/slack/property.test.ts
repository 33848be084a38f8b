import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS as L } from '../../../adapters/slack/limits';
import {
  parseBlockAction,
  parseDirectMessage,
  parseHomeOpened,
  parseReplyRoute,
  parseSlashCommand,
  parseViewSubmission,
} from '../../../adapters/slack/parse';
import {
  type Block,
  escapeMrkdwn,
  renderHome,
  renderMessage,
  renderModal,
} from '../../../adapters/slack/render';
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

const KINDS = new Set<InboundEvent['kind']>(['command', 'action', 'form_submit', 'message', 'unsupported']);

/** Slack's `text` argument is cut at 40,000 characters. */
const MESSAGE_TEXT = 40_000;

function blocksWithinLimits(blocks: readonly Block[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'section':
        expect(block.text.text.length).toBeLessThanOrEqual(L.sectionText);
        break;
      case 'context':
        for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(L.sectionText);
        break;
      case 'actions':
        expect(block.elements.length).toBeGreaterThanOrEqual(1);
        expect(block.elements.length).toBeLessThanOrEqual(L.actionsElements);
        for (const e of block.elements) {
          expect(e.action_id.length).toBeGreaterThanOrEqual(1);
          expect(e.action_id.length).toBeLessThanOrEqual(L.actionId);
          if (e.type === 'button') {
            expect(e.text.text.length).toBeGreaterThanOrEqual(1);
            expect(e.text.text.length).toBeLessThanOrEqual(L.buttonText);
            expect(e.value.length).toBeLessThanOrEqual(L.buttonValue);
          } else {
            expect(e.options.length).toBeGreaterThanOrEqual(1);
            expect(e.options.length).toBeLessThanOrEqual(L.checkboxOptions);
            for (const o of e.options) {
              expect(o.text.text.length).toBeGreaterThanOrEqual(1);
              expect(o.text.text.length).toBeLessThanOrEqual(L.optionText);
              expect(o.value.length).toBeGreaterThanOrEqual(1);
              expect(o.value.length).toBeLessThanOrEqual(L.optionValue);
            }
          }
        }
        break;
      case 'input':
        expect(block.block_id.length).toBeLessThanOrEqual(L.actionId);
        expect(block.label.text.length).toBeGreaterThanOrEqual(1);
        expect(block.label.text.length).toBeLessThanOrEqual(L.inputLabel);
        expect(block.element.max_length).toBeGreaterThanOrEqual(1);
        expect(block.element.max_length).toBeLessThanOrEqual(L.plainTextInput);
        break;
    }
  }
}

describe('Slack rendering, for any message (property)', () => {
  it('either renders Block Kit within Slack’s limits or refuses with a validation error naming the fix', () => {
    fc.assert(
      fc.property(outgoing(), (message) => {
        const out = renderedOrRefused(() => renderMessage(message));
        if (!out) return;
        expect(out.blocks.length).toBeLessThanOrEqual(L.messageBlocks);
        expect(out.text.length).toBeLessThanOrEqual(MESSAGE_TEXT);
        blocksWithinLimits(out.blocks);
        const home = renderedOrRefused(() => renderHome(message));
        if (home) expect(home.blocks.length).toBeLessThanOrEqual(L.viewBlocks);
      }),
      runs(400),
    );
  });

  it('renders every message of the size the core really sends', () => {
    fc.assert(
      fc.property(modestMessage, (message) => {
        blocksWithinLimits(renderMessage(message).blocks);
      }),
      runs(300),
    );
  });

  it('never lets a member’s text become a mention, a link or a broadcast, whatever it holds', () => {
    fc.assert(
      fc.property(hostileText(300), (text) => {
        expect(escapeMrkdwn(text.replace(/[\u2068\u2069]/g, ''))).not.toMatch(/[<>]/);
      }),
      runs(500),
    );
  });

  it('either renders a form as a modal within Slack’s limits or refuses it', () => {
    fc.assert(
      fc.property(form(), anyText(200), (f, metadata) => {
        const view = renderedOrRefused(() => renderModal(f, metadata));
        if (!view) return;
        expect(view.title.text.length).toBeLessThanOrEqual(L.modalTitle);
        expect(view.submit.text.length).toBeLessThanOrEqual(L.modalTitle);
        expect(view.callback_id.length).toBeLessThanOrEqual(L.actionId);
        expect(view.private_metadata.length).toBeLessThanOrEqual(L.privateMetadata);
        expect(view.blocks.length).toBeLessThanOrEqual(L.viewBlocks);
        blocksWithinLimits(view.blocks);
      }),
      runs(300),
    );
  });
});

/** Payload-shaped values: the right keys, with anything (or nothing) in them. */
const shaped = (keys: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...keys), fc.oneof(anyText(60), fc.anything({ maxDepth: 3 })), {
    maxKeys: keys.length,
  });

describe('Slack parsing, for any payload (property)', () => {
  it('turns any value into an event (or nothing) and never throws', () => {
    const raw = fc.oneof(
      fc.anything({ maxDepth: 4, withNullPrototype: true, withSparseArray: true }),
      shaped(['team_id', 'user_id', 'channel_id', 'text', 'trigger_id', 'response_url', 'command']),
      shaped(['type', 'team', 'user', 'channel', 'container', 'actions', 'view', 'trigger_id']),
      shaped(['type', 'channel_type', 'user', 'text', 'subtype', 'bot_id', 'tab']),
    );
    fc.assert(
      fc.property(raw, fc.anything({ maxDepth: 1 }), (payload, teamId) => {
        for (const event of [
          parseSlashCommand(payload),
          parseBlockAction(payload),
          parseViewSubmission(payload),
        ]) {
          expect(KINDS.has(event.kind)).toBe(true);
        }
        for (const event of [parseDirectMessage(payload, teamId), parseHomeOpened(payload, teamId)]) {
          if (event) expect(KINDS.has(event.kind)).toBe(true);
        }
        const route = parseReplyRoute(payload);
        if (route.responseUrl) expect(URL.canParse(route.responseUrl)).toBe(true);
        if (route.triggerId) expect(route.triggerId).toMatch(/^[\w.-]+$/);
      }),
      runs(1_000),
    );
  });

  it('keeps the reason of an unsupported event free of what the payload said', () => {
    fc.assert(
      fc.property(hostileText(80), (type) => {
        const event = parseBlockAction({
          type: 'block_actions',
          team: { id: 'T1' },
          user: { id: 'U1' },
          actions: [{ type, action_id: 'a' }],
        });
        if (event.kind === 'unsupported' && type.trim() !== '' && !/^[a-z_]{1,40}$/.test(type)) {
          expect(event.reason).not.toContain(type);
        }
      }),
      runs(300),
    );
  });
});
