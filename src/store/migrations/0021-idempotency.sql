-- Idempotency-Key (partner-api): the first answer to a create-or-change request, per client and key,
-- replayed for a retry with the same body for IDEMPOTENCY_TTL (24 h); status NULL while in flight.
CREATE TABLE idempotency (
  scope TEXT NOT NULL,          -- 'key:<api key id>' | 'token:<session token sha256>' | 'ip:<address>'
  key TEXT NOT NULL,            -- the client's Idempotency-Key
  fingerprint TEXT NOT NULL,    -- sha256 of method, path and body
  status INTEGER,               -- NULL while the first request is still running
  body TEXT,                    -- the answer as sent (already masked like every answer)
  content_type TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_created ON idempotency(created_at);

-- Turn numbers a client gives (`seq`), so a retried turn is not counted twice.
ALTER TABLE turns ADD COLUMN seq INTEGER;
CREATE UNIQUE INDEX turns_seq ON turns(session_id, seq) WHERE seq IS NOT NULL;
