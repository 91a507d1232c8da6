ALTER TABLE `subscribers` ADD `suppressed_at` integer;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `suppressed_reason` text;--> statement-breakpoint
ALTER TABLE `email_deliveries` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `email_deliveries` ADD `outcome_at` integer;