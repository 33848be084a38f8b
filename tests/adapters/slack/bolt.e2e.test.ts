import { afterEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../../src/core/action-id';
import { eventually, postToBolt, slashCommandBody } from '../../fakes/slack-api';
import { blockText, SECRET, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;
afterEach(async () => h.stop());

describe('Slack, on the real Bolt app', () => {
  it('answers /between in a channel privately (ephemeral) and never posts in the channel', async () => {
    h = await startSlackHarness();
    const cmd = h.command('U0ANA', 'help', 'C0GENERAL');
    expect((await cmd.sent).status).toBe(200);
    const reply = await h.responseAt(cmd.path);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockText(reply.body.blocks)).toMatch(/\/between checkin \[theme\]: a reflection prompt, now/);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('rejects a request with a bad signature, and one stamped more than five minutes either side of now', async () => {
    h = await startSlackHarness();
    const body = slashCommandBody({
      team_id: 'T0TEAM',
      user_id: 'U0ANA',
      channel_id: 'DU0ANA',
      text: 'help',
    });
    const forged = await postToBolt(h.port, SECRET, body, 'application/x-www-form-urlencoded', {
      signature: 'v0=00',
    });
    expect(forged.status).toBe(401);
    const stale = await postToBolt(h.port, SECRET, body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(stale.status).toBe(401);
    const future = await postToBolt(h.port, SECRET, body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) + 10 * 60,
    });
    expect(future.status).toBe(401);
    const slightlyAhead = await postToBolt(h.port, SECRET, body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) + 60,
    });
    expect(slightlyAhead.status).toBe(200);
    const wrongSecret = await postToBolt(h.port, 'not-the-secret', body, 'application/x-www-form-urlencoded');
    expect(wrongSecret.status).toBe(401);
    expect(h.slack.responses).toEqual([]);
  });

  it('stores the full set of checked boxes and re-renders the checklist from the database', async () => {
    h = await startSlackHarness();
    await (await h.button('U0ANA', encodeAction({ verb: 'consent', choice: 'store-yes' }))).sent;
    const cmd = h.command('U0ANA', 'checklist');
    const list = await h.responseAt(cmd.path);
    const checkboxes = JSON.stringify(list.body.blocks).match(/"action_id":"(v1:checklist:\d+)"/)?.[1] ?? '';
    expect(checkboxes).toMatch(/^v1:checklist:\d+$/);
    const change = h.action('U0ANA', {
      type: 'checkboxes',
      action_id: checkboxes,
      block_id: 'c',
      selected_options: [{ value: 'hiding-needs' }, { value: 'testing-if-people-leave' }],
    });
    const updated = await h.responseAt(change.path);
    expect(updated.body.replace_original).toBe(true);
    const blocks = updated.body.blocks as {
      elements?: { type: string; initial_options?: { value: string }[] }[];
    }[];
    const element = blocks.flatMap((b) => b.elements ?? []).find((e) => e.type === 'checkboxes');
    expect(element?.initial_options?.map((o) => o.value)).toEqual([
      'testing-if-people-leave',
      'hiding-needs',
    ]);
    expect(h.app.services.answers.list(1).map((r) => r.selected)).toEqual([
      ['testing-if-people-leave', 'hiding-needs'],
    ]);
  });

  it('opens a reflection in a modal and answers a submission with the kind result', async () => {
    h = await startSlackHarness();
    const cmd = h.command('U0ANA', 'checkin');
    const prompt = await h.responseAt(cmd.path);
    const reflect = JSON.stringify(prompt.body.blocks).match(/"action_id":"(v1:reflect:\d+)"/)?.[1] ?? '';
    const press = h.button('U0ANA', reflect);
    const opened = await eventually(() => h.slack.callsTo('views.open')[0], 'views.open');
    expect(opened.args.trigger_id).toBe(press.triggerId);
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe(reflect);
    expect(JSON.stringify(view)).toMatch(/"max_length":3000/);
    const submitted = await h.submitView('U0ANA', view.callback_id, 'Quiet week.', view.private_metadata);
    expect(submitted.status).toBe(200);
    const result = await h.responseAt(press.path);
    expect(blockText(result.body.blocks)).toMatch(
      /Thank you for taking this moment. Your answer was not stored/,
    );
  });

  it('keeps the modal open with Slack’s response_action errors for an empty answer', async () => {
    h = await startSlackHarness();
    const cmd = h.command('U0ANA', 'checkin');
    const prompt = await h.responseAt(cmd.path);
    const reflect = JSON.stringify(prompt.body.blocks).match(/"action_id":"(v1:reflect:\d+)"/)?.[1] ?? '';
    const submitted = await h.submitView('U0ANA', reflect, '   ');
    expect(JSON.parse(submitted.text)).toEqual({
      response_action: 'errors',
      errors: { answer: expect.stringMatching(/This looks empty/) },
    });
  });

  it('keeps the modal open, with the text, when an answer is over the limit', async () => {
    h = await startSlackHarness();
    const cmd = h.command('U0ANA', 'checkin');
    const reflect =
      JSON.stringify((await h.responseAt(cmd.path)).body.blocks).match(
        /"action_id":"(v1:reflect:\d+)"/,
      )?.[1] ?? '';
    const submitted = await h.submitView('U0ANA', reflect, 'x'.repeat(4001));
    expect(JSON.parse(submitted.text)).toEqual({
      response_action: 'errors',
      errors: { answer: expect.stringMatching(/4001 characters and the limit is 4000/) },
    });
  });

  it('publishes the App Home tab with the member’s own state and shortcuts', async () => {
    h = await startSlackHarness();
    await h.event({ type: 'app_home_opened', user: 'U0ANA', channel: 'DU0ANA', tab: 'home' });
    const publish = await eventually(() => h.slack.callsTo('views.publish')[0], 'views.publish');
    expect(publish.args.user_id).toBe('U0ANA');
    const view = publish.args.view as { type: string; blocks: unknown };
    expect(view.type).toBe('home');
    expect(blockText(view.blocks)).toMatch(
      /Nothing you write is stored[\s\S]*No schedule yet[\s\S]*A reflection now/,
    );
  });

  it('answers a typed DM without storing it, and with crisis lines when it carries risk language', async () => {
    h = await startSlackHarness();
    await h.event({
      type: 'message',
      channel_type: 'im',
      channel: 'DU0ANA',
      user: 'U0ANA',
      text: 'I want to die',
      ts: '1.1',
    });
    const post = await eventually(() => h.slack.callsTo('chat.postMessage')[0], 'a DM reply');
    expect(post.args.channel).toBe('DU0ANA');
    expect(blockText(post.args.blocks)).toMatch(/988[\s\S]*116 123[\s\S]*I don’t keep messages typed here/);
    await h.event({
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0ANA',
      text: 'hello all',
      ts: '1.2',
    });
    await h.event({
      type: 'message',
      channel_type: 'im',
      channel: 'DU0ANA',
      bot_id: 'BBOT',
      text: 'echo',
      ts: '1.3',
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('never lets a member’s text ping anyone', async () => {
    h = await startSlackHarness();
    const cmd = h.command('U0ANA', 'settings timezone <!channel><@U0BOSS>');
    const reply = await h.responseAt(cmd.path);
    const shown = JSON.stringify(reply.body);
    expect(shown).not.toMatch(/<!channel>|<@U0BOSS>/);
    expect(shown).toMatch(/&lt;!channel&gt;/);
  });

  it('answers a button from an old release with a fresh start, and a malformed payload without failing', async () => {
    h = await startSlackHarness();
    const stale = h.button('U0ANA', 'between_reflect_42');
    expect(blockText((await h.responseAt(stale.path)).body.blocks)).toMatch(/This button has expired/);
    const odd = h.action('U0ANA', { type: 'datepicker', action_id: 'v1:help', block_id: 'x' });
    expect(blockText((await h.responseAt(odd.path)).body.blocks)).toMatch(
      /can’t handle that kind of message/,
    );
  });
});

describe('the member’s language and time zone on Slack', () => {
  const languageOf = (userId: string) =>
    h.app.sqlite.prepare('select locale, locale_source from members where platform_user_id = ?').get(userId);
  const zoneOf = (userId: string) =>
    h.app.sqlite
      .prepare('select time_zone, time_zone_source from members where platform_user_id = ?')
      .get(userId);

  it('schedules on the time zone of the person’s Slack profile until they set their own', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { tz: 'America/Mexico_City' });
    await h.responseAt(h.command('U0ANA', 'schedule add daily 19:00').path);
    expect(zoneOf('U0ANA')).toEqual({ time_zone: 'America/Mexico_City', time_zone_source: 'platform' });
    const plan = h.app.sqlite.prepare('select next_due_at from plans').get() as { next_due_at: string };
    // 19:00 in Mexico City (UTC−6) on 2026-11-23 is 01:00 UTC the next day.
    expect(plan.next_due_at).toBe('2026-11-24T01:00:00.000Z');
    await h.responseAt(h.command('U0ANA', 'settings timezone Europe/Madrid').path);
    // Every later request still carries Slack's zone; the member's own choice stays.
    await h.responseAt(h.command('U0ANA', 'help').path);
    expect(zoneOf('U0ANA')).toEqual({ time_zone: 'Europe/Madrid', time_zone_source: 'member' });
  });

  it('keeps the schedule in step when the person changes the zone in their Slack profile, until they set their own', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { tz: 'America/Mexico_City', locale: 'es-LA' });
    await h.responseAt(h.command('U0ANA', 'schedule add daily 19:00').path);
    const plan = () => h.app.sqlite.prepare('select next_due_at from plans').get();
    expect(plan()).toEqual({ next_due_at: '2026-11-24T01:00:00.000Z' });

    // Ana moves to Madrid and changes her Slack profile: Slack sends user_change.
    h.slack.setProfile('U0ANA', { tz: 'Europe/Madrid', locale: 'es-LA' });
    const changed = (tz: string) =>
      h.event({ type: 'user_change', user: { id: 'U0ANA', team_id: 'T0TEAM', tz, tz_offset: 3600 } });
    expect((await changed('Europe/Madrid')).status).toBe(200);
    await eventually(
      () => ((zoneOf('U0ANA') as { time_zone: string }).time_zone === 'Europe/Madrid' ? true : undefined),
      'the new zone',
    );
    expect(zoneOf('U0ANA')).toEqual({ time_zone: 'Europe/Madrid', time_zone_source: 'platform' });
    // 19:00 in Madrid (UTC+1) on 2026-11-23.
    expect(plan()).toEqual({ next_due_at: '2026-11-23T18:00:00.000Z' });
    // The profile is read again at her next event (her language may have changed too).
    const lookups = h.slack.callsTo('users.info').length;
    await h.responseAt(h.command('U0ANA', 'help').path);
    expect(h.slack.callsTo('users.info')).toHaveLength(lookups + 1);

    // A malformed one is acknowledged and changes nothing (the core's side: tests/core/profile.test.ts).
    expect((await h.event({ type: 'user_change', user: { id: 'U0ANA', tz: 12 } })).status).toBe(200);
    await h.responseAt(h.command('U0ANA', 'help').path);
    expect(zoneOf('U0ANA')).toEqual({ time_zone: 'Europe/Madrid', time_zone_source: 'platform' });
  });

  it('answers in the language the person’s Slack is set to from the first command, asking Slack once', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { locale: 'es-LA' });
    const first = await h.responseAt(h.command('U0ANA', 'help').path);
    expect(blockText(first.body.blocks)).toContain('pequeñas reflexiones entre sesiones');
    expect(languageOf('U0ANA')).toEqual({ locale: 'es', locale_source: 'platform' });
    await h.responseAt(h.command('U0ANA', 'home').path);
    expect(h.slack.callsTo('users.info')).toEqual([
      { method: 'users.info', args: expect.objectContaining({ user: 'U0ANA', include_locale: 'true' }) },
    ]);
  });

  it('keeps the member’s own choice over their Slack language', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { locale: 'es-ES' });
    await h.responseAt(h.command('U0ANA', 'settings language en').path);
    const help = await h.responseAt(h.command('U0ANA', 'help').path);
    expect(blockText(help.body.blocks)).toContain('small reflections between therapy sessions');
    expect(languageOf('U0ANA')).toEqual({ locale: 'en', locale_source: 'member' });
  });

  it('answers in English, and on time, when users.info fails, is rate limited or hangs', async () => {
    h = await startSlackHarness();
    h.slack.setProfile('U0ANA', { locale: 'es-LA' });
    h.slack.setProfile('U0BEN', { locale: 'es-LA' });
    h.slack.queue('users.info', {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { ok: false, error: 'ratelimited' },
    });
    const limited = await h.responseAt(h.command('U0ANA', 'help').path);
    expect(blockText(limited.body.blocks)).toContain('small reflections between therapy sessions');
    const held = h.slack.hold('users.info', (args) => args.user === 'U0BEN');
    const hung = await h.responseAt(h.command('U0BEN', 'help').path);
    expect(blockText(hung.body.blocks)).toContain('small reflections between therapy sessions');
    expect(languageOf('U0BEN')).toEqual({ locale: 'en', locale_source: null });
    // Once Slack answers, the next request is in the person’s language.
    held.release();
    await eventually(() => h.slack.callsTo('users.info').length === 2 || undefined, 'both lookups');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const later = await h.responseAt(h.command('U0BEN', 'help').path);
    expect(blockText(later.body.blocks)).toContain('pequeñas reflexiones entre sesiones');
  });

  it('never calls users.info for an app installed without users:read, and still answers', async () => {
    h = await startSlackHarness(undefined, {
      scopes: ['commands', 'chat:write', 'im:write', 'im:history', 'files:write'],
    });
    h.slack.setProfile('U0ANA', { locale: 'es-LA' });
    const help = await h.responseAt(h.command('U0ANA', 'help').path);
    expect(blockText(help.body.blocks)).toContain('small reflections between therapy sessions');
    expect(h.slack.callsTo('users.info')).toEqual([]);
    expect(h.app.logs.lines.join('\n')).toMatch(/no users:read scope/);
  });
});

describe('Slack logs', () => {
  it('never contain what a member wrote, even at trace level', async () => {
    h = await startSlackHarness();
    await h.responseAt(h.button('U0ANA', 'v1:consent:store-yes').path);
    const cmd = h.command('U0ANA', 'checkin');
    const reflect =
      JSON.stringify((await h.responseAt(cmd.path)).body.blocks).match(
        /"action_id":"(v1:reflect:\d+)"/,
      )?.[1] ?? '';
    await h.submitView('U0ANA', reflect, 'Secret-Slack-77 and I want to die');
    await h.event({
      type: 'message',
      channel_type: 'im',
      channel: 'DU0ANA',
      user: 'U0ANA',
      text: 'Secret-DM-88',
      ts: '1.9',
    });
    await eventually(() => h.slack.callsTo('chat.postMessage').length >= 2 || undefined, 'the replies');
    const logs = h.app.logs.lines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('Secret-Slack-77');
    expect(logs).not.toContain('Secret-DM-88');
  });
});
