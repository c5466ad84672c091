-- PostgreSQL twin of migrations/0022-payment-outcome.sql.
ALTER TABLE payment_checks ADD COLUMN amount DOUBLE PRECISION;   -- yuan (CNY)
ALTER TABLE payment_checks ADD COLUMN payee_match TEXT;
ALTER TABLE payment_checks ADD COLUMN outcome TEXT;              -- proceeded | cancelled | reported
ALTER TABLE payment_checks ADD COLUMN outcome_at BIGINT;
CREATE INDEX payment_checks_created ON payment_checks(created_at);

CREATE TABLE session_accounts (
  session_id TEXT NOT NULL,
  digest TEXT NOT NULL,          -- HMAC-SHA256(secret, account digits), hex
  turn INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (session_id, digest)
);

CREATE TABLE partner_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
