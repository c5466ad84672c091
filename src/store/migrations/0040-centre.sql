-- The anti-fraud centre's console: users, signed-in sessions, the follow-up workflow, cases,
-- indicators, reviews, bulletins and settings. Victim data stays masked; the scammer's
-- indicators are kept in full (officers see them, audited).

CREATE TABLE staff_users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,            -- officer | supervisor | admin
  salt TEXT NOT NULL,
  hash TEXT NOT NULL,            -- scrypt(password, salt), hex
  created_at INTEGER NOT NULL,
  disabled_at INTEGER
);

CREATE TABLE staff_sessions (
  hash TEXT PRIMARY KEY,         -- sha256 of the cookie value: a stolen database does not give live sessions
  principal TEXT NOT NULL,       -- 'user:<name>' or the key id
  role TEXT NOT NULL,
  csrf TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions(expires_at);

ALTER TABLE alerts ADD COLUMN assignee TEXT;
ALTER TABLE alerts ADD COLUMN claimed_at INTEGER;
ALTER TABLE alerts ADD COLUMN first_contact_at INTEGER;
ALTER TABLE alerts ADD COLUMN outcome TEXT;
ALTER TABLE alerts ADD COLUMN outcome_json TEXT;
ALTER TABLE alerts ADD COLUMN closed_at INTEGER;
ALTER TABLE alerts ADD COLUMN escalated_at INTEGER;
ALTER TABLE alerts ADD COLUMN platform TEXT;
ALTER TABLE alerts ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
CREATE INDEX alerts_status ON alerts(status, created_at);

CREATE TABLE followups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id TEXT NOT NULL REFERENCES alerts(id),
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,          -- claim | assign | contact | outcome | reopen | note | escalate
  detail_json TEXT,
  note TEXT                      -- masked
);
CREATE INDEX followups_alert ON followups(alert_id, id);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,      -- e.g. C-20261129-001
  alert_id TEXT,
  session_id TEXT,
  title TEXT NOT NULL,
  channel TEXT,
  platform TEXT,
  tactics_json TEXT NOT NULL DEFAULT '[]',  -- the tactic path, in kill-chain order
  loss_amount REAL NOT NULL DEFAULT 0,
  recovered_amount REAL NOT NULL DEFAULT 0,
  paid_how TEXT,
  stop_payment INTEGER NOT NULL DEFAULT 0,
  stop_payment_at INTEGER,
  narrative TEXT,                -- masked
  status TEXT NOT NULL DEFAULT 'open',
  demo INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX cases_created ON cases(created_at);

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,            -- phone | domain | account | qq | wechat | group | app
  value TEXT NOT NULL,           -- normalised, in full (the scammer's, not the victim's)
  status TEXT NOT NULL DEFAULT 'candidate',  -- candidate | confirmed | dismissed
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  sightings INTEGER NOT NULL DEFAULT 0,
  case_id TEXT,                  -- the case it was confirmed in
  decided_by TEXT,
  decided_at INTEGER,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kind, value)
);

CREATE TABLE indicator_sightings (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  alert_id TEXT,
  case_id TEXT,
  session_id TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX sightings_indicator ON indicator_sightings(indicator_id);
CREATE INDEX sightings_alert ON indicator_sightings(alert_id);
CREATE INDEX sightings_case ON indicator_sightings(case_id);

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL,          -- citizen-feedback | false-alarm | missed-scam
  feedback_id TEXT UNIQUE,
  alert_id TEXT,
  session_id TEXT,
  expect TEXT NOT NULL,          -- safe | scam: what the engine should have said
  text TEXT NOT NULL,            -- masked
  note TEXT,                     -- masked
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | accepted | rejected
  created_by TEXT,
  created_at INTEGER NOT NULL,
  decided_by TEXT,
  decided_at INTEGER
);
CREATE UNIQUE INDEX reviews_alert_source ON reviews(alert_id, source) WHERE alert_id IS NOT NULL;

CREATE TABLE bulletins (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  markdown TEXT NOT NULL,
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL,
  case_ids_json TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'draft',    -- draft | published
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  published_at INTEGER
);

CREATE TABLE centre_settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
);
