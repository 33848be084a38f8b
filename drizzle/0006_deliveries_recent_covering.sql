DROP INDEX `deliveries_member_recent`;--> statement-breakpoint
CREATE INDEX `deliveries_member_recent` ON `deliveries` (`member_id`,`id`,`kind`,`prompt_id`);