import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../fakes/slack-api';
import { actionIn, blockText, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;
afterEach(async () => h.stop());

describe('failures on the click path in Slack are told, never silent', () => {
  it('a form Slack would not open: the member is told and gets the button again', async () => {
    h = await startSlackHarness();
    const prompt = await h.responseAt(h.command('U0ANA', 'checkin').path);
    const reflect = actionIn(prompt.body.blocks, /v1:reflect:\d+/);
    h.slack.queue('views.open', { status: 500, body: { ok: false, error: 'internal_error' } });
    const told = await h.responseAt(h.button('U0ANA', reflect).path);
    expect(blockText(told.body.blocks)).toMatch(/Slack did not open the form just now/);
    expect(actionIn(told.body.blocks, /v1:reflect:\d+/)).toBe(reflect);
  });

  it('tells a Spanish-speaking member in Spanish, with the button again', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { locale: 'es-LA' });
    const prompt = await h.responseAt(h.command('U0ANA', 'checkin').path);
    const reflect = actionIn(prompt.body.blocks, /v1:reflect:\d+/);
    h.slack.queue('views.open', { status: 500, body: { ok: false, error: 'internal_error' } });
    const told = await h.responseAt(h.button('U0ANA', reflect).path);
    expect(blockText(told.body.blocks)).toMatch(/^Slack no abrió el formulario esta vez\. No se perdió nada/);
    expect(blockText(told.body.blocks)).not.toMatch(/Slack did not|press the button/);
    expect(actionIn(told.body.blocks, /v1:reflect:\d+/)).toBe(reflect);
  });

  it('an export whose upload fails says so, and its text without the file is removed', async () => {
    h = await startSlackHarness();
    h.slack.queue('files.getUploadURLExternal', {
      status: 500,
      body: { ok: false, error: 'internal_error' },
    });
    const reply = await h.responseAt(h.button('U0ANA', 'v1:export').path);
    expect(String(reply.body.text)).toMatch(/on its way to your direct messages/);
    expect(JSON.stringify(reply.body)).not.toMatch(/Here is everything/);
    const told = await eventually(
      () =>
        h.slack
          .callsTo('chat.postMessage')
          .find((c) => /Your export did not reach you/.test(String(c.args.text))),
      'the notice',
    );
    expect(String(told.args.text)).toMatch(/the text arrived but its files did not/);
    const half = h.slack
      .callsTo('chat.postMessage')
      .find((c) => /Here is everything/.test(String(c.args.text)));
    expect(half).toBeDefined();
    expect((await h.scheduler.tick()).exportsRemoved).toBe(1);
    expect(h.slack.callsTo('chat.delete')).toHaveLength(1);
    expect(h.slack.uploads).toHaveLength(0);
  });

  it('delete removes an export still in the DM, before its 24 hours are up', async () => {
    h = await startSlackHarness();
    await h.responseAt(h.button('U0ANA', 'v1:export').path);
    await eventually(() => h.slack.callsTo('files.completeUploadExternal')[0], 'the export upload');
    // Erased before or after Slack's answer is recorded, the upload is taken back either way.
    const offer = await h.responseAt(h.command('U0ANA', 'delete').path);
    await h.responseAt(h.button('U0ANA', actionIn(offer.body.blocks, /v1:delete:confirm/)).path);
    await eventually(() => h.slack.callsTo('files.delete')[0], 'the export deleted');
    expect(h.slack.callsTo('chat.delete')).toHaveLength(1);
  });

  it('the Home tab under one short rate limit is published after Retry-After', async () => {
    h = await startSlackHarness();
    h.slack.queue('views.publish', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await h.event({ type: 'app_home_opened', user: 'U0ANA', channel: 'DU0ANA', tab: 'home' });
    const published = await eventually(() => h.slack.callsTo('views.publish')[1], 'the second views.publish');
    expect(published.args.user_id).toBe('U0ANA');
  });
});
