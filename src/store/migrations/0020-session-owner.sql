-- Session ownership (partner-api): the API key that opened a session, or the sha256 of the token
-- handed to the anonymous browser that opened it. Sessions from before this have neither: staff only.
ALTER TABLE sessions ADD COLUMN owner_key_id TEXT;
ALTER TABLE sessions ADD COLUMN token_hash TEXT;
CREATE INDEX sessions_owner ON sessions(owner_key_id, created_at);
