import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('workspaces_platform_external').on(t.platform, t.externalId)],
);

export const ROLES = ['client', 'therapist', 'facilitator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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
    locale: text('locale').notNull().default('en'),
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

export const DELIVERY_STATUSES = ['planned', 'sending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_KINDS = ['reflection', 'checklist', 'digest', 'reminder'] as const;
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
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('planned'),
    statusReason: text('status_reason'),
    attempts: integer('attempts').notNull().default(0),
    sentAt: text('sent_at'),
    messageRef: text('message_ref'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('deliveries_member_slot').on(t.memberId, t.slotKey),
    index('deliveries_status_slot').on(t.status, t.slotAt),
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
  (t) => [index('responses_member').on(t.memberId, t.createdAt)],
);

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
