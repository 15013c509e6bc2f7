-- A trigger body holds its own semicolons; noorm splits statements exactly as the sqlite3 shell does.
CREATE TRIGGER IF NOT EXISTS posts_touch
AFTER UPDATE OF title, body ON posts
BEGIN
    UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
