import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventually } from '../../fakes/slack-api';
import { type SlackHarness, startSlackHarness } from './harness';

/** The manifest an admin pastes into Slack: what real workspaces need from it. */
const manifest = parse(
  readFileSync(new URL('../../../adapters/slack/manifest.yml', import.meta.url), 'utf8'),
);

let h: SlackHarness | undefined;
afterEach(async () => h?.stop());

describe('the Slack app manifest', () => {
  it('escapes /between, so that "@casey" arrives as a user Between can find', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/between', should_escape: true }),
    ]);
  });

  it('asks for every scope the adapter uses, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['chat:write', 'commands', 'files:write', 'im:history', 'im:write', 'users:read'].sort(),
    );
  });

  it('an escaped mention (<@U…|name>) invites that user', async () => {
    h = await startSlackHarness();
    await h.responseAt(h.command('U0TESS', 'help').path);
    await h.responseAt(h.command('U0CAL', 'help').path);
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = 'U0TESS'").run();
    const reply = await h.responseAt(h.command('U0TESS', 'invite <@U0CAL|casey>').path);
    expect(JSON.stringify(reply.body)).toMatch(/Invitation on its way/);
    await eventually(
      () => h?.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DU0CAL'),
      'the invitation DM',
    );
  });
});
