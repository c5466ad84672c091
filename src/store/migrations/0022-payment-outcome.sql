-- Payment checks (partner-api): what the bank reported happened next, and the amount, for the
-- centre's statistics (holds that were cancelled = money kept). Payee account numbers said in a
-- session, as keyed hashes only (HMAC-SHA256 with the secret below), so a payment check can ask
-- "is this the account the caller read out?" without the number being stored.
ALTER TABLE payment_checks ADD COLUMN amount REAL;            -- yuan (CNY)
ALTER TABLE payment_checks ADD COLUMN payee_match TEXT;       -- JSON: which payee fields the conversation named
ALTER TABLE payment_checks ADD COLUMN outcome TEXT;           -- proceeded | cancelled | reported
ALTER TABLE payment_checks ADD COLUMN outcome_at INTEGER;
CREATE INDEX payment_checks_created ON payment_checks(created_at);

CREATE TABLE session_accounts (
  session_id TEXT NOT NULL,
  digest TEXT NOT NULL,          -- HMAC-SHA256(secret, account digits), hex
  turn INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, digest)
) WITHOUT ROWID;

CREATE TABLE partner_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
