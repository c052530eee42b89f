ALTER TABLE `articles` ADD `hero_media_id` text;--> statement-breakpoint
CREATE TABLE `article_media` (
	`article_id` integer NOT NULL,
	`media_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`article_id`, `media_id`, `role`)
);
--> statement-breakpoint
CREATE INDEX `article_media_media_idx` ON `article_media` (`media_id`,`article_id`);
