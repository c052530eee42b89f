CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`url` text,
	`language` text DEFAULT 'en' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`removed_at` integer,
	`created_by_token_id` integer
);
--> statement-breakpoint
CREATE INDEX `alerts_active_idx` ON `alerts` (`removed_at`,`expires_at`);
