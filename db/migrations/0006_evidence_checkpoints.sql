CREATE TABLE `evidence_checkpoints` (
	`size` integer PRIMARY KEY NOT NULL,
	`log` text NOT NULL,
	`root_hash` text NOT NULL,
	`signed_at` integer NOT NULL,
	`key_id` text NOT NULL,
	`jws` text NOT NULL
);
