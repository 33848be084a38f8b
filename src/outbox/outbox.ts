import { randomUUID } from 'node:crypto';
import type { Services } from '../services';
import { deliveries, type MemberRow, type OutboxKind } from '../storage/schema';

/** What a person-to-person message must say, as ids and codes only (never anyone's words). */
export type OutboxPayload = Record<string, string | number | boolean>;

/**
 * Puts a message for another person into the durable outbox (the `deliveries` table), to be sent
 * by the delivery worker with the same at-most-once machinery as prompts: a state per message,
 * attempts, back-off, and a final `failed` with its reason that the sender is told about. The
 * message itself is rendered when it is sent (see `messages.ts`), so no text waits in the table.
 */
export function sendLater(
  services: Services,
  entry: {
    to: MemberRow;
    kind: Exclude<OutboxKind, 'safety_alert'>;
    payload: OutboxPayload;
    about?: MemberRow;
  },
): void {
  const at = services.clock.now().toISOString();
  services.db
    .insert(deliveries)
    .values({
      memberId: entry.to.id,
      kind: entry.kind,
      promptId: entry.kind,
      slotKey: `out:${randomUUID()}`,
      slotAt: at,
      dueAt: at,
      status: 'planned',
      subjectId: entry.about?.id ?? null,
      payload: entry.payload,
    })
    .run();
  services.outbox.ring();
}

const FAILED_BECAUSE: Readonly<Record<string, string>> = {
  'dm-blocked': 'their direct messages are closed to this app',
  'recipient-gone': 'they are no longer in this workspace',
  'gave-up': 'the platform kept failing',
  uncertain: 'the platform did not answer, so it may or may not have arrived',
  interrupted: 'Between stopped while sending it, so it may or may not have arrived',
  'files-failed': 'the text arrived but its files did not',
};

/** Why a message did not arrive, in words a member understands. */
export const failedBecause = (reason: string | null) =>
  FAILED_BECAUSE[reason ?? ''] ?? 'it could not be delivered';
