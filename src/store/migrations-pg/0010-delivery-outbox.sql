-- PostgreSQL twin of migrations/0010-delivery-outbox.sql (the citizen-warning outbox and sealed recipients).
CREATE TABLE deliveries (
  id TEXT PRIMARY KEY,
  alert_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  event TEXT NOT NULL,              -- warning.warn | warning.block
  level TEXT NOT NULL,
  text TEXT NOT NULL,               -- the fixed warning text, never the scammer's words
  status TEXT NOT NULL,             -- pending | delivered | dead | stored
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at BIGINT NOT NULL,          -- epoch ms of the next attempt
  last_error TEXT,
  created_at BIGINT NOT NULL,
  delivered_at BIGINT
);
CREATE INDEX deliveries_due ON deliveries(status, next_at);
CREATE UNIQUE INDEX deliveries_alert ON deliveries(alert_id);
CREATE INDEX deliveries_created ON deliveries(created_at);

CREATE TABLE recipients (
  session_id TEXT PRIMARY KEY,
  sealed TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
