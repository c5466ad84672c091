-- Citizen feedback on a session's verdict ("not a scam" / "you missed a scam"), read by the
-- centre's review queue. The note is masked before it is stored.
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  alert_id TEXT,
  kind TEXT NOT NULL,            -- not-scam | missed-scam
  note TEXT,                     -- masked
  source TEXT NOT NULL,          -- citizen | officer
  created_at INTEGER NOT NULL
);
CREATE INDEX feedback_session ON feedback(session_id);
CREATE INDEX feedback_created ON feedback(created_at);

-- Family guardian links (亲情守护). Only hashes of the two secrets are kept: the guardian's
-- viewing token (in the /guardian/<token> link) and the protected person's owner key (which
-- reports their warnings to the link and revokes it).
CREATE TABLE guardian_links (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  owner_hash TEXT NOT NULL UNIQUE,
  label TEXT,                    -- what the guardian calls the protected person, e.g. 妈妈 (masked)
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);

-- What a guardian is shown: a warn/block of the protected person's call or check, with the steps,
-- the advice and masked evidence spans only (never the transcript).
CREATE TABLE guardian_events (
  id TEXT PRIMARY KEY,
  link_id TEXT NOT NULL REFERENCES guardian_links(id),
  kind TEXT NOT NULL,            -- call | check
  session_id TEXT,
  level TEXT NOT NULL,           -- warn | block
  payload_json TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX guardian_events_link ON guardian_events(link_id, created_at);
