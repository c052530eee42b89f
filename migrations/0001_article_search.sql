-- Full-text search over public articles only. Triggers keep the index in step with
-- `articles`, so a draft, scheduled, unpublished or trashed article is never in it.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  title, dek, body_text,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles`
WHEN new.status = 'published' AND new.deleted_at IS NULL
BEGIN
  INSERT INTO articles_fts(rowid, title, dek, body_text) VALUES (new.id, new.title, new.dek, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF title, dek, body_text, status, deleted_at ON `articles`
BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
  INSERT INTO articles_fts(rowid, title, dek, body_text)
    SELECT new.id, new.title, new.dek, new.body_text
    WHERE new.status = 'published' AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles`
BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;
