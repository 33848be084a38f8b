ALTER TABLE `members` ADD `dm_chosen_at` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `name` text;