import { BetweenError } from '../../src/core/errors';

const RECIPIENT_GONE = new Set(['user_not_found', 'users_not_found', 'user_disabled', 'account_inactive']);
const DM_BLOCKED = new Set([
  'cannot_dm_bot',
  'messages_tab_disabled',
  'restricted_action',
  'channel_not_found',
  'is_archived',
  'not_in_channel',
]);

interface WebApiFailure {
  code?: unknown;
  data?: { error?: unknown };
  retryAfter?: unknown;
  statusCode?: unknown;
}

const NEVER_REACHED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function neverReached(error: unknown): boolean {
  const original = (error as { original?: { code?: unknown; cause?: { code?: unknown } } }).original;
  const code = original?.code ?? original?.cause?.code;
  return typeof code === 'string' && NEVER_REACHED.has(code);
}

/** Turns a @slack/web-api error into the coded error the delivery worker understands. */
export function toBetweenError(error: unknown): BetweenError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as WebApiFailure;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : 1;
      return new BetweenError('rate_limited', `Slack rate limit (retry after ${seconds}s)`, {
        cause: error,
        retryAfterMs: seconds * 1000,
      });
    }
    case 'slack_webapi_platform_error': {
      const reason = typeof e.data?.error === 'string' ? e.data.error : 'unknown';
      if (RECIPIENT_GONE.has(reason))
        return new BetweenError('recipient_gone', `Slack: ${reason}`, { cause: error });
      if (DM_BLOCKED.has(reason)) return new BetweenError('dm_blocked', `Slack: ${reason}`, { cause: error });
      if (reason === 'ratelimited')
        return new BetweenError('rate_limited', 'Slack: ratelimited', { cause: error, retryAfterMs: 1000 });
      return new BetweenError('internal', `Slack: ${reason}`, { cause: error });
    }
    case 'slack_webapi_http_error':
      return new BetweenError('platform_unavailable', `Slack HTTP ${String(e.statusCode)}`, { cause: error });
    case 'slack_webapi_request_error':
      // Refused before any byte reached Slack: nothing was done. Anything else (a timeout, a
      // dropped connection) may have come after Slack acted.
      return neverReached(error)
        ? new BetweenError('platform_unavailable', 'Slack could not be reached', { cause: error })
        : new BetweenError('uncertain', 'Slack did not answer', { cause: error });
    default:
      return error instanceof BetweenError
        ? error
        : new BetweenError('internal', 'Slack call failed', { cause: error });
  }
}
