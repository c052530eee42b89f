-- Corrections, clarifications and update notes on published stories (docs/corrections.md),
-- and the time of an article's last significant change (what readers see as "Updated").
ALTER TABLE `articles` ADD `significant_updated_at` integer;--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text_source` text NOT NULL,
	`text_html` text NOT NULL,
	`text_plain` text NOT NULL,
	`published_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`token_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `corrections_article_idx` ON `corrections` (`article_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `corrections_listing_idx` ON `corrections` (`published_at`,`id`) WHERE kind in ('correction', 'clarification');
