import { z } from 'zod';
import type { InboundEvent, ProfileEvent, UserRef, Visibility } from '../../src/core/model';

/**
 * Slack payloads → neutral events. Everything arrives as `unknown` and is validated here; a
 * payload that does not fit becomes an `unsupported` event, never an exception.
 */

const id = z.string().min(1).max(64);

const slashCommand = z.object({
  team_id: id,
  user_id: id,
  channel_id: id,
  text: z.string().max(4000).default(''),
});

const blockAction = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  channel: z.object({ id }).nullish(),
  container: z.object({ type: z.string() }).passthrough().optional(),
  actions: z
    .array(
      z.object({
        type: z.string(),
        action_id: z.string().max(255),
        selected_options: z.array(z.object({ value: z.string() })).optional(),
      }),
    )
    .min(1),
});

const viewSubmission = z.object({
  type: z.literal('view_submission'),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  view: z.object({
    callback_id: z.string().max(255),
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.record(
        z.string(),
        // Slack's inputs stop at 3000; the bound is wider so that the core's own check (with its kind words) decides.
        z.record(z.string(), z.object({ value: z.string().max(16_000).nullish() }).passthrough()),
      ),
    }),
  }),
});

const directMessage = z.object({
  type: z.literal('message'),
  channel_type: z.literal('im'),
  user: id,
  // Slack cuts a message at 40,000 characters: anything longer did not come from a member's client.
  text: z.string().max(40_000).default(''),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});

const visibilityOf = (channelId: string | undefined): Visibility =>
  channelId === undefined || channelId.startsWith('D') ? 'dm' : 'channel';

const user = (teamId: string, userId: string): UserRef => ({
  platform: 'slack',
  workspaceId: teamId,
  userId,
});

const unsupported = (reason: string, raw: unknown): InboundEvent => ({
  kind: 'unsupported',
  visibility: 'dm',
  reason,
  raw,
});

/**
 * Slack escapes `&`, `<` and `>` in what a member typed (and keeps `<@U…|name>` for mentions):
 * the core reads the member's own characters, `&` last so that a typed "&lt;" stays as typed.
 */
export const unescapeSlack = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function parseSlashCommand(raw: unknown): InboundEvent {
  const parsed = slashCommand.safeParse(raw);
  // i18n-exempt: an unsupported event's reason, for the log only (tests pin these words)
  if (!parsed.success) return unsupported('malformed slash command', raw);
  const c = parsed.data;
  return {
    kind: 'command',
    user: user(c.team_id, c.user_id),
    visibility: visibilityOf(c.channel_id),
    text: unescapeSlack(c.text),
    raw,
  };
}

export function parseBlockAction(raw: unknown): InboundEvent {
  const parsed = blockAction.safeParse(raw);
  // i18n-exempt: an unsupported event's reason, for the log only (tests pin these words)
  if (!parsed.success) return unsupported('malformed block action', raw);
  const body = parsed.data;
  const teamId = body.team?.id ?? body.user.team_id;
  const action = body.actions[0];
  // i18n-exempt: an unsupported event's reason, for the log only (tests pin these words)
  if (!teamId || !action) return unsupported('block action without a team', raw);
  const from = user(teamId, body.user.id);
  // The Home tab and modals are private to the member.
  const visibility = body.container?.type === 'view' ? 'dm' : visibilityOf(body.channel?.id);
  if (action.type === 'button') {
    return { kind: 'action', user: from, visibility, actionId: action.action_id, values: [], raw };
  }
  if (action.type === 'checkboxes') {
    const values = (action.selected_options ?? []).map((o) => o.value);
    return { kind: 'action', user: from, visibility, actionId: action.action_id, values, raw };
  }
  // The reason reaches the logs: the element's type only if it looks like one of Slack's names.
  // i18n-exempt: part of the unsupported event's reason, for the log only
  const element = /^[a-z_]{1,40}$/.test(action.type) ? action.type : 'of another type';
  return { kind: 'unsupported', user: from, visibility, reason: `element ${element}`, raw };
}

export function parseViewSubmission(raw: unknown): InboundEvent {
  const parsed = viewSubmission.safeParse(raw);
  // i18n-exempt: an unsupported event's reason, for the log only (tests pin these words)
  if (!parsed.success) return unsupported('malformed view submission', raw);
  const body = parsed.data;
  const teamId = body.team?.id ?? body.user.team_id;
  // i18n-exempt: an unsupported event's reason, for the log only (tests pin these words)
  if (!teamId) return unsupported('view submission without a team', raw);
  const fields: Record<string, string> = {};
  for (const block of Object.values(body.view.state.values)) {
    for (const [actionId, input] of Object.entries(block)) fields[actionId] = input.value ?? '';
  }
  return {
    kind: 'form_submit',
    user: user(teamId, body.user.id),
    visibility: 'dm',
    formId: body.view.callback_id,
    fields,
    raw,
  };
}

/** A message a member typed in their DM with the bot; anything else (bots, edits, channels) is not ours. */
export function parseDirectMessage(raw: unknown, teamId: unknown): InboundEvent | undefined {
  const parsed = directMessage.safeParse(raw);
  const team = id.safeParse(teamId);
  // Edits, joins and bot messages (our own included) carry a subtype or a bot id: not a member writing.
  if (
    !parsed.success ||
    !team.success ||
    parsed.data.subtype !== undefined ||
    parsed.data.bot_id !== undefined
  ) {
    return undefined;
  }
  return {
    kind: 'message',
    user: user(team.data, parsed.data.user),
    visibility: 'dm',
    text: unescapeSlack(parsed.data.text),
    raw,
  };
}

const homeOpened = z.object({
  type: z.literal('app_home_opened'),
  user: id,
  tab: z.string().max(32).optional(),
});

/** A member opening the app's Home tab: the `home` command, answered in that private tab. */
export function parseHomeOpened(raw: unknown, teamId: unknown): InboundEvent | undefined {
  const parsed = homeOpened.safeParse(raw);
  const team = id.safeParse(teamId);
  if (!parsed.success || !team.success || parsed.data.tab !== 'home') return undefined;
  return { kind: 'command', user: user(team.data, parsed.data.user), visibility: 'dm', text: 'home', raw };
}

const userChange = z.object({
  type: z.literal('user_change'),
  user: z.object({
    id,
    team_id: id.optional(),
    tz: z.string().max(64).optional().catch(undefined),
    locale: z.string().max(35).optional().catch(undefined),
  }),
});

/**
 * A person's profile changed (`user_change`, with the `users:read` scope): their time zone, and
 * their language when Slack includes it, as hints. Undefined for anything else or malformed.
 */
export function parseUserChange(raw: unknown, teamId: unknown): ProfileEvent | undefined {
  const parsed = userChange.safeParse(raw);
  const team = id.safeParse(teamId);
  if (!parsed.success) return undefined;
  const { id: userId, team_id, tz, locale } = parsed.data.user;
  const workspaceId = team.success ? team.data : team_id;
  if (workspaceId === undefined) return undefined;
  return {
    kind: 'profile',
    user: { ...user(workspaceId, userId), ...(tz ? { timeZone: tz } : {}), ...(locale ? { locale } : {}) },
  };
}

/** Where a reply to a request can go besides the DM: a form's trigger and a response URL, each if well-formed. */
export interface ReplyRoute {
  readonly triggerId?: string;
  readonly responseUrl?: string;
}

const replyRoute = z.object({
  trigger_id: z
    .string()
    .regex(/^[\w.-]{1,255}$/)
    .optional()
    .catch(undefined),
  response_url: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional()
    .catch(undefined),
});

export function parseReplyRoute(raw: unknown): ReplyRoute {
  const parsed = replyRoute.safeParse(raw);
  if (!parsed.success) return {};
  const { trigger_id: triggerId, response_url: responseUrl } = parsed.data;
  return { ...(triggerId ? { triggerId } : {}), ...(responseUrl ? { responseUrl } : {}) };
}
