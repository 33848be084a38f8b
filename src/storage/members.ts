import { and, desc, eq } from 'drizzle-orm';
import type { UserRef } from '../core/model';
import type { Db } from './db';
import { type MemberRow, members, workspaces } from './schema';

/** The workspace given to a member first met in a DM, when the platform names none. */
export const DM_WORKSPACE = 'dm';

/**
 * Finds or creates the workspace and member behind a platform user. An empty `workspaceId` (a
 * Discord DM, which names no server) means "wherever this user is already a member": the most
 * recent such member, or a new one in the `dm` workspace.
 */
export function ensureMember(db: Db, given: UserRef): MemberRow {
  let user = given;
  if (user.workspaceId === '') {
    const known = db
      .select({ member: members })
      .from(members)
      .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
      .where(and(eq(workspaces.platform, user.platform), eq(members.platformUserId, user.userId)))
      .orderBy(desc(members.id))
      .limit(1)
      .get();
    if (known) return known.member;
    user = { ...user, workspaceId: DM_WORKSPACE };
  }
  return db.transaction((tx) => {
    tx.insert(workspaces)
      .values({ platform: user.platform, externalId: user.workspaceId })
      .onConflictDoNothing()
      .run();
    const workspace = tx
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(and(eq(workspaces.platform, user.platform), eq(workspaces.externalId, user.workspaceId)))
      .get();
    if (!workspace) throw new Error('workspace row missing after insert');
    tx.insert(members)
      .values({ workspaceId: workspace.id, platformUserId: user.userId })
      .onConflictDoNothing()
      .run();
    const member = tx
      .select()
      .from(members)
      .where(and(eq(members.workspaceId, workspace.id), eq(members.platformUserId, user.userId)))
      .get();
    if (!member) throw new Error('member row missing after insert');
    return member;
  });
}

/** A member by id, if they still exist. */
export function findMember(db: Db, id: number): MemberRow | undefined {
  return db.select().from(members).where(eq(members.id, id)).get();
}

export type MemberPatch = Partial<
  Pick<
    MemberRow,
    | 'timeZone'
    | 'region'
    | 'quietStart'
    | 'quietEnd'
    | 'pausedUntil'
    | 'skipNext'
    | 'remindersEnabled'
    | 'offLimitsThemes'
    | 'dmAddress'
    | 'unreachableSince'
    | 'role'
    | 'sessionWeekday'
    | 'sessionTime'
    | 'weeklyCap'
  >
>;

export function updateMember(db: Db, memberId: number, patch: MemberPatch): MemberRow {
  const row = db.update(members).set(patch).where(eq(members.id, memberId)).returning().get();
  if (!row) throw new Error(`member ${memberId} not found`);
  return row;
}

/**
 * The same person in every workspace of this platform they used Between in (a Discord user in two
 * servers, with global commands): "everything" means all of them.
 */
export function samePersonEverywhere(db: Db, member: MemberRow): MemberRow[] {
  const platform = db
    .select({ platform: workspaces.platform })
    .from(workspaces)
    .where(eq(workspaces.id, member.workspaceId))
    .get()?.platform;
  if (!platform) return [member];
  return db
    .select({ member: members })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(and(eq(members.platformUserId, member.platformUserId), eq(workspaces.platform, platform)))
    .orderBy(members.id)
    .all()
    .map((r) => r.member);
}
