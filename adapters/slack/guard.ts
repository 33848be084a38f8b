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
        refuse(res, tooLarge ? 413 : 400, tooLarge ? 'body too large' : 'body unreadable');
        return;
      }
      // Bolt refuses a stamp older than five minutes; one from the future is as much a replay.
      const stamp = Number(buffered.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp * 1000 > Date.now() + FRESH_MS) {
        refuse(res, 401, 'timestamp more than five minutes in the future');
        return;
      }
      if (signed(buffered, signingSecret) && !isObject(bodyOf(buffered))) {
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
