import { randomUUID } from 'node:crypto';
import { type Locale, type MessageKey, t } from '../i18n';
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

const FAILED_BECAUSE: Readonly<Record<string, MessageKey>> = {
  'dm-blocked': 'outbox.why.dmBlocked',
  'recipient-gone': 'outbox.why.recipientGone',
  'gave-up': 'outbox.why.gaveUp',
  uncertain: 'outbox.why.uncertain',
  interrupted: 'outbox.why.interrupted',
  'files-failed': 'outbox.why.filesFailed',
};

/** Why a message did not arrive, in words a member understands, in their language (`locale`). */
export function failedBecause(reason: string | null, locale: Locale = 'en'): string {
  const key = reason !== null && Object.hasOwn(FAILED_BECAUSE, reason) ? FAILED_BECAUSE[reason] : undefined;
  return t(locale, key ?? 'outbox.why.unknown');
}
