import { afterEach, describe, expect, it } from 'vitest';
import type { MemberExport } from '../../../src/data-rights/export';
import { createScheduler } from '../../../src/scheduling/scheduler';
import { eventually } from '../../fakes/slack-api';
import { actionIn, blockText, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;
afterEach(async () => h.stop());

describe('a whole journey in Slack', () => {
  it('opt in → scheduled checklist DM → three ticks → a reflection in a modal → export → delete', async () => {
    h = await startSlackHarness(new Date('2026-11-23T09:00:00Z'));
    const scheduler = createScheduler(h.app.services, new Map([['slack', h.adapter]]), {
      graceMs: 3_600_000,
      expiryMs: 4 * 86_400_000,
      reminderAfterHours: 24,
      sleep: async () => {},
    });

    // Opt in, privately.
    const optin = h.command('U0ANA', 'optin', 'C0GENERAL');
    const offer = await h.responseAt(optin.path);
    expect(offer.body.response_type).toBe('ephemeral');
    const yes = h.button('U0ANA', actionIn(offer.body.blocks, /v1:consent:store-yes/));
    const risk = await h.responseAt(yes.path);
    await h.responseAt(h.button('U0ANA', actionIn(risk.body.blocks, /v1:consent:risk-no/)).path);
    await h.responseAt(h.command('U0ANA', 'schedule add mon 10:00 checklist').path);

    // The scheduler sends the checklist as a DM at 10:00.
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect((await scheduler.tick()).delivery.sent).toBe(1);
    expect(h.slack.callsTo('conversations.open')[0]?.args.users).toBe('U0ANA');
    const dm = h.slack.callsTo('chat.postMessage')[0];
    expect(dm?.args.channel).toBe('DU0ANA');
    expect(blockText(dm?.args.blocks)).toMatch(/self-reflection aid, not a diagnosis/);

    // Three boxes ticked: the full set arrives and is stored.
    const three = ['testing-if-people-leave', 'over-apologising', 'withdrawing-when-close'];
    const tick = h.action('U0ANA', {
      type: 'checkboxes',
      action_id: actionIn(dm?.args.blocks, /v1:checklist:\d+/),
      block_id: 'c',
      selected_options: three.map((value) => ({ value })),
    });
    expect((await h.responseAt(tick.path)).body.replace_original).toBe(true);

    // A reflection, written in a modal.
    const prompt = await h.responseAt(h.command('U0ANA', 'checkin').path);
    const press = h.button('U0ANA', actionIn(prompt.body.blocks, /v1:reflect:\d+/));
    const opened = await eventually(() => h.slack.callsTo('views.open')[0], 'the modal');
    const view = opened.args.view as { callback_id: string; private_metadata: string };
    await h.submitView(
      'U0ANA',
      view.callback_id,
      'I asked for help before it got heavy.',
      view.private_metadata,
    );
    expect(blockText((await h.responseAt(press.path)).body.blocks)).toMatch(/Saved, just for you/);

    // Export: exactly that data, as a file in the DM.
    const warning = await h.responseAt(h.command('U0ANA', 'export').path);
    expect(blockText(warning.body.blocks)).toMatch(
      /uploaded to Slack, into your direct messages with Between.*deletes it from Slack 24 hours after/s,
    );
    expect(h.slack.uploads).toHaveLength(0);
    const queued = await h.responseAt(h.button('U0ANA', actionIn(warning.body.blocks, /v1:export/)).path);
    expect(blockText(queued.body.blocks)).toMatch(/on its way to your direct messages/);
    const upload = await eventually(() => h.slack.uploads[0], 'the export upload');
    // The upload's bytes arrive before Slack is told the upload is complete: wait for that call.
    const completed = await eventually(
      () => h.slack.callsTo('files.completeUploadExternal')[0],
      'the completed upload',
    );
    expect(completed.args.channel_id).toBe('DU0ANA');
    // Slack's answer reaches the outbox a moment later: the day is counted from when it is recorded.
    await eventually(
      () =>
        h.app.sqlite
          .prepare("select expires_at from deliveries where kind = 'export_file' and expires_at is not null")
          .get(),
      'the recorded upload',
    );
    const exported = JSON.parse(
      upload.body.slice(upload.body.indexOf('{'), upload.body.lastIndexOf('}') + 1),
    ) as MemberExport;
    expect(exported.member.platformUserId).toBe('U0ANA');
    expect(exported.responses.map((r) => r.text ?? r.selected)).toEqual([
      three,
      'I asked for help before it got heavy.',
    ]);
    // A day later Between deletes the upload from Slack: the message, then its file.
    const fileId = JSON.stringify(completed.args.files).match(/F[A-Z0-9]+/)?.[0];
    expect(h.slack.callsTo('files.delete')).toHaveLength(0);
    h.app.clock.advance(23 * 3_600_000);
    expect((await h.scheduler.tick()).exportsRemoved).toBe(0);
    h.app.clock.advance(3_600_000);
    expect((await h.scheduler.tick()).exportsRemoved).toBe(1);
    expect(h.slack.callsTo('chat.delete').map((c) => c.args.channel)).toEqual(['DU0ANA']);
    expect(h.slack.callsTo('files.delete').map((c) => c.args.file)).toEqual([fileId]);
    expect((await h.scheduler.tick()).exportsRemoved).toBe(0);

    // Delete leaves nothing.
    const offerDelete = await h.responseAt(h.command('U0ANA', 'delete').path);
    const erase = h.button('U0ANA', actionIn(offerDelete.body.blocks, /v1:delete:confirm/));
    expect(blockText((await h.responseAt(erase.path)).body.blocks)).toMatch(/has been erased/);
    for (const table of ['responses', 'deliveries', 'consents', 'schedules', 'plans', 'members']) {
      expect(h.app.sqlite.prepare(`select count(*) as n from ${table}`).get()).toEqual({ n: 0 });
    }
    await scheduler.stop();
  }, 60_000);
});
