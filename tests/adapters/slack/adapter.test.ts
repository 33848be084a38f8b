import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index';
import { createScheduler } from '../../../src/scheduling/scheduler';
import { chatAdapterContract } from '../../contract/chat-adapter.contract';
import { eventually, startFakeSlack } from '../../fakes/slack-api';
import { startFakeSocketMode } from '../../fakes/slack-socket';
import { captureLogs } from '../../fixtures/app';
import { blockText, type SlackHarness, startSlackHarness } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

chatAdapterContract('the Slack adapter', async () => {
  const slack = await startFakeSlack();
  const adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    signingSecret: 'secret',
    apiUrl: slack.apiUrl,
    port: 0,
    log: captureLogs().log,
  });
  await adapter.start(async () => ({ kind: 'none' }));
  return {
    adapter,
    user: { platform: 'slack', workspaceId: 'T0TEAM', userId: 'U0ANA' },
    teardown: async () => {
      await adapter.stop();
      await slack.close();
    },
  };
});

describe('starting the Slack adapter', () => {
  it('says clearly which scopes are missing', async () => {
    const slack = await startFakeSlack({ scopes: ['commands', 'chat:write'] });
    cleanups.push(slack.close);
    const adapter = createSlackAdapter({
      botToken: 'xoxb-t',
      signingSecret: 's',
      apiUrl: slack.apiUrl,
      port: 0,
      log: captureLogs().log,
    });
    await expect(adapter.start(async () => ({ kind: 'none' }))).rejects.toThrow(
      /missing the scope\(s\) im:write, im:history, files:write. Add them under OAuth & Permissions/,
    );
  });

  it('says clearly when Slack refuses the token', async () => {
    const slack = await startFakeSlack();
    cleanups.push(slack.close);
    slack.queue('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const adapter = createSlackAdapter({
      botToken: 'xoxb-t',
      signingSecret: 's',
      apiUrl: slack.apiUrl,
      port: 0,
      log: captureLogs().log,
    });
    await expect(adapter.start(async () => ({ kind: 'none' }))).rejects.toThrow(
      /Slack refused SLACK_BOT_TOKEN \(Slack: invalid_auth\)/,
    );
  });

  it('needs an app token or a signing secret', () => {
    expect(() => createSlackAdapter({ botToken: 'xoxb-t', port: 0, log: captureLogs().log })).toThrow(
      /SLACK_APP_TOKEN \(Socket Mode, no public URL\) or SLACK_SIGNING_SECRET/,
    );
  });
});

describe('Socket Mode', () => {
  it('takes a slash command over the socket, acknowledges the envelope, and replies privately', async () => {
    const socket = await startFakeSocketMode();
    const slack = await startFakeSlack({ socketUrl: socket.url });
    const logs = captureLogs();
    const adapter = createSlackAdapter({
      botToken: 'xoxb-t',
      appToken: 'xapp-t',
      apiUrl: slack.apiUrl,
      port: 0,
      log: logs.log,
    });
    cleanups.push(async () => {
      await adapter.stop();
      await socket.close();
      await slack.close();
    });
    await adapter.start(async (event) => ({
      kind: 'message',
      message: {
        fallback: 'hi',
        elements: [{ kind: 'text', text: `you said ${event.kind === 'command' ? event.text : '?'}` }],
      },
    }));
    await socket.connected;
    const id = socket.slashCommand('help', slack.responseUrl('sock-1'));
    await eventually(() => socket.acks.find((a) => a.envelope_id === id), 'the envelope ack');
    const reply = await eventually(
      () => slack.responses.find((r) => r.path === '/response/sock-1'),
      'the reply',
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect(blockText(reply.body.blocks)).toBe('you said help');
  });
});

describe('scheduled delivery through Slack', () => {
  let h: SlackHarness;
  afterEach(async () => h.stop());

  const setUp = async () => {
    h = await startSlackHarness(new Date('2026-11-23T09:00:00Z'));
    for (const user of ['U0ANA', 'U0BEN']) {
      await h.responseAt(h.command(user, 'schedule add mon 10:00').path);
      await h.responseAt(h.command(user, 'settings reminders off').path);
    }
    const scheduler = createScheduler(h.app.services, new Map([['slack', h.adapter]]), {
      graceMs: 3_600_000,
      expiryMs: 4 * 86_400_000,
      reminderAfterHours: 24,
      sleep: async (ms) => h.app.clock.advance(ms),
    });
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    return scheduler;
  };
  const statusOf = (user: string) =>
    h.app.sqlite
      .prepare(
        "select d.status, d.status_reason as reason from deliveries d join members m on m.id = d.member_id where m.platform_user_id = ? and d.slot_key not like 'adhoc:%'",
      )
      .get(user);

  it('honours Slack’s 429 Retry-After and sends once', async () => {
    const scheduler = await setUp();
    h.slack.queue('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { ok: false, error: 'ratelimited' },
    });
    await scheduler.tick();
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'sent', reason: null });
    expect(statusOf('U0BEN')).toEqual({ status: 'sent', reason: null });
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('retries a 5xx from the Web API', async () => {
    const scheduler = await setUp();
    h.slack.queue('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'planned', reason: 'platform-unavailable' });
    h.app.clock.advance(60_000);
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'sent', reason: null });
  });

  it('never posts twice when Slack posted but its answer was lost: it looks in the history first', async () => {
    const scheduler = await setUp();
    h.slack.loseAnswer('chat.postMessage', (args) => args.channel === 'DU0ANA');
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'sent', reason: null });
    const toAna = h.slack.posted.filter((m) => m.channel === 'DU0ANA');
    expect(toAna).toHaveLength(1);
    expect(toAna[0]?.metadata).toMatchObject({ event_type: 'between_message' });
    expect(h.slack.callsTo('conversations.history')).toHaveLength(1);
    await scheduler.tick();
    expect(h.slack.posted.filter((m) => m.channel === 'DU0ANA')).toHaveLength(1);
  });

  it('gives a post up as uncertain, never resending it, when neither the post nor the history answers', async () => {
    const scheduler = await setUp();
    h.slack.loseAnswer('chat.postMessage', (args) => args.channel === 'DU0ANA');
    h.slack.loseAnswer('conversations.history');
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'failed', reason: 'uncertain' });
    h.app.clock.advance(60 * 60_000);
    await scheduler.tick();
    expect(h.slack.posted.filter((m) => m.channel === 'DU0ANA')).toHaveLength(1);
    expect(statusOf('U0BEN')).toEqual({ status: 'sent', reason: null });
  });

  it('marks a DM that cannot be opened failed, and the member unreachable, without touching others', async () => {
    const scheduler = await setUp();
    h.slack.blockDm('U0ANA');
    await scheduler.tick();
    expect(statusOf('U0ANA')).toEqual({ status: 'failed', reason: 'dm-blocked' });
    expect(statusOf('U0BEN')).toEqual({ status: 'sent', reason: null });
    expect(h.slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DU0BEN']);
    const next = await h.responseAt(h.command('U0ANA', 'help', 'C0GENERAL').path);
    expect(next.body.response_type).toBe('ephemeral');
    expect(blockText(next.body.blocks)).toMatch(/could not reach you/);
  });
});
