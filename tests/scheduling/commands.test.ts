import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionedUserId } from '../../src/core/mentions';
import { refreshCohortPlans } from '../../src/scheduling/plans';
import { eventsFor, replyText } from '../fixtures/app';
import { createHarness, type Harness } from './harness';

let h: Harness;
afterEach(() => h.cleanup());
const start = new Date('2026-11-23T09:00:00Z');
const ask = async (userId: string, command: string) =>
  replyText(
    await h.app.handle(eventsFor({ platform: 'shell', workspaceId: 'local', userId }).command(command)),
  );

describe('/between schedule', () => {
  it('shows each rule with its next time in the member’s zone', async () => {
    h = createHarness(start);
    await h.member(
      'ana',
      'settings timezone America/New_York',
      'schedule add mon,thu 19:00',
      'schedule session tue 17:00',
    );
    await h.member('ana', 'schedule add before-session 19:00 digest');
    const shown = await ask('ana', 'schedule');
    expect(shown).toMatch(/times in America\/New_York/);
    expect(shown).toMatch(/1\. a reflection prompt, mon, thu at 19:00 \(next: Mon 23 Nov, 19:00\)/);
    expect(shown).toMatch(
      /2\. a “what to bring to your session” prompt, the day before each session at 19:00 \(next: Mon 23 Nov, 19:00\)/,
    );
    expect(shown).toMatch(/Your weekly session: tue at 17:00/);
  });

  it('says when a session-anchored rule waits for session times', async () => {
    h = createHarness(start);
    expect(await ask('ana', 'schedule add after-session 18:00')).toMatch(
      /starts once I know when your sessions are/,
    );
    expect(await ask('ana', 'schedule')).toMatch(/next: not until a session is set/);
  });

  it('removes one rule, or all of them', async () => {
    h = createHarness(start);
    await h.member('ana', 'schedule add daily 09:00', 'schedule add weekends 11:00 checklist');
    expect(await ask('ana', 'schedule remove 1')).toMatch(
      /Removed.[\s\S]*1\. the pull-away checklist, sat, sun/,
    );
    expect(await ask('ana', 'schedule clear')).toMatch(/You have no schedule yet/);
    await h.runUntil(new Date('2026-11-30T00:00:00Z'), 60 * 60_000);
    expect(h.platform.sent).toHaveLength(0);
  });

  it.each([
    ['schedule add', /For example/],
    ['schedule add mon 7pm', /24-hour clock/],
    ['schedule add funday 19:00', /Days look like mon,thu/],
    ['schedule add frinight 19:00', /Days look like mon,thu/],
    ['schedule add mo 19:00', /Days look like mon,thu/],
    ['schedule add mon 19:00 poem', /reflection, checklist or digest/],
    ['schedule remove 3', /nothing scheduled to remove/],
    ['schedule session someday', /weekly session looks like/],
    ['schedule session dates 2026-13-01', /Session dates look like/],
    ['schedule frequently', /I can do these/],
  ])('explains a bad request: %s', async (command, pattern) => {
    h = createHarness(start);
    expect(await ask('ana', command)).toMatch(pattern);
  });

  it('reads days by at least three letters of their name', async () => {
    h = createHarness(start);
    expect(await ask('ana', 'schedule add monday,thurs,fri 19:00')).toMatch(/mon, thu, fri at 19:00/);
    expect(await ask('ana', 'schedule session tuesday 17:00')).toMatch(/Your weekly session: tue at 17:00/);
  });

  it('allows at most ten rules', async () => {
    h = createHarness(start);
    for (let i = 0; i < 10; i++) await h.member('ana', `schedule add daily 0${i}:00`);
    expect(await ask('ana', 'schedule add daily 11:00')).toMatch(/10 scheduled items already/);
  });
});

describe('group schedules', () => {
  it('reach every member of a cohort at their own local time, around the group’s session', async () => {
    h = createHarness(start);
    await h.member('ana', 'settings timezone Europe/London');
    await h.member('ben', 'settings timezone America/New_York');
    const db = h.app.sqlite;
    db.prepare(
      "insert into cohorts (workspace_id, external_id, name, session_weekday, session_time) values (1, 'group-1', 'Thursday group', 4, '18:00')",
    ).run();
    db.prepare('insert into cohort_members (cohort_id, member_id) select 1, id from members').run();
    db.prepare(
      "insert into schedules (cohort_id, anchor, day_offset, time, content) values (1, 'after-session', 1, '12:00', 'reflection')",
    ).run();
    refreshCohortPlans(h.app.services.db, 1, h.app.clock.now());
    await h.runUntil(new Date('2026-11-29T00:00:00Z'));
    expect(h.deliveriesOf('ana').map((r) => r.slotAt)).toEqual(['2026-11-27T12:00:00.000Z']);
    expect(h.deliveriesOf('ben').map((r) => r.slotAt)).toEqual(['2026-11-27T17:00:00.000Z']);
  });
});

describe('/between cap', () => {
  it('lets a therapist cap nudges only for a client linked to them, and tells the client', async () => {
    h = createHarness(start);
    await h.member('client1', 'schedule add daily 10:00');
    await ask('tess', 'help');
    expect(await ask('client1', 'cap <@tess> 1')).toMatch(/Only a therapist or facilitator/);
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'tess'").run();
    expect(await ask('tess', 'cap <@client1> 0')).toMatch(/from 1 to 21/);
    expect(await ask('tess', 'cap <@stranger> 2')).toMatch(/don’t know that person in this workspace/);
    const other = eventsFor({ platform: 'shell', workspaceId: 'elsewhere', userId: 'tess' });
    expect(replyText(await h.app.handle(other.command('cap <@client1> 2')))).toMatch(/Only a therapist/);
    // Not linked: refused, nothing changes, nobody is told.
    expect(await ask('tess', 'cap <@client1> 2')).toMatch(/only for a client linked to you/);
    expect(await ask('client1', 'schedule')).not.toMatch(/At most/);
    h.app.sqlite
      .prepare(
        "insert into care_links (workspace_id, therapist_id, client_id, status, created_at, changed_at) select c.workspace_id, t.id, c.id, 'active', 'x', 'x' from members t, members c where t.platform_user_id = 'tess' and c.platform_user_id = 'client1'",
      )
      .run();
    expect(await ask('tess', 'cap <@client1> 2')).toMatch(/at most 2 nudges in any 7 days/);
    await h.scheduler.flush();
    expect(
      h.platform
        .sentTo('shell:client1')
        .map((s) => JSON.stringify(s.message))
        .join('\n'),
    ).toMatch(/tess.{0,8} set Between to send you at most 2 nudges in any 7 days/);
    expect(await ask('client1', 'schedule')).toMatch(/At most 2 nudges a week/);
    h.app.sqlite.prepare("update members set reminders_enabled = 0 where platform_user_id = 'client1'").run();
    const told = h.platform.sentTo('shell:client1').length;
    await h.runUntil(new Date('2026-11-30T00:00:00Z'), 60 * 60_000);
    expect(h.platform.sentTo('shell:client1').length - told).toBe(2);
  });

  it.each([
    ['<@U0123ABC>', 'U0123ABC'],
    ['<@!123456789>', '123456789'],
    ['<@U1|ana>', 'U1'],
    ['client1', 'client1'],
    ['<#C123>', undefined],
  ])('reads %s as user %s', (word, id) => {
    expect(mentionedUserId(word)).toBe(id);
  });
});

describe('npm run admin', () => {
  it('sets a staff role for a user and lists staff roles', () => {
    h = createHarness(start);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: `file:${h.app.databasePath}`,
      BETWEEN_KEY_FILE: join(h.app.dir, 'keys', 'k'),
    };
    const root = resolve(import.meta.dirname, '../..');
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/admin-cli.ts', ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const set = run('role', 'shell', 'local', 'tess', 'therapist');
    expect(set.stdout).toMatch(/tess in shell workspace local is now: therapist/);
    expect(run('roles', 'shell', 'local').stdout).toMatch(/tess: therapist/);
    const bad = run('role', 'shell', 'local', 'tess', 'wizard');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Usage:/);
  }, 120_000);
});
