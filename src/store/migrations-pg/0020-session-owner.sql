-- PostgreSQL twin of migrations/0020-session-owner.sql.
ALTER TABLE sessions ADD COLUMN owner_key_id TEXT;
ALTER TABLE sessions ADD COLUMN token_hash TEXT;
CREATE INDEX sessions_owner ON sessions(owner_key_id, created_at);
