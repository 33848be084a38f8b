import { afterEach, describe, expect, it } from 'vitest';
import { eventually, interactionBody, postToBolt, slashCommandBody } from '../../fakes/slack-api';
import { blockText, SECRET, type SlackHarness, startSlackHarness } from './harness';

const MEMBER_TEXT = 'what-ana-wrote-8e41';
const FORM = 'application/x-www-form-urlencoded';

let h: SlackHarness;
afterEach(async () => h.stop());

const logLines = (words: string) => h.app.logs.lines.filter((l) => l.includes(words));

describe('Slack’s edge, on the real Bolt app', () => {
  it('answers a signed body that is not an object with 400 (Bolt would throw on it outside every try)', async () => {
    h = await startSlackHarness();
    for (const [body, type] of [
      ['null', 'application/json'],
      ['[1,2]', 'application/json'],
      ['"text"', 'application/json'],
      [interactionBody(null), FORM],
    ] as const) {
      expect((await postToBolt(h.port, SECRET, body, type)).status).toBe(400);
    }
    // Unsigned, it is refused as Bolt always refuses what is not signed.
    expect(
      (await postToBolt(h.port, SECRET, 'null', 'application/json', { signature: 'v0=00' })).status,
    ).toBe(401);
    expect(logLines('slack request refused: a signed body that is not an object')).toHaveLength(4);
    const cmd = h.command('U0ANA', 'help');
    expect(blockText((await h.responseAt(cmd.path)).body.blocks)).toMatch(/a reflection prompt, now/);
  });

  it('keeps Bolt’s warnings about a body it cannot parse free of what the body said', async () => {
    h = await startSlackHarness();
    // Node's JSON.parse quotes the start of what it could not read ("what-ana-w"... is not valid JSON).
    const sent = await postToBolt(h.port, SECRET, `${MEMBER_TEXT} {"text": 1}`, 'application/json');
    expect(sent.status).toBe(400);
    expect(logLines('Malformed request body')).toHaveLength(1);
    expect(h.app.logs.lines.join('')).not.toContain(MEMBER_TEXT.slice(0, 8));
  });

  it('answers a command that breaks the schema in place, kindly, and logs one calm line', async () => {
    h = await startSlackHarness();
    const sent = await postToBolt(
      h.port,
      SECRET,
      slashCommandBody({
        team_id: 'T0TEAM',
        channel_id: 'C0GENERAL',
        text: MEMBER_TEXT,
        response_url: h.slack.responseUrl('broken'),
      }),
      FORM,
    );
    expect(sent.status).toBe(200);
    const reply = await h.responseAt('/response/broken');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(reply.body.blocks)).toMatch(/Sorry, I can’t handle that kind of message/);
    expect(logLines('slack request not used').map((l) => JSON.parse(l).reason)).toEqual([
      'malformed slash command',
    ]);
    expect(h.app.sqlite.prepare('select count(*) as n from members').get()).toEqual({ n: 0 });
    expect(h.app.logs.lines.join('')).not.toContain(MEMBER_TEXT);
  });

  it('never posts to a response URL that is not a URL, and answers nothing it cannot place', async () => {
    h = await startSlackHarness();
    const sent = await postToBolt(
      h.port,
      SECRET,
      interactionBody({
        type: 'block_actions',
        user: { id: 'U0ANA' },
        response_url: `javascript:${MEMBER_TEXT}`,
        actions: [{ type: 'button', action_id: 'v1:help' }],
      }),
      FORM,
    );
    expect(sent.status).toBe(200);
    const cmd = h.command('U0ANA', 'help');
    await h.responseAt(cmd.path);
    expect(h.slack.responses).toHaveLength(1);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('reads the Home tab only through its schema: an event without a user opens nothing', async () => {
    h = await startSlackHarness();
    expect((await h.event({ type: 'app_home_opened', tab: 'home', user: { id: MEMBER_TEXT } })).status).toBe(
      200,
    );
    expect((await h.event({ type: 'app_home_opened', tab: 'home', user: 'U0ANA' })).status).toBe(200);
    const published = await eventually(() => h.slack.callsTo('views.publish')[0], 'the Home tab');
    expect(published.args.user_id).toBe('U0ANA');
    expect(h.slack.callsTo('views.publish')).toHaveLength(1);
  });
});
