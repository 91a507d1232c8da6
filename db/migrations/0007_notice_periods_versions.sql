CREATE TABLE `contract_periods` (
	`id` integer PRIMARY KEY NOT NULL,
	`notice_period_days` integer NOT NULL,
	`objection_window_days` integer NOT NULL,
	`resolution_period_days` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `list_versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`notice_id` text,
	`effective_at` integer NOT NULL,
	`entries` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `list_versions_notice_id_unique` ON `list_versions` (`notice_id`);--> statement-breakpoint
ALTER TABLE `notices` ADD `notice_period_days` integer;--> statement-breakpoint
ALTER TABLE `notices` ADD `objection_window_days` integer;--> statement-breakpoint
ALTER TABLE `notices` ADD `resolution_period_days` integer;--> statement-breakpoint
ALTER TABLE `notices` ADD `withdrawal_reason` text;