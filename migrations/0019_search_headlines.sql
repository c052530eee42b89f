-- Headline and summary of every public article, for ranking search results (queries/search.ts):
-- a story with every searched word in its headline or summary ranks first. articles_fts (0001)
-- has the same words, but a column filter on it reads the positions of every entry of the
-- words, body included; this index holds only the headline's and summary's words, so the walk
-- over a search's window of recent matches stays short. Triggers keep it in step with
-- `articles` exactly as 0001 keeps articles_fts: a draft, scheduled, unpublished or trashed
-- article is never in it.
CREATE VIRTUAL TABLE `articles_headline_fts` USING fts5(
  title, dek,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO articles_headline_fts(rowid, title, dek)
  SELECT id, title, dek FROM articles WHERE status = 'published' AND deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER `articles_headline_fts_after_insert` AFTER INSERT ON `articles`
WHEN new.status = 'published' AND new.deleted_at IS NULL
BEGIN
  INSERT INTO articles_headline_fts(rowid, title, dek) VALUES (new.id, new.title, new.dek);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_headline_fts_after_update` AFTER UPDATE OF title, dek, status, deleted_at ON `articles`
BEGIN
  DELETE FROM articles_headline_fts WHERE rowid = old.id;
  INSERT INTO articles_headline_fts(rowid, title, dek)
    SELECT new.id, new.title, new.dek
    WHERE new.status = 'published' AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_headline_fts_after_delete` AFTER DELETE ON `articles`
BEGIN
  DELETE FROM articles_headline_fts WHERE rowid = old.id;
END;
