DROP INDEX `deliveries_member_slot`;--> statement-breakpoint
DROP INDEX `deliveries_remind`;--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_slot_member` ON `deliveries` (`slot_key`,`member_id`);--> statement-breakpoint
CREATE INDEX `deliveries_remind` ON `deliveries` (`remind_at`) WHERE "deliveries"."remind_at" is not null;