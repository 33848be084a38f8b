import { ComponentType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index';
import { renderMessage } from '../../../adapters/discord/render';
import { renderModal as renderSlackModal } from '../../../adapters/slack/render';
import type { Form, OutgoingMessage } from '../../../src/core/model';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord';
import { createTestApp, type TestApp } from '../../fixtures/app';

/**
 * The adapters' own words around the core's answer follow the language of the reply: the Discord
 * select's placeholder on a checklist, and the close button of a Slack modal. English stays as it was.
 */

const checklist: OutgoingMessage = {
  fallback: 'check',
  elements: [
    {
      kind: 'checklist',
      id: 'v1:checklist:7',
      items: [
        { id: 'a', label: 'First' },
        { id: 'b', label: 'Second' },
      ],
      selected: [],
    },
  ],
};

const placeholderOf = (rendered: ReturnType<typeof renderMessage>) => {
  const select = rendered.components[0]?.components[0];
  if (select?.type !== ComponentType.StringSelect) throw new Error('no select rendered');
  return select.placeholder;
};

describe('the Discord select placeholder', () => {
  it('is Spanish for a Spanish reply, and the same English as before otherwise', () => {
    expect(placeholderOf(renderMessage(checklist, 'es'))).toBe('Elige las que encajen contigo (o ninguna)');
    expect(placeholderOf(renderMessage(checklist, 'en'))).toBe('Choose any that fit (or none)');
    expect(placeholderOf(renderMessage(checklist))).toBe('Choose any that fit (or none)');
  });
});

describe('the Slack modal close button', () => {
  const form: Form = {
    id: 'v1:reflect:1',
    title: 'Reflection',
    fields: [{ id: 'answer', label: 'Your answer', required: true, maxLength: 3000, multiline: true }],
    submitLabel: 'Save',
  };

  it('says Cancelar for a Spanish reply, and Cancel as before otherwise', () => {
    expect(renderSlackModal(form, '{}', 'es').close).toEqual({
      type: 'plain_text',
      text: 'Cancelar',
      emoji: true,
    });
    expect(renderSlackModal(form, '{}', 'en').close.text).toBe('Cancel');
    expect(renderSlackModal(form, '{}').close.text).toBe('Cancel');
  });
});

describe('a checklist asked for on Discord in Spanish', () => {
  let app: TestApp | undefined;
  let fake: FakeDiscord | undefined;
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    await fake?.close();
    app?.cleanup();
    stop = undefined;
    fake = undefined;
    app = undefined;
  });

  async function start() {
    app = createTestApp(new Date('2026-11-23T09:00:00Z'));
    fake = await startFakeDiscord();
    const adapter = createDiscordAdapter({
      token: 'test-token',
      apiUrl: fake.apiUrl,
      guildId: fake.guild.id,
      log: app.logs.log,
    });
    await adapter.start(app.handle);
    stop = () => adapter.stop();
    return fake;
  }

  const placeholderIn = (data: unknown): unknown =>
    JSON.stringify(data).match(/"placeholder":"([^"]*)"/)?.[1];

  it('shows the select placeholder in Spanish through discord.js, and in English for an English client', async () => {
    const discord = await start();
    const spanish = await discord.callbackFor(
      discord.slashCommand({
        userId: '1300000000000000501',
        guildId: discord.guild.id,
        subcommand: 'checklist',
        locale: 'es-ES',
      }).id,
    );
    expect(placeholderIn(spanish.data)).toBe('Elige las que encajen contigo (o ninguna)');
    const english = await discord.callbackFor(
      discord.slashCommand({
        userId: '1300000000000000502',
        guildId: discord.guild.id,
        subcommand: 'checklist',
      }).id,
    );
    expect(placeholderIn(english.data)).toBe('Choose any that fit (or none)');
  });
});
