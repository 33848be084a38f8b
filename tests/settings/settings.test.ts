import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPaused, parseResumeDate } from '../../src/settings/pause';
import { members } from '../../src/storage/schema';
import { alice, createTestApp, eventsFor, replyText, type TestApp } from '../fixtures/app';

const say = eventsFor(alice);
let app: TestApp;
const member = () => app.sqlite.prepare('select * from members').get() as Record<string, unknown>;

beforeEach(() => {
  app = createTestApp(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => app.cleanup());

describe('pause, resume and skip', () => {
  it('pauses until a date, in the member’s own calendar', async () => {
    const reply = replyText(await app.handle(say.command('pause until 2026-12-28')));
    expect(reply).toMatch(/until Monday 28 December 2026; they start again that day/);
    expect(member().paused_until).toBe('2026-12-28');
  });

  it('pauses for a number of days or weeks', () => {
    const today = DateTime.fromISO('2026-11-23', { zone: 'Europe/London' });
    expect(parseResumeDate(['for', '2', 'weeks'], today).toISODate()).toBe('2026-12-07');
    expect(parseResumeDate(['3', 'days'], today).toISODate()).toBe('2026-11-26');
    expect(parseResumeDate(['until', '2027-01-01'], today).toISODate()).toBe('2027-01-01');
  });

  it('reads a pause written in Spanish, with or without accents, and still refuses a wrong unit', () => {
    const today = DateTime.fromISO('2026-11-23', { zone: 'America/Mexico_City' });
    expect(parseResumeDate(['por', '2', 'semanas'], today).toISODate()).toBe('2026-12-07');
    expect(parseResumeDate(['durante', '3', 'Días'], today).toISODate()).toBe('2026-11-26');
    expect(parseResumeDate(['1', 'dia'], today).toISODate()).toBe('2026-11-24');
    expect(parseResumeDate(['hasta', '2027-01-01'], today).toISODate()).toBe('2027-01-01');
    expect(() => parseResumeDate(['por', '2', 'meses'], today, 'es')).toThrow(/bad pause/);
    expect(() => parseResumeDate(['para', '2', 'semanas'], today, 'es')).toThrow(/bad pause/);
  });

  it('counts a pause as over from the resume date in the member’s zone, not UTC', async () => {
    await app.handle(say.command('settings timezone Pacific/Auckland'));
    await app.handle(say.command('pause until 2026-11-25'));
    const m = app.services.db.select().from(members).get();
    if (!m) throw new Error('member missing');
    expect(m.pausedUntil).toBe('2026-11-25');
    // 2026-11-24T11:00Z is already 2026-11-25 00:00 in Auckland (UTC+13).
    expect(isPaused(m, new Date('2026-11-24T10:59:00Z'))).toBe(true);
    expect(isPaused(m, new Date('2026-11-24T11:00:00Z'))).toBe(false);
  });

  it('resumes early and says so when there was no pause', async () => {
    expect(replyText(await app.handle(say.command('resume')))).toMatch(/aren’t paused/);
    await app.handle(say.command('pause for 1 week'));
    expect(replyText(await app.handle(say.command('resume')))).toMatch(/Welcome back/);
    expect(member().paused_until).toBeNull();
  });

  it('skips the next scheduled prompt without asking why', async () => {
    expect(replyText(await app.handle(say.command('skip')))).toMatch(
      /next scheduled prompt will be skipped. No need to explain/,
    );
    expect(member().skip_next).toBe(1);
  });
});

describe('settings', () => {
  it('shows the current settings and how to change them', async () => {
    const reply = replyText(await app.handle(say.command('settings')));
    expect(reply).toMatch(/Time zone: UTC/);
    expect(reply).toMatch(/Quiet hours: none/);
    expect(reply).toMatch(/settings timezone Europe\/London/);
  });

  it.each([
    ['settings timezone America/New_York', 'time_zone', 'America/New_York'],
    ['settings tz europe/london', 'time_zone', 'Europe/London'],
    ['settings quiet 21:30-08:00', 'quiet_start', '21:30'],
    ['settings region uk', 'region', 'GB'],
    ['settings region other', 'region', null],
    ['settings reminders off', 'reminders_enabled', 0],
    [
      'settings offlimits rupture-and-repair boundaries',
      'off_limits_themes',
      '["rupture-and-repair","boundaries"]',
    ],
  ])('%s', async (command, column, value) => {
    expect(replyText(await app.handle(say.command(command)))).toMatch(/^Saved/);
    expect(member()[column]).toBe(value);
  });

  it.each([
    ['settings timezone Mars/Olympus', /isn’t a time zone I know/],
    ['settings quiet 25:00-07:00', /Quiet hours look like 21:30-08:00/],
    ['settings quiet 9pm-7am', /Quiet hours look like/],
    ['settings quiet 07:00-07:00', /Quiet hours look like/],
    ['settings offlimits gardening', /Themes to mark off-limits/],
    ['settings region Mars', /Region can be US, UK, IE, ES, MX, AR, CO, CL, CA, AU, NZ or other/],
    ['settings reminders sometimes', /Reminders can be “on” or “off”/],
    ['settings colour blue', /I can change these/],
  ])('explains a bad value: %s', async (command, pattern) => {
    expect(replyText(await app.handle(say.command(command)))).toMatch(pattern);
  });

  it('never sends a prompt from an off-limits theme', async () => {
    const allowed = ['boundaries'];
    const offLimits = app.services.prompts.themes.map((t) => t.id).filter((t) => !allowed.includes(t));
    await app.handle(say.command(`settings offlimits ${offLimits.join(' ')}`));
    for (let i = 0; i < 12; i++) {
      const reply = replyText(await app.handle(say.command('checkin')));
      const prompt = app.services.prompts.reflections.find((p) => reply.includes(p.text));
      expect(prompt?.theme).toBe('boundaries');
    }
    expect(replyText(await app.handle(say.command('checkin shame-free')))).toMatch(
      /marked “shame-free” as off-limits/,
    );
  });

  it('says so when every theme is off-limits', async () => {
    const all = app.services.prompts.themes.map((t) => t.id);
    await app.handle(say.command(`settings offlimits ${all.join(' ')}`));
    expect(replyText(await app.handle(say.command('checkin')))).toMatch(/Every theme is marked off-limits/);
  });
});
