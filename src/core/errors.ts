export type ErrorCode =
  | 'config_invalid'
  | 'prompts_invalid'
  | 'validation'
  | 'bad_argument'
  | 'unknown_command'
  | 'unknown_action'
  | 'not_found'
  | 'crypto'
  | 'dm_blocked'
  | 'recipient_gone'
  | 'rate_limited'
  | 'platform_unavailable'
  /** The request may have reached the platform, and whether it acted is unknown: never resend blindly. */
  | 'uncertain'
  | 'internal';

/**
 * The one error type the core throws on purpose. `userMessage`, when set, is safe to show to
 * the member; `message` is for logs and must never contain answer text.
 */
export class BetweenError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string | undefined;
  /** For `rate_limited`: how long the platform asked us to wait (its Retry-After). */
  readonly retryAfterMs: number | undefined;
  /** The platform's id of what was posted before the failure (a message whose files failed), if anything was. */
  readonly sent: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; userMessage?: string; retryAfterMs?: number; sent?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'BetweenError';
    this.code = code;
    this.userMessage = options.userMessage;
    this.retryAfterMs = options.retryAfterMs;
    this.sent = options.sent;
  }
}

export function isBetweenError(error: unknown): error is BetweenError {
  return error instanceof BetweenError;
}
