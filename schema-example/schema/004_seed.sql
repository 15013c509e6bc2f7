-- Idempotent seed: re-running it leaves the same rows (ON CONFLICT: PostgreSQL and SQLite alike).
INSERT INTO users (id, email, name) VALUES
    (1, 'ada@example.com', 'Ada Lovelace'),
    (2, 'grace@example.com', 'Grace Hopper')
ON CONFLICT DO NOTHING;

INSERT INTO posts (id, user_id, title, body) VALUES
    (1, 1, 'Notes on the Analytical Engine', 'It weaves algebraic patterns; semicolons; too.')
ON CONFLICT DO NOTHING;
