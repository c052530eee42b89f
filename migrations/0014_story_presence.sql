-- Who has a story open in the newsroom editor (src/newsroom/presence.ts): one row per
-- story and person, refreshed every 20 s by the editor's script; a row older than 60 s
-- means the person left. Stale rows are deleted on the next write (seen_at index).
CREATE TABLE `story_presence` (
	`article_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`since` integer NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `person_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_presence_seen_idx` ON `story_presence` (`seen_at`);
--> statement-breakpoint
-- A contributor's own stories, newest change first, without walking everyone's.
CREATE INDEX `articles_created_by_idx` ON `articles` (`created_by_token_id`,`updated_at`,`id`);
--> statement-breakpoint
-- The newsroom's Stories list filters by headline words across every status; articles_fts
-- (0001) holds only public stories. Triggers keep this index in step with `articles`, so the
-- filter is one FTS lookup instead of a LIKE scan of the table.
CREATE VIRTUAL TABLE `story_titles_fts` USING fts5(
  title,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO story_titles_fts(rowid, title) SELECT id, title FROM articles;
--> statement-breakpoint
CREATE TRIGGER `story_titles_fts_after_insert` AFTER INSERT ON `articles`
BEGIN
  INSERT INTO story_titles_fts(rowid, title) VALUES (new.id, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `story_titles_fts_after_update` AFTER UPDATE OF title ON `articles`
WHEN old.title IS NOT new.title
BEGIN
  DELETE FROM story_titles_fts WHERE rowid = old.id;
  INSERT INTO story_titles_fts(rowid, title) VALUES (new.id, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `story_titles_fts_after_delete` AFTER DELETE ON `articles`
BEGIN
  DELETE FROM story_titles_fts WHERE rowid = old.id;
END;
