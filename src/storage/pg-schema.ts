import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ANCHORS,
  CONSENT_SCOPES,
  CONTENTS,
  DELIVERY_KINDS,
  DELIVERY_STATUSES,
  LINK_STATUSES,
  LOCALE_SOURCES,
  RESPONSE_KINDS,
  ROLES,
  SHARE_STATUSES,
} from './schema';

/**
 * The same tables, columns and indexes as `schema.ts`, for PostgreSQL (issue #14: several processes
 * on one database). `tests/storage/pg-schema.test.ts` holds the two to the same names, columns,
 * nullability, defaults' presence and indexes, so a change to one that forgets the other fails CI.
 *
 * Choices that keep the two engines answering alike, so that no use case needs to know which it
 * runs on: times stay ISO-8601 UTC text (compared as strings, as on SQLite, and written with the
 * same milliseconds), enums stay text checked by the application, JSON is `jsonb`, booleans are
 * booleans, the sealed answers are `bytea`. Ids are 64-bit identities given by the database and
 * never reused, as SQLite's AUTOINCREMENT; `by default`, so an import can keep its ids. Id columns
 * read back as JavaScript numbers (exact below 2^53).
 */

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity();
const ref = (name: string) => bigint(name, { mode: 'number' });
const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const workspaces = pgTable(
  'workspaces',
  {
    id: id(),
    platform: text('platform', { enum: ['discord', 'slack', 'shell'] }).notNull(),
    externalId: text('external_id').notNull(),
    name: text('name'),
    facilitatorRoleId: text('facilitator_role_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('workspaces_platform_external').on(t.platform, t.externalId)],
);

export const members = pgTable(
  'members',
  {
    id: id(),
    workspaceId: ref('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    platformUserId: text('platform_user_id').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('client'),
    timeZone: text('time_zone').notNull().default('UTC'),
    timeZoneSource: text('time_zone_source', { enum: LOCALE_SOURCES }),
    locale: text('locale').notNull().default('en'),
    localeSource: text('locale_source', { enum: LOCALE_SOURCES }),
    region: text('region'),
    quietStart: text('quiet_start'),
    quietEnd: text('quiet_end'),
    pausedUntil: text('paused_until'),
    skipNext: boolean('skip_next').notNull().default(false),
    remindersEnabled: boolean('reminders_enabled').notNull().default(true),
    offLimitsThemes: jsonb('off_limits_themes').$type<string[]>().notNull().default([]),
    dmAddress: text('dm_address'),
    unreachableSince: text('unreachable_since'),
    sessionWeekday: integer('session_weekday'),
    sessionTime: text('session_time'),
    weeklyCap: integer('weekly_cap'),
    dmChosenAt: text('dm_chosen_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('members_workspace_user').on(t.workspaceId, t.platformUserId)],
);

export const consents = pgTable(
  'consents',
  {
    id: id(),
    memberId: ref('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    scope: text('scope', { enum: CONSENT_SCOPES }).notNull(),
    action: text('action', { enum: ['granted', 'withdrawn'] }).notNull(),
    noticeVersion: integer('notice_version').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('consents_member_scope').on(t.memberId, t.scope, t.id)],
);

export const deliveries = pgTable(
  'deliveries',
  {
    id: id(),
    memberId: ref('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DELIVERY_KINDS }).notNull(),
    promptId: text('prompt_id').notNull(),
    slotKey: text('slot_key').notNull(),
    slotAt: text('slot_at').notNull(),
    dueAt: text('due_at').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('planned'),
    statusReason: text('status_reason'),
    attempts: integer('attempts').notNull().default(0),
    claimedAt: text('claimed_at'),
    sentAt: text('sent_at'),
    messageRef: text('message_ref'),
    remindAt: text('remind_at'),
    expiresAt: text('expires_at'),
    closedAt: text('closed_at'),
    scheduleId: ref('schedule_id'),
    parentId: ref('parent_id'),
    subjectId: ref('subject_id').references(() => members.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').$type<Record<string, string | number | boolean>>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('deliveries_slot_member').on(t.slotKey, t.memberId),
    index('deliveries_status_due').on(t.status, t.dueAt),
    index('deliveries_remind').on(t.remindAt).where(sql`${t.remindAt} is not null`),
    index('deliveries_member_recent').on(t.memberId, t.id, t.kind, t.promptId),
  ],
);

export const sessionDates = pgTable(
  'session_dates',
  {
    id: id(),
    memberId: ref('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    time: text('time').notNull(),
  },
  (t) => [uniqueIndex('session_dates_member_date').on(t.memberId, t.date)],
);

export const cohorts = pgTable(
  'cohorts',
  {
    id: id(),
    workspaceId: ref('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    sessionWeekday: integer('session_weekday'),
    sessionTime: text('session_time'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cohorts_workspace_external').on(t.workspaceId, t.externalId)],
);

export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: ref('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    memberId: ref('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.memberId] }), index('cohort_members_member').on(t.memberId)],
);

export const schedules = pgTable(
  'schedules',
  {
    id: id(),
    memberId: ref('member_id').references(() => members.id, { onDelete: 'cascade' }),
    cohortId: ref('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
    anchor: text('anchor', { enum: ANCHORS }).notNull(),
    weekdays: jsonb('weekdays').$type<number[]>().notNull().default([]),
    dayOffset: integer('day_offset').notNull().default(0),
    time: text('time').notNull(),
    content: text('content', { enum: CONTENTS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('schedules_member').on(t.memberId), index('schedules_cohort').on(t.cohortId)],
);

export const plans = pgTable(
  'plans',
  {
    scheduleId: ref('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    memberId: ref('member_id')
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

export const responses = pgTable(
  'responses',
  {
    id: id(),
    memberId: ref('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    deliveryId: ref('delivery_id').references(() => deliveries.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: RESPONSE_KINDS }).notNull(),
    promptId: text('prompt_id').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('responses_member').on(t.memberId, t.id), index('responses_delivery').on(t.deliveryId)],
);

export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull().default(0),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: text('at').notNull(),
    workspaceId: ref('workspace_id'),
    memberId: ref('member_id'),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | boolean>>(),
  },
  (t) => [index('audit_member').on(t.memberId, t.at)],
);

export const careLinks = pgTable(
  'care_links',
  {
    id: id(),
    workspaceId: ref('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    therapistId: ref('therapist_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    clientId: ref('client_id')
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

export const shares = pgTable(
  'shares',
  {
    id: id(),
    clientId: ref('client_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    linkId: ref('link_id').references(() => careLinks.id, { onDelete: 'set null' }),
    responseIds: jsonb('response_ids').$type<number[]>().notNull().default([]),
    status: text('status', { enum: SHARE_STATUSES }).notNull().default('draft'),
    sentAddress: text('sent_address'),
    sentMessageId: text('sent_message_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    revokedAt: text('revoked_at'),
    failedReason: text('failed_reason'),
    pageOffset: integer('page_offset').notNull().default(0),
  },
  (t) => [index('shares_client').on(t.clientId), index('shares_link').on(t.linkId)],
);
