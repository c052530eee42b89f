CREATE TABLE `purge_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tags` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`done_at` integer,
	`follow_up_at` integer
);
--> statement-breakpoint
CREATE INDEX `purge_outbox_pending_idx` ON `purge_outbox` (`done_at`,`id`);--> statement-breakpoint
CREATE INDEX `purge_outbox_follow_up_idx` ON `purge_outbox` (`follow_up_at`);