import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index';
import { createScheduler } from '../../../src/scheduling/scheduler';
import {
  eventually,
  type FakeSlack,
  interactionBody,
  postToBolt,
  slashCommandBody,
  startFakeSlack,
} from '../../fakes/slack-api';
import { createTestApp, type TestApp } from '../../fixtures/app';

export const SECRET = 'test-signing-secret';
export const TEAM = 'T0TEAM';

/** The real core on a real SQLite file, behind the real Bolt app, talking to a fake Slack on 127.0.0.1. */
export async function startSlackHarness(
  start = new Date('2026-11-23T09:00:00Z'),
  options: { scopes?: readonly string[] } = {},
) {
  const app: TestApp = createTestApp(start);
  const slack: FakeSlack = await startFakeSlack(options.scopes ? { scopes: options.scopes } : {});
  const adapter: SlackAdapter = createSlackAdapter({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: slack.apiUrl,
    port: 0,
    log: app.logs.log,
  });
  await adapter.start(app.handle);
  app.services.messenger.use(new Map([['slack', adapter]]));
  // The outbox (invitations, digests, alerts) is sent as in production: right after each request.
  const scheduler = createScheduler(app.services, new Map([['slack', adapter]]), {
    graceMs: 3_600_000,
    expiryMs: 4 * 86_400_000,
    reminderAfterHours: 24,
    sleep: async (ms) => app.clock.advance(ms),
  });
  app.services.outbox.listen(() => void scheduler.flush());
  const port = adapter.port ?? 0;
  let n = 0;

  const command = (userId: string, text: string, channelId = `D${userId}`) => {
    n += 1;
    const responseUrl = slack.responseUrl(`cmd-${n}`);
    const sent = postToBolt(
      port,
      SECRET,
      slashCommandBody({
        team_id: TEAM,
        user_id: userId,
        channel_id: channelId,
        text,
        trigger_id: `trigger-${n}`,
        response_url: responseUrl,
      }),
      'application/x-www-form-urlencoded',
    );
    return { sent, responseUrl, path: `/response/cmd-${n}`, triggerId: `trigger-${n}` };
  };

  const action = (userId: string, element: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    n += 1;
    const path = `/response/act-${n}`;
    const sent = postToBolt(
      port,
      SECRET,
      interactionBody({
        type: 'block_actions',
        team: { id: TEAM },
        user: { id: userId, team_id: TEAM },
        channel: { id: `D${userId}` },
        container: { type: 'message' },
        trigger_id: `trigger-${n}`,
        response_url: slack.responseUrl(`act-${n}`),
        actions: [element],
        ...extra,
      }),
      'application/x-www-form-urlencoded',
    );
    return { sent, path, triggerId: `trigger-${n}` };
  };

  const button = (userId: string, actionId: string) =>
    action(userId, { type: 'button', action_id: actionId, block_id: 'b', value: actionId });

  const submitView = (userId: string, callbackId: string, answer: string, metadata = '{}') =>
    postToBolt(
      port,
      SECRET,
      interactionBody({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: userId, team_id: TEAM },
        view: {
          id: 'V0VIEW',
          callback_id: callbackId,
          private_metadata: metadata,
          state: { values: { answer: { answer: { type: 'plain_text_input', value: answer } } } },
        },
      }),
      'application/x-www-form-urlencoded',
    );

  const event = (inner: Record<string, unknown>) =>
    postToBolt(
      port,
      SECRET,
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM,
        api_app_id: 'A0APP',
        event_id: `Ev${++n}`,
        event_time: 1700000000,
        event: inner,
      }),
      'application/json',
    );

  const responseAt = (path: string) =>
    eventually(() => slack.responses.find((r) => r.path === path), `a reply at ${path}`);

  return {
    app,
    slack,
    adapter,
    port,
    command,
    action,
    button,
    submitView,
    event,
    responseAt,
    scheduler,
    async stop() {
      await scheduler.stop();
      await adapter.stop();
      await slack.close();
      app.cleanup();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;

/** All text of a Block Kit payload, for assertions. */
export function blockText(blocks: unknown): string {
  return (
    JSON.stringify(blocks ?? [])
      .match(/"text":"((?:[^"\\]|\\.)*)"/g)
      ?.map((m) => JSON.parse(`{${m}}`).text as string)
      .join('\n') ?? ''
  );
}

/** The action id in a Block Kit payload that matches `pattern` (throws, naming the payload, when none does). */
export function actionIn(blocks: unknown, pattern: RegExp): string {
  const found = JSON.stringify(blocks).match(new RegExp(`"action_id":"(${pattern.source})"`))?.[1];
  if (!found) throw new Error(`no action ${pattern} in ${JSON.stringify(blocks)}`);
  return found;
}

/**
 * U0TESS becomes a therapist, U0CAL stores answers (and, with `alerts`, allows safety alerts),
 * and U0CAL accepts U0TESS's invitation: the two are linked.
 */
export async function linkTessAndCal(h: SlackHarness, alerts = false): Promise<void> {
  await h.responseAt(h.command('U0TESS', 'help').path);
  h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'U0TESS'").run();
  await h.responseAt(h.button('U0CAL', 'v1:consent:store-yes').path);
  if (alerts) await h.responseAt(h.button('U0CAL', 'v1:consent:risk-yes').path);
  await h.responseAt(h.command('U0TESS', 'invite <@U0CAL>').path);
  const invitation = await eventually(
    () => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DU0CAL'),
    'the invitation DM',
  );
  await h.responseAt(h.button('U0CAL', actionIn(invitation.args.blocks, /v1:link-accept:\d+/)).path);
}
