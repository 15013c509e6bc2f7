CREATE TABLE IF NOT EXISTS roles (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    permissions  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS user_roles (
    user_email  TEXT NOT NULL,
    role_id     INTEGER NOT NULL REFERENCES roles(id),
    settings    TEXT NOT NULL,
    PRIMARY KEY (user_email, role_id)
);
