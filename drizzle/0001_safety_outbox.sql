CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `deliveries` ADD `subject_id` integer REFERENCES members(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `payload` text;