import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/core/action-id';
import { COMMAND_NAMES, parseCommand } from '../../src/core/command';
import {
  alice,
  buttonId,
  createTestApp,
  eventsFor,
  formOf,
  replyText,
  shown,
  type TestApp,
} from '../fixtures/app';

const say = eventsFor(alice);
let app: TestApp;
const storedCount = () =>
  (app.sqlite.prepare('select count(*) as n from responses').get() as { n: number }).n;

beforeEach(async () => {
  app = createTestApp();
  await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
});
afterEach(() => app.cleanup());

async function openForm() {
  const prompt = await app.handle(say.command('checkin'));
  return formOf(await app.handle(say.action(buttonId(prompt, 'Write a reflection'))));
}

describe('parsing commands', () => {
  it.each([
    ['/between pause until 2026-12-28', 'pause', ['until', '2026-12-28']],
    ['between   CHECKIN  boundaries', 'checkin', ['boundaries']],
    ['settings quiet 21:00-07:00', 'settings', ['quiet', '21:00-07:00']],
    ['', 'help', []],
  ])('reads %j as %s %j', (input, name, args) => {
    expect(parseCommand(input)).toEqual({ name, args });
  });
});

describe('the command names the risk screen knows', () => {
  it('are exactly the subcommands the router answers', async () => {
    for (const name of COMMAND_NAMES) {
      expect(replyText(await app.handle(say.command(name))), name).not.toMatch(/I don’t know “/);
    }
    expect(replyText(await app.handle(say.command('scheduling')))).toMatch(/I don’t know “scheduling”/);
  });

  it("show no crisis card for a command's own words, and still show it for risk typed after one", async () => {
    for (const command of [
      'schedule add daily 10:00',
      'schedule add weekly mon 09:00',
      'settings quiet 21:30-08:00',
    ]) {
      expect(replyText(await app.handle(say.command(command))), command).not.toMatch(/988/);
    }
    expect(
      replyText(await app.handle(say.command('schedule add daily 10:00 i want to kill myself'))),
    ).toMatch(/988/);
  });
});

describe('bad input gets a clear, kind reply and loses nothing', () => {
  it('answers an unknown command with a pointer to help', async () => {
    expect(replyText(await app.handle(say.command('frobnicate now')))).toMatch(
      /I don’t know “frobnicate” yet. \/between help/,
    );
  });

  it('answers an overlong command without trying to read it', async () => {
    expect(replyText(await app.handle(say.command(`checkin ${'x'.repeat(600)}`)))).toMatch(
      /longer than I can read/,
    );
  });

  it('answers an unknown theme with the list of themes', async () => {
    expect(replyText(await app.handle(say.command('checkin gardening')))).toMatch(
      /pick one of: consistency, going-slow/,
    );
  });

  it.each([
    ['pause', /Until when would you like a pause/],
    ['pause until 2026-02-30', /2026-02-30 isn’t a date on the calendar/],
    ['pause until 2020-01-01', /already begun or passed/],
    ['pause until 2026-11-23', /already begun or passed/],
    ['pause until tomorrow', /didn’t understand that length/],
    ['pause for 0 days', /didn’t understand that length/],
    ['pause for 3 fortnights', /didn’t understand that length/],
    ['pause until 2029-01-01', /up to a year/],
  ])('explains a bad pause: %s', async (command, pattern) => {
    const reply = replyText(await app.handle(say.command(command)));
    expect(reply).toMatch(pattern);
    expect(reply).toMatch(/pause until 2026-12-28/);
  });

  it('keeps the form open with a kind error for an answer over 4000 characters, and nothing stored is lost', async () => {
    const first = await openForm();
    await app.handle(say.submit(first.id, { answer: 'an earlier answer' }));
    const form = await openForm();
    const reply = await app.handle(say.submit(form.id, { answer: 'y'.repeat(4001) }));
    expect(reply).toEqual({
      kind: 'form_errors',
      errors: {
        answer: expect.stringMatching(/4001 characters and the limit is 4000. Nothing was saved yet/),
      },
      locale: 'en',
    });
    expect(storedCount()).toBe(1);
  });

  it('accepts exactly 4000 characters', async () => {
    const form = await openForm();
    expect(replyText(await app.handle(say.submit(form.id, { answer: 'z'.repeat(4000) })))).toMatch(/Saved/);
  });

  it.each([[''], ['   \n\t  '], ['\u0000\u0007\u200b']])(
    'treats an empty answer (%j) gently',
    async (answer) => {
      const form = await openForm();
      const reply = await app.handle(say.submit(form.id, { answer }));
      expect(replyText(reply)).toMatch(/This looks empty. A few words is plenty/);
      expect(storedCount()).toBe(0);
    },
  );

  it('removes control characters from odd text but keeps emoji, accents and line breaks', async () => {
    const form = await openForm();
    await app.handle(say.submit(form.id, { answer: 'caf\u0065\u0301 \u0007ok\r\nsecond line 🌱' }));
    const [stored] = app.services.answers.list(1);
    expect(stored?.text).toBe('café ok\nsecond line 🌱');
  });

  it('treats a button from an old release or a forged id as expired and offers fresh ones', async () => {
    for (const id of ['v0:reflect:1', 'reflect:1', 'v1:reflect:abc', 'v1:nonsense', 'x'.repeat(200)]) {
      const reply = await app.handle(say.action(id));
      expect(replyText(reply)).toMatch(/This button has expired/);
      expect(buttonId(reply, 'A reflection prompt')).toBe(encodeAction({ verb: 'checkin' }));
    }
  });

  it('does not let one member act on another member’s prompt', async () => {
    const form = await openForm();
    const mallory = eventsFor({ platform: 'shell', workspaceId: 'local', userId: 'mallory' });
    const reply = await app.handle(mallory.submit(form.id, { answer: 'not mine to answer' }));
    expect(replyText(reply)).toMatch(/no longer available/);
    expect(storedCount()).toBe(0);
  });

  it('does not store free-text messages and says where reflections go instead', async () => {
    const reply = await app.handle(say.message('just saying hello'));
    expect(replyText(reply)).toMatch(/I don’t keep messages typed here/);
    // Buttons, not commands: in a Discord DM with server-only commands, /between does not exist.
    expect(replyText(reply)).not.toMatch(/\/between/);
    const prompt = await app.handle(say.action(buttonId(reply, 'Check in now')));
    expect(buttonId(prompt, 'Write a reflection')).toMatch(/^v1:reflect:/);
    expect(storedCount()).toBe(0);
  });

  it('answers an unsupported event without failing', async () => {
    const reply = await app.handle({ kind: 'unsupported', visibility: 'dm', reason: 'sticker', raw: {} });
    expect(replyText(reply)).toMatch(/can’t handle that kind of message/);
  });

  it('apologises without losing data when something unexpected breaks, and logs no answer text', async () => {
    const form = await openForm();
    await app.handle(say.submit(form.id, { answer: 'kept safe' }));
    const original = app.services.answers.add;
    app.services.answers.add = () => {
      throw new Error('disk full');
    };
    try {
      const again = await openForm();
      const reply = await app.handle(say.submit(again.id, { answer: 'Secret-Words-91' }));
      expect(replyText(reply)).toMatch(/Nothing you had stored was lost/);
    } finally {
      app.services.answers.add = original;
    }
    expect(app.services.answers.list(1).map((r) => r.text)).toEqual(['kept safe']);
    // The prompt is closed only with its answer stored: the failed one is still open.
    expect(app.sqlite.prepare('select count(*) as n from deliveries where closed_at is null').get()).toEqual({
      n: 1,
    });
    const logs = app.logs.lines.join('');
    expect(logs).toMatch(/event failed/);
    expect(logs).not.toContain('Secret-Words-91');
  });
});

describe('safety comes first', () => {
  it('replies with crisis resources, still saves a consented answer, and audits without the text', async () => {
    const form = await openForm();
    const reply = await shown(
      await app.handle(say.submit(form.id, { answer: 'Honestly I dont want to be here anymore' })),
    );
    const text = replyText(reply);
    expect(text).toMatch(/988/);
    expect(text).toMatch(/116 123/);
    expect(text).toMatch(/local emergency number/);
    expect(text).toMatch(/not a crisis service/);
    expect(text).toMatch(/What you wrote is kept privately, only for you/);
    expect(text).not.toMatch(/Saved, just for you/);
    expect(storedCount()).toBe(1);
    const audit = app.sqlite.prepare("select detail from audit_log where action = 'safety_event'").all();
    expect(audit).toEqual([{ detail: '{"resources":"shown"}' }]);
    expect(app.logs.lines.join('')).not.toContain('want to be here');
  });

  it('shows the crisis lines for the member’s region', async () => {
    await app.handle(say.command('settings region UK'));
    const reply = replyText(await app.handle(say.message('I keep thinking about suicide')));
    expect(reply).toMatch(/Samaritans free on 116 123/);
    expect(reply).toMatch(/999/);
    expect(reply).not.toMatch(/988/);
  });

  it('does not alarm on everyday figures of speech', async () => {
    const form = await openForm();
    const reply = await app.handle(say.submit(form.id, { answer: 'this homework is killing me' }));
    expect(replyText(reply)).not.toMatch(/988/);
    expect(app.sqlite.prepare("select * from audit_log where action = 'safety_event'").all()).toEqual([]);
  });
});

describe('logs', () => {
  it('never contain what a member wrote, across a whole session', async () => {
    const secret = 'Marigold-Secret-5521';
    const form = await openForm();
    await app.handle(say.submit(form.id, { answer: `${secret} and I want to die` }));
    await app.handle(say.message(`${secret} typed in a DM`));
    await app.handle(say.command(`checkin ${secret}`));
    await app.handle(say.command('export'));
    expect(app.logs.lines.length).toBeGreaterThan(0);
    expect(app.logs.lines.join('')).not.toContain(secret);
  });
});
