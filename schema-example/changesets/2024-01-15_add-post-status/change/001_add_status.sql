-- Databases built before posts had a status get it here; schema/001_tables/002_posts.sql already
-- has the column, so a fresh build records this changeset as baseline instead of running it.
ALTER TABLE posts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
