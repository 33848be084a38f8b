import { and, eq } from 'drizzle-orm';
import type { UserRef } from '../core/model';
import type { Db } from './db';
import { type MemberRow, members, workspaces } from './schema';

/** Finds or creates the workspace and member behind a platform user. */
export function ensureMember(db: Db, user: UserRef): MemberRow {
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
