import { once } from 'node:events';
import {
  ButtonInteraction,
  ChannelType,
  ChatInputCommandInteraction,
  Client,
  type ClientEvents,
  DiscordAPIError,
  type DMChannel,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalSubmitInteraction,
  Partials,
  type RateLimitData,
  Routes,
  StringSelectMenuInteraction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordErrors, type FakeDiscord, startFakeDiscord } from './discord';

const USER = '1300000000000000777';
const OTHER = '1300000000000000888';
/** A user the bot has not talked to yet, so `createDM` has to ask the API. */
const FRESH = '1300000000000000999';

let fake: FakeDiscord;
let client: Client;

/** The next emission of a client event (bounded); subscribe before triggering it. */
function next<K extends keyof ClientEvents>(event: K): Promise<ClientEvents[K]> {
  return once(client, event, { signal: AbortSignal.timeout(2000) }) as Promise<ClientEvents[K]>;
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The next interaction, checked to be a `kind` (discord.js classes have private constructors). */
async function nextInteraction<T>(kind: { prototype: T }, trigger: () => unknown): Promise<T> {
  const pending = next(Events.InteractionCreate);
  trigger();
  const [interaction] = await pending;
  expect(interaction).toBeInstanceOf(kind);
  return interaction as T;
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  const ready = next(Events.ClientReady);
  await client.login('test-token');
  await ready;
});

afterAll(async () => {
  if (client.isReady()) await client.destroy();
  await fake.close();
});

describe('fake Discord with the real discord.js Client', () => {
  it('logs in: gateway/bot, IDENTIFY, READY, and the guild in cache', () => {
    expect(fake.requestsTo('GET /gateway/bot')).toHaveLength(1);
    const identify = fake.received.find((f) => f.op === 2);
    expect(identify?.d).toMatchObject({ token: 'test-token', shard: [0, 1] });
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe(fake.guild.name);
    expect(guild?.channels.cache.get(fake.guild.channelId)?.type).toBe(ChannelType.GuildText);
    expect(guild?.roles.everyone.id).toBe(fake.guild.id);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
  });

  it('answers heartbeats with HEARTBEAT_ACK', async () => {
    fake.requestHeartbeat();
    await until(() => client.ws.ping >= 0, 'a heartbeat round trip');
    expect(fake.received.some((f) => f.op === 1)).toBe(true);
  });

  it('records application command registration and routes slash commands to the registered id', async () => {
    const body = {
      name: 'between',
      description: 'Small reflections between sessions',
      options: [
        {
          type: 1,
          name: 'checkin',
          description: 'Start a check-in',
          options: [{ type: 3, name: 'details', description: 'A theme' }],
        },
      ],
    };
    const global = await client.application?.commands.set([body]);
    const inGuild = await client.application?.commands.set([body], fake.guild.id);
    expect(fake.requestsTo(`PUT /applications/${fake.applicationId}/commands`)[0]?.body).toMatchObject([
      body,
    ]);
    expect(fake.requestsTo('PUT /applications/{app}/guilds/{guild}/commands')).toHaveLength(1);
    expect(global?.first()?.name).toBe('between');
    expect(inGuild?.first()?.guildId).toBe(fake.guild.id);

    const interaction = await nextInteraction(ChatInputCommandInteraction, () =>
      fake.slashCommand({ userId: USER, guildId: fake.guild.id, subcommand: 'checkin' }),
    );
    expect(interaction.commandId).toBe(inGuild?.first()?.id);
    await interaction.reply('ok');
  });

  it('delivers a guild slash command and records an ephemeral reply as callback type 4', async () => {
    let sent = { id: '', token: '' };
    const interaction = await nextInteraction(ChatInputCommandInteraction, () => {
      sent = fake.slashCommand({
        userId: USER,
        guildId: fake.guild.id,
        channelId: fake.guild.channelId,
        name: 'between',
        subcommand: 'checkin',
        options: { details: 'boundaries' },
      });
    });
    expect(interaction.id).toBe(sent.id);
    expect(interaction.commandName).toBe('between');
    expect(interaction.options.getSubcommand()).toBe('checkin');
    expect(interaction.options.getString('details')).toBe('boundaries');
    expect(interaction.inGuild()).toBe(true);
    expect(interaction.user.id).toBe(USER);
    expect(interaction.member?.user.id).toBe(USER);
    expect(interaction.channelId).toBe(fake.guild.channelId);

    await interaction.reply({ content: 'hi', flags: MessageFlags.Ephemeral });
    const callback = await fake.callbackFor(sent.id);
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ content: 'hi', flags: 64 });

    // Discord refuses a second acknowledgement (discord.js would already refuse locally).
    const again = client.rest.post(Routes.interactionCallback(sent.id, sent.token), {
      body: { type: 4, data: { content: 'again' } },
      auth: false,
    });
    await expect(again).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it('delivers a DM slash command with a user option and answers ?with_response=true', async () => {
    let sent = { id: '' };
    const interaction = await nextInteraction(ChatInputCommandInteraction, () => {
      sent = fake.slashCommand({
        userId: USER,
        subcommand: 'cap',
        options: { client: { user: OTHER }, limit: '3' },
      });
    });
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.channel?.type).toBe(ChannelType.DM);
    expect(interaction.channelId).toBe(fake.dmChannelId(USER));
    expect(interaction.options.getUser('client')?.id).toBe(OTHER);
    expect(interaction.options.getString('limit')).toBe('3');

    const response = await interaction.reply({ content: 'capped', withResponse: true });
    expect(response.resource?.message?.content).toBe('capped');
    expect(response.interaction.id).toBe(sent.id);
    expect((await fake.callbackFor(sent.id)).withResponse).toBe(true);
  });

  it('delivers a button and records interaction.update as callback type 7', async () => {
    let sent = { id: '' };
    const interaction = await nextInteraction(ButtonInteraction, () => {
      sent = fake.button({
        userId: USER,
        customId: 'checkin:skip',
        components: [
          { type: 1, components: [{ type: 2, style: 2, label: 'Skip', custom_id: 'checkin:skip' }] },
        ],
      });
    });
    expect(interaction.customId).toBe('checkin:skip');
    expect(interaction.message.components).toHaveLength(1);
    await interaction.update({ content: 'skipped', components: [] });
    const callback = await fake.callbackFor(sent.id);
    expect(callback.type).toBe(7);
    expect(callback.data).toMatchObject({ content: 'skipped', components: [] });
  });

  it('delivers a string select with its values and records the update', async () => {
    let sent = { id: '' };
    const interaction = await nextInteraction(StringSelectMenuInteraction, () => {
      sent = fake.select({
        userId: USER,
        guildId: fake.guild.id,
        customId: 'mood',
        values: ['calm', 'tired'],
      });
    });
    expect(interaction.customId).toBe('mood');
    expect(interaction.values).toEqual(['calm', 'tired']);
    await interaction.update({ content: 'noted' });
    expect((await fake.callbackFor(sent.id)).type).toBe(7);
  });

  it('records showModal as callback type 9', async () => {
    let sent = { id: '' };
    const interaction = await nextInteraction(ButtonInteraction, () => {
      sent = fake.button({ userId: USER, customId: 'reflect:open' });
    });
    await interaction.showModal({
      custom_id: 'reflect',
      title: 'Reflect',
      components: [
        { type: 1, components: [{ type: 4, custom_id: 'answer', label: 'Your answer', style: 2 }] },
      ],
    });
    const callback = await fake.callbackFor(sent.id);
    expect(callback.type).toBe(9);
    expect(callback.data).toMatchObject({ custom_id: 'reflect', title: 'Reflect' });
  });

  it('delivers a modal submit with its fields; deferReply, editReply and followUp hit their routes', async () => {
    let sent = { id: '', token: '' };
    const interaction = await nextInteraction(ModalSubmitInteraction, () => {
      sent = fake.modalSubmit({
        userId: USER,
        customId: 'reflect',
        fields: { answer: 'I felt calm', mood: ['ok'] },
      });
    });
    expect(interaction.customId).toBe('reflect');
    expect(interaction.fields.getTextInputValue('answer')).toBe('I felt calm');
    expect(interaction.fields.getStringSelectValues('mood')).toEqual(['ok']);

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    expect(await fake.callbackFor(sent.id)).toMatchObject({ type: 5, data: { flags: 64 } });
    const edited = await interaction.editReply('saved');
    expect(edited.content).toBe('saved');
    expect(
      fake.requestsTo(`PATCH /webhooks/${fake.applicationId}/${sent.token}/messages/@original`),
    ).toHaveLength(1);
    await interaction.followUp({ content: 'one more thing', flags: MessageFlags.Ephemeral });
    expect(fake.requestsTo(`POST /webhooks/{app}/${sent.token}`)[0]?.body).toMatchObject({
      content: 'one more thing',
      flags: 64,
    });
  });

  it('delivers a DM as messageCreate', async () => {
    const pending = next(Events.MessageCreate);
    const sent = fake.directMessage({ userId: USER, content: 'hello bot' });
    const [message] = await pending;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe('hello bot');
    expect(message.author.id).toBe(USER);
    expect(message.guildId).toBeNull();
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.channelId).toBe(fake.dmChannelId(USER));
  });

  describe('sending DMs', () => {
    let dm: DMChannel;

    it('createDM and send hit POST /users/@me/channels and POST /channels/{id}/messages', async () => {
      const user = await client.users.fetch(FRESH);
      dm = await user.createDM();
      expect(dm.id).toBe(fake.dmChannelId(FRESH));
      expect(fake.requestsTo('POST /users/@me/channels').at(-1)?.body).toEqual({ recipient_id: FRESH });

      const message = await dm.send({
        content: 'time for a check-in',
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: 'Start', custom_id: 'checkin:start' }] },
        ],
      });
      expect(message.content).toBe('time for a check-in');
      expect(message.author.id).toBe(fake.botUser.id);
      const request = fake.requestsTo(`POST /channels/${dm.id}/messages`).at(-1);
      expect(request?.body).toMatchObject({ content: 'time for a check-in' });

      // A click on that message carries the message as sent.
      const click = await nextInteraction(ButtonInteraction, () =>
        fake.button({ userId: FRESH, customId: 'checkin:start', messageId: message.id }),
      );
      expect(click.message.id).toBe(message.id);
      expect(click.message.content).toBe('time for a check-in');
      await click.deferUpdate();
      expect((await fake.callbackFor(click.id)).type).toBe(6);

      const edited = await message.edit('check-in started');
      expect(edited.content).toBe('check-in started');
      expect(fake.requestsTo(`PATCH /channels/${dm.id}/messages/${message.id}`)).toHaveLength(1);
    });

    it('records multipart uploads: payload_json as the body, files by name, size and text', async () => {
      await dm.send({
        content: 'your export',
        files: [{ attachment: Buffer.from('{"a":1}'), name: 'export.json' }],
      });
      const request = fake.requestsTo(`POST /channels/${dm.id}/messages`).at(-1);
      expect(request?.body).toMatchObject({ content: 'your export' });
      expect(request?.files).toEqual([{ name: 'export.json', size: 7, text: '{"a":1}' }]);
    });

    it('a queued 50007 rejects send with a DiscordAPIError', async () => {
      fake.failNext('POST /channels/{id}/messages', discordErrors.cannotDm());
      const error = await dm.send('hello?').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect(error).toMatchObject({ code: 50007, status: 403 });
    });

    it('a queued 429 is waited out and retried by discord.js', async () => {
      const limits: RateLimitData[] = [];
      const onLimit = (data: RateLimitData) => limits.push(data);
      client.rest.on('rateLimited', onLimit);
      const before = fake.requestsTo(`POST /channels/${dm.id}/messages`).length;
      fake.failNext('POST /channels/*/messages', discordErrors.rateLimited(0.05));
      const started = Date.now();
      const message = await dm.send('after the limit');
      client.rest.off('rateLimited', onLimit);
      expect(message.content).toBe('after the limit');
      expect(Date.now() - started).toBeGreaterThanOrEqual(50);
      const statuses = fake
        .requestsTo(`POST /channels/${dm.id}/messages`)
        .slice(before)
        .map((r) => r.status);
      expect(statuses).toEqual([429, 200]);
      expect(limits.length).toBeGreaterThan(0);
    });

    it('a queued global 429 and a 502 are retried too', async () => {
      fake.failNext('POST /channels/*/messages', discordErrors.rateLimited(0.05, { global: true }));
      fake.failNext('POST /channels/*/messages', discordErrors.serverError());
      const before = fake.requestsTo(`POST /channels/${dm.id}/messages`).length;
      await dm.send('still there');
      const statuses = fake
        .requestsTo(`POST /channels/${dm.id}/messages`)
        .slice(before)
        .map((r) => r.status);
      expect(statuses).toEqual([429, 502, 200]);
    });
  });

  it('resumes after op 7 (RECONNECT) and keeps dispatching', async () => {
    const resumed = next(Events.ShardResume);
    fake.requestReconnect();
    await resumed;
    const resume = fake.received.find((f) => f.op === 6);
    expect(resume?.d).toMatchObject({ token: 'test-token' });
    const pending = next(Events.MessageCreate);
    fake.directMessage({ userId: USER, content: 'still here' });
    expect((await pending)[0].content).toBe('still here');
  });

  it('client.destroy() closes the gateway connection cleanly', async () => {
    await client.destroy();
    expect(client.isReady()).toBe(false);
    await until(() => !fake.isConnected(), 'the gateway socket to close');
  });
});

describe('fake Discord with a token check', () => {
  it('rejects login with a wrong token as TokenInvalid', async () => {
    const strict = await startFakeDiscord({ token: 'right-token' });
    const wrong = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: strict.apiUrl } });
    try {
      await expect(wrong.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    } finally {
      await wrong.destroy();
      await strict.close();
    }
  });
});
