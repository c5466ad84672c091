-- Console sign-in attempts per client address as a token bucket in the store, so several
-- `fanzha serve` processes on one database share one allowance (an in-process bucket gave an
-- attacker the allowance once per process). `tokens` left after the last attempt at `at` (ms).
CREATE TABLE sign_in_throttle (
  key TEXT PRIMARY KEY,
  tokens REAL NOT NULL,
  at INTEGER NOT NULL,
  granted INTEGER NOT NULL        -- 1: the last attempt was let through, 0: refused
);
CREATE INDEX sign_in_throttle_at ON sign_in_throttle(at);
