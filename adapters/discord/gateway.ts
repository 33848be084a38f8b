import type { Client } from 'discord.js';
import { BetweenError } from '../../src/core/errors';
import { summarizeFault } from '../../src/core/fault';
import type { Logger } from '../../src/log';
import {
  type InteractionReading,
  type MessageReading,
  type OwnInteraction,
  readInteraction,
  readMessage,
} from './schema';

/** An interaction that reached no handler of Between's (unreadable, not ours, or too much for discord.js). */
export type SetAside = Exclude<InteractionReading, OwnInteraction> & { readonly raw: unknown };

/** The part of discord.js's WebSocketManager this guard wraps: every gateway dispatch goes through it. */
interface PacketHandler {
  handlePacket?: (packet?: unknown, shard?: unknown) => boolean;
}

/** What the schema read from a payload handed on to discord.js. */
export type Reading = OwnInteraction | Extract<MessageReading, { kind: 'message' }>;

/**
 * Stands between the gateway and discord.js. Each INTERACTION_CREATE and MESSAGE_CREATE payload is
 * read with the schema first: one that breaks it never reaches discord.js (which trusts the gateway
 * and throws on a payload that does not fit), and an interaction among them is handed to
 * `setAside`, to be answered kindly. A throw from inside discord.js while it handles any gateway
 * event is contained here, one calm log line, and never reaches the process.
 *
 * discord.js offers no public hook before it builds an interaction, so this wraps its
 * WebSocketManager's `handlePacket`; `start` fails loudly if a discord.js upgrade removed it (and
 * the gateway fuzz test fails first).
 */
export function guardGateway(client: Client, log: Logger, setAside: (interaction: SetAside) => void) {
  const ws = client.ws as unknown as PacketHandler;
  const original = ws.handlePacket;
  if (typeof original !== 'function') {
    throw new BetweenError(
      'internal',
      'discord.js no longer has WebSocketManager.handlePacket, where Between checks gateway events before discord.js reads them: update adapters/discord/gateway.ts for this discord.js version',
    );
  }
  /** The packet being handed to discord.js now; its listeners run synchronously inside. */
  let current: { reading: Reading; taken: boolean } | undefined;

  /** The schema's reading of a payload to hand on to discord.js; null when it is kept from it. */
  const check = (t: 'INTERACTION_CREATE' | 'MESSAGE_CREATE', d: unknown): Reading | null => {
    if (t === 'MESSAGE_CREATE') {
      const read = readMessage(d);
      if (read.kind === 'message') return read;
      log.warn({ field: read.field }, 'discord message unreadable: not used');
      return null;
    }
    const read = readInteraction(d);
    switch (read.kind) {
      case 'unreadable':
        log.warn(
          { field: read.field, ...(read.type !== undefined ? { type: read.type } : {}) },
          'discord interaction unreadable: not used, answered kindly where Discord waits for an answer',
        );
        break;
      case 'not_ours':
        log.info({ reason: read.reason }, 'discord interaction of a kind Between does not handle');
        break;
      default:
        return read;
    }
    setAside({ ...read, raw: d });
    return null;
  };

  ws.handlePacket = function guarded(this: unknown, packet?: unknown, shard?: unknown): boolean {
    const { t, d } = partsOf(packet);
    let mine: { reading: Reading; taken: boolean } | undefined;
    let handled = false;
    try {
      const reading = t === 'INTERACTION_CREATE' || t === 'MESSAGE_CREATE' ? check(t, d) : undefined;
      if (reading === null) return true;
      mine = reading ? { reading, taken: false } : undefined;
      current = mine;
      handled = original.call(this, packet, shard);
    } catch (error) {
      log.warn(
        { event: t && /^[A-Z_]{1,40}$/.test(t) ? t : 'other', ...summarizeFault(error) },
        'discord.js failed on a gateway event: contained',
      );
      handled = true;
    } finally {
      current = undefined;
    }
    // discord.js threw, or dropped the interaction without a word: nobody answered it yet.
    if (handled && mine && !mine.taken && 'reply' in mine.reading) {
      setAside({ kind: 'unreadable', field: '(discord.js)', reply: mine.reading.reply, raw: d });
    }
    return handled;
  };

  return {
    /** What the schema read from the interaction or message discord.js is emitting right now. */
    take(id: string): Reading | undefined {
      if (!current || current.reading.id !== id) return undefined;
      current.taken = true;
      return current.reading;
    },
  };
}

function partsOf(packet: unknown): { t: string | undefined; d: unknown } {
  if (typeof packet !== 'object' || packet === null) return { t: undefined, d: undefined };
  const { t, d } = packet as { t?: unknown; d?: unknown };
  return { t: typeof t === 'string' ? t : undefined, d };
}
