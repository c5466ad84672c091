-- PostgreSQL twin of migrations/0081-sign-in-throttle.sql: the console's sign-in allowance per
-- client address, shared by every process on the database.
CREATE TABLE sign_in_throttle (
  key TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  at BIGINT NOT NULL,
  granted INTEGER NOT NULL
);
CREATE INDEX sign_in_throttle_at ON sign_in_throttle(at);
