import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { isStoring } from '../consent/consent';
import { encodeAction } from '../core/action-id';
import { message, text } from '../core/messages';
import type { Reply } from '../core/model';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import { type MemberRow, plans, responses, schedules } from '../storage/schema';

const KIND_WORDS = {
  reflection: 'a reflection',
  checklist: 'the pull-away checklist',
  checklist_follow_up: 'a note on what it protects',
  rupture_note: 'a note for your therapist',
} as const;

/**
 * A member's own overview (Slack's App Home, and `/between home` anywhere): consent, pause and
 * schedule state, their recent check-ins (dates and kinds only, never the text), and shortcuts.
 */
export function home(services: Services, member: MemberRow): Reply {
  const { db, clock } = services;
  const now = clock.now();
  const when = (iso: string) => DateTime.fromISO(iso, { zone: member.timeZone }).toFormat('ccc d LLL, HH:mm');
  const next = db
    .select({ at: plans.nextDueAt })
    .from(plans)
    .where(and(eq(plans.memberId, member.id), isNotNull(plans.nextDueAt)))
    .orderBy(plans.nextDueAt)
    .limit(1)
    .get();
  const rules = db
    .select({ id: schedules.id })
    .from(schedules)
    .where(eq(schedules.memberId, member.id))
    .all().length;
  const recent = db
    .select({ kind: responses.kind, at: responses.createdAt })
    .from(responses)
    .where(eq(responses.memberId, member.id))
    .orderBy(desc(responses.id))
    .limit(5)
    .all();
  const storing = isStoring(services, member);
  const lines = [
    storing
      ? 'Your answers are stored, encrypted, for you alone. /between optout stops that at any time.'
      : 'Nothing you write is stored. /between optin explains what storing would mean.',
    isPaused(member, now)
      ? `Paused until ${member.pausedUntil}: nothing will be sent until then.`
      : rules === 0
        ? 'No schedule yet: /between schedule sets one up, or check in whenever you like.'
        : `Next prompt: ${next?.at ? when(next.at) : 'once your session times are set'} (${member.timeZone}).`,
  ];
  return {
    kind: 'message',
    message: message(
      text('Between', 'heading'),
      text(lines.join('\n')),
      text(
        recent.length > 0
          ? `Your recent check-ins:\n${recent.map((r) => `• ${when(r.at)}: ${KIND_WORDS[r.kind]}`).join('\n')}`
          : storing
            ? 'No check-ins stored yet.'
            : 'Check-ins are not kept, so none are listed here.',
      ),
      {
        kind: 'buttons',
        buttons: [
          { id: encodeAction({ verb: 'checkin' }), label: 'A reflection now', style: 'primary' },
          { id: encodeAction({ verb: 'checklist-new' }), label: 'The pull-away checklist' },
          { id: encodeAction({ verb: 'pause-week' }), label: 'Pause for a week' },
          { id: encodeAction({ verb: 'export' }), label: 'Export my data' },
          { id: encodeAction({ verb: 'help' }), label: 'Help' },
        ],
      },
      text('Between is not a crisis service. /between help lists crisis lines and every command.', 'muted'),
    ),
  };
}
