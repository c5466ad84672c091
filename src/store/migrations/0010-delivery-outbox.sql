-- Transactional outbox (issue 12 §3): one row per citizen warning, inserted in the SAME
-- transaction as its alert, so an alert that is committed always has its delivery job. The
-- dispatcher delivers pending rows with retries and exponential backoff, also after a restart.
-- `id` is the delivery id the receiver sees (Fanzha-Delivery-Id): stable across retries.
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  alert_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  event TEXT NOT NULL,              -- warning.warn | warning.block
  level TEXT NOT NULL,
  text TEXT NOT NULL,               -- the fixed warning text (12381's rule), never the scammer's words
  status TEXT NOT NULL,             -- pending (webhook to deliver) | delivered | dead (gave up) | stored (no webhook: kept for GET /v1/outbox)
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,         -- epoch ms of the next attempt
  last_error TEXT,
  created_at INTEGER NOT NULL,
  delivered_at INTEGER
);
CREATE INDEX deliveries_due ON deliveries(status, next_at);
CREATE UNIQUE INDEX deliveries_alert ON deliveries(alert_id);
CREATE INDEX deliveries_created ON deliveries(created_at);

-- The citizen's warning recipient (tel:…, a device token), sealed with AES-256-GCM under a key
-- kept outside the database (var/recipient.key or FANZHA_RECIPIENT_KEY), apart from the session
-- row; opened only to deliver. sessions.recipient is no longer written.
CREATE TABLE recipients (
  session_id TEXT PRIMARY KEY,
  sealed TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
