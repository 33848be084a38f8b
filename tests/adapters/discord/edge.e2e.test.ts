import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord';
import { createTestApp, type TestApp } from '../../fixtures/app';

const ANA = '1300000000000000501';
const SORRY = /Sorry, I can’t handle that kind of message/;
const MEMBER_TEXT = 'what-ana-wrote-3b9a';

let app: TestApp;
let fake: FakeDiscord;
let stop: () => Promise<void>;

async function start() {
  app = createTestApp();
  fake = await startFakeDiscord();
  const adapter = createDiscordAdapter({
    token: 'test-token',
    apiUrl: fake.apiUrl,
    guildId: fake.guild.id,
    log: app.logs.log,
  });
  await adapter.start(app.handle);
  stop = async () => {
    await adapter.stop();
    await fake.close();
    app.cleanup();
  };
}

afterEach(async () => stop());

/** A copy of a real payload, changed by `change`, under a fresh id; dispatched as it is. */
function dispatchChanged(
  payload: Record<string, unknown>,
  change: (p: Record<string, unknown>) => void,
  id: string,
) {
  const copy = structuredClone(payload);
  copy.id = id;
  change(copy);
  fake.dispatch('INTERACTION_CREATE', copy);
  return id;
}

const members = () => app.sqlite.prepare('select count(*) as n from members').get();
const logLines = (words: string) => app.logs.lines.filter((l) => l.includes(words));

describe('Discord’s edge: every gateway payload is read with the schema before anything reads it', () => {
  it('answers an interaction whose member roles are not a list kindly and privately, and uses nothing of it', async () => {
    await start();
    const help = fake.slashCommand({ userId: ANA, subcommand: 'help', guildId: fake.guild.id });
    await fake.callbackFor(help.id);
    const id = dispatchChanged(
      help.payload,
      (p) => {
        (p.member as { roles: unknown }).roles = MEMBER_TEXT;
      },
      '1400000000000000001',
    );
    const reply = await fake.callbackFor(id);
    expect(reply).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(JSON.stringify(reply.data)).toMatch(SORRY);
    const [line] = logLines('discord interaction unreadable');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 40, field: 'member.roles', type: 2 });
    expect(app.logs.lines.join('')).not.toContain(MEMBER_TEXT);
  });

  it('says nothing to a payload too broken to name the interaction, and logs one calm line', async () => {
    await start();
    fake.dispatch('INTERACTION_CREATE', null);
    fake.dispatch('INTERACTION_CREATE', {
      id: '1400000000000000002',
      token: '../../channels/1/messages',
      type: 2,
    });
    const help = fake.slashCommand({ userId: ANA, subcommand: 'help', guildId: fake.guild.id });
    expect((await fake.callbackFor(help.id)).type).toBe(4);
    expect(fake.requests.filter((r) => r.path.includes('1400000000000000002'))).toEqual([]);
    expect(logLines('discord interaction unreadable')).toHaveLength(2);
    expect(members()).toEqual({ n: 1 });
  });

  it('answers kindly an interaction that discord.js drops without a word (a button in a category channel)', async () => {
    await start();
    const button = fake.button({ userId: ANA, customId: 'v1:help', guildId: fake.guild.id });
    await fake.callbackFor(button.id);
    const id = dispatchChanged(
      button.payload,
      (p) => {
        p.channel = { ...(p.channel as object), id: '1300000000000000777', type: 4 };
        p.channel_id = '1300000000000000777';
      },
      '1400000000000000003',
    );
    expect(JSON.stringify((await fake.callbackFor(id)).data)).toMatch(SORRY);
  });

  it('contains a throw inside discord.js for another gateway event, logs it calmly and keeps answering', async () => {
    await start();
    fake.dispatch('USER_UPDATE', { [MEMBER_TEXT]: true });
    fake.dispatch('GUILD_ROLE_CREATE', { guild_id: fake.guild.id, role: null, note: MEMBER_TEXT });
    const help = fake.slashCommand({ userId: ANA, subcommand: 'help', guildId: fake.guild.id });
    expect((await fake.callbackFor(help.id)).type).toBe(4);
    const contained = logLines('discord.js failed on a gateway event: contained').map((l) => JSON.parse(l));
    expect(contained.map((l) => l.event)).toEqual(['USER_UPDATE', 'GUILD_ROLE_CREATE']);
    expect(contained[0].at[0]).toMatch(/^discord\.js\/src\/client\/actions\/UserUpdate\.js:\d+:\d+$/);
    expect(app.logs.lines.join('')).not.toContain(MEMBER_TEXT);
  });

  it('does not use a DM whose payload breaks the schema, and still answers the next one', async () => {
    await start();
    fake.dispatch('MESSAGE_CREATE', {
      id: '1400000000000000004',
      channel_id: fake.dmChannelId(ANA),
      channel_type: 1,
      author: { id: ANA, username: 7 },
      content: MEMBER_TEXT,
    });
    const dm = fake.directMessage({ userId: ANA, content: 'hello' });
    await fake.waitForRequest(`POST /channels/${dm.channelId}/messages`);
    expect(fake.requestsTo('POST /channels/{id}/messages')).toHaveLength(1);
    expect(JSON.parse(logLines('discord message unreadable')[0] ?? '{}')).toMatchObject({
      field: 'author.username',
    });
    expect(app.logs.lines.join('')).not.toContain(MEMBER_TEXT);
  });
});
