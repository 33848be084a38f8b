import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index';
import { eventually, startFakeSlack } from '../../fakes/slack-api';
import { startFakeSocketMode } from '../../fakes/slack-socket';
import { createTestApp } from '../../fixtures/app';

/** What the health endpoint asks the real Slack adapter (real Bolt, fakes on 127.0.0.1). */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the Slack adapter says whether it is connected', () => {
  it('in Socket Mode: while the socket is open, not once Slack has gone', async () => {
    const app = createTestApp();
    const socket = await startFakeSocketMode();
    const slack = await startFakeSlack({ socketUrl: socket.url });
    cleanups.push(app.cleanup, () => slack.close());
    const adapter = createSlackAdapter({
      botToken: 'xoxb-t',
      appToken: 'xapp-t',
      apiUrl: slack.apiUrl,
      port: 0,
      log: app.logs.log,
    });
    expect(adapter.connected?.()).toBe(false);
    await adapter.start(app.handle);
    cleanups.push(() => adapter.stop());
    await socket.connected;
    await eventually(() => adapter.connected?.(), 'the socket to be open');
    await socket.close();
    await eventually(() => adapter.connected?.() === false, 'the adapter to notice the socket closed');
  });

  it('in HTTP mode: while its server listens, not after a stop', async () => {
    const app = createTestApp();
    const slack = await startFakeSlack();
    cleanups.push(app.cleanup, () => slack.close());
    const adapter = createSlackAdapter({
      botToken: 'xoxb-t',
      signingSecret: 'secret',
      apiUrl: slack.apiUrl,
      port: 0,
      log: app.logs.log,
    });
    await adapter.start(app.handle);
    expect(adapter.connected?.()).toBe(true);
    await adapter.stop();
    expect(adapter.connected?.()).toBe(false);
  });
});
