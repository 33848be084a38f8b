import { asc, eq } from 'drizzle-orm';
import { promptText } from '../checkin/session-prep';
import { encodeAction } from '../core/action-id';
import { count, message, text } from '../core/messages';
import type { Platform, Reply } from '../core/model';
import type { Services } from '../services';
import { audit, auditTrail } from '../storage/audit';
import { consents, deliveries, type MemberRow, schedules, sessionDates } from '../storage/schema';

/** Everything Between holds about one member, decrypted, as plain JSON-ready data. */
export function collectMemberData(services: Services, member: MemberRow) {
  const { db, prompts } = services;
  const promptOf = (id: string) =>
    promptText(prompts, id) ??
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

const PLATFORM_NAME: Record<Platform, string> = {
  slack: 'Slack',
  discord: 'Discord',
  shell: 'this terminal',
};

/**
 * Before an export is sent on a platform: the file holds everything, including what the member
 * wrote, and it passes through the platform and stays in their DM there until they delete it.
 */
export function exportOffer(platform: Platform): Reply {
  const name = PLATFORM_NAME[platform];
  return {
    kind: 'message',
    message: message(
      text('Your export', 'heading'),
      text(
        `It is one file with everything Between holds about you, including what you wrote. To reach you it is uploaded to ${name}, into your direct messages with Between, and it stays there, on ${name}'s servers, until you delete it. Nothing is sent unless you press the button.`,
      ),
      {
        kind: 'buttons',
        buttons: [{ id: encodeAction({ verb: 'export' }), label: 'Send me the file', style: 'primary' }],
      },
    ),
  };
}

export function exportData(services: Services, member: MemberRow, platform: Platform): Reply {
  const data = collectMemberData(services, member);
  audit(services.db, {
    at: services.clock.now(),
    workspaceId: member.workspaceId,
    memberId: member.id,
    action: 'export',
    detail: { responses: data.responses.length, deliveries: data.deliveries.length },
  });
  const day = data.exportedAt.slice(0, 10);
  return {
    kind: 'message',
    message: message(
      text(
        `Here is everything Between holds about you: ${count(data.responses.length, 'answer')}, ${count(data.deliveries.length, 'prompt')} sent, your settings and consent history.${platform === 'shell' ? '' : ' The file is in your direct messages with Between.'}`,
      ),
      {
        kind: 'file',
        filename: `between-export-${day}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(data, null, 2),
      },
    ),
  };
}
