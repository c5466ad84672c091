-- PostgreSQL twin of migrations/0021-idempotency.sql.
CREATE TABLE idempotency (
  scope TEXT NOT NULL,          -- 'key:<api key id>' | 'token:<session token sha256>' | 'ip:<address>'
  key TEXT NOT NULL,            -- the client's Idempotency-Key
  fingerprint TEXT NOT NULL,    -- sha256 of method, path and body
  status INTEGER,               -- NULL while the first request is still running
  body TEXT,                    -- the answer as sent (already masked like every answer)
  content_type TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_created ON idempotency(created_at);

ALTER TABLE turns ADD COLUMN seq INTEGER;
CREATE UNIQUE INDEX turns_seq ON turns(session_id, seq) WHERE seq IS NOT NULL;
