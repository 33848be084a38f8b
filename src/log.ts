import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr. Call sites log ids, codes and counts, never what a member wrote;
 * the redaction below is a second line of defence for fields that could carry text or secrets.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'text',
          'fields',
          'answer',
          'values',
          'token',
          'raw',
          '*.text',
          '*.fields',
          '*.answer',
          '*.values',
          '*.token',
          '*.raw',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
