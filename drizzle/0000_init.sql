CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`workspace_id` integer,
	`member_id` integer,
	`action` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_member` ON `audit_log` (`member_id`,`at`);--> statement-breakpoint
CREATE TABLE `care_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`therapist_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`therapist_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_links_pair` ON `care_links` (`therapist_id`,`client_id`);--> statement-breakpoint
CREATE INDEX `care_links_client` ON `care_links` (`client_id`);--> statement-breakpoint
CREATE TABLE `cohort_members` (
	`cohort_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	PRIMARY KEY(`cohort_id`, `member_id`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cohort_members_member` ON `cohort_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`external_id` text NOT NULL,
	`name` text NOT NULL,
	`session_weekday` integer,
	`session_time` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cohorts_workspace_external` ON `cohorts` (`workspace_id`,`external_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`scope` text NOT NULL,
	`action` text NOT NULL,
	`notice_version` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `consents_member_scope` ON `consents` (`member_id`,`scope`,`id`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt_id` text NOT NULL,
	`slot_key` text NOT NULL,
	`slot_at` text NOT NULL,
	`due_at` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`status_reason` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_at` text,
	`sent_at` text,
	`message_ref` text,
	`remind_at` text,
	`expires_at` text,
	`closed_at` text,
	`schedule_id` integer,
	`parent_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_member_slot` ON `deliveries` (`member_id`,`slot_key`);--> statement-breakpoint
CREATE INDEX `deliveries_status_due` ON `deliveries` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `deliveries_remind` ON `deliveries` (`remind_at`);--> statement-breakpoint
CREATE INDEX `deliveries_member_recent` ON `deliveries` (`member_id`,`id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`platform_user_id` text NOT NULL,
	`role` text DEFAULT 'client' NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`region` text,
	`quiet_start` text,
	`quiet_end` text,
	`paused_until` text,
	`skip_next` integer DEFAULT false NOT NULL,
	`reminders_enabled` integer DEFAULT true NOT NULL,
	`off_limits_themes` text DEFAULT '[]' NOT NULL,
	`dm_address` text,
	`unreachable_since` text,
	`session_weekday` integer,
	`session_time` text,
	`weekly_cap` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_workspace_user` ON `members` (`workspace_id`,`platform_user_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`schedule_id` integer NOT NULL,
	`member_id` integer NOT NULL,
	`next_due_at` text,
	PRIMARY KEY(`schedule_id`, `member_id`),
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plans_next_due` ON `plans` (`next_due_at`);--> statement-breakpoint
CREATE INDEX `plans_member` ON `plans` (`member_id`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`delivery_id` integer,
	`kind` text NOT NULL,
	`prompt_id` text NOT NULL,
	`content` blob NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delivery_id`) REFERENCES `deliveries`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `responses_member` ON `responses` (`member_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_delivery` ON `responses` (`delivery_id`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer,
	`cohort_id` integer,
	`anchor` text NOT NULL,
	`weekdays` text DEFAULT '[]' NOT NULL,
	`day_offset` integer DEFAULT 0 NOT NULL,
	`time` text NOT NULL,
	`content` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `schedules_member` ON `schedules` (`member_id`);--> statement-breakpoint
CREATE INDEX `schedules_cohort` ON `schedules` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `session_dates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer NOT NULL,
	`date` text NOT NULL,
	`time` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_dates_member_date` ON `session_dates` (`member_id`,`date`);--> statement-breakpoint
CREATE TABLE `shares` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`link_id` integer,
	`response_ids` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`sent_address` text,
	`sent_message_id` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	`revoked_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`link_id`) REFERENCES `care_links`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `shares_client` ON `shares` (`client_id`);--> statement-breakpoint
CREATE INDEX `shares_link` ON `shares` (`link_id`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`facilitator_role_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_platform_external` ON `workspaces` (`platform`,`external_id`);