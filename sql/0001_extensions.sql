-- Extensions that later migrations build on. All are "trusted" in PostgreSQL 13 and later, so
-- a database owner without superuser rights may create them.
--   pg_trgm     trigram similarity, for finding names despite typos and transliteration variants
--   unaccent    accent folding for search keys
--   citext      case-insensitive text, for logins and slugs
--   btree_gist  GiST indexes that mix equality with ranges (periods of time)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;
