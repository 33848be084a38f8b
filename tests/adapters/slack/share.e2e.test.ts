import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../fakes/slack-api';
import { actionIn, blockText, linkTessAndCal, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;
afterEach(async () => h.stop());

/** tess is a therapist, cal stores answers, and they are linked. */
async function linked() {
  h = await startSlackHarness();
  await linkTessAndCal(h);
}

/** cal writes a reflection through the real modal. */
async function write(answer: string) {
  const prompt = await h.responseAt(h.command('U0CAL', 'checkin').path);
  const press = h.button('U0CAL', actionIn(prompt.body.blocks, /v1:reflect:\d+/));
  const opened = await eventually(() => h.slack.callsTo('views.open').at(-1), 'the modal');
  const view = opened.args.view as { callback_id: string };
  expect(view.callback_id).toMatch(/^v1:reflect:/);
  await h.submitView('U0CAL', view.callback_id, answer);
  await press.sent;
}

describe('sharing in Slack', () => {
  it('a client shares two of three entries: the therapist’s DM holds exactly those two and the chart', async () => {
    await linked();
    await write('Kilo-shared: I asked for a lift and it was fine.');
    h.app.clock.advance(60_000);
    await write('Lima-private: not for sharing.');
    h.app.clock.advance(60_000);
    const list = await h.responseAt(h.command('U0CAL', 'checklist').path);
    await h.responseAt(
      h.action('U0CAL', {
        type: 'checkboxes',
        action_id: actionIn(list.body.blocks, /v1:checklist:\d+/),
        selected_options: [{ value: 'withdrawing-when-close' }],
      }).path,
    );

    const draft = await h.responseAt(h.command('U0CAL', 'share').path);
    const options =
      JSON.stringify(draft.body.blocks)
        .match(/"value":"(\d+)"/g)
        ?.map((m) => m.slice(9, -1)) ?? [];
    expect(options).toHaveLength(3);
    const labels = blockText(draft.body.blocks);
    expect(labels).toMatch(/Kilo-shared[\s\S]*Lima-private|Lima-private[\s\S]*Kilo-shared/);
    const lima = h.app.sqlite.prepare('select id from responses order by id').all() as { id: number }[];
    const chosen = options.filter((o) => o !== String(lima[1]?.id));
    expect(chosen).toHaveLength(2);
    const picked = await h.responseAt(
      h.action('U0CAL', {
        type: 'checkboxes',
        action_id: actionIn(draft.body.blocks, /v1:share-pick:\d+/),
        selected_options: chosen.map((value) => ({ value })),
      }).path,
    );
    await h.responseAt(h.button('U0CAL', actionIn(picked.body.blocks, /v1:share-send:\d+/)).path);

    const digest = await eventually(
      () =>
        h.slack
          .callsTo('chat.postMessage')
          .find((c) => c.args.channel === 'DU0TESS' && /Shared by/.test(blockText(c.args.blocks))),
      'the digest in the therapist’s DM',
    );
    const shown = blockText(digest.args.blocks);
    expect(shown).toMatch(/^\*Shared by <@U0CAL>, entries (from|of)/);
    expect(shown).toContain('Kilo-shared: I asked for a lift and it was fine.');
    expect(shown).toMatch(/stepped back as a connection/);
    expect(shown).not.toContain('Lima');
    const uploaded = await eventually(() => {
      const names = h.slack.callsTo('files.getUploadURLExternal').map((c) => c.args.filename);
      return names.includes('checklist-by-week.png') && names.includes('between-share.md')
        ? names
        : undefined;
    }, 'the digest files');
    expect(uploaded).toEqual(expect.arrayContaining(['between-share.md', 'checklist-by-week.png']));
    expect(h.slack.uploads.some((u) => u.body.includes('Lima'))).toBe(false);
    // Wait for Slack to be told both uploads are complete (their bytes arrive before that call).
    const completed = await eventually(() => {
      const calls = h.slack.callsTo('files.completeUploadExternal');
      return calls.length >= 2 ? calls.map((c) => c.args.channel_id) : undefined;
    }, 'both completed uploads');
    expect(completed).toEqual(['DU0TESS', 'DU0TESS']);

    // Taking it back deletes the digest and both files from the therapist's DM.
    const shared = await h.responseAt(h.command('U0CAL', 'shared').path);
    const revoked = await h.responseAt(
      h.button('U0CAL', actionIn(shared.body.blocks, /v1:share-revoke:\d+/)).path,
    );
    expect(blockText(revoked.body.blocks)).toMatch(/the digest and its files were deleted/);
    const deleted = h.slack.callsTo('chat.delete')[0];
    expect(deleted?.args).toMatchObject({ channel: 'DU0TESS', ts: expect.stringMatching(/^\d+\.\d+$/) });
    expect(h.slack.callsTo('files.delete')).toHaveLength(2);
  }, 60_000);
});

describe('a share in Slack is reported truthfully', () => {
  /** cal (storing) linked with tess, one entry written, and a draft with it picked; returns the Send action. */
  async function readyToSend() {
    await linked();
    await write('Mike-entry: noticed.');
    const draft = await h.responseAt(h.command('U0CAL', 'share').path);
    const value = JSON.stringify(draft.body.blocks).match(/"value":"(\d+)"/)?.[1] ?? '';
    const picked = await h.responseAt(
      h.action('U0CAL', {
        type: 'checkboxes',
        action_id: actionIn(draft.body.blocks, /v1:share-pick:\d+/),
        selected_options: [{ value }],
      }).path,
    );
    return actionIn(picked.body.blocks, /v1:share-send:\d+/);
  }
  const digests = () =>
    h.slack.posted.filter((m) => m.channel === 'DU0TESS' && /Shared by/.test(blockText(m.blocks)));
  const shareRow = () =>
    h.app.sqlite.prepare("select status, failed_reason as reason from shares where status != 'draft'").get();
  const listed = async () => blockText((await h.responseAt(h.command('U0CAL', 'shared').path)).body.blocks);

  it('under one 429 the digest waits for Retry-After and arrives once; only then is it listed as delivered', async () => {
    const send = await readyToSend();
    h.slack.queue('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '5' },
      body: { ok: false, error: 'ratelimited' },
    });
    const before = h.app.clock.now().getTime();
    const sent = await h.responseAt(h.button('U0CAL', send).path);
    expect(blockText(sent.body.blocks)).toMatch(/One entry is on its way to <@U0TESS>/);
    await h.scheduler.flush();
    // The outbox waited out Slack's Retry-After, then posted once.
    expect(h.app.clock.now().getTime() - before).toBeGreaterThanOrEqual(5_000);
    expect(digests()).toHaveLength(1);
    expect(shareRow()).toEqual({ status: 'sent', reason: null });
    expect(await listed()).toMatch(/1 entry to <@U0TESS>: delivered/);
  });

  it('under a 5xx storm the digest is retried with back-off and arrives once; until then it is only on its way', async () => {
    const send = await readyToSend();
    for (let i = 0; i < 3; i++) {
      h.slack.queue('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    }
    await h.responseAt(h.button('U0CAL', send).path);
    await h.scheduler.flush();
    expect(digests()).toHaveLength(0);
    expect(shareRow()).toEqual({ status: 'queued', reason: null });
    expect(await listed()).toMatch(/on its way/);
    // Each retry waits its back-off; the storm passes on the fourth try.
    for (let tick = 0; tick < 20 && digests().length === 0; tick++) {
      h.app.clock.advance(5 * 60_000);
      await h.scheduler.tick();
    }
    expect(digests()).toHaveLength(1);
    expect(shareRow()).toEqual({ status: 'sent', reason: null });
    expect(await listed()).toMatch(/1 entry to <@U0TESS>: delivered/);
  });

  it('when the files fail after the digest was posted, it is not "sent", the client is told, and taking it back deletes what was posted', async () => {
    const send = await readyToSend();
    h.slack.queue('files.getUploadURLExternal', {
      status: 500,
      body: { ok: false, error: 'internal_error' },
    });
    await h.responseAt(h.button('U0CAL', send).path);
    await h.scheduler.flush();
    const posted = digests();
    expect(posted).toHaveLength(1);
    expect(shareRow()).toEqual({ status: 'failed', reason: 'files-failed' });
    const notice = await eventually(
      () =>
        h.slack.posted.find((m) => m.channel === 'DU0CAL' && /was not delivered/.test(blockText(m.blocks))),
      'the notice to the client',
    );
    expect(blockText(notice.blocks)).toMatch(/the text arrived but its files did not/);
    const list = await h.responseAt(h.command('U0CAL', 'shared').path);
    const revoked = await h.responseAt(
      h.button('U0CAL', actionIn(list.body.blocks, /v1:share-revoke:\d+/)).path,
    );
    expect(blockText(revoked.body.blocks)).toMatch(/Taken back/);
    expect(h.slack.callsTo('chat.delete')[0]?.args).toMatchObject({ channel: 'DU0TESS', ts: posted[0]?.ts });
  });
});
