ALTER TABLE `notices` ADD `proposed_french` text;--> statement-breakpoint
ALTER TABLE `notices` ADD `reason_french` text;--> statement-breakpoint
ALTER TABLE `notices` ADD `withdrawal_reason_french` text;--> statement-breakpoint
ALTER TABLE `subprocessors` ADD `french` text;