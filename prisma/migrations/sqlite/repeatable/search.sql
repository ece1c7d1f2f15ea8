-- Full-text search over posts (FTS5, external content kept in sync by triggers).
-- Re-run after every migration: a migration that rebuilds "Post" drops its triggers.
-- SQLite has no German stemmer; unicode61 folds case and umlauts, queries use prefixes.
CREATE VIRTUAL TABLE IF NOT EXISTS post_search USING fts5(
  title, excerpt, body,
  content='Post', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

DROP TRIGGER IF EXISTS post_search_insert;
DROP TRIGGER IF EXISTS post_search_delete;
DROP TRIGGER IF EXISTS post_search_update;

CREATE TRIGGER post_search_insert AFTER INSERT ON "Post" BEGIN
  INSERT INTO post_search(rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body);
END;

CREATE TRIGGER post_search_delete AFTER DELETE ON "Post" BEGIN
  INSERT INTO post_search(post_search, rowid, title, excerpt, body) VALUES ('delete', old.id, old.title, old.excerpt, old.body);
END;

CREATE TRIGGER post_search_update AFTER UPDATE OF title, excerpt, body ON "Post" BEGIN
  INSERT INTO post_search(post_search, rowid, title, excerpt, body) VALUES ('delete', old.id, old.title, old.excerpt, old.body);
  INSERT INTO post_search(rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body);
END;

INSERT INTO post_search(post_search) VALUES ('rebuild');
