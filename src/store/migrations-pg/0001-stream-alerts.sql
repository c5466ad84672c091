-- The tables stream workers write (the same columns as SQLite's 0001-initial.sql, in PostgreSQL
-- types): a session row per session that raised an alert, and its alerts, one per level.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  lang TEXT,
  caller_number TEXT,          -- masked
  claimed_identity TEXT,
  recipient TEXT,              -- opaque notification target, masked
  status TEXT NOT NULL,        -- active | ended | expired
  turns INTEGER NOT NULL DEFAULT 0,
  level TEXT NOT NULL DEFAULT 'none',
  risk INTEGER NOT NULL DEFAULT 0,
  verdict TEXT NOT NULL DEFAULT 'safe',
  snapshot_json TEXT,          -- engine snapshot (strings masked)
  created_at BIGINT NOT NULL,  -- ms since the epoch, as in SQLite
  updated_at BIGINT NOT NULL,
  ended_at BIGINT
);
CREATE INDEX sessions_status_updated ON sessions(status, updated_at);

CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  level TEXT NOT NULL,
  risk INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  turn INTEGER NOT NULL,
  tactics_json TEXT NOT NULL,
  advice_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL, -- tactic hits with masked evidence spans
  status TEXT NOT NULL DEFAULT 'new',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX alerts_created ON alerts(created_at);
CREATE INDEX alerts_session ON alerts(session_id);
