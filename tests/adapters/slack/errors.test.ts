import { describe, expect, it } from 'vitest';
import { toBetweenError } from '../../../adapters/slack/errors';
import { decodeRef, encodeRef } from '../../../adapters/slack/index';
import { BetweenError } from '../../../src/core/errors';

/** An error shaped like the ones @slack/web-api throws: an Error with a `code` and extra fields. */
function webApiError(code: string, extra: Record<string, unknown>): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), { code, ...extra });
}

const platformError = (error: string) =>
  webApiError('slack_webapi_platform_error', { data: { ok: false, error } });

describe('toBetweenError', () => {
  it('turns a rate-limited error into rate_limited with its Retry-After in milliseconds', () => {
    const slack = webApiError('slack_webapi_rate_limited_error', { retryAfter: 30 });
    const error = toBetweenError(slack);
    expect(error).toBeInstanceOf(BetweenError);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.message).toBe('Slack rate limit (retry after 30s)');
    expect(error.cause).toBe(slack);
  });

  it('works on a plain object shaped like the error too', () => {
    const error = toBetweenError({ code: 'slack_webapi_rate_limited_error', retryAfter: 30 });
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('waits one second when the rate-limited error has no retryAfter', () => {
    const error = toBetweenError({ code: 'slack_webapi_rate_limited_error' });
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(1000);
  });

  it.each(['cannot_dm_bot', 'messages_tab_disabled', 'channel_not_found'])(
    'turns the platform error %s into dm_blocked',
    (name) => {
      const slack = platformError(name);
      const error = toBetweenError(slack);
      expect(error.code).toBe('dm_blocked');
      expect(error.message).toBe(`Slack: ${name}`);
      expect(error.cause).toBe(slack);
    },
  );

  it.each(['user_not_found', 'user_disabled', 'account_inactive'])(
    'turns the platform error %s into recipient_gone',
    (name) => {
      const error = toBetweenError(platformError(name));
      expect(error.code).toBe('recipient_gone');
      expect(error.message).toBe(`Slack: ${name}`);
    },
  );

  it('turns the platform error ratelimited into rate_limited', () => {
    const error = toBetweenError(platformError('ratelimited'));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(1000);
  });

  it('turns any other platform error into internal, naming the Slack error', () => {
    const error = toBetweenError(platformError('invalid_blocks'));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Slack: invalid_blocks');
  });

  it('turns a platform error without a name into internal', () => {
    const error = toBetweenError({ code: 'slack_webapi_platform_error', data: { ok: false } });
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Slack: unknown');
  });

  it('turns an HTTP 503 into platform_unavailable', () => {
    const error = toBetweenError(webApiError('slack_webapi_http_error', { statusCode: 503 }));
    expect(error.code).toBe('platform_unavailable');
    expect(error.message).toBe('Slack HTTP 503');
  });

  it('turns a request Slack never received (connection refused) into platform_unavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const error = toBetweenError(webApiError('slack_webapi_request_error', { original: refused }));
    expect(error.code).toBe('platform_unavailable');
    expect(error.message).toBe('Slack could not be reached');
  });

  it('turns a request that went unanswered (a timeout, a dropped connection) into uncertain', () => {
    for (const code of ['ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT']) {
      const lost = Object.assign(new Error(code), { code });
      expect(toBetweenError(webApiError('slack_webapi_request_error', { original: lost })).code).toBe(
        'uncertain',
      );
    }
  });

  it('passes a BetweenError through unchanged', () => {
    const original = new BetweenError('validation', 'Slack allows at most 75 characters for a button');
    expect(toBetweenError(original)).toBe(original);
  });

  it.each<[string, unknown]>([
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['an object with an unknown code', { code: 'ECONNRESET' }],
  ])('turns %s into internal', (_, thrown) => {
    const error = toBetweenError(thrown);
    expect(error).toBeInstanceOf(BetweenError);
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Slack call failed');
    expect(error.cause).toBe(thrown);
  });
});

describe('message references', () => {
  it('carry the files uploaded with a message, so a withdrawal can delete them too', () => {
    expect(encodeRef('1700000000.000001', [])).toBe('1700000000.000001');
    expect(encodeRef('1700000000.000001', ['F1', 'F2'])).toBe('1700000000.000001~F1,F2');
    expect(decodeRef('1700000000.000001~F1,F2')).toEqual({ ts: '1700000000.000001', files: ['F1', 'F2'] });
    expect(decodeRef('1700000000.000001')).toEqual({ ts: '1700000000.000001', files: [] });
  });
});
