-- PostgreSQL twin of migrations/0030-citizen.sql (feedback, guardian links and events).
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  alert_id TEXT,
  kind TEXT NOT NULL,            -- not-scam | missed-scam
  note TEXT,                     -- masked
  source TEXT NOT NULL,          -- citizen | officer
  created_at BIGINT NOT NULL
);
CREATE INDEX feedback_session ON feedback(session_id);
CREATE INDEX feedback_created ON feedback(created_at);

CREATE TABLE guardian_links (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  owner_hash TEXT NOT NULL UNIQUE,
  label TEXT,                    -- masked
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

CREATE TABLE guardian_events (
  id TEXT PRIMARY KEY,
  link_id TEXT NOT NULL REFERENCES guardian_links(id),
  kind TEXT NOT NULL,            -- call | check
  session_id TEXT,
  level TEXT NOT NULL,           -- warn | block
  payload_json TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX guardian_events_link ON guardian_events(link_id, created_at);
