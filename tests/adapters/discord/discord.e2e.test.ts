import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index';
import type { MemberExport } from '../../../src/data-rights/export';
import { createScheduler } from '../../../src/scheduling/scheduler';
import { chatAdapterContract } from '../../contract/chat-adapter.contract';
import { discordErrors, type FakeDiscord, startFakeDiscord } from '../../fakes/discord';
import { captureLogs, createTestApp, type TestApp } from '../../fixtures/app';
import { englishIn } from '../../i18n/english';

const ANA = '1300000000000000501';
const BEN = '1300000000000000502';
/** A second server the bot is in, for a person in two communities. */
const HARBOUR = { id: '1300000000000000110', name: 'Harbour Practice', channelId: '1300000000000000210' };

async function startDiscordHarness(
  start = new Date('2026-11-23T09:00:00Z'),
  options: { guild?: boolean; restTimeoutMs?: number; otherGuilds?: (typeof HARBOUR)[] } = {},
) {
  const app: TestApp = createTestApp(start);
  const fake: FakeDiscord = await startFakeDiscord(
    options.otherGuilds ? { otherGuilds: options.otherGuilds } : {},
  );
  const adapter = createDiscordAdapter({
    token: 'test-token',
    apiUrl: fake.apiUrl,
    ...(options.guild === false ? {} : { guildId: fake.guild.id }),
    ...(options.restTimeoutMs ? { restTimeoutMs: options.restTimeoutMs } : {}),
    log: app.logs.log,
  });
  await adapter.start(app.handle);
  app.services.messenger.use(new Map([['discord', adapter]]));
  const scheduler = createScheduler(app.services, new Map([['discord', adapter]]), {
    graceMs: 3_600_000,
    expiryMs: 4 * 86_400_000,
    reminderAfterHours: 24,
    sleep: async (ms) => app.clock.advance(ms),
  });
  app.services.outbox.listen(() => void scheduler.flush());
  const command = (
    userId: string,
    subcommand: string,
    options: Record<string, string | { user: string }> = {},
    inGuild = true,
  ) =>
    fake.slashCommand({
      userId,
      subcommand,
      options,
      ...(inGuild ? { guildId: fake.guild.id, channelId: fake.guild.channelId } : {}),
    });
  const replyTo = async (sent: { id: string }) => fake.callbackFor(sent.id);
  /** A second Between process against the same fake Discord and database (a restart); stop it yourself. */
  const startAnother = async () => {
    const another = createDiscordAdapter({
      token: 'test-token',
      apiUrl: fake.apiUrl,
      guildId: fake.guild.id,
      log: captureLogs().log,
    });
    await another.start(app.handle);
    return another;
  };
  let stopped = false;
  return {
    app,
    fake,
    adapter,
    scheduler,
    command,
    replyTo,
    startAnother,
    /** Safe to call again (the afterEach of a test that started no harness of its own). */
    async stop() {
      if (stopped) return;
      stopped = true;
      await scheduler.stop();
      await adapter.stop();
      await fake.close();
      app.cleanup();
    },
  };
}

type Harness = Awaited<ReturnType<typeof startDiscordHarness>>;
let h: Harness;
afterEach(async () => h.stop());

const textOf = (data: unknown) => JSON.stringify(data);
const customIdIn = (data: unknown, pattern: RegExp) => {
  const found = JSON.stringify(data).match(new RegExp(`"custom_id":"(${pattern.source})"`))?.[1];
  if (!found) throw new Error(`no custom_id matching ${pattern} in ${JSON.stringify(data)}`);
  return found;
};

describe('Discord, on the real discord.js client', () => {
  it('registers /between in the community’s server, idempotently', async () => {
    h = await startDiscordHarness();
    const first = h.fake.requestsTo('PUT /applications/{app}/guilds/{guild}/commands');
    expect(first).toHaveLength(1);
    const registered = first[0]?.body as { name: string; options: { name: string }[] }[];
    expect(registered[0]?.name).toBe('between');
    expect(registered[0]?.options.map((o) => o.name)).toContain('checklist');
    const again = await h.startAnother();
    const bodies = h.fake
      .requestsTo('PUT /applications/{app}/guilds/{guild}/commands')
      .map((r) => JSON.stringify(r.body));
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    await again.stop();
  });

  it('registers the Spanish descriptions (es-ES, es-419) with English names, and a changed one reaches Discord', async () => {
    h = await startDiscordHarness();
    type Sent = {
      name: string;
      description: string;
      description_localizations?: Record<string, string>;
      name_localizations?: unknown;
      options?: Sent[];
    };
    const every = (c: Sent): Sent[] => [c, ...(c.options ?? []).flatMap(every)];
    const [sent] = h.fake.requestsTo('PUT /applications/{app}/guilds/{guild}/commands');
    const between = (sent?.body as Sent[] | undefined)?.[0];
    if (!between) throw new Error('no /between registered');
    expect(between.description).toBe('Small reflections between therapy sessions (private by default)');
    expect(between.description_localizations).toEqual({
      'es-ES': 'Pequeñas reflexiones entre sesiones de terapia (privadas por defecto)',
      'es-419': 'Pequeñas reflexiones entre sesiones de terapia (privadas por defecto)',
    });
    const pause = between.options?.find((o) => o.name === 'pause');
    expect(pause?.description_localizations?.['es-419']).toBe('ninguna pregunta hasta esa fecha');
    expect(pause?.options?.[0]?.description_localizations?.['es-ES']).toMatch(
      /^until 2026-12-28 \(hasta esa fecha\)/,
    );
    for (const node of every(between)) {
      expect(Object.keys(node.description_localizations ?? {}).sort(), node.name).toEqual([
        'es-419',
        'es-ES',
      ]);
      expect(node.name_localizations, node.name).toBeUndefined();
    }
    // Discord holds a Spanish description from an earlier version: the next start overwrites the
    // whole definition (no comparison that could skip it), and the slash command still works.
    const stored = h.fake.commands.get(h.fake.guild.id)?.[0] as Sent | undefined;
    if (!stored?.description_localizations) throw new Error('the fake stored no localizations');
    stored.description_localizations = { 'es-ES': 'una versión anterior', 'es-419': 'una versión anterior' };
    const again = await h.startAnother();
    const puts = h.fake.requestsTo('PUT /applications/{app}/guilds/{guild}/commands');
    expect(puts).toHaveLength(2);
    expect(JSON.stringify(puts[1]?.body)).toBe(JSON.stringify(sent?.body));
    const now = h.fake.commands.get(h.fake.guild.id)?.[0] as Sent | undefined;
    expect(now?.description_localizations?.['es-ES']).toBe(between.description_localizations?.['es-ES']);
    // The re-registered command still answers (the fake's gateway now speaks to the new client).
    const reply = await h.replyTo(h.command(ANA, 'help'));
    expect(textOf(reply.data)).toMatch(/a reflection prompt, now/);
    await again.stop();
  });

  it('answers /between in a server ephemerally, with no mentions allowed', async () => {
    h = await startDiscordHarness();
    const reply = await h.replyTo(h.command(ANA, 'help'));
    expect(reply.type).toBe(4);
    expect(reply.data).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(textOf(reply.data)).toMatch(/a reflection prompt, now/);
    expect(h.fake.requestsTo('POST /channels/{id}/messages')).toEqual([]);
  });

  it('answers a stale custom id with a fresh start', async () => {
    h = await startDiscordHarness();
    const reply = await h.replyTo(h.fake.button({ userId: ANA, customId: 'between:old-button:7' }));
    expect(textOf(reply.data)).toMatch(/This button has expired/);
    expect(customIdIn(reply.data, /v1:checkin/)).toBe('v1:checkin');
  });

  it('answers a typed DM in the DM, with crisis lines for risk language, storing nothing', async () => {
    h = await startDiscordHarness();
    const dm = h.fake.directMessage({ userId: ANA, content: 'honestly i dont want to be here anymore' });
    const post = await h.fake.waitForRequest(`POST /channels/${dm.channelId}/messages`);
    expect(textOf(post.body)).toMatch(/988[\s\S]*116 123[\s\S]*I don’t keep messages typed here/);
    expect((post.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(h.app.sqlite.prepare('select count(*) as n from responses').get()).toEqual({ n: 0 });
  });

  it('answers a DM from someone outside the community server kindly, still with crisis lines, and makes no member', async () => {
    h = await startDiscordHarness();
    const STRANGER = '1400000000000000999';
    h.fake.notInGuild(STRANGER);
    const dm = h.fake.directMessage({ userId: STRANGER, content: 'i want to die' });
    const post = await h.fake.waitForRequest(`POST /channels/${dm.channelId}/messages`);
    expect(textOf(post.body)).toMatch(/988[\s\S]*you are not in it, so I have kept nothing/);
    const command = await h.replyTo(h.command(STRANGER, 'help', {}, false));
    expect(textOf(command.data)).toMatch(/you are not in it, so I have kept nothing/);
    expect(
      h.app.sqlite.prepare('select count(*) as n from members where platform_user_id = ?').get(STRANGER),
    ).toEqual({ n: 0 });
    // Asked once, then remembered.
    expect(h.fake.requests.filter((r) => r.path.includes(`/members/${STRANGER}`))).toHaveLength(1);
    // A member's DM goes on as before.
    const ok = await h.replyTo(h.command(ANA, 'help', {}, false));
    expect(textOf(ok.data)).toMatch(/Between: small reflections between therapy sessions/);
  });

  it('marks a blocked DM (50007) failed, never posts in the server, and tells the member privately next time', async () => {
    h = await startDiscordHarness();
    for (const user of [ANA, BEN]) {
      await h.replyTo(h.command(user, 'schedule', { details: 'add mon 10:00' }));
      await h.replyTo(h.command(user, 'settings', { details: 'reminders off' }));
    }
    h.fake.failNext(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`, discordErrors.cannotDm());
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    await h.scheduler.tick();
    const status = (user: string) =>
      h.app.sqlite
        .prepare(
          "select d.status, d.status_reason as reason from deliveries d join members m on m.id = d.member_id where m.platform_user_id = ? and d.slot_key not like 'adhoc:%'",
        )
        .get(user);
    expect(status(ANA)).toEqual({ status: 'failed', reason: 'dm-blocked' });
    expect(status(BEN)).toEqual({ status: 'sent', reason: null });
    expect(h.fake.requestsTo(`POST /channels/${h.fake.guild.channelId}/messages`)).toEqual([]);
    const next = await h.replyTo(h.command(ANA, 'help'));
    expect(next.data).toMatchObject({ flags: 64 });
    expect(textOf(next.data)).toMatch(/could not reach you/);
  });

  it('waits out a 429 through discord.js’s queue and sends the prompt once', async () => {
    h = await startDiscordHarness();
    await h.replyTo(h.command(ANA, 'schedule', { details: 'add mon 10:00' }));
    h.fake.failNext(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`, discordErrors.rateLimited(0.05));
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(1);
    const posts = h.fake.requestsTo(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`);
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
  });

  it('offers “write a reflection”, “not today” and “pause a week” on a prompt', async () => {
    h = await startDiscordHarness();
    const prompt = await h.replyTo(h.command(ANA, 'checkin'));
    expect(textOf(prompt.data)).toMatch(/Write a reflection[\s\S]*Not today[\s\S]*Pause for a week/);
    const paused = await h.replyTo(
      h.fake.button({ userId: ANA, customId: 'v1:pause-week', guildId: h.fake.guild.id }),
    );
    expect(textOf(paused.data)).toMatch(/Paused. No prompts and no reminders until Monday 30 November 2026/);
  });

  it('answers a modal whose text is over the limit kindly, without storing anything', async () => {
    h = await startDiscordHarness();
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: 'v1:consent:store-yes', guildId: h.fake.guild.id }),
    );
    const prompt = await h.replyTo(h.command(ANA, 'checkin'));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    const reply = await h.replyTo(
      h.fake.modalSubmit({ userId: ANA, customId: reflectId, fields: { answer: 'x'.repeat(4001) } }),
    );
    expect(reply.data).toMatchObject({ flags: 64 });
    expect(textOf(reply.data)).toMatch(/4001 characters and the limit is 4000/);
    expect(h.app.sqlite.prepare('select count(*) as n from responses').get()).toEqual({ n: 0 });
  });

  it('defers an interaction whose work is slow, then edits the reply in', async () => {
    await deferredThenEdited(150);
  });

  it('loses and doubles nothing across a gateway reconnect: deliveries live in the database', async () => {
    h = await startDiscordHarness();
    await h.replyTo(h.command(ANA, 'schedule', { details: 'add mon 10:00' }));
    h.fake.requestReconnect();
    await new Promise((r) => setTimeout(r, 700));
    expect(h.fake.isConnected()).toBe(true);
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    await h.scheduler.tick();
    await h.scheduler.tick();
    expect(h.fake.requestsTo(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`)).toHaveLength(1);
  });

  it('prints the invite link when the bot is in no server yet', async () => {
    const app = createTestApp();
    const fake = await startFakeDiscord({ noGuilds: true });
    const adapter = createDiscordAdapter({ token: 'test-token', apiUrl: fake.apiUrl, log: app.logs.log });
    await adapter.start(app.handle);
    expect(fake.requestsTo('PUT /applications/{app}/commands')).toHaveLength(1);
    const logs = app.logs.lines.join('');
    expect(logs).toMatch(/the bot is in no server yet/);
    expect(logs).toContain(
      `https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot%20applications.commands&permissions=0`,
    );
    await adapter.stop();
    await fake.close();
    app.cleanup();
  });
});

describe('a whole journey in Discord', () => {
  it('optin in a server → scheduled checklist DM → three picks → a reflection in a modal → export → delete', async () => {
    h = await startDiscordHarness();
    const offer = await h.replyTo(h.command(ANA, 'optin'));
    expect(offer.data).toMatchObject({ flags: 64 });
    await h.replyTo(
      h.fake.button({
        userId: ANA,
        customId: customIdIn(offer.data, /v1:consent:store-yes/),
        guildId: h.fake.guild.id,
      }),
    );
    await h.replyTo(h.command(ANA, 'schedule', { details: 'add mon 10:00 checklist' }));

    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(1);
    expect(h.fake.requestsTo('POST /users/@me/channels')[0]?.body).toEqual({ recipient_id: ANA });
    const dm = h.fake.requestsTo(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`)[0];
    expect(textOf(dm?.body)).toMatch(/not a diagnosis/);
    const selectId = customIdIn(dm?.body, /v1:checklist:\d+/);
    expect(textOf(dm?.body)).toMatch(/"min_values":0,"max_values":5/);

    const three = ['testing-if-people-leave', 'over-apologising', 'withdrawing-when-close'];
    const picked = await h.replyTo(h.fake.select({ userId: ANA, customId: selectId, values: three }));
    expect(picked.type).toBe(7);
    expect(textOf(picked.data).match(/"default":true/g)).toHaveLength(3);

    const prompt = await h.replyTo(h.command(ANA, 'checkin', {}, false));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    const opened = await h.replyTo(h.fake.button({ userId: ANA, customId: reflectId }));
    expect(opened.type).toBe(9);
    expect(textOf(opened.data)).toMatch(/"max_length":4000/);
    const saved = await h.replyTo(
      h.fake.modalSubmit({ userId: ANA, customId: reflectId, fields: { answer: 'I said what I needed.' } }),
    );
    expect(textOf(saved.data)).toMatch(/Saved, just for you/);

    const warning = await h.replyTo(h.command(ANA, 'export'));
    expect(textOf(warning.data)).toMatch(/uploaded to Discord as a reply only you can see/);
    expect(h.fake.requests.some((r) => r.files.length > 0)).toBe(false);
    const exported = await h.replyTo(
      h.fake.button({
        userId: ANA,
        customId: customIdIn(warning.data, /v1:export/),
        guildId: h.fake.guild.id,
      }),
    );
    expect(exported.data).toMatchObject({ flags: 64 });
    const upload = h.fake.requests.find((r) => r.files.length > 0);
    const data = JSON.parse(upload?.files[0]?.text ?? '{}') as MemberExport;
    expect(data.responses.map((r) => r.text ?? r.selected)).toEqual([three, 'I said what I needed.']);

    const offerDelete = await h.replyTo(h.command(ANA, 'delete'));
    const erased = await h.replyTo(
      h.fake.button({
        userId: ANA,
        customId: customIdIn(offerDelete.data, /v1:delete:confirm/),
        guildId: h.fake.guild.id,
      }),
    );
    expect(textOf(erased.data)).toMatch(/has been erased/);
    for (const table of ['responses', 'deliveries', 'consents', 'schedules', 'members']) {
      expect(h.app.sqlite.prepare(`select count(*) as n from ${table}`).get()).toEqual({ n: 0 });
    }
  }, 60_000);
});

describe('Discord logs', () => {
  it('never contain what a member wrote', async () => {
    h = await startDiscordHarness();
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: 'v1:consent:store-yes', guildId: h.fake.guild.id }),
    );
    const prompt = await h.replyTo(h.command(ANA, 'checkin', {}, false));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    await h.replyTo(
      h.fake.modalSubmit({
        userId: ANA,
        customId: reflectId,
        fields: { answer: 'Secret-Discord-55, I want to die' },
      }),
    );
    const dm = h.fake.directMessage({ userId: ANA, content: 'Secret-DM-66' });
    await h.fake.waitForRequest(`POST /channels/${dm.channelId}/messages`);
    const logs = h.app.logs.lines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('Secret-Discord-55');
    expect(logs).not.toContain('Secret-DM-66');
  });
});

describe('one person in two Discord servers, with global commands', () => {
  it('a DM asks which server it is for (by name), buttons go to their own server, and delete erases both', async () => {
    h = await startDiscordHarness(undefined, { guild: false, otherGuilds: [HARBOUR] });
    const where = [
      { guildId: h.fake.guild.id, channelId: h.fake.guild.channelId },
      { guildId: HARBOUR.id, channelId: HARBOUR.channelId },
    ];
    for (const place of where) {
      const offer = await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand: 'optin', ...place }));
      await h.replyTo(
        h.fake.button({ userId: ANA, customId: customIdIn(offer.data, /v1:consent:store-yes/), ...place }),
      );
    }
    // A prompt asked for in the first server, answered later from the DM.
    const first = await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand: 'checkin', ...where[0] }));
    const reflectId = customIdIn(first.data, /v1:reflect:\d+/);

    const asked = await h.replyTo(h.command(ANA, 'checkin', {}, false));
    expect(textOf(asked.data)).toMatch(/Which one is this message for\?/);
    expect(textOf(asked.data)).toMatch(/"label":"Harbour Practice"[\s\S]*"label":"Between Test Guild"/);
    const harbour = JSON.stringify(asked.data).match(
      /"custom_id":"(v1:community:\d+)","label":"Harbour Practice"/,
    )?.[1];
    const chosen = await h.replyTo(h.fake.button({ userId: ANA, customId: harbour ?? 'missing' }));
    expect(textOf(chosen.data)).toMatch(/now for Harbour Practice/);
    const second = await h.replyTo(h.command(ANA, 'checkin', {}, false));
    const secondId = customIdIn(second.data, /v1:reflect:\d+/);

    for (const [id, answer] of [
      [reflectId, 'For the Tuesday group.'],
      [secondId, 'For Harbour.'],
    ] as const) {
      await h.replyTo(h.fake.button({ userId: ANA, customId: id }));
      const saved = await h.replyTo(h.fake.modalSubmit({ userId: ANA, customId: id, fields: { answer } }));
      expect(textOf(saved.data)).toMatch(/Saved, just for you/);
    }
    const stored = h.app.sqlite
      .prepare(
        'select w.name as server, count(*) as n from responses r join members m on m.id = r.member_id join workspaces w on w.id = m.workspace_id group by w.name order by w.name',
      )
      .all();
    expect(stored).toEqual([
      { server: 'Between Test Guild', n: 1 },
      { server: 'Harbour Practice', n: 1 },
    ]);

    const offer = await h.replyTo(h.command(ANA, 'delete', {}, false));
    expect(textOf(offer.data)).toMatch(/2 communities here; this erases what it holds in all of them/);
    const erased = await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(offer.data, /v1:delete:confirm/) }),
    );
    expect(textOf(erased.data)).toMatch(/has been erased/);
    for (const table of ['responses', 'deliveries', 'consents', 'members']) {
      expect(h.app.sqlite.prepare(`select count(*) as n from ${table}`).get()).toEqual({ n: 0 });
    }
  }, 60_000);
});

describe('sharing in Discord', () => {
  /** `therapist` becomes one, ANA stores answers and accepts the therapist's invitation. */
  const linkWith = async (therapist: string) => {
    await h.replyTo(h.command(therapist, 'help'));
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = ?").run(therapist);
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: 'v1:consent:store-yes', guildId: h.fake.guild.id }),
    );
    await h.replyTo(h.command(therapist, 'invite', { client: { user: ANA } }));
    const invitation = await h.fake.waitForRequest(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`);
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(invitation.body, /v1:link-accept:\d+/) }),
    );
  };

  it('a therapist whose DMs are closed (50007): the share is not delivered, the client is told why, and it is never listed as sent', async () => {
    h = await startDiscordHarness();
    const TESS = '1300000000000000802';
    await linkWith(TESS);
    const prompt = await h.replyTo(h.command(ANA, 'checkin', {}, false));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    await h.replyTo(h.fake.button({ userId: ANA, customId: reflectId }));
    await h.replyTo(
      h.fake.modalSubmit({ userId: ANA, customId: reflectId, fields: { answer: 'Mike: for tess.' } }),
    );
    const draft = await h.replyTo(h.command(ANA, 'share', {}, false));
    const id = String((h.app.sqlite.prepare('select id from responses').get() as { id: number }).id);
    const picked = await h.replyTo(
      h.fake.select({ userId: ANA, customId: customIdIn(draft.data, /v1:share-pick:\d+/), values: [id] }),
    );
    // Every message to the therapist's DM from now on is refused: their DMs are closed.
    for (let i = 0; i < 3; i++) {
      h.fake.failNext(`POST /channels/${h.fake.dmChannelId(TESS)}/messages`, discordErrors.cannotDm());
    }
    const sent = await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(picked.data, /v1:share-send:\d+/) }),
    );
    expect(textOf(sent.data)).toMatch(/on its way/);
    await h.scheduler.flush();
    const notice = await h.fake.waitForRequest(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`, 2);
    expect(textOf(notice.body)).toMatch(/was not delivered: their direct messages are closed to this app/);
    expect(
      h.app.sqlite
        .prepare("select status, failed_reason as reason from shares where status != 'draft'")
        .get(),
    ).toEqual({
      status: 'failed',
      reason: 'dm-blocked',
    });
    const listed = await h.replyTo(h.command(ANA, 'shared', {}, false));
    expect(textOf(listed.data)).toMatch(/not delivered/);
    expect(textOf(listed.data)).not.toMatch(/: delivered/);
  });

  it('a client shares two of three entries: the therapist’s DM holds exactly those two and the chart', async () => {
    h = await startDiscordHarness();
    const TESS = '1300000000000000801';
    await linkWith(TESS);

    const write = async (answer: string) => {
      const prompt = await h.replyTo(h.command(ANA, 'checkin', {}, false));
      const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
      await h.replyTo(h.fake.button({ userId: ANA, customId: reflectId }));
      await h.replyTo(h.fake.modalSubmit({ userId: ANA, customId: reflectId, fields: { answer } }));
    };
    await write('Kilo-shared: I asked for a lift and it was fine.');
    h.app.clock.advance(60_000);
    await write('Lima-private: not for sharing.');
    h.app.clock.advance(60_000);
    const list = await h.replyTo(h.command(ANA, 'checklist', {}, false));
    await h.replyTo(
      h.fake.select({
        userId: ANA,
        customId: customIdIn(list.data, /v1:checklist:\d+/),
        values: ['withdrawing-when-close'],
      }),
    );

    const draft = await h.replyTo(h.command(ANA, 'share', {}, false));
    const ids = (h.app.sqlite.prepare('select id from responses order by id').all() as { id: number }[]).map(
      (r) => String(r.id),
    );
    const chosen = [ids[0] ?? '', ids[2] ?? ''];
    const picked = await h.replyTo(
      h.fake.select({ userId: ANA, customId: customIdIn(draft.data, /v1:share-pick:\d+/), values: chosen }),
    );
    await h.replyTo(h.fake.button({ userId: ANA, customId: customIdIn(picked.data, /v1:share-send:\d+/) }));

    const digest = await h.fake.waitForRequest(`POST /channels/${h.fake.dmChannelId(TESS)}/messages`, 2);
    const shown = textOf(digest.body);
    expect(shown).toContain('Kilo-shared: I asked for a lift and it was fine.');
    expect(shown).toMatch(/stepped back as a connection/);
    expect(shown).not.toContain('Lima');
    expect(digest.files.map((f) => f.name).sort()).toEqual(['between-share.md', 'checklist-by-week.png']);
    expect(digest.files.find((f) => f.name === 'between-share.md')?.text).not.toContain('Lima');

    // Taking it back deletes the digest (and so its attachments) from the therapist's DM.
    const shared = await h.replyTo(h.command(ANA, 'shared', {}, false));
    const revoked = await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(shared.data, /v1:share-revoke:\d+/) }),
    );
    expect(textOf(revoked.data)).toMatch(/the digest and its files were deleted/);
    expect(h.fake.requestsTo(`DELETE /channels/${h.fake.dmChannelId(TESS)}/messages/{id}`)).toHaveLength(1);
  }, 60_000);
});

describe('the facilitator’s group view in Discord', () => {
  it('hides counts below five answers and shows counts (never names) at five; the facilitator role comes from the server', async () => {
    h = await startDiscordHarness();
    const FAY = '1300000000000000599';
    h.fake.giveRole(FAY, h.fake.facilitatorRoleId);
    await h.replyTo(h.command(FAY, 'help'));
    h.app.sqlite
      .prepare('update workspaces set facilitator_role_id = ? where external_id = ?')
      .run(h.fake.facilitatorRoleId, h.fake.guild.id);
    expect(textOf((await h.replyTo(h.command(ANA, 'group', { details: 'stats' }))).data)).toMatch(
      /Only a facilitator/,
    );
    await h.replyTo(h.command(FAY, 'group', { details: 'session thu 18:00' }));
    const set = await h.replyTo(
      h.command(FAY, 'group', { details: 'schedule add after-session 12:00 checklist' }),
    );
    expect(set.data).toMatchObject({ flags: 64 });
    const members = [
      '1300000000000000701',
      '1300000000000000702',
      '1300000000000000703',
      '1300000000000000704',
      '1300000000000000705',
    ];
    for (const m of members) {
      await h.replyTo(
        h.fake.button({ userId: m, customId: 'v1:consent:store-yes', guildId: h.fake.guild.id }),
      );
      await h.replyTo(h.command(m, 'group', { details: 'join' }));
    }
    h.app.clock.set(new Date('2026-11-27T12:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(5);
    const pick = async (userId: string, values: string[]) => {
      const dm = h.fake.requestsTo(`POST /channels/${h.fake.dmChannelId(userId)}/messages`)[0];
      await h.replyTo(h.fake.select({ userId, customId: customIdIn(dm?.body, /v1:checklist:\d+/), values }));
    };
    for (const m of members.slice(0, 4)) await pick(m, ['hiding-needs']);
    const hidden = await h.replyTo(h.command(FAY, 'group', { details: 'stats' }));
    expect(hidden.data).toMatchObject({ flags: 64 });
    expect(textOf(hidden.data)).toMatch(/Fewer than 5 members answered/);
    await pick(members[4] ?? '', ['over-apologising']);
    // Counts cover closed weeks only: the next Monday, the week of these answers is shown.
    h.app.clock.set(new Date('2026-11-30T09:00:00Z'));
    const shown = textOf((await h.replyTo(h.command(FAY, 'group', { details: 'stats' }))).data);
    expect(shown).toMatch(/5 members answered/);
    expect(shown).toMatch(/4 of 5/);
    for (const m of members) expect(shown).not.toContain(m);
  });
});

chatAdapterContract('the Discord adapter', async () => {
  const fake = await startFakeDiscord();
  const adapter = createDiscordAdapter({
    token: 'test-token',
    apiUrl: fake.apiUrl,
    guildId: fake.guild.id,
    log: captureLogs().log,
  });
  await adapter.start(async () => ({ kind: 'none' }));
  return {
    adapter,
    user: { platform: 'discord', workspaceId: fake.guild.id, userId: ANA },
    teardown: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
});

describe('the member’s language on Discord', () => {
  const localeOf = (app: TestApp, userId: string) =>
    app.sqlite.prepare('select locale, locale_source from members where platform_user_id = ?').get(userId);

  it('answers in Spanish from the first command when the person’s Discord is in Spanish, in a server and in DMs', async () => {
    h = await startDiscordHarness();
    const help = await h.replyTo(
      h.fake.slashCommand({ userId: ANA, guildId: h.fake.guild.id, subcommand: 'help', locale: 'es-ES' }),
    );
    expect(textOf(help.data)).toContain('pequeñas reflexiones entre sesiones');
    expect(localeOf(h.app, ANA)).toEqual({ locale: 'es', locale_source: 'platform' });
    const home = await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand: 'home', locale: 'es-419' }));
    expect(textOf(home.data)).not.toMatch(/Nothing is stored|What comes next/);
  });

  it('never lets the Discord client’s language override the member’s own choice, nor the server’s language decide', async () => {
    h = await startDiscordHarness();
    await h.replyTo(
      h.fake.slashCommand({
        userId: BEN,
        guildId: h.fake.guild.id,
        subcommand: 'settings',
        options: { details: 'language en' },
        locale: 'es-ES',
      }),
    );
    expect(localeOf(h.app, BEN)).toEqual({ locale: 'en', locale_source: 'member' });
    const help = await h.replyTo(
      h.fake.slashCommand({ userId: BEN, guildId: h.fake.guild.id, subcommand: 'help', locale: 'es-MX' }),
    );
    expect(textOf(help.data)).toContain('small reflections between therapy sessions');
    // A French client is not a language Between speaks: English, and nothing is recorded as chosen.
    await h.replyTo(h.command(ANA, 'help'));
    const other = await h.replyTo(
      h.fake.slashCommand({
        userId: '1300000000000000503',
        guildId: h.fake.guild.id,
        subcommand: 'help',
        locale: 'fr',
      }),
    );
    expect(textOf(other.data)).toContain('small reflections between therapy sessions');
  });
});

describe('the crisis card on Discord, on the real discord.js client', () => {
  const RISK = 'Wombat-words: honestly i want to die';
  const CARD = /It sounds like things may be very hard right now/;

  it.each([
    ['an unknown theme', 'checkin', /I don’t know that theme/],
    ['an unknown setting', 'settings', /I can change these/],
  ])(
    'leads the private reply to a failing command (%s) that carried risk text',
    async (_case, sub, error) => {
      h = await startDiscordHarness();
      const reply = await h.replyTo(h.command(ANA, sub, { details: RISK }));
      expect(reply.data).toMatchObject({ flags: 64 });
      const words = textOf(reply.data);
      expect(words).toMatch(CARD);
      expect(words).toMatch(error);
      expect(words.search(CARD)).toBeLessThan(words.search(error));
    },
  );

  it('shows the card first after a reflection modal, in the member’s language', async () => {
    h = await startDiscordHarness();
    const prompt = await h.replyTo(h.command(ANA, 'checkin'));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    const reply = await h.replyTo(
      h.fake.modalSubmit({ userId: ANA, customId: reflectId, fields: { answer: RISK } }),
    );
    expect(textOf(reply.data)).toMatch(CARD);
    expect(customIdIn(reply.data, /v1:safety-ok/)).toBe('v1:safety-ok');
    expect(textOf(reply.data)).not.toContain('Wombat');
  });
});

describe('Discord sends that can never double', () => {
  it('posts a prompt once when Discord creates it but answers after the client gave up and retried', async () => {
    h = await startDiscordHarness(new Date('2026-11-23T09:00:00Z'), { restTimeoutMs: 300 });
    await h.replyTo(h.command(ANA, 'schedule', { details: 'add mon 10:00' }));
    await h.replyTo(h.command(ANA, 'settings', { details: 'reminders off' }));
    const dm = h.fake.dmChannelId(ANA);
    h.fake.answerLate(`POST /channels/${dm}/messages`, 1_000);
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    await h.scheduler.tick();
    const posts = h.fake.requestsTo(`POST /channels/${dm}/messages`);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    const nonces = new Set(posts.map((p) => (p.body as { nonce?: unknown }).nonce));
    expect(nonces.size).toBe(1);
    expect(posts.every((p) => (p.body as { enforce_nonce?: unknown }).enforce_nonce === true)).toBe(true);
    expect([...h.fake.messages.values()].filter((m) => m.channel_id === dm)).toHaveLength(1);
    expect(h.app.sqlite.prepare('select status, attempts from deliveries').get()).toEqual({
      status: 'sent',
      attempts: 1,
    });
  });
});

describe('the deferral race on Discord', () => {
  it('answers once the deferral is confirmed when the work ends while Discord is still taking the deferral', async () => {
    await deferredThenEdited(60, (fake) => fake.answerLate('POST /interactions/{id}/{token}/callback', 400));
  });
});

/**
 * `/between help` through an adapter that defers after 20 ms, on a core that takes `workMs` to
 * answer: the reply is deferred (privately), then edited in with the help text.
 */
async function deferredThenEdited(workMs: number, prepare: (fake: FakeDiscord) => void = () => {}) {
  const app = createTestApp();
  const fake = await startFakeDiscord();
  const adapter = createDiscordAdapter({
    token: 'test-token',
    apiUrl: fake.apiUrl,
    guildId: fake.guild.id,
    log: app.logs.log,
    deferAfterMs: 20,
  });
  await adapter.start(async (event) => {
    await new Promise((r) => setTimeout(r, workMs));
    return app.handle(event);
  });
  try {
    prepare(fake);
    const sent = fake.slashCommand({
      userId: ANA,
      subcommand: 'help',
      guildId: fake.guild.id,
      channelId: fake.guild.channelId,
    });
    expect(await fake.callbackFor(sent.id)).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitForRequest('PATCH /webhooks/{app}/{token}/messages/@original');
    expect(textOf(edit.body)).toMatch(/a reflection prompt, now/);
  } finally {
    await adapter.stop();
    await fake.close();
    app.cleanup();
  }
}

describe('a Spanish-speaking community on Discord', () => {
  /** Every text Between put before a person: replies, DMs, forms, buttons, files (not images or the export's keys). */
  const everythingShown = () => {
    const shown: { where: string; text: string }[] = [];
    const walk = (value: unknown, into: string[]) => {
      if (Array.isArray(value)) for (const v of value) walk(v, into);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (
            typeof v === 'string' &&
            ['content', 'label', 'placeholder', 'title', 'description'].includes(key)
          ) {
            into.push(v);
          } else walk(v, into);
        }
      }
    };
    for (const request of h.fake.requests) {
      if (request.path.startsWith('/applications/')) continue; // command registration: names stay English
      const texts: string[] = [];
      walk(request.body, texts);
      for (const file of request.files) {
        if (!file.name.endsWith('.png') && !file.name.startsWith('between-export-')) texts.push(file.text);
      }
      shown.push({ where: `${request.method} ${request.path}`, text: texts.join('\n') });
    }
    return shown;
  };

  it('a member and a therapist whose Discord is in Spanish: every reply, button, form and the digest in Spanish, and the zone chosen with one click', async () => {
    h = await startDiscordHarness();
    const TESS = '1300000000000000803';
    const es = { locale: 'es-419' };
    const inServer = { ...es, guildId: h.fake.guild.id };
    const command = (
      userId: string,
      subcommand: string,
      options: Record<string, string | { user: string }> = {},
    ) =>
      h.replyTo(
        h.fake.slashCommand({ userId, subcommand, options, ...inServer, channelId: h.fake.guild.channelId }),
      );
    const press = (userId: string, customId: string) =>
      h.replyTo(h.fake.button({ userId, customId, ...inServer }));

    expect(textOf((await command(ANA, 'help')).data)).toMatch(/pequeñas reflexiones/i);
    const offer = await command(ANA, 'optin');
    const risk = await press(ANA, customIdIn(offer.data, /v1:consent:store-yes/));
    await press(ANA, customIdIn(risk.data, /v1:consent:risk-no/));

    // Discord says nothing about time zones: the schedule offers the common ones, in Spanish.
    const added = await command(ANA, 'schedule', { details: 'add lun 10:00 checklist' });
    expect(textOf(added.data)).toMatch(/todavía no sé tu zona horaria/);
    expect(textOf(added.data)).toContain('"label":"Ciudad de México"');
    const chosen = await press(ANA, customIdIn(added.data, /v1:zone:America\/Mexico_City/));
    expect(textOf(chosen.data)).toMatch(/Zona horaria: America\/Mexico\\+_City/);

    // The checklist comes at 10:00 in Mexico City (16:00 UTC), not at 10:00 UTC.
    h.app.clock.set(new Date('2026-11-23T10:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(0);
    h.app.clock.set(new Date('2026-11-23T16:00:00Z'));
    expect((await h.scheduler.tick()).delivery.sent).toBe(1);
    const dm = h.fake.requestsTo(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`)[0];
    expect(textOf(dm?.body)).toContain('"placeholder":"Elige las que encajen contigo (o ninguna)"');
    await h.replyTo(
      h.fake.select({
        userId: ANA,
        customId: customIdIn(dm?.body, /v1:checklist:\d+/),
        values: ['over-apologising'],
        ...es,
      }),
    );

    // A reflection, in a Spanish modal.
    const prompt = await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand: 'checkin', ...es }));
    const reflectId = customIdIn(prompt.data, /v1:reflect:\d+/);
    const modal = await h.replyTo(h.fake.button({ userId: ANA, customId: reflectId, ...es }));
    expect(modal.type).toBe(9);
    await h.replyTo(
      h.fake.modalSubmit({
        userId: ANA,
        customId: reflectId,
        fields: { answer: 'Le pedí ayuda a mi hermana.' },
        ...es,
      }),
    );

    // Tess, a therapist, invites Ana; Ana accepts and shares both entries: the digest is Spanish.
    await command(TESS, 'help');
    h.app.sqlite.prepare("update members set role = 'therapist' where platform_user_id = ?").run(TESS);
    await command(TESS, 'invite', { client: { user: ANA } });
    const invitation = await h.fake.waitForRequest(`POST /channels/${h.fake.dmChannelId(ANA)}/messages`, 2);
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(invitation.body, /v1:link-accept:\d+/), ...es }),
    );
    const draft = await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand: 'share', ...es }));
    const ids = (h.app.sqlite.prepare('select id from responses order by id').all() as { id: number }[]).map(
      (r) => String(r.id),
    );
    const picked = await h.replyTo(
      h.fake.select({
        userId: ANA,
        customId: customIdIn(draft.data, /v1:share-pick:\d+/),
        values: ids,
        ...es,
      }),
    );
    await h.replyTo(
      h.fake.button({ userId: ANA, customId: customIdIn(picked.data, /v1:share-send:\d+/), ...es }),
    );
    const digest = await h.fake.waitForRequest(`POST /channels/${h.fake.dmChannelId(TESS)}/messages`, 2);
    expect(textOf(digest.body)).toMatch(/Compartido por <@1300000000000000801>|Compartido por/);
    expect(textOf(digest.body)).toContain('Le pedí ayuda a mi hermana.');
    expect(digest.files.map((f) => f.name).sort()).toEqual(['between-share.md', 'checklist-by-week.png']);

    // Ana looks around, exports and erases everything.
    for (const subcommand of ['home', 'settings', 'shared', 'schedule']) {
      await h.replyTo(h.fake.slashCommand({ userId: ANA, subcommand, ...es }));
    }
    const warning = await command(ANA, 'export');
    await press(ANA, customIdIn(warning.data, /v1:export/));
    const exported = JSON.parse(
      h.fake.requests.flatMap((r) => r.files).find((f) => f.name.startsWith('between-export-'))?.text ?? '{}',
    ) as MemberExport;
    for (const response of exported.responses) expect(englishIn(response.prompt ?? '')).toEqual([]);
    const offerDelete = await command(ANA, 'delete');
    expect(textOf((await press(ANA, customIdIn(offerDelete.data, /v1:delete:confirm/))).data)).not.toMatch(
      /erased/,
    );

    const shown = everythingShown();
    expect(shown.length).toBeGreaterThan(25);
    const english = shown.flatMap(({ where, text }) =>
      englishIn(text, ['between-share.md', 'checklist-by-week.png', /between-export-[\d-]+\.json/]).map(
        (words) => `${where}: …${words}…`,
      ),
    );
    expect(english).toEqual([]);
  }, 60_000);
});
