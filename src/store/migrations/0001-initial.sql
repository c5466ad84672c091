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
  snapshot_json TEXT,          -- engine snapshot (strings masked); the state is derived from it
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE INDEX sessions_status_updated ON sessions(status, updated_at);

CREATE TABLE turns (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  idx INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  text TEXT,                   -- masked; NULL when only evidence is kept
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, idx)
) WITHOUT ROWID;

CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  level TEXT NOT NULL,
  risk INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  turn INTEGER NOT NULL,
  tactics_json TEXT NOT NULL,  -- tactic ids
  advice_json TEXT NOT NULL,
  evidence_json TEXT NOT NULL, -- tactic hits with masked evidence spans
  status TEXT NOT NULL DEFAULT 'new',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX alerts_created ON alerts(created_at);
CREATE INDEX alerts_session ON alerts(session_id);

CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  alert_id TEXT,
  session_id TEXT,
  recipient TEXT,
  level TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  label TEXT,
  salt TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail_json TEXT
);

CREATE TABLE payment_checks (
  id TEXT PRIMARY KEY,
  key_id TEXT NOT NULL,
  session_id TEXT,
  decision TEXT NOT NULL,
  rules_json TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
