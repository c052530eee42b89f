CREATE TABLE `fronts` (
	`name` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by_token_id` integer
);
--> statement-breakpoint
CREATE TABLE `front_slots` (
	`front` text NOT NULL,
	`position` integer NOT NULL,
	`article_id` integer NOT NULL,
	`expires_at` integer,
	PRIMARY KEY(`front`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
