import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type BufferedIncomingMessage,
  defaultBodyLimit,
  HTTPModuleFunctions,
  isRawBodyError,
  verifySlackRequest,
} from '@slack/bolt';
import { summarizeFault } from '../../src/core/fault';
import type { Logger } from '../../src/log';

const EVENTS_PATH = '/slack/events';
/** Slack's replay window: a request stamped further from now than this, either way, is refused. */
const FRESH_MS = 5 * 60_000;

/**
 * Stands in front of Bolt's HTTP receiver. Bolt reads a signed request's body as an object before
 * any listener runs, outside every try: a signed body of `null` (JSON, or `payload=null`) throws
 * there, with nobody to catch it, and would end the process. This buffers the body (Bolt reuses the
 * buffer), lets Bolt refuse what is not signed its own way, and answers a signed body that is not
 * an object with 400 and one calm log line. A timestamp more than five minutes ahead is refused too
 * (Bolt only refuses old ones). Everything else goes to Bolt as before.
 */
export function guardRequests(
  listener: RequestListener,
  signingSecret: string,
  log: Logger,
): RequestListener {
  const refuse = (res: ServerResponse, status: number, why: string) => {
    log.warn({ status }, `slack request refused: ${why}`);
    HTTPModuleFunctions.buildNoBodyResponse(res, status);
  };
  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== EVENTS_PATH) {
      listener(req, res);
      return;
    }
    void (async () => {
      let buffered: BufferedIncomingMessage;
      try {
        buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
      } catch (error) {
        const tooLarge = isRawBodyError(error) && (error as { statusCode?: number }).statusCode === 413;
        // i18n-exempt: a reason for the operator's log line; the HTTP answer to Slack has no body
        refuse(res, tooLarge ? 413 : 400, tooLarge ? 'body too large' : 'body unreadable');
        return;
      }
      // Bolt refuses a stamp older than five minutes; one from the future is as much a replay.
      const stamp = Number(buffered.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp * 1000 > Date.now() + FRESH_MS) {
        // i18n-exempt: a reason for the operator's log line; the HTTP answer to Slack has no body
        refuse(res, 401, 'timestamp more than five minutes in the future');
        return;
      }
      if (signed(buffered, signingSecret) && !isObject(bodyOf(buffered))) {
        // i18n-exempt: a reason for the operator's log line; the HTTP answer to Slack has no body
        refuse(res, 400, 'a signed body that is not an object');
        return;
      }
      listener(buffered, res);
    })().catch((error: unknown) => {
      log.error({ ...summarizeFault(error) }, 'slack request failed before Bolt: contained');
      if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
    });
  };
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://between').pathname;
  } catch {
    return '';
  }
}

/** Bolt's own check (signature and age); what fails it, Bolt refuses with 401 as always. */
function signed(req: BufferedIncomingMessage, signingSecret: string): boolean {
  const timestamp = req.headers['x-slack-request-timestamp'];
  const signature = req.headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  try {
    verifySlackRequest({
      signingSecret,
      body: req.rawBody.toString(),
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
    });
  } catch {
    return false;
  }
  return true;
}

/** The body as Bolt will read it; `undefined` when Bolt cannot parse it (Bolt then answers 400 itself). */
function bodyOf(req: BufferedIncomingMessage): unknown {
  try {
    return HTTPModuleFunctions.parseHTTPRequestBody(req);
  } catch {
    return {};
  }
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Envelope types that carry a payload for Bolt; `hello` and `disconnect` are the client's own. */
const ENVELOPES = new Set(['slash_commands', 'interactive', 'events_api']);

/**
 * What the Socket Mode client needs of a frame before it reads it, or why it would throw: the
 * reason goes into the operator's log line only (the frame is acknowledged, never answered).
 */
function frameProblem(frame: unknown): string | undefined {
  // i18n-exempt: a reason for the operator's log line
  if (!isObject(frame)) return 'a frame that is not a JSON object';
  const { type, payload } = frame as { type?: unknown; payload?: unknown };
  // i18n-exempt: a reason for the operator's log line
  if (typeof type !== 'string') return 'a frame without a type';
  if (!ENVELOPES.has(type)) return undefined;
  // i18n-exempt: a reason for the operator's log line
  if (!isObject(payload)) return 'an envelope whose payload is not an object';
  if (type === 'events_api' && !isObject((payload as { event?: unknown }).event)) {
    // i18n-exempt: a reason for the operator's log line
    return 'an event envelope without an event';
  }
  return undefined;
}

type FrameHandler = (data: unknown, isBinary: boolean) => unknown;
/** The part of @slack/socket-mode's client this guard uses: its EventEmitter side. */
interface SocketClient {
  listeners(name: 'ws_message'): unknown[];
  removeAllListeners(name: 'ws_message'): unknown;
  on(name: 'ws_message', listener: FrameHandler): unknown;
}
/**
 * The client's own acknowledgement (typed private, called by its ack for every envelope):
 * `{ envelope_id }` sent back over the socket.
 */
type Acknowledging = { send(envelopeId: string): Promise<void> };

/**
 * Stands in front of Bolt's Socket Mode client. The client reads `type` of every frame and
 * `payload.event.type` of an event envelope outside every try, in an async handler: a frame of
 * `null`, or an event envelope whose payload or event is not an object, would end the process as
 * an unhandled rejection. This reads each frame first; such a frame is acknowledged (when it
 * names its envelope, so that Slack does not send it again), dropped with one calm log line (no
 * content), and never reaches the client. Everything else goes on as before.
 */
export function guardSocketFrames(client: SocketClient, log: Logger): void {
  const handlers = client.listeners('ws_message') as FrameHandler[];
  if (handlers.length === 0) {
    // A new @slack/socket-mode reads frames elsewhere; the Socket Mode fuzz test would show it.
    log.warn('slack socket guard found no frame handler to stand in front of');
    return;
  }
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data, isBinary) => {
    let frame: unknown;
    try {
      frame = isBinary ? undefined : JSON.parse(typeof data === 'string' ? data : String(data));
    } catch {
      frame = undefined;
    }
    const problem = isBinary ? undefined : frame === undefined ? undefined : frameProblem(frame);
    if (!problem) {
      // Binary and unparseable frames the client ignores itself.
      for (const handler of handlers) handler.call(client, data, isBinary);
      return;
    }
    log.warn(`slack socket frame refused: ${problem}`);
    const envelopeId = (frame as { envelope_id?: unknown } | null)?.envelope_id;
    if (typeof envelopeId === 'string' && envelopeId.length > 0) {
      (client as unknown as Acknowledging).send(envelopeId).catch((error: unknown) => {
        log.warn({ ...summarizeFault(error) }, 'slack socket ack of a refused frame failed');
      });
    }
  });
}
