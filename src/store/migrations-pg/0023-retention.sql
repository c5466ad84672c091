-- PostgreSQL twin of migrations/0023-retention.sql.
CREATE INDEX turns_created ON turns(created_at);
CREATE INDEX session_accounts_created ON session_accounts(created_at);
CREATE INDEX sessions_updated ON sessions(updated_at);
CREATE INDEX outbox_created ON outbox(created_at);
