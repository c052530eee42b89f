CREATE TABLE `cache_entries` (
	`tag` text NOT NULL,
	`url` text NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`tag`, `url`)
);
--> statement-breakpoint
CREATE INDEX `cache_entries_url_idx` ON `cache_entries` (`url`);--> statement-breakpoint
CREATE TABLE `cache_purges` (
	`tag` text PRIMARY KEY NOT NULL,
	`purged_at` integer NOT NULL
);
