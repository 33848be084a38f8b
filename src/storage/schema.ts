import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The database schema. Times are ISO-8601 UTC strings. Answer content lives only in
 * `responses.content`, encrypted (see `crypto.ts`). Ids use AUTOINCREMENT so a deleted
 * member's id is never reused by someone else (the audit log keeps bare ids).
 */

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const workspaces = sqliteTable(
  'workspaces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: ['discord', 'slack', 'shell'] }).notNull(),
    externalId: text('external_id').notNull(),
    /** The community's name as the platform last showed it (a Discord server's name), to name it in choices. */
    name: text('name'),
    /** A platform role (e.g. a Discord role id) whose holders act as facilitators here. */
    facilitatorRoleId: text('facilitator_role_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('workspaces_platform_external').on(t.platform, t.externalId)],
);

export const ROLES = ['client', 'therapist', 'facilitator', 'admin'] as const;
export const LOCALE_SOURCES = ['platform', 'member'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that may shape others' experience (caps, group rhythm and counts). */
export const STAFF_ROLES: readonly Role[] = ['therapist', 'facilitator', 'admin'];

export const members = sqliteTable(
  'members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    platformUserId: text('platform_user_id').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('client'),
    timeZone: text('time_zone').notNull().default('UTC'),
    /**
     * Where `time_zone` came from, as `locale_source` for the language: null while it is the
     * default, `platform` when taken from the platform (Slack's profile, the shell's machine),
     * `member` when the member set it with `settings timezone`, which nothing overrides.
     */
    timeZoneSource: text('time_zone_source', { enum: LOCALE_SOURCES }),
    /** The member's language (`en`, `es`: see `src/i18n`): every reply and the crisis card use it. */
    locale: text('locale').notNull().default('en'),
    /**
     * Where `locale` came from: null while it is the default (the member has none of their own),
     * `platform` when taken from the platform at first contact (Slack, Discord, the shell's LANG),
     * `member` when the member chose it with `settings language`, which nothing overrides.
     */
    localeSource: text('locale_source', { enum: LOCALE_SOURCES }),
    /** Where crisis resources are for: `US`, `GB`, `IE`, or null (unknown: local emergency number). */
    region: text('region'),
    /** Local `HH:MM`; both set or both null. The window may wrap midnight. */
    quietStart: text('quiet_start'),
    quietEnd: text('quiet_end'),
    /** Local date `YYYY-MM-DD` on which nudges start again; null when not paused. */
    pausedUntil: text('paused_until'),
    skipNext: integer('skip_next', { mode: 'boolean' }).notNull().default(false),
    remindersEnabled: integer('reminders_enabled', { mode: 'boolean' }).notNull().default(true),
    /** JSON array of theme ids never to send. */
    offLimitsThemes: text('off_limits_themes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Cached encoded DM address (see `core/address.ts`). */
    dmAddress: text('dm_address'),
    /** Set when a DM could not be delivered; the member is told privately next time they interact. */
    unreachableSince: text('unreachable_since'),
    /** Weekly therapy session: ISO weekday (1 = Monday) and local `HH:MM`; both set or both null. */
    sessionWeekday: integer('session_weekday'),
    sessionTime: text('session_time'),
    /** At most this many nudges (prompts and reminders) in any 7 days, set by a therapist; null: no cap. */
    weeklyCap: integer('weekly_cap'),
    /**
     * When this person last chose this community for their direct messages (a Discord user in
     * several servers, with global commands): a DM that names no server goes to the latest choice.
     */
    dmChosenAt: text('dm_chosen_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('members_workspace_user').on(t.workspaceId, t.platformUserId)],
);

export const CONSENT_SCOPES = ['store_answers', 'risk_alert_therapist'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Append-only history: the latest row per scope is the member's current choice. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: CONSENT_SCOPES }).notNull(),
    action: text('action', { enum: ['granted', 'withdrawn'] }).notNull(),
    /** Version of the wording the member saw when choosing. */
    noticeVersion: integer('notice_version').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('consents_member_scope').on(t.memberId, t.scope, t.id)],
);

/** `held`: waiting for something to happen first (a safety alert waits until the card was shown). */
export const DELIVERY_STATUSES = ['held', 'planned', 'sending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** Prompts and reminders for the member themself. */
export const PROMPT_KINDS = ['reflection', 'checklist', 'digest', 'reminder'] as const;
/**
 * Messages from one person to another, or about them, through the same outbox: a safety alert to
 * a linked therapist, an invitation, a change to a link, a shared digest, a notice telling a
 * sender that one of these could not be delivered, and a member's export sent into their Slack DM.
 */
export const OUTBOX_KINDS = [
  'safety_alert',
  'invitation',
  'link_notice',
  'share_digest',
  'notice',
  'export_file',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const DELIVERY_KINDS = [...PROMPT_KINDS, ...OUTBOX_KINDS] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export const deliveries = sqliteTable(
  'deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DELIVERY_KINDS }).notNull(),
    /** Prompt or checklist id from `prompts/`. */
    promptId: text('prompt_id').notNull(),
    /** Unique per member: `<kind>@<slot time ISO>` for scheduled slots, `adhoc:<uuid>` for asked-for ones. */
    slotKey: text('slot_key').notNull(),
    slotAt: text('slot_at').notNull(),
    /** When to send: the slot, moved to the end of quiet hours, or later after a 429 / 5xx. */
    dueAt: text('due_at').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('planned'),
    statusReason: text('status_reason'),
    attempts: integer('attempts').notNull().default(0),
    /** When a worker took it (status `sending`); see the crash policy in `scheduling/worker.ts`. */
    claimedAt: text('claimed_at'),
    sentAt: text('sent_at'),
    messageRef: text('message_ref'),
    /** When the one gentle reminder is due, if still open; null once reminded or not wanted. */
    remindAt: text('remind_at'),
    /** After this the prompt is no longer open: no reminder. */
    expiresAt: text('expires_at'),
    /** Answered, or set aside with "not today": no reminder. */
    closedAt: text('closed_at'),
    scheduleId: integer('schedule_id'),
    /** For a reminder: the delivery it is about. */
    parentId: integer('parent_id'),
    /** For a message about another member (a safety alert): who it is about. */
    subjectId: integer('subject_id').references(() => members.id, { onDelete: 'cascade' }),
    /** What the message must say, as ids and codes only (never a member's words). */
    payload: text('payload', { mode: 'json' }).$type<Record<string, string | number | boolean>>(),
    createdAt: createdAt(),
  },
  (t) => [
    // Slot first: the rows planned in one minute share their slot keys, so a planning slice adds
    // them to neighbouring index pages instead of one page per member scattered over the history.
    // Lookups by member use `deliveries_member_recent`.
    uniqueIndex('deliveries_slot_member').on(t.slotKey, t.memberId),
    index('deliveries_status_due').on(t.status, t.dueAt),
    // Only the open prompts that still have a reminder to come: planned rows and closed ones are
    // not in it, so planning and a submit do not write to it.
    index('deliveries_remind').on(t.remindAt).where(sql`${t.remindAt} is not null`),
    // Covering: a member's latest prompt ids are read from the index alone, without visiting rows
    // scattered over years of history.
    index('deliveries_member_recent').on(t.memberId, t.id, t.kind, t.promptId),
  ],
);

/** Explicit therapy session dates (in the member's zone), besides or instead of a weekly session. */
export const sessionDates = sqliteTable(
  'session_dates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    time: text('time').notNull(),
  },
  (t) => [uniqueIndex('session_dates_member_date').on(t.memberId, t.date)],
);

/** A group of members scheduled together (a Discord group, a Slack channel's members). */
export const cohorts = sqliteTable(
  'cohorts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    /** The group's weekly session, for session-anchored group schedules. */
    sessionWeekday: integer('session_weekday'),
    sessionTime: text('session_time'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cohorts_workspace_external').on(t.workspaceId, t.externalId)],
);

export const cohortMembers = sqliteTable(
  'cohort_members',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.memberId] }), index('cohort_members_member').on(t.memberId)],
);

export const ANCHORS = ['weekly', 'after-session', 'before-session'] as const;
export type Anchor = (typeof ANCHORS)[number];
export const CONTENTS = ['reflection', 'checklist', 'digest'] as const;
export type Content = (typeof CONTENTS)[number];

/** A rule that makes slots: for one member, or for every member of a cohort. */
export const schedules = sqliteTable(
  'schedules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id').references(() => members.id, { onDelete: 'cascade' }),
    cohortId: integer('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
    anchor: text('anchor', { enum: ANCHORS }).notNull(),
    /** ISO weekdays for `weekly`. */
    weekdays: text('weekdays', { mode: 'json' }).$type<number[]>().notNull().default([]),
    /** Days from the session for session anchors: +1 the day after, -1 the evening before. */
    dayOffset: integer('day_offset').notNull().default(0),
    /** Local `HH:MM`, in each member's own zone. */
    time: text('time').notNull(),
    content: text('content', { enum: CONTENTS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('schedules_member').on(t.memberId), index('schedules_cohort').on(t.cohortId)],
);

/**
 * One row per (schedule, member): when that member's next slot is due, in UTC. A tick reads only
 * rows that are due, through the index, so its cost follows what is due, not how many members exist.
 */
export const plans = sqliteTable(
  'plans',
  {
    scheduleId: integer('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    nextDueAt: text('next_due_at'),
  },
  (t) => [
    primaryKey({ columns: [t.scheduleId, t.memberId] }),
    index('plans_next_due').on(t.nextDueAt),
    index('plans_member').on(t.memberId),
  ],
);

export const RESPONSE_KINDS = ['reflection', 'checklist', 'checklist_follow_up', 'rupture_note'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    deliveryId: integer('delivery_id').references(() => deliveries.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: RESPONSE_KINDS }).notNull(),
    promptId: text('prompt_id').notNull(),
    /** AES-256-GCM sealed JSON `{ text?: string, selected?: string[] }`. Never plaintext. */
    content: blob('content', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // A member's entries newest first (home, the share picker) straight from the index, no sort.
    index('responses_member').on(t.memberId, t.id),
    index('responses_delivery').on(t.deliveryId),
  ],
);

/** Bare counts with no member attached (e.g. how often "this wasn't about me" was chosen). */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull().default(0),
});

/**
 * What happened, never what was written: consent changes, exports, deletions, shares, safety
 * events. `memberId` is a bare id (no foreign key) so the record that a deletion happened survives it.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    workspaceId: integer('workspace_id'),
    memberId: integer('member_id'),
    action: text('action').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, string | number | boolean>>(),
  },
  (t) => [index('audit_member').on(t.memberId, t.at)],
);

export type MemberRow = typeof members.$inferSelect;
export type WorkspaceRow = typeof workspaces.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type ResponseRow = typeof responses.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ScheduleRow = typeof schedules.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;

export const LINK_STATUSES = ['invited', 'active', 'declined', 'ended'] as const;

/** A therapist ↔ client link inside one workspace; the client accepts it, either side can end it. */
export const careLinks = sqliteTable(
  'care_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: integer('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    therapistId: integer('therapist_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    status: text('status', { enum: LINK_STATUSES }).notNull(),
    createdAt: text('created_at').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [
    uniqueIndex('care_links_pair').on(t.therapistId, t.clientId),
    index('care_links_client').on(t.clientId),
  ],
);

/** `queued`: in the outbox; `sent`: the platform accepted it; `failed`: it could not be delivered (see `failedReason`). */
export const SHARE_STATUSES = ['draft', 'queued', 'sent', 'failed', 'revoked'] as const;

/** What a client chose to share with one linked therapist: response ids only, never copies of text. */
export const shares = sqliteTable(
  'shares',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    linkId: integer('link_id').references(() => careLinks.id, { onDelete: 'set null' }),
    responseIds: text('response_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    status: text('status', { enum: SHARE_STATUSES }).notNull().default('draft'),
    /** Where the digest went (encoded address + message id), so a revoke can withdraw it. */
    sentAddress: text('sent_address'),
    sentMessageId: text('sent_message_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    revokedAt: text('revoked_at'),
    /** Why a `failed` share did not arrive: `dm-blocked`, `recipient-gone`, `gave-up`, `uncertain`, `files-failed`. */
    failedReason: text('failed_reason'),
    /** While a draft: how many of the client's shareable entries, newest first, the picker pages past. */
    pageOffset: integer('page_offset').notNull().default(0),
  },
  (t) => [index('shares_client').on(t.clientId), index('shares_link').on(t.linkId)],
);

export type CareLinkRow = typeof careLinks.$inferSelect;
export type ShareRow = typeof shares.$inferSelect;
