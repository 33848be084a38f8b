import { and, eq } from 'drizzle-orm';
import { loadConfig } from './config';
import { isBetweenError } from './core/errors';
import type { Platform } from './core/model';
import { openDatabase } from './storage/db';
import { ensureMember } from './storage/members';
import { members, ROLES, type Role, workspaces } from './storage/schema';

const USAGE = `Usage:
  npm run admin -- role <slack|discord|shell> <workspace id> <user id> <client|therapist|facilitator|admin>
  npm run admin -- roles <slack|discord|shell> <workspace id>
  npm run admin -- facilitator-role discord <server id> <role id | off>   (holders of that server role act as facilitators)
The workspace id is the Slack team id (T…) or the Discord server id; for the shell it is "local".`;

/** The practice admin's tool, run on the machine next to the database (Between may be running). */
function main(args: string[]): string {
  const [command, platform, workspaceId, userId, role] = args;
  if (platform !== 'slack' && platform !== 'discord' && platform !== 'shell') throw new Error(USAGE);
  if (!workspaceId) throw new Error(USAGE);
  const database = openDatabase(loadConfig().databasePath);
  try {
    if (command === 'role') {
      if (!userId || !ROLES.includes(role as Role)) throw new Error(USAGE);
      const member = ensureMember(database.db, { platform: platform as Platform, workspaceId, userId });
      database.db
        .update(members)
        .set({ role: role as Role })
        .where(eq(members.id, member.id))
        .run();
      return `${userId} in ${platform} workspace ${workspaceId} is now: ${role}`;
    }
    if (command === 'facilitator-role') {
      if (!userId) throw new Error(USAGE);
      database.db
        .insert(workspaces)
        .values({ platform: platform as Platform, externalId: workspaceId })
        .onConflictDoNothing()
        .run();
      database.db
        .update(workspaces)
        .set({ facilitatorRoleId: userId === 'off' ? null : userId })
        .where(and(eq(workspaces.platform, platform), eq(workspaces.externalId, workspaceId)))
        .run();
      return userId === 'off'
        ? `No server role makes facilitators in ${workspaceId} now.`
        : `Holders of role ${userId} act as facilitators in ${platform} workspace ${workspaceId}.`;
    }
    if (command === 'roles') {
      const rows = database.db
        .select({ user: members.platformUserId, role: members.role })
        .from(members)
        .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
        .where(and(eq(workspaces.platform, platform), eq(workspaces.externalId, workspaceId)))
        .all()
        .filter((r) => r.role !== 'client');
      return rows.length === 0 ? 'No staff roles set.' : rows.map((r) => `${r.user}: ${r.role}`).join('\n');
    }
    throw new Error(USAGE);
  } finally {
    database.close();
  }
}

try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (error) {
  process.stderr.write(
    `${isBetweenError(error) || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
