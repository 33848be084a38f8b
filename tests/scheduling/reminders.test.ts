import { afterEach, describe, expect, it } from 'vitest';
import { formOf, replyText } from '../fixtures/app';
import { createHarness, type Harness } from './harness';

let h: Harness;
afterEach(() => h.cleanup());

/** ana has one reflection at 10:00 London time on Monday 23 November (no later slots). */
async function oneMondayPrompt(...settings: string[]) {
  h = createHarness(new Date('2026-11-23T09:00:00Z'));
  const ana = await h.member('ana', 'settings timezone Europe/London', 'schedule add mon 10:00', ...settings);
  await h.runUntil(new Date('2026-11-23T10:00:00Z'));
  const [prompt] = h.deliveriesOf('ana');
  if (!prompt) throw new Error('no prompt sent');
  return { ana, prompt };
}

describe('the one gentle reminder', () => {
  it('comes the next day at the same local time, worded without guilt, and answers the original', async () => {
    const { ana, prompt } = await oneMondayPrompt();
    await h.runUntil(new Date('2026-11-24T09:50:00Z'));
    expect(h.deliveriesOf('ana', 'reminders')).toEqual([]);
    await h.runUntil(new Date('2026-11-24T10:10:00Z'));
    const [reminder] = h.deliveriesOf('ana', 'reminders');
    expect(reminder).toMatchObject({
      kind: 'reminder',
      parentId: prompt.id,
      status: 'sent',
      promptId: prompt.promptId,
    });
    expect(reminder?.sentAt?.slice(0, 16)).toBe('2026-11-24T10:00');
    const last = h.platform.sentTo(ana.address).at(-1);
    const shown = last?.message.elements.map((e) => (e.kind === 'text' ? e.text : '')).join(' ') ?? '';
    expect(shown).toMatch(/A gentle nudge, in case this slipped past. It is also fine to let it go./);
    expect(shown).not.toMatch(/missed|forgot|streak|overdue/i);
    const buttons = last?.message.elements.find((e) => e.kind === 'buttons');
    expect(buttons?.kind === 'buttons' && buttons.buttons[0]?.id).toBe(`v1:reflect:${prompt.id}`);
  });

  it('never comes twice', async () => {
    await oneMondayPrompt();
    await h.runUntil(new Date('2026-11-29T00:00:00Z'), 30 * 60_000);
    expect(h.deliveriesOf('ana', 'reminders')).toHaveLength(1);
    expect(h.platform.sent).toHaveLength(2);
  });

  it('does not come once the prompt is answered', async () => {
    const { ana, prompt } = await oneMondayPrompt();
    const form = formOf(await h.app.handle(ana.say.action(`v1:reflect:${prompt.id}`)));
    expect(replyText(await h.app.handle(ana.say.submit(form.id, { answer: 'a short answer' })))).toMatch(
      /not stored/,
    );
    await h.runUntil(new Date('2026-11-26T00:00:00Z'));
    expect(h.deliveriesOf('ana', 'reminders')).toEqual([]);
  });

  it('does not come after “not today”', async () => {
    const { ana, prompt } = await oneMondayPrompt();
    await h.app.handle(ana.say.action(`v1:not-today:${prompt.id}`));
    await h.runUntil(new Date('2026-11-26T00:00:00Z'));
    expect(h.deliveriesOf('ana', 'reminders')).toEqual([]);
  });

  it('does not come when the member turned reminders off', async () => {
    await oneMondayPrompt('settings reminders off');
    await h.runUntil(new Date('2026-11-26T00:00:00Z'));
    expect(h.deliveriesOf('ana', 'reminders').map((r) => [r.status, r.statusReason])).toEqual([
      ['skipped', 'reminders-off'],
    ]);
    expect(h.platform.sent).toHaveLength(1);
  });

  it('does not come while the member is paused', async () => {
    const { ana } = await oneMondayPrompt();
    await h.app.handle(ana.say.command('pause for 3 days'));
    await h.runUntil(new Date('2026-11-27T00:00:00Z'));
    expect(h.deliveriesOf('ana', 'reminders').map((r) => r.statusReason)).toEqual(['paused']);
    expect(h.platform.sent).toHaveLength(1);
  });

  it('waits for the end of quiet hours', async () => {
    const { ana } = await oneMondayPrompt();
    await h.app.handle(ana.say.command('settings quiet 09:00-12:00'));
    await h.runUntil(new Date('2026-11-24T11:50:00Z'));
    expect(h.platform.sent).toHaveLength(1);
    await h.runUntil(new Date('2026-11-24T12:10:00Z'));
    expect(h.deliveriesOf('ana', 'reminders')[0]).toMatchObject({
      dueAt: '2026-11-24T12:00:00.000Z',
      status: 'sent',
    });
  });

  it('never comes after the prompt has expired', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'), { reminderAfterHours: 5 * 24 });
    await h.member('ana', 'schedule add mon 10:00');
    await h.runUntil(new Date('2026-11-30T00:00:00Z'), 30 * 60_000);
    expect(h.deliveriesOf('ana')[0]?.remindAt).toBeNull();
    expect(h.deliveriesOf('ana', 'reminders')).toEqual([]);
  });
});
