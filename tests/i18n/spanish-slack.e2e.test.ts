import { afterEach, describe, expect, it } from 'vitest';
import type { MemberExport } from '../../src/data-rights/export';
import { actionIn, blockText, type SlackHarness, startSlackHarness } from '../adapters/slack/harness';
import { eventually } from '../fakes/slack-api';
import { englishIn } from './english';

let h: SlackHarness;

/** File names are the same in every language (a member's share preview names the therapist's files). */
const FILE_NAMES = ['between-share.md', 'checklist-by-week.png', /between-export-[\d-]+\.json/];
afterEach(async () => h.stop());

/** Every text Between put before a person on Slack: messages, replies, forms, files (not images). */
function everythingShown(): { where: string; text: string }[] {
  const shown: { where: string; text: string }[] = [];
  for (const call of h.slack.calls) {
    const { blocks, text, view, filename, title } = call.args as Record<string, unknown>;
    const parts = [blockText(blocks), blockText((view as { blocks?: unknown } | undefined)?.blocks)];
    if (view) parts.push(blockText([view]));
    for (const value of [text, filename, title]) if (typeof value === 'string') parts.push(value);
    shown.push({ where: call.method, text: parts.join('\n') });
  }
  for (const response of h.slack.responses) {
    shown.push({
      where: response.path,
      text: `${blockText(response.body.blocks)}\n${response.body.text ?? ''}`,
    });
  }
  for (const upload of h.slack.uploads) {
    // The export is data for the member to keep: its English keys are its format, its text is checked below.
    if (!upload.body.includes('PNG') && !/"format":\s*"between-export"/.test(upload.body)) {
      shown.push({ where: upload.path, text: upload.body });
    }
  }
  return shown;
}

describe('a Spanish-speaking practice on Slack', () => {
  it('a client and a therapist whose Slack is in Spanish go through the whole product in Spanish, without a setting', async () => {
    h = await startSlackHarness(new Date('2026-11-23T09:00:00Z'));
    h.slack.setProfile('U0ANA', { locale: 'es-LA', tz: 'America/Mexico_City' });
    h.slack.setProfile('U0TESS', { locale: 'es-ES', tz: 'Europe/Madrid' });

    // Ana: help, opt in (answers stored, no therapist alert), a schedule.
    const help = await h.responseAt(h.command('U0ANA', 'help').path);
    expect(blockText(help.body.blocks)).toMatch(/pequeñas reflexiones/i);
    const offer = await h.responseAt(h.command('U0ANA', 'optin').path);
    const risk = await h.responseAt(
      h.button('U0ANA', actionIn(offer.body.blocks, /v1:consent:store-yes/)).path,
    );
    await h.responseAt(h.button('U0ANA', actionIn(risk.body.blocks, /v1:consent:risk-no/)).path);
    const scheduled = await h.responseAt(h.command('U0ANA', 'schedule add lun 10:00 checklist').path);
    expect(blockText(scheduled.body.blocks)).toMatch(/lunes/);

    // The checklist comes at 10:00 in Mexico City, from the Slack profile's zone alone.
    h.app.clock.set(new Date('2026-11-23T16:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(1);
    const dm = await eventually(
      () => h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DU0ANA'),
      'the checklist DM',
    );
    await h.responseAt(
      h.action('U0ANA', {
        type: 'checkboxes',
        action_id: actionIn(dm.args.blocks, /v1:checklist:\d+/),
        block_id: 'c',
        selected_options: [{ value: 'over-apologising' }],
      }).path,
    );

    // A reflection, in a Spanish modal.
    const prompt = await h.responseAt(h.command('U0ANA', 'checkin').path);
    const press = h.button('U0ANA', actionIn(prompt.body.blocks, /v1:reflect:\d+/));
    const opened = await eventually(() => h.slack.callsTo('views.open')[0], 'the modal');
    const view = opened.args.view as { callback_id: string; private_metadata: string };
    await h.submitView('U0ANA', view.callback_id, 'Le pedí ayuda a mi hermana.', view.private_metadata);
    await h.responseAt(press.path);

    // Tess, a therapist, invites Ana; Ana accepts and shares both entries.
    await h.responseAt(h.command('U0TESS', 'help').path);
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'U0TESS'").run();
    await h.responseAt(h.command('U0TESS', 'invite <@U0ANA>').path);
    const invitation = await eventually(
      () =>
        h.slack.callsTo('chat.postMessage').find((c) => /v1:link-accept/.test(JSON.stringify(c.args.blocks))),
      'the invitation DM',
    );
    await h.responseAt(h.button('U0ANA', actionIn(invitation.args.blocks, /v1:link-accept:\d+/)).path);
    const draft = await h.responseAt(h.command('U0ANA', 'share').path);
    const entries =
      JSON.stringify(draft.body.blocks)
        .match(/"value":"(\d+)"/g)
        ?.map((m) => m.slice(9, -1)) ?? [];
    expect(entries).toHaveLength(2);
    const picked = await h.responseAt(
      h.action('U0ANA', {
        type: 'checkboxes',
        action_id: actionIn(draft.body.blocks, /v1:share-pick:\d+/),
        selected_options: entries.map((value) => ({ value })),
      }).path,
    );
    await h.responseAt(h.button('U0ANA', actionIn(picked.body.blocks, /v1:share-send:\d+/)).path);
    await eventually(
      () => (h.slack.callsTo('files.completeUploadExternal').length >= 2 ? true : undefined),
      'the digest and its files',
    );
    const digest = h.slack
      .callsTo('chat.postMessage')
      .find((c) => c.args.channel === 'DU0TESS' && /Compartido/.test(blockText(c.args.blocks)));
    expect(blockText(digest?.args.blocks)).toMatch(
      /^\*Compartido por <@U0ANA>[\s\S]*Le pedí ayuda a mi hermana\./,
    );

    // Ana looks around, exports, and erases everything.
    for (const command of ['home', 'settings', 'shared', 'schedule']) {
      await h.responseAt(h.command('U0ANA', command).path);
    }
    const warning = await h.responseAt(h.command('U0ANA', 'export').path);
    await h.responseAt(h.button('U0ANA', actionIn(warning.body.blocks, /v1:export/)).path);
    await eventually(
      () => (h.slack.callsTo('files.completeUploadExternal').length >= 3 ? true : undefined),
      'the export upload',
    );
    const offerDelete = await h.responseAt(h.command('U0ANA', 'delete').path);
    await h.responseAt(h.button('U0ANA', actionIn(offerDelete.body.blocks, /v1:delete:confirm/)).path);

    // The export: each prompt as Ana reads it, in Spanish; her own words as she wrote them.
    const upload = h.slack.uploads.find((u) => /"format":\s*"between-export"/.test(u.body))?.body ?? '';
    const exported = JSON.parse(
      upload.slice(upload.indexOf('{'), upload.lastIndexOf('}') + 1),
    ) as MemberExport;
    expect(exported.responses.map((r) => r.text ?? r.selected)).toEqual([
      ['over-apologising'],
      'Le pedí ayuda a mi hermana.',
    ]);
    for (const response of exported.responses) {
      expect(response.prompt).toBeTruthy();
      expect(englishIn(response.prompt ?? '')).toEqual([]);
    }

    const shown = everythingShown();
    expect(shown.length).toBeGreaterThan(30);
    const english = shown.flatMap(({ where, text }) =>
      englishIn(text, FILE_NAMES).map((words) => `${where}: …${words}…`),
    );
    expect(english).toEqual([]);
  }, 60_000);
});
