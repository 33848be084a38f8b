import { and, eq } from 'drizzle-orm';
import { loadConfig, operatorLocale } from './config';
import { isBetweenError } from './core/errors';
import type { Platform } from './core/model';
import { translator } from './i18n';
import { openDatabase } from './storage/db';
import { ensureMember } from './storage/members';
import { members, ROLES, type Role, workspaces } from './storage/schema';

const say = translator(operatorLocale());
const usage = () => new Error(say('operator.admin.usage'));

/** The practice admin's tool, run on the machine next to the database (Between may be running). */
function main(args: string[]): string {
  const [command, platform, workspaceId, userId, role] = args;
  if (platform !== 'slack' && platform !== 'discord' && platform !== 'shell') throw usage();
  if (!workspaceId) throw usage();
  const database = openDatabase(loadConfig().databasePath);
  try {
    if (command === 'role') {
      if (!userId || !ROLES.includes(role as Role)) throw usage();
      const member = ensureMember(database.db, { platform: platform as Platform, workspaceId, userId });
      database.db
        .update(members)
        .set({ role: role as Role })
        .where(eq(members.id, member.id))
        .run();
      return say('operator.admin.roleSet', {
        user: userId,
        platform,
        workspace: workspaceId,
        role: role as Role,
      });
    }
    if (command === 'facilitator-role') {
      if (!userId) throw usage();
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
        ? say('operator.admin.facilitatorRoleOff', { workspace: workspaceId })
        : say('operator.admin.facilitatorRoleSet', { role: userId, platform, workspace: workspaceId });
    }
    if (command === 'roles') {
      const rows = database.db
        .select({ user: members.platformUserId, role: members.role })
        .from(members)
        .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
        .where(and(eq(workspaces.platform, platform), eq(workspaces.externalId, workspaceId)))
        .all()
        .filter((r) => r.role !== 'client');
      return rows.length === 0
        ? say('operator.admin.noStaff')
        : rows.map((r) => `${r.user}: ${r.role}`).join('\n');
    }
    throw usage();
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
