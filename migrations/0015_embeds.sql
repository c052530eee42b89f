-- Embed metadata (docs/media.md, "Embeds"): what each provider's oEmbed endpoint said about a
-- link that a published body shows as an embed card, fetched after the article is shown (never
-- in a request's path), and the thumbnail copied into R2 under `embeds/<key>`.
CREATE TABLE `embeds` (
	`url` text PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`status` text NOT NULL,
	`title` text,
	`thumbnail_key` text,
	`thumbnail_type` text,
	`thumbnail_width` integer,
	`thumbnail_height` integer,
	`fetched_at` integer NOT NULL
);
