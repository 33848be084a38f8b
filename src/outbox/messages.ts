import { eq } from 'drizzle-orm';
import { message, text } from '../core/messages';
import type { OutgoingMessage, SentRef } from '../core/model';
import { EXPORT_KEEP_HOURS, exportMessage } from '../data-rights/export';
import { type Locale, localeOf, t } from '../i18n';
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
      return subject && isCardOutcome(payload.card)
        ? riskAlertMessage(subject, payload.card, findMember(services.db, row.memberId))
        : undefined;
    }
    case 'invitation':
      return invitationMessage(services, id(payload.link));
    case 'link_notice':
      return linkNoticeMessage(services, payload, findMember(services.db, row.memberId));
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

type Notice = (locale: Locale, name: string, why: string, payload: Record<string, unknown>) => string;

const NOTICE: Record<string, Notice> = {
  share: (locale, name, why) => t(locale, 'outbox.failed.share', { name, why }),
  invitation: (locale, name, why) => t(locale, 'outbox.failed.invitation', { name, why }),
  link: (locale, name, why) => t(locale, 'outbox.failed.link', { name, why }),
  export: (locale, _name, why) => t(locale, 'outbox.failed.export', { why }),
  capped: (locale, name, _why, payload) =>
    Number(payload.limit) > 0
      ? t(locale, 'outbox.capped', { name, n: Number(payload.limit) })
      : t(locale, 'outbox.uncapped', { name }),
};

/** A notice about someone else (`payload.to`), in the language of the member it is sent to. */
function noticeMessage(services: Services, row: DeliveryRow): OutgoingMessage | undefined {
  const payload = row.payload ?? {};
  const recipient = findMember(services.db, id(payload.to));
  const say = Object.hasOwn(NOTICE, String(payload.what)) ? NOTICE[String(payload.what)] : undefined;
  if (!recipient || !say) return undefined;
  const locale = localeOf(findMember(services.db, row.memberId));
  const why = failedBecause(String(payload.reason), locale);
  return message(text(say(locale, who(recipient), why, payload), 'muted'));
}
