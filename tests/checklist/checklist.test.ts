import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseSelection, PULL_AWAY } from '../../src/checklist/checklist';
import { encodeAction } from '../../src/core/action-id';
import { alice, checklistOf, createTestApp, eventsFor, replyText, type TestApp } from '../fixtures/app';

const say = eventsFor(alice);
let app: TestApp;

beforeEach(async () => {
  app = createTestApp();
  await app.handle(say.action(encodeAction({ verb: 'consent', choice: 'store-yes' })));
});
afterEach(() => app.cleanup());

describe('the pull-away checklist', () => {
  it('offers the five behaviours, nothing pre-selected, with the self-reflection note and the follow-up', async () => {
    const reply = await app.handle(say.command('checklist'));
    const list = checklistOf(reply);
    expect(list.items.map((i) => i.id)).toEqual([
      'testing-if-people-leave',
      'hiding-needs',
      'over-apologising',
      'withdrawing-when-close',
      'bracing-for-good-to-end',
    ]);
    expect(list.selected).toEqual([]);
    expect(replyText(reply)).toMatch(/self-reflection aid, not a diagnosis/);
    expect(replyText(reply)).toMatch(/Reflect on what it protects/);
  });

  it('sets the stored state to the full selected set every time; it never toggles', async () => {
    const list = checklistOf(await app.handle(say.command('checklist')));
    await app.handle(say.action(list.id, ['hiding-needs', 'over-apologising']));
    // The platform sends the whole set again: the same item twice must stay selected, not flip off.
    const again = await app.handle(
      say.action(list.id, ['hiding-needs', 'over-apologising', 'withdrawing-when-close']),
    );
    expect(checklistOf(again).selected).toEqual([
      'hiding-needs',
      'over-apologising',
      'withdrawing-when-close',
    ]);
    const cleared = await app.handle(say.action(list.id, []));
    expect(checklistOf(cleared).selected).toEqual([]);
    const stored = app.services.answers.list(1);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.selected).toEqual([]);
  });

  it('renders what is stored, not what was sent: unknown ids are dropped and order follows the checklist', async () => {
    const list = checklistOf(await app.handle(say.command('checklist')));
    const reply = await app.handle(
      say.action(list.id, [
        'bracing-for-good-to-end',
        'made-up-item',
        'testing-if-people-leave',
        'bracing-for-good-to-end',
      ]),
    );
    expect(checklistOf(reply).selected).toEqual(['testing-if-people-leave', 'bracing-for-good-to-end']);
    expect(app.services.answers.list(1)[0]?.selected).toEqual([
      'testing-if-people-leave',
      'bracing-for-good-to-end',
    ]);
  });

  it('keeps each checklist message’s state apart', async () => {
    const first = checklistOf(await app.handle(say.command('checklist')));
    const second = checklistOf(await app.handle(say.command('checklist')));
    await app.handle(say.action(first.id, ['hiding-needs']));
    await app.handle(say.action(second.id, ['over-apologising']));
    expect(app.services.answers.list(1).map((r) => r.selected)).toEqual([
      ['hiding-needs'],
      ['over-apologising'],
    ]);
  });

  it('normalises a selection as a pure function', () => {
    const checklist = app.services.prompts.checklist(PULL_AWAY);
    if (!checklist) throw new Error('pull-away checklist missing');
    expect(normaliseSelection(checklist, [])).toEqual([]);
    expect(normaliseSelection(checklist, ['x', 'hiding-needs', 'hiding-needs'])).toEqual(['hiding-needs']);
  });
});
