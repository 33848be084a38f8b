ALTER TABLE `members` ADD `time_zone_source` text;--> statement-breakpoint
-- A member who ever set their time zone chose it (the audit log keeps which settings changed), and so
-- did anyone whose zone is not the default: a platform's zone never replaces theirs.
UPDATE `members` SET `time_zone_source` = 'member' WHERE `time_zone` <> 'UTC' OR EXISTS (
  SELECT 1 FROM `audit_log` a WHERE a.`member_id` = `members`.`id` AND a.`action` = 'settings_changed'
    AND (',' || json_extract(a.`detail`, '$.fields') || ',') LIKE '%,timeZone,%'
);
