import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { isStoring } from '../consent/consent';
import { encodeAction } from '../core/action-id';
import { message, text } from '../core/messages';
import type { Reply } from '../core/model';
import { dayAndTime, localeOf, type MessageKey, t } from '../i18n';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import { type MemberRow, plans, responses, schedules } from '../storage/schema';

/** What each kind of stored entry is called in the list of recent check-ins: its catalogue key. */
const KIND_WORDS = {
  reflection: 'home.kind.reflection',
  checklist: 'home.kind.checklist',
  checklist_follow_up: 'home.kind.checklistFollowUp',
  rupture_note: 'home.kind.ruptureNote',
} as const satisfies Record<string, MessageKey>;

/**
 * A member's own overview (Slack's App Home, and `/between home` anywhere): consent, pause and
 * schedule state, their recent check-ins (dates and kinds only, never the text), and shortcuts.
 */
export function home(services: Services, member: MemberRow): Reply {
  const { db, clock } = services;
  const locale = localeOf(member);
  const now = clock.now();
  const when = (iso: string) => dayAndTime(locale, DateTime.fromISO(iso, { zone: member.timeZone }));
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
    storing ? t(locale, 'home.storing') : t(locale, 'home.notStoring'),
    isPaused(member, now)
      ? t(locale, 'home.paused', { date: member.pausedUntil ?? '' })
      : rules === 0
        ? t(locale, 'home.noSchedule')
        : next?.at
          ? t(locale, 'home.next', { when: when(next.at), zone: member.timeZone })
          : t(locale, 'home.nextUnset', { zone: member.timeZone }),
  ];
  return {
    kind: 'message',
    message: message(
      text('Between', 'heading'), // i18n-exempt: the product's name, the same in every language
      text(lines.join('\n')),
      text(
        recent.length > 0
          ? t(locale, 'home.recent', {
              lines: recent
                .map((r) =>
                  t(locale, 'home.recentLine', { when: when(r.at), kind: t(locale, KIND_WORDS[r.kind]) }),
                )
                .join('\n'),
            })
          : storing
            ? t(locale, 'home.noneStored')
            : t(locale, 'home.notKept'),
      ),
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'checkin' }),
            label: t(locale, 'home.button.reflectNow'),
            style: 'primary',
          },
          { id: encodeAction({ verb: 'checklist-new' }), label: t(locale, 'core.button.checklist') },
          { id: encodeAction({ verb: 'pause-week' }), label: t(locale, 'common.button.pauseWeek') },
          { id: encodeAction({ verb: 'export' }), label: t(locale, 'home.button.export') },
          { id: encodeAction({ verb: 'help' }), label: t(locale, 'core.button.help') },
        ],
      },
      text(t(locale, 'home.footer'), 'muted'),
    ),
  };
}
