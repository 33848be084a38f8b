import { afterEach, describe, expect, it } from 'vitest';
import { MIN_GROUP_ANSWERS } from '../src/groups/groups';
import { eventsFor, replyText } from './fixtures/app';
import { createHarness, type Harness } from './scheduling/harness';

let h: Harness;
afterEach(() => h.cleanup());

const say = (userId: string, roles?: string[]) =>
  eventsFor({ platform: 'shell', workspaceId: 'local', userId, ...(roles ? { roles } : {}) });
const ask = async (userId: string, command: string, roles?: string[]) =>
  replyText(await h.app.handle(say(userId, roles).command(command)));

/** Facilitator `fay` sets a Thursday group with a checklist the day after; members join and opt in. */
async function groupOf(members: string[]) {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
  await ask('fay', 'help');
  h.app.sqlite.prepare("update members set role = 'facilitator' where platform_user_id = 'fay'").run();
  expect(await ask('fay', 'group session thu 18:00')).toMatch(/Saved[\s\S]*Group session: thu at 18:00/);
  expect(await ask('fay', 'group schedule add after-session 12:00 checklist')).toMatch(
    /1\. the pull-away checklist, the day after each session at 12:00/,
  );
  for (const m of members) {
    await h.app.handle(say(m).action('v1:consent:store-yes'));
    expect(await ask(m, 'group join')).toMatch(/Joined/);
  }
  await h.runUntil(new Date('2026-11-27T12:10:00Z'), 30 * 60_000);
}

async function tick(member: string, items: string[]) {
  const checklist = h.deliveriesOf(member).find((d) => d.kind === 'checklist');
  if (!checklist) throw new Error(`no checklist was sent to ${member}`);
  await h.app.handle(say(member).action(`v1:checklist:${checklist.id}`, items));
}

describe('groups', () => {
  it('sends the group’s prompts only to members who joined, at the group’s rhythm', async () => {
    await groupOf(['m1', 'm2']);
    await ask('outsider', 'help');
    expect(h.deliveriesOf('m1').map((r) => [r.kind, r.slotAt])).toEqual([
      ['checklist', '2026-11-27T12:00:00.000Z'],
    ]);
    expect(h.deliveriesOf('outsider')).toEqual([]);
    expect(await ask('m1', 'group leave')).toMatch(/left the group’s rhythm/);
    await h.runUntil(new Date('2026-12-04T13:00:00Z'), 60 * 60_000);
    expect(h.deliveriesOf('m1')).toHaveLength(1);
    expect(h.deliveriesOf('m2')).toHaveLength(2);
  });

  it(`shows counts only for a closed week in which at least ${MIN_GROUP_ANSWERS} answered, and counts only`, async () => {
    await groupOf(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    await tick('m1', ['hiding-needs', 'over-apologising']);
    await tick('m2', ['hiding-needs']);
    await tick('m3', []);
    await tick('m4', ['hiding-needs', 'withdrawing-when-close']);
    // The week is still open: nothing is counted yet, however many answered.
    await tick('m5', ['over-apologising']);
    expect(await ask('fay', 'group stats')).toMatch(
      /Fewer than 5 members answered[\s\S]*week of Mon 16 Nov to Sun 22 Nov/,
    );
    // The next Monday the week of the answers is closed.
    h.app.clock.set(new Date('2026-11-30T09:00:00Z'));
    const shown = await ask('fay', 'group stats');
    expect(shown).toMatch(/In the week of Mon 23 Nov to Sun 29 Nov, 5 members answered the group’s prompts/);
    expect(shown).toMatch(/played down what I need.* 3 of 5/);
    expect(shown).toMatch(/said sorry more than.* 2 of 5/);
    expect(shown).toMatch(/stepped back.* 1 of 5/);
    expect(shown).not.toMatch(/m[1-6]|6 members/);
    // A late answer to that week's prompt changes nothing: no count can be differenced to one member.
    await tick('m6', ['withdrawing-when-close']);
    expect(await ask('fay', 'group stats')).toBe(shown);
  });

  it('never shows a week in which fewer than five answered, even after more answer later', async () => {
    await groupOf(['m1', 'm2', 'm3', 'm4', 'm5']);
    for (const m of ['m1', 'm2', 'm3', 'm4']) await tick(m, ['hiding-needs']);
    h.app.clock.set(new Date('2026-11-30T09:00:00Z'));
    await tick('m5', ['hiding-needs']);
    expect(await ask('fay', 'group stats')).toMatch(/Fewer than 5 members answered/);
  });

  it('lets only facilitators shape the group or see counts: by Between role or by the server role the admin named', async () => {
    await groupOf(['m1']);
    expect(await ask('m1', 'group stats')).toMatch(/Only a facilitator/);
    expect(await ask('m1', 'group session mon 10:00')).toMatch(/Only a facilitator/);
    h.app.sqlite
      .prepare("update workspaces set facilitator_role_id = 'role-fac' where external_id = 'local'")
      .run();
    expect(await ask('m1', 'group stats', ['role-other'])).toMatch(/Only a facilitator/);
    expect(await ask('m1', 'group stats', ['role-fac'])).toMatch(/Fewer than 5/);
  });

  it('explains a bad group schedule request and removes a rule by its number', async () => {
    await groupOf(['m1']);
    expect(await ask('fay', 'group schedule add someday 19:00')).toMatch(/Days look like/);
    expect(await ask('fay', 'group schedule remove 9')).toMatch(/Say which one to remove/);
    expect(await ask('fay', 'group schedule remove 1')).toMatch(/The group has no schedule yet/);
  });
});
