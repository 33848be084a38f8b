import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index';
import { eventually, startFakeSlack } from '../../fakes/slack-api';
import { startFakeSocketMode } from '../../fakes/slack-socket';
import { createTestApp, type TestApp } from '../../fixtures/app';
import { anyText, SEED } from '../../fixtures/arbitraries';
import { malformedSlackPayload } from '../../fixtures/slack-requests';
import { blockText } from './harness';

/**
 * Socket Mode, the default way Between runs on Slack, under malformed input: the same malformed
 * payloads the HTTP fuzz signs (`tests/e2e/fuzz.test.ts`), sent as envelopes through the real
 * Bolt SocketModeReceiver, plus broken envelopes and frames that are not JSON. Nothing may reach
 * the process as an unhandled rejection or uncaught exception, no log line may carry what a
 * payload said, and `/between help` is answered afterwards over the same socket. Seeded.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const MARKER = 'Marker-5e2a-what-a-member-wrote';

let app: TestApp;
let socket: Awaited<ReturnType<typeof startFakeSocketMode>>;
let slack: Awaited<ReturnType<typeof startFakeSlack>>;
let adapter: ReturnType<typeof createSlackAdapter>;
const faults: unknown[] = [];
const onFault = (error: unknown) => faults.push(error);

beforeAll(async () => {
  process.on('unhandledRejection', onFault);
  process.on('uncaughtException', onFault);
  app = createTestApp();
  socket = await startFakeSocketMode();
  slack = await startFakeSlack({ socketUrl: socket.url });
  adapter = createSlackAdapter({
    botToken: 'xoxb-t',
    appToken: 'xapp-t',
    apiUrl: slack.apiUrl,
    port: 0,
    log: app.logs.log,
  });
  await adapter.start(app.handle);
  await socket.connected;
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  await socket?.close();
  await slack?.close();
  app?.cleanup();
  process.off('unhandledRejection', onFault);
  process.off('uncaughtException', onFault);
}, 30_000);

describe('Slack Socket Mode under malformed envelopes, on the real Bolt', () => {
  it('acknowledges or drops each one without a fault, logs nothing a payload said, and still answers /between help', async () => {
    const payloads = fc.sample(malformedSlackPayload(MARKER), { numRuns: RUNS, seed: SEED });
    const sent: string[] = [];
    payloads.forEach((make, i) => {
      const { envelope, payload } = make(i, slack.responseUrl(`fuzz-${i}`));
      sent.push(socket.send(envelope, payload));
    });
    const frames = fc.sample(
      fc.oneof(
        anyText(200).map((t) => `${t}${MARKER}`),
        fc.constantFrom(
          '{}',
          'null',
          '[]',
          JSON.stringify({ type: 'slash_commands' }),
          JSON.stringify({ envelope_id: 'env-broken', type: 'interactive' }),
          JSON.stringify({ envelope_id: 'env-broken-2', type: 'events_api', payload: MARKER }),
          JSON.stringify({ envelope_id: 7, type: 'nonsense', payload: { marker: MARKER } }),
        ),
      ),
      { numRuns: 200, seed: SEED },
    );
    for (const frame of frames) socket.sendRaw(frame);

    // Every envelope the guard refuses is acknowledged, so that Slack does not send it again; the
    // rest Bolt acknowledges when a listener (or its error handler) takes it. An envelope no
    // listener matches (an action id that is not text) Bolt leaves unacknowledged, as over HTTP,
    // where it answers 404.
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    const refused = payloads
      .map((make, i) => ({ ...make(i, ''), id: sent[i] ?? '' }))
      .filter(
        ({ envelope, payload }) =>
          !isObject(payload) ||
          (envelope === 'events_api' && !isObject((payload as { event?: unknown }).event)),
      );
    expect(refused.length).toBeGreaterThan(0);
    await eventually(
      () => {
        if (faults.length > 0) throw faults[0];
        return refused.every(({ id }) => socket.acks.some((a) => a.envelope_id === id)) || undefined;
      },
      'an ack for every refused envelope',
      150_000,
    );
    const id = socket.slashCommand('help', slack.responseUrl('after-fuzz'));
    await eventually(() => socket.acks.find((a) => a.envelope_id === id), 'the help envelope ack');
    const reply = await eventually(
      () => slack.responses.find((r) => r.path === '/response/after-fuzz'),
      'the answer to /between help',
    );
    expect(blockText(reply.body.blocks)).toMatch(/a reflection prompt, now/);
    expect(faults).toEqual([]);
    expect(app.logs.lines.filter((l) => l.includes(MARKER))).toEqual([]);
    const acked = sent.filter((id) => socket.acks.some((a) => a.envelope_id === id)).length;
    process.stdout.write(
      `slack socket fuzz: ${payloads.length} malformed envelopes (${refused.length} refused by the guard, ${acked} acknowledged in all) and ${frames.length} broken frames, 0 faults\n`,
    );
  }, 240_000);
});
