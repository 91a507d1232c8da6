CREATE TABLE `displays` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`room_email` text NOT NULL,
	`capacity` integer NOT NULL,
	`floor` text NOT NULL,
	`building` text NOT NULL,
	`equipment` text NOT NULL,
	`time_zone` text NOT NULL,
	`business_days` text NOT NULL,
	`business_start_minute` integer NOT NULL,
	`business_end_minute` integer NOT NULL,
	`lang` text NOT NULL,
	`privacy_mode` integer NOT NULL,
	`check_in_minutes` integer,
	`theme` text NOT NULL,
	`calendar_source` text NOT NULL,
	`token_version` integer DEFAULT 1 NOT NULL,
	`paired_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `displays_org_name` ON `displays` (`org_id`,`name`);--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`lang` text NOT NULL,
	`finder_key_version` integer DEFAULT 1 NOT NULL,
	`retention_months` integer DEFAULT 13 NOT NULL,
	`microsoft_client_id` text,
	`microsoft_tenant_id` text,
	`google_client_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orgs_slug_unique` ON `orgs` (`slug`);--> statement-breakpoint
CREATE TABLE `pairing_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`display_id` text NOT NULL,
	`org_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `room_snapshots` (
	`org_id` text NOT NULL,
	`display_id` text NOT NULL,
	`name` text NOT NULL,
	`online` integer NOT NULL,
	`occupied` integer NOT NULL,
	`taken_at` integer NOT NULL,
	PRIMARY KEY(`display_id`, `taken_at`)
);
--> statement-breakpoint
CREATE INDEX `room_snapshots_org_time` ON `room_snapshots` (`org_id`,`taken_at`);--> statement-breakpoint
ALTER TABLE `admins` ADD `org_id` text;