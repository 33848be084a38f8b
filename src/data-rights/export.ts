import { and, asc, eq, isNotNull, lte, or, type SQL } from 'drizzle-orm';
import { promptText } from '../checkin/session-prep';
import { encodeAction } from '../core/action-id';
import { isBetweenError } from '../core/errors';
import { message, text } from '../core/messages';
import type { OutgoingMessage, Platform, Reply } from '../core/model';
import { type Locale, localeOf, type MessageKey, t } from '../i18n';
import { sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { audit, auditTrail } from '../storage/audit';
import { findMember, samePersonEverywhere } from '../storage/members';
import { consents, deliveries, type MemberRow, schedules, sessionDates } from '../storage/schema';

/** Everything Between holds about one member, decrypted, as plain JSON-ready data. */
export function collectMemberData(services: Services, member: MemberRow) {
  const { db } = services;
  // Each prompt as the member reads it now: in their language (the libraries share their ids).
  const locale = localeOf(member);
  const prompts = services.prompts.in(locale);
  const promptOf = (id: string) =>
    promptText(prompts, id, locale) ??
    prompts.checklists.find((c) => c.id === id)?.title ??
    prompts.checklists.find((c) => c.followUp?.id === id)?.followUp?.text ??
    null;
  return {
    format: 'between-export',
    version: 1,
    exportedAt: services.clock.now().toISOString(),
    member: {
      platformUserId: member.platformUserId,
      role: member.role,
      timeZone: member.timeZone,
      language: member.locale,
      /** `member`: chosen with `settings language`; `platform`: taken from the platform; null: the default. */
      languageFrom: member.localeSource,
      region: member.region,
      quietHours: member.quietStart ? { start: member.quietStart, end: member.quietEnd } : null,
      pausedUntil: member.pausedUntil,
      remindersEnabled: member.remindersEnabled,
      offLimitsThemes: member.offLimitsThemes,
      weeklySession: member.sessionWeekday
        ? { weekday: member.sessionWeekday, time: member.sessionTime }
        : null,
      weeklyNudgeCap: member.weeklyCap,
      createdAt: member.createdAt,
    },
    schedules: db
      .select({
        anchor: schedules.anchor,
        weekdays: schedules.weekdays,
        dayOffset: schedules.dayOffset,
        time: schedules.time,
        content: schedules.content,
      })
      .from(schedules)
      .where(eq(schedules.memberId, member.id))
      .orderBy(asc(schedules.id))
      .all(),
    sessionDates: db
      .select({ date: sessionDates.date, time: sessionDates.time })
      .from(sessionDates)
      .where(eq(sessionDates.memberId, member.id))
      .orderBy(asc(sessionDates.date))
      .all(),
    consents: db
      .select({
        scope: consents.scope,
        action: consents.action,
        noticeVersion: consents.noticeVersion,
        at: consents.at,
      })
      .from(consents)
      .where(eq(consents.memberId, member.id))
      .orderBy(asc(consents.id))
      .all(),
    deliveries: db
      .select({
        id: deliveries.id,
        kind: deliveries.kind,
        promptId: deliveries.promptId,
        slotAt: deliveries.slotAt,
        status: deliveries.status,
        sentAt: deliveries.sentAt,
      })
      .from(deliveries)
      .where(eq(deliveries.memberId, member.id))
      .orderBy(asc(deliveries.id))
      .all(),
    responses: services.answers.list(member.id).map((r) => ({
      id: r.id,
      kind: r.kind,
      promptId: r.promptId,
      prompt: promptOf(r.promptId),
      deliveryId: r.deliveryId,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      ...(r.text !== undefined ? { text: r.text } : {}),
      ...(r.selected !== undefined ? { selected: r.selected } : {}),
    })),
    auditLog: auditTrail(db, member.id).map((a) => ({ at: a.at, action: a.action, detail: a.detail })),
  };
}

export type MemberExport = ReturnType<typeof collectMemberData>;

/**
 * How long an export uploaded into a Slack DM stays there: Slack keeps a bot's upload until it is
 * deleted, so Between deletes it (message and file) this long after it arrived.
 */
export const EXPORT_KEEP_HOURS = 24;

/** Where the file goes on each platform, said before it is sent. */
const WHERE: Record<Exclude<Platform, 'shell'>, MessageKey> = {
  slack: 'export.offer.where.slack',
  discord: 'export.offer.where.discord',
};

/**
 * Before an export is sent on a platform: the file holds everything, including what the member
 * wrote, where it goes, and how long it stays there. In the member's language.
 */
export function exportOffer(platform: Exclude<Platform, 'shell'>, member: Pick<MemberRow, 'locale'>): Reply {
  const locale = localeOf(member);
  return {
    kind: 'message',
    message: message(
      text(t(locale, 'export.offer.heading'), 'heading'),
      text(
        t(locale, 'export.offer.body', { where: t(locale, WHERE[platform], { hours: EXPORT_KEEP_HOURS }) }),
      ),
      {
        kind: 'buttons',
        buttons: [
          { id: encodeAction({ verb: 'export' }), label: t(locale, 'export.offer.button'), style: 'primary' },
        ],
      },
    ),
  };
}

/**
 * The export: a line saying what it holds, and a file per workspace the person used Between in
 * (one, nearly always; a Discord user in two communities gets two). The line is in the member's
 * language; the files are data, and stay as they are.
 */
function exportOf(all: readonly MemberExport[], locale: Locale, onSlack = false): OutgoingMessage {
  const answers = all.reduce((n, d) => n + d.responses.length, 0);
  const prompts = all.reduce((n, d) => n + d.deliveries.length, 0);
  const summary = t(locale, 'export.summary', { answers, prompts, communities: all.length });
  return message(
    text(onSlack ? `${summary} ${t(locale, 'export.summary.slack', { hours: EXPORT_KEEP_HOURS })}` : summary),
    ...all.map((data, i) => ({
      kind: 'file' as const,
      filename: `between-export-${data.exportedAt.slice(0, 10)}${all.length > 1 ? `-${i + 1}` : ''}.json`,
      mimeType: 'application/json',
      content: JSON.stringify(data, null, 2),
    })),
  );
}

/** A Slack export as the outbox sends it, built from the data as it is then. */
export function exportMessage(services: Services, member: MemberRow): OutgoingMessage {
  return exportOf([collectMemberData(services, member)], localeOf(member), true);
}

/**
 * `export`: in the shell the file is written locally, and on Discord it is the private reply. On
 * Slack it goes into the member's DM through the outbox, so that it counts as sent only when Slack
 * took the file, the member hears if it could not be, and the upload can be deleted later.
 */
export function exportData(services: Services, member: MemberRow, platform: Platform): Reply {
  const everyone = samePersonEverywhere(services.db, member);
  const all = everyone.map((one) => {
    const data = collectMemberData(services, one);
    audit(services.db, {
      at: services.clock.now(),
      workspaceId: one.workspaceId,
      memberId: one.id,
      action: 'export',
      detail: { responses: data.responses.length, deliveries: data.deliveries.length },
    });
    return data;
  });
  const locale = localeOf(member);
  if (platform !== 'slack') return { kind: 'message', message: exportOf(all, locale) };
  for (const one of everyone) sendLater(services, { to: one, kind: 'export_file', payload: {}, about: one });
  return {
    kind: 'message',
    message: message(text(t(locale, 'export.onItsWay', { hours: EXPORT_KEEP_HOURS }))),
  };
}

/**
 * Deletes the uploads of exports older than `EXPORT_KEEP_HOURS`, and what reached the platform of
 * an export that failed half-way (a line promising a file that is not there goes at once).
 */
export function removeExpiredExports(services: Services): Promise<number> {
  return removeExports(
    services,
    or(
      and(eq(deliveries.status, 'sent'), lte(deliveries.expiresAt, services.clock.now().toISOString())),
      eq(deliveries.status, 'failed'),
    ),
  );
}

/** Deletes every export upload of a member still on the platform (before their data is erased). */
export function removeExportsOf(services: Services, member: MemberRow): Promise<number> {
  return removeExports(services, eq(deliveries.memberId, member.id));
}

/**
 * Deletes export uploads from the platform: message and file where the platform allows, otherwise
 * the message is replaced. A failure is tried again at the next tick, unless the message is gone.
 */
async function removeExports(services: Services, which: SQL | undefined): Promise<number> {
  const due = services.db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.kind, 'export_file'), isNotNull(deliveries.messageRef), which))
    .all();
  let removed = 0;
  for (const row of due) {
    const owner = findMember(services.db, row.memberId);
    const address = owner?.dmAddress;
    try {
      if (address && row.messageRef) {
        await services.messenger.withdraw(
          { address, messageId: row.messageRef },
          message(text(t(localeOf(owner), 'export.removed'), 'muted')),
        );
      }
    } catch (error) {
      const code = isBetweenError(error) ? error.code : 'internal';
      services.log.warn({ deliveryId: row.id, code }, 'could not remove an export upload');
      if (code !== 'not_found' && code !== 'recipient_gone') continue;
    }
    services.db
      .update(deliveries)
      .set({ messageRef: null, statusReason: 'removed' })
      .where(eq(deliveries.id, row.id))
      .run();
    removed += 1;
  }
  return removed;
}
