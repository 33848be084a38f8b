import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { PULL_AWAY } from '../checklist/checklist';
import { allows } from '../core/access';
import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply, UserRef } from '../core/model';
import { DAYS, describeRule, parseRule, parseWeeklySession } from '../scheduling/commands';
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

export const GROUP_HELP = [
  '/between group (what your group sends), group join, group leave',
  'Facilitators: group session thu 18:00 · group schedule add after-session 12:00 · group schedule add before-session 19:00 checklist · group schedule remove 1 · group stats',
];

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
      userMessage: 'Only a facilitator can change the group’s rhythm or see its counts.',
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
  return say(
    ...(lead ? [lead] : []),
    joined
      ? 'You are in the group: its prompts come to you at your own local times.'
      : 'You are not in the group’s rhythm. /between group join brings its prompts to you; you can leave any time.',
    group.sessionWeekday !== null
      ? `Group session: ${DAYS[group.sessionWeekday - 1]} at ${group.sessionTime}`
      : 'No group session set.',
    rules.length > 0
      ? `The group’s schedule:\n${rules.map((r, i) => `${i + 1}. ${describeRule(r)}`).join('\n')}`
      : 'The group has no schedule yet.',
    GROUP_HELP.join('\n'),
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
  const thisWeek = DateTime.fromJSDate(services.clock.now(), { zone: facilitator.timeZone }).startOf('week');
  const start = thisWeek.minus({ weeks: 1 });
  const week = `the week of ${start.toFormat('ccc d LLL')} to ${thisWeek.minus({ days: 1 }).toFormat('ccc d LLL')}`;
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
    return say(
      `Fewer than ${MIN_GROUP_ANSWERS} members answered the group’s prompts in ${week}, so no counts are shown: in a small group, counts could point to a person. Counts cover closed weeks only, never the week in progress.`,
    );
  }
  const checklist = services.prompts.checklist(PULL_AWAY);
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
      ? checklist.items.map(
          (item) => `• ${item.label} ${ticks.get(item.id)?.size ?? 0} of ${checklistMembers}`,
        )
      : [`The checklist counts need at least ${MIN_GROUP_ANSWERS} members who used it.`];
  return say(
    `In ${week}, ${answered.size} members answered the group’s prompts.`,
    `Pull-away checklist (members who noticed each, among those who used it):\n${lines.join('\n')}`,
    'Counts only: no names, no answers, and nothing about anyone who did not answer.',
  );
}

/** `/between group …`: members join or leave the group's rhythm; facilitators shape it and see counts. */
export function group(services: Services, member: MemberRow, user: UserRef, args: readonly string[]): Reply {
  const [sub, ...rest] = args.map((a) => a.toLowerCase());
  const { db, clock } = services;
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
      return show(services, member, theGroup, 'Joined.');
    case 'leave':
      db.delete(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, theGroup.id), eq(cohortMembers.memberId, member.id)))
        .run();
      refreshPlans(db, member.id, clock.now());
      return show(
        services,
        member,
        theGroup,
        'You have left the group’s rhythm. Your own schedule is unchanged.',
      );
    case 'session': {
      requireFacilitator(services, member, user);
      const session = rest[0] === 'off' ? { weekday: null, time: null } : parseWeeklySession(rest);
      db.update(cohorts)
        .set({ sessionWeekday: session.weekday, sessionTime: session.time })
        .where(eq(cohorts.id, theGroup.id))
        .run();
      refreshCohortPlans(db, theGroup.id, clock.now());
      return show(
        services,
        member,
        { ...theGroup, sessionWeekday: session.weekday, sessionTime: session.time },
        'Saved.',
      );
    }
    case 'schedule': {
      requireFacilitator(services, member, user);
      const [action, ...words] = rest;
      if (action === 'add') {
        db.insert(schedules)
          .values({ cohortId: theGroup.id, ...parseRule(words) })
          .run();
      } else if (action === 'remove') {
        const target = groupRules(services, theGroup)[Number(words[0]) - 1];
        if (!target) throw bad('Say which one to remove, by its number in /between group.');
        db.delete(schedules).where(eq(schedules.id, target.id)).run();
      } else if (action !== undefined) {
        throw bad(GROUP_HELP.join('\n'));
      }
      refreshCohortPlans(db, theGroup.id, clock.now());
      return show(services, member, theGroup, action ? 'Saved.' : undefined);
    }
    case 'stats':
      requireFacilitator(services, member, user);
      return stats(services, member, theGroup);
    default:
      throw bad(GROUP_HELP.join('\n'));
  }
}
