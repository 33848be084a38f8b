import { and, eq } from 'drizzle-orm';
import { localeOf, type MessageKey, t } from '../i18n';
import type { Services } from '../services';
import { careLinks, cohortMembers, type MemberRow, type Role } from '../storage/schema';
import { BetweenError } from './errors';

/** What a member of staff may do to someone else (role changes are not here: only `npm run admin` makes them). */
export type StaffAction = 'invite' | 'cap' | 'group';

/** How the member acted on stands to the actor. */
export type Relation = 'self' | 'linked-client' | 'same-group' | 'same-workspace';

export interface AccessRule {
  readonly action: StaffAction;
  readonly actor: Role;
  readonly target: Relation;
  readonly allowed: boolean;
}

/**
 * Who may do what to whom, in one table: every row is tested, the "may not" rows too. A relation
 * not listed is refused. Members of another workspace are never found at all (every lookup is by
 * workspace), so they need no row.
 *
 * - `invite`: a therapist (or admin) invites a member of their workspace to link; never themself.
 * - `cap`: how many nudges a client may get in any 7 days. A therapist only for a client linked to
 *   them; a facilitator only for a member of a group they are in; an admin for anyone in the
 *   workspace. The client is told who changed it.
 * - `group`: shape the community's group rhythm and see its (closed-week, thresholded) counts: staff,
 *   and holders of the server role the admin named as facilitators (they act as `facilitator`).
 */
export const ACCESS_RULES: readonly AccessRule[] = [
  { action: 'invite', actor: 'therapist', target: 'same-workspace', allowed: true },
  { action: 'invite', actor: 'therapist', target: 'linked-client', allowed: true },
  { action: 'invite', actor: 'therapist', target: 'self', allowed: false },
  { action: 'invite', actor: 'admin', target: 'same-workspace', allowed: true },
  { action: 'invite', actor: 'facilitator', target: 'same-workspace', allowed: false },
  { action: 'invite', actor: 'client', target: 'same-workspace', allowed: false },
  { action: 'cap', actor: 'therapist', target: 'linked-client', allowed: true },
  { action: 'cap', actor: 'therapist', target: 'same-group', allowed: false },
  { action: 'cap', actor: 'therapist', target: 'same-workspace', allowed: false },
  { action: 'cap', actor: 'facilitator', target: 'same-group', allowed: true },
  { action: 'cap', actor: 'facilitator', target: 'linked-client', allowed: false },
  { action: 'cap', actor: 'facilitator', target: 'same-workspace', allowed: false },
  { action: 'cap', actor: 'admin', target: 'same-workspace', allowed: true },
  { action: 'cap', actor: 'admin', target: 'linked-client', allowed: true },
  { action: 'cap', actor: 'admin', target: 'same-group', allowed: true },
  { action: 'cap', actor: 'client', target: 'same-workspace', allowed: false },
  { action: 'cap', actor: 'client', target: 'same-group', allowed: false },
  { action: 'cap', actor: 'therapist', target: 'self', allowed: false },
  { action: 'cap', actor: 'facilitator', target: 'self', allowed: false },
  { action: 'group', actor: 'facilitator', target: 'same-workspace', allowed: true },
  { action: 'group', actor: 'therapist', target: 'same-workspace', allowed: true },
  { action: 'group', actor: 'admin', target: 'same-workspace', allowed: true },
  { action: 'group', actor: 'client', target: 'same-workspace', allowed: false },
];

/** The closest relation first: a linked client, then someone in a shared group, then anyone there. */
export function relationOf(services: Services, actor: MemberRow, target: MemberRow): Relation {
  if (actor.id === target.id) return 'self';
  const linked = services.db
    .select({ id: careLinks.id })
    .from(careLinks)
    .where(
      and(
        eq(careLinks.therapistId, actor.id),
        eq(careLinks.clientId, target.id),
        eq(careLinks.status, 'active'),
      ),
    )
    .get();
  if (linked) return 'linked-client';
  const mine = services.db
    .select({ cohort: cohortMembers.cohortId })
    .from(cohortMembers)
    .where(eq(cohortMembers.memberId, actor.id))
    .all()
    .map((r) => r.cohort);
  const theirs = services.db
    .select({ cohort: cohortMembers.cohortId })
    .from(cohortMembers)
    .where(eq(cohortMembers.memberId, target.id))
    .all();
  return theirs.some((r) => mine.includes(r.cohort)) ? 'same-group' : 'same-workspace';
}

export function allows(action: StaffAction, actor: Role, target: Relation): boolean {
  return ACCESS_RULES.some(
    (r) => r.action === action && r.actor === actor && r.target === target && r.allowed,
  );
}

const REFUSED: Record<StaffAction, MessageKey> = {
  invite: 'access.refused.invite',
  cap: 'access.refused.cap',
  group: 'access.refused.group',
};

/** Refuses, with a plain reason in the actor's language, what the table does not allow. */
export function authorize(
  services: Services,
  action: StaffAction,
  actor: MemberRow,
  target: MemberRow,
): void {
  const relation = relationOf(services, actor, target);
  if (!allows(action, actor.role, relation)) {
    throw new BetweenError('bad_argument', `${action} refused: ${actor.role} → ${relation}`, {
      userMessage: t(localeOf(actor), REFUSED[action]),
    });
  }
}
