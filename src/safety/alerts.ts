import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { message, text } from '../core/messages';
import type { OutgoingMessage } from '../core/model';
import { localeOf, type MessageKey, t } from '../i18n';
import type { Services } from '../services';
import { linksOf, who } from '../sharing/links';
import { hasConsent } from '../storage/consents';
import type { Db } from '../storage/db';
import { deliveries, type MemberRow } from '../storage/schema';

/** What the alert can truthfully say about the card the client was shown. */
export type CardOutcome = 'shown' | 'not-shown' | 'unconfirmed';

/**
 * A held alert whose card has not reported back within this time is sent saying that Between
 * could not confirm the card was seen (the process may have restarted in between).
 */
export const ALERT_HOLD_MS = 2 * 60_000;

/**
 * When the screen matched, each linked therapist of the client gets an alert, only if the client
 * agreed to exactly that when opting in, and never with what was written. The alerts go through
 * the delivery outbox (so nothing in the client's reply waits for them) and are held until the
 * client's card was delivered or failed, so that they say only what really happened.
 */
export function holdRiskAlerts(services: Services, client: MemberRow): number[] {
  if (!hasConsent(services.db, client.id, 'risk_alert_therapist')) return [];
  const at = services.clock.now().toISOString();
  const therapists = linksOf(services, client, ['active'])
    .filter((link) => link.clientId === client.id)
    .map((link) => link.therapistId);
  if (therapists.length === 0) return [];
  return services.db
    .insert(deliveries)
    .values(
      therapists.map((therapistId) => ({
        memberId: therapistId,
        kind: 'safety_alert' as const,
        promptId: 'safety-alert',
        slotKey: `alert:${randomUUID()}`,
        slotAt: at,
        dueAt: at,
        status: 'held' as const,
        subjectId: client.id,
        payload: { card: 'pending' },
      })),
    )
    .returning({ id: deliveries.id })
    .all()
    .map((row) => row.id);
}

/** Lets held alerts go, saying what happened to the card. Returns how many were released. */
export function releaseRiskAlerts(db: Db, ids: readonly number[], outcome: CardOutcome, at: Date): number {
  if (ids.length === 0) return 0;
  return db
    .update(deliveries)
    .set({ status: 'planned', payload: { card: outcome }, dueAt: at.toISOString() })
    .where(and(inArray(deliveries.id, [...ids]), eq(deliveries.status, 'held')))
    .returning({ id: deliveries.id })
    .all().length;
}

/** Held alerts older than {@link ALERT_HOLD_MS}: their card never reported back. */
export function releaseStaleAlerts(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - ALERT_HOLD_MS).toISOString();
  const stale = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(and(eq(deliveries.status, 'held'), lte(deliveries.slotAt, cutoff)))
    .all()
    .map((row) => row.id);
  return releaseRiskAlerts(db, stale, 'unconfirmed', now);
}

const WHAT_HAPPENED: Record<CardOutcome, MessageKey> = {
  shown: 'alert.shown',
  'not-shown': 'alert.notShown',
  unconfirmed: 'alert.unconfirmed',
};

/**
 * The alert itself, in the therapist's language: what happened, that it is shared by the client's
 * choice, and nothing they wrote.
 */
export function riskAlertMessage(
  client: MemberRow,
  outcome: CardOutcome,
  therapist: MemberRow | undefined,
): OutgoingMessage {
  const locale = localeOf(therapist);
  return message(
    text(t(locale, WHAT_HAPPENED[outcome], { name: who(client) }), 'heading'),
    text(t(locale, 'alert.consent')),
  );
}

export function isCardOutcome(value: unknown): value is CardOutcome {
  return value === 'shown' || value === 'not-shown' || value === 'unconfirmed';
}
