CREATE TABLE `daily_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `share_click_visitors` (
	`day` text NOT NULL,
	`visitor` text NOT NULL,
	PRIMARY KEY(`day`, `visitor`)
);
--> statement-breakpoint
DROP INDEX `articles_slug_unique`;--> statement-breakpoint
CREATE INDEX `articles_slug_idx` ON `articles` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_reserved_slug_unique` ON `articles` (`slug`) WHERE status <> 'draft';--> statement-breakpoint
ALTER TABLE `revisions` ADD `compacted` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);