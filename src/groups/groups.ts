import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { PULL_AWAY } from '../checklist/checklist';
import { allows } from '../core/access';
import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply, UserRef } from '../core/model';
import { formatIn, type Locale, localeOf, t } from '../i18n';
import { describeRule, parseRule, parseWeeklySession } from '../scheduling/commands';
import { refreshCohortPlans, refreshPlans } from '../scheduling/plans';
import type { Services } from '../services';
import {
  type CohortRow,
  cohortMembers,
  cohorts,
  deliveries,
  type MemberRow,
  responses,
  schedules,
  workspaces,
} from '../storage/schema';

/** Group counts are shown only when at least this many members answered: never a small group's answers. */
export const MIN_GROUP_ANSWERS = 5;
const DEFAULT_GROUP = 'default';

/** How to use `/between group`, for members and for facilitators, in `locale`. */
export function groupHelp(locale: Locale): string[] {
  return [t(locale, 'group.help.members'), t(locale, 'group.help.facilitators')];
}

/** How each language writes a day of the week with its date: luxon tokens, not words. */
const DAY: Readonly<Record<Locale, string>> = {
  en: 'ccc d LLL', // i18n-exempt: a luxon date pattern (tokens, not words)
  es: "ccc d 'de' LLL", // i18n-exempt: a luxon date pattern (tokens, not words)
};

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad group argument', { userMessage });
}

/** The workspace's group (one per server or Slack workspace), created on first use. */
function groupOf(services: Services, member: MemberRow): CohortRow {
  const { db } = services;
  db.insert(cohorts)
    .values({ workspaceId: member.workspaceId, externalId: DEFAULT_GROUP, name: 'Group' })
    .onConflictDoNothing()
    .run();
  const group = db
    .select()
    .from(cohorts)
    .where(and(eq(cohorts.workspaceId, member.workspaceId), eq(cohorts.externalId, DEFAULT_GROUP)))
    .get();
  if (!group) throw new Error('group row missing after insert');
  return group;
}

/**
 * Whether the member may shape the group (the access table's `group` rows): by Between role, or
 * as a facilitator by holding the server role the admin named for this workspace.
 */
export function isFacilitator(services: Services, member: MemberRow, user: UserRef): boolean {
  const workspace = services.db
    .select({ role: workspaces.facilitatorRoleId })
    .from(workspaces)
    .where(eq(workspaces.id, member.workspaceId))
    .get();
  const holdsRole = workspace?.role != null && (user.roles ?? []).includes(workspace.role);
  return allows('group', holdsRole ? 'facilitator' : member.role, 'same-workspace');
}

function requireFacilitator(services: Services, member: MemberRow, user: UserRef): void {
  if (!isFacilitator(services, member, user)) {
    throw new BetweenError('bad_argument', 'group change by a non-facilitator', {
      userMessage: t(localeOf(member), 'access.refused.group'),
    });
  }
}

function groupRules(services: Services, group: CohortRow) {
  return services.db
    .select()
    .from(schedules)
    .where(eq(schedules.cohortId, group.id))
    .orderBy(asc(schedules.id))
    .all();
}

function show(services: Services, member: MemberRow, group: CohortRow, lead?: string): Reply {
  const joined = services.db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, group.id), eq(cohortMembers.memberId, member.id)))
    .get();
  const rules = groupRules(services, group);
  const locale = localeOf(member);
  return say(
    ...(lead ? [lead] : []),
    joined ? t(locale, 'group.in') : t(locale, 'group.notIn'),
    group.sessionWeekday !== null
      ? t(locale, 'group.session', { day: String(group.sessionWeekday), time: group.sessionTime ?? '' })
      : t(locale, 'group.noSession'),
    rules.length > 0
      ? t(locale, 'group.schedule', {
          lines: rules.map((r, i) => `${i + 1}. ${describeRule(r, locale)}`).join('\n'),
        })
      : t(locale, 'group.noSchedule'),
    groupHelp(locale).join('\n'),
  );
}

/**
 * Counts for the facilitator over the last full week (Monday to Sunday, in the facilitator's time
 * zone): how many members answered the group's prompts of that week, and how many ticked each
 * checklist item. The week is closed, and answers given after it ended do not count, so looking
 * before and after one member answers can never reveal that member's answer. Shown only when at
 * least five answered; never who, never what anyone wrote, never who did not answer.
 */
function stats(services: Services, facilitator: MemberRow, group: CohortRow): Reply {
  const { db } = services;
  const locale = localeOf(facilitator);
  const thisWeek = DateTime.fromJSDate(services.clock.now(), { zone: facilitator.timeZone }).startOf('week');
  const start = thisWeek.minus({ weeks: 1 });
  const day = (date: DateTime) => formatIn(locale, date, DAY);
  const week = t(locale, 'group.week', { from: day(start), to: day(thisWeek.minus({ days: 1 })) });
  const [from, until] = [start.toUTC().toISO() ?? '', thisWeek.toUTC().toISO() ?? ''];
  const groupDeliveries = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .innerJoin(schedules, eq(schedules.id, deliveries.scheduleId))
    .where(and(eq(schedules.cohortId, group.id), gte(deliveries.slotAt, from), lt(deliveries.slotAt, until)));
  const answers = db
    .select({ memberId: responses.memberId, kind: responses.kind, deliveryId: responses.deliveryId })
    .from(responses)
    .where(and(inArray(responses.deliveryId, groupDeliveries), lt(responses.createdAt, until)))
    .all();
  const answered = new Set(answers.map((a) => a.memberId));
  if (answered.size < MIN_GROUP_ANSWERS) {
    return say(t(locale, 'group.stats.tooFew', { min: MIN_GROUP_ANSWERS, week }));
  }
  // The facilitator reads the items' labels, so they come from the library in their language.
  const checklist = services.prompts.in(locale).checklist(PULL_AWAY);
  const ticks = new Map<string, Set<number>>();
  let checklistMembers = 0;
  const seen = new Set<number>();
  for (const answer of answers.filter((a) => a.kind === 'checklist' && a.deliveryId !== null)) {
    const stored = services.answers.forDelivery(answer.memberId, answer.deliveryId as number, 'checklist');
    if (!seen.has(answer.memberId)) {
      seen.add(answer.memberId);
      checklistMembers += 1;
    }
    for (const item of stored?.selected ?? []) {
      ticks.set(item, (ticks.get(item) ?? new Set()).add(answer.memberId));
    }
  }
  const lines =
    checklist && checklistMembers >= MIN_GROUP_ANSWERS
      ? checklist.items.map((item) =>
          t(locale, 'group.stats.item', {
            label: item.label,
            count: ticks.get(item.id)?.size ?? 0,
            total: checklistMembers,
          }),
        )
      : [t(locale, 'group.stats.checklistTooFew', { min: MIN_GROUP_ANSWERS })];
  return say(
    t(locale, 'group.stats.answered', { week, count: answered.size }),
    t(locale, 'group.stats.checklist', { lines: lines.join('\n') }),
    t(locale, 'group.stats.countsOnly'),
  );
}

/** `/between group …`: members join or leave the group's rhythm; facilitators shape it and see counts. */
export function group(services: Services, member: MemberRow, user: UserRef, args: readonly string[]): Reply {
  const [sub, ...rest] = args.map((a) => a.toLowerCase());
  const { db, clock } = services;
  const locale = localeOf(member);
  const theGroup = groupOf(services, member);
  switch (sub) {
    case undefined:
      return show(services, member, theGroup);
    case 'join':
      db.insert(cohortMembers)
        .values({ cohortId: theGroup.id, memberId: member.id })
        .onConflictDoNothing()
        .run();
      refreshPlans(db, member.id, clock.now());
      return show(services, member, theGroup, t(locale, 'group.joined'));
    case 'leave':
      db.delete(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, theGroup.id), eq(cohortMembers.memberId, member.id)))
        .run();
      refreshPlans(db, member.id, clock.now());
      return show(services, member, theGroup, t(locale, 'group.left'));
    case 'session': {
      requireFacilitator(services, member, user);
      const session = rest[0] === 'off' ? { weekday: null, time: null } : parseWeeklySession(rest, locale);
      db.update(cohorts)
        .set({ sessionWeekday: session.weekday, sessionTime: session.time })
        .where(eq(cohorts.id, theGroup.id))
        .run();
      refreshCohortPlans(db, theGroup.id, clock.now());
      return show(
        services,
        member,
        { ...theGroup, sessionWeekday: session.weekday, sessionTime: session.time },
        t(locale, 'group.saved'),
      );
    }
    case 'schedule': {
      requireFacilitator(services, member, user);
      const [action, ...words] = rest;
      if (action === 'add') {
        db.insert(schedules)
          .values({ cohortId: theGroup.id, ...parseRule(words, locale) })
          .run();
      } else if (action === 'remove') {
        const target = groupRules(services, theGroup)[Number(words[0]) - 1];
        if (!target) throw bad(t(locale, 'group.bad.remove'));
        db.delete(schedules).where(eq(schedules.id, target.id)).run();
      } else if (action !== undefined) {
        throw bad(groupHelp(locale).join('\n'));
      }
      refreshCohortPlans(db, theGroup.id, clock.now());
      return show(services, member, theGroup, action ? t(locale, 'group.saved') : undefined);
    }
    case 'stats':
      requireFacilitator(services, member, user);
      return stats(services, member, theGroup);
    default:
      throw bad(groupHelp(locale).join('\n'));
  }
}
