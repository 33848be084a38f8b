import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../fakes/slack-api';
import { actionIn, blockText, linkTessAndCal, type SlackHarness, startSlackHarness } from './harness';

let h: SlackHarness;
afterEach(async () => h.stop());

const RISK = 'Quokka-words: honestly i want to die';
const CARD = /It sounds like things may be very hard right now/;

describe('the crisis card in Slack, on the real Bolt app', () => {
  it('leads the reply to a failing command that carried risk text', async () => {
    h = await startSlackHarness();
    const reply = await h.responseAt(h.command('U0CAL', `gibberish ${RISK}`).path);
    const words = blockText(reply.body.blocks);
    expect(words).toMatch(CARD);
    expect(words).toMatch(/I don’t know “gibberish”/);
    expect(words.search(CARD)).toBeLessThan(words.search(/I don’t know/));
    expect(reply.body.response_type).toBe('ephemeral');
  });

  it('is not replaced by a form: the command that opens one answers with the card and a button', async () => {
    h = await startSlackHarness();
    const reply = await h.responseAt(h.command('U0CAL', `note ${RISK}`).path);
    expect(blockText(reply.body.blocks)).toMatch(CARD);
    expect(actionIn(reply.body.blocks, /v1:note/)).toBe('v1:note');
    expect(h.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('keeps a too-long modal open with its error and posts the card beside it', async () => {
    h = await startSlackHarness();
    const prompt = await h.responseAt(h.command('U0CAL', 'checkin').path);
    const press = h.button('U0CAL', actionIn(prompt.body.blocks, /v1:reflect:\d+/));
    const opened = await eventually(() => h.slack.callsTo('views.open').at(-1), 'the modal');
    await press.sent;
    const view = opened.args.view as { callback_id: string };
    const ack = await h.submitView('U0CAL', view.callback_id, `${RISK} ${'x'.repeat(4100)}`);
    expect(JSON.parse(ack.text)).toMatchObject({ response_action: 'errors' });
    const card = await eventually(
      () => h.slack.callsTo('chat.postMessage').find((c) => CARD.test(blockText(c.args.blocks))),
      'the card in the DM',
    );
    expect(card.args.channel).toBe('DU0CAL');
  });

  it('acknowledges a modal at once and shows the card, while a slow therapist alert is still on its way', async () => {
    h = await startSlackHarness();
    const scheduler = h.scheduler;
    await linkTessAndCal(h, true);

    // Slack is slow to answer posts to the therapist: the alert must not hold up the client.
    const slow = h.slack.hold('chat.postMessage', (args) => args.channel === 'DU0TESS');
    const prompt = await h.responseAt(h.command('U0CAL', 'checkin').path);
    const press = h.button('U0CAL', actionIn(prompt.body.blocks, /v1:reflect:\d+/));
    const opened = await eventually(() => h.slack.callsTo('views.open').at(-1), 'the modal');
    await press.sent;
    const view = opened.args.view as { callback_id: string };
    const ack = await h.submitView('U0CAL', view.callback_id, RISK);
    expect(ack.status).toBe(200);
    const card = await eventually(
      () => h.slack.callsTo('chat.postMessage').find((c) => CARD.test(blockText(c.args.blocks))),
      'the card',
    );
    expect(card.args.channel).toBe('DU0CAL');
    // The alert went out only after the card, and Slack has not answered it yet.
    const alert = await eventually(
      () =>
        h.slack
          .callsTo('chat.postMessage')
          .find((c) => /crisis lines/.test(blockText(c.args.blocks)) && c.args.channel === 'DU0TESS'),
      'the alert request',
    );
    expect(h.slack.calls.indexOf(alert)).toBeGreaterThan(h.slack.calls.indexOf(card));
    expect(blockText(alert.args.blocks)).toMatch(/Between showed crisis lines to/);
    expect(blockText(alert.args.blocks)).not.toContain('Quokka');
    const status = () =>
      h.app.sqlite.prepare("select status from deliveries where kind = 'safety_alert'").get() as {
        status: string;
      };
    expect(status().status).toBe('sending');
    slow.release();
    await scheduler.flush();
    await eventually(() => (status().status === 'sent' ? true : undefined), 'the alert marked sent');
  });
});
