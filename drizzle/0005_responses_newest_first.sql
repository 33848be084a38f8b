DROP INDEX `responses_member`;--> statement-breakpoint
CREATE INDEX `responses_member` ON `responses` (`member_id`,`id`);