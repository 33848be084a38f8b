import { eq } from 'drizzle-orm';
import { count, message, text } from '../core/messages';
import type { OutgoingMessage, SentRef } from '../core/model';
import { EXPORT_KEEP_HOURS, exportMessage } from '../data-rights/export';
import { isCardOutcome, riskAlertMessage } from '../safety/alerts';
import type { Services } from '../services';
import { invitationMessage, linkNoticeMessage, who } from '../sharing/links';
import { digestMessage, shareDelivered, shareFailed } from '../sharing/share';
import { findMember } from '../storage/members';
import { type DeliveryRow, deliveries, OUTBOX_KINDS, type OutboxKind } from '../storage/schema';
import { failedBecause, sendLater } from './outbox';

export const isOutboxKind = (kind: DeliveryRow['kind']): kind is OutboxKind =>
  (OUTBOX_KINDS as readonly string[]).includes(kind);

const id = (value: unknown) => (typeof value === 'number' ? value : -1);

/**
 * The message an outbox row stands for, built when it is sent (so no text waits in the table);
 * undefined when it no longer applies (a share taken back, an invitation already answered).
 */
export function outboxMessage(services: Services, row: DeliveryRow): OutgoingMessage | undefined {
  const payload = row.payload ?? {};
  switch (row.kind) {
    case 'safety_alert': {
      const subject = row.subjectId === null ? undefined : findMember(services.db, row.subjectId);
      return subject && isCardOutcome(payload.card) ? riskAlertMessage(subject, payload.card) : undefined;
    }
    case 'invitation':
      return invitationMessage(services, id(payload.link));
    case 'link_notice':
      return linkNoticeMessage(services, payload);
    case 'share_digest':
      return digestMessage(services, id(payload.share));
    case 'notice':
      return noticeMessage(services, row);
    case 'export_file': {
      const member = findMember(services.db, row.memberId);
      return member ? exportMessage(services, member) : undefined;
    }
    default:
      return undefined;
  }
}

/** The platform accepted an outbox message. */
export function outboxDelivered(services: Services, row: DeliveryRow, ref: SentRef): void {
  if (row.kind === 'share_digest') shareDelivered(services, id(row.payload?.share), ref);
  if (row.kind === 'export_file') {
    // The upload is deleted from the platform once this passes (see removeExpiredExports).
    const expiresAt = new Date(services.clock.now().getTime() + EXPORT_KEEP_HOURS * 3_600_000);
    services.db
      .update(deliveries)
      .set({ expiresAt: expiresAt.toISOString() })
      .where(eq(deliveries.id, row.id))
      .run();
  }
}

const WHAT: Partial<Record<DeliveryRow['kind'], string>> = {
  share_digest: 'share',
  invitation: 'invitation',
  link_notice: 'link',
  export_file: 'export',
};

/**
 * An outbox message could not be delivered, for good: its sender is told privately, with the
 * reason (a safety alert's client is not: it was never theirs to send).
 */
export function outboxFailed(services: Services, row: DeliveryRow, reason: string, partial?: SentRef): void {
  if (row.kind === 'share_digest') shareFailed(services, id(row.payload?.share), reason, partial);
  const what = WHAT[row.kind];
  const sender = row.subjectId === null ? undefined : findMember(services.db, row.subjectId);
  if (!what || !sender) return;
  sendLater(services, { to: sender, kind: 'notice', payload: { what, to: row.memberId, reason } });
}

const NOTICE: Record<string, (name: string, why: string, payload: Record<string, unknown>) => string> = {
  share: (name, why) =>
    `Your share to ${name} was not delivered: ${why}. It does not count as shared; /between shared shows it (and lets you take back anything that did reach them), and /between share can send the entries again.`,
  invitation: (name, why) =>
    `Your invitation to ${name} was not delivered: ${why}. Nothing changed; you can invite them again later.`,
  link: (name, why) =>
    `I could not tell ${name} about the change to your link: ${why}. The change itself stands.`,
  export: (_name, why) => `Your export did not reach you: ${why}. /between export can try again.`,
  capped: (name, _why, payload) =>
    Number(payload.limit) > 0
      ? `${name} set Between to send you at most ${count(Number(payload.limit), 'nudge')} in any 7 days, reminders included. Your own schedule still applies; if this does not suit you, tell them.`
      : `${name} removed the weekly limit on how often Between nudges you. Your own schedule applies as before.`,
};

function noticeMessage(services: Services, row: DeliveryRow): OutgoingMessage | undefined {
  const payload = row.payload ?? {};
  const recipient = findMember(services.db, id(payload.to));
  const say = NOTICE[String(payload.what)];
  if (!recipient || !say) return undefined;
  return message(text(say(who(recipient), failedBecause(String(payload.reason)), payload), 'muted'));
}
