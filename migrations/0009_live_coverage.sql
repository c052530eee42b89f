-- Live coverage (docs/live.md): an article's live state and coverage times, and its entries.
ALTER TABLE `articles` ADD `live` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `coverage_started_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `coverage_ended_at` integer;--> statement-breakpoint
CREATE TABLE `live_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`body_source` text NOT NULL,
	`body_html` text NOT NULL,
	`body_text` text NOT NULL,
	`pinned` integer DEFAULT false NOT NULL,
	`key_event` integer DEFAULT false NOT NULL,
	`token_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_entries_page_idx` ON `live_entries` (`article_id`,`pinned`,`id`);--> statement-breakpoint
CREATE INDEX `live_entries_key_event_idx` ON `live_entries` (`article_id`,`key_event`,`id`);
