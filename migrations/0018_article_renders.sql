-- Article pages rendered at publish time (docs/caching.md "Article fragments"): per article,
-- the parts of its page that do not vary per request. A row is fresh when stale = 0; every
-- write that changes something a fragment shows marks it stale in the same statement, through
-- the triggers below (so no writer can forget), and bumps `version`, so a render that read
-- older data can never store its result over a newer change (src/article-render/fragments.ts).
CREATE TABLE `article_renders` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`stale` integer DEFAULT 1 NOT NULL,
	`head_html` text,
	`article_html` text,
	`page_meta` text,
	`rendered_at` integer,
	`renderer` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_renders_stale_idx` ON `article_renders` (`article_id`) WHERE stale = 1;
--> statement-breakpoint
-- Fragments made by an older renderer (src/article-render/renderer.ts): found by the cron after a deploy.
CREATE INDEX `article_renders_renderer_idx` ON `article_renders` (`renderer`);
--> statement-breakpoint
-- The reverse of "previously reported": which pages show this story's headline.
CREATE INDEX `related_articles_related_idx` ON `related_articles` (`related_id`);
--> statement-breakpoint
INSERT INTO `article_renders` (`article_id`) SELECT `id` FROM `articles`;
--> statement-breakpoint
CREATE TRIGGER `article_renders_article_insert` AFTER INSERT ON `articles`
BEGIN
  INSERT INTO article_renders (article_id) VALUES (new.id);
END;
--> statement-breakpoint
-- Only stories readers can or could see: a draft's autosaves need no render (its row is never
-- read), and the change that publishes it has new.status = 'published'.
CREATE TRIGGER `article_renders_article_update` AFTER UPDATE ON `articles`
WHEN old.status = 'published' OR new.status = 'published'
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1 WHERE article_id = new.id;
END;
--> statement-breakpoint
-- `UPDATE OF` fires whenever a column is in the SET list (Drizzle's update of an article always
-- sets title, slug and status), so each trigger below also compares what its pages show.
CREATE TRIGGER `article_renders_related_update` AFTER UPDATE OF title, slug, status, deleted_at, published_at ON `articles`
WHEN (old.status = 'published' OR new.status = 'published')
  AND (old.title IS NOT new.title OR old.slug IS NOT new.slug OR old.status IS NOT new.status
    OR old.deleted_at IS NOT new.deleted_at OR old.published_at IS NOT new.published_at)
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1
  WHERE article_id IN (SELECT article_id FROM related_articles WHERE related_id = new.id);
END;
--> statement-breakpoint
-- Name and slug only: the article page never shows the author's bio.
CREATE TRIGGER `article_renders_author_update` AFTER UPDATE OF name, slug ON `authors`
WHEN old.name IS NOT new.name OR old.slug IS NOT new.slug
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1
  WHERE article_id IN (SELECT id FROM articles WHERE author_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_renders_section_update` AFTER UPDATE OF name, slug ON `sections`
WHEN old.name IS NOT new.name OR old.slug IS NOT new.slug
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1
  WHERE article_id IN (SELECT id FROM articles WHERE section_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_renders_tag_update` AFTER UPDATE OF name, slug ON `tags`
WHEN old.name IS NOT new.name OR old.slug IS NOT new.slug
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1
  WHERE article_id IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
END;
--> statement-breakpoint
-- Before: the cascade removes the tag's links, and with them the way to its stories.
CREATE TRIGGER `article_renders_tag_delete` BEFORE DELETE ON `tags`
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1
  WHERE article_id IN (SELECT article_id FROM article_tags WHERE tag_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_renders_correction_insert` AFTER INSERT ON `corrections`
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1 WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_renders_correction_update` AFTER UPDATE ON `corrections`
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1 WHERE article_id IN (old.article_id, new.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER `article_renders_correction_delete` AFTER DELETE ON `corrections`
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1 WHERE article_id = old.article_id;
END;
--> statement-breakpoint
-- The site's name is in every article's head, its time zone in every byline and its language
-- in the page: all of them.
CREATE TRIGGER `article_renders_site_insert` AFTER INSERT ON `site_settings`
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1;
END;
--> statement-breakpoint
-- A save that changes none of the three (an upsert always updates) marks nothing: 100k rows.
CREATE TRIGGER `article_renders_site_update` AFTER UPDATE OF name, time_zone, language ON `site_settings`
WHEN old.name IS NOT new.name OR old.time_zone IS NOT new.time_zone OR old.language IS NOT new.language
BEGIN
  UPDATE article_renders SET stale = 1, version = version + 1;
END;
