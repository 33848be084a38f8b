import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Platform, UserRef } from '../core/model';
import type { Db } from './db';
import { type MemberRow, members, workspaces } from './schema';

/** The workspace given to a member first met in a DM, when the platform names none. */
export const DM_WORKSPACE = 'dm';

/** One community a person uses Between in, on one platform. */
export interface Community {
  readonly member: MemberRow;
  /** The platform's id for it (`dm` for direct messages outside any server). */
  readonly externalId: string;
  readonly name: string | null;
}

/**
 * Every community of this platform the person has a member row in: the one they last chose for
 * direct messages first, then the newest.
 */
export function communitiesOf(db: Db, platform: Platform, userId: string): Community[] {
  return db
    .select({ member: members, externalId: workspaces.externalId, name: workspaces.name })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(and(eq(workspaces.platform, platform), eq(members.platformUserId, userId)))
    .orderBy(sql`${members.dmChosenAt} is null`, desc(members.dmChosenAt), desc(members.id))
    .all();
}

/**
 * Finds or creates the workspace and member behind a platform user. An empty `workspaceId` (a
 * Discord DM, which names no server) means "wherever this user is already a member": the
 * community they chose for direct messages, else the newest, else a new member in the `dm`
 * workspace. (The router asks first when a person in several communities has not chosen.)
 */
export function ensureMember(db: Db, given: UserRef): MemberRow {
  let user = given;
  if (user.workspaceId === '') {
    const known = communitiesOf(db, user.platform, user.userId)[0];
    if (known) return known.member;
    user = { ...user, workspaceId: DM_WORKSPACE };
  }
  return db.transaction((tx) => {
    tx.insert(workspaces)
      .values({ platform: user.platform, externalId: user.workspaceId })
      .onConflictDoNothing()
      .run();
    if (user.workspaceName) {
      const name = user.workspaceName.slice(0, 100);
      tx.update(workspaces)
        .set({ name })
        .where(
          and(
            eq(workspaces.platform, user.platform),
            eq(workspaces.externalId, user.workspaceId),
            or(isNull(workspaces.name), ne(workspaces.name, name)),
          ),
        )
        .run();
    }
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
    | 'timeZoneSource'
    | 'locale'
    | 'localeSource'
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
    | 'dmChosenAt'
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
