import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_RULES, allows, authorize, relationOf } from '../../src/core/access';
import { findMember } from '../../src/storage/members';
import type { MemberRow, Role } from '../../src/storage/schema';
import { createTestApp, eventsFor, type TestApp } from '../fixtures/app';

let app: TestApp;
afterEach(() => app?.cleanup());

/**
 * The access table, row by row, against real members in a real database: for each row an actor
 * with that role and a target in exactly that relation, and `authorize` must agree with the row.
 */
async function setUp(actorRole: Role, relation: string): Promise<{ actor: MemberRow; target: MemberRow }> {
  app = createTestApp();
  const say = (userId: string) => eventsFor({ platform: 'shell', workspaceId: 'local', userId });
  await app.handle(say('actor').command('help'));
  await app.handle(say('target').command('help'));
  const row = (userId: string) =>
    app.sqlite.prepare('select * from members where platform_user_id = ?').get(userId) as { id: number };
  const actorId = row('actor').id;
  const targetId = relation === 'self' ? actorId : row('target').id;
  app.sqlite.prepare('update members set role = ? where id = ?').run(actorRole, actorId);
  if (relation === 'linked-client') {
    app.sqlite
      .prepare(
        "insert into care_links (workspace_id, therapist_id, client_id, status, created_at, changed_at) select workspace_id, ?, ?, 'active', 'x', 'x' from members where id = ?",
      )
      .run(actorId, targetId, actorId);
  }
  if (relation === 'same-group') {
    const cohort = app.sqlite
      .prepare(
        "insert into cohorts (workspace_id, external_id, name) select workspace_id, 'g', 'Group' from members where id = ? returning id",
      )
      .get(actorId) as { id: number };
    const join = app.sqlite.prepare('insert into cohort_members (cohort_id, member_id) values (?, ?)');
    join.run(cohort.id, actorId);
    join.run(cohort.id, targetId);
  }
  const load = (id: number) => {
    const member = findMember(app.services.db, id);
    if (!member) throw new Error(`no member ${id}`);
    return member;
  };
  return { actor: load(actorId), target: load(targetId) };
}

describe('the access table', () => {
  it.each(
    ACCESS_RULES.map(
      (r) => [`${r.actor} ${r.allowed ? 'may' : 'may not'} ${r.action} (${r.target})`, r] as const,
    ),
  )('%s', async (_name, rule) => {
    const { actor, target } = await setUp(rule.actor, rule.target);
    expect(relationOf(app.services, actor, target)).toBe(rule.target);
    const act = () => authorize(app.services, rule.action, actor, target);
    if (rule.allowed) expect(act).not.toThrow();
    else expect(act).toThrow();
  });

  it('refuses what no row allows', () => {
    expect(allows('cap', 'client', 'linked-client')).toBe(false);
    expect(allows('invite', 'facilitator', 'same-group')).toBe(false);
  });
});
