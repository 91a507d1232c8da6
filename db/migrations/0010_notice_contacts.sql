CREATE TABLE `notice_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`email` text NOT NULL,
	`status` text NOT NULL,
	`suppressed_reason` text,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`status_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_contacts_org_email` ON `notice_contacts` (`org_id`,`email`);--> statement-breakpoint
CREATE INDEX `notice_contacts_email` ON `notice_contacts` (`email`);--> statement-breakpoint
ALTER TABLE `objections` ADD `org_id` text;--> statement-breakpoint
ALTER TABLE `admins` ADD `lang` text;