import { describe, expect, it } from 'vitest';
import {
  parseBlockAction,
  parseDirectMessage,
  parseSlashCommand,
  parseUserChange,
  parseViewSubmission,
} from '../../../adapters/slack/parse';

const ana = { platform: 'slack', workspaceId: 'T0TEAM', userId: 'U0ANA' } as const;

/** A slash command body as Bolt hands it to a command listener (form fields, all strings). */
const slashCommand = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  token: 'verification-token',
  team_id: 'T0TEAM',
  team_domain: 'example',
  channel_id: 'D0DM',
  channel_name: 'directmessage',
  user_id: 'U0ANA',
  user_name: 'ana',
  command: '/between',
  text: 'pause until 2026-12-28',
  api_app_id: 'A0APP',
  is_enterprise_install: 'false',
  response_url: 'https://hooks.slack.com/commands/T0TEAM/1/abc',
  trigger_id: '1.2.abc',
  ...overrides,
});

/** A block_actions payload from a message in the bot's DM. */
const blockActions = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'block_actions',
  user: { id: 'U0ANA', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
  api_app_id: 'A0APP',
  token: 'verification-token',
  container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'D0DM', is_ephemeral: false },
  trigger_id: '1.2.abc',
  team: { id: 'T0TEAM', domain: 'example' },
  enterprise: null,
  is_enterprise_install: false,
  channel: { id: 'D0DM', name: 'directmessage' },
  message: { type: 'message', ts: '1700000000.000100', text: 'Evening check-in' },
  response_url: 'https://hooks.slack.com/actions/T0TEAM/1/abc',
  actions: [
    {
      type: 'button',
      action_id: 'reflect:1',
      block_id: 'b1',
      text: { type: 'plain_text', text: 'Write a reflection', emoji: true },
      value: 'reflect:1',
      style: 'primary',
      action_ts: '1700000001.000200',
    },
  ],
  ...overrides,
});

const checkboxAction = (extra: Record<string, unknown>) => ({
  type: 'checkboxes',
  action_id: 'checklist:7',
  block_id: 'b2',
  action_ts: '1700000001.000200',
  ...extra,
});

const option = (value: string) => ({ text: { type: 'plain_text', text: value, emoji: true }, value });

/** A view_submission payload for a reflection modal. */
const viewSubmission = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'view_submission',
  team: { id: 'T0TEAM', domain: 'example' },
  user: { id: 'U0ANA', username: 'ana', name: 'ana', team_id: 'T0TEAM' },
  api_app_id: 'A0APP',
  token: 'verification-token',
  trigger_id: '1.2.abc',
  view: {
    id: 'V0VIEW',
    team_id: 'T0TEAM',
    type: 'modal',
    callback_id: 'reflect:42',
    private_metadata: '{"d":42}',
    blocks: [],
    state: {
      values: {
        answer: { answer: { type: 'plain_text_input', value: 'A long walk helped.' } },
        note: { note: { type: 'plain_text_input', value: null } },
      },
    },
    hash: '1700000000.abc',
  },
  response_urls: [],
  is_enterprise_install: false,
  enterprise: null,
  ...overrides,
});

/** A message event in the member's DM with the bot (the `event` of an events API callback). */
const imMessage = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'message',
  channel: 'D0DM',
  user: 'U0ANA',
  text: 'I had a hard day',
  ts: '1700000000.000100',
  event_ts: '1700000000.000100',
  channel_type: 'im',
  team: 'T0TEAM',
  ...overrides,
});

describe('parseSlashCommand', () => {
  it('turns a slash command in a DM into a command event visible only to the member', () => {
    const raw = slashCommand();
    expect(parseSlashCommand(raw)).toEqual({
      kind: 'command',
      user: ana,
      visibility: 'dm',
      text: 'pause until 2026-12-28',
      raw,
    });
  });

  it.each([
    ['C0CHAN', 'channel'],
    ['G0GROUP', 'channel'],
    ['D0DM', 'dm'],
  ])('gives a command from channel %s visibility %s', (channelId, visibility) => {
    expect(parseSlashCommand(slashCommand({ channel_id: channelId }))).toMatchObject({
      kind: 'command',
      visibility,
    });
  });

  it('reads escaped text as the member typed it, and keeps an escaped mention', () => {
    expect(
      parseSlashCommand(slashCommand({ text: 'invite <@U0CAL|casey> &amp; &lt;3 &amp;lt;' })),
    ).toMatchObject({
      text: 'invite <@U0CAL|casey> & <3 &lt;',
    });
  });

  it('reads a missing text as the empty string', () => {
    const raw = slashCommand();
    delete raw.text;
    expect(parseSlashCommand(raw)).toEqual({ kind: 'command', user: ana, visibility: 'dm', text: '', raw });
  });

  it('turns a command without a user_id into an unsupported event instead of throwing', () => {
    const raw = slashCommand();
    delete raw.user_id;
    expect(parseSlashCommand(raw)).toEqual({
      kind: 'unsupported',
      visibility: 'dm',
      reason: 'malformed slash command',
      raw,
    });
  });

  it.each([undefined, null, 'text', 42, []])('turns %j into an unsupported event', (raw) => {
    expect(parseSlashCommand(raw)).toMatchObject({ kind: 'unsupported', raw });
  });
});

describe('parseBlockAction', () => {
  it('turns a button click into an action with no values', () => {
    const raw = blockActions();
    expect(parseBlockAction(raw)).toEqual({
      kind: 'action',
      user: ana,
      visibility: 'dm',
      actionId: 'reflect:1',
      values: [],
      raw,
    });
  });

  it('gives a button clicked in a channel visibility channel', () => {
    const raw = blockActions({
      channel: { id: 'C0CHAN', name: 'general' },
      container: { type: 'message', message_ts: '1', channel_id: 'C0CHAN', is_ephemeral: true },
    });
    expect(parseBlockAction(raw)).toMatchObject({ kind: 'action', visibility: 'channel' });
  });

  it('turns checkboxes into an action with the selected values in order', () => {
    const raw = blockActions({
      actions: [
        checkboxAction({
          selected_options: [option('tea'), option('walk'), option('call')],
        }),
      ],
    });
    expect(parseBlockAction(raw)).toEqual({
      kind: 'action',
      user: ana,
      visibility: 'dm',
      actionId: 'checklist:7',
      values: ['tea', 'walk', 'call'],
      raw,
    });
  });

  it('reads checkboxes without a selected_options key as nothing selected', () => {
    const raw = blockActions({ actions: [checkboxAction({})] });
    expect(parseBlockAction(raw)).toMatchObject({ kind: 'action', actionId: 'checklist:7', values: [] });
  });

  it('gives an action from the Home tab (a view, no channel) visibility dm', () => {
    const raw = blockActions({
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home' },
    });
    delete raw.channel;
    delete raw.message;
    expect(parseBlockAction(raw)).toEqual({
      kind: 'action',
      user: ana,
      visibility: 'dm',
      actionId: 'reflect:1',
      values: [],
      raw,
    });
  });

  it('takes the team from user.team_id when team is null', () => {
    const raw = blockActions({ team: null, user: { id: 'U0ANA', team_id: 'T0OTHER' } });
    expect(parseBlockAction(raw)).toMatchObject({
      kind: 'action',
      user: { platform: 'slack', workspaceId: 'T0OTHER', userId: 'U0ANA' },
    });
  });

  it('turns an action with no team anywhere into an unsupported event', () => {
    const raw = blockActions({ team: null, user: { id: 'U0ANA' } });
    expect(parseBlockAction(raw)).toEqual({
      kind: 'unsupported',
      visibility: 'dm',
      reason: 'block action without a team',
      raw,
    });
  });

  it('turns an unknown element type into an unsupported event that keeps the user', () => {
    const raw = blockActions({
      actions: [{ type: 'datepicker', action_id: 'when', block_id: 'b3', selected_date: '2026-12-28' }],
    });
    expect(parseBlockAction(raw)).toEqual({
      kind: 'unsupported',
      user: ana,
      visibility: 'dm',
      reason: 'element datepicker',
      raw,
    });
  });

  it('turns an empty actions array into an unsupported event', () => {
    const raw = blockActions({ actions: [] });
    expect(parseBlockAction(raw)).toEqual({
      kind: 'unsupported',
      visibility: 'dm',
      reason: 'malformed block action',
      raw,
    });
  });

  it('turns a payload of another type into an unsupported event', () => {
    expect(parseBlockAction(viewSubmission())).toMatchObject({ kind: 'unsupported' });
  });
});

describe('parseViewSubmission', () => {
  it('gathers the fields from state.values, a null value becoming the empty string', () => {
    const raw = viewSubmission();
    expect(parseViewSubmission(raw)).toEqual({
      kind: 'form_submit',
      user: ana,
      visibility: 'dm',
      formId: 'reflect:42',
      fields: { answer: 'A long walk helped.', note: '' },
      raw,
    });
  });

  it('keys the fields by action id across blocks', () => {
    const raw = viewSubmission({
      view: {
        callback_id: 'f',
        state: {
          values: {
            b1: { first: { type: 'plain_text_input', value: 'one' } },
            b2: { second: { type: 'plain_text_input', value: 'two' }, third: { type: 'plain_text_input' } },
          },
        },
      },
    });
    expect(parseViewSubmission(raw)).toMatchObject({
      kind: 'form_submit',
      formId: 'f',
      fields: { first: 'one', second: 'two', third: '' },
    });
  });

  it('takes the team from user.team_id when team is null', () => {
    const raw = viewSubmission({ team: null });
    expect(parseViewSubmission(raw)).toMatchObject({ kind: 'form_submit', user: ana });
  });

  it.each([
    ['no view', { view: undefined }],
    ['a view without state', { view: { callback_id: 'f' } }],
    ['a state value that is not an object', { view: { callback_id: 'f', state: { values: { b: 'x' } } } }],
    ['a number as the value', { view: { callback_id: 'f', state: { values: { b: { a: { value: 3 } } } } } }],
  ])('turns a malformed view (%s) into an unsupported event', (_, overrides) => {
    const raw = viewSubmission(overrides);
    expect(parseViewSubmission(raw)).toEqual({
      kind: 'unsupported',
      visibility: 'dm',
      reason: 'malformed view submission',
      raw,
    });
  });
});

describe('parseDirectMessage', () => {
  it('turns a member’s message in the DM into a message event', () => {
    const raw = imMessage();
    expect(parseDirectMessage(raw, 'T0TEAM')).toEqual({
      kind: 'message',
      user: ana,
      visibility: 'dm',
      text: 'I had a hard day',
      raw,
    });
  });

  it('keeps the original input as raw, the same object', () => {
    const raw = imMessage();
    expect(parseDirectMessage(raw, 'T0TEAM')?.raw).toBe(raw);
  });

  it('ignores a message in a channel', () => {
    expect(parseDirectMessage(imMessage({ channel: 'C0CHAN', channel_type: 'channel' }), 'T0TEAM')).toBe(
      undefined,
    );
  });

  it('ignores a bot message (our own included)', () => {
    expect(parseDirectMessage(imMessage({ bot_id: 'B0BOT', user: 'U0BOT' }), 'T0TEAM')).toBe(undefined);
  });

  it('ignores an edit', () => {
    const edit = imMessage({
      subtype: 'message_changed',
      message: { type: 'message', user: 'U0ANA', text: 'edited', ts: '1700000000.000100' },
    });
    expect(parseDirectMessage(edit, 'T0TEAM')).toBe(undefined);
  });

  it('ignores a message when the team id is missing', () => {
    expect(parseDirectMessage(imMessage(), undefined)).toBe(undefined);
    expect(parseDirectMessage(imMessage(), '')).toBe(undefined);
  });

  it('ignores what is not a message', () => {
    expect(parseDirectMessage(undefined, 'T0TEAM')).toBe(undefined);
    expect(parseDirectMessage({ type: 'app_home_opened', user: 'U0ANA' }, 'T0TEAM')).toBe(undefined);
  });
});

describe('raw', () => {
  it('is always the very input, whatever the outcome', () => {
    const inputs = [slashCommand(), blockActions(), viewSubmission(), { nonsense: true }];
    for (const raw of inputs) {
      expect(parseSlashCommand(raw).raw).toBe(raw);
      expect(parseBlockAction(raw).raw).toBe(raw);
      expect(parseViewSubmission(raw).raw).toBe(raw);
    }
  });
});

describe('parseUserChange', () => {
  it('reads the new time zone (and language, when Slack sends it) as hints for the person', () => {
    const raw = {
      type: 'user_change',
      user: { id: 'U0ANA', team_id: 'T0OTHER', tz: 'Europe/Madrid', name: 'ana' },
    };
    expect(parseUserChange(raw, 'T0TEAM')).toEqual({
      kind: 'profile',
      user: { ...ana, timeZone: 'Europe/Madrid' },
    });
    expect(parseUserChange({ ...raw, user: { ...raw.user, locale: 'es-ES' } }, undefined)).toEqual({
      kind: 'profile',
      user: { ...ana, workspaceId: 'T0OTHER', timeZone: 'Europe/Madrid', locale: 'es-ES' },
    });
  });

  it.each([
    ['another event', { type: 'team_join', user: { id: 'U0ANA' } }, 'T0TEAM'],
    ['no user id', { type: 'user_change', user: { tz: 'Europe/Madrid' } }, 'T0TEAM'],
    ['a user that is not an object', { type: 'user_change', user: 'U0ANA' }, 'T0TEAM'],
    ['no team anywhere', { type: 'user_change', user: { id: 'U0ANA', tz: 'Europe/Madrid' } }, undefined],
  ])('ignores %s', (_why, raw, teamId) => {
    expect(parseUserChange(raw, teamId)).toBeUndefined();
  });

  it('drops a time zone or language of the wrong type and keeps the rest', () => {
    expect(
      parseUserChange({ type: 'user_change', user: { id: 'U0ANA', tz: 12, locale: ['es'] } }, 'T0TEAM'),
    ).toEqual({ kind: 'profile', user: ana });
  });
});
