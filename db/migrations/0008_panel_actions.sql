ALTER TABLE `displays` ADD `may_book` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `displays` ADD `may_extend_end` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `displays` ADD `may_release` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `orgs` ADD `booking_subject` text;