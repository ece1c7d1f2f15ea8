-- Full-text search over posts with PostgreSQL's German stemming, weighted
-- title > excerpt > body. A generated column stays current without triggers.
ALTER TABLE "Post" ADD COLUMN IF NOT EXISTS search_vector tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('german'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('german'::regconfig, coalesce(excerpt, '')), 'B') ||
    setweight(to_tsvector('german'::regconfig, coalesce(body, '')), 'C')
  ) STORED;

CREATE INDEX IF NOT EXISTS post_search_vector_idx ON "Post" USING GIN (search_vector);
